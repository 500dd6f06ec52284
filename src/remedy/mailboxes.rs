//! The report's mailboxes: the verdicts once per settings group, and per mailbox only what is
//! its own (identity, group, the lines its values were read on, its evidence of use). A
//! mailbox's verdicts with its own lines, and its commands filled in with its identity, are
//! built when they are asked for: when a card is shown, copied or exported, and as the report
//! is serialised, one mailbox at a time.

use std::borrow::Cow;

use serde::ser::{Serialize, SerializeSeq, Serializer};

use super::plan::{mailbox_plan, Tenant};
use super::way_out::{steps, way_out_report, Fill, PathSteps, WayOutReport};
use super::texts::Texts;
use super::Command;
use crate::parse::Answer;
use crate::rules::december::{December, DecemberAnswer};
use crate::rules::way_out::{decide, AccountFacts, Organization, Path, WayOut};
use crate::rules::headline::Headline;
use crate::rules::settings_key::{relocate, OwnLines};
use crate::rules::usage_view::{Seen, UsageView};
use crate::rules::need::Needs;
use crate::rules::{Fix, Verdict};

/// One mailbox as the report's JSON shows it, built by [`MailboxView::report`]; what it shares
/// with its group or keeps as its own is borrowed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct MailboxReport<'a> {
    /// The identity commands use (primary SMTP address or UPN when shown).
    pub identity: &'a str,
    pub headline: &'a Headline,
    pub verdicts: Cow<'a, [Verdict]>,
    pub commands: Vec<Command>,
    /// Evidence of use, one entry per protocol × method seen (modern sign-ins have none).
    pub usage: &'a [UsageView],
    /// Whether the end-of-December default change breaks it.
    pub december: December,
    /// The December answer in detail, for an account that breaks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub december_detail: Option<&'a DecemberAnswer>,
    /// Who is behind its legacy sign-ins: applications, user agents, addresses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seen: Option<&'a Seen>,
    /// The way out, for an account that signs in with a password.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub way_out: Option<WayOutReport>,
}

/// The mailboxes of a report, in report order.
#[derive(Clone, Debug, Default)]
pub struct Mailboxes {
    groups: Vec<Group>,
    entries: Vec<Entry>,
    tenant: Tenant,
    /// What every plan reads of the organization.
    organization: Organization,
    /// The tenant's ID, where a sign-in log shows it (the OAuth token address).
    tenant_id: Option<String>,
}

/// A group's position in its [`Mailboxes`], made only by [`Mailboxes::push_group`] as it pushes
/// the group: so it names a group that exists. Groups are never removed, replaced or reordered
/// (the list is private to this module; redaction and [`Mailboxes::rewrite_part`] rewrite them
/// in place), and an evaluation fills one `Mailboxes`, so an index is never used with a list
/// other than the one that made it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct GroupIndex(usize);

/// What every mailbox of one settings key shares.
#[derive(Clone, Debug)]
pub(super) struct Group {
    /// Evaluated for the group's first mailbox, with its lines.
    pub verdicts: Vec<Verdict>,
    pub headline: Headline,
    /// What the failing verdicts would change, in order, each once.
    pub fixes: Vec<Fix>,
    /// The commands of a mailbox without any identity (the organization's form of the fix),
    /// planned when the first such mailbox is met; `None` also when they were refused.
    pub unnamed_commands: Option<Vec<Command>>,
    /// Whether SMTP AUTH is on for its mailboxes, as the settings show (OAuth needs it on).
    pub smtp_auth_on: Option<bool>,
    /// Whether any of its mailboxes' own settings (CAS mailbox, user) were pasted: without, its
    /// verdicts only say what is missing, which the page says once for all.
    pub settings_pasted: bool,
}

#[derive(Clone, Debug)]
struct Entry {
    /// Its best identity, or `(mailbox N)` when it has none.
    identity: Box<str>,
    group: GroupIndex,
    /// What the client, the errors or its own evidence give a reason to turn on.
    needs: Needs,
    lines: OwnLines,
    /// Whether `identity` is one the commands can name (else the group's unnamed commands).
    named: bool,
    /// No command is built for it (a value that cannot be quoted safely; see `Report::refused`).
    refused: bool,
    december: December,
    /// Only for a mailbox with evidence of use: without, there is nothing to show.
    usage: Option<Box<Usage>>,
    /// Only for an account that has a plan.
    plan: Option<Box<PlanFacts>>,
}

/// What an account's plan is made from, besides the answers given on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct PlanFacts {
    pub facts: AccountFacts,
    /// The worksheet's answer, if one was pasted back.
    pub answer: Option<Answer>,
    /// Its identity's hash ([`crate::model::identity_hash`]), taken before any redaction: the
    /// page keeps the answers given by it.
    pub key: u64,
}

#[derive(Clone, Debug)]
struct Usage {
    views: Vec<UsageView>,
    december_detail: Option<DecemberAnswer>,
    seen: Option<Seen>,
}

/// A mailbox's own part, as the evaluation found it.
pub(super) struct NewMailbox {
    pub identity: Box<str>,
    pub named: bool,
    pub group: GroupIndex,
    pub needs: Needs,
    pub lines: OwnLines,
    pub refused: bool,
    pub december: DecemberAnswer,
    /// Its evidence of use, when the paste has any for it: the views and who was seen.
    pub usage: Option<(Vec<UsageView>, Option<Seen>)>,
    pub plan: Option<Box<PlanFacts>>,
}

impl Mailboxes {
    pub(super) fn new(tenant: Tenant, capacity: usize) -> Self {
        Mailboxes { groups: Vec::new(), entries: Vec::with_capacity(capacity), tenant, organization: Organization::default(), tenant_id: None }
    }

    /// What every plan reads of the organization.
    pub(super) fn set_organization(&mut self, organization: Organization, tenant_id: Option<String>) {
        self.organization = organization;
        self.tenant_id = tenant_id;
    }

    pub fn organization(&self) -> &Organization {
        &self.organization
    }

    /// Adds a group: its index is the only way to it.
    pub(super) fn push_group(&mut self, group: Group) -> GroupIndex {
        self.groups.push(group);
        GroupIndex(self.groups.len() - 1)
    }

    /// How many settings groups the mailboxes fall into.
    #[cfg(test)]
    pub(super) fn groups_len(&self) -> usize {
        self.groups.len()
    }

    fn group(&self, at: GroupIndex) -> &Group {
        // Cannot fail: a `GroupIndex` names a group of this list (see there).
        &self.groups[at.0]
    }

    pub(super) fn group_mut(&mut self, at: GroupIndex) -> &mut Group {
        // Cannot fail: a `GroupIndex` names a group of this list (see there).
        &mut self.groups[at.0]
    }

    pub(super) fn push(&mut self, mailbox: NewMailbox) {
        let NewMailbox { identity, named, group, needs, lines, refused, december, usage, plan } = mailbox;
        let entry_december = december.december;
        let december_detail = (december.december == December::Breaks).then_some(december);
        let usage = match (usage, december_detail) {
            (None, None) => None,
            (usage, december_detail) => {
                // Only a December detail: no usage rows, nothing seen.
                let (views, seen) = usage.unwrap_or_default();
                Some(Box::new(Usage { views, december_detail, seen }))
            }
        };
        self.entries.push(Entry { identity, group, needs, lines, named, refused, december: entry_december, usage, plan });
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, index: usize) -> Option<MailboxView<'_>> {
        self.entries.get(index).map(|entry| self.view(entry))
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = MailboxView<'_>> + DoubleEndedIterator + '_ {
        self.entries.iter().map(|entry| self.view(entry))
    }

    fn view<'a>(&'a self, entry: &'a Entry) -> MailboxView<'a> {
        MailboxView { entry, group: self.group(entry.group), mailboxes: self }
    }

    /// The walk of [`Texts`] in parts: the mailboxes from `from` (and, with the first part,
    /// what they share), `count` at a time. True once the last is rewritten.
    pub fn rewrite_part(&mut self, from: usize, count: usize, text: &dyn Fn(&str) -> String) -> bool {
        // Every field is named: a new one must say here whether it is walked.
        let Mailboxes { groups, entries, tenant: _, organization: _, tenant_id } = self;
        if from == 0 {
            groups.rewrite_texts(text);
            tenant_id.rewrite_texts(text);
        }
        for entry in entries.iter_mut().skip(from).take(count) {
            entry.rewrite_texts(text);
        }
        from.saturating_add(count) >= entries.len()
    }
}

/// A group's verdicts, fixes and unnamed commands; its headline and switches are codes.
impl Texts for Group {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        let Group { verdicts, headline: _, fixes, unnamed_commands, smtp_auth_on: _, settings_pasted: _ } = self;
        verdicts.rewrite_texts(text);
        fixes.rewrite_texts(text);
        unnamed_commands.rewrite_texts(text);
    }
}

/// Its identity, who was seen signing in, and what its plan read; the rest are codes, lines
/// and counts.
impl Texts for Entry {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        let Entry { identity, group: _, needs: _, lines: _, named: _, refused: _, december: _, usage, plan } = self;
        identity.rewrite_texts(text);
        if let Some(usage) = usage {
            let Usage { views: _, december_detail: _, seen } = &mut **usage;
            seen.rewrite_texts(text);
        }
        if let Some(plan) = plan {
            let PlanFacts { facts, answer, key: _ } = &mut **plan;
            facts.rewrite_texts(text);
            answer.rewrite_texts(text);
        }
    }
}

/// Every name and value from the paste: identities, the values of deciding settings, policy
/// names in the fixes, the unnamed commands, the tenant, what a plan read (sender, addresses,
/// the worksheet's status) and who was seen signing in. Commands built afterwards use the
/// rewritten identities and names.
impl Texts for Mailboxes {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        self.rewrite_part(0, usize::MAX, text);
    }
}

/// Equal when every mailbox's report is: how the mailboxes are grouped does not matter.
impl PartialEq for Mailboxes {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a.report() == b.report())
    }
}

impl Eq for Mailboxes {}

/// The list as the mailboxes' reports, each built as it is written and dropped after. The
/// verdicts are written from one copy per group, its lines set to each mailbox's in turn.
impl Serialize for Mailboxes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut copies: Vec<Option<Vec<Verdict>>> = vec![None; self.groups.len()];
        let mut list = serializer.serialize_seq(Some(self.len()))?;
        for mailbox in self.iter() {
            let original = &mailbox.group.verdicts;
            // Cannot fail: one copy per group, and a `GroupIndex` names a group.
            let copy = copies[mailbox.entry.group.0].get_or_insert_with(|| original.clone());
            reset_lines(copy, original);
            relocate(copy, &mailbox.entry.lines);
            list.serialize_element(&mailbox.report_with(Cow::Borrowed(copy.as_slice())))?;
        }
        list.end()
    }
}

/// The lines of `verdicts`, a copy of `original` relocated before, set back to the original's:
/// a line [`relocate`] has no own value for stays the group's, as in [`MailboxView::verdicts`].
fn reset_lines(verdicts: &mut [Verdict], original: &[Verdict]) {
    for (copy, verdict) in verdicts.iter_mut().zip(original) {
        let layers = copy.also_blocked_by.iter_mut().zip(&verdict.also_blocked_by).map(|(c, v)| (&mut c.decided_by, &v.decided_by));
        for (settings, from) in std::iter::once((&mut copy.decided_by, &verdict.decided_by)).chain(layers) {
            for (setting, original) in settings.iter_mut().zip(from) {
                setting.line = original.line;
            }
        }
    }
}

/// One mailbox of the report; what it shares with its group is borrowed, what is its own is
/// built on each call.
#[derive(Clone, Copy, Debug)]
pub struct MailboxView<'a> {
    entry: &'a Entry,
    group: &'a Group,
    mailboxes: &'a Mailboxes,
}

impl<'a> MailboxView<'a> {
    /// The identity commands use (primary SMTP address or UPN when shown).
    pub fn identity(&self) -> &'a str {
        &self.entry.identity
    }

    pub fn headline(&self) -> &'a Headline {
        &self.group.headline
    }

    /// The verdicts of every mailbox with the same settings: statuses, findings, rules and
    /// fixes are this mailbox's, the lines those of the group's first ([`Self::verdicts`] has
    /// its own).
    pub fn settings_verdicts(&self) -> &'a [Verdict] {
        &self.group.verdicts
    }

    /// Its verdicts, with the lines its own values were read on.
    pub fn verdicts(&self) -> Vec<Verdict> {
        let mut verdicts = self.group.verdicts.clone();
        relocate(&mut verdicts, &self.entry.lines);
        verdicts
    }

    /// Its fix, filled in with its identity, turning on only what it needs; none when its
    /// identity or a policy name cannot be quoted safely.
    pub fn commands(&self) -> Vec<Command> {
        let Entry { identity, named, refused, needs, .. } = self.entry;
        if *refused {
            return Vec::new();
        }
        if !named {
            // `None` only when refused, which `plan_unnamed_once` reported: no command.
            return self.group.unnamed_commands.clone().unwrap_or_default();
        }
        // Cannot fail: the same plan failing set `refused` (groups.rs), returned above.
        mailbox_plan(identity, &self.group.fixes, &self.mailboxes.tenant, *needs).unwrap_or_default()
    }

    /// What the client, the errors or its own evidence give a reason to turn on.
    pub fn needs(&self) -> Needs {
        self.entry.needs
    }

    /// Whether its own settings (CAS mailbox, user) were pasted.
    pub fn settings_pasted(&self) -> bool {
        self.group.settings_pasted
    }

    /// Whether it has a plan: it signs in with a password (it breaks or already fails in
    /// December), the client is a device or app that sends one, or a worksheet answered for it.
    pub fn has_plan(&self) -> bool {
        self.entry.plan.is_some()
    }

    /// The answer a worksheet pasted back gives for it.
    pub fn answer(&self) -> Option<&'a Answer> {
        self.entry.plan.as_ref().and_then(|p| p.answer.as_ref())
    }

    /// The key the page keeps its answers by: the hash of its identity before redaction.
    pub fn answer_key(&self) -> Option<u64> {
        self.entry.plan.as_ref().map(|p| p.key)
    }

    /// What the evidence shows for its plan.
    pub fn plan_facts(&self) -> Option<&'a AccountFacts> {
        self.entry.plan.as_ref().map(|p| &p.facts)
    }

    /// Its plan, with the worksheet's answer and `given` (answers given on the page) over it.
    pub fn way_out(&self, given: Option<&Answer>) -> Option<WayOut> {
        let plan = self.entry.plan.as_ref()?;
        let answer = match (&plan.answer, given) {
            (Some(sheet), Some(given)) => Some(sheet.overlaid(given)),
            (sheet, given) => sheet.clone().or_else(|| given.cloned()),
        };
        Some(decide(&plan.facts, answer.as_ref(), &self.mailboxes.organization, self.entry.december))
    }

    /// What its plan's steps are filled in with.
    fn fill(&self, keep_commands: &'a [Command]) -> Fill<'a> {
        Fill { mailbox: self.identity(), tenant: self.mailboxes.tenant_id.as_deref(), smtp_auth_on: self.group.smtp_auth_on, keep_commands }
    }

    /// One path of `plan`, filled in; none when its identity cannot be quoted safely.
    pub fn path_steps(&self, plan: &WayOut, path: Path) -> Option<PathSteps> {
        if self.entry.refused {
            return None;
        }
        let keep = if path == Path::KeepForNow { self.commands() } else { Vec::new() };
        steps(path, plan, &self.fill(&keep)).ok()
    }

    /// Its plan as the report's JSON shows it.
    pub fn way_out_report(&self) -> Option<WayOutReport> {
        let plan = self.way_out(None)?;
        let keep = self.commands();
        let status = self.answer().and_then(|a| a.status.as_deref());
        let fill = self.fill(&keep);
        way_out_report(plan, &fill, status).ok()
    }

    /// Evidence of use, one entry per protocol × method seen.
    pub fn usage(&self) -> &'a [UsageView] {
        // No evidence of use for it: no views.
        self.entry.usage.as_ref().map_or(&[], |u| &u.views)
    }

    /// Whether the end-of-December default change breaks it.
    pub fn december(&self) -> December {
        self.entry.december
    }

    /// The December answer in detail, for an account that breaks.
    pub fn december_detail(&self) -> Option<&'a DecemberAnswer> {
        self.entry.usage.as_ref().and_then(|u| u.december_detail.as_ref())
    }

    /// Who is behind its legacy sign-ins.
    pub fn seen(&self) -> Option<&'a Seen> {
        self.entry.usage.as_ref().and_then(|u| u.seen.as_ref())
    }

    /// Everything about it, as the report's JSON shows it.
    pub fn report(&self) -> MailboxReport<'a> {
        self.report_with(Cow::Owned(self.verdicts()))
    }

    fn report_with(&self, verdicts: Cow<'a, [Verdict]>) -> MailboxReport<'a> {
        MailboxReport {
            identity: self.identity(),
            headline: self.headline(),
            verdicts,
            commands: self.commands(),
            usage: self.usage(),
            december: self.december(),
            december_detail: self.december_detail(),
            seen: self.seen(),
            way_out: self.way_out_report(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Group, GroupIndex, Mailboxes};
    use crate::remedy::{analyze, RefusalObject, Report, Texts};
    use crate::rules::{ClientScenario, Context, Date, Headline, HeadlineCode};

    const HEADER: &str = "SmtpClientAuthenticationDisabled : True\n\n\"Identity\",\"PrimarySmtpAddress\",\"PopEnabled\",\"ImapEnabled\",\"SmtpClientAuthenticationDisabled\"\n";

    fn report(text: &str) -> Report {
        let mut context = Context::new(Date::new(2026, 11, 27).unwrap_or_default());
        context.client = ClientScenario::DeviceBasic;
        analyze(text, &context).1
    }

    #[test]
    fn a_group_is_kept_once_and_each_mailbox_gets_its_own_lines_and_identity() {
        let mut text = HEADER.to_string();
        for i in 0..40 {
            let smtp = if i % 2 == 0 { "\"True\"" } else { "" };
            text.push_str(&format!("\"u{i}\",\"u{i}@contoso.com\",\"False\",\"False\",{smtp}\n"));
        }
        let report = report(&text);
        assert_eq!((report.mailboxes.len(), report.mailboxes.groups.len()), (40, 2));
        for (i, mailbox) in report.mailboxes.iter().enumerate() {
            let line = u32::try_from(i).unwrap_or_default() + 4;
            let verdicts = mailbox.verdicts();
            assert!(verdicts.iter().flat_map(|v| &v.decided_by).filter(|d| d.setting.name().starts_with("CasMailbox.")).all(|d| d.line == line), "{verdicts:#?}");
            let quoted = format!("'u{i}@contoso.com'");
            let commands = mailbox.commands();
            assert!(!commands.is_empty() && commands.iter().filter(|c| c.command.contains("-Identity")).all(|c| c.command.contains(&quoted)), "{commands:#?}");
            assert!(std::ptr::eq(mailbox.headline(), &report.mailboxes.groups[i % 2].headline), "the headline is the group's");
        }
    }

    /// A group's index is made as the group is pushed and names it; redaction rewrites the
    /// groups in place, so every mailbox still has the group it was evaluated with.
    #[test]
    fn a_group_index_names_the_group_pushed_with_it_before_and_after_redaction() {
        let mut mailboxes = Mailboxes::default();
        let pushed: Vec<GroupIndex> = [Some(true), Some(false), None]
            .into_iter()
            .map(|smtp_auth_on| {
                let headline = Headline { code: HeadlineCode::NothingToSay, scenario: ClientScenario::Any, items: Vec::new(), rule: None };
                mailboxes.push_group(Group { verdicts: Vec::new(), headline, fixes: Vec::new(), unnamed_commands: None, smtp_auth_on, settings_pasted: false })
            })
            .collect();
        let on: Vec<Option<bool>> = pushed.iter().map(|&at| mailboxes.group(at).smtp_auth_on).collect();
        assert_eq!(on, [Some(true), Some(false), None]);

        let mut text = HEADER.to_string();
        for i in 0..6 {
            let smtp = if i % 2 == 0 { "\"True\"" } else { "" };
            text.push_str(&format!("\"u{i}\",\"u{i}@contoso.com\",\"False\",\"False\",{smtp}\n"));
        }
        let mut report = report(&text);
        let rules = |report: &Report| report.mailboxes.iter().map(|m| (m.entry.group, m.settings_verdicts().iter().map(|v| v.rule).collect::<Vec<_>>())).collect::<Vec<_>>();
        let before = rules(&report);
        report.mailboxes.rewrite_texts(&|t: &str| t.replace("contoso", "[domain]"));
        assert_eq!((report.mailboxes.groups_len(), rules(&report)), (2, before));
        assert!(report.mailboxes.iter().all(|m| std::ptr::eq(m.group, report.mailboxes.group(m.entry.group))));
    }

    #[test]
    fn a_mailbox_without_identity_gets_the_fix_with_the_placeholder() {
        let report = report("SmtpClientAuthenticationDisabled : True\n\n\"PopEnabled\",\"ImapEnabled\",\"SmtpClientAuthenticationDisabled\"\n\"False\",\"False\",\"\"\n");
        let mailbox = report.mailboxes.get(0).expect("a mailbox");
        assert_eq!(mailbox.identity(), "(mailbox 1)");
        let first = mailbox.commands().first().map(|c| c.command.clone()).unwrap_or_default();
        assert_eq!(first, "Set-CASMailbox -Identity '<mailbox of the device or app>' -SmtpClientAuthenticationDisabled $false");
    }

    #[test]
    fn a_refused_identity_is_listed_up_front_and_gets_no_command() {
        let text = format!("{HEADER}\"a\",\"a@contoso.com\",\"False\",\"False\",\"\"\n\"b\",\"b\u{7}@contoso.com\",\"False\",\"False\",\"\"\n");
        let report = report(&text);
        // The organization's fix names both mailboxes, and is refused too.
        let refused: Vec<(&RefusalObject, &str)> = report.refused.iter().map(|r| (&r.object, r.character.as_str())).collect();
        let b = RefusalObject::Mailbox("b\u{7}@contoso.com".into());
        assert_eq!(refused, [(&RefusalObject::Organization, "U+0007"), (&b, "U+0007")]);
        let commands: Vec<usize> = report.mailboxes.iter().map(|m| m.commands().len()).collect();
        assert!(commands[0] > 0 && commands[1] == 0, "{commands:?}");
    }
}
