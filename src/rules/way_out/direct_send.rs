//! Direct Send (straight to the MX endpoint, no sign-in).
//!
//! What: *no* for a sender that mails outside, where the organization refuses Direct Send
//! (`RejectDirectSend $true`), and for a person's mail program; *check* while nobody said what
//! signs in or whether it sends outside, or `RejectDirectSend` was not pasted; else *fits*.
//! Why: it needs no account and no connector, but delivers to internal recipients only and is
//! spam-filtered like mail from outside.
//! Source: `../shared/migration.md` §1, §6 (M7, M8).

use super::{Facts, Fit, Why};
use crate::parse::Sender;

pub fn fit(facts: &Facts) -> (Fit, Why) {
    match (facts.sender, facts.sends_outside, facts.reject_direct_send) {
        (_, Some(true), _) => (Fit::No, Why::SendsOutside),
        (_, _, Some(true)) => (Fit::No, Why::DirectSendRejected),
        (Sender::Person, _, _) => (Fit::No, Why::PersonsMailProgram),
        (Sender::Unknown, _, _) => (Fit::Check, Why::SenderUnknown),
        (_, None, _) => (Fit::Check, Why::OutsideUnknown),
        (_, _, None) => (Fit::Check, Why::RejectDirectSendUnknown),
        (Sender::Device | Sender::App, Some(false), Some(false)) => (Fit::Fits, Why::InternalOnlyDirectSendAllowed),
    }
}
