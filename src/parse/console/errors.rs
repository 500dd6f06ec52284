//! Error records (powershell-format.md §6.3, §8 rule 8): skipped as a unit, never read as
//! properties, reported with their message as evidence that a command failed.

use super::line_kind::{self, is_error_detail};
use crate::parse::input::lines::Lines;
use crate::parse::sink::Sink;
use crate::parse::DiagnosticKind;

/// Longest message kept in a diagnostic, in characters.
const MESSAGE_LIMIT: usize = 600;

/// Error messages that appear without a `Cmdlet :` prefix (a paste that kept only the text),
/// English and German 5.1 UI (§7). Matched at the start of a line.
const MESSAGE_STARTS: &[&str] = &[
    "Cannot bind parameter",
    "Cannot find an object",
    "Couldn't find object",
    "The operation couldn't be performed because object",
    "The term '",
    "Access is denied",
    "Der Parameter \"",
    "Die Benennung \"",
    "Der Vorgang konnte nicht ausgeführt werden",
    "Zugriff verweigert",
];

/// Where the location part of an error starts: `At line:1 char:1`, `In Zeile:1 Zeichen:1`,
/// `At C:\…\tmpEXO.psm1:1192 char:13`, PowerShell 7's `Line |`.
fn is_location(trimmed: &str) -> bool {
    trimmed.starts_with("At line:")
        || trimmed.starts_with("In Zeile:")
        || trimmed.starts_with("Bei Zeile:")
        || (trimmed.starts_with("At ") && trimmed.contains(" char:"))
        || trimmed.starts_with("Line |")
}

/// `Get-Thing : message` (5.1) or `Get-Thing: message` (7 ConciseView).
fn command_prefix(trimmed: &str) -> Option<&str> {
    let (name, _) = trimmed.split_once(':')?;
    let name = name.trim_end();
    let (verb, noun) = name.split_once('-')?;
    let valid = !verb.is_empty()
        && verb.chars().all(|c| c.is_ascii_alphabetic())
        && !noun.is_empty()
        && noun.chars().all(|c| c.is_ascii_alphanumeric());
    let message = trimmed.get(trimmed.find(':')? + 1..)?;
    (valid && message.starts_with(' ') && !message.trim().is_empty()).then_some(name)
}

pub(in crate::parse) fn is_error_start(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.starts_with("PS>TerminatingError(")
        || command_prefix(trimmed).is_some()
        || is_location(trimmed)
        || is_error_detail(trimmed)
        || MESSAGE_STARTS.iter().any(|start| trimmed.starts_with(start))
}

/// Skips the error record at `start`, if there is one, reporting its message.
pub(in crate::parse) fn read(lines: &Lines<'_>, start: usize, sink: &mut Sink) -> Option<usize> {
    if !is_error_start(lines.get(start)) {
        return None;
    }
    let mut message = String::new();
    let mut in_location = false;
    let mut index = start;
    while index < lines.len() {
        let line = lines.get(index);
        let trimmed = line.trim();
        let ends_here = index > start
            && (trimmed.is_empty()
                || line_kind::is_prompt(line)
                || line_kind::stream_prefix(trimmed).is_some()
                || line_kind::is_label_line(line)
                || (command_prefix(trimmed).is_some() && !in_location));
        if ends_here {
            break;
        }
        in_location |= is_location(trimmed) || is_error_detail(trimmed);
        if let Some(text) = message_part(trimmed, in_location) {
            if !message.is_empty() {
                message.push(' ');
            }
            message.push_str(text);
        }
        index += 1;
    }
    let line = lines.number(start);
    sink.diagnose(line, DiagnosticKind::ErrorRecord { shown: message.chars().take(MESSAGE_LIMIT).collect() });
    Some(index.max(start + 1))
}

/// The message text of an error line: the lines before the location part, and in PowerShell 7's
/// `Line |` view the `| message` lines.
fn message_part(trimmed: &str, in_location: bool) -> Option<&str> {
    if !in_location {
        // With or without the `PS>TerminatingError` prefix.
        return Some(trimmed.strip_prefix("PS>TerminatingError").unwrap_or(trimmed));
    }
    let text = trimmed.rsplit_once('|').map(|(_, t)| t.trim())?;
    let is_source_line = trimmed.split('|').next().is_some_and(|n| !n.trim().is_empty());
    (!text.is_empty() && !text.starts_with('~') && !is_source_line && !trimmed.starts_with("Line |")).then_some(text)
}

#[cfg(test)]
mod tests {
    use crate::parse::{parse, DiagnosticKind};

    #[test]
    fn skips_51_and_7_errors_as_units() {
        let text = "Get-Thing : Cannot find an object with identity 'x'.\nAt line:1 char:1\n+ Get-Thing x\n+ ~~~~~~~~~~~\n    + CategoryInfo          : ObjectNotFound: (x:String) [Get-Thing], ThingNotFoundException\n    + FullyQualifiedErrorId : ThingNotFound,Contoso.Commands.GetThing\n \nGet-Thing: Cannot find an object with identity 'y'.\n";
        let parsed = parse(text);
        assert!(parsed.records.is_empty(), "{:?}", parsed.records);
        let errors: Vec<_> = parsed.diagnostics.iter().filter(|d| d.code() == "error-record").collect();
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].kind, DiagnosticKind::ErrorRecord { shown: "Get-Thing : Cannot find an object with identity 'x'.".to_string() });
        assert_eq!(errors[1].line, 8);
    }

    #[test]
    fn reads_the_message_of_a_7_line_view() {
        let text = "Get-User: C:\\s.ps1:3\nLine |\n   1 |  Get-User x\n     |  ~~~~~~~~~~\n     | The operation couldn't be performed because object 'x' couldn't be found.\n";
        let parsed = parse(text);
        let error = parsed.diagnostics.iter().find(|d| d.code() == "error-record").expect("error");
        assert!(matches!(&error.kind, DiagnosticKind::ErrorRecord { shown } if shown.contains("couldn't be found")), "{error:?}");
        assert!(parsed.records.is_empty());
    }
}
