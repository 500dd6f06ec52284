//! The small words that verdicts, fixes and missing inputs all use: the mail protocol and whose
//! authentication policy applies.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Protocol {
    Pop,
    Imap,
    Smtp,
}

impl Protocol {
    /// SMTP AUTH first: it is the one that still has settings to change in Exchange Online.
    pub const ALL: [Protocol; 3] = [Protocol::Smtp, Protocol::Pop, Protocol::Imap];
}

/// Whose authentication policy applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PolicySource {
    /// `Get-User.AuthenticationPolicy`.
    User,
    /// `Get-OrganizationConfig.DefaultAuthenticationPolicy`.
    OrganizationDefault,
}
