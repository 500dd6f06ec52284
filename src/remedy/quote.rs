//! Identities become single-quoted PowerShell literals.
//!
//! In a single-quoted string the only special characters are the single quotes: `'` and the
//! typographic U+2018–U+201B, which PowerShell treats as the same quote. Each is escaped by
//! doubling it. Control characters (line breaks above all) are refused: a line break would end
//! the command when pasted.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuoteError {
    /// The value holds a control character, named by its code point.
    ControlCharacter(char),
}

impl fmt::Display for QuoteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuoteError::ControlCharacter(c) => write!(
                f,
                "the value contains the control character U+{:04X}; no command is generated for it",
                u32::from(*c)
            ),
        }
    }
}

impl std::error::Error for QuoteError {}

/// `'` and the typographic quotes PowerShell reads as the same.
pub fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

/// `O'Brien` → `'O''Brien'`.
pub fn single_quoted(value: &str) -> Result<String, QuoteError> {
    if let Some(c) = value.chars().find(|c| c.is_control()) {
        return Err(QuoteError::ControlCharacter(c));
    }
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('\'');
    for c in value.chars() {
        if is_single_quote(c) {
            quoted.push(c);
        }
        quoted.push(c);
    }
    quoted.push('\'');
    Ok(quoted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_every_kind_of_single_quote() {
        assert_eq!(single_quoted("Seán O'Brien").unwrap(), "'Seán O''Brien'");
        assert_eq!(single_quoted("a\u{2019}b").unwrap(), "'a\u{2019}\u{2019}b'");
        assert_eq!(single_quoted("$(x); `y`").unwrap(), "'$(x); `y`'");
    }

    #[test]
    fn refuses_line_breaks() {
        assert_eq!(single_quoted("a\nb"), Err(QuoteError::ControlCharacter('\n')));
    }
}
