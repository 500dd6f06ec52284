//! Files opened together: one text for the box, each file still read on its own. A file's
//! last object, its command or the export it is in never runs into the next file, and each
//! JSON document is told by its own keys.

use super::{Parsed, PartedParse};

/// One opened file in the joined text: its name, the byte offset where it ends, and its lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpenedFile {
    pub name: String,
    pub end: usize,
    pub first_line: u32,
    /// Before `first_line` when the file is empty; `u32::MAX` for the last file, which goes on
    /// to the end of the text.
    pub last_line: u32,
    /// The browser could not read it (it was moved, or access was refused): opened empty, and
    /// said so rather than called empty.
    pub unreadable: bool,
}

impl OpenedFile {
    pub fn holds(&self, line: u32) -> bool {
        (self.first_line..=self.last_line).contains(&line)
    }
}

/// The files' texts, in the order given, each ending in a line break and a blank line between
/// two (as the box shows them); and where each is. The last file's lines are not counted: it
/// goes on to the end, and counting a sign-in export of 200 MB holds the page for a second.
pub fn join_files(files: Vec<(String, String)>) -> (String, Vec<OpenedFile>) {
    let mut joined = String::new();
    let mut opened = Vec::with_capacity(files.len());
    let mut lines = 0u32;
    let count = files.len();
    for (index, (name, text)) in files.into_iter().enumerate() {
        if !joined.is_empty() {
            joined.push('\n');
            lines = lines.saturating_add(1);
        }
        let first_line = lines.saturating_add(1);
        let unterminated = !text.is_empty() && !text.ends_with(['\n', '\r']);
        lines = if index + 1 == count && !text.is_empty() {
            u32::MAX
        } else {
            lines.saturating_add(super::parts::terminators(&text)).saturating_add(u32::from(unterminated))
        };
        // One file (the usual case) is taken as it is, not copied.
        if joined.is_empty() {
            joined = text;
        } else {
            joined.push_str(&text);
        }
        if unterminated {
            joined.push('\n');
        }
        opened.push(OpenedFile { name, end: joined.len(), first_line, last_line: lines, unreadable: false });
    }
    (joined, opened)
}

/// Reads a joined text ([`join_files`]), each file on its own.
pub fn parse_files(text: &str, files: &[OpenedFile]) -> Parsed {
    let mut parts = PartedParse::with_files(files);
    while !parts.step(text, usize::MAX) {}
    parts.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_file_gets_its_lines_of_the_joined_text() {
        let files = vec![("a.txt".to_string(), "a\nb".to_string()), ("empty.txt".to_string(), String::new()), ("c.txt".to_string(), "c\r\nd\r\n".to_string())];
        let (joined, opened) = join_files(files);
        assert_eq!(joined, "a\nb\n\n\nc\r\nd\r\n");
        let lines: Vec<(u32, u32)> = opened.iter().map(|f| (f.first_line, f.last_line)).collect();
        assert_eq!(lines, [(1, 2), (4, 3), (5, u32::MAX)]);
        assert_eq!(opened.iter().map(|f| f.end).collect::<Vec<_>>(), [4, 5, joined.len()]);
        assert!(!opened[1].holds(3) && !opened[1].holds(4));
    }
}
