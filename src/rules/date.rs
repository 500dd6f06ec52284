//! A civil date (proleptic Gregorian, no time zone): enough to compare the evaluation date with
//! the timeline. No external crate, so it builds the same natively and in wasm.

use std::fmt;

use serde::{Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order matters: the derived ordering compares year, then month, then day.
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a date; worded where it is said (`wording::cli_refusal`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not `YYYY-MM-DD`.
    Format(String),
    /// A month or day that does not exist (`2026-02-30`).
    OutOfRange(String),
}

impl Date {
    /// For the timeline table only: the values are checked by a test, not at run time.
    pub(crate) const fn from_ymd_unchecked(year: i32, month: u8, day: u8) -> Self {
        Date { year, month, day }
    }

    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Strict `YYYY-MM-DD` (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let format_error = || DateError::Format(text.to_string());
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes.get(4) == Some(&b'-')
            && bytes.get(7) == Some(&b'-')
            && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(format_error());
        }
        let number = |range: std::ops::Range<usize>| text.get(range).and_then(|s| s.parse::<u32>().ok());
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
            return Err(format_error());
        };
        let (Ok(year), Ok(month), Ok(day)) = (i32::try_from(year), u8::try_from(month), u8::try_from(day)) else {
            return Err(format_error());
        };
        Date::new(year, month, day).ok_or_else(|| DateError::OutOfRange(text.to_string()))
    }

    /// The civil date of a count of days since 1970-01-01.
    pub fn from_days_since_unix_epoch(days: i64) -> Self {
        let (year, month, day) = crate::parse::civil_from_days(days);
        Date {
            // A year beyond i32 saturates; `civil_from_days` gives months 1-12 and days 1-31.
            year: i32::try_from(year).unwrap_or(if year < 0 { i32::MIN } else { i32::MAX }),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

    /// The UTC date of a Unix time in seconds.
    pub fn from_unix_seconds(seconds: i64) -> Self {
        Date::from_days_since_unix_epoch(seconds.div_euclid(86_400))
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Default for Date {
    /// The Unix epoch: a placeholder for an empty report, never an evaluation date.
    fn default() -> Self {
        Date { year: 1970, month: 1, day: 1 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats() {
        for text in ["2026-11-27", "2024-02-29", "0001-01-01", "2027-01-01"] {
            assert_eq!(Date::parse(text).map(|d| d.to_string()), Ok(text.to_string()));
        }
    }

    #[test]
    fn refuses_what_is_not_a_calendar_day() {
        for text in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-1", "26-11-27", "2026/11/27", "２026-11-27", ""] {
            assert!(Date::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn orders_by_calendar() {
        let d = |t| Date::parse(t).expect("date");
        assert!(d("2026-12-30") < d("2026-12-31"));
        assert!(d("2026-12-31") < d("2027-01-01"));
        assert!(d("2026-02-01") > d("2026-01-31"));
    }

    #[test]
    fn converts_unix_days() {
        assert_eq!(Date::from_days_since_unix_epoch(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_seconds(1_795_737_600).to_string(), "2026-11-27");
        assert_eq!(Date::from_days_since_unix_epoch(-1).to_string(), "1969-12-31");
        assert_eq!(Date::from_days_since_unix_epoch(11_016).to_string(), "2000-02-29");
        let _ = (Date::from_days_since_unix_epoch(i64::MAX), Date::from_unix_seconds(i64::MIN));
    }
}
