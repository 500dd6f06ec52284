//! Inputs a verdict needed and the paste lacked. [`crate::remedy::collect`] gives the exact
//! command that fetches each.

use serde::Serialize;

use super::fix::PolicySwitch;
use super::terms::Protocol;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum MissingInput {
    /// `CasMailbox.SmtpClientAuthenticationDisabled`: in no `Get-EXOCasMailbox` property set (S17).
    MailboxSmtpSetting,
    /// `CasMailbox.PopEnabled` / `ImapEnabled`.
    MailboxProtocolSwitch { protocol: Protocol },
    /// `TransportConfig.SmtpClientAuthenticationDisabled`.
    TenantSmtpSetting,
    /// `User.AuthenticationPolicy`.
    UserPolicy,
    /// `OrganizationConfig.DefaultAuthenticationPolicy`.
    OrganizationDefaultPolicy,
    /// A switch of a named policy (the policy was not pasted, or without that line).
    PolicySwitch { policy: String, switch: PolicySwitch },
    /// Whether this is Exchange Online or Exchange Server.
    Environment,
}

impl MissingInput {
    /// The setting's name as shown in `decided_by` and the `missing` list.
    pub fn input_name(&self) -> &'static str {
        match self {
            MissingInput::MailboxSmtpSetting => "CasMailbox.SmtpClientAuthenticationDisabled",
            MissingInput::MailboxProtocolSwitch { protocol: Protocol::Imap } => "CasMailbox.ImapEnabled",
            MissingInput::MailboxProtocolSwitch { .. } => "CasMailbox.PopEnabled",
            MissingInput::TenantSmtpSetting => "TransportConfig.SmtpClientAuthenticationDisabled",
            MissingInput::UserPolicy => "User.AuthenticationPolicy",
            MissingInput::OrganizationDefaultPolicy => "OrganizationConfig.DefaultAuthenticationPolicy",
            MissingInput::PolicySwitch { switch, .. } => switch.setting(),
            MissingInput::Environment => "Environment",
        }
    }

    /// Whether the input belongs to one mailbox (so its command names the mailbox).
    pub fn is_per_mailbox(&self) -> bool {
        matches!(self, MissingInput::MailboxSmtpSetting | MissingInput::MailboxProtocolSwitch { .. } | MissingInput::UserPolicy)
    }
}
