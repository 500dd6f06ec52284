//! SA8: per-user MFA refuses the normal password for Basic SMTP. An app password works only
//! with per-user MFA (never with security defaults) and is Basic too (S8, S40). Not visible in
//! Exchange cmdlets → an explicit `check` item.
//!
//! Source: https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off

use crate::rules::verdict::{Gate, Verdict};

pub const RULE: &str = "SA8";

pub fn add(verdict: Verdict) -> Verdict {
    verdict.check(RULE, Gate::PerUserMfa)
}
