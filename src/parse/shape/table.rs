//! Format-Table output (powershell-format.md §2 and §8 rules 13-16): a header line, a dash row
//! that anchors the columns, data rows until a blank line.

use std::borrow::Cow;
use std::sync::Arc;

use super::list;
use crate::parse::console::{errors, line_kind};
use crate::parse::input::lines::{Lines, cell_width, char_cells};
use crate::parse::printed::value;
use crate::parse::sink::{Context, Sink};
use crate::parse::DiagnosticKind;
use crate::parse::{Certainty, LineSpan, Property, Shape, Text, Value};

/// Reads the table whose header starts on line `start`, or returns `None` when no dash row
/// matching the header follows it (directly, or under the header's wrapped lines).
pub(in crate::parse) fn read(lines: &Lines<'_>, start: usize, context: &Context, sink: &mut Sink) -> Option<usize> {
    let Header { groups, labels, dash_row } = header(lines, start)?;
    let mut row_lines = Vec::new();
    let mut index = dash_row + 1;
    while index < lines.len() && !ends_table(lines, index) {
        if list::is_elision(lines.get(index)) {
            list::report_elision(lines, index, sink);
        } else {
            row_lines.push(index);
        }
        index += 1;
    }
    let header_rows: Vec<Row<'_>> = (start..dash_row).map(|i| Row::new(lines.get(i))).collect();
    let rows: Vec<Row<'_>> = row_lines.iter().map(|&i| Row::new(lines.get(i))).collect();
    let cuts = cut_positions(&groups, &header_rows, &rows);
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
/// table (§8 rule 13: "a new header plus dash row starts a new table"). PowerShell prints an
/// empty line before every table (§2.1), so only a one-line header is looked for here: a row
/// above a dash row is taken for a header, not for the first piece of a wrapped one.
fn ends_table(lines: &Lines<'_>, index: usize) -> bool {
    let line = lines.get(index);
    let trimmed = line.trim();
    trimmed.is_empty()
        || line_kind::is_prompt(line)
        || line_kind::stream_prefix(trimmed).is_some()
        || errors::is_error_start(line)
        || header_over(lines, index, index + 1).is_some()
}

/// A column's `[start, end)` in console cells.
type Extent = (usize, usize);

/// Most lines a header can take above its dash row. A label wraps once per column width
/// (§2.4), so a 48-letter property name in a column as narrow as `True` takes 12; the bound
/// keeps the look for a dash row below every line short.
const MAX_HEADER_LINES: usize = 12;

/// A table header: the columns from its dash row and the full labels.
struct Header {
    /// Column extents `[start, end)` in cells.
    groups: Vec<Extent>,
    labels: Vec<String>,
    dash_row: usize,
}

/// The header starting on line `start`: the label line directly above a dash row, or the
/// first of up to [`MAX_HEADER_LINES`] lines when labels wrapped (§8 rule 13: "a header can
/// wrap over several lines when a width is explicit; the dash row is still the anchor").
fn header(lines: &Lines<'_>, start: usize) -> Option<Header> {
    let mut index = start + 1;
    while index <= start + MAX_HEADER_LINES {
        let line = lines.get(index);
        if dash_groups(line).is_some() {
            return header_over(lines, start, index);
        }
        // A label piece is never blank and never holds a colon (see `header_over`); stopping
        // there keeps this look-ahead to one line inside lists and prose.
        if line.trim().is_empty() || line.contains(':') {
            return None;
        }
        index += 1;
    }
    None
}

/// The header on lines `start..dash_row`. Each label occupies exactly its dash group (dashes =
/// min(width, label length), aligned like the label, §2.1) and the line is blank elsewhere,
/// which rules out a heading's underline and banner rules (§6.2). In a wrapped header the
/// first line holds each label's first piece, which may end short of its column at a space;
/// the lines below hold only the rest of wrapped labels, so text above a table is not taken
/// for a label piece.
fn header_over(lines: &Lines<'_>, start: usize, dash_row: usize) -> Option<Header> {
    let groups = dash_groups(lines.get(dash_row))?;
    let first = Row::new(lines.get(start));
    let wrapped = dash_row > start + 1;
    let mut labels = Vec::with_capacity(groups.len());
    let mut previous_end = 0;
    for &(first_cell, end) in &groups {
        let (starts_at_edge, ends_at_edge) = (!first.blank_at(first_cell), !first.blank_at(end - 1));
        let in_place = if wrapped { starts_at_edge || ends_at_edge } else { starts_at_edge && ends_at_edge };
        if !first.blank_between(previous_end, first_cell) || !in_place {
            return None;
        }
        let label = first.cell(first_cell, end);
        if label.contains(':') {
            return None; // `Status:` underlined: a heading, not a column
        }
        labels.push(label.into_owned());
        previous_end = end;
    }
    if !first.blank_between(previous_end, first.len()) {
        return None;
    }
    if wrapped {
        join_wrapped_labels(lines, start, dash_row, &groups, &mut labels)?;
    }
    Some(Header { groups, labels, dash_row })
}

/// Appends the pieces on lines `start + 1..dash_row` to the labels they continue. PowerShell
/// wraps a label inside its column and pads the shorter labels with blank cells below (§2.4),
/// so a piece sits inside its dash group, touching its left or right edge, under a piece of
/// the same column. After a piece that filled the column the label was cut mid-word and the
/// next piece joins directly; after a shorter one it broke at a space and joins with one, but
/// only if its first word would not have fitted above (as list values, §8 rule 11).
fn join_wrapped_labels(lines: &Lines<'_>, start: usize, dash_row: usize, groups: &[Extent], labels: &mut [String]) -> Option<()> {
    // Per column: the width of the piece above, or `None` once the label has ended.
    let mut above: Vec<Option<usize>> = labels.iter().map(|label| Some(cell_width(label))).collect();
    for index in start + 1..dash_row {
        let row = Row::new(lines.get(index));
        let mut previous_end = 0;
        for ((&(first_cell, end), label), above) in groups.iter().zip(labels.iter_mut()).zip(above.iter_mut()) {
            if !row.blank_between(previous_end, first_cell) {
                return None;
            }
            previous_end = end;
            let piece = row.cell(first_cell, end);
            let width = end - first_cell;
            if piece.is_empty() {
                // A label that ends on the first line fills its dash group (§2.1).
                if index == start + 1 && *above != Some(width) {
                    return None;
                }
                *above = None;
                continue;
            }
            let above_width = (*above)?;
            let touches_edge = !row.blank_at(first_cell) || !row.blank_at(end - 1);
            if !touches_edge || piece.contains(':') {
                return None;
            }
            if above_width < width {
                let first_word = cell_width(piece.split_once(' ').map_or(&*piece, |(word, _)| word));
                if above_width + 1 + first_word <= width {
                    return None;
                }
                label.push(' ');
            }
            *above = Some(cell_width(&piece));
            label.push_str(&piece);
        }
        if !row.blank_between(previous_end, row.len()) {
            return None;
        }
    }
    Some(())
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
fn cut_positions(groups: &[Extent], header: &[Row<'_>], rows: &[Row<'_>]) -> Vec<Cut> {
    // One pass over every row marks the positions holding text, so the search stays linear.
    // No dash group: nothing to cut.
    let span_end = groups.last().map_or(0, |g| g.1);
    let mut in_rows = vec![false; span_end];
    for row in rows {
        mark_occupied(row, &mut in_rows);
    }
    let mut anywhere = in_rows.clone();
    for header_row in header {
        mark_occupied(header_row, &mut anywhere);
    }
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
            // No free column between the two: cut just before the right one, not sure.
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
        let continues = cells.first().is_some_and(|c| c.is_empty()) && cells.iter().any(|c| !c.is_empty());
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
                    .map(|((label, cell), &sure)| cell_property(lines, label, cell, number, sure))
                    .collect();
                records.push((LineSpan::line(number), properties));
            }
        }
    }
    records
}

fn split_cells<'a>(row: &Row<'a>, cuts: &[Cut], columns: usize) -> Vec<Cow<'a, str>> {
    let mut cells = Vec::with_capacity(columns);
    let mut start = 0;
    for cut in cuts {
        cells.push(row.cell(start, cut.position));
        start = cut.position + 1;
    }
    cells.push(row.cell(start, row.len().max(start)));
    cells
}

fn cell_property(lines: &Lines<'_>, label: &Arc<str>, cell: Cow<'_, str>, line: u32, sure: bool) -> Property {
    let raw = match cell {
        Cow::Borrowed(cell) => lines.share(cell),
        Cow::Owned(cell) => Text::from(cell),
    };
    let (value, certainty) = cell_value(&raw, if sure { Certainty::Exact } else { Certainty::Uncertain });
    Property { name: Arc::clone(label), raw, value, certainty, span: LineSpan::line(line) }
}

/// A cell cut by the column width ends with `…`/`...`, or starts with one in a right-aligned
/// column (§2.5, §8 rule 15): only a prefix or suffix is known.
fn cell_value(cell: &Text, base: Certainty) -> (Value, Certainty) {
    let cut = value::strip_ellipsis(cell).1 || cell.starts_with('…') || cell.starts_with("...");
    if cut && !cell.ends_with('}') {
        return (Value::Text(cell.clone()), Certainty::Truncated);
    }
    value::display(cell, base)
}

fn extend_wrapped(property: &mut Property, cell: &str, line: u32) {
    if cell.is_empty() {
        return;
    }
    property.raw = if property.raw.is_empty() { cell.into() } else { format!("{}\n{cell}", property.raw).into() };
    let joined = Text::from(property.raw.replace('\n', " "));
    let (value, certainty) = cell_value(&joined, Certainty::Rejoined);
    property.value = value;
    property.certainty = certainty;
    property.span.last = line;
}

fn report_dropped_columns(context: &Context, labels: &[String], line: u32, sink: &mut Sink) {
    let Some(command) = &context.command else { return };
    let columns: Vec<String> = command.selected.iter().filter(|name| !labels.iter().any(|l| l.eq_ignore_ascii_case(name))).cloned().collect();
    if !columns.is_empty() {
        sink.diagnose(line, DiagnosticKind::ColumnNotShown { columns });
    }
}

/// One table line addressed by console cell.
enum Row<'a> {
    Ascii(&'a str),
    /// Wide characters are followed by a `'\0'` filler so each cell is one element.
    Cells(Vec<char>),
}

impl<'a> Row<'a> {
    fn new(line: &'a str) -> Self {
        if line.is_ascii() {
            return Row::Ascii(line.trim_end());
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
            Row::Ascii(text) => text.len(),
            Row::Cells(cells) => cells.len(),
        }
    }

    /// Whether cells `[start, end)` are all blank.
    fn blank_between(&self, start: usize, end: usize) -> bool {
        (start..end.min(self.len())).all(|position| self.blank_at(position))
    }

    fn blank_at(&self, position: usize) -> bool {
        match self {
            Row::Ascii(text) => text.as_bytes().get(position).is_none_or(|b| b.is_ascii_whitespace()),
            Row::Cells(cells) => cells.get(position).is_none_or(|c| c.is_whitespace()),
        }
    }

    /// The trimmed text of cells `[start, end)`, borrowed from the line when it is ASCII.
    fn cell(&self, start: usize, end: usize) -> Cow<'a, str> {
        match self {
            // Both ends are clamped to the row: the range is always one of it.
            Row::Ascii(text) => Cow::Borrowed(text.get(start.min(text.len())..end.min(text.len())).unwrap_or_default().trim()),
            Row::Cells(cells) => {
                // Both ends are clamped to the cells: the range is always one of them.
                let slice = cells.get(start.min(cells.len())..end.min(cells.len())).unwrap_or_default();
                Cow::Owned(slice.iter().filter(|&&c| c != '\0').collect::<String>().trim().to_owned())
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

    #[test]
    fn wrapped_labels_join_by_column() {
        // §2.4: `ft @{e='Name'; width=4}, @{n='Display Name'; e='DisplayName'; width=8}`.
        let text = "\nName Display\n     Name\n---- --------\nann  Ann Lee\n";
        let parsed = parse(text);
        let names: Vec<&str> = parsed.records[0].properties.iter().map(|p| &*p.name).collect();
        assert_eq!(names, ["Name", "Display Name"]);
        assert_eq!(parsed.records[0].get("Display Name").map(|p| &*p.raw), Some("Ann Lee"));
        assert_eq!(parsed.records[0].span.first, 5);
    }

    #[test]
    fn lines_above_a_one_line_header_stay_out_of_it() {
        let prose = parse("\nHere is the output\nName Enabled\n---- -------\nann     True\n");
        assert_eq!(prose.records.len(), 1);
        assert_eq!(prose.records[0].get("Name").map(|p| &*p.raw), Some("ann"));
        assert!(prose.diagnostics.iter().any(|d| d.code() == "unrecognised-block" && d.line == 2));
        // A table row right above the next table's header is a row, not a label piece.
        let stacked = parse("Name Enabled\n---- -------\nbobs   False\nName Enabled\n---- -------\nann     True\n");
        assert_eq!(stacked.records.len(), 2);
        assert!(stacked.records.iter().all(|r| r.get("Name").is_some() && r.get("Enabled").is_some()), "{stacked:#?}");
        // Prose right above a wrapped header.
        let wrapped = parse("Here is the output\nName PopEn\n     abled\n---- -----\nann   True\n");
        assert_eq!(wrapped.records.len(), 1, "{wrapped:#?}");
        assert_eq!(wrapped.records[0].get("PopEnabled").map(|p| &p.value), Some(&Value::Bool(true)));
        // A piece under a label that already ended; a first word that would have fitted above.
        for text in ["\nName Enabled\n     abled\nxy\n---- -------\nann     True\n", "\nName Display\n     Name\n---- ------------\nann  Ann Lee\n"] {
            let parsed = parse(text);
            assert!(parsed.records.iter().all(|r| r.shape != Shape::Table), "{text}: {parsed:#?}");
        }
    }
}
