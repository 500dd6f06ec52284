//! What the command line refuses in its arguments, or could not do, said on standard error
//! after `exo-auth-analyzer: `. In English: the options are read before `--lang` is known.

use crate::rules::{ClientScenario, DateError};

/// The command line's refusal, with the value it is about.
#[derive(Debug)]
pub enum CliRefusal<'a> {
    /// `check`: the option, given without its value.
    NeedsValue(&'a str),
    /// `check --format` with a format it does not write.
    UnknownFormat(&'a str),
    /// `check --lang` with a language it does not speak.
    UnknownLang(&'a str),
    /// `check --as-of` with a text that is not a date.
    BadDate(&'a DateError),
    /// `check` without `--as-of` on a system whose clock reads a time before 1970: no today.
    ClockBeforeEpoch,
    /// `check --client` with no scenario of that code.
    UnknownClient(&'a str),
    /// `check` with an option it does not have.
    UnknownOption(&'a str),
    /// A named file (or standard input, `-`) that could not be read, and why.
    CannotRead(&'a str, &'a std::io::Error),
    /// The input, over the longest text read (`parse::MAX_TEXT_BYTES`).
    TooLarge,
    /// `parse --format` without its value.
    ParseNeedsFormat,
    /// `parse --format` with a format it does not write.
    ParseUnknownFormat(&'a str),
    /// `parse` with an option it does not have.
    ParseUnknownOption(&'a str),
}

/// `parse`'s reminder of its usage, after each of its refusals.
const PARSE_USAGE: &str = "usage: exo-auth-analyzer parse [--format json|text] [FILE|-]...";

/// The refusal worded.
pub fn cli_refusal(refusal: CliRefusal<'_>) -> String {
    match refusal {
        CliRefusal::NeedsValue(option) => format!("{option} needs a value"),
        CliRefusal::UnknownFormat(format) => format!("unknown --format '{format}' (json, text, markdown or worksheet)"),
        CliRefusal::UnknownLang(code) => format!("unknown --lang '{code}' (en or de)"),
        CliRefusal::BadDate(DateError::Format(text)) => format!("'{text}' is not a date in the form YYYY-MM-DD"),
        CliRefusal::BadDate(DateError::OutOfRange(text)) => format!("'{text}' is not a day of the calendar"),
        CliRefusal::ClockBeforeEpoch => String::from("the system clock reads a time before 1970: give the date with --as-of YYYY-MM-DD"),
        CliRefusal::UnknownClient(code) => {
            let codes: Vec<&str> = ClientScenario::ALL.iter().map(|c| c.code()).collect();
            format!("unknown --client '{code}' ({})", codes.join(", "))
        }
        CliRefusal::UnknownOption(option) => format!("unknown option '{option}'"),
        CliRefusal::CannotRead(path, error) => format!("cannot read {path}: {error}"),
        CliRefusal::TooLarge => String::from("the input is 4 GiB or more: give it in parts, each as its own run"),
        CliRefusal::ParseNeedsFormat => format!("--format needs a value\n{PARSE_USAGE}"),
        CliRefusal::ParseUnknownFormat(format) => format!("unknown format {format:?}\n{PARSE_USAGE}"),
        CliRefusal::ParseUnknownOption(option) => format!("unknown option {option}\n{PARSE_USAGE}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_names_what_it_refuses() {
        let error = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let date = DateError::OutOfRange("2026-02-30".into());
        let cases = [
            (CliRefusal::NeedsValue("--lang"), "--lang needs a value"),
            (CliRefusal::UnknownFormat("xml"), "unknown --format 'xml' (json, text, markdown or worksheet)"),
            (CliRefusal::UnknownLang("fr"), "unknown --lang 'fr' (en or de)"),
            (CliRefusal::BadDate(&date), "'2026-02-30' is not a day of the calendar"),
            (CliRefusal::ClockBeforeEpoch, "the system clock reads a time before 1970: give the date with --as-of YYYY-MM-DD"),
            (CliRefusal::UnknownOption("--bogus"), "unknown option '--bogus'"),
            (CliRefusal::CannotRead("a.txt", &error), "cannot read a.txt: gone"),
            (CliRefusal::ParseUnknownFormat("xml"), "unknown format \"xml\"\nusage: exo-auth-analyzer parse [--format json|text] [FILE|-]..."),
        ];
        for (refusal, said) in cases {
            assert_eq!(cli_refusal(refusal), said);
        }
        let client = cli_refusal(CliRefusal::UnknownClient("outlook"));
        assert!(client.starts_with("unknown --client 'outlook' (") && ClientScenario::ALL.iter().all(|c| client.contains(c.code())), "{client}");
    }
}
