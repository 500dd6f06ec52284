//! High Volume Email.
//!
//! What: *no* for a sender that mails outside the organization (HVE refuses external
//! recipients) and for a person's mail program; *check* while nobody said what signs in or
//! whether it sends outside; *fits* a device or app that mails internal recipients only.
//! Why: it keeps password sign-in until September 2028 (O), so a device without OAuth keeps
//! working; billed per recipient since 2026-06-01.
//! Source: `../shared/migration.md` §1, §4 (M5, M6).

use super::{Facts, Fit, Why};
use crate::parse::Sender;

pub fn fit(facts: &Facts) -> (Fit, Why) {
    match (facts.sender, facts.sends_outside) {
        (_, Some(true)) => (Fit::No, Why::SendsOutside),
        (Sender::Person, _) => (Fit::No, Why::PersonsMailProgram),
        (Sender::Unknown, _) => (Fit::Check, Why::SenderUnknown),
        (_, None) => (Fit::Check, Why::OutsideUnknown),
        (Sender::Device | Sender::App, Some(false)) => (Fit::Fits, Why::InternalOnly),
    }
}
