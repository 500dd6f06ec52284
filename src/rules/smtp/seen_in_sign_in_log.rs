//! SEEN: a successful password sign-in over SMTP AUTH in the evidence, where the settings cannot
//! tell (SA1) → `works`, as seen, until the default change.
//!
//! What: the sign-in log (or the SMTP AUTH clients report with its Basic column) shows the
//! account signing in with a password successfully, and the SMTP AUTH switches were not pasted.
//! Why: a success proves the method worked on that day; saying "unknown" beside it would
//! contradict the December answer ("works today"). The date switch still applies: it works
//! until Basic SMTP AUTH is switched off by default, and from then on this reading no longer
//! holds, so the switches decide again.
//! Source: `evidence.md` §1 "How to read it" (a successful `Authenticated SMTP` sign-in is a
//! password sign-in) (inference); rules.md 3.4 date switch.

use super::date_switch;
use crate::rules::sources;
use crate::rules::subject::Subject;
use crate::rules::terms::Protocol;
use crate::rules::timeline::{reached, Milestone};
use crate::rules::verdict::{AuthMethod, Finding, Status, Verdict};

pub const RULE: &str = "SEEN";

/// The verdict for SMTP AUTH with a password when SA1 could not tell and the evidence shows it
/// working; `None` otherwise.
pub fn evaluate(subject: &Subject, unknown: &Verdict) -> Option<Verdict> {
    let applies = unknown.status == Status::Unknown && unknown.auth == AuthMethod::Basic && subject.mailbox.is_some_and(|m| m.seen_working);
    if !applies || reached(Milestone::SmtpBasicDefaultOff, subject.context.as_of) {
        return None;
    }
    let verdict = Verdict::new(Protocol::Smtp, AuthMethod::Basic, Status::Works, RULE, Finding::BasicSmtpSeenWorking, sources::S7_SMTP_AUTH);
    Some(date_switch::apply(verdict, subject.context.as_of))
}
