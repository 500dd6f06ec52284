//! The worksheet as a spreadsheet saves it, read with the `csv` crate as the sign-in exports are
//! (`usage::csv`): `,` or `;` (the list separator of a German spreadsheet) between cells,
//! RFC 4180 quoting, a line break inside a quoted status, as rows of a CSV block
//! (`input::csv_block`). The sheet ends at a blank line, a prompt, or a line that starts
//! another export or worksheet. A cell that cannot be read is
//! named with its line and left unknown; everything else in the row is used.

use std::sync::Arc;

use ::csv::ByteRecord;

use super::{undefused, Answer, AnswerRow, Sender, parse_sends_outside};
use crate::parse::console::line_kind::is_prompt;
use crate::parse::input::csv_block::CsvBlock;
use crate::parse::input::lines::Lines;
use crate::parse::sink::Sink;
use crate::parse::DiagnosticKind;
use crate::parse::usage;

/// The worksheet's first columns, in order: the read-back contract (`export::WORKSHEET_HEADER`).
const LEADING: [&str; 4] = ["Account", "Sender", "Sends outside", "Recommended"];

/// Where the columns read are, found by their names.
struct Columns {
    /// How many the header has.
    count: usize,
    account: usize,
    sender: usize,
    outside: usize,
    status: Option<usize>,
}

impl Columns {
    /// The columns of a worksheet's header; `None` when it does not start with [`LEADING`].
    fn of(header: &ByteRecord) -> Option<Columns> {
        // The fields of a `str` split at ASCII bytes are UTF-8: no name is lost as "".
        let names: Vec<&str> = header.iter().map(|name| std::str::from_utf8(name).map_or("", |n| n.trim_start_matches('\u{feff}').trim())).collect();
        let leading = names.get(..LEADING.len())?;
        if !leading.iter().zip(LEADING).all(|(name, wanted)| name.eq_ignore_ascii_case(wanted)) {
            return None;
        }
        let find = |wanted: &str| names.iter().position(|name| name.eq_ignore_ascii_case(wanted));
        Some(Columns { count: names.len(), account: find("Account")?, sender: find("Sender")?, outside: find("Sends outside")?, status: find("Status") })
    }
}

/// Reads the worksheet whose header is line `start`; `None` when the line is not one, so the
/// other readers look at it.
pub(in crate::parse) fn read(lines: &Lines<'_>, start: usize, sink: &mut Sink) -> Option<usize> {
    let delimiter = header_delimiter(lines.get(start))?;
    let mut record = ByteRecord::new();
    let mut block = CsvBlock::start(lines, start, delimiter, &mut record)?;
    let columns = Columns::of(&record)?;
    let header_line = lines.number(start);
    let mut rows = 0usize;
    while let Some(first_index) = block.next(lines, &mut record) {
        if ends_sheet(lines.get(first_index)) {
            break;
        }
        block.take(lines, first_index);
        rows += 1;
        read_row(&record, &columns, lines.number(first_index), header_line, sink);
    }
    if rows == 0 {
        sink.diagnose(header_line, DiagnosticKind::CsvEmpty);
    }
    Some(block.end())
}

/// The delimiter of a line that may be a worksheet's header: it starts with `Account` (quoted
/// or not), then `,` or `;`. Every line of every paste comes here first: most fail at once.
fn header_delimiter(line: &str) -> Option<u8> {
    let [account, ..] = LEADING;
    let line = line.trim_start_matches('\u{feff}').trim_start();
    // With or without its opening quote.
    let name = line.strip_prefix('"').unwrap_or(line);
    let (first, rest) = (name.get(..account.len())?, name.get(account.len()..)?);
    if !first.eq_ignore_ascii_case(account) {
        return None;
    }
    match rest.trim_start_matches('"').trim_start().bytes().next()? {
        delimiter @ (b',' | b';') => Some(delimiter),
        _ => None,
    }
}

/// Whether `line` starts something else: a prompt, another export, another worksheet.
fn ends_sheet(line: &str) -> bool {
    is_prompt(line) || line.trim_start().starts_with("#TYPE") || header_delimiter(line).is_some() || usage::csv::header_text(line).is_some()
}

/// One row: its answer, or a diagnostic for what cannot be read.
fn read_row(record: &ByteRecord, columns: &Columns, line: u32, header_line: u32, sink: &mut Sink) {
    // The fields of a `str` split at ASCII bytes are UTF-8; a short row's missing cell is blank.
    let cell = |at: usize| record.get(at).and_then(|c| std::str::from_utf8(c).ok()).map_or("", undefused);
    if record.iter().all(|c| c.trim_ascii().is_empty()) {
        // A spreadsheet writes the empty rows under a table as `,,,`: nothing is said there.
        return;
    }
    if record.len() < columns.count {
        sink.diagnose(line, DiagnosticKind::WorksheetRowCut { got: record.len(), want: columns.count, header_line });
    }
    let account = cell(columns.account);
    if account.is_empty() {
        sink.diagnose(line, DiagnosticKind::WorksheetNoAccount { header_line });
        return;
    }
    let sender = cell(columns.sender);
    // An unknown sender is told by a diagnostic and stays unknown.
    let sender = Sender::parse(sender).unwrap_or_else(|| {
        sink.diagnose(line, DiagnosticKind::WorksheetSenderUnknown { value: sender.to_string(), account: account.to_string() });
        Sender::Unknown
    });
    let outside = cell(columns.outside);
    // An unknown answer is told by a diagnostic and stays unknown.
    let sends_outside = parse_sends_outside(outside).unwrap_or_else(|| {
        sink.diagnose(line, DiagnosticKind::WorksheetOutsideUnknown { value: outside.to_string(), account: account.to_string() });
        None
    });
    let status = columns.status.map(cell).filter(|s| !s.is_empty()).map(Arc::from);
    sink.answers().push(AnswerRow { line, account: Arc::from(account), answer: Answer { sender, sends_outside, status } });
}

#[cfg(test)]
mod tests {
    use super::header_delimiter;

    #[test]
    fn a_header_starts_with_account_and_a_delimiter() {
        assert_eq!(header_delimiter("Account,Sender,Sends outside,Recommended"), Some(b','));
        assert_eq!(header_delimiter("\"Account\";\"Sender\""), Some(b';'));
        assert_eq!(header_delimiter("\u{feff}ACCOUNT ,Sender"), Some(b','));
        assert_eq!(header_delimiter("Accounts,Sender"), None);
        assert_eq!(header_delimiter("Account : x"), None);
        assert_eq!(header_delimiter("Accoün"), None);
        assert_eq!(header_delimiter(""), None);
    }
}
