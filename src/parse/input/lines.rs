//! The normalised paste as logical lines, each remembering the physical line (1-based) it came
//! from. Built by [`super::normalise`]; every reader works on this.
//!
//! How spans map back to what the user pasted: the physical line number is the 1-based line of
//! the text split at `\r\n`, `\r` or `\n` (the same lines a textarea shows). Prefixes removed by
//! normalisation (`> ` quotes, escape codes) never move a line; a `<br>` splits one physical
//! line into several logical lines that share its number.

use std::cell::OnceCell;
use std::sync::Arc;

use crate::parse::Text;

#[derive(Clone, Copy, Debug)]
pub(super) struct LineRef {
    pub start: usize,
    pub end: usize,
    pub number: u32,
}

pub(in crate::parse) struct Lines<'a> {
    /// The logical lines laid out one after another; JSON and CSV readers parse slices of it.
    text: Source<'a>,
    lines: Vec<LineRef>,
    /// A copy of the paste, which values are ranges of ([`Self::share`]), made when the first
    /// value is read; a cleaned text is shared as it is.
    shared: OnceCell<Arc<String>>,
}

/// The text the lines are in.
pub(super) enum Source<'a> {
    /// The paste as given: it needed no cleaning.
    Paste(&'a str),
    /// The paste cleaned.
    Cleaned(Arc<String>),
}

impl<'a> Lines<'a> {
    pub(super) fn from_parts(text: Source<'a>, lines: Vec<LineRef>) -> Self {
        Self { text, lines, shared: OnceCell::new() }
    }

    pub(in crate::parse) fn text(&self) -> &str {
        match &self.text {
            Source::Paste(text) => text,
            Source::Cleaned(text) => text,
        }
    }

    /// `piece` as a [`Text`]: a range of the shared copy when it is a slice of [`Self::text`]
    /// (as everything a reader takes from a line is), else a copy of its own.
    pub(in crate::parse) fn share(&self, piece: &str) -> Text {
        let text = self.text();
        // Where `piece` lies, told by its address: a slice of `text` lies inside it.
        let at = (piece.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        if at > text.len() || piece.len() > text.len() - at {
            return Text::from(piece);
        }
        let shared = match &self.text {
            Source::Paste(paste) => self.shared.get_or_init(|| Arc::new((*paste).to_owned())),
            Source::Cleaned(cleaned) => cleaned,
        };
        Text::range_of(shared, at, at + piece.len())
    }

    pub(in crate::parse) fn len(&self) -> usize {
        self.lines.len()
    }

    /// Line `index` without its terminator; `""` past the end.
    pub(in crate::parse) fn get(&self, index: usize) -> &str {
        self.lines.get(index).and_then(|l| self.text().get(l.start..l.end)).unwrap_or("")
    }

    /// Physical 1-based line number of logical line `index` (the last line's past the end).
    pub(in crate::parse) fn number(&self, index: usize) -> u32 {
        self.lines.get(index).or(self.lines.last()).map_or(1, |l| l.number)
    }

    /// Byte offset of line `index` in [`Self::text`].
    pub(in crate::parse) fn start(&self, index: usize) -> usize {
        self.lines.get(index).map_or(self.text().len(), |l| l.start)
    }


    pub(in crate::parse) fn is_blank(&self, index: usize) -> bool {
        self.get(index).trim().is_empty()
    }

    /// The logical line holding byte `offset` of [`Self::text`] (the line before, for an offset
    /// that falls in a dropped line or a terminator).
    pub(in crate::parse) fn index_at(&self, offset: usize) -> usize {
        self.lines.partition_point(|l| l.start <= offset).saturating_sub(1)
    }

    /// [`Self::index_at`], looked for from line `from` on: rows read in order are found a
    /// step or two after the last, without a search through every line.
    pub(in crate::parse) fn index_at_from(&self, offset: usize, from: usize) -> usize {
        if self.lines.get(from).is_some_and(|l| l.start <= offset) {
            for index in from..from + 8 {
                match self.lines.get(index + 1) {
                    Some(next) if next.start <= offset => {}
                    _ => return index,
                }
            }
        }
        self.index_at(offset)
    }
}

/// Display width in console cells: East-Asian wide characters take two (powershell-format.md
/// §1.2), everything else one.
pub(in crate::parse) fn cell_width(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    text.chars().map(char_cells).sum()
}

pub(in crate::parse) fn char_cells(c: char) -> usize {
    let wide = matches!(u32::from(c),
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF | 0x20000..=0x3FFFD);
    if wide { 2 } else { 1 }
}

/// Count of leading spaces.
pub(in crate::parse) fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}
