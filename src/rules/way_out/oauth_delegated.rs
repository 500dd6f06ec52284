//! OAuth delegated (the user's token, `SMTP.Send`).
//!
//! What: *fits* a person's mail program (Thunderbird, Apple Mail, mobile apps sign the user in);
//! *check* for an app (only if it can hold a user's token: one interactive sign-in, then
//! refresh), for a device (its firmware decides) and while nobody said what signs in.
//! Why: Conditional Access and MFA apply at that sign-in; nothing to run in Exchange beyond
//! keeping SMTP AUTH enabled for the mailbox.
//! Source: `../shared/migration.md` §1, §3 (M1).

use super::{Facts, Fit, Why};
use crate::parse::Sender;

pub fn fit(facts: &Facts) -> (Fit, Why) {
    match facts.sender {
        Sender::Person => (Fit::Fits, Why::PersonSignsIn),
        Sender::App => (Fit::Check, Why::AppNeedsUserToken),
        Sender::Device => (Fit::Check, Why::FirmwareDecides),
        Sender::Unknown => (Fit::Check, Why::SenderUnknown),
    }
}
