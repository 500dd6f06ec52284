//! SMTP relay through an inbound connector (by IP address or certificate).
//!
//! What: *no* for a person's mail program; *check* while nobody said what signs in, and for a
//! device or app that signed in from no single public IPv4 address (it then needs a static one,
//! or a certificate); *fits* a device or app whose password sign-ins all came from one public
//! IPv4 address. It may send outside.
//! Why: no sign-in at all, so nothing breaks in December; Microsoft does not support dynamic
//! addresses for it, so an address seen once is confirmed as static before it goes in.
//! Source: `../shared/migration.md` §1, §5 (M4, M7).

use super::{Facts, Fit, Why};
use crate::parse::Sender;

pub fn fit(facts: &Facts) -> (Fit, Why) {
    match facts.sender {
        Sender::Person => (Fit::No, Why::PersonsMailProgram),
        Sender::Unknown => (Fit::Check, Why::SenderUnknown),
        Sender::Device | Sender::App if facts.one_public_address => (Fit::Fits, Why::OneAddressSeen),
        Sender::Device | Sender::App => (Fit::Check, Why::NeedsStaticAddress),
    }
}
