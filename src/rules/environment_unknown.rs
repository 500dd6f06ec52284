//! ENV: the environment decides and could not be told → `unknown`.
//!
//! What: nothing in the paste is Exchange Online only (`AllowBasicAuth*`,
//! `SmtpClientAuthenticationDisabled`, `Get-EXO*`) or Exchange Server only (`BlockLegacyAuth*`,
//! `BlockModernAuth*`), or both kinds are there.
//! Why: POP with a password is impossible online and configurable on-premises; guessing would
//! give a confident wrong answer.
//! Source: rules.md section 2, "Environment detection" (inference), Set-TransportConfig.

use super::missing::MissingInput;
use super::sources;
use super::terms::Protocol;
use super::verdict::{AuthMethod, Finding, Status, Verdict};

pub const RULE: &str = "ENV";

pub fn evaluate(protocol: Protocol, auth: AuthMethod) -> Verdict {
    Verdict::new(protocol, auth, Status::Unknown, RULE, Finding::EnvironmentUnknown, sources::RULES_ENVIRONMENT).missing(MissingInput::Environment)
}
