//! The whole answer: per mailbox and for the organization, verdicts with their commands, plus
//! what is missing and how to get it.

use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashMap};
use serde::Serialize;

use super::mailboxes::{Group, Mailboxes, NewMailbox, PlanFacts};
use super::plan::{mailbox_plan, Tenant, MAILBOX_PLACEHOLDER, NAMED_MAILBOXES_UP_TO};
use super::{Asking, CollectTarget, Command, QuoteError};
use crate::model::{identity_hash, Conflict, Environment, Evidence, Identities, Mailbox};
use crate::parse::{Parsed, Sender, SourceKind, Symptom};
use crate::remedy;
use crate::rules::client_matrix::{combinations, Combination};
use crate::rules::december::{self, December, DecemberAnswer, DecemberSummary};
use crate::rules::effective_smtp::{effective_smtp_auth, EffectiveSmtpAuth};
use crate::rules::headline::{headline, Headline};
use crate::rules::need::{Needs, Reasons};
use crate::rules::settings_key::MailboxSettings;
use crate::rules::stale_advice::{self, Note};
use crate::rules::subject::Subject;
use crate::rules::symptom::{self, Layer};
use crate::rules::timeline::{reached, Milestone};
use crate::rules::usage_view::{evidence_read, seen, usage_view, EvidenceRead, Seen};
use crate::rules::way_out::sites::{Site, Sites};
use crate::rules::way_out::{outside, sender, AccountFacts, IpReading, Organization};
use crate::rules::{verdict_for, AuthMethod, ClientScenario, Context, Date, Fix, MissingInput, Protocol, Status, Verdict};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub as_of: Date,
    pub environment: Environment,
    /// The export the environment was told from, when no setting told it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment_from: Option<SourceKind>,
    pub client: ClientScenario,
    pub mailboxes: Mailboxes,
    pub organization: OrganizationReport,
    pub missing: Vec<Missing>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Values no command was generated for (control characters).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub refused: Vec<Refusal>,
    /// One script that collects every input, for the mailbox asked about or all mailboxes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collect_script: Option<String>,
    /// The sign-in logs, usage reports and message traces read, one entry per source.
    pub evidence: Vec<EvidenceRead>,
    /// Client errors found in the paste, with the layer that refused.
    pub symptoms: Vec<SymptomReport>,
    /// Accounts per December answer, when the paste has evidence of use (a sign-in log or a
    /// usage report; a message trace is none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub december_summary: Option<DecemberSummary>,
    /// Accounts that sign in with a password from the same public IPv4 address: one connector
    /// and one SPF entry cover each site.
    pub sites: Vec<Site>,
}

impl Report {
    /// True when the paste gave nothing to decide on.
    pub fn is_empty(&self) -> bool {
        self.mailboxes.is_empty() && self.organization.verdicts.is_empty() && self.notes.is_empty() && self.evidence.is_empty() && self.symptoms.is_empty()
    }
}

/// A client error found in the paste: what it means, what confirms it, what fixes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SymptomReport {
    #[serde(flatten)]
    pub symptom: Symptom,
    pub layer: Layer,
    pub rule: &'static str,
    pub source: &'static str,
    /// The commands whose output confirms it.
    pub confirm: Vec<String>,
    /// The commands that fix it, for the one mailbox the paste names (else a placeholder).
    pub commands: Vec<Command>,
    /// Whether the pasted settings agree with it; `None` when they do not tell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consistent: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct OrganizationReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<Headline>,
    pub verdicts: Vec<Verdict>,
    pub commands: Vec<Command>,
    /// What the client, the errors or any mailbox give a reason to turn on.
    #[serde(skip)]
    pub needs: Needs,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Missing {
    /// The setting, e.g. `CasMailbox.SmtpClientAuthenticationDisabled`.
    pub input: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailbox: Option<String>,
    pub command: String,
    #[serde(skip)]
    pub kind: MissingInput,
}

/// A value that would have gone into a command and was refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Refusal {
    pub object: String,
    /// `control-character`.
    pub code: &'static str,
    /// `U+000A`.
    pub character: String,
}

impl Refusal {
    fn new(object: &str, error: &QuoteError) -> Self {
        let QuoteError::ControlCharacter(c) = error;
        Refusal { object: object.to_string(), code: "control-character", character: format!("U+{:04X}", u32::from(*c)) }
    }
}

/// A report built a few mailboxes at a time. The web app evaluates a bulk paste of tens of
/// thousands of mailboxes in short steps, between which the browser handles typing and paints
/// the progress; everyone else calls [`Evaluation::finish`] at once. Both take the same path.
///
/// The rules run once per distinct [`MailboxSettings`]: a tenant's mailboxes share a handful
/// of setting combinations. Per mailbox the report keeps only what is its own ([`Mailboxes`]);
/// its verdicts and commands are built from its group's when asked for. Whether a mailbox's
/// commands are refused is known here, so that the report lists every refusal.
pub struct Evaluation {
    evidence: Evidence,
    context: Context,
    tenant: Tenant,
    reasons: Reasons,
    /// The mailboxes asked about, by position in the evidence's; `None`: all of them.
    wanted: Option<Vec<usize>>,
    /// Mailboxes already in the report, and in all.
    done: usize,
    all: usize,
    missing: MissingList,
    groups: Groups,
    sites: Sites,
    report: Report,
}

/// What the evaluation keeps of a group beyond what the report keeps.
struct GroupPlan {
    /// The settings verdict for SMTP AUTH with a password, for the December answer.
    smtp_basic: Option<Verdict>,
    /// Why every mailbox of the group whose identity can be quoted gets no command: a policy
    /// name that cannot be.
    refusal: Option<QuoteError>,
    /// Why a mailbox without identity gets none, once the first was met.
    unnamed_refusal: Option<Option<QuoteError>>,
    /// The position in the evidence of the mailbox the group was evaluated for: its settings
    /// are the group's key.
    first: usize,
    /// The hash of the group's settings.
    hash: usize,
}

/// Groups by their settings, in the report's order of groups. The settings borrow from the
/// evidence, so the map holds their hash and each match is confirmed by comparing with the
/// settings of the group's first mailbox. The map has the type of the other maps from a number
/// to a position (`model::usage`, `model::traffic`), so that it links no hash table code of
/// its own into the app.
struct Groups {
    /// The protocol × method combinations each group is evaluated for.
    combos: Vec<Combination>,
    /// The first group with each hash; a later one with the same hash follows it in `plans`.
    by_hash: FxHashMap<usize, usize>,
    plans: Vec<GroupPlan>,
}

impl Evaluation {
    /// Evaluates the organization; the mailboxes follow in [`Evaluation::step`]s.
    pub fn new(mut evidence: Evidence, context: &Context) -> Self {
        // A message trace shows mail sent, not sign-ins: alone it answers nothing for December.
        let has_usage = evidence.usage_sources.iter().any(|source| source.kind.shows_use());
        let mut report = Report {
            as_of: context.as_of,
            environment: evidence.environment,
            environment_from: evidence.environment_from,
            client: context.client,
            // Nothing reads the evidence's conflicts after the report has them.
            conflicts: std::mem::take(&mut evidence.conflicts),
            notes: stale_advice::policy_notes(&evidence),
            evidence: evidence_read(&evidence.usage_sources, context.as_of),
            symptoms: Vec::new(),
            december_summary: has_usage.then(DecemberSummary::default),
            ..Report::default()
        };
        report.symptoms = symptom_reports(&evidence, context, &mut report.refused);
        let combos = combinations(context.client);
        let mut missing = MissingList::default();
        let wanted = selected_mailboxes(&mut evidence, context);
        let reasons = Reasons::of(&evidence, context);
        // The mailboxes that need SMTP AUTH, which the organization's fix enables: up to one
        // more than it names.
        let mut needing: Vec<usize> = Vec::new();
        for (at, mailbox) in evidence.mailboxes.iter().enumerate() {
            if needing.len() <= NAMED_MAILBOXES_UP_TO && wanted.as_ref().is_none_or(|w| w.contains(&at)) && reasons.mailbox(mailbox).has(Protocol::Smtp) {
                needing.push(at);
            }
        }
        let needs = if needing.is_empty() { reasons.organization() } else { reasons.organization().with(Protocol::Smtp) };
        report.organization.needs = needs;
        let has_organization_evidence = evidence.transport.is_some() || evidence.organization.is_some() || !evidence.policies.is_empty();
        if has_organization_evidence {
            let subject = Subject::organization(&evidence, context);
            let verdicts: Vec<Verdict> = combos.iter().filter_map(|c| verdict_for(&subject, *c)).collect();
            let commands = remedy::plan(None, &fixes_of(&verdicts), &evidence, &needing, needs).unwrap_or_else(|error| {
                push_refusal(&mut report.refused, Refusal::new("organization", &error));
                Vec::new()
            });
            missing.add(None, &verdicts);
            report.organization = OrganizationReport {
                headline: Some(headline(&verdicts, context.client, evidence.environment)),
                verdicts,
                commands,
                needs,
            };
        }
        let tenant = Tenant::of(&evidence);
        let all = wanted.as_ref().map_or(evidence.mailboxes.len(), Vec::len);
        report.mailboxes = Mailboxes::new(tenant, all);
        report.mailboxes.set_organization(organization_facts(&evidence, context), evidence.usage_sources.iter().find_map(|s| s.tenant.clone()));
        Evaluation { evidence, context: context.clone(), tenant, reasons, wanted, done: 0, all, missing, groups: Groups::new(combos), sites: Sites::default(), report }
    }

    /// Evaluates up to `count` more mailboxes; true when none is left.
    pub fn step(&mut self, count: usize) -> bool {
        let Evaluation { evidence, context, tenant, reasons, wanted, done, all, missing, groups, sites, report } = self;
        let all = *all;
        for index in *done..all.min(done.saturating_add(count)) {
            let position = wanted.as_ref().map_or(Some(index), |w| w.get(index).copied());
            let Some((position, mailbox)) = position.and_then(|p| Some((p, evidence.mailboxes.get(p)?))) else { continue };
            let list = report.mailboxes.groups_mut();
            let settings = MailboxSettings::of(mailbox);
            let at = groups.of(settings, position, evidence, context, tenant, list);
            let (Some(group), Some(plan)) = (list.get_mut(at), groups.plans.get_mut(at)) else { continue };
            let best = mailbox.identities.best();
            let identity: Box<str> = best.map_or_else(|| format!("(mailbox {})", index + 1).into(), Box::from);
            let needs = reasons.mailbox(mailbox);
            let refusal = refusal_of(best, group, plan, evidence, tenant, needs);
            if let Some(error) = &refusal {
                push_refusal(&mut report.refused, Refusal::new(&identity, error));
            }
            missing.add(best, &group.verdicts);
            let usage = mailbox.usage.as_deref();
            let december = december::answer(usage, plan.smtp_basic.as_ref(), context.as_of);
            if let Some(summary) = &mut report.december_summary {
                summary.add(december.december, usage);
            }
            let seen = seen(usage);
            let plan = plan_facts(mailbox, &identity, &december, seen.as_ref(), evidence, context);
            if let (Some(plan), Some(_)) = (&plan, best) {
                add_to_site(sites, plan, &identity);
            }
            report.mailboxes.push(NewMailbox {
                identity,
                named: best.is_some(),
                group: at,
                needs,
                lines: settings.own_lines(),
                refused: refusal.is_some(),
                december,
                usage: usage.map(|u| (usage_view(Some(u)), seen)),
                plan,
            });
        }
        *done = all.min(done.saturating_add(count));
        *done >= all
    }

    /// Mailboxes evaluated so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.done, self.all)
    }

    /// The whole report: the mailboxes not yet evaluated, then what is missing.
    pub fn finish(mut self) -> Report {
        self.step(usize::MAX);
        let Evaluation { evidence, context, missing, sites, mut report, .. } = self;
        report.sites = sites.finish();
        report.missing = missing.commands(Asking::of(&evidence), &mut report.refused);
        report.collect_script = collect_script(&context, &evidence, &mut report.refused);
        report
    }
}

/// Why the mailbox gets no command, without building any for a mailbox whose identity can be
/// quoted (its group's answer holds for it): only an identity holding a control character is
/// planned, to tell which value refuses first.
/// A mailbox without identity has no evidence of its own: its `needs` are the same for all.
fn refusal_of(identity: Option<&str>, group: &mut Group, plan: &mut GroupPlan, evidence: &Evidence, tenant: &Tenant, needs: Needs) -> Option<QuoteError> {
    match identity {
        Some(id) if id.chars().any(char::is_control) => mailbox_plan(id, &group.fixes, tenant, needs).err(),
        Some(_) => plan.refusal.clone(),
        None => plan
            .unnamed_refusal
            .get_or_insert_with(|| match remedy::plan(None, &group.fixes, evidence, &[], needs) {
                Ok(commands) => {
                    group.unnamed_commands = Some(commands);
                    None
                }
                Err(error) => Some(error),
            })
            .clone(),
    }
}

impl Groups {
    pub fn new(combos: Vec<Combination>) -> Self {
        Groups { combos, by_hash: FxHashMap::default(), plans: Vec::new() }
    }

    /// The position of the settings group of the mailbox at `position`, evaluated when first met.
    fn of(&mut self, settings: MailboxSettings, position: usize, evidence: &Evidence, context: &Context, tenant: &Tenant, list: &mut Vec<Group>) -> usize {
        let hash = FxBuildHasher.hash_one(settings) as usize;
        if let Some(&first) = self.by_hash.get(&hash) {
            // Unequal settings of the same hash: the group is a later one with that hash.
            let same = |plan: &GroupPlan| plan.hash == hash && evidence.mailboxes.get(plan.first).is_some_and(|m| MailboxSettings::of(m) == settings);
            if let Some(at) = self.plans.iter().skip(first).position(same) {
                return first + at;
            }
        }
        let subject = Subject::mailbox(evidence, settings, context);
        let verdicts: Vec<Verdict> = self.combos.iter().filter_map(|c| verdict_for(&subject, *c)).collect();
        let fixes = fixes_of(&verdicts);
        self.plans.push(GroupPlan {
            smtp_basic: smtp_basic_verdict(&subject, &verdicts),
            // An identity that can be quoted, standing for each such identity of the group.
            refusal: mailbox_plan(MAILBOX_PLACEHOLDER, &fixes, tenant, Needs::ALL).err(),
            unnamed_refusal: None,
            first: position,
            hash,
        });
        let smtp_auth_on = match effective_smtp_auth(&subject) {
            EffectiveSmtpAuth::MailboxOverride { disabled, .. } | EffectiveSmtpAuth::Tenant { disabled, .. } => Some(!disabled),
            EffectiveSmtpAuth::Unknown { .. } => None,
        };
        list.push(Group { headline: headline(&verdicts, context.client, evidence.environment), fixes, verdicts, unnamed_commands: None, smtp_auth_on, settings_pasted: settings.pasted() });
        self.by_hash.entry(hash).or_insert(list.len() - 1);
        list.len() - 1
    }
}


/// Each client error explained; the commands use the mailbox asked about, or the paste's only
/// mailbox.
fn symptom_reports(evidence: &Evidence, context: &Context, refused: &mut Vec<Refusal>) -> Vec<SymptomReport> {
    let only = match evidence.mailboxes.as_slice() {
        [mailbox] => mailbox.identities.best(),
        _ => None,
    };
    let identity = context.mailbox.as_deref().or(only);
    evidence
        .symptoms
        .iter()
        .map(|symptom| {
            let explanation = symptom::explain(symptom.cause, symptom.protocol);
            let confirm = explanation
                .confirm
                .iter()
                .filter_map(|input| match remedy::command_for(input, identity, Asking::of(evidence)) {
                    Ok(command) => Some(command),
                    Err(error) => {
                        push_refusal(refused, Refusal::new(identity.unwrap_or_default(), &error));
                        None
                    }
                })
                .collect();
            // Microsoft's advice for a tenant-wide refusal is to enable the mailbox that needs it
            // (rules.md SA3): without a mailbox in the paste, a placeholder marks what to fill in.
            let commands = remedy::plan(Some(identity.unwrap_or(MAILBOX_PLACEHOLDER)), &explanation.fixes, evidence, &[], Needs::ALL).unwrap_or_else(|error| {
                push_refusal(refused, Refusal::new(identity.unwrap_or_default(), &error));
                Vec::new()
            });
            SymptomReport {
                symptom: symptom.clone(),
                layer: explanation.layer,
                rule: explanation.rule,
                source: explanation.source,
                confirm,
                commands,
                consistent: symptom::consistent_with(symptom.cause, evidence),
            }
        })
        .collect()
}

/// What every plan reads of the organization: whether Direct Send is refused, and whether the
/// default change has happened on the evaluation date.
fn organization_facts(evidence: &Evidence, context: &Context) -> Organization {
    Organization {
        reject_direct_send: evidence.organization.as_ref().and_then(|o| o.reject_direct_send.known().copied()),
        after_default_off: reached(Milestone::SmtpBasicDefaultOff, context.as_of),
    }
}

/// What an account's plan is made from, for an account that has one: it signs in with a
/// password (it breaks or already fails in December), the client is a device or app that sends
/// one, or a worksheet answered for it.
fn plan_facts(mailbox: &Mailbox, identity: &str, december: &DecemberAnswer, seen: Option<&Seen>, evidence: &Evidence, context: &Context) -> Option<Box<PlanFacts>> {
    let signs_in_with_password = matches!(december.december, December::Breaks | December::AlreadyFailing);
    let wanted = signs_in_with_password || context.client == ClientScenario::DeviceBasic || mailbox.answer.is_some();
    if !wanted {
        return None;
    }
    let facts = AccountFacts {
        sender_hint: sender::hint(identity, seen),
        ip: seen.map_or(IpReading::None, |s| IpReading::of(&s.password_ips)),
        traffic: mailbox.traffic.as_deref().map(|t| outside::tally(t, &evidence.domains)),
    };
    Some(Box::new(PlanFacts { facts, answer: mailbox.answer.as_deref().cloned(), key: identity_hash(identity) }))
}

/// Adds an account to the site of its one public address; a person's mail program (as answered,
/// or as the evidence reads) is no device at a site.
fn add_to_site(sites: &mut Sites, plan: &PlanFacts, identity: &str) {
    let (sender, _) = sender::reading(plan.answer.as_ref(), plan.facts.sender_hint.as_ref());
    if let (Some(address), false) = (plan.facts.ip.single(), sender == Sender::Person) {
        sites.add(address, identity);
    }
}

/// The mailbox's settings verdict for SMTP AUTH with a password, whichever client was chosen:
/// the December answer needs it.
fn smtp_basic_verdict(subject: &Subject<'_>, verdicts: &[Verdict]) -> Option<Verdict> {
    let shown = verdicts.iter().find(|v| v.protocol == Protocol::Smtp && v.auth == AuthMethod::Basic);
    shown.cloned().or_else(|| verdict_for(subject, Combination { protocol: Protocol::Smtp, auth: AuthMethod::Basic, app_only: false }))
}

/// Per-mailbox inputs missing for more mailboxes than this are asked for once, for all
/// mailboxes: one command to run and paste back, not one per mailbox (`Get-User -Identity 'a'`,
/// `Get-User -Identity 'b'`, …), and nobody runs ten thousand of them.
const MISSING_PER_MAILBOX_UP_TO: usize = 1;

/// Missing inputs in order of first need, each once per mailbox (or once for all).
///
/// A list, not a set: per-mailbox inputs are listed for at most one more mailbox than
/// [`MISSING_PER_MAILBOX_UP_TO`] (beyond that they are asked for once, for all mailboxes, so
/// the rest of the tenant's mailboxes need not be listed), and the others are a handful.
#[derive(Default)]
struct MissingList {
    entries: Vec<(MissingInput, Option<String>)>,
    /// Per-mailbox inputs and how many mailboxes they are listed for.
    per_mailbox: Vec<(MissingInput, usize)>,
}

impl MissingList {
    fn add(&mut self, identity: Option<&str>, verdicts: &[Verdict]) {
        for input in verdicts.iter().flat_map(|v| v.missing.iter()) {
            let mailbox = if input.is_per_mailbox() { identity } else { None };
            let listed = self.per_mailbox.iter_mut().find(|(kind, _)| kind == input);
            if mailbox.is_some() && listed.as_ref().is_some_and(|(_, n)| *n > MISSING_PER_MAILBOX_UP_TO) {
                continue;
            }
            if !self.entries.iter().any(|(kind, for_mailbox)| kind == input && for_mailbox.as_deref() == mailbox) {
                if mailbox.is_some() {
                    match listed {
                        Some((_, n)) => *n += 1,
                        None => self.per_mailbox.push((input.clone(), 1)),
                    }
                }
                self.entries.push((input.clone(), mailbox.map(str::to_string)));
            }
        }
    }

    fn commands(self, asking: Asking, refused: &mut Vec<Refusal>) -> Vec<Missing> {
        // Lists, not hash maps: there are few distinct inputs (a handful of settings, one per
        // policy named), and each map type would link its own hash table code into the app.
        let mut per_kind: Vec<(&MissingInput, usize)> = Vec::new();
        for (input, mailbox) in &self.entries {
            if mailbox.is_some() {
                match per_kind.iter_mut().find(|(kind, _)| *kind == input) {
                    Some((_, count)) => *count += 1,
                    None => per_kind.push((input, 1)),
                }
            }
        }
        let mut asked_for_all: Vec<&MissingInput> = Vec::new();
        let mut missing = Vec::new();
        for (input, mailbox) in &self.entries {
            let for_all = mailbox.is_some() && per_kind.iter().any(|(kind, n)| *kind == input && *n > MISSING_PER_MAILBOX_UP_TO);
            if for_all {
                if asked_for_all.contains(&input) {
                    continue;
                }
                asked_for_all.push(input);
            }
            let mailbox = if for_all { None } else { mailbox.as_deref() };
            match remedy::command_for(input, mailbox, asking) {
                // POP and IMAP switches are fetched by the same command: ask once.
                Ok(command) if missing.iter().any(|m: &Missing| m.command == command) => {}
                Ok(command) => missing.push(Missing { input: input.input_name(), mailbox: mailbox.map(str::to_string), command, kind: input.clone() }),
                Err(error) => push_refusal(refused, Refusal::new(mailbox.unwrap_or_default(), &error)),
            }
        }
        missing
    }
}

/// The positions of the mailboxes asked about, `None` for all. A mailbox asked for but not
/// pasted is still reported, so its unknowns name it and the collect commands fetch it: it is
/// added to the evidence's mailboxes (after the client errors, the only other readers of
/// them, were explained).
fn selected_mailboxes(evidence: &mut Evidence, context: &Context) -> Option<Vec<usize>> {
    let wanted = context.mailbox.as_ref()?;
    let found: Vec<usize> = (0..evidence.mailboxes.len()).filter(|p| evidence.mailboxes[*p].identities.answers_to(wanted)).collect();
    Some(if found.is_empty() {
        evidence.mailboxes.push(Mailbox { identities: Identities { requested: Some(wanted.as_str().into()), ..Identities::default() }, ..Mailbox::default() });
        vec![evidence.mailboxes.len() - 1]
    } else {
        found
    })
}


/// The fixes of the verdicts that do not work, in order, each once.
fn fixes_of(verdicts: &[Verdict]) -> Vec<Fix> {
    verdicts.iter().filter(|v| v.status != Status::Works).flat_map(|v| v.fixes.iter().cloned()).fold(Vec::new(), |mut acc, fix| {
        if !acc.contains(&fix) {
            acc.push(fix);
        }
        acc
    })
}

fn collect_script(context: &Context, evidence: &Evidence, refused: &mut Vec<Refusal>) -> Option<String> {
    let target = match &context.mailbox {
        Some(wanted) => CollectTarget::Mailbox(wanted),
        None => CollectTarget::AllMailboxes,
    };
    match remedy::collect_script(target, Asking::of(evidence)) {
        Ok(script) => Some(script),
        Err(error) => {
            push_refusal(refused, Refusal::new(context.mailbox.as_deref().unwrap_or_default(), &error));
            None
        }
    }
}

fn push_refusal(refused: &mut Vec<Refusal>, refusal: Refusal) {
    if !refused.contains(&refusal) {
        refused.push(refusal);
    }
}

/// Verdicts for everything the parsed paste shows.
pub fn evaluate(parsed: &Parsed, context: &Context) -> Report {
    Evaluation::new(Evidence::from_parsed(parsed), context).finish()
}

/// Parses, evaluates, and also recognises stale advice in the pasted commands themselves.
pub fn analyze(text: &str, context: &Context) -> (Parsed, Report) {
    analyze_files(text, &[], context)
}

/// [`analyze`] of the joined text of opened files, each read on its own.
pub fn analyze_files(text: &str, files: &[crate::parse::OpenedFile], context: &Context) -> (Parsed, Report) {
    let parsed = crate::parse::parse_files(text, files);
    let mut report = evaluate(&parsed, context);
    add_text_notes(&mut report, text);
    (parsed, report)
}

/// Adds the notes on stale advice in the pasted commands themselves to the report of `text`.
pub fn add_text_notes(report: &mut Report, text: &str) {
    add_text_notes_in_steps(report, text, &mut stale_advice::TextScan::default(), usize::MAX);
}

/// [`add_text_notes`] `bytes` of the text more at a time (see [`stale_advice::TextScan`]); true
/// when done.
pub fn add_text_notes_in_steps(report: &mut Report, text: &str, scan: &mut stale_advice::TextScan, bytes: usize) -> bool {
    if report.environment == Environment::ExchangeServer {
        return true;
    }
    let done = scan.step(text, bytes);
    report.notes.append(&mut scan.notes);
    done
}
