//! Keeping the password for now.
//!
//! What: *check* before the default change (it buys the days until then, nothing more); *no*
//! from the default change on (turning Basic SMTP AUTH back on is not documented, so no command
//! is given) and for an account whose password sign-ins all fail already. Never recommended.
//! Why: the admin needs to know how long the password still works, not a reason to wait.
//! Source: `../shared/migration.md` §1 (M9); `rules.md` §9.

use super::{Facts, Fit, Why};

pub fn fit(facts: &Facts) -> (Fit, Why) {
    if facts.after_default_off {
        (Fit::No, Why::DefaultAlreadyOff)
    } else if facts.already_failing {
        (Fit::No, Why::AlreadyFailing)
    } else {
        (Fit::Check, Why::BuysDaysOnly)
    }
}
