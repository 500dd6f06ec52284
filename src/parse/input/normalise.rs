//! Paste → [`Lines`]: splits at CRLF/CR/LF, strips escape codes and undoes web damage line by
//! line (powershell-format.md §8 rules 1-5). Clean lines are borrowed from the input; only a
//! paste that needs changes is copied, so the common case costs one scan.

use std::borrow::Cow;
use std::sync::Arc;

use super::lines::{LineRef, Lines, Source};
use super::{ansi, mangling};

pub(in crate::parse) fn normalise(input: &str) -> Lines<'_> {
    normalise_numbered(input, Numbering::default())
}

/// How the physical lines of a text are numbered: a part of a larger text (see `parts`) is
/// numbered as the lines of the whole, its repeated header lines as the header's own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(in crate::parse) struct Numbering {
    /// Lines at the start that repeat an earlier header.
    pub header_lines: u32,
    /// The number of the header's first line.
    pub header_first: u32,
    /// The number of the first line after the header; 0 for 1 with no header.
    pub body_first: u32,
}

impl Numbering {
    pub(in crate::parse) fn number(self, physical: u32) -> u32 {
        if physical <= self.header_lines {
            self.header_first.saturating_add(physical - 1)
        } else {
            self.body_first.max(1).saturating_add(physical - self.header_lines - 1)
        }
    }
}

pub(in crate::parse) fn normalise_numbered(input: &str, numbering: Numbering) -> Lines<'_> {
    // With or without a byte-order mark.
    let input = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    // Pastes average well over 16 bytes a line; one allocation up front saves the regrowth copies.
    let mut builder = Builder { input, owned: None, lines: Vec::with_capacity(input.len() / 16 + 1) };
    let mut physical: u32 = 0;
    for (start, end) in physical_lines(input) {
        physical = physical.saturating_add(1);
        let number = numbering.number(physical);
        // `physical_lines` gives line ranges of `input`, cut at line breaks: boundaries.
        let raw = input.get(start..end).unwrap_or("");
        match clean(raw) {
            None => builder.keep(start, end, number),
            Some(pieces) => builder.replace(start, &pieces, number),
        }
    }
    let mut lines = builder.lines;
    // No line was rewritten: the lines are ranges of `input`.
    collapse_doubled_lines(&mut lines, builder.owned.as_deref().unwrap_or(input));
    let text = builder.owned.map_or(Source::Paste(input), |cleaned| Source::Cleaned(Arc::new(cleaned)));
    Lines::from_parts(text, lines)
}

struct Builder<'a> {
    input: &'a str,
    /// Set from the first changed line on: the input up to there, then cleaned lines.
    owned: Option<String>,
    lines: Vec<LineRef>,
}

impl Builder<'_> {
    fn keep(&mut self, start: usize, end: usize, number: u32) {
        match &mut self.owned {
            None => self.lines.push(LineRef { start, end, number }),
            Some(buffer) => {
                // `keep` is given ranges of `input` from `physical_lines`: boundaries.
                let piece = self.input.get(start..end).unwrap_or("");
                push_line(buffer, &mut self.lines, piece, number);
            }
        }
    }

    fn replace(&mut self, start: usize, pieces: &[String], number: u32) {
        let buffer = self.owned.get_or_insert_with(|| {
            // Offsets of the lines kept so far stay valid: the prefix is copied verbatim.
            self.input.get(..start).unwrap_or("").to_owned()
        });
        if !buffer.is_empty() && !buffer.ends_with(['\n', '\r']) {
            buffer.push('\n');
        }
        for piece in pieces {
            push_line(buffer, &mut self.lines, piece, number);
        }
    }
}

fn push_line(buffer: &mut String, lines: &mut Vec<LineRef>, piece: &str, number: u32) {
    if !buffer.is_empty() && !buffer.ends_with(['\n', '\r']) {
        buffer.push('\n');
    }
    let start = buffer.len();
    buffer.push_str(piece);
    lines.push(LineRef { start, end: buffer.len(), number });
}

/// `(start, end)` byte ranges of the lines, terminators excluded; `\r\n`, `\r` and `\n` all end a
/// line (§8 rule 2).
fn physical_lines(input: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = input.as_bytes();
    let mut position = 0;
    std::iter::from_fn(move || {
        if position >= bytes.len() {
            return None;
        }
        let start = position;
        // `start` is below the length: checked above.
        let rest = bytes.get(start..).unwrap_or_default();
        match memchr::memchr2(b'\n', b'\r', rest) {
            None => {
                position = bytes.len();
                Some((start, bytes.len()))
            }
            Some(offset) => {
                let end = start + offset;
                let crlf = bytes.get(end) == Some(&b'\r') && bytes.get(end + 1) == Some(&b'\n');
                position = end + if crlf { 2 } else { 1 };
                Some((start, end))
            }
        }
    })
}

/// Bytes that may need work: escape codes, HTML, Markdown escapes, tabs, and any non-ASCII
/// byte (typographic quotes, `…`, NBSP, East-Asian text).
/// Written with non-short-circuit `|` so that it has no branches and vectorises.
fn is_special(b: u8) -> bool {
    (b >= 0x80)
        | (b == 0x1b)
        | (b == b'<')
        | (b == b'&')
        | (b == b'\\')
        | (b == b'\t')
        | (b == b'`')
        | (b == b'~')
        | (b == b'[')
}

/// A line without special bytes (and not starting with `>`) is kept as it is. Tested 32 bytes
/// at a time without an early exit, which the compiler turns into vector compares: this scan
/// touches every byte of the paste.
fn needs_cleaning(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut chunks = bytes.chunks_exact(32);
    let special_chunk = chunks.by_ref().any(|chunk| chunk.iter().fold(false, |found, &b| found | is_special(b)));
    bytes.first() == Some(&b'>') || special_chunk || chunks.remainder().iter().any(|&b| is_special(b))
}

/// The cleaned logical lines of one physical line, or `None` when it needs no change.
fn clean(raw: &str) -> Option<Vec<String>> {
    if !needs_cleaning(raw) || left_as_it_is(raw) {
        return None;
    }
    let mut line = Cow::Borrowed(raw);
    if line.contains('\u{1b}') {
        line = Cow::Owned(ansi::strip_escapes(&line));
    }
    if line.contains("[0m") || line.starts_with('[') {
        let stripped = ansi::strip_bare_sgr(&line);
        if stripped != line {
            line = Cow::Owned(stripped);
        }
    }
    let pieces = if line.contains('<') { mangling::split_html_breaks(&line) } else { vec![line.to_string()] };
    let cleaned: Vec<String> = pieces.iter().map(|piece| clean_piece(piece)).collect();
    let unchanged = matches!(cleaned.as_slice(), [only] if only == raw);
    (!unchanged).then_some(cleaned)
}

/// A line with special bytes that cleaning would not change, told without copying it: JSON's
/// `[` and `\`, a path's `\`, a non-ASCII name. (The copies [`clean`] makes for every such line
/// would otherwise cost more than reading it.)
fn left_as_it_is(raw: &str) -> bool {
    !raw.bytes().any(|b| b == 0x1b || b == b'<')
        && !raw.starts_with('[')
        && !raw.contains("[0m")
        && mangling::strip_blockquote(raw).len() == raw.len()
        && !mangling::is_code_fence(raw)
        && mangling::decode_entities(raw) == raw
        && mangling::unescape_markdown(raw) == raw
        && mangling::normalise_spaces(raw) == raw
        && !raw.contains("![")
}

fn clean_piece(piece: &str) -> String {
    let decoded = mangling::decode_entities(piece);
    let unquoted = mangling::strip_blockquote(&decoded);
    if mangling::is_code_fence(unquoted) {
        return String::new();
    }
    let imageless = mangling::blank_images(unquoted);
    let unescaped = mangling::unescape_markdown(&imageless);
    mangling::normalise_spaces(&unescaped).into_owned()
}

/// Some sites double every line (§1.10, §8 rule 5: "if every second line is empty … collapse
/// the doubled newlines"). Doubling turns every gap of k blank lines into 2k + 1, so the paste
/// is taken as doubled only when no two non-blank lines touch, every gap is odd, and the list
/// labels (if any) share one colon column, as one object's labels do; one object's lines
/// separated by single blank lines would otherwise read as one-property objects. `017`
/// (Markdown `>` spacer lines) is the corpus case.
fn collapse_doubled_lines(lines: &mut Vec<LineRef>, text: &str) {
    // The lines are ranges of `text`, cut at line breaks: boundaries.
    let line_text = |l: &LineRef| text.get(l.start..l.end).unwrap_or("");
    let blank = |l: &LineRef| line_text(l).trim().is_empty();
    // Two touching non-blank lines settle it at once; only then is the whole paste counted.
    if lines.windows(2).any(|pair| !blank(&pair[0]) && !blank(&pair[1])) || lines.iter().filter(|l| !blank(l)).count() < 3 {
        return;
    }
    let mut gaps_odd = true;
    let mut run = 0usize;
    let mut seen_content = false;
    for line in lines.iter() {
        if blank(line) {
            run += 1;
        } else {
            gaps_odd &= !seen_content || run % 2 == 1;
            run = 0;
            seen_content = true;
        }
    }
    let mut colons = lines.iter().filter_map(|l| line_text(l).find(" : ").or_else(|| line_text(l).strip_suffix(" :").map(str::len)));
    let first_colon = colons.next();
    if !gaps_odd || colons.any(|c| Some(c) != first_colon) {
        return;
    }
    let mut kept = Vec::with_capacity(lines.len());
    let mut blanks: Vec<LineRef> = Vec::new();
    let mut seen_content = false;
    for line in lines.drain(..) {
        if blank(&line) {
            blanks.push(line);
            continue;
        }
        let keep = if seen_content { blanks.len() / 2 } else { blanks.len() };
        kept.extend(blanks.drain(..).take(keep));
        blanks.clear();
        seen_content = true;
        kept.push(line);
    }
    kept.append(&mut blanks);
    *lines = kept;
}

#[cfg(test)]
mod tests {
    use super::normalise;

    fn logical(text: &str) -> Vec<(u32, String)> {
        let lines = normalise(text);
        (0..lines.len()).map(|i| (lines.number(i), lines.get(i).to_string())).collect()
    }

    #[test]
    fn keeps_physical_line_numbers() {
        let got = logical("a\r\n> b<br>c\rd\n");
        assert_eq!(got, vec![(1, "a".into()), (2, "b".into()), (2, "c".into()), (3, "d".into())]);
    }

    #[test]
    fn collapses_doubled_lines() {
        let got = logical("> A : 1\n>\n> B : 2\n>\n> C : 3\n");
        assert_eq!(got, vec![(1, "A : 1".into()), (3, "B : 2".into()), (5, "C : 3".into())]);
    }

    #[test]
    fn borrowed_when_clean() {
        let lines = normalise("A : 1\r\nB : 2");
        assert_eq!(lines.get(1), "B : 2");
        assert_eq!(lines.index_at(8), 1);
    }
}
