//! SA11: sending From an address other than the signed-in mailbox is refused
//! (`5.7.60 ... Client does not have permissions to send as this sender`). The documented fix
//! is SMTP relay; `Add-RecipientPermission` is documented for app-only OAuth (S22). Not
//! visible → an explicit `check` item on every SMTP verdict that otherwise passes.
//!
//! Source: https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365

use crate::rules::verdict::{Gate, Verdict};

pub const RULE: &str = "SA11";

pub fn add(verdict: Verdict) -> Verdict {
    verdict.check(RULE, Gate::SendAsFromAddress)
}
