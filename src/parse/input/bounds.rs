//! The one bound on the size of a text: under 4 GiB, so that every byte offset, line number,
//! index and count within it fits a `u32`, which records, spans and rows store to stay small.
//! The command line refuses a larger input (`wording::CliRefusal::TooLarge`); in the app, a
//! text is a wasm32 `String`, which is under 2 GiB. Conversions to `u32` go through [`u32_of`],
//! so that the reason they cannot overflow is written once, here.

/// The longest text read, in bytes: one less than `u32::MAX`, so that even its count of lines
/// (at most one more than its bytes) fits a `u32`.
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize - 1;

/// `n`, an offset, line number, index or count within one text (or within what is read or
/// made from it: its lines, records, rows, sources, a mailbox's commands), as a `u32`. It fits:
/// none of these exceeds the text's bytes plus one, and the text is at most
/// [`MAX_TEXT_BYTES`]. Saturates rather than panics, should a caller break the bound.
pub fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// `n`, a byte position within one text as a `u64` (the `csv` crate's), as a `usize`: it fits,
/// as the text is in memory. Saturates rather than panics.
pub fn usize_of(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_text_has_lines_that_fit() {
        assert_eq!(u32_of(MAX_TEXT_BYTES + 1), u32::MAX);
        assert_eq!(usize_of(7), 7);
    }
}
