//! Dates as the console and Export-Csv print them: `DateTime.ToString()` in the writer's culture
//! (powershell-format.md §1.8, §4, §7; §8 rule 19 "dates … must be parsed with a culture guess"
//! and rule 20 "en-US, en-GB, de-DE"). The general format ("G": short date, long time) and the
//! short date alone are read:
//!
//! | culture | printed |
//! |---|---|
//! | en-US | `1/15/2024 10:20:30 AM`, `1/15/2024` |
//! | en-GB | `15/01/2024 10:20:30`, `15/01/2024` |
//! | de-DE | `15.01.2024 10:20:30`, `15.01.2024` |
//!
//! These formats mostly name their culture themselves: dots, AM/PM, a zero-padded day first.
//! The hints rule 20 lists (a `;` CSV, `WARNUNG:`, a transcript header) point at German, whose
//! dots tell already, and a German UI can run with any formatting culture (§7), so they are
//! not used. What a value leaves open (`10/11/2024` is 11 October in en-US and 10 November in
//! en-GB) the other dates of the paste decide, or nothing does: a date is never guessed.
//! The property keeps its raw text; this is a reading beside it.

use crate::parse::{Parsed, Value};

/// A formatting culture whose dates are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateCulture {
    EnUs,
    EnGb,
    DeDe,
}

impl DateCulture {
    const ALL: [DateCulture; 3] = [DateCulture::EnUs, DateCulture::EnGb, DateCulture::DeDe];
}

/// A calendar date, and the time of day when one was printed, in the writer's local time
/// (the text carries no zone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrintedDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    /// Hours (0-23), minutes, seconds.
    pub time: Option<(u8, u8, u8)>,
}

impl PrintedDate {
    /// ISO 8601 without a zone: `2024-01-15T10:20:30`, or `2024-01-15`.
    pub fn iso(&self) -> String {
        let date = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        match self.time {
            Some((hours, minutes, seconds)) => format!("{date}T{hours:02}:{minutes:02}:{seconds:02}"),
            None => date,
        }
    }
}

/// The culture of a paste's dates: the only one that all its date values fit. `None` when
/// they fit no culture in common, or more than one.
pub fn paste_date_culture(parsed: &Parsed) -> Option<DateCulture> {
    let mut common = [true; 3];
    let mut any = false;
    let texts = parsed.records.iter().flat_map(|r| &r.properties).filter_map(|p| match &p.value {
        Value::Text(text) => Some(&**text),
        _ => None,
    });
    for text in texts {
        let fits = DateCulture::ALL.map(|culture| read_date(text, culture).is_some());
        if fits.contains(&true) {
            any = true;
            for (common, fits) in common.iter_mut().zip(fits) {
                *common &= fits;
            }
        }
    }
    let mut cultures = DateCulture::ALL.iter().zip(common).filter(|(_, fits)| *fits);
    match (any, cultures.next(), cultures.next()) {
        (true, Some((&culture, _)), None) => Some(culture),
        _ => None,
    }
}

/// The date `text` shows: read in the only culture it fits or, when it fits several, in the
/// paste's culture (from [`paste_date_culture`]); `None` when that does not settle it.
pub fn date_in(text: &str, paste: Option<DateCulture>) -> Option<PrintedDate> {
    let mut readings = DateCulture::ALL.into_iter().filter_map(|culture| read_date(text, culture).map(|date| (culture, date)));
    let first = readings.next()?;
    let Some(second) = readings.next() else { return Some(first.1) };
    let paste = paste?;
    [first, second].into_iter().chain(readings).find(|(culture, _)| *culture == paste).map(|(_, date)| date)
}

/// `text` read in `culture`'s general or short date format, strictly: en-US never pads month,
/// day or hour; en-GB and de-DE always pad and count hours to 23. Whatever else it could be: a
/// message trace's dates are read in the one culture all of them fit.
pub(in crate::parse) fn read_date(text: &str, culture: DateCulture) -> Option<PrintedDate> {
    let text = text.trim();
    let (date, time) = match text.split_once(' ') {
        Some((date, time)) => (date, Some(time)),
        None => (text, None),
    };
    let separator = if culture == DateCulture::DeDe { '.' } else { '/' };
    let mut parts = date.split(separator);
    let (first, second, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    let year: u16 = digits(year)?;
    let (month, day) = match culture {
        DateCulture::EnUs => (unpadded(first)?, unpadded(second)?),
        DateCulture::EnGb | DateCulture::DeDe => (padded(second)?, padded(first)?),
    };
    if year == 0 || !(1..=12).contains(&month) || day == 0 || day > last_day(year, month) {
        return None;
    }
    let time = match time {
        None => None,
        Some(time) if culture == DateCulture::EnUs => Some(twelve_hour_time(time)?),
        Some(time) => Some(clock_time(time, padded)?),
    };
    Some(PrintedDate { year, month, day, time })
}

/// `h:mm:ss AM`: the space before AM/PM may be a no-break one (U+00A0, or U+202F from newer ICU).
fn twelve_hour_time(text: &str) -> Option<(u8, u8, u8)> {
    let (clock, afternoon) = match (text.strip_suffix("AM"), text.strip_suffix("PM")) {
        (Some(clock), _) => (clock, false),
        (_, Some(clock)) => (clock, true),
        _ => return None,
    };
    let clock = clock.strip_suffix(char::is_whitespace)?;
    let (hours, minutes, seconds) = clock_time(clock, unpadded)?;
    if !(1..=12).contains(&hours) {
        return None;
    }
    let hours = match (hours, afternoon) {
        (12, false) => 0,
        (12, true) => 12,
        (hours, false) => hours,
        (hours, true) => hours + 12,
    };
    Some((hours, minutes, seconds))
}

/// `HH:mm:ss` with the hour read by `hour`.
fn clock_time(text: &str, hour: fn(&str) -> Option<u8>) -> Option<(u8, u8, u8)> {
    let mut parts = text.split(':');
    let (hours, minutes, seconds) = (hour(parts.next()?)?, padded(parts.next()?)?, padded(parts.next()?)?);
    let valid = parts.next().is_none() && hours <= 23 && minutes <= 59 && seconds <= 59;
    valid.then_some((hours, minutes, seconds))
}

/// Two digits, zero-padded: `05`.
fn padded(text: &str) -> Option<u8> {
    if text.len() != 2 {
        return None;
    }
    digits(text)
}

/// One or two digits without a leading zero: `5`, `12`.
fn unpadded(text: &str) -> Option<u8> {
    if text.is_empty() || text.len() > 2 || text.starts_with('0') {
        return None;
    }
    digits(text)
}

fn digits<N: std::str::FromStr>(text: &str) -> Option<N> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn last_day(year: u16, month: u8) -> u8 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::DateCulture::*;
    use super::*;
    use crate::parse::parse;

    fn iso(text: &str, culture: DateCulture) -> Option<String> {
        read_date(text, culture).map(|date| date.iso())
    }

    #[test]
    fn reads_each_cultures_general_and_short_format() {
        assert_eq!(iso("1/15/2024 10:20:30 AM", EnUs).as_deref(), Some("2024-01-15T10:20:30"));
        assert_eq!(iso("1/15/2024 12:05:00 AM", EnUs).as_deref(), Some("2024-01-15T00:05:00"));
        assert_eq!(iso("12/31/2024 1:02:03\u{202F}PM", EnUs).as_deref(), Some("2024-12-31T13:02:03"));
        assert_eq!(iso("15/01/2024 22:20:30", EnGb).as_deref(), Some("2024-01-15T22:20:30"));
        assert_eq!(iso("15.01.2024 10:20:30", DeDe).as_deref(), Some("2024-01-15T10:20:30"));
        assert_eq!(iso("29.02.2024", DeDe).as_deref(), Some("2024-02-29"));
        for (text, culture) in [
            ("01/15/2024 10:20:30 AM", EnUs),
            ("1/15/2024 10:20:30", EnUs),
            ("15/1/2024 10:20:30", EnGb),
            ("15/01/2024 10:20:30 AM", EnGb),
            ("29.02.2023", DeDe),
            ("15.01.24", DeDe),
            ("15.01.2024 24:00:00", DeDe),
            ("7.00:00:00", DeDe),
            ("1/1/2024 13:00:00 PM", EnUs),
        ] {
            assert_eq!(read_date(text, culture), None, "{text} in {culture:?}");
        }
    }

    #[test]
    fn an_open_value_is_settled_by_the_paste_or_left_unread() {
        assert_eq!(date_in("10/11/2024", None), None, "October or November: never guessed");
        assert_eq!(date_in("10/11/2024", Some(EnGb)).map(|d| d.iso()).as_deref(), Some("2024-11-10"));
        assert_eq!(date_in("3/4/2024", None).map(|d| d.iso()).as_deref(), Some("2024-03-04"), "en-US only: unpadded");
        let us = parse("WhenCreated : 10/11/2024\nWhenChanged : 1/15/2024 10:20:30 AM\nName        : x\n");
        assert_eq!(paste_date_culture(&us), Some(EnUs));
        let open = parse("WhenCreated : 10/11/2024\nName        : x\n");
        assert_eq!(paste_date_culture(&open), None);
        let mixed = parse("WhenCreated : 15.01.2024\nWhenChanged : 1/15/2024 10:20:30 AM\n");
        assert_eq!(paste_date_culture(&mixed), None);
    }
}
