//! Dated facts, in one table. A new announcement is one line here: for example, when Microsoft
//! announces the final SMTP AUTH Basic removal date (promised for the second half of 2027),
//! add `entry(Milestone::SmtpBasicRemoved, Date::from_ymd_unchecked(...), "...")` and every
//! Basic SMTP verdict after that day becomes `blocked`.
//!
//! Source: rules.md section 9 and the sources named per line.

use serde::Serialize;

use super::date::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Milestone {
    /// POP, IMAP (and EAS, EWS, ...) with Basic: disabled for all, no re-enabling (S4, S5).
    PopImapBasicRetired,
    /// Legacy TLS and the `pop-legacy`/`imap-legacy` endpoints: gradual removal starts (S26, S27).
    PopImapLegacyTlsRemovalStarts,
    /// ... and is complete after this day (S26, S27).
    PopImapLegacyTlsRemovalEnds,
    /// "End of December 2026": SMTP AUTH Basic disabled by default for existing tenants;
    /// admins can re-enable it; mechanism not yet documented (S2).
    SmtpBasicDefaultOff,
    /// Final removal: `550 5.7.30 Basic authentication is not supported for Client
    /// Submission.` (S1). Date to be announced in the second half of 2027 (S2).
    SmtpBasicRemoved,
    /// High Volume Email keeps Basic until September 2028 (O S37).
    HighVolumeEmailBasicEnds,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    pub milestone: Milestone,
    pub date: Date,
    pub source: &'static str,
}

const fn entry(milestone: Milestone, date: Date, source: &'static str) -> TimelineEntry {
    TimelineEntry { milestone, date, source }
}

const fn day(year: i32, month: u8, day: u8) -> Date {
    Date::from_ymd_unchecked(year, month, day)
}

pub const TIMELINE: &[TimelineEntry] = &[
    entry(Milestone::PopImapBasicRetired, day(2023, 1, 1), "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online"),
    entry(Milestone::PopImapLegacyTlsRemovalStarts, day(2026, 7, 1), "https://mc.merill.net/message/MC1293480"),
    entry(Milestone::PopImapLegacyTlsRemovalEnds, day(2026, 12, 31), "https://mc.merill.net/message/MC1293480"),
    // "End of December 2026" (S2). Read as the last day: verdicts dated 2026-12-30 still warn.
    entry(Milestone::SmtpBasicDefaultOff, day(2026, 12, 31), "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835"),
    entry(Milestone::HighVolumeEmailBasicEnds, day(2028, 9, 1), "https://petri.com/high-volume-email-delivery-internal-recipients/"),
];

/// When the milestone happens, if it has been announced with a date.
pub fn date_of(milestone: Milestone) -> Option<Date> {
    TIMELINE.iter().find(|e| e.milestone == milestone).map(|e| e.date)
}

/// Whether the milestone has happened on `as_of` (the day itself counts).
pub fn reached(milestone: Milestone, as_of: Date) -> bool {
    date_of(milestone).is_some_and(|date| as_of >= date)
}

/// Where the removal of legacy TLS for POP and IMAP stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LegacyTlsPhase {
    /// Only via the `*-legacy` endpoints with the opt-in.
    LegacyEndpointOnly,
    /// Being removed gradually: expect failure.
    BeingRemoved,
    Removed,
}

pub fn pop_imap_legacy_tls_phase(as_of: Date) -> LegacyTlsPhase {
    let ended = date_of(Milestone::PopImapLegacyTlsRemovalEnds).is_some_and(|end| as_of > end);
    if ended {
        LegacyTlsPhase::Removed
    } else if reached(Milestone::PopImapLegacyTlsRemovalStarts, as_of) {
        LegacyTlsPhase::BeingRemoved
    } else {
        LegacyTlsPhase::LegacyEndpointOnly
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_a_calendar_day() {
        for entry in TIMELINE {
            let date = entry.date;
            assert_eq!(Date::new(date.year(), date.month(), date.day()), Some(date), "{:?}", entry.milestone);
        }
    }

    #[test]
    fn the_final_smtp_removal_is_not_announced_yet() {
        assert_eq!(date_of(Milestone::SmtpBasicRemoved), None);
        assert!(!reached(Milestone::SmtpBasicRemoved, day(2099, 1, 1)));
    }

    #[test]
    fn legacy_tls_phases() {
        let cases = [
            (day(2026, 6, 30), LegacyTlsPhase::LegacyEndpointOnly),
            (day(2026, 7, 1), LegacyTlsPhase::BeingRemoved),
            (day(2026, 11, 27), LegacyTlsPhase::BeingRemoved),
            (day(2026, 12, 31), LegacyTlsPhase::BeingRemoved),
            (day(2027, 1, 1), LegacyTlsPhase::Removed),
        ];
        for (as_of, phase) in cases {
            assert_eq!(pop_imap_legacy_tls_phase(as_of), phase, "{as_of}");
        }
    }
}
