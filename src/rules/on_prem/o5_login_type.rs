//! O5: `Set-PopSettings`/`Set-ImapSettings -LoginType` defaults to `SecureLogin`; a plain-text
//! login on an unencrypted connection is refused [I]. Not visible → an explicit `check` item
//! on Basic verdicts.
//!
//! Source: https://learn.microsoft.com/powershell/module/exchangepowershell/set-popsettings

use crate::rules::verdict::{Gate, Verdict};

pub const RULE: &str = "O5";

pub fn add(verdict: Verdict) -> Verdict {
    verdict.check(RULE, Gate::LoginType)
}
