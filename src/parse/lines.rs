//! The normalised paste as logical lines, each remembering the physical line (1-based) it came
//! from. Built by [`super::normalise`]; every reader works on this.
//!
//! How spans map back to what the user pasted: the physical line number is the 1-based line of
//! the text split at `\r\n`, `\r` or `\n` (the same lines a textarea shows). Prefixes removed by
//! normalisation (`> ` quotes, escape codes) never move a line; a `<br>` splits one physical
//! line into several logical lines that share its number.

use std::borrow::Cow;

#[derive(Clone, Copy, Debug)]
pub(super) struct LineRef {
    pub start: usize,
    pub end: usize,
    pub number: u32,
}

pub(super) struct Lines<'a> {
    /// The logical lines laid out one after another; JSON and CSV readers parse slices of it.
    text: Cow<'a, str>,
    lines: Vec<LineRef>,
}

impl<'a> Lines<'a> {
    pub(super) fn from_parts(text: Cow<'a, str>, lines: Vec<LineRef>) -> Self {
        Self { text, lines }
    }

    pub(super) fn len(&self) -> usize {
        self.lines.len()
    }

    /// Line `index` without its terminator; `""` past the end.
    pub(super) fn get(&self, index: usize) -> &str {
        self.lines.get(index).and_then(|l| self.text.get(l.start..l.end)).unwrap_or("")
    }

    /// Physical 1-based line number of logical line `index` (the last line's past the end).
    pub(super) fn number(&self, index: usize) -> u32 {
        self.lines.get(index).or(self.lines.last()).map_or(1, |l| l.number)
    }

    /// Byte offset of line `index` in [`Self::text`].
    pub(super) fn start(&self, index: usize) -> usize {
        self.lines.get(index).map_or(self.text.len(), |l| l.start)
    }

    pub(super) fn text(&self) -> &str {
        &self.text
    }

    pub(super) fn is_blank(&self, index: usize) -> bool {
        self.get(index).trim().is_empty()
    }

    /// The logical line holding byte `offset` of [`Self::text`] (the line before, for an offset
    /// that falls in a dropped line or a terminator).
    pub(super) fn index_at(&self, offset: usize) -> usize {
        self.lines.partition_point(|l| l.start <= offset).saturating_sub(1)
    }
}

/// Display width in console cells: East-Asian wide characters take two (powershell-format.md
/// §1.2), everything else one.
pub(super) fn cell_width(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    text.chars().map(char_cells).sum()
}

pub(super) fn char_cells(c: char) -> usize {
    let wide = matches!(u32::from(c),
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF | 0x20000..=0x3FFFD);
    if wide { 2 } else { 1 }
}

/// Count of leading spaces.
pub(super) fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}
