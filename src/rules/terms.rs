//! The small words that verdicts, fixes and missing inputs all use: the mail protocol (the
//! one the parser reads, [`crate::parse::Protocol`]) and whose authentication policy applies.

use serde::Serialize;

pub use crate::parse::Protocol;

/// Whose authentication policy applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PolicySource {
    /// `Get-User.AuthenticationPolicy`.
    User,
    /// `Get-OrganizationConfig.DefaultAuthenticationPolicy`.
    OrganizationDefault,
}
