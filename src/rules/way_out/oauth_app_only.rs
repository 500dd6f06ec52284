//! OAuth app-only (client credentials, `SMTP.SendAsApp`).
//!
//! What: *fits* an app or service the organization controls; *check* for a device (its firmware
//! decides whether it can send XOAUTH2) and while nobody said what signs in; *no* for a person,
//! who signs in as themselves (delegated).
//! Why: the lasting way out for unattended senders: no password, and Microsoft documents the
//! whole setup (app registration, `New-ServicePrincipal`, `Add-MailboxPermission`).
//! Source: `../shared/migration.md` §1, §2 (M1).

use super::{Facts, Fit, Why};
use crate::parse::Sender;

pub fn fit(facts: &Facts) -> (Fit, Why) {
    match facts.sender {
        Sender::App => (Fit::Fits, Why::AppUsesClientCredentials),
        Sender::Person => (Fit::No, Why::PersonUsesDelegated),
        Sender::Device => (Fit::Check, Why::FirmwareDecides),
        Sender::Unknown => (Fit::Check, Why::SenderUnknown),
    }
}
