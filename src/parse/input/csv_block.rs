//! The rows of a CSV block under a header line, read with the `csv` crate straight from the
//! lines' text, each with the line it starts on. The block ends at a blank line (which the
//! `csv` crate would skip) and wherever its reader says so; the sign-in exports and the
//! worksheet are read this way.

use ::csv::{ByteRecord, Reader, ReaderBuilder};

use super::lines::Lines;
use crate::parse::usize_of;

/// A reader of `text` as CSV split at `delimiter`, every row read as a record of its own
/// length, with the first row read into `header`; `None` when no record can be read. Every CSV
/// of a paste is read this way: one reader set up in one place, not once per kind of CSV.
pub(in crate::parse) fn header_reader<'t>(text: &'t str, delimiter: u8, header: &mut ByteRecord) -> Option<Reader<&'t [u8]>> {
    let mut reader = ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    matches!(reader.read_byte_record(header), Ok(true)).then_some(reader)
}

pub(in crate::parse) struct CsvBlock<'t> {
    /// The text from the header on.
    text: &'t str,
    /// Where the header starts in the lines' text.
    offset: usize,
    reader: Reader<&'t [u8]>,
    /// The last line of the rows taken so far (of the header before the first).
    last_index: usize,
}

impl<'t> CsvBlock<'t> {
    /// The block whose header is line `header_index`, and the header in `header`; `None` when
    /// no record can be read there.
    pub(in crate::parse) fn start(lines: &'t Lines<'_>, header_index: usize, delimiter: u8, header: &mut ByteRecord) -> Option<Self> {
        let offset = lines.start(header_index);
        let text = lines.text().get(offset..)?;
        let reader = header_reader(text, delimiter, header)?;
        let mut block = CsvBlock { text, offset, reader, last_index: header_index };
        block.last_index = block.read_to(lines, header_index);
        Some(block)
    }

    /// The next row into `record` and the index of the line it starts on; `None` past the
    /// end, after a blank line, or when the row does not start right below the last one taken.
    pub(in crate::parse) fn next(&mut self, lines: &Lines<'_>, record: &mut ByteRecord) -> Option<usize> {
        if !matches!(self.reader.read_byte_record(record), Ok(true)) {
            return None;
        }
        let at = row_start(self.text.as_bytes(), byte(record.position()?))?;
        let first_index = lines.index_at_from(self.offset.saturating_add(at), self.last_index);
        (first_index <= self.last_index + 1).then_some(first_index)
    }

    /// Takes the row just read, which starts on line `first_index`, into the block.
    pub(in crate::parse) fn take(&mut self, lines: &Lines<'_>, first_index: usize) {
        self.last_index = self.read_to(lines, first_index);
    }

    /// The line after the block.
    pub(in crate::parse) fn end(&self) -> usize {
        self.last_index + 1
    }

    /// The last line the reader has read, at least `from`.
    fn read_to(&self, lines: &Lines<'_>, from: usize) -> usize {
        lines.index_at_from(self.offset.saturating_add(byte(self.reader.position()).saturating_sub(1)), from).max(from)
    }
}

/// Where a row the reader says starts at `at` starts, or `None` when a blank line comes first.
/// The reader ends a row at its `\r` and reports the next from the `\n` after it, which is no
/// blank line; before a blank line it reports the blank line's start.
fn row_start(text: &[u8], at: usize) -> Option<usize> {
    let after_cr = at.checked_sub(1).and_then(|before| text.get(before)) == Some(&b'\r');
    let at = if after_cr && text.get(at) == Some(&b'\n') { at + 1 } else { at };
    (!matches!(text.get(at), Some(b'\n' | b'\r'))).then_some(at)
}

fn byte(position: &::csv::Position) -> usize {
    usize_of(position.byte())
}

#[cfg(test)]
mod tests {
    use super::row_start;

    #[test]
    fn rows_pasted_with_crlf_are_read_on_their_lines() {
        let log = crate::parse::parse("Date (UTC),Username,Client app,Status\r\n2026-11-20T08:15:31Z,a@b.c,IMAP4,Success\r\n2026-11-21T08:15:31Z,b@b.c,IMAP4,Success\r\n\r\nx\r\n");
        let lines: Vec<u32> = log.usage.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 3]);
        let sheet = crate::parse::parse("Account;Sender;Sends outside;Recommended\r\na@b.c;app;;ask\r\nb@b.c;device;no;ask\r\n");
        let lines: Vec<u32> = sheet.answers.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 3]);
    }

    #[test]
    fn a_crlf_ends_a_row_and_a_blank_line_the_block() {
        assert_eq!(row_start(b"a\nb", 2), Some(2));
        assert_eq!(row_start(b"a\r\nb", 2), Some(3));
        assert_eq!(row_start(b"a\n\nb", 2), None);
        assert_eq!(row_start(b"a\r\n\r\nb", 2), None);
        assert_eq!(row_start(b"a\r\rb", 2), None);
        assert_eq!(row_start(b"\nb", 0), None);
    }
}
