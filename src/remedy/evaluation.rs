//! The evaluation: the organization's verdicts and commands first, then the mailboxes a few at a
//! time, each taking its settings group's verdicts ([`super::groups`]), and at the end what is
//! missing and the collect script.

use super::groups::{fixes_of, Groups};
use super::mailboxes::{Mailboxes, NewMailbox, PlanFacts};
use super::missing_list::MissingList;
use super::plan::{Tenant, NAMED_MAILBOXES_UP_TO};
use super::report::{push_refusal, OrganizationReport, Refusal, RefusalObject, Report};
use super::symptoms::symptom_reports;
use super::{Asking, CollectTarget};
use crate::model::{identity_hash, Evidence, Identities, Mailbox};
use crate::parse::Sender;
use crate::remedy;
use crate::rules::client_matrix::combinations;
use crate::rules::december::{self, December, DecemberAnswer, DecemberSummary};
use crate::rules::headline::headline;
use crate::rules::need::Reasons;
use crate::rules::settings_key::MailboxSettings;
use crate::rules::stale_advice;
use crate::rules::subject::Subject;
use crate::rules::timeline::{reached, Milestone};
use crate::rules::usage_view::{evidence_read, seen, usage_view, Seen};
use crate::rules::way_out::sites::Sites;
use crate::rules::way_out::{outside, sender, AccountFacts, IpReading, Organization};
use crate::rules::{verdict_for, ClientScenario, Context, Protocol, Verdict};

/// A report built a few mailboxes at a time. The web app evaluates a bulk paste of tens of
/// thousands of mailboxes in short steps, between which the browser handles typing and paints
/// the progress; everyone else calls [`Evaluation::finish`] at once. Both take the same path.
///
/// The rules run once per distinct [`MailboxSettings`] ([`Groups`]): a tenant's mailboxes share
/// a handful of setting combinations. Per mailbox the report keeps only what is its own ([`Mailboxes`]);
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
            // Refused: recorded for the organization, with no command.
            let commands = remedy::plan(None, &fixes_of(&verdicts), &evidence, &needing, needs).unwrap_or_else(|error| {
                push_refusal(&mut report.refused, Refusal::new(RefusalObject::Organization, &error));
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
            let settings = MailboxSettings::of(mailbox);
            let at = groups.of(settings, position, evidence, context, tenant, &mut report.mailboxes);
            let Some(plan) = groups.plan_mut(at) else { continue };
            let group_index = plan.group;
            let group = report.mailboxes.group_mut(group_index);
            let best = mailbox.identities.best();
            let identity: Box<str> = best.map_or_else(|| format!("(mailbox {})", index + 1).into(), Box::from);
            let needs = reasons.mailbox(mailbox);
            let refusal = match best {
                Some(named) => plan.refusal_of_named(named, group, tenant, needs),
                None => plan.plan_unnamed_once(group, evidence, needs),
            };
            if let Some(error) = &refusal {
                push_refusal(&mut report.refused, Refusal::new(RefusalObject::Mailbox(identity.to_string()), error));
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
                group: group_index,
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

fn collect_script(context: &Context, evidence: &Evidence, refused: &mut Vec<Refusal>) -> Option<String> {
    let target = match &context.mailbox {
        Some(wanted) => CollectTarget::Mailbox(wanted),
        None => CollectTarget::AllMailboxes,
    };
    match remedy::collect_script(target, Asking::of(evidence)) {
        Ok(script) => Some(script),
        Err(error) => {
            push_refusal(refused, Refusal::new(RefusalObject::of(context.mailbox.as_deref()), &error));
            None
        }
    }
}
