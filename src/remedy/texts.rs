//! Every text of a report that can hold a name, an address or a place, in one walk per type:
//! redaction ([`crate::redact`]) rewrites a report only through these walks, at once or in
//! steps, so a text field added to a report type is added to its type's walk, once. Each walk
//! names every field and variant of its type: a new one does not compile until it says whether
//! it is walked. `tests/redact_stepwise.rs` fills a report with one person's names and fails if
//! any is left after redaction.

use std::sync::Arc;

use super::{Command, Missing, OrganizationReport, Refusal, RefusalObject, Report, SymptomReport};
use crate::parse::{Answer, Symptom};
use crate::rules::way_out::{AccountFacts, SenderHint};
use crate::model::Conflict;
use crate::rules::usage_view::Seen;
use crate::rules::way_out::sites::Site;
use crate::rules::{BlockingLayer, DecidingSetting, Finding, Fix, MissingInput, Note, SettingValue, Verdict};

/// A value whose texts are rewritten by `text`, each in place (see the module). The walks of
/// texts, options, lists and commands are `#[inline]`: as functions of their own they made the
/// web app's compressed code larger.
pub trait Texts {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String);
}

impl Texts for String {
    #[inline]
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        *self = text(self);
    }
}

impl Texts for Arc<str> {
    #[inline]
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        *self = text(self).into();
    }
}

impl Texts for Box<str> {
    #[inline]
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        *self = text(self).into();
    }
}

impl<T: Texts> Texts for Option<T> {
    #[inline]
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        if let Some(value) = self {
            value.rewrite_texts(text);
        }
    }
}

impl<T: Texts> Texts for Vec<T> {
    #[inline]
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        for value in self {
            value.rewrite_texts(text);
        }
    }
}

impl Texts for Command {
    #[inline]
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        let Command { step: _, purpose: _, blast_radius: _, alternative: _, command, protocol: _ } = self;
        command.rewrite_texts(text);
    }
}

/// Every pasted value a verdict carries: the policy its finding names, the values of the
/// settings that decided it (a policy's name, a list of addresses), the same of each later
/// layer, and the policies its fixes and missing inputs name. Its warnings and checks are
/// codes only. Every field is named: a new one must say here whether it is walked.
impl Texts for Verdict {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        let Verdict { protocol: _, auth: _, status: _, rule: _, finding, decided_by, warnings: _, checks: _, also_blocked_by, source: _, fixes, missing } = self;
        finding.rewrite_texts(text);
        decided_by.rewrite_texts(text);
        also_blocked_by.rewrite_texts(text);
        fixes.rewrite_texts(text);
        missing.rewrite_texts(text);
    }
}

/// A later layer: as the verdict's own finding and settings.
impl Texts for BlockingLayer {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        let BlockingLayer { rule: _, finding, decided_by, warnings: _, source: _ } = self;
        finding.rewrite_texts(text);
        decided_by.rewrite_texts(text);
    }
}

/// The value as read, when it is a text.
impl Texts for DecidingSetting {
    #[inline]
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        if let SettingValue::Text(value) = &mut self.value {
            value.rewrite_texts(text);
        }
    }
}

/// The policy a finding names, or the one whose missing switch it says. Every variant is
/// listed: a new one that carries a pasted text must say here whether it is walked.
impl Texts for Finding {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        match self {
            Finding::PolicyBlocksBasicSmtp { policy, .. } | Finding::OnPremLegacyAuthBlocked { policy, .. } | Finding::OnPremModernAuthBlocked { policy, .. } => policy.rewrite_texts(text),
            Finding::BasicSmtpAllowedByExchange { policy } => policy.rewrite_texts(text),
            Finding::InputMissing { input, .. } => input.rewrite_texts(text),
            // Codes, protocols and dates only.
            Finding::MailboxSmtpAuthDisabled
            | Finding::TenantSmtpAuthDisabled
            | Finding::TenantSmtpAuthEnabled
            | Finding::SecurityDefaultsBlockBasic
            | Finding::BasicSmtpDefaultOffSince { .. }
            | Finding::BasicSmtpRemoved { .. }
            | Finding::OauthSmtpAllowed
            | Finding::BasicSmtpSeenWorking
            | Finding::ProtocolDisabledForMailbox { .. }
            | Finding::BasicPopImapRetired { .. }
            | Finding::OauthPopImapAllowed { .. }
            | Finding::AppOnlyOauthNeedsServicePrincipal { .. }
            | Finding::EnvironmentUnknown
            | Finding::OnPremBasicPopImapAllowedByPolicy { .. }
            | Finding::OnPremOauthPopImapNotSupported { .. }
            | Finding::OnPremSmtpDependsOnReceiveConnector => {}
        }
    }
}

/// The policy whose switch is missing; the other inputs are settings named by code.
impl Texts for MissingInput {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        match self {
            MissingInput::PolicySwitch { policy, .. } => policy.rewrite_texts(text),
            MissingInput::MailboxSmtpSetting
            | MissingInput::MailboxProtocolSwitch { .. }
            | MissingInput::TenantSmtpSetting
            | MissingInput::UserPolicy
            | MissingInput::OrganizationDefaultPolicy
            | MissingInput::Environment => {}
        }
    }
}

/// The policy a fix names; the other fixes name a protocol or nothing.
impl Texts for Fix {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        match self {
            Fix::AllowBasicSmtpInPolicy { policy, .. } | Fix::UnblockOnPremPolicy { policy, .. } => policy.rewrite_texts(text),
            Fix::EnableProtocolForMailbox { .. } | Fix::EnableSmtpAuthForMailbox | Fix::EnableSmtpAuthForOrganization | Fix::GrantAppOnlyAccess { .. } => {}
        }
    }
}

/// Who was seen signing in: the name, addresses, user agents and places (the applications and
/// error codes name no one).
impl Texts for Seen {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        let Seen { display_name, apps: _, user_agents, ips, password_ips, locations, error_codes: _, modern_sign_ins: _, legacy_tls: _ } = self;
        display_name.rewrite_texts(text);
        ips.rewrite_texts(text);
        password_ips.rewrite_texts(text);
        user_agents.rewrite_texts(text);
        locations.rewrite_texts(text);
    }
}

/// The error text as pasted (it may name the account), what to confirm and the commands.
impl Texts for SymptomReport {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        let SymptomReport { symptom: Symptom { text: pasted, line: _, protocol: _, cause: _ }, layer: _, rule: _, source: _, confirm, commands, consistent: _ } = self;
        pasted.rewrite_texts(text);
        confirm.rewrite_texts(text);
        commands.rewrite_texts(text);
    }
}

/// The command that fetches it, the mailbox it is for, and the policy it names.
impl Texts for Missing {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        let Missing { input: _, mailbox, command, kind } = self;
        command.rewrite_texts(text);
        mailbox.rewrite_texts(text);
        kind.rewrite_texts(text);
    }
}

/// What a plan read of the evidence: the name that suggests the sender and the addresses
/// signed in from (the message trace's counts name no one).
impl Texts for AccountFacts {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        let AccountFacts { sender_hint, ip, traffic: _ } = self;
        if let Some(SenderHint { sender: _, from: _, text: hint }) = sender_hint {
            hint.rewrite_texts(text);
        }
        ip.addresses_mut().for_each(|address| address.rewrite_texts(text));
    }
}

/// The worksheet's status, as the admin wrote it (it may name someone).
impl Texts for Answer {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        let Answer { sender: _, sends_outside: _, status } = self;
        status.rewrite_texts(text);
    }
}

/// The mailbox refused; the organization and the character name no one.
impl Texts for Refusal {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        let Refusal { object, code: _, character: _ } = self;
        match object {
            RefusalObject::Mailbox(mailbox) => mailbox.rewrite_texts(text),
            RefusalObject::Organization => {}
        }
    }
}

impl Texts for Site {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        let Site { ip, accounts } = self;
        ip.rewrite_texts(text);
        accounts.rewrite_texts(text);
    }
}

impl Texts for Conflict {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        match self {
            Conflict::SettingDisagrees { object, .. } => object.rewrite_texts(text),
            Conflict::AmbiguousIdentity { candidates, .. } => candidates.rewrite_texts(text),
            Conflict::AnswerDisagrees { account, .. } => account.rewrite_texts(text),
            Conflict::EnvironmentMarkersDisagree { .. } => {}
        }
    }
}

/// The account only the worksheet names, and the policy of an obsolete setting.
impl Texts for Note {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        match self {
            Note::AccountOnlyInWorksheet { account, .. } => account.rewrite_texts(text),
            Note::ObsoletePolicySetting { policy, .. } => policy.rewrite_texts(text),
            Note::StaleAdvicePopImapSwitch { .. } | Note::UnnamedPolicy { .. } => {}
        }
    }
}

impl Report {
    /// Every text beside the mailboxes' ([`super::Mailboxes::rewrite_part`] walks those): for
    /// redaction in steps, after the mailboxes.
    /// Every field is named: a new one must say here whether it is walked. The evidence read,
    /// the December counts and the headline are dates, counts and codes.
    pub fn rewrite_beside_mailboxes(&mut self, text: &dyn Fn(&str) -> String) {
        let Report {
            as_of: _,
            environment: _,
            environment_from: _,
            client: _,
            mailboxes: _,
            organization: OrganizationReport { headline: _, verdicts, commands, needs: _ },
            missing,
            notes,
            conflicts,
            refused,
            collect_script,
            evidence: _,
            symptoms,
            december_summary: _,
            sites,
        } = self;
        commands.rewrite_texts(text);
        verdicts.rewrite_texts(text);
        symptoms.rewrite_texts(text);
        missing.rewrite_texts(text);
        refused.rewrite_texts(text);
        sites.rewrite_texts(text);
        conflicts.rewrite_texts(text);
        notes.rewrite_texts(text);
        collect_script.rewrite_texts(text);
    }
}

/// The mailboxes first: a mailbox's commands are built from its identity when asked for, so
/// with the identity rewritten, so is every command that names it.
impl Texts for Report {
    fn rewrite_texts(&mut self, text: &dyn Fn(&str) -> String) {
        self.mailboxes.rewrite_texts(text);
        self.rewrite_beside_mailboxes(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::remedy::QuoteError;

    #[test]
    fn a_refused_mailbox_is_rewritten_and_the_organization_is_not() {
        let error = QuoteError::ControlCharacter('\u{7}');
        let hide = |t: &str| t.replace("contoso", "[domain]");
        let mut mailbox = Refusal::new(RefusalObject::Mailbox("b\u{7}@contoso.com".into()), &error);
        mailbox.rewrite_texts(&hide);
        assert_eq!(mailbox.object, RefusalObject::Mailbox("b\u{7}@[domain].com".into()));
        let mut organization = Refusal::new(RefusalObject::Organization, &error);
        organization.rewrite_texts(&hide);
        assert_eq!(organization.object, RefusalObject::Organization);
    }
}
