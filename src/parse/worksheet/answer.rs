//! The admin's own answers about an account that signs in with a password: what signs in and
//! whether it sends outside the organization (`../shared/migration.md` §1). They come back from
//! the worksheet when it is pasted or opened again, or are given on the page; where there is
//! none, the evidence is read instead, and where that says nothing, the answer is "unknown".

use std::sync::Arc;

use serde::Serialize;

/// What signs in with the account's password.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sender {
    /// A printer, scanner or other appliance: its firmware decides what it can do.
    Device,
    /// An application or service the organization runs or controls.
    App,
    /// A person's mail program.
    Person,
    #[default]
    Unknown,
}

impl Sender {
    pub const ALL: [Sender; 4] = [Sender::Device, Sender::App, Sender::Person, Sender::Unknown];

    /// `device`, `app`, `person` or `unknown`: the worksheet's and the JSON's word.
    pub fn code(self) -> &'static str {
        match self {
            Sender::Device => "device",
            Sender::App => "app",
            Sender::Person => "person",
            Sender::Unknown => "unknown",
        }
    }

    /// A worksheet cell: the code in any case (German words too); blank is `Unknown`; anything
    /// else is `None`.
    pub fn parse(cell: &str) -> Option<Sender> {
        let cell = cell.trim();
        if cell.is_empty() {
            return Some(Sender::Unknown);
        }
        let is = |words: &[&str]| words.iter().any(|w| cell.eq_ignore_ascii_case(w));
        if is(&["device", "gerät", "geraet"]) {
            Some(Sender::Device)
        } else if is(&["app", "application", "anwendung"]) {
            Some(Sender::App)
        } else if is(&["person", "user", "benutzer"]) {
            Some(Sender::Person)
        } else if is(&["unknown", "unbekannt", "?"]) {
            Some(Sender::Unknown)
        } else {
            None
        }
    }
}

/// A worksheet's "Sends outside" cell: `yes`/`no` in any case (German too); blank is unknown
/// (`Some(None)`); anything else is `None`.
pub fn parse_sends_outside(cell: &str) -> Option<Option<bool>> {
    let cell = cell.trim();
    let is = |words: &[&str]| words.iter().any(|w| cell.eq_ignore_ascii_case(w));
    if cell.is_empty() || is(&["unknown", "unbekannt", "?"]) {
        Some(None)
    } else if is(&["yes", "ja", "true", "y"]) {
        Some(Some(true))
    } else if is(&["no", "nein", "false", "n"]) {
        Some(Some(false))
    } else {
        None
    }
}

/// What the admin said about one account.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answer {
    pub sender: Sender,
    pub sends_outside: Option<bool>,
    /// The worksheet's status column, as the admin wrote it: carried into the next worksheet.
    pub status: Option<Arc<str>>,
}

impl Answer {
    /// True when it says nothing.
    pub fn is_empty(&self) -> bool {
        self.sender == Sender::Unknown && self.sends_outside.is_none() && self.status.is_none()
    }

    /// Whether `other` gives a value this answer gives too, differently.
    pub fn contradicts(&self, other: &Answer) -> bool {
        (self.sender != Sender::Unknown && other.sender != Sender::Unknown && self.sender != other.sender)
            || matches!((self.sends_outside, other.sends_outside), (Some(a), Some(b)) if a != b)
            || matches!((&self.status, &other.status), (Some(a), Some(b)) if a != b)
    }

    /// This answer with every value `other` gives taking its place.
    pub fn overlaid(&self, other: &Answer) -> Answer {
        Answer {
            sender: if other.sender == Sender::Unknown { self.sender } else { other.sender },
            sends_outside: other.sends_outside.or(self.sends_outside),
            status: other.status.clone().or_else(|| self.status.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_in_either_language_and_blank_is_unknown() {
        assert_eq!(Sender::parse(" Device "), Some(Sender::Device));
        assert_eq!(Sender::parse("Gerät"), Some(Sender::Device));
        assert_eq!(Sender::parse(""), Some(Sender::Unknown));
        assert_eq!(Sender::parse("printer"), None);
        assert_eq!(parse_sends_outside("YES"), Some(Some(true)));
        assert_eq!(parse_sends_outside("nein"), Some(Some(false)));
        assert_eq!(parse_sends_outside(""), Some(None));
        assert_eq!(parse_sends_outside("sometimes"), None);
    }

    #[test]
    fn a_later_answer_overrides_only_what_it_says() {
        let sheet = Answer { sender: Sender::Device, sends_outside: Some(true), status: Some("ordered".into()) };
        let page = Answer { sends_outside: Some(false), ..Answer::default() };
        let both = sheet.overlaid(&page);
        assert_eq!((both.sender, both.sends_outside, both.status.as_deref()), (Sender::Device, Some(false), Some("ordered")));
        assert!(sheet.contradicts(&page), "yes, then no");
        assert!(!page.contradicts(&Answer { sender: Sender::App, ..page.clone() }), "a value given once is no contradiction");
        assert!(!sheet.contradicts(&Answer::default()));
    }
}
