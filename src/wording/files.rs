//! What was read from each opened file, for its chip on the page and the command line's list
//! of files: the cmdlets with their objects, the logs and reports with their window, the client
//! errors; or that nothing was recognised, and why.

use super::evidence::source_at;
use super::plural::{count, Noun};
use super::{pick, Lang};
use super::diagnostics::diagnostic;
use crate::parse::{diagnostic_code as code, ObjectKind, OpenedFile, Parsed};
use crate::remedy::Report;

/// What was read from `file` (from the whole paste with `None`), one part per cmdlet with its
/// count and per log or report; empty when nothing was. A file's also counts its client errors
/// and a worksheet's answers (the ticket's note has a section for the errors of its own).
pub(super) fn read_in(lang: Lang, parsed: &Parsed, report: &Report, file: Option<&OpenedFile>) -> Vec<String> {
    let within = |line: u32| file.is_none_or(|file| file.holds(line));
    // Objects per kind in one pass: a bulk paste has 100,000 of them.
    let mut counts = [0u64; 7];
    let mut classic = false;
    for record in parsed.records.iter().filter(|r| within(r.span.first)) {
        if let Some(n) = counts.get_mut(record.kind as usize) {
            *n += 1;
        }
        classic |= record.kind == ObjectKind::CasMailbox && record.cmdlet.as_deref().is_some_and(|c| c.eq_ignore_ascii_case("Get-CASMailbox"));
    }
    let kinds = [
        (ObjectKind::TransportConfig, "Get-TransportConfig", None),
        (ObjectKind::CasMailbox, if classic { "Get-CASMailbox" } else { "Get-EXOCasMailbox" }, Some(Noun::Mailbox)),
        (ObjectKind::User, "Get-User", Some(Noun::User)),
        (ObjectKind::AuthenticationPolicy, "Get-AuthenticationPolicy", Some(Noun::AuthenticationPolicy)),
        (ObjectKind::OrganizationConfig, "Get-OrganizationConfig", None),
        (ObjectKind::AcceptedDomain, "Get-AcceptedDomain", Some(Noun::AcceptedDomain)),
        (ObjectKind::SecurityDefaults, crate::parse::security_defaults::CMDLET, None),
    ];
    let mut parts: Vec<String> = Vec::new();
    for (kind, cmdlet, noun) in kinds {
        // `counts` has a slot for every kind listed here (every kind but Unknown).
        let n = counts.get(kind as usize).copied().unwrap_or(0);
        match (n, noun) {
            (0, _) => {}
            (_, Some(noun)) => parts.push(format!("{cmdlet} ({})", count(lang, n, noun))),
            (_, None) => parts.push(cmdlet.to_string()),
        }
    }
    parts.extend(report.evidence.iter().filter(|read| within(read.line)).map(|read| source_at(lang, read, file.is_none())));
    if file.is_some() {
        let errors = parsed.usage.symptoms.iter().filter(|s| within(s.line)).count() as u64;
        let answers = parsed.answers.iter().filter(|a| within(a.line)).count() as u64;
        if errors > 0 {
            parts.push(count(lang, errors, Noun::ClientError));
        }
        if answers > 0 {
            parts.push(format!("{}: {}", pick(lang, "worksheet", "Arbeitsblatt"), count(lang, answers, Noun::Account)));
        }
    }
    parts
}

/// `name: what was read`, or `name: nothing here was recognised: why`; and whether anything was.
/// With names `hidden`, the file is "file `number`": a file's name may name the tenant or a
/// person, and redaction covers what the page and the command line show.
pub fn file_read(lang: Lang, file: &OpenedFile, number: usize, hidden: bool, parsed: &Parsed, report: &Report) -> (String, bool) {
    let name = if hidden { format!("{} {number}", pick(lang, "file", "Datei")) } else { file.name.clone() };
    let read = read_in(lang, parsed, report, Some(file));
    if !read.is_empty() {
        return (format!("{name}: {}", read.join("; ")), true);
    }
    // Said of the file, not of a line of the joined text; a reading that went wrong (JSON
    // that is not valid, an object of two kinds) as the parser words it.
    let why = match parsed.diagnostics.iter().find(|d| file.holds(d.line)) {
        _ if file.unreadable => pick(lang, "the browser could not read the file", "der Browser konnte die Datei nicht lesen").to_string(),
        Some(said) if said.code() != code::UNRECOGNISED => diagnostic(lang, said),
        Some(_) => pick(lang, "no cmdlet output, log, report or error in it", "keine Cmdlet-Ausgabe, kein Protokoll, Bericht oder Fehler darin").to_string(),
        None => pick(lang, "the file is empty", "die Datei ist leer").to_string(),
    };
    (format!("{name}: {}: {why}", pick(lang, "nothing here was recognised", "hier wurde nichts erkannt")), false)
}
