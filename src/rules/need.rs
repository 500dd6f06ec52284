//! Which protocols a fix may turn on: those the paste or the chosen client gives a reason for.
//!
//! What: a protocol is needed for a mailbox when the chosen client uses it (client matrix,
//! rules.md 3.5: a device or app with a password sends over SMTP AUTH only), when a sign-in or
//! a usage report row shows the mailbox using it, when a client error over it concerns the
//! mailbox (the paste's only mailbox, or the one asked about), or when the mailbox reads like a
//! device or app that sends (SMTP AUTH, "likely": `way_out::sender`) or a worksheet answer
//! says it is one. With the client "not sure" and none of these, nothing is needed.
//! Why: a switch that is off on purpose (a protocol turned off for a mailbox, SMTP AUTH off for
//! the organization, its default since January 2020) is turned on only for what uses it:
//! Microsoft recommends keeping SMTP AUTH off and enabling only the mailboxes that need it.
//! Source: rules.md SA3 and §7 (S7, S19), 3.5 (S4, S32).

use super::context::{ClientScenario, Context};
use super::fix::{Fix, PolicySwitch};
use super::smtp::sa3_tenant_switch;
use super::terms::Protocol;
use super::verdict::{Status, Verdict};
use super::way_out::sender;
use crate::model::{Evidence, Mailbox};
use crate::parse::{Sender, UsageProtocol};

/// A set of protocols.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Needs(u8);

impl Needs {
    pub const ALL: Needs = Needs(0b111);

    fn bit(protocol: Protocol) -> u8 {
        1 << protocol as u8
    }

    pub fn with(self, protocol: Protocol) -> Self {
        Needs(self.0 | Self::bit(protocol))
    }

    pub fn union(self, other: Needs) -> Self {
        Needs(self.0 | other.0)
    }

    pub fn has(self, protocol: Protocol) -> bool {
        self.0 & Self::bit(protocol) != 0
    }

    /// Whether a fix turns on only what is needed.
    pub fn keeps(self, fix: &Fix) -> bool {
        self.has(fix.protocol())
    }

    /// The protocols the chosen client uses.
    pub fn of_client(client: ClientScenario) -> Self {
        match client {
            ClientScenario::DeviceBasic => Needs::default().with(Protocol::Smtp),
            ClientScenario::Any => Needs::default(),
            ClientScenario::OutlookPopImap | ClientScenario::OauthApp | ClientScenario::AppOnlyOauth => Needs::ALL,
        }
    }
}

impl Fix {
    /// The protocol the fix turns on.
    pub fn protocol(&self) -> Protocol {
        match self {
            Fix::EnableProtocolForMailbox { protocol } | Fix::GrantAppOnlyAccess { protocol } => *protocol,
            Fix::UnblockOnPremPolicy { switch: PolicySwitch::BlockLegacyAuthPop | PolicySwitch::BlockModernAuthPop | PolicySwitch::AllowBasicAuthPop, .. } => Protocol::Pop,
            Fix::UnblockOnPremPolicy { switch: PolicySwitch::BlockLegacyAuthImap | PolicySwitch::BlockModernAuthImap | PolicySwitch::AllowBasicAuthImap, .. } => Protocol::Imap,
            Fix::UnblockOnPremPolicy { .. } | Fix::EnableSmtpAuthForMailbox | Fix::EnableSmtpAuthForOrganization | Fix::AllowBasicSmtpInPolicy { .. } => Protocol::Smtp,
        }
    }
}

/// What gives a reason, for every mailbox of one paste.
#[derive(Clone, Copy, Debug, Default)]
pub struct Reasons {
    client: Needs,
    /// The protocols of the client errors in the paste.
    errors: Needs,
    /// Whether the errors concern every mailbox evaluated: one mailbox pasted, or one asked about.
    errors_name_the_mailbox: bool,
}

impl Reasons {
    pub fn of(evidence: &Evidence, context: &Context) -> Self {
        let errors = evidence.symptoms.iter().fold(Needs::default(), |needs, symptom| {
            needs.with(symptom.protocol)
        });
        Reasons { client: Needs::of_client(context.client), errors, errors_name_the_mailbox: evidence.mailboxes.len() <= 1 || context.mailbox.is_some() }
    }

    /// The organization's: the client's and every client error's.
    pub fn organization(&self) -> Needs {
        self.client.union(self.errors)
    }

    /// A mailbox's, without what its own evidence shows.
    fn shared(&self) -> Needs {
        if self.errors_name_the_mailbox { self.organization() } else { self.client }
    }

    /// A mailbox's: the client's, the errors', its sign-ins and usage rows, and what it is.
    pub fn mailbox(&self, mailbox: &Mailbox) -> Needs {
        let mut needs = self.shared();
        for entry in mailbox.usage.iter().flat_map(|u| &u.entries) {
            if let Some(UsageProtocol::Mail(protocol)) = entry.protocol {
                needs = needs.with(protocol);
            }
        }
        // A worksheet's answer, else the account's name (`sender::hint` without sign-ins).
        let name = mailbox.identities.best().map(|id| id.split('@').next().unwrap_or(id));
        let sender = mailbox.answer.as_ref().map(|a| a.sender).filter(|s| *s != Sender::Unknown).or_else(|| name.and_then(sender::reads_like));
        if matches!(sender, Some(Sender::Device | Sender::App)) { needs.with(Protocol::Smtp) } else { needs }
    }
}

/// A verdict refused only by the organization's own SMTP AUTH switch, its secure default, for
/// a subject nothing shows needs SMTP AUTH: no fault, shown apart from what is blocked.
pub fn secure_default(verdict: &Verdict, needs: Needs) -> bool {
    verdict.status == Status::Blocked && verdict.rule == sa3_tenant_switch::RULE && !needs.has(verdict.protocol)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_fix_turns_on_its_protocol() {
        let pop = Fix::UnblockOnPremPolicy { policy: "p".into(), via: crate::rules::PolicySource::User, switch: PolicySwitch::BlockModernAuthPop };
        assert_eq!(pop.protocol(), Protocol::Pop);
        assert_eq!(Fix::EnableSmtpAuthForOrganization.protocol(), Protocol::Smtp);
        let smtp = Needs::of_client(ClientScenario::DeviceBasic);
        assert!(smtp.keeps(&Fix::EnableSmtpAuthForMailbox) && !smtp.keeps(&Fix::EnableProtocolForMailbox { protocol: Protocol::Pop }));
        assert_eq!(Needs::of_client(ClientScenario::Any), Needs::default());
    }
}
