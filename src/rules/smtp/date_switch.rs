//! Date switch for Basic SMTP (rules.md 3.4), driven by [`crate::rules::timeline`]:
//!
//! - before the end of December 2026: a warning on every Basic SMTP verdict ("switched off by
//!   default at the end of December 2026 unless re-enabled");
//! - from then on: existing tenants have it "disabled by default" and admins "will still be able
//!   to enable it", by a mechanism no source documents yet → `check`, "see Message Center
//!   MC786329" (S2);
//! - after the final removal date (not announced yet): `blocked`
//!   (`550 5.7.30 Basic authentication is not supported for Client Submission.`, S1).
//!
//! Source: https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835

use crate::rules::date::Date;
use crate::rules::sources;
use crate::rules::terms::Protocol;
use crate::rules::timeline::{date_of, Milestone};
use crate::rules::verdict::{AuthMethod, Finding, Status, Verdict, Warning};

pub const RULE: &str = "SA-DATE";

pub fn apply(mut verdict: Verdict, as_of: Date) -> Verdict {
    if let Some(removed) = date_of(Milestone::SmtpBasicRemoved).filter(|date| as_of >= *date) {
        verdict.status = Status::Blocked;
        verdict.rule = RULE;
        verdict.finding = Finding::BasicSmtpRemoved { since: removed };
        verdict.source = sources::S2_SMTP_TIMELINE_2026;
        verdict.checks.clear();
        return verdict;
    }
    // Blocked already (SA6: security defaults), it keeps its reason and does not "work today".
    if verdict.status == Status::Blocked {
        return verdict;
    }
    match date_of(Milestone::SmtpBasicDefaultOff) {
        Some(off) if as_of >= off => {
            verdict.rule = RULE;
            verdict.finding = Finding::BasicSmtpDefaultOffSince { since: off };
            verdict.source = sources::S2_SMTP_TIMELINE_2026;
            verdict.warn(Warning::SmtpBasicReenableCheckMessageCenter)
        }
        Some(_) => verdict.warn(Warning::SmtpBasicDefaultOff202612),
        None => verdict,
    }
}

/// The date a fix carries when it makes SMTP AUTH with a password work: until the default
/// change it holds only until then; after it, turning Basic back on is undocumented; after
/// the final removal no fix helps (the verdicts then say so themselves).
pub fn password_fix_warning(verdicts: &[Verdict], as_of: Date) -> Option<Warning> {
    let relies_on_password =
        verdicts.iter().any(|v| v.protocol == Protocol::Smtp && v.auth == AuthMethod::Basic && v.status != Status::Works && !v.fixes.is_empty());
    if !relies_on_password || date_of(Milestone::SmtpBasicRemoved).is_some_and(|date| as_of >= date) {
        return None;
    }
    match date_of(Milestone::SmtpBasicDefaultOff) {
        Some(off) if as_of >= off => Some(Warning::SmtpBasicReenableCheckMessageCenter),
        Some(_) => Some(Warning::PasswordFixHoldsUntil202612),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fix::Fix;

    #[test]
    fn a_password_fix_is_dated_by_the_timeline() {
        let blocked = Verdict::new(Protocol::Smtp, AuthMethod::Basic, Status::Blocked, "SA3", Finding::TenantSmtpAuthDisabled, "")
            .fix(Fix::EnableSmtpAuthForMailbox);
        let verdicts = [blocked.clone()];
        assert_eq!(password_fix_warning(&verdicts, Date::from_ymd_unchecked(2026, 12, 1)), Some(Warning::PasswordFixHoldsUntil202612));
        assert_eq!(password_fix_warning(&verdicts, Date::from_ymd_unchecked(2027, 1, 2)), Some(Warning::SmtpBasicReenableCheckMessageCenter));
        let oauth = Verdict { auth: AuthMethod::OAuth, ..blocked };
        assert_eq!(password_fix_warning(&[oauth], Date::from_ymd_unchecked(2026, 12, 1)), None);
    }
}
