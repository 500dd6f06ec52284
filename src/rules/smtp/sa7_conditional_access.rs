//! SA7: a Conditional Access policy with the client-app condition "Other clients" (which
//! includes authenticated SMTP, POP3, IMAP4) blocks Basic for the user. Not visible in
//! Exchange cmdlets → an explicit `check` item.
//!
//! Fix (by hand): exclude the account from that policy, or use OAuth (S32).
//! Source: https://learn.microsoft.com/entra/identity/conditional-access/block-legacy-authentication

use crate::rules::verdict::{Gate, Verdict};

pub const RULE: &str = "SA7";

pub fn add(verdict: Verdict) -> Verdict {
    verdict.check(RULE, Gate::ConditionalAccessLegacyBlock)
}
