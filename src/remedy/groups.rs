//! The settings groups of an evaluation: the rules run once per distinct [`MailboxSettings`]
//! (a tenant's mailboxes share a handful of setting combinations), and every mailbox with the
//! same settings takes its group's verdicts, fixes and headline. Also whether a mailbox's
//! commands are refused, told from its group's without building them.

use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashMap};

use super::mailboxes::{Group, GroupIndex, Mailboxes};
use super::plan::{mailbox_plan, Tenant, MAILBOX_PLACEHOLDER};
use super::QuoteError;
use crate::model::Evidence;
use crate::remedy;
use crate::rules::client_matrix::Combination;
use crate::rules::effective_smtp::{effective_smtp_auth, EffectiveSmtpAuth};
use crate::rules::headline::headline;
use crate::rules::need::Needs;
use crate::rules::settings_key::MailboxSettings;
use crate::rules::subject::Subject;
use crate::rules::{verdict_for, AuthMethod, Context, Fix, Protocol, Status, Verdict};

/// What the evaluation keeps of a group beyond what the report keeps.
pub(super) struct GroupPlan {
    /// The settings verdict for SMTP AUTH with a password, for the December answer.
    pub smtp_basic: Option<Verdict>,
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
    /// Where the report keeps the group.
    pub group: GroupIndex,
}

/// Groups by their settings, in the report's order of groups. The settings borrow from the
/// evidence, so the map holds their hash and each match is confirmed by comparing with the
/// settings of the group's first mailbox. The map has the type of the other maps from a number
/// to a position (`model::usage`, `model::traffic`), so that it links no hash table code of
/// its own into the app.
pub(super) struct Groups {
    /// The protocol × method combinations each group is evaluated for.
    combos: Vec<Combination>,
    /// The first group with each hash; a later one with the same hash follows it in `plans`.
    by_hash: FxHashMap<usize, usize>,
    plans: Vec<GroupPlan>,
}

impl Groups {
    pub fn new(combos: Vec<Combination>) -> Self {
        Groups { combos, by_hash: FxHashMap::default(), plans: Vec::new() }
    }

    pub fn plan_mut(&mut self, at: usize) -> Option<&mut GroupPlan> {
        self.plans.get_mut(at)
    }

    /// The position of the plan of the settings group of the mailbox at `position`; the group
    /// is evaluated and added to `mailboxes` when first met.
    pub fn of(&mut self, settings: MailboxSettings, position: usize, evidence: &Evidence, context: &Context, tenant: &Tenant, mailboxes: &mut Mailboxes) -> usize {
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
        let smtp_basic = smtp_basic_verdict(&subject, &verdicts);
        // An identity that can be quoted, standing for each such identity of the group.
        let refusal = mailbox_plan(MAILBOX_PLACEHOLDER, &fixes, tenant, Needs::ALL).err();
        let smtp_auth_on = match effective_smtp_auth(&subject) {
            EffectiveSmtpAuth::MailboxOverride { disabled, .. } | EffectiveSmtpAuth::Tenant { disabled, .. } => Some(!disabled),
            EffectiveSmtpAuth::Unknown { .. } => None,
        };
        let headline = headline(&verdicts, context.client, evidence.environment);
        let group = mailboxes.push_group(Group { headline, fixes, verdicts, unnamed_commands: None, smtp_auth_on, settings_pasted: settings.pasted() });
        self.plans.push(GroupPlan { smtp_basic, refusal, unnamed_refusal: None, first: position, hash, group });
        self.by_hash.entry(hash).or_insert(self.plans.len() - 1);
        self.plans.len() - 1
    }
}

impl GroupPlan {
    /// Why a mailbox of the group named `identity` gets no command, without building any for
    /// an identity that can be quoted (the group's answer holds for it): only an identity
    /// holding a control character is planned, to tell which value refuses first.
    pub fn refusal_of_named(&self, identity: &str, group: &Group, tenant: &Tenant, needs: Needs) -> Option<QuoteError> {
        if identity.chars().any(char::is_control) {
            return mailbox_plan(identity, &group.fixes, tenant, needs).err();
        }
        self.refusal.clone()
    }

    /// Plans the commands of the group's mailboxes without identity when the first is met and
    /// keeps them in `group` ([`Group::unnamed_commands`]); why they are refused, if they are.
    /// A mailbox without identity has no evidence of its own: its `needs` are the same for all.
    pub fn plan_unnamed_once(&mut self, group: &mut Group, evidence: &Evidence, needs: Needs) -> Option<QuoteError> {
        self.unnamed_refusal
            .get_or_insert_with(|| match remedy::plan(None, &group.fixes, evidence, &[], needs) {
                Ok(commands) => {
                    group.unnamed_commands = Some(commands);
                    None
                }
                Err(error) => Some(error),
            })
            .clone()
    }
}

/// The mailbox's settings verdict for SMTP AUTH with a password, whichever client was chosen:
/// the December answer needs it.
fn smtp_basic_verdict(subject: &Subject<'_>, verdicts: &[Verdict]) -> Option<Verdict> {
    let shown = verdicts.iter().find(|v| v.protocol == Protocol::Smtp && v.auth == AuthMethod::Basic);
    shown.cloned().or_else(|| verdict_for(subject, Combination { protocol: Protocol::Smtp, auth: AuthMethod::Basic, app_only: false }))
}

/// The fixes of the verdicts that do not work, in order, each once.
pub(super) fn fixes_of(verdicts: &[Verdict]) -> Vec<Fix> {
    verdicts.iter().filter(|v| v.status != Status::Works).flat_map(|v| v.fixes.iter().cloned()).fold(Vec::new(), |mut acc, fix| {
        if !acc.contains(&fix) {
            acc.push(fix);
        }
        acc
    })
}

#[cfg(test)]
mod tests {
    use super::super::evaluation::Evaluation;
    use crate::model::{Environment, Evidence, Mailbox};
    use crate::rules::settings_key::tests::{each_setting_changed, pasted_mailbox};
    use crate::rules::{Context, Date};

    /// How many settings groups the evaluation of `mailboxes` makes.
    fn groups_of(mailboxes: Vec<Mailbox>) -> usize {
        let evidence = Evidence { environment: Environment::ExchangeOnline, mailboxes, ..Evidence::default() };
        let as_of = Date::new(2026, 12, 1).unwrap_or_default();
        Evaluation::new(evidence, &Context::new(as_of)).finish().mailboxes.groups_len()
    }

    #[test]
    fn a_change_of_any_setting_the_rules_read_makes_another_group() {
        assert_eq!(groups_of(vec![pasted_mailbox(1), pasted_mailbox(10)]), 1, "the same settings on other lines share a group");
        for (name, changed) in each_setting_changed() {
            assert_eq!(groups_of(vec![pasted_mailbox(1), changed]), 2, "{name}");
        }
    }
}
