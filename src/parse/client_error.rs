//! Client error texts anywhere in a paste (rules.md §8, evidence.md §5): the SMTP, IMAP and POP
//! replies that tell which layer refused a sign-in, also inside the messages of the wrappers
//! that carry them (Python `smtplib`, .NET `SmtpException`, `curl`).

use super::usage::Symptom;

/// Every recognised client error in `text`, one per line at most, in line order. Line numbers
/// are 1-based lines of `text` split at `\r\n`, `\r` or `\n`.
pub(super) fn scan(text: &str) -> Vec<Symptom> {
    let _ = text;
    Vec::new()
}
