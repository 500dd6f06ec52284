//! Timestamps of sign-in logs and usage reports, as seconds since 1970-01-01 UTC.
//!
//! The portal, Graph and Azure Monitor write ISO 8601 in UTC (`2026-11-20T08:15:31.6195833Z`;
//! evidence.md §1: "timestamps UTC"); Log Analytics' CSV export writes
//! `11/20/2026, 8:15:31.000 AM` under `TimeGenerated [UTC]`; PowerShell prints dates in the
//! console's culture (`02/07/2024 04:18:26`, evidence.md §2), read by [`crate::parse::printed::date`] only where
//! the text names its culture. A date that could be read two ways is not read.

use crate::parse::printed::date::{PrintedDate, date_in};

/// The instant `text` shows, or `None` when it is not a timestamp that can be read for sure.
pub(in crate::parse) fn read(text: &str) -> Option<i64> {
    let text = text.trim();
    if let Some(reading) = padded_slashes(text) {
        return reading;
    }
    iso(text).or_else(|| log_analytics(text)).or_else(|| culture(text))
}

/// `MM/dd/yyyy HH:mm:ss`, the invariant culture's general format (`Get-EntraAuditSignInLogs`
/// prints `02/07/2024 04:18:26`), which en-GB's `dd/MM/yyyy HH:mm:ss` looks exactly like: read
/// only when one of the two readings is not a date. `None` when the text has another shape,
/// `Some(None)` when it has this one but could be either.
fn padded_slashes(text: &str) -> Option<Option<i64>> {
    let (invariant, british) = padded_slash_readings(text)?;
    Some(match (invariant, british) {
        (Some(at), None) | (None, Some(at)) => Some(at),
        (Some(a), Some(b)) if a == b => Some(a),
        _ => None,
    })
}

/// Which order a log's `nn/nn/yyyy HH:mm:ss` dates are in: told by a date of the same log that
/// only one order reads (`02/13/2024`: month first; `13/02/2024`: day first), as rule 20 of
/// powershell-format.md §8 asks (the paste's other dates decide). Without one, or with both, a
/// date that reads two ways stays unread.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(in crate::parse) struct PaddedOrder {
    month_first: bool,
    day_first: bool,
}

impl PaddedOrder {
    /// Learns from one more date of the log.
    pub(in crate::parse) fn learn(&mut self, text: &str) {
        if let Some((invariant, british)) = padded_slash_readings(text.trim()) {
            self.month_first |= british.is_none() && invariant.is_some();
            self.day_first |= invariant.is_none() && british.is_some();
        }
    }

    /// A date that reads two ways, read in the order the log told: `Some(Some(at))`, or
    /// `Some(None)` when the log leaves it open; `None` for any other text.
    pub(in crate::parse) fn read(self, text: &str) -> Option<Option<i64>> {
        let (invariant, british) = padded_slash_readings(text.trim())?;
        if invariant.is_none() || british.is_none() || invariant == british {
            return None;
        }
        Some(match (self.month_first, self.day_first) {
            (true, false) => invariant,
            (false, true) => british,
            _ => None,
        })
    }
}

/// The invariant culture's reading of `MM/dd/yyyy HH:mm:ss` (what PowerShell prints where the
/// culture is the invariant one, as on a Linux or macOS host without a locale).
pub(in crate::parse) fn invariant(text: &str) -> Option<i64> {
    padded_slash_readings(text.trim())?.0
}

/// The invariant and the British reading of `nn/nn/yyyy HH:mm:ss`; `None` for another shape.
/// Out of line: every reader of the form calls it.
#[inline(never)]
fn padded_slash_readings(text: &str) -> Option<(Option<i64>, Option<i64>)> {
    let (date, clock) = text.split_once(' ')?;
    let mut parts = date.split('/');
    let (first, second, year) = (parts.next()?, parts.next()?, parts.next()?);
    if first.len() != 2 || second.len() != 2 || year.len() != 4 || clock.len() != 8 || parts.next().is_some() {
        return None;
    }
    let (first, second, year) = (number(first)?, number(second)?, number(year)?);
    let (hour, minute, second_of_minute) = clock_parts(clock)?;
    Some((seconds(year, first, second, hour, minute, second_of_minute), seconds(year, second, first, hour, minute, second_of_minute)))
}

/// `YYYY-MM-DD`, optionally `T` or space and `hh:mm[:ss[.fraction]]`, then `Z`, `±hh:mm` or
/// nothing (read as UTC, which is what these exports write).
fn iso(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    if bytes.len() < 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return None;
    }
    let year = number(text.get(0..4)?)?;
    let month = number(text.get(5..7)?)?;
    let day = number(text.get(8..10)?)?;
    let rest = text.get(10..)?;
    if rest.is_empty() {
        return seconds(year, month, day, 0, 0, 0);
    }
    let rest = rest.strip_prefix(['T', ' '])?;
    let (clock, zone) = split_zone(rest)?;
    let (hour, minute, second) = clock_parts(clock)?;
    seconds(year, month, day, hour, minute, second).map(|s| s - zone)
}

/// The clock part and the zone offset in seconds east of UTC.
fn split_zone(text: &str) -> Option<(&str, i64)> {
    if let Some(clock) = text.strip_suffix(['Z', 'z']) {
        return Some((clock, 0));
    }
    let sign_at = text.rfind(['+', '-']);
    match sign_at {
        Some(at) if at >= 5 => {
            let (clock, zone) = text.split_at(at);
            let negative = zone.starts_with('-');
            let digits = zone.get(1..)?.replace(':', "");
            let hours = number(digits.get(0..2)?)?;
            let minutes = digits.get(2..4).map_or(Some(0), number)?;
            let offset = hours * 3600 + minutes * 60;
            Some((clock, if negative { -offset } else { offset }))
        }
        _ => Some((text, 0)),
    }
}

/// `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fraction` (the fraction is dropped).
fn clock_parts(text: &str) -> Option<(i64, i64, i64)> {
    let whole = text.split('.').next()?;
    let mut parts = whole.split(':');
    let hour = number(parts.next()?)?;
    let minute = number(parts.next()?)?;
    let second = parts.next().map_or(Some(0), number)?;
    if parts.next().is_some() || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    Some((hour, minute, second))
}

/// Log Analytics' export: `11/20/2026, 8:15:31.000 AM` (en-US, always UTC).
fn log_analytics(text: &str) -> Option<i64> {
    let (date, clock) = text.split_once(", ")?;
    let mut parts = date.split('/');
    let (month, day, year) = (number(parts.next()?)?, number(parts.next()?)?, number(parts.next()?)?);
    let (clock, half) = clock.rsplit_once(' ')?;
    let (hour, minute, second) = clock_parts(clock)?;
    let hour = match (half, hour) {
        ("AM", 12) => 0,
        ("AM", h) if h < 12 => h,
        ("PM", 12) => 12,
        ("PM", h) if h < 12 => h + 12,
        _ => return None,
    };
    seconds(year, month, day, hour, minute, second)
}

/// A culture-formatted date, read where its format tells the culture.
fn culture(text: &str) -> Option<i64> {
    utc(date_in(text, None)?)
}

/// A printed date and time taken as UTC, in seconds since 1970.
pub(in crate::parse) fn utc(printed: PrintedDate) -> Option<i64> {
    // A date printed without a time: midnight.
    let (hour, minute, second) = printed.time.unwrap_or((0, 0, 0));
    seconds(i64::from(printed.year), i64::from(printed.month), i64::from(printed.day), i64::from(hour), i64::from(minute), i64::from(second))
}

fn number(text: &str) -> Option<i64> {
    if text.is_empty() || text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Seconds since 1970 of a civil UTC time (H. Hinnant's `days_from_civil`).
fn seconds(year: i64, month: i64, day: i64, hour: i64, minute: i64, second: i64) -> Option<i64> {
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y.rem_euclid(400);
    let shifted_month = (month + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    Some(days * 86_400 + hour * 3600 + minute * 60 + second)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        _ => 28,
    }
}

/// `2026-11-20T08:15:31Z`: how every front end writes a timestamp.
pub fn iso_utc(seconds: i64) -> String {
    let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
    let of_day = seconds.rem_euclid(86_400);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", of_day / 3600, of_day % 3600 / 60, of_day % 60)
}

/// Year, month and day of a count of days since 1970-01-01 (H. Hinnant's `civil_from_days`).
/// Counts beyond about ±2.7 billion years are clamped, so the arithmetic cannot overflow.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days.clamp(-1_000_000_000_000, 1_000_000_000_000) + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (year_of_era + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_the_exports_write() {
        let want = Some(1_795_162_531); // 2026-11-20T08:15:31Z
        for text in [
            "2026-11-20T08:15:31Z",
            "2026-11-20T08:15:31.6195833Z",
            "2026-11-20T09:15:31+01:00",
            "2026-11-20 08:15:31",
            "11/20/2026, 8:15:31.000 AM",
            "11/20/2026 8:15:31 AM",
            "20.11.2026 08:15:31",
        ] {
            assert_eq!(read(text), want, "{text}");
        }
        assert_eq!(read("2026-11-20"), Some(1_795_132_800));
    }

    #[test]
    fn refuses_what_is_not_a_timestamp_for_sure() {
        assert_eq!(read("11/20/2026 08:15:31"), Some(1_795_162_531), "invariant culture, as Get-EntraAuditSignInLogs prints");
        assert_eq!(read("20/11/2026 08:15:31"), Some(1_795_162_531), "en-GB");
        for text in ["", "Success", "2026-13-01", "2026-02-30T00:00:00Z", "10/11/2024", "02/07/2024 04:18:26", "11/20/2026, 13:00:00 PM", "2026-11-20T25:00:00Z"] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn writes_iso_around_the_december_switch() {
        for text in ["2026-12-30T23:59:59Z", "2026-12-31T00:00:00Z", "2027-01-01T00:00:00Z", "2024-02-29T12:00:00Z", "1969-12-31T23:59:59Z"] {
            assert_eq!(read(text).map(iso_utc).as_deref(), Some(text));
        }
    }
}
