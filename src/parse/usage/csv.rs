//! Sign-in logs and usage reports saved as CSV (evidence.md §1–§4): the Entra portal's
//! downloads, Log Analytics exports, `Export-Csv` of `Get-MgAuditLogSignIn`, the SMTP AUTH
//! clients report and the Email apps usage report. Read straight from the `csv` crate's byte
//! records: a row's values are borrowed, and only the dozen columns the analysis uses are
//! looked at.

use std::borrow::Cow;

use ::csv::ByteRecord;

use super::doubts::SourceDoubts;
use super::fields::{self, COLUMNS, Col, Fields};
use super::{Source, SourceKind};
use crate::parse::input::csv_block::{header_reader, CsvBlock};
use crate::parse::input::lines::Lines;
use crate::parse::sink::Sink;
use crate::parse::DiagnosticKind;
use crate::parse::is_type_name;

/// Reads the export whose `#TYPE` line or header is line `start`; `None` when the line does not
/// start one, so the other readers look at it.
pub(in crate::parse) fn read(lines: &Lines<'_>, start: usize, sink: &mut Sink) -> Option<usize> {
    let first = lines.get(start).trim();
    let typed = first.strip_prefix("#TYPE ").is_some_and(|name| is_type_name(name.trim()) || name.contains("MicrosoftGraph"));
    let header_index = if typed { start + 1 } else { start };
    let header = lines.get(header_index);
    let delimiter = if header.contains(',') { b',' } else if header.contains(';') { b';' } else { return None };
    let mut record = ByteRecord::new();
    let mut block = CsvBlock::start(lines, header_index, delimiter, &mut record)?;
    let columns: Vec<Option<Col>> = record.iter().map(|name| std::str::from_utf8(name).ok().and_then(fields::column)).collect();
    let mut present = [false; COLUMNS];
    for col in columns.iter().flatten() {
        present[*col as usize] = true;
    }
    let kind = fields::source_kind(&present)?;
    let header_line = lines.number(header_index);
    let mut source = Source::new(kind, header_line);
    source.has_users = present[Col::Account as usize] || present[Col::Sender as usize];
    source.shows_method = kind != SourceKind::SmtpAuthClientsReport || (present[Col::ReportMethod as usize] || present[Col::AuthProtocol as usize]);
    let source_index = crate::parse::u32_of(sink.usage().sources.len());
    let rows_before = sink.usage().rows.len();
    let mut doubts = SourceDoubts::default();
    while let Some(first_index) = block.next(lines, &mut record) {
        let line = lines.number(first_index);
        if record.len() != columns.len() {
            // A row cut off (a file truncated mid-row) or something else after the export: it
            // ends there, and the other readers look at what follows.
            sink.diagnose(line, DiagnosticKind::EvidenceRowCut { got: record.len(), want: columns.len(), header_line });
            break;
        }
        block.take(lines, first_index);
        let mut fields = Fields::default();
        for (col, value) in columns.iter().zip(record.iter()) {
            if let (Some(col), Ok(value)) = (col, std::str::from_utf8(value)) {
                fields.set(*col, Cow::Borrowed(value));
            }
        }
        for at in fields::stamps(kind, &fields) {
            source.widen(at);
        }
        source.records += 1;
        let (usage, pool) = sink.usage_and_pool();
        doubts.add(fields::rows(kind, &fields, source_index, line, pool, &mut usage.rows), &fields, line);
    }
    doubts.push_source(source, rows_before, sink);
    Some(block.end())
}

/// The header of an evidence CSV at the start of `text` (with its `#TYPE` line, if any) and how
/// many lines it takes, or `None` when `text` does not start with one.
pub(in crate::parse) fn header_text(text: &str) -> Option<(&str, u32)> {
    // No line break: the line runs to the end.
    let first_end = text.find('\n').unwrap_or(text.len());
    let first = text.get(..first_end)?.trim();
    let typed = first.strip_prefix("#TYPE ").is_some();
    // No line break after the type line: the header runs to the end.
    let header_end = if typed { first_end + 1 + text.get(first_end + 1..)?.find('\n').unwrap_or(text.len() - first_end - 1) } else { first_end };
    let header_line = text.get(if typed { first_end + 1 } else { 0 }..header_end)?;
    let delimiter = if header_line.contains(',') { b',' } else if header_line.contains(';') { b';' } else { return None };
    let mut present = [false; COLUMNS];
    let mut record = ByteRecord::new();
    header_reader(header_line, delimiter, &mut record)?;
    for col in record.iter().filter_map(|name| std::str::from_utf8(name).ok().and_then(fields::column)) {
        present[col as usize] = true;
    }
    fields::source_kind(&present)?;
    Some((text.get(..header_end)?.trim_end_matches('\r'), if typed { 2 } else { 1 }))
}
