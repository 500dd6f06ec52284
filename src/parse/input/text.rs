//! Text read from a paste: a range of one shared copy of the normalised paste, so that reading
//! a value allocates nothing of its own (issue 14: allocation per object, not per value). A
//! value rebuilt from several places (a rejoined line, an unescaped JSON string) is its own
//! copy. Cloning costs a reference count; the text compares and prints as the `str`.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use super::bounds::u32_of;

/// Shared, immutable text; derefs to `str`. Sixteen bytes, as an `Arc<str>`: the shared copy is
/// held through a thin pointer, so that a property is no larger than before it shared.
#[derive(Clone)]
pub struct Text {
    shared: Arc<String>,
    start: u32,
    end: u32,
}

impl Text {
    /// `shared[start..end]` without a copy. Callers pass a range of `shared` found in it, and a
    /// text is at most [`MAX_TEXT_BYTES`] (`bounds`), so the offsets fit; should either break,
    /// the value is a copy, or empty for a range that is not one of `shared`.
    pub(super) fn range_of(shared: &Arc<String>, start: usize, end: usize) -> Text {
        match (u32::try_from(start), u32::try_from(end), shared.get(start..end)) {
            (Ok(start), Ok(end), Some(_)) => Text { shared: Arc::clone(shared), start, end },
            (_, _, piece) => Text::from(piece.unwrap_or_default()),
        }
    }

    /// The text with its leading and trailing whitespace removed, sharing the same copy.
    pub fn trimmed(&self) -> Text {
        let text: &str = self;
        let trimmed = text.trim_start();
        let start = self.start as usize + (text.len() - trimmed.len());
        Text::range_of(&self.shared, start, start + trimmed.trim_end().len())
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        // Always a range of `shared` on character boundaries: `range_of` checked it, `From`
        // takes the whole text.
        self.shared.get(self.start as usize..self.end as usize).unwrap_or_default()
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::from(text.to_owned())
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        // Fits: a text is at most MAX_TEXT_BYTES (`bounds`).
        let end = u32_of(text.len());
        Text { shared: Arc::new(text), start: 0, end }
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::from("")
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        **self == **other
    }
}

impl Eq for Text {}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::Text;

    #[test]
    fn ranges_share_one_copy_and_compare_as_text() {
        let shared = Arc::new(String::from("  ann@contoso.com  | x"));
        let padded = Text::range_of(&shared, 0, 19);
        let trimmed = padded.trimmed();
        assert_eq!(&*trimmed, "ann@contoso.com");
        assert!(Arc::ptr_eq(&trimmed.shared, &shared));
        assert_eq!(trimmed, Text::from("ann@contoso.com"));
        assert_eq!(format!("{trimmed:?}"), "\"ann@contoso.com\"");
        assert_eq!(&*Text::range_of(&shared, 3, 99), "", "a range outside the text is empty, not a panic");
        assert_eq!(&*Text::from("  ").trimmed(), "");
    }
}
