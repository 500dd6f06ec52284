//! SA6: Entra security defaults block every legacy-protocol sign-in, SMTP AUTH with a password
//! included ("If security defaults is enabled … SMTP AUTH is already disabled", S7). Not
//! visible in Exchange cmdlets → an explicit `check` item on Basic verdicts.
//!
//! Fix (by hand): turn security defaults off and replace them with Conditional Access, or move
//! the client to OAuth.
//! Source: https://learn.microsoft.com/entra/fundamentals/security-defaults

use crate::rules::verdict::{Gate, Verdict};

pub const RULE: &str = "SA6";

pub fn add(verdict: Verdict) -> Verdict {
    verdict.check(RULE, Gate::SecurityDefaults)
}
