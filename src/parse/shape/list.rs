//! Format-List blocks (powershell-format.md §1 and §8 rules 10-12): `Label : value` lines,
//! wrapped values continued on lines indented to the value column, objects separated by blank
//! lines. One call reads one object.

use crate::parse::console::line_kind::{self, LabelLine, label_line};
use crate::parse::input::intern::Interner;
use crate::parse::input::lines::{Lines, cell_width, indent};
use crate::parse::printed::value;
use crate::parse::sink::{Context, Sink};
use crate::parse::{CutOff, DiagnosticKind};
use crate::parse::{Certainty, LineSpan, Property, Shape, Text, Value};

/// Console widths minus one (§0): a line this long was full, so a break after it is mid-word.
const COMMON_WIDTHS: &[usize] = &[79, 99, 119, 120, 127, 139, 159, 179, 199, 209, 219, 239, 249, 255];

/// What list reading carries across objects of one paste.
#[derive(Default)]
pub(in crate::parse) struct ListState {
    /// Longest list line seen so far (relative to its block's indent): a lower bound of the
    /// console width W of §8 rule 11.
    longest: usize,
    drafts: Vec<Draft>,
    /// Case-folded hashes of the current object's labels once it has more than
    /// [`LINEAR_LABELS`], so spotting a repeated label stays linear in objects with thousands of
    /// properties.
    seen: rustc_hash::FxHashSet<u64>,
}

/// One `Label : value` line and where its continuation lines are.
#[derive(Clone, Copy)]
struct Draft {
    label_line: usize,
    name: (usize, usize),
    value: (usize, usize),
    /// Cells from the block indent to the value (L + 3, §1.4); `None` for `Key: Value`.
    value_column: Option<usize>,
    /// Lines after `label_line` up to here (exclusive) continue the value.
    continued_to: usize,
}

/// Reads one Format-List object starting at `start`, or returns `None` when `start` is not a
/// label line. Returns the index of the first line after the object.
pub(in crate::parse) fn read(lines: &Lines<'_>, start: usize, context: &Context, state: &mut ListState, sink: &mut Sink) -> Option<usize> {
    let first = lines.get(start);
    let block_indent = indent(first);
    let head = label_line(first, block_indent)?;
    if head.value_column.is_none() && head.value.0 == head.value.1 {
        return None; // `Heading:` prose, not `Key: Value` (§8 rule 10 needs " : ").
    }
    let mut drafts = std::mem::take(&mut state.drafts);
    drafts.clear();
    let end = scan_object(lines, start, block_indent, head, &mut drafts, state, sink);
    let width = Width::estimate(state.longest);
    let mut properties = Vec::with_capacity(drafts.len());
    for draft in &drafts {
        properties.push(build_property(lines, draft, block_indent, width, &mut sink.text));
    }
    mark_cut_off(lines, end, &mut properties, sink);
    state.drafts = drafts;
    let span = LineSpan { first: lines.number(start), last: lines.number(end.saturating_sub(1)) };
    sink.push_classified(context, Shape::List, span, properties);
    Some(end)
}

/// Finds the object's lines: label lines at the block indent, continuation lines, elisions;
/// stops at a blank line, any other line, or a label seen before in this object (two objects
/// whose separating blank line was lost).
fn scan_object(
    lines: &Lines<'_>,
    start: usize,
    block_indent: usize,
    head: LabelLine,
    drafts: &mut Vec<Draft>,
    state: &mut ListState,
    sink: &mut Sink,
) -> usize {
    let mut longest = relative_width(lines.get(start), block_indent);
    state.seen.clear();
    drafts.push(Draft { label_line: start, name: head.name, value: head.value, value_column: head.value_column, continued_to: start + 1 });
    let mut index = start + 1;
    while index < lines.len() {
        let line = lines.get(index);
        let current = drafts.last().copied();
        if line.trim().is_empty() {
            if !blank_inside_value(lines, index, block_indent, current) {
                break;
            }
        } else if is_elision(line) {
            report_elision(lines, index, sink);
        } else if let Some(label) = label_line(line, block_indent) {
            // The label's offsets were found in this same line (`label_line`).
            let name = line.get(label.name.0..label.name.1).unwrap_or("");
            if is_repeated(lines, drafts, name, &mut state.seen) {
                break;
            }
            drafts.push(Draft { label_line: index, name: label.name, value: label.value, value_column: label.value_column, continued_to: index + 1 });
        } else if is_continuation(line, block_indent) {
            if let Some(draft) = drafts.last_mut() {
                draft.continued_to = index + 1;
            }
        } else {
            break;
        }
        longest = longest.max(relative_width(line, block_indent));
        index += 1;
    }
    state.longest = state.longest.max(longest);
    index
}

/// Objects up to this many labels are searched directly; hashing costs more than that.
const LINEAR_LABELS: usize = 16;

/// Whether `name` is already a label of the object being read (two objects whose separating
/// blank line was lost).
fn is_repeated(lines: &Lines<'_>, drafts: &[Draft], name: &str, seen: &mut rustc_hash::FxHashSet<u64>) -> bool {
    // The length check needs no look at the line, and rules out nearly every label.
    let same = |d: &Draft| {
        d.name.1.saturating_sub(d.name.0) == name.len()
            && lines.get(d.label_line).get(d.name.0..d.name.1).is_some_and(|n| n.eq_ignore_ascii_case(name))
    };
    if drafts.len() < LINEAR_LABELS {
        return drafts.iter().any(same);
    }
    if seen.is_empty() {
        for draft in drafts {
            // A draft's offsets were found in its own label line (`label_line`).
            seen.insert(label_hash(lines.get(draft.label_line).get(draft.name.0..draft.name.1).unwrap_or("")));
        }
    }
    // A hash hit is confirmed by comparing names (rare), a miss is certain.
    !seen.insert(label_hash(name)) && drafts.iter().any(same)
}

fn label_hash(name: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    for b in name.bytes() {
        hasher.write_u8(b.to_ascii_lowercase());
    }
    hasher.finish()
}

/// An indentation-only line inside a wrapped value is an empty line of a multi-line string
/// when the next line continues the value (§1.5, §8 rule 11).
fn blank_inside_value(lines: &Lines<'_>, index: usize, block_indent: usize, current: Option<Draft>) -> bool {
    let Some(column) = current.and_then(|d| d.value_column) else { return false };
    lines.get(index).len() >= block_indent + column && is_continuation(lines.get(index + 1), block_indent)
}

fn relative_width(line: &str, block_indent: usize) -> usize {
    // Normalisation turned exotic blanks into spaces, so an ASCII trim is the whole trim.
    cell_width(line.trim_ascii_end()).saturating_sub(block_indent)
}

fn is_continuation(line: &str, block_indent: usize) -> bool {
    indent(line) > block_indent && !line.trim().is_empty() && !line_kind::is_error_detail(line.trim_start())
}

/// A line an author put in place of omitted output: `...`, `....`, `…`, `[...]`, `[…]`, `(...)`.
pub(in crate::parse) fn is_elision(line: &str) -> bool {
    // Nearly every line is not one: decide from the first character before any counting.
    if !line.trim_start().starts_with(['.', '[', '(', '…']) {
        return false;
    }
    let t = line.trim();
    // A marker not in brackets is read as it is.
    let inner = t.strip_prefix(['[', '(']).and_then(|i| i.strip_suffix([']', ')'])).unwrap_or(t);
    let dots = inner.chars().filter(|&c| c == '.').count();
    !inner.is_empty() && (dots >= 3 || inner == "…") && inner.chars().all(|c| c == '.' || c == '…')
}

pub(in crate::parse) fn report_elision(lines: &Lines<'_>, index: usize, sink: &mut Sink) {
    let line = lines.number(index);
    sink.diagnose(line, DiagnosticKind::Elision { shown: lines.get(index).trim().to_string() });
}

/// The console width W of §8 rule 11 as far as the paste shows it.
#[derive(Clone, Copy)]
struct Width {
    /// Longest line seen: W is at least this.
    observed: usize,
    /// `observed` is a common console width, so lines that long were full.
    established: bool,
}

impl Width {
    fn estimate(observed: usize) -> Self {
        Self { observed, established: COMMON_WIDTHS.contains(&observed) }
    }
}

fn build_property(lines: &Lines<'_>, draft: &Draft, block_indent: usize, width: Width, text: &mut Interner) -> Property {
    let label_line = lines.get(draft.label_line);
    // A draft's offsets were found in its own label line (`label_line`).
    let name = text.name(label_line.get(draft.name.0..draft.name.1).unwrap_or(""));
    let first_value = label_line.get(draft.value.0..draft.value.1).unwrap_or("");
    let first_line = lines.number(draft.label_line);
    if draft.continued_to <= draft.label_line + 1 {
        let raw = lines.share(first_value.trim());
        let (value, certainty) = value::display(&raw, Certainty::Exact);
        return Property { name, raw, value, certainty, span: LineSpan::line(first_line) };
    }
    let (joined, raw, certainty) = rejoin(lines, draft, block_indent, width);
    let (value, certainty) = value::display(&Text::from(joined), certainty);
    let span = LineSpan { first: first_line, last: lines.number(draft.continued_to - 1) };
    Property { name, raw: raw.into(), value, certainty, span }
}

/// Joins a wrapped value back together (§1.4, §8 rule 11). Returns the value, the raw printed
/// lines (indentation removed, joined by `\n`) and the certainty.
fn rejoin(lines: &Lines<'_>, draft: &Draft, block_indent: usize, width: Width) -> (String, String, Certainty) {
    let label_line = lines.get(draft.label_line);
    // A draft's offsets were found in its own label line (`label_line`).
    let first_value = label_line.get(draft.value.0..draft.value.1).unwrap_or("");
    let mut joined = first_value.trim().to_owned();
    let mut raw = joined.clone();
    let mut certain = true;
    let mut previous = label_line;
    for index in draft.label_line + 1..draft.continued_to {
        let line = lines.get(index);
        if is_elision(line) {
            continue;
        }
        let (piece, exact_indent) = continuation_piece(line, block_indent, draft.value_column);
        let more_follows = index + 1 < draft.continued_to;
        let (joiner, sure) = joiner(previous, block_indent, piece, more_follows, width);
        certain &= sure && exact_indent;
        joined.push_str(joiner);
        joined.push_str(piece.trim_end());
        raw.push('\n');
        raw.push_str(piece.trim_end());
        previous = line;
    }
    (joined, raw, if certain { Certainty::Rejoined } else { Certainty::Uncertain })
}

/// Removes exactly the continuation indent (block indent + L + 3), not all leading spaces: a
/// leading space can belong to the value (§1.4 corner case).
fn continuation_piece(line: &str, block_indent: usize, value_column: Option<usize>) -> (&str, bool) {
    if let Some(column) = value_column {
        let strip = block_indent + column;
        if indent(line) >= strip {
            // `indent` counts leading spaces: `strip` is within the line, on a boundary.
            return (line.get(strip..).unwrap_or(""), true);
        }
    }
    (line.trim_start(), false)
}

/// What goes between two physical lines of one value, and whether the layout makes it sure.
fn joiner(previous: &str, block_indent: usize, piece: &str, more_follows: bool, width: Width) -> (&'static str, bool) {
    if piece.starts_with(' ') {
        return ("", true);
    }
    let trimmed = previous.trim_end();
    if trimmed.len() != previous.len() {
        return (" ", true); // the word's trailing space survived the copy
    }
    let length = relative_width(previous, block_indent);
    if length >= width.observed {
        // Full line: a mid-word break if W really is this long; otherwise a word break.
        return if width.established { ("", true) } else { (" ", false) };
    }
    if width.established && next_word_would_fit(length, piece, more_follows, width.observed) {
        return ("\n", true); // PowerShell would have put the word on this line: a real newline
    }
    (" ", true)
}

/// Whether PowerShell's word wrap would have put the first word of `piece` on the previous
/// line: the word with its trailing delimiter (if the value goes on) after one space.
fn next_word_would_fit(length: usize, piece: &str, more_follows: bool, width: usize) -> bool {
    // Without a space the whole piece is one word.
    let word = piece.split_once(' ').map_or(piece, |(word, _)| word);
    let delimiter = usize::from(more_follows || piece.trim_end().len() > word.len());
    length + 1 + cell_width(word) + delimiter <= width
}

/// A paste cut off inside the last value (`AllowBasicAuthPop : Fa`) must not read as text.
fn mark_cut_off(lines: &Lines<'_>, end: usize, properties: &mut [Property], sink: &mut Sink) {
    let rest_blank = (end..lines.len()).all(|i| lines.is_blank(i));
    let Some(last) = properties.last_mut() else { return };
    let partial_bool = matches!(&last.value, Value::Text(t) if ("True".starts_with(&**t) || "False".starts_with(&**t)));
    if rest_blank && partial_bool {
        last.certainty = Certainty::Truncated;
        let line = last.span.last;
        sink.diagnose(line, DiagnosticKind::CutOff(CutOff::Value { name: last.name.to_string() }));
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::{Certainty, ObjectKind, Value, parse};

    #[test]
    fn reads_a_single_property_list() {
        let parsed = parse("\nSmtpClientAuthenticationDisabled : True\n\n");
        assert_eq!(parsed.records.len(), 1);
        let record = &parsed.records[0];
        assert_eq!(record.kind, ObjectKind::TransportConfig);
        let property = record.get("SmtpClientAuthenticationDisabled").expect("property read");
        assert_eq!(property.value, Value::Bool(true));
        assert_eq!(property.span.first, 2);
    }

    #[test]
    fn garbage_yields_no_record() {
        assert!(parse("hello world\n: : :\n\u{0}").records.is_empty());
    }

    #[test]
    fn rejoins_word_and_hard_wraps_at_an_established_width() {
        // §1.4 example: W = 79, L + 3 = 35.
        let text = "\nInternalDomains                  : {contoso.com, fabrikam.com,\n                                   northwind.example, tailspintoys.example…}\nDn                               : CN=Transport\n                                   Settings,CN=Contoso,CN=Microsoft Exchange,CN\n                                   =Services,CN=Configuration,DC=contoso,DC=exa\n                                   mple\n";
        let record = &parse(text).records[0];
        let domains = record.get("InternalDomains").expect("domains");
        assert_eq!(domains.certainty, Certainty::Truncated);
        assert_eq!(domains.value, Value::List(vec!["contoso.com".into(), "fabrikam.com".into(), "northwind.example".into(), "tailspintoys.example".into()]));
        let dn = record.get("Dn").expect("dn");
        assert_eq!(dn.value, Value::Text("CN=Transport Settings,CN=Contoso,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=contoso,DC=example".into()));
        assert_eq!(dn.certainty, Certainty::Rejoined);
        assert_eq!((dn.span.first, dn.span.last), (4, 7));
    }

    #[test]
    fn splits_objects_on_a_repeated_label_and_reads_unpadded_keys() {
        let parsed = parse("PopEnabled: True\nImapEnabled : False\nPopEnabled : False\n");
        assert_eq!(parsed.records.len(), 2);
        assert_eq!(parsed.records[0].get("PopEnabled").map(|p| &p.value), Some(&Value::Bool(true)));
    }

    #[test]
    fn a_cut_off_value_is_truncated() {
        let parsed = parse("AllowBasicAuthPop : False\nAllowBasicAuthSmtp : Tr");
        assert_eq!(parsed.records[0].get("AllowBasicAuthSmtp").map(|p| p.certainty), Some(Certainty::Truncated));
    }
}
