//! One step of a fix, ready to paste, with what it is for and what else it touches.

use serde::Serialize;

use crate::rules::Protocol;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    EnableProtocolForMailbox,
    EnableSmtpAuthForMailbox,
    EnableSmtpAuthForOrganization,
    CreateDedicatedPolicy,
    AllowBasicSmtpInDedicatedPolicy,
    AssignDedicatedPolicy,
    AllowBasicSmtpInPolicy,
    UnblockPolicySwitch,
    /// `Set-User -STSRefreshTokensValidFrom`: policy changes apply in about 30 minutes instead of 24 hours.
    RefreshTokens,
    CreateServicePrincipal,
    GrantMailboxPermission,
    GrantSendAs,
    /// Only where the app sends with another From address than the mailbox's.
    GrantSendAsIfFromDiffers,
    /// OAuth submissions need SMTP AUTH on for the mailbox (migration.md §2.5).
    EnableSmtpAuthForOauth,
    CreateHveAccount,
    /// Read-only: the billing policies an HVE account can be linked to.
    FindHveBillingPolicy,
    SetHveBillingPolicy,
    /// OAuth for HVE instead of its password.
    GrantHveAppAccess,
    CreateRelayConnector,
    CreateCertificateConnector,
    /// Read-only: the domain's MX endpoint, the server a connector or Direct Send uses.
    ConfirmMxEndpoint,
    /// Read-only: shows the setting after the change.
    Verify,
}

/// Who else a step affects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlastRadius {
    /// Reads only.
    None,
    ThisMailbox,
    ThisUser,
    /// Everyone the named policy is assigned to.
    UsersOfPolicy,
    /// The organization default policy: everyone without a policy of their own.
    UsersWithoutOwnPolicy,
    /// Every mailbox that does not override the setting.
    Organization,
    /// The app's access to this mailbox.
    App,
    /// The new account only.
    NewAccount,
    /// Mail that arrives from the addresses or certificate the connector names.
    ConnectorSenders,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Command {
    pub step: u32,
    pub purpose: Purpose,
    pub blast_radius: BlastRadius,
    /// `true` for an alternative to the preferred steps before it (wider blast radius).
    pub alternative: bool,
    pub command: String,
    /// The protocol the step turns on (the page groups the steps by it); `None` for a step
    /// that serves every protocol, such as the check.
    #[serde(skip)]
    pub protocol: Option<Protocol>,
}
