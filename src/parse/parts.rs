//! A large text read in parts, so that the web app can paint progress and handle input between
//! them: a 30-day sign-in export of a large tenant is some 150 MB, which read in one go holds the
//! page for seconds.
//!
//! Parts end at a blank line where one comes soon after the part's size; inside a sign-in or
//! report CSV, which has none, at the end of any row (never inside a quoted field), and the
//! next part is read with the export's header in front, numbered as the header's own lines, so
//! that its rows join the same source. A typed `Export-Csv` of mailboxes or users is cut the same
//! way, its once-per-export warning given once. A Format-List message trace cut at a blank line
//! between two of its objects is continued by the next part, as the same source. Every line
//! number is the whole text's. Other blocks are never cut: a JSON document without a blank line
//! is one part.

use super::input::normalise::Numbering;
use super::segment::Carry;
use super::shape;
use super::diagnostic::code;
use super::usage;
use super::{Parsed, Source, SourceKind, message_trace};

/// A parse that goes on part by part; [`PartedParse::finish`] gives what [`super::parse`] would.
#[derive(Default)]
pub struct PartedParse {
    /// Byte offset of the next part.
    next: usize,
    /// Line number of the next part's first line.
    next_line: u32,
    carry: Option<Header>,
    parsed: Parsed,
    /// Handed from part to part: an account's rows share one copy of its name, and a message
    /// trace goes on where the part before ended in it.
    shared: Carry,
    /// Where each opened file ends: no part runs over, and nothing is handed on from one.
    ends: Vec<usize>,
}

/// The header of the export a part continues.
#[derive(Clone)]
struct Header {
    text: String,
    lines: u32,
    first_line: u32,
}

impl PartedParse {
    pub fn new() -> Self {
        PartedParse { next_line: 1, ..PartedParse::default() }
    }

    /// Reads the joined text of opened files, each on its own.
    pub fn with_files(files: &[super::OpenedFile]) -> Self {
        PartedParse { ends: files.iter().map(|file| file.end).collect(), ..PartedParse::new() }
    }

    /// Bytes of `text` read so far.
    pub fn done(&self) -> usize {
        self.next
    }

    /// Reads the next part of `text`, of about `budget` bytes; true when all of it is read.
    pub fn step(&mut self, text: &str, budget: usize) -> bool {
        let file_end = self.ends.iter().copied().find(|&end| end > self.next);
        let rest = file_end.and_then(|end| text.get(self.next..end)).or_else(|| text.get(self.next..));
        let Some(rest) = rest.filter(|r| !r.is_empty()) else { return true };
        let (end, carry_next) = self.cut(rest, budget.max(1));
        // `end` from `cut` is within `rest`, after a line break or at a prompt.
        let part = rest.get(..end).unwrap_or(rest);
        let continued = self.carry.take();
        let shared = std::mem::take(&mut self.shared);
        let (part_parsed, shared) = match &continued {
            Some(header) => {
                let numbering = Numbering { header_lines: header.lines, header_first: header.first_line, body_first: self.next_line };
                super::parse_numbered(&format!("{}\n{part}", header.text), numbering, shared)
            }
            None => super::parse_numbered(part, Numbering { body_first: self.next_line, ..Numbering::default() }, shared),
        };
        self.shared = shared;
        self.merge(part_parsed, continued.as_ref());
        self.next_line = self.next_line.saturating_add(terminators(part));
        self.next += end;
        self.carry = carry_next;
        if file_end == Some(self.next) {
            self.carry = None;
            self.shared.trace = None;
        }
        self.next >= text.len()
    }

    /// Everything read.
    pub fn finish(mut self) -> Parsed {
        message_trace::check_caps(&mut self.parsed);
        self.parsed
    }

    /// Where the part that starts `rest` ends, and the header the next part continues, if it
    /// is cut inside an export. A part ends before a prompt line, so every block keeps the
    /// command it came from, or at a row end inside a sign-in or report CSV, whose rows need no
    /// command.
    fn cut(&self, rest: &str, budget: usize) -> (usize, Option<Header>) {
        if rest.len() <= budget {
            return (rest.len(), None);
        }
        let bytes = rest.as_bytes();
        let soon = budget.saturating_mul(2).min(bytes.len());
        if let Some(prompt) = prompt_after(bytes, budget, soon) {
            return (prompt, None);
        }
        // No blank line before the budget: the part starts at the text's start.
        let block_start = bytes.get(..budget).and_then(last_blank_line_end).unwrap_or(0);
        let header = match (&self.carry, block_start) {
            (Some(header), 0) => Some(header.clone()),
            _ => rest.get(block_start..).and_then(|block| usage::csv::header_text(block).or_else(|| shape::csv::header_text(block))).map(|(text, lines)| Header {
                text: text.to_string(),
                lines,
                // `block_start` is the end of a blank line within `rest`: a char boundary.
                first_line: self.next_line.saturating_add(terminators(rest.get(..block_start).unwrap_or(""))),
            }),
        };
        if let Some(header) = header
            && let Some(end) = row_end_after(bytes, block_start, budget.max(block_start + header.text.len() + 1))
            && blank_line_end_within(bytes, block_start.max(header.text.len()), end).is_none()
        {
            return (end, Some(header));
        }
        // No prompt within the budget: the part is all the rest.
        (prompt_after(bytes, budget, bytes.len()).unwrap_or(rest.len()), None)
    }

    /// Adds a part's results; the first source of a continued part is the export it continues,
    /// and a message trace that starts where the last one of the part before does is that one.
    fn merge(&mut self, part: Parsed, continued: Option<&Header>) {
        let Parsed { records, mut diagnostics, usage, answers } = part;
        self.parsed.records.extend(records);
        self.parsed.answers.extend(answers);
        // Warned once per export, at its first row that shows it: not again for a later part.
        if continued.is_some() && self.parsed.diagnostics.iter().any(|d| d.code() == code::CSV_ASCII_EXPORT) {
            diagnostics.retain(|d| d.code() != code::CSV_ASCII_EXPORT);
        }
        self.parsed.diagnostics.extend(diagnostics);
        self.parsed.usage.symptoms.extend(usage.symptoms);
        let base = self.parsed.usage.sources.len();
        let joins_last = matches!((self.parsed.usage.sources.last(), usage.sources.first()), (Some(last), Some(first))
            if (continued.is_some() || first.kind == SourceKind::MessageTrace) && last.kind == first.kind && last.line == first.line);
        let index_of = |source: u32| -> u32 {
            let source = source as usize;
            let index = if joins_last { (base + source).saturating_sub(1) } else { base + source };
            crate::parse::u32_of(index)
        };
        self.parsed.usage.rows.extend(usage.rows.into_iter().map(|mut row| {
            row.source = index_of(row.source);
            row
        }));
        self.parsed.usage.traces.extend(usage.traces.into_iter().map(|mut row| {
            row.source = index_of(row.source);
            row
        }));
        let mut sources = usage.sources.into_iter();
        if joins_last && let (Some(last), Some(first)) = (self.parsed.usage.sources.last_mut(), sources.next()) {
            join(last, &first);
        }
        self.parsed.usage.sources.extend(sources);
    }
}

fn join(into: &mut Source, more: &Source) {
    into.records += more.records;
    into.widen(more.from);
    into.widen(more.to);
    into.has_users &= more.has_users;
    into.shows_method &= more.shows_method;
    into.concealed_names += more.concealed_names;
    into.senders_not_in_paste += more.senders_not_in_paste;
    into.dates_ambiguous |= more.dates_ambiguous;
}

/// Line terminators in `text` (`\r\n`, `\r` and `\n` each end one line).
pub(super) fn terminators(text: &str) -> u32 {
    let bytes = text.as_bytes();
    let lf = memchr::memchr_iter(b'\n', bytes).count();
    let lone_cr = memchr::memchr_iter(b'\r', bytes).filter(|&i| bytes.get(i + 1) != Some(&b'\n')).count();
    crate::parse::u32_of(lf + lone_cr)
}

/// The start of the first prompt line (`PS C:\\> …`) that starts in `(from, to)`.
fn prompt_after(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let window = bytes.get(from..to)?;
    memchr::memmem::find_iter(window, b"\nPS ").map(|i| from + i + 1).find(|&start| {
        // `start` is a match within `bytes`.
        let line = bytes.get(start..).unwrap_or_default();
        // No line break: the line runs to the end.
        let end = memchr::memchr(b'\n', line).unwrap_or(line.len());
        line.get(..end).is_some_and(|l| l.contains(&b'>'))
    })
}

/// Whether a blank line ends the block between `from` and `to` (then the export ended there).
fn blank_line_end_within(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let window = bytes.get(from..to)?;
    memchr::memmem::find(window, b"\n\n").or_else(|| memchr::memmem::find(window, b"\n\r\n"))
}

/// The offset just past the last blank line in `bytes`.
fn last_blank_line_end(bytes: &[u8]) -> Option<usize> {
    memchr::memmem::rfind(bytes, b"\n\n").map(|at| at + 2).or_else(|| memchr::memmem::rfind(bytes, b"\n\r\n").map(|at| at + 3))
}

/// The offset just past the first row end after `budget` that is outside quotes, counting
/// quotes from the block's start.
fn row_end_after(bytes: &[u8], block_start: usize, budget: usize) -> Option<usize> {
    let quotes = memchr::memchr_iter(b'"', bytes.get(block_start..budget)?).count();
    let mut open = quotes % 2 == 1;
    for (i, &b) in bytes.iter().enumerate().skip(budget) {
        match b {
            b'"' => open = !open,
            b'\n' if !open => return Some(i + 1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn parted(text: &str, budget: usize) -> Parsed {
        let mut parts = PartedParse::new();
        let mut steps = 0;
        while !parts.step(text, budget) {
            steps += 1;
            assert!(steps < 10_000, "no progress");
        }
        parts.finish()
    }

    fn export(rows: usize) -> String {
        let mut text = String::from("PS C:\\> Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled\n\nSmtpClientAuthenticationDisabled : True\n\nDate (UTC),Username,Client app,Status,Location\n");
        for i in 0..rows {
            text.push_str(&format!("2026-11-{:02}T08:00:00Z,user{}@contoso.com,Authenticated SMTP,{},\"Seattle, WA,\nUS\"\n", 1 + i % 28, i % 7, if i % 5 == 0 { "Failure" } else { "Success" }));
        }
        text.push_str("\nPS C:\\> Get-EXOCasMailbox user1@contoso.com | fl PrimarySmtpAddress,SmtpClientAuthenticationDisabled\n\nPrimarySmtpAddress               : user1@contoso.com\nSmtpClientAuthenticationDisabled : False\n");
        text
    }

    #[test]
    fn parts_read_what_the_whole_reads() {
        let text = export(500);
        let whole = parse(&text);
        for budget in [64, 1000, 4096, text.len()] {
            let parted = parted(&text, budget);
            assert_eq!(parted.records, whole.records, "budget {budget}");
            assert_eq!(parted.usage.rows, whole.usage.rows, "budget {budget}");
            assert_eq!(parted.usage.sources, whole.usage.sources, "budget {budget}");
        }
    }

    #[test]
    fn a_typed_mailbox_export_is_read_in_parts_as_a_whole() {
        let mut text = String::from("SmtpClientAuthenticationDisabled : True\n\n#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.CASMailbox\n\"Identity\",\"DisplayName\",\"PopEnabled\",\"SmtpClientAuthenticationDisabled\"\n");
        for i in 0..400 {
            let name = if i % 97 == 3 { format!("M?ller {i}") } else { format!("User \"{i}\"\nsecond line") };
            text.push_str(&format!("\"user{i}\",\"{}\",\"{}\",{}\n", name.replace('"', "\"\""), i % 3 == 0, if i % 7 == 0 { "\"False\"" } else { "" }));
        }
        text.push_str("\nPrimarySmtpAddress : user1@contoso.com\nPopEnabled         : False\n");
        let whole = parse(&text);
        assert_eq!(whole.records.len(), 402);
        for budget in [64, 1000, 4096, text.len()] {
            let parted = parted(&text, budget);
            assert_eq!(parted.records, whole.records, "budget {budget}");
            assert_eq!(parted.diagnostics, whole.diagnostics, "budget {budget}");
        }
    }

    #[test]
    fn any_text_is_read_in_parts_without_losing_lines() {
        for text in ["", "a", "\n\n\n", "x,y\n1,2\n\"3\n", "Date (UTC),Username,Client app\n\"", "[\n{\"clientAppUsed\": \"IMAP4\"\n"] {
            for budget in [1, 2, 7] {
                let parted = parted(text, budget);
                assert!(parted.diagnostics.iter().all(|d| d.line >= 1), "{text:?}");
            }
        }
    }
}
