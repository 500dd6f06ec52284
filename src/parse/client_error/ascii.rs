//! Byte helpers for looking around an anchor hit: ASCII case-insensitive comparison and the
//! part of the hit's line within a bounded window, so that one very long line (a minified
//! JSON export) never makes a check scan far.

/// How far a check looks back or ahead of its anchor, in bytes.
pub(super) const WINDOW: usize = 400;

pub(super) fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.get(..needle.len()).is_some_and(|h| h.eq_ignore_ascii_case(needle))
}

pub(super) fn ends_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len().checked_sub(needle.len()).and_then(|from| hay.get(from..)).is_some_and(|h| h.eq_ignore_ascii_case(needle))
}

/// First position of `needle` in `hay`, ignoring ASCII case. `hay` is a bounded window.
pub(super) fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

/// The line's bytes before `pos`, at most [`WINDOW`]; and whether they reach the line's start.
pub(super) fn before(bytes: &[u8], pos: usize) -> (&[u8], bool) {
    let from = pos.saturating_sub(WINDOW);
    // `from` is at most `pos`; a `pos` past the end has no line before it.
    let window = bytes.get(from..pos).unwrap_or_default();
    match memchr::memrchr2(b'\n', b'\r', window) {
        // `i` is a position within `window`: `i + 1` is at most its length.
        Some(i) => (window.get(i + 1..).unwrap_or_default(), true),
        None => (window, from == 0),
    }
}

/// The line's bytes from `pos` on, at most [`WINDOW`].
pub(super) fn after(bytes: &[u8], pos: usize) -> &[u8] {
    // `pos` comes from a match within `bytes`; the end is clamped to the length.
    let window = bytes.get(pos..pos.saturating_add(WINDOW).min(bytes.len())).unwrap_or_default();
    match memchr::memchr2(b'\n', b'\r', window) {
        // `i` is a position within `window`.
        Some(i) => window.get(..i).unwrap_or_default(),
        None => window,
    }
}

/// Whether the byte is part of a word (so an anchor next to it is inside another token).
pub(super) fn is_word(byte: Option<&u8>) -> bool {
    byte.is_some_and(|b| b.is_ascii_alphanumeric())
}

/// `hay` without leading ASCII spaces and tabs.
pub(super) fn skip_blanks(mut hay: &[u8]) -> &[u8] {
    while let [b' ' | b'\t', rest @ ..] = hay {
        hay = rest;
    }
    hay
}

/// `hay` without trailing ASCII spaces and tabs.
pub(super) fn trim_end(mut hay: &[u8]) -> &[u8] {
    while let [rest @ .., b' ' | b'\t'] = hay {
        hay = rest;
    }
    hay
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_stop_at_line_breaks_and_bounds() {
        let text = b"first\r\nsecond line\nthird";
        let pos = 7 + 7; // "second " | "line"
        assert_eq!(before(text, pos), (&b"second "[..], true));
        assert_eq!(after(text, pos), b"line");
        let long = vec![b'x'; WINDOW * 3];
        assert_eq!(before(&long, WINDOW * 2).0.len(), WINDOW);
        assert!(!before(&long, WINDOW * 2).1);
        assert!(before(&long, 5).1);
        assert_eq!(after(&long, WINDOW * 2 + 10).len(), WINDOW - 10);
        assert_eq!(after(&long, long.len() + 5), b"");
    }

    #[test]
    fn comparisons_ignore_ascii_case_only() {
        assert!(starts_with_ci(b"LOGIN failed.", b"login FAILED"));
        assert!(ends_with_ci(b"code 535 ", b"535 "));
        assert!(!ends_with_ci(b"35", b"535"));
        assert_eq!(find_ci(b"xx Tenant.", b"tenant"), Some(3));
        assert_eq!(find_ci("Größe".as_bytes(), "GRÖSSE".as_bytes()), None);
        assert_eq!(trim_end(b" a b  \t"), b" a b");
        assert_eq!(skip_blanks(b" \t a "), b"a ");
    }
}
