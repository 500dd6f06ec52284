//! Inputs a verdict needed and the paste lacked. [`crate::remedy::collect`] gives the exact
//! command that fetches each.

use serde::Serialize;

use super::fix::PolicySwitch;
use super::terms::Protocol;
use crate::model::Setting;

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
    /// The setting that was missing; `None` for the environment, which is no setting.
    pub fn setting(&self) -> Option<Setting> {
        match self {
            MissingInput::MailboxSmtpSetting => Some(Setting::CasMailboxSmtpClientAuthenticationDisabled),
            MissingInput::MailboxProtocolSwitch { protocol } => Some(Setting::pop_imap_switch(*protocol)),
            MissingInput::TenantSmtpSetting => Some(Setting::TransportConfigSmtpClientAuthenticationDisabled),
            MissingInput::UserPolicy => Some(Setting::UserAuthenticationPolicy),
            MissingInput::OrganizationDefaultPolicy => Some(Setting::OrganizationConfigDefaultAuthenticationPolicy),
            MissingInput::PolicySwitch { switch, .. } => Some(switch.setting()),
            MissingInput::Environment => None,
        }
    }

    /// The input's name as shown in the `missing` list: the setting's, or `Environment`.
    pub fn input_name(&self) -> &'static str {
        self.setting().map_or("Environment", Setting::name)
    }

    /// Whether the input belongs to one mailbox (so its command names the mailbox).
    pub fn is_per_mailbox(&self) -> bool {
        matches!(self, MissingInput::MailboxSmtpSetting | MissingInput::MailboxProtocolSwitch { .. } | MissingInput::UserPolicy)
    }
}
