//! The command line's own words, in each language where it has a `--lang` (its headings and
//! labels): the page has its own in `ui::ui_text`, with the same wording where both say the
//! same thing. What `--help` prints (`help`), what the command line refuses (`refusals`) and
//! the summary of `parse` (`summary`) are in English only: none of them is said in a `--lang`.
//! Not in the app.

pub mod help;
mod refusals;
mod summary;

pub use refusals::{cli_refusal, CliRefusal};
pub use summary::{parse_diagnostic, parse_object, parse_summary};

use super::{pick, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CliWord {
    NothingRecognised,
    EvidenceRead,
    Applications,
    UserAgents,
    IpAddresses,
    Locations,
    Symptoms,
    SymptomDisagrees,
    SymptomConfirm,
    MissingHeading,
    Note,
    Conflict,
    Sources,
    DecidedBy,
    Warning,
    Check,
    Source,
    FilesRead,
}

pub fn cli_word(lang: Lang, word: CliWord) -> &'static str {
    match word {
        CliWord::NothingRecognised => pick(lang,
            "Nothing recognised: paste the output of Get-TransportConfig, Get-EXOCasMailbox, Get-AuthenticationPolicy, Get-User or Get-OrganizationConfig.",
            "Nichts erkannt: Fügen Sie die Ausgabe von Get-TransportConfig, Get-EXOCasMailbox, Get-AuthenticationPolicy, Get-User oder Get-OrganizationConfig ein."),
        CliWord::EvidenceRead => pick(lang, "Evidence read", "Gelesene Nachweise"),
        CliWord::Applications => pick(lang, "applications", "Anwendungen"),
        CliWord::UserAgents => pick(lang, "user agents", "User-Agents"),
        CliWord::IpAddresses => pick(lang, "IP addresses", "IP-Adressen"),
        CliWord::Locations => pick(lang, "locations", "Standorte"),
        CliWord::Symptoms => pick(lang, "The error the client shows", "Die Fehlermeldung des Clients"),
        CliWord::SymptomDisagrees => pick(lang,
            "The pasted settings disagree with this error: it may be older than the settings, or come from another tenant or mailbox.",
            "Die eingefügten Einstellungen passen nicht zu dieser Fehlermeldung: Sie ist vielleicht älter als die Einstellungen oder stammt von einer anderen Organisation oder einem anderen Postfach."),
        CliWord::SymptomConfirm => pick(lang, "To confirm it, paste what this prints:", "Zur Bestätigung fügen Sie ein, was dies ausgibt:"),
        CliWord::MissingHeading => pick(lang, "Paste the output of this next", "Fügen Sie als Nächstes diese Ausgabe ein"),
        CliWord::Note => pick(lang, "Note", "Hinweis"),
        CliWord::Conflict => pick(lang, "Conflict", "Widerspruch"),
        CliWord::Sources => pick(lang, "Sources", "Quellen"),
        CliWord::DecidedBy => pick(lang, "decided by", "entschieden durch"),
        CliWord::Warning => pick(lang, "warning", "Warnung"),
        CliWord::Check => pick(lang, "check", "prüfen"),
        CliWord::Source => pick(lang, "source", "Quelle"),
        CliWord::FilesRead => pick(lang, "Files read:", "Gelesene Dateien:"),
    }
}
