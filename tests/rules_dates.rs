//! The date switch for Basic SMTP (rules.md 3.4): a warning up to 2026-12-30, the
//! "check Message Center" state from the end of December 2026 on; OAuth unaffected.

#[path = "fixtures/rules/support.rs"]
mod support;

use exo_auth_analyzer::rules::{AuthMethod, Finding, Protocol, Status, Warning};
use support::*;

fn open_mailbox() -> Vec<exo_auth_analyzer::parse::Record> {
    vec![tenant(V::F, 1), alice_cas(V::T, V::T, Some(V::Blank), 3), alice_user(V::Blank, 10), org_default(V::Blank, 15)]
}

#[test]
fn basic_smtp_warns_before_and_changes_after_the_end_of_december_2026() {
    let cases = [
        ("2026-11-27", "SA5", Warning::SmtpBasicDefaultOff202612),
        ("2026-12-30", "SA5", Warning::SmtpBasicDefaultOff202612),
        ("2026-12-31", "SA-DATE", Warning::SmtpBasicReenableCheckMessageCenter),
        ("2027-01-01", "SA-DATE", Warning::SmtpBasicReenableCheckMessageCenter),
    ];
    for (day, rule, warning) in cases {
        let report = evaluate(open_mailbox(), &on(day));
        let basic = verdict(&report, Some("alice@contoso.com"), Protocol::Smtp, AuthMethod::Basic);
        assert_eq!((basic.status, basic.rule), (Status::Check, rule), "{day}");
        assert_eq!(basic.warnings, [warning], "{day}");
        assert_eq!(report.as_of.to_string(), day);
    }
    let after = evaluate(open_mailbox(), &on("2027-01-01"));
    let basic = verdict(&after, Some("alice@contoso.com"), Protocol::Smtp, AuthMethod::Basic);
    assert_eq!(basic.finding, Finding::BasicSmtpDefaultOffSince { since: date("2026-12-31") });
    assert!(!basic.decided_by.is_empty(), "the Exchange settings that were read are still shown");
}

#[test]
fn oauth_smtp_is_not_touched_by_the_date_switch() {
    for day in ["2026-12-30", "2027-01-01"] {
        let report = evaluate(open_mailbox(), &on(day));
        let oauth = verdict(&report, Some("alice@contoso.com"), Protocol::Smtp, AuthMethod::OAuth);
        assert_eq!((oauth.status, oauth.rule), (Status::Works, "SA9"), "{day}");
        assert!(oauth.warnings.is_empty(), "{day}");
    }
}

#[test]
fn a_blocked_basic_verdict_stays_blocked_across_the_switch() {
    for day in ["2026-12-30", "2027-01-01"] {
        let report = evaluate(vec![tenant(V::T, 1)], &on(day));
        let basic = verdict(&report, None, Protocol::Smtp, AuthMethod::Basic);
        assert_eq!((basic.status, basic.rule), (Status::Blocked, "SA3"), "{day}");
    }
}
