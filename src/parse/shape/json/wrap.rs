//! ConvertTo-Json output broken by the terminal at the console width (powershell-format.md
//! §3.6 and §8 rule 18, last bullet: "if parsing fails on an unterminated string, try
//! rejoining line breaks that fall at exactly the console width"). JSON is printed as one raw
//! string and the terminal wraps it; some hosts copy those soft wraps as hard line breaks,
//! which land inside strings, keys and literals.

use super::scan;
use crate::parse::input::lines::{Lines, cell_width};

/// Narrowest console believed in: a shorter longest line is not a console's wrap, and a
/// narrower guess would join ordinary short lines.
const MIN_CONSOLE_WIDTH: usize = 20;

/// A JSON text with the line breaks at the console width removed, remembering where each
/// piece came from so spans stay physical lines.
#[derive(Debug, Default)]
pub(super) struct Rejoined {
    pub text: String,
    /// Start in `text` of each line's piece, with the line's index, ascending.
    pieces: Vec<(usize, usize)>,
    /// Positions in `text` where a line break was removed: the first byte of the joined piece.
    joins: Vec<usize>,
}

impl Rejoined {
    /// The line holding byte `position` of `text` (a kept line break belongs to the line it ends).
    pub(super) fn line_index(&self, position: usize) -> usize {
        let piece = self.pieces.partition_point(|&(start, _)| start <= position).saturating_sub(1);
        // No piece (an empty text): the first line.
        self.pieces.get(piece).map_or(0, |&(_, index)| index)
    }

    /// Whether a removed line break falls strictly inside `[start, end)`.
    pub(super) fn joined_within(&self, start: usize, end: usize) -> bool {
        let next = self.joins.partition_point(|&join| join <= start);
        self.joins.get(next).is_some_and(|&join| join < end)
    }

    /// `text[start..end]` with the removed line breaks put back: the text as printed.
    pub(super) fn printed(&self, start: usize, end: usize) -> String {
        let mut printed = String::with_capacity(end.saturating_sub(start));
        let mut from = start;
        let first = self.joins.partition_point(|&join| join <= start);
        // `first` is a partition point, at most the length; `from..join` and `from..end` are ranges of
        // the text between joins, which are positions in it, ascending.
        for &join in self.joins.get(first..).unwrap_or_default().iter().take_while(|&&join| join < end) {
            printed.push_str(self.text.get(from..join).unwrap_or_default());
            printed.push('\n');
            from = join;
        }
        printed.push_str(self.text.get(from..end).unwrap_or_default());
        printed
    }
}

/// The JSON that starts at byte `offset` (on line `start`) with every line exactly as wide as
/// the console joined to the next, or `None` when the failure at `failure` (bytes after
/// `offset`) is not next to such a break. The console width is the longest line from the start
/// to the failure — a terminal prints no wider row — and the failure's line, or the line
/// above it, must reach it. `no_retry_before` (a byte offset in [`Lines::text`]) skips starts
/// inside a text already tried, so a paste of many broken openers stays linear.
pub(super) fn rejoin(lines: &Lines<'_>, start: usize, offset: usize, failure: usize, no_retry_before: &mut usize) -> Option<Rejoined> {
    if offset < *no_retry_before {
        return None;
    }
    let failure_line = lines.index_at(offset.saturating_add(failure.saturating_sub(1)));
    let width = (start..=failure_line).map(|index| cell_width(lines.get(index))).max()?;
    let at_width = |index: usize| cell_width(lines.get(index)) == width;
    let next_to_break = at_width(failure_line) || failure_line.checked_sub(1).is_some_and(at_width);
    if width < MIN_CONSOLE_WIDTH || !next_to_break || failure_line + 1 >= lines.len() {
        return None;
    }
    // The document ends where its brackets close; a break inside a string does not move that.
    let text = lines.text().get(offset..)?;
    let last = scan::value_end(text).map_or(lines.len().saturating_sub(1), |end| lines.index_at(offset + end.saturating_sub(1)));
    *no_retry_before = lines.start(last + 1);
    let mut rejoined = Rejoined::default();
    let mut joins_next = false;
    for index in start..=last {
        let line = lines.get(index);
        let line_width = cell_width(line);
        if line_width > width {
            return None;
        }
        let piece = if index == start { line.trim_start() } else { line };
        if index > start {
            if joins_next {
                rejoined.joins.push(rejoined.text.len());
            } else {
                rejoined.text.push('\n');
            }
        }
        rejoined.pieces.push((rejoined.text.len(), index));
        rejoined.text.push_str(piece);
        joins_next = line_width == width;
    }
    (!rejoined.joins.is_empty()).then_some(rejoined)
}

#[cfg(test)]
mod tests {
    use crate::parse::{Certainty, Shape, Value, parse};

    /// `ConvertTo-Json -Compress` output hard-wrapped at 40 columns (§3.6).
    const WRAPPED: &str = "Before\n\n{\"Name\":\"Block Basic Auth\",\"AllowBasicAu\nthSmtp\":false,\"Description\":\"Blocks ever\ny legacy protocol\",\"AllowBasicAuthPop\":t\nrue}\n\nAfter";

    #[test]
    fn joins_breaks_at_the_console_width() {
        let parsed = parse(WRAPPED);
        assert_eq!(parsed.records.len(), 1, "{parsed:#?}");
        let record = &parsed.records[0];
        assert_eq!((record.shape, record.span.first, record.span.last), (Shape::Json, 3, 6));
        let smtp = record.get("AllowBasicAuthSmtp").expect("the broken key is whole again");
        assert_eq!((&smtp.value, smtp.certainty, smtp.span.first, smtp.span.last), (&Value::Bool(false), Certainty::Rejoined, 3, 4));
        let description = record.get("Description").expect("description");
        assert_eq!(description.value, Value::Text("Blocks every legacy protocol".into()));
        assert_eq!(&*description.raw, "\"Blocks ever\ny legacy protocol\"");
        assert_eq!((description.certainty, description.span.first, description.span.last), (Certainty::Rejoined, 4, 5));
        let pop = record.get("AllowBasicAuthPop").expect("pop");
        assert_eq!((&pop.value, pop.certainty, pop.span.last), (&Value::Bool(true), Certainty::Rejoined, 6));
        assert_eq!(record.get("Name").map(|p| p.certainty), Some(Certainty::Exact));
        assert!(parsed.diagnostics.iter().all(|d| d.code() != "json-invalid"), "{:#?}", parsed.diagnostics);
    }

    #[test]
    fn other_failures_keep_their_diagnostic() {
        // A break shorter than the longest line is no console wrap.
        let short = "[\n  {\"Name\": \"a rather long name, longer than the next line\", \"PopEnabled\": true},\n  {\"Name\": \"b\", \"PopEnabled\": tr\nue}\n]";
        let parsed = parse(short);
        assert!(parsed.diagnostics.iter().any(|d| d.code() == "json-invalid"), "{parsed:#?}");
        assert_eq!(parsed.records.first().and_then(|r| r.get("PopEnabled")).map(|p| &p.value), Some(&Value::Bool(true)));
        assert!(parsed.records.iter().skip(1).all(|r| r.get("PopEnabled").is_none()), "{parsed:#?}");
        // Rejoined at the width but still not JSON.
        let broken = "{\"Name\":\"Block Basic Auth\",\"AllowBasicA\nuthSmtp\":false,,\"Description\":\"Blocks\n\"}";
        let parsed = parse(broken);
        assert!(parsed.records.iter().all(|r| r.get("AllowBasicAuthSmtp").is_none()), "{parsed:#?}");
    }
}
