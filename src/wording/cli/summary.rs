//! What `exo-auth-analyzer parse` prints for people: how much was read, a line per object and
//! a line per diagnostic. In English: `parse` has no `--lang`; its JSON is the contract.

use crate::parse::{Record, Severity, Shape};

/// The first line: how many objects and diagnostics.
pub fn parse_summary(objects: usize, diagnostics: usize) -> String {
    format!("{objects} object(s), {diagnostics} diagnostic(s)")
}

/// One object: its lines, kind, name (the first of its identities that is not empty), shape,
/// cmdlet, and how many of its properties are not certain.
pub fn parse_object(record: &Record) -> String {
    // A record with none of these names: no name in its line.
    let name = ["Identity", "Name", "DisplayName", "PrimarySmtpAddress"]
        .iter()
        .find_map(|n| record.get(n).filter(|p| !p.raw.is_empty()))
        .map(|p| format!(" '{}'", p.raw))
        .unwrap_or_default();
    let shape = match record.shape {
        Shape::List => "list",
        Shape::Table => "table",
        Shape::Json => "json",
        Shape::Csv => "csv",
    };
    // No cmdlet recorded: none said.
    let cmdlet = record.cmdlet.as_deref().map(|c| format!(" from {c}")).unwrap_or_default();
    let doubtful = record.properties.iter().filter(|p| !p.certainty.is_known()).count();
    format!(
        "lines {}-{}: {:?}{name} ({shape}{cmdlet}), {} properties, {doubtful} not certain",
        record.span.first,
        record.span.last,
        record.kind,
        record.properties.len()
    )
}

/// One diagnostic: its line, severity and code, and its message.
pub fn parse_diagnostic(line: u32, severity: Severity, code: &str, message: &str) -> String {
    format!("line {line}: {severity:?} [{code}] {message}")
}
