//! Export-Csv / ConvertTo-Csv output (powershell-format.md §4 and §8 rule 19), read with the
//! `csv` crate: optional `#TYPE` line, `,` or German `-UseCulture` `;`, RFC 4180 quoting,
//! unquoted empty = null versus `""` = empty string, collections printed as type names.

use std::sync::Arc;

use ::csv::ByteRecord;

use crate::parse::console::kind::kind_from_type_name;
use crate::parse::input::csv_block::header_reader;
use crate::parse::input::lines::Lines;
use crate::parse::printed::value;
use crate::parse::sink::{Context, Sink};
use crate::parse::DiagnosticKind;
use crate::parse::{Certainty, LineSpan, Property, Shape, Text, Value};

/// What CSV reading remembers across attempts in one paste.
#[derive(Default)]
pub(in crate::parse) struct CsvState {
    /// A header-like line whose first record ran (through an unclosed quote) to here read no
    /// rows; headers before this offset are not tried again, which keeps a paste of many such
    /// lines linear.
    no_retry_before: usize,
}

/// Reads a CSV block whose `#TYPE` line or header is line `start`.
pub(in crate::parse) fn read(lines: &Lines<'_>, start: usize, context: &Context, state: &mut CsvState, sink: &mut Sink) -> Option<usize> {
    let first = lines.get(start).trim();
    let type_name = first.strip_prefix("#TYPE ").map(str::trim);
    let header_index = if type_name.is_some() { start + 1 } else { start };
    let delimiter = header_delimiter(lines, header_index, type_name.is_some())?;
    let offset = lines.start(header_index);
    if offset < state.no_retry_before {
        return None;
    }
    let text = lines.text().get(offset..)?;
    let mut record = ByteRecord::new();
    let mut reader = header_reader(text, delimiter, &mut record)?;
    // The fields of a `str` split at ASCII bytes are UTF-8.
    let names: Vec<Arc<str>> = record.iter().map(|name| sink.text.name(std::str::from_utf8(name).unwrap_or_default())).collect();
    let mut last_index = lines.index_at(offset.saturating_add(byte(reader.position()).saturating_sub(1))).max(header_index);
    let type_kind = type_name.and_then(kind_from_type_name);
    let mut kind = None;
    let mut rows = 0usize;
    let mut lost_characters: Option<(u32, String)> = None;
    let mut fields = Vec::with_capacity(names.len());
    while let Ok(true) = reader.read_byte_record(&mut record) {
        let Some(position) = record.position() else { break };
        let first_index = lines.index_at_from(offset.saturating_add(byte(position)), last_index);
        let end = byte(reader.position());
        // A blank line (skipped by the reader) or a different field count ends the CSV.
        if record.len() != names.len() || first_index > last_index + 1 {
            break;
        }
        let row_last = lines.index_at_from(offset.saturating_add(end.saturating_sub(1)), first_index).max(first_index);
        // Both are the csv reader's record positions, after line breaks: boundaries.
        let raw_record = text.get(byte(position)..end).unwrap_or("");
        let span = LineSpan { first: lines.number(first_index), last: lines.number(row_last) };
        read_fields(lines, raw_record, &record, delimiter, &mut fields);
        if lost_characters.is_none() && raw_record.contains('?') {
            lost_characters = fields.iter().find(|field| shows_lost_characters(&field.text)).map(|field| (span.first, field.text.to_string()));
        }
        let properties = properties(&names, &mut fields, span);
        let kind = *kind.get_or_insert_with(|| sink.decide_kind(context, type_kind, &properties, span.first));
        sink.push_record(context, kind, Shape::Csv, span, properties);
        last_index = row_last;
        rows += 1;
    }
    if let Some((line, field)) = lost_characters {
        report_ascii_export(line, &field, lines.number(header_index), sink);
    }
    if rows == 0 {
        state.no_retry_before = offset.saturating_add(byte(reader.position()));
        let line = lines.number(header_index);
        sink.diagnose(line, DiagnosticKind::CsvEmpty);
    }
    Some(last_index + 1)
}

/// Windows PowerShell 5.1's `Export-Csv` writes ASCII unless told otherwise and turns every
/// other character into `?` (§4 "Encodings", §8 rule 19: "if any non-ASCII text shows up as
/// `?`, warn"). A `?` between two letters (`M?ller`) is taken for such a loss; in a URL it
/// starts the query, so URLs are left out.
fn shows_lost_characters(field: &str) -> bool {
    if !field.contains('?') || field.contains("://") {
        return false;
    }
    let mut chars = field.chars();
    let (mut before, mut current) = (chars.next(), chars.next());
    for after in chars {
        if current == Some('?') && before.is_some_and(char::is_alphabetic) && after.is_alphabetic() {
            return true;
        }
        (before, current) = (current, Some(after));
    }
    false
}

/// One warning per CSV block, at the first row showing a lost character.
fn report_ascii_export(line: u32, field: &str, header_line: u32, sink: &mut Sink) {
    sink.diagnose(line, DiagnosticKind::CsvAsciiExport { header_line, value: field.chars().take(80).collect() });
}

fn byte(position: &::csv::Position) -> usize {
    crate::parse::usize_of(position.byte())
}

/// The delimiter of a plausible CSV header: property names, quoted or bare, separated by `,`
/// or `;` (whichever occurs more). Without a `#TYPE` line, a bare header needs two columns and a
/// next line with as many fields, so prose with a comma is not taken for CSV.
fn header_delimiter(lines: &Lines<'_>, index: usize, typed: bool) -> Option<u8> {
    let header = lines.get(index).trim_end();
    // Every other block's first line comes here too: most have no delimiter at all.
    if !typed && memchr::memchr2(b',', b';', header.as_bytes()).is_none() {
        return None;
    }
    let commas = split_fields(header, b',');
    let semicolons = split_fields(header, b';');
    let (delimiter, fields) = if semicolons.len() > commas.len() { (b';', semicolons) } else { (b',', commas) };
    let all_quoted = fields.iter().all(|f| f.len() >= 2 && f.starts_with('"') && f.ends_with('"'));
    let names_ok = fields.iter().all(|f| is_column_name(f.trim_matches('"')));
    if !names_ok || (!typed && fields.len() < 2) {
        return None;
    }
    if typed || all_quoted {
        return Some(delimiter);
    }
    let next = split_fields(lines.get(index + 1).trim_end(), delimiter);
    (next.len() == fields.len()).then_some(delimiter)
}

/// The `#TYPE` line and header of an `Export-Csv` of mailboxes or users that starts `text`, and
/// its line count (2): a later part of the export is read under it ([`crate::parse::PartedParse`]).
/// Only typed exports: their type name decides the kind of every part's rows alike.
pub(in crate::parse) fn header_text(text: &str) -> Option<(&str, u32)> {
    let first_end = text.find('\n')?;
    kind_from_type_name(text.get(..first_end)?.trim().strip_prefix("#TYPE ")?.trim())?;
    let header_end = first_end + 1 + text.get(first_end + 1..)?.find('\n')?;
    let header = text.get(first_end + 1..header_end)?.trim_end();
    let fields = split_fields(header, if header.contains(',') { b',' } else { b';' });
    let quoted = fields.len() >= 2 && fields.iter().all(|f| f.len() > 2 && f.starts_with('"') && f.ends_with('"'));
    // `header_end` is a line end found in `text`.
    quoted.then(|| (text.get(..header_end).unwrap_or_default().trim_end_matches('\r'), 2))
}

fn is_column_name(name: &str) -> bool {
    !name.is_empty()
        && name.trim() == name
        && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | ' ' | '.' | '-' | '(' | ')' | '#' | '@'))
}

/// Fields of one line split at `delimiter` outside double quotes (quotes kept).
fn split_fields(line: &str, delimiter: u8) -> Vec<&str> {
    let mut fields = Vec::new();
    let mut in_quotes = false;
    let mut field_start = 0;
    for (i, b) in line.bytes().enumerate() {
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if b == delimiter && !in_quotes {
            // `field_start` and `i` are 0 or next to an ASCII delimiter: char boundaries.
            fields.push(line.get(field_start..i).unwrap_or(""));
            field_start = i + 1;
        }
    }
    // `field_start` is 0 or after an ASCII delimiter: a char boundary.
    fields.push(line.get(field_start..).unwrap_or(""));
    fields
}

/// One field of a row: its text, and whether it was printed in quotes (`""` is an empty
/// string, an empty unquoted field is `$null`: §4 table, "$null value").
struct Field {
    text: Text,
    quoted: bool,
}

/// The fields of `record` as shared texts, into `fields`. Each is looked for where the reader
/// found it in `raw_record`, the row as printed: after the previous field and its delimiter,
/// inside quotes if it was quoted. A field printed otherwise (with doubled quotes) is not found
/// there and is copied, and which fields were quoted is then read from the row as printed.
fn read_fields(lines: &Lines<'_>, raw_record: &str, record: &ByteRecord, delimiter: u8, fields: &mut Vec<Field>) {
    fields.clear();
    let raw = raw_record.as_bytes();
    let mut at = 0;
    let mut in_place = true;
    for field in record {
        let quoted = raw.get(at) == Some(&b'"');
        let start = at + usize::from(quoted);
        let end = start + field.len();
        let after = end + usize::from(quoted);
        let printed = raw_record.get(start..end).filter(|printed| printed.as_bytes() == field);
        let closed = !quoted || raw.get(end) == Some(&b'"');
        let delimited = matches!(raw.get(after), None | Some(b'\r' | b'\n')) || raw.get(after) == Some(&delimiter);
        in_place &= printed.is_some() && closed && delimited && !field.contains(&b'"');
        let text = match printed {
            Some(printed) => lines.share(printed),
            // The fields of a `str` split at ASCII bytes are UTF-8.
            None => Text::from(std::str::from_utf8(field).unwrap_or_default()),
        };
        fields.push(Field { text, quoted });
        at = after + 1;
    }
    if !in_place {
        let quoted = quoted_fields(raw_record, delimiter);
        for (i, field) in fields.iter_mut().enumerate() {
            // One flag per field of the same record; none more.
            field.quoted = quoted.get(i).copied().unwrap_or(false);
        }
    }
}

fn properties(names: &[Arc<str>], fields: &mut Vec<Field>, span: LineSpan) -> Vec<Property> {
    names
        .iter()
        .zip(fields.drain(..))
        .map(|(name, Field { text: raw, quoted })| {
            let (value, certainty) = match (raw.is_empty(), quoted) {
                (true, true) => (Value::Text(raw.clone()), Certainty::Exact),
                (true, false) => (Value::Null, Certainty::NullOrEmpty),
                (false, _) => value::scalar(&raw, Certainty::Exact),
            };
            Property { name: Arc::clone(name), raw, value, certainty, span }
        })
        .collect()
}

/// Which fields of one raw record were quoted: `""` is an empty string, an empty unquoted field
/// is `$null` (§4 table, "$null value").
fn quoted_fields(raw_record: &str, delimiter: u8) -> Vec<bool> {
    let mut flags = Vec::new();
    let mut at_field_start = true;
    let mut in_quotes = false;
    for b in raw_record.bytes() {
        if at_field_start {
            flags.push(b == b'"');
            at_field_start = false;
            in_quotes = b == b'"';
            if in_quotes {
                continue;
            }
        }
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\n' | b'\r' if !in_quotes => break,
            _ if b == delimiter && !in_quotes => at_field_start = true,
            _ => {}
        }
    }
    if at_field_start {
        flags.push(false);
    }
    flags
}

#[cfg(test)]
mod tests {
    use crate::parse::{Certainty, DiagnosticKind, ObjectKind, Shape, Value, parse};

    #[test]
    fn reads_51_csv_with_type_line_and_nulls() {
        let text = "#TYPE Deserialized.Microsoft.Exchange.Data.Directory.Management.CASMailbox\n\"Name\",\"PopEnabled\",\"Note\",\"EmailAddresses\"\n\"Ann\",\"True\",,\"System.Collections.ArrayList\"\n\"Bob\",\"False\",\"\",\"x\"\n";
        let parsed = parse(text);
        assert_eq!(parsed.records.len(), 2);
        let ann = &parsed.records[0];
        assert_eq!((ann.kind, ann.shape, ann.span.first), (ObjectKind::CasMailbox, Shape::Csv, 3));
        assert_eq!(ann.get("PopEnabled").map(|p| &p.value), Some(&Value::Bool(true)));
        assert_eq!(ann.get("Note").map(|p| p.certainty), Some(Certainty::NullOrEmpty));
        assert_eq!(ann.get("EmailAddresses").map(|p| p.certainty), Some(Certainty::TypeNameOnly));
        assert_eq!(parsed.records[1].get("Note").map(|p| &p.value), Some(&Value::Text("".into())));
    }

    #[test]
    fn reads_german_semicolons_and_multiline_cells() {
        let text = "\"Name\";\"PopEnabled\";\"Ratio\"\n\"Pol A\";\"True\";\"0,5\"\n\"Pol\nB\";\"False\";\"1,0\"\n\nPS C:\\> ";
        let parsed = parse(text);
        assert_eq!(parsed.records.len(), 2);
        assert_eq!(parsed.records[0].get("Ratio").map(|p| &*p.raw), Some("0,5"));
        assert_eq!((parsed.records[1].span.first, parsed.records[1].span.last), (3, 4));
    }

    #[test]
    fn warns_once_when_non_ascii_text_became_question_marks() {
        // §4 "Encodings": 5.1 `Export-Csv` without -Encoding writes `Müller` as `M?ller`.
        let text = "#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.CASMailbox\n\"Name\",\"DisplayName\",\"PopEnabled\"\n\"ann\",\"Ann M?ller\",\"True\"\n\"bob\",\"J?rgen ?\",\"False\"\n";
        let parsed = parse(text);
        assert_eq!(parsed.records.len(), 2);
        assert_eq!(parsed.records[0].get("DisplayName").map(|p| &*p.raw), Some("Ann M?ller"), "the raw text stays as printed");
        let warnings: Vec<_> = parsed.diagnostics.iter().filter(|d| d.code() == "csv-ascii-export").collect();
        assert_eq!(warnings.len(), 1, "{:#?}", parsed.diagnostics);
        assert_eq!(warnings[0].line, 3);
        assert!(matches!(&warnings[0].kind, DiagnosticKind::CsvAsciiExport { value, header_line: 2 } if value == "Ann M?ller"), "{:?}", warnings[0]);
        for clean in ["\"Name\",\"Note\"\n\"a\",\"Why? Because\"\n\"b\",\"https://x.example/p?id=1\"\n\"c\",\"?x\"\n", "\"Name\",\"Note\"\n\"a\",\"b\"\n"] {
            assert!(parse(clean).diagnostics.iter().all(|d| d.code() != "csv-ascii-export"), "{clean}");
        }
    }
}
