//! One step of a fix, ready to paste, with what it is for and what else it touches.

use serde::Serialize;

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
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Command {
    pub step: u32,
    pub purpose: Purpose,
    pub blast_radius: BlastRadius,
    /// `true` for an alternative to the preferred steps before it (wider blast radius).
    pub alternative: bool,
    pub command: String,
}
