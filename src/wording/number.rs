//! Numbers people read, in one format per language: `100,000` in English, `100.000` in German
//! (and `200.4` / `200,4` with one decimal). Only what is shown is formatted this way; the JSON,
//! the CSV and the commands keep plain digits.

use super::{pick, Lang};

/// `100000` → `100,000` (English), `100.000` (German).
pub fn number(lang: Lang, n: u64) -> String {
    if n < 1000 {
        return n.to_string();
    }
    format!("{}{}{:03}", number(lang, n / 1000), pick(lang, ',', '.'), n % 1000)
}

/// `2004` tenths → `200.4` (English), `200,4` (German): by integer arithmetic, as a float
/// formatter would link core's float printing into the app (about 4 KB).
pub fn tenths(lang: Lang, tenths: u64) -> String {
    format!("{}{}{}", number(lang, tenths / 10), pick(lang, '.', ','), tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_of_three_from_the_right() {
        assert_eq!(number(Lang::En, u64::MAX), "18,446,744,073,709,551,615");
        assert_eq!(number(Lang::De, 12_345), "12.345");
        assert_eq!((tenths(Lang::En, 12_345), tenths(Lang::De, 7)), ("1,234.5".to_string(), "0,7".to_string()));
    }
}
