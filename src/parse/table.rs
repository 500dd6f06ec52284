//! Format-Table output (powershell-format.md §2 and §8 rules 13-16): a header line, a dash row
//! that anchors the columns, data rows until a blank line.

use std::sync::Arc;

use super::lines::{Lines, char_cells};
use super::sink::{Context, Sink, code};
use super::{Certainty, LineSpan, Property, Severity, Shape, Value, errors, list, transcript, value};

/// Reads the table whose header is line `start`, or returns `None` when `start` + 1 is not a dash
/// row matching the header.
pub(super) fn read(lines: &Lines<'_>, start: usize, context: &Context, sink: &mut Sink) -> Option<usize> {
    let (groups, labels) = header(lines, start)?;
    let mut row_lines = Vec::new();
    let mut index = start + 2;
    while index < lines.len() && !ends_table(lines, index) {
        if list::is_elision(lines.get(index)) {
            list::report_elision(lines, index, sink);
        } else {
            row_lines.push(index);
        }
        index += 1;
    }
    let header_row = Row::new(lines.get(start));
    let rows: Vec<Row<'_>> = row_lines.iter().map(|&i| Row::new(lines.get(i))).collect();
    let cuts = cut_positions(&groups, &header_row, &rows);
    let names: Vec<Arc<str>> = labels.iter().map(|label| sink.text.name(label)).collect();
    let records = assemble(lines, &row_lines, &rows, &cuts, &names);
    report_dropped_columns(context, &labels, lines.number(start), sink);
    let kind = match records.first() {
        Some((_, properties)) => sink.decide_kind(context, None, properties, lines.number(start)),
        None => return Some(index),
    };
    for (span, properties) in records {
        sink.push_record(context, kind, Shape::Table, span, properties);
    }
    Some(index)
}

/// A table ends at a blank line, a prompt, a stream or error line, or the header of the next
/// table (§8 rule 13: "a new header plus dash row starts a new table").
fn ends_table(lines: &Lines<'_>, index: usize) -> bool {
    let line = lines.get(index);
    let trimmed = line.trim();
    trimmed.is_empty()
        || transcript::is_prompt(line)
        || transcript::stream_prefix(trimmed).is_some()
        || errors::is_error_start(line)
        || header(lines, index).is_some()
}

/// A column's `[start, end)` in console cells.
type Extent = (usize, usize);

/// Column extents `[start, end)` in cells, from the dash row under line `start`, and the header
/// labels. Each label must occupy exactly its dash group (dashes = min(width, label length),
/// aligned like the label, §2.1), and the header must be blank elsewhere: that rules out a
/// heading's underline and banner rules (§6.2).
fn header(lines: &Lines<'_>, start: usize) -> Option<(Vec<Extent>, Vec<String>)> {
    let groups = dash_groups(lines.get(start + 1))?;
    let header = Row::new(lines.get(start));
    let mut labels = Vec::with_capacity(groups.len());
    let mut previous_end = 0;
    for &(first, end) in &groups {
        let gap_blank = (previous_end..first).all(|i| header.blank_at(i));
        if !gap_blank || header.blank_at(first) || header.blank_at(end - 1) {
            return None;
        }
        let label = header.cell(first, end);
        if label.contains(':') {
            return None; // `Status:` underlined: a heading, not a column
        }
        labels.push(label);
        previous_end = end;
    }
    (previous_end >= header.len() || (previous_end..header.len()).all(|i| header.blank_at(i))).then_some((groups, labels))
}

/// `----  -------  --`: runs of dashes separated by spaces (§8 rule 13).
fn dash_groups(line: &str) -> Option<Vec<Extent>> {
    let trimmed = line.trim_end();
    if !trimmed.contains('-') || !trimmed.bytes().all(|b| b == b'-' || b == b' ') {
        return None;
    }
    let mut groups = Vec::new();
    let mut run_start = None;
    for (i, b) in trimmed.bytes().enumerate() {
        match (b, run_start) {
            (b'-', None) => run_start = Some(i),
            (b' ', Some(s)) => {
                groups.push((s, i));
                run_start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = run_start {
        groups.push((s, trimmed.len()));
    }
    Some(groups)
}

/// Where each column ends: the rightmost position between two dash groups that is blank in the
/// header and every row (§8 rule 14). Values may overflow their dash group (left-aligned to the
/// right, right-aligned to the left) but never cross the one-space separator. When no such
/// position exists (rows edited after the fact), the blank position in the rows nearest to the
/// gap is used and the cut is marked unsure.
fn cut_positions(groups: &[Extent], header: &Row<'_>, rows: &[Row<'_>]) -> Vec<Cut> {
    // One pass over every row marks the positions holding text, so the search stays linear.
    let span_end = groups.last().map_or(0, |g| g.1);
    let mut in_rows = vec![false; span_end];
    for row in rows {
        mark_occupied(row, &mut in_rows);
    }
    let mut anywhere = in_rows.clone();
    mark_occupied(header, &mut anywhere);
    let free = |occupied: &[bool], p: usize| occupied.get(p).is_some_and(|o| !o);
    groups
        .windows(2)
        .map(|pair| {
            let ((left_start, left_end), (right_start, right_end)) = (pair[0], pair[1]);
            if let Some(position) = (left_end..right_start).rev().find(|&p| free(&anywhere, p)) {
                return Cut { position, sure: true };
            }
            let nearest = (1..right_end.saturating_sub(left_start))
                .flat_map(|d| [right_start.checked_sub(d), Some(left_end + d - 1)])
                .flatten()
                .find(|&p| p > left_start && p < right_end && free(&in_rows, p));
            Cut { position: nearest.unwrap_or(right_start.saturating_sub(1)), sure: false }
        })
        .collect()
}

fn mark_occupied(row: &Row<'_>, occupied: &mut [bool]) {
    for position in 0..row.len().min(occupied.len()) {
        if let (false, Some(slot)) = (row.blank_at(position), occupied.get_mut(position)) {
            *slot = true;
        }
    }
}

#[derive(Clone, Copy)]
struct Cut {
    position: usize,
    /// A blank gutter in every line; otherwise the columns beside it are uncertain.
    sure: bool,
}

type Assembled = (LineSpan, Vec<Property>);

/// Rows → records. A row whose first cell is blank while others are not continues the row
/// above (`-Wrap`, §2.4).
fn assemble(lines: &Lines<'_>, row_lines: &[usize], rows: &[Row<'_>], cuts: &[Cut], labels: &[Arc<str>]) -> Vec<Assembled> {
    // A column is sure when both its edges are.
    let sure: Vec<bool> = (0..labels.len())
        .map(|c| c.checked_sub(1).and_then(|l| cuts.get(l)).is_none_or(|cut| cut.sure) && cuts.get(c).is_none_or(|cut| cut.sure))
        .collect();
    let mut records: Vec<Assembled> = Vec::with_capacity(rows.len());
    for (row, &index) in rows.iter().zip(row_lines) {
        let cells = split_cells(row, cuts, labels.len());
        let number = lines.number(index);
        let continues = cells.first().is_some_and(String::is_empty) && cells.iter().any(|c| !c.is_empty());
        match records.last_mut() {
            Some((span, properties)) if continues => {
                span.last = number;
                for (property, cell) in properties.iter_mut().zip(&cells) {
                    extend_wrapped(property, cell, number);
                }
            }
            _ => {
                let properties = labels
                    .iter()
                    .zip(cells)
                    .zip(&sure)
                    .map(|((label, cell), &sure)| cell_property(label, cell, number, sure))
                    .collect();
                records.push((LineSpan::line(number), properties));
            }
        }
    }
    records
}

fn split_cells(row: &Row<'_>, cuts: &[Cut], columns: usize) -> Vec<String> {
    let mut cells = Vec::with_capacity(columns);
    let mut start = 0;
    for cut in cuts {
        cells.push(row.cell(start, cut.position));
        start = cut.position + 1;
    }
    cells.push(row.cell(start, row.len().max(start)));
    cells
}

fn cell_property(label: &Arc<str>, cell: String, line: u32, sure: bool) -> Property {
    let raw: Arc<str> = cell.into();
    let (value, certainty) = cell_value(&raw, if sure { Certainty::Exact } else { Certainty::Uncertain });
    Property { name: Arc::clone(label), raw, value, certainty, span: LineSpan::line(line) }
}

/// A cell cut by the column width ends with `…`/`...`, or starts with one in a right-aligned
/// column (§2.5, §8 rule 15): only a prefix or suffix is known.
fn cell_value(cell: &Arc<str>, base: Certainty) -> (Value, Certainty) {
    let cut = value::strip_ellipsis(cell).1 || cell.starts_with('…') || cell.starts_with("...");
    if cut && !cell.ends_with('}') {
        return (Value::Text(Arc::clone(cell)), Certainty::Truncated);
    }
    value::display(cell, base)
}

fn extend_wrapped(property: &mut Property, cell: &str, line: u32) {
    if cell.is_empty() {
        return;
    }
    property.raw = if property.raw.is_empty() { cell.into() } else { format!("{}\n{cell}", property.raw).into() };
    let joined: Arc<str> = property.raw.replace('\n', " ").into();
    let (value, certainty) = cell_value(&joined, Certainty::Rejoined);
    property.value = value;
    property.certainty = certainty;
    property.span.last = line;
}

fn report_dropped_columns(context: &Context, labels: &[String], line: u32, sink: &mut Sink) {
    let Some(command) = &context.command else { return };
    let missing: Vec<&str> = command
        .selected
        .iter()
        .filter(|name| !labels.iter().any(|l| l.eq_ignore_ascii_case(name)))
        .map(String::as_str)
        .collect();
    if !missing.is_empty() {
        sink.diagnose(
            Severity::Warning,
            line,
            code::COLUMN_NOT_SHOWN,
            || format!("The table at line {line} does not show {}: the console was too narrow, so their values are unknown.", missing.join(", ")),
            Some("Run the command with | Format-List, or with fewer properties, and paste that."),
        );
    }
}

/// One table line addressed by console cell.
enum Row<'a> {
    Ascii(&'a [u8]),
    /// Wide characters are followed by a `'\0'` filler so each cell is one element.
    Cells(Vec<char>),
}

impl<'a> Row<'a> {
    fn new(line: &'a str) -> Self {
        if line.is_ascii() {
            return Row::Ascii(line.trim_end().as_bytes());
        }
        let mut cells = Vec::with_capacity(line.len());
        for c in line.trim_end().chars() {
            cells.push(c);
            if char_cells(c) == 2 {
                cells.push('\0');
            }
        }
        Row::Cells(cells)
    }

    fn len(&self) -> usize {
        match self {
            Row::Ascii(bytes) => bytes.len(),
            Row::Cells(cells) => cells.len(),
        }
    }

    fn blank_at(&self, position: usize) -> bool {
        match self {
            Row::Ascii(bytes) => bytes.get(position).is_none_or(|b| b.is_ascii_whitespace()),
            Row::Cells(cells) => cells.get(position).is_none_or(|c| c.is_whitespace()),
        }
    }

    /// The trimmed text of cells `[start, end)`.
    fn cell(&self, start: usize, end: usize) -> String {
        match self {
            Row::Ascii(bytes) => {
                let slice = bytes.get(start.min(bytes.len())..end.min(bytes.len())).unwrap_or_default();
                String::from_utf8_lossy(slice).trim().to_owned()
            }
            Row::Cells(cells) => {
                let slice = cells.get(start.min(cells.len())..end.min(cells.len())).unwrap_or_default();
                slice.iter().filter(|&&c| c != '\0').collect::<String>().trim().to_owned()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::{Certainty, Shape, Value, parse};

    #[test]
    fn reads_right_aligned_and_blank_cells() {
        let text = "\nName            Enabled    Id\n----            -------    --\nPolicy A           True     7\nLegacy Policy B   False 12345\nNo Value\n";
        let parsed = parse(text);
        assert_eq!(parsed.records.len(), 3);
        let b = &parsed.records[1];
        assert_eq!(b.shape, Shape::Table);
        assert_eq!(b.get("Name").map(|p| &*p.raw), Some("Legacy Policy B"));
        assert_eq!(b.get("Enabled").map(|p| &p.value), Some(&Value::Bool(false)));
        assert_eq!(b.get("Id").map(|p| &*p.raw), Some("12345"));
        assert_eq!(parsed.records[2].get("Enabled").map(|p| p.certainty), Some(Certainty::NullOrEmpty));
    }

    #[test]
    fn truncated_cells_stay_unknown() {
        let text = "Name         PopEnabled\n----         ----------\nTransport R…       True\nMalware A...      False\n";
        let parsed = parse(text);
        assert_eq!(parsed.records[0].get("Name").map(|p| p.certainty), Some(Certainty::Truncated));
        assert_eq!(parsed.records[1].get("Name").map(|p| p.certainty), Some(Certainty::Truncated));
        assert_eq!(parsed.records[1].get("PopEnabled").map(|p| &p.value), Some(&Value::Bool(false)));
    }

    #[test]
    fn underlined_headings_and_banners_are_not_tables() {
        let parsed = parse("Status:\n-------\nPopEnabled : True\n");
        assert_eq!(parsed.records.len(), 1);
        assert_eq!(parsed.records[0].shape, Shape::List);
    }
}
