//! Who breaks when Microsoft switches SMTP AUTH with a password off by default (rules.md §1.5,
//! §3.4 date switch, §9; evidence.md §6).
//!
//! What: an account that signed in successfully over SMTP AUTH with a password in the window the
//! evidence covers *breaks* at the end of December 2026; one whose password sign-ins all failed,
//! or whose settings already refuse them, is *already failing*; one that uses OAuth, or only
//! other protocols, is *unaffected*; one whose method the evidence does not show is *unknown*.
//!
//! Why: the default change is weeks away, and the sign-in log is the only proof of who still
//! signs in with a password. A failure is not use (evidence.md §1: mostly password spray).
//!
//! What each of them can move to is [`super::way_out`]'s; after the switch no re-enable command
//! is given: the mechanism is undocumented (Message Center MC786329).
//!
//! Source: https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835

use serde::Serialize;

use super::date::Date;
use super::timeline::{reached, Milestone};
use super::verdict::{Status, Verdict};
use crate::model::AccountUsage;
use crate::parse::{Protocol, UsageAuth, UsageProtocol};

/// The CLI's `december` per mailbox.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum December {
    Breaks,
    AlreadyFailing,
    Unaffected,
    #[default]
    Unknown,
}

impl December {
    /// The JSON's and the worksheet's word.
    pub fn code(self) -> &'static str {
        match self {
            December::Breaks => "breaks",
            December::AlreadyFailing => "already-failing",
            December::Unaffected => "unaffected",
            December::Unknown => "unknown",
        }
    }
}

/// The December answer for one account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DecemberAnswer {
    pub december: December,
    /// Successful password sign-ins over SMTP AUTH in the window (messages, for the report).
    pub basic_smtp_successes: u64,
    #[serde(skip)]
    pub last_success: Option<i64>,
    /// The evaluation date is on or after the default change.
    pub after_default_off: bool,
}

/// The answer for an account; `smtp_basic` is its settings verdict for SMTP AUTH with a
/// password, where the paste has settings for it.
pub fn answer(usage: Option<&AccountUsage>, smtp_basic: Option<&Verdict>, as_of: Date) -> DecemberAnswer {
    let after_default_off = reached(Milestone::SmtpBasicDefaultOff, as_of);
    let basic = usage.and_then(|u| u.entry(UsageProtocol::Mail(Protocol::Smtp), UsageAuth::Basic));
    // No SMTP password sign-in in the evidence: none succeeded.
    let successes = basic.map_or(0, |e| e.successes);
    let december = classify(usage, smtp_basic);
    DecemberAnswer { december, basic_smtp_successes: successes, last_success: basic.and_then(|e| e.last_success), after_default_off }
}

fn classify(usage: Option<&AccountUsage>, smtp_basic: Option<&Verdict>) -> December {
    let Some(usage) = usage else { return December::Unknown };
    let smtp = |auth| usage.entry(UsageProtocol::Mail(Protocol::Smtp), auth);
    let refused_by_settings = smtp_basic.is_some_and(|v| v.status == Status::Blocked);
    match smtp(UsageAuth::Basic) {
        Some(entry) if entry.successes > 0 && refused_by_settings => return December::AlreadyFailing,
        Some(entry) if entry.successes > 0 => return December::Breaks,
        Some(entry) if entry.failures > 0 => return December::AlreadyFailing,
        Some(_) => return December::Unknown,
        None => {}
    }
    if smtp(UsageAuth::Unknown).is_some_and(|e| e.successes > 0) {
        return December::Unknown;
    }
    December::Unaffected
}

/// Accounts per answer, and how many already use OAuth for SMTP AUTH.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DecemberSummary {
    pub breaks: usize,
    pub already_failing: usize,
    pub unaffected: usize,
    pub unknown: usize,
    pub oauth: usize,
}

impl DecemberSummary {
    pub fn add(&mut self, december: December, usage: Option<&AccountUsage>) {
        match december {
            December::Breaks => self.breaks += 1,
            December::AlreadyFailing => self.already_failing += 1,
            December::Unaffected => self.unaffected += 1,
            December::Unknown => self.unknown += 1,
        }
        if usage.and_then(|u| u.entry(UsageProtocol::Mail(Protocol::Smtp), UsageAuth::OAuth)).is_some_and(|e| e.successes > 0) {
            self.oauth += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::UsageEntry;
    use crate::rules::terms::Protocol;
    use crate::rules::verdict::{AuthMethod, Finding};

    fn usage(entries: &[(UsageProtocol, UsageAuth, u64, u64)]) -> AccountUsage {
        AccountUsage {
            entries: entries
                .iter()
                .map(|&(protocol, auth, successes, failures)| UsageEntry { protocol: Some(protocol), auth: Some(auth), successes, failures, ..UsageEntry::default() })
                .collect(),
            ..AccountUsage::default()
        }
    }

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap_or_default()
    }

    #[test]
    fn password_successes_break_failures_already_fail() {
        let today = day("2026-12-01");
        let cases = [
            (usage(&[(UsageProtocol::Mail(Protocol::Smtp), UsageAuth::Basic, 3, 1)]), December::Breaks),
            (usage(&[(UsageProtocol::Mail(Protocol::Smtp), UsageAuth::Basic, 0, 2)]), December::AlreadyFailing),
            (usage(&[(UsageProtocol::Mail(Protocol::Smtp), UsageAuth::OAuth, 40, 0)]), December::Unaffected),
            (usage(&[(UsageProtocol::Mail(Protocol::Imap), UsageAuth::Basic, 0, 5)]), December::Unaffected),
            (usage(&[(UsageProtocol::Mail(Protocol::Smtp), UsageAuth::Unknown, 1, 0)]), December::Unknown),
            (usage(&[]), December::Unaffected),
        ];
        for (account, want) in cases {
            assert_eq!(answer(Some(&account), None, today).december, want, "{account:?}");
        }
        assert_eq!(answer(None, None, today).december, December::Unknown);
    }

    #[test]
    fn settings_that_refuse_already_make_successes_fail() {
        let blocked = Verdict::new(Protocol::Smtp, AuthMethod::Basic, Status::Blocked, "SA3", Finding::TenantSmtpAuthDisabled, "");
        let account = usage(&[(UsageProtocol::Mail(Protocol::Smtp), UsageAuth::Basic, 3, 0)]);
        assert_eq!(answer(Some(&account), Some(&blocked), day("2026-12-01")).december, December::AlreadyFailing);
    }

    #[test]
    fn the_answer_knows_whether_the_default_change_has_happened() {
        let account = usage(&[(UsageProtocol::Mail(Protocol::Smtp), UsageAuth::Basic, 3, 0)]);
        let after = |date: &str| answer(Some(&account), None, day(date)).after_default_off;
        assert!(!after("2026-12-30"));
        assert!(after("2026-12-31"));
        assert!(after("2027-01-01"));
    }
}
