//! O1: on Exchange Server the POP3/IMAP4 services (MSExchangePOP3 + MSExchangePOP3BE,
//! MSExchangeIMAP4 + MSExchangeIMAP4BE) are not started by default; the admin starts and
//! configures them. Not visible in these cmdlets → an explicit `check` item.
//!
//! Fix (by hand): start the services, `Set-PopSettings` / `Set-ImapSettings`.
//! Source: https://learn.microsoft.com/en-us/exchange/clients/pop3-and-imap4/pop3-and-imap4

use crate::rules::verdict::{Gate, Verdict};

pub const RULE: &str = "O1";

pub fn add(verdict: Verdict) -> Verdict {
    verdict.check(RULE, Gate::PopImapServicesStarted)
}
