//! When a message was received, in seconds since 1970 UTC ("The time stamps on the output are
//! in UTC", M10): `\/Date(ms)\/` in Windows PowerShell 5.1's JSON, ISO 8601 in PowerShell 7's
//! (powershell-format.md §3.4), and otherwise `DateTime.ToString()` in the writer's culture —
//! tables, lists and Export-Csv (§1.8, §4, §7).
//!
//! A culture-printed date is read in the cultures of [`crate::parse::printed::date`] (en-US,
//! en-GB, de-DE) and the invariant culture's `MM/dd/yyyy HH:mm:ss` (PowerShell on a host without
//! a locale). One that two of them read differently (`05/11/2026 08:15:31`) is read in the one
//! culture every date of its trace fits, once the trace is read; if they fit more than one or
//! none in common, it stays unread: a date is never guessed.

use crate::parse::dotnet_date_millis;
use crate::parse::printed::date::{DateCulture, read_date};
use crate::parse::usage::time;

/// The cultures a date is printed in, one bit each.
const CULTURES: [u8; 4] = [1, 2, 4, 8];
/// Every culture: what a trace's dates fit before any is read.
pub(super) const ANY_CULTURE: u8 = 0b1111;

/// What one `Received` value says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Received {
    At(i64),
    /// Culture-printed, with more than one reading: its trace's other dates may settle it.
    Open,
    Unreadable,
}

/// The value read, and the cultures it fits (none when it is not culture-printed).
pub(super) fn read(text: &str) -> (Received, u8) {
    let text = text.trim();
    if text.starts_with("/Date(") {
        let at = dotnet_date_millis(text).map(|ms| ms.div_euclid(1000));
        return (at.map_or(Received::Unreadable, Received::At), 0);
    }
    let fits = CULTURES.into_iter().filter(|&culture| read_in(text, culture).is_some()).fold(0, |fits, culture| fits | culture);
    if fits == 0 {
        // ISO 8601 and the other forms the evidence readers know.
        return (time::read(text).map_or(Received::Unreadable, Received::At), 0);
    }
    let mut readings = CULTURES.into_iter().filter(|&culture| fits & culture != 0).filter_map(|culture| read_in(text, culture));
    let first = readings.next();
    let reading = match first {
        Some(at) if readings.all(|other| other == at) => Received::At(at),
        _ => Received::Open,
    };
    (reading, fits)
}

/// The one culture `fits` leaves, if it leaves exactly one.
pub(super) fn culture(fits: u8) -> Option<u8> {
    (fits.count_ones() == 1).then_some(fits)
}

/// `text` read in one culture (a bit of [`CULTURES`]).
pub(super) fn read_in(text: &str, culture: u8) -> Option<i64> {
    let culture = match culture {
        1 => DateCulture::EnUs,
        2 => DateCulture::EnGb,
        4 => DateCulture::DeDe,
        8 => return time::invariant(text),
        _ => return None,
    };
    read_date(text, culture).and_then(time::utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    const AT: i64 = 1_795_162_531; // 2026-11-20T08:15:31Z

    #[test]
    fn json_and_iso_dates_carry_no_culture() {
        assert_eq!(read("/Date(1795162531000)/"), (Received::At(AT), 0));
        assert_eq!(read("2026-11-20T08:15:31Z"), (Received::At(AT), 0));
        assert_eq!(read("2026-11-20T08:15:31.1234567"), (Received::At(AT), 0));
        assert_eq!(read("/Date(x)/").0, Received::Unreadable);
        assert_eq!(read("").0, Received::Unreadable);
        assert_eq!(read("Delivered").0, Received::Unreadable);
    }

    #[test]
    fn a_date_one_culture_reads_is_read() {
        assert_eq!(read("11/20/2026 8:15:31 AM"), (Received::At(AT), 1));
        assert_eq!(read("20.11.2026 08:15:31"), (Received::At(AT), 4));
        assert_eq!(read("20/11/2026 08:15:31"), (Received::At(AT), 2));
        assert_eq!(read("11/20/2026 08:15:31"), (Received::At(AT), 8));
        // The 1st of January reads the same in en-GB and the invariant culture.
        assert_eq!(read("01/01/2026 00:00:00"), (Received::At(1_767_225_600), 2 | 8));
    }

    #[test]
    fn a_date_two_cultures_read_differently_waits_for_its_trace() {
        let (reading, fits) = read("05/11/2026 08:15:31");
        assert_eq!((reading, fits), (Received::Open, 2 | 8));
        assert_eq!(culture(fits & 2), Some(2));
        assert_eq!(culture(fits), None);
        assert_eq!(read_in("05/11/2026 08:15:31", 2), Some(1_793_866_531)); // 5 November
        assert_eq!(read_in("05/11/2026 08:15:31", 8), Some(1_778_487_331)); // 11 May
    }
}
