//! Which properties of a record are a message trace's, and how each is read. Names are compared
//! without spaces and case, so the property names (`SenderAddress`, as the cmdlet reference and
//! the CSV and JSON write them) and view labels written with a space (`Sender Address`) match;
//! Graph's `receivedDateTime` is `Received`.
//!
//! An address is read only when it was printed whole: a value cut by Format-Table (`…`,
//! `...`, powershell-format.md §2.5) or read with doubt is never taken for a value, and a
//! recipient without a domain is no address (`undisclosed-recipients`).

use std::sync::Arc;

use crate::parse::usage::TextPool;
use crate::parse::{Record, Shape, Value};

/// Where the trace's properties are in a record, by position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Keys {
    pub received: Option<usize>,
    pub sender: Option<usize>,
    pub recipient: Option<usize>,
    pub status: Option<usize>,
}

/// Which of the trace's properties a record shows: received, sender, recipient, status.
pub(super) type Shown = [bool; 4];

impl Keys {
    /// The positions of the trace's properties among `names` (the first of a name counts).
    pub(super) fn of<'a>(names: impl Iterator<Item = &'a str>) -> Keys {
        let mut keys = Keys::default();
        for (position, name) in names.enumerate() {
            let slot = match folded(name).as_str() {
                "received" | "receiveddatetime" => &mut keys.received,
                "senderaddress" => &mut keys.sender,
                "recipientaddress" => &mut keys.recipient,
                "status" => &mut keys.status,
                _ => continue,
            };
            slot.get_or_insert(position);
        }
        keys
    }

    /// A message trace shows who sent to whom, and when, or comes from its cmdlet (`fl
    /// SenderAddress,RecipientAddress`). A quarantine listing has `ReceivedTime`, not `Received`.
    pub(super) fn is_trace(&self, cmdlet: Option<&str>) -> bool {
        let from_cmdlet = cmdlet.is_some_and(|c| c.eq_ignore_ascii_case("Get-MessageTraceV2") || c.eq_ignore_ascii_case("Get-MessageTrace"));
        self.sender.is_some() && self.recipient.is_some() && (self.received.is_some() || from_cmdlet)
    }

    /// The properties the record has.
    pub(super) fn present(&self) -> Shown {
        [self.received, self.sender, self.recipient, self.status].map(|k| k.is_some())
    }

    /// The properties the record shows. A table row that ends before one of them (every cell
    /// from it on blank) was cut in the middle: the paste ended inside it.
    pub(super) fn shown(&self, record: &Record) -> Shown {
        [self.received, self.sender, self.recipient, self.status].map(|key| {
            let Some(position) = key else { return false };
            // `position` was found among this record's properties (`TraceKeys` of the record).
            let rest = record.properties.get(position..).unwrap_or_default();
            let cut = record.shape == Shape::Table && !rest.is_empty() && rest.iter().all(|p| p.raw.trim().is_empty());
            !rest.is_empty() && !cut
        })
    }
}

/// `Sender Address` → `senderaddress`.
fn folded(name: &str) -> String {
    name.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_lowercase()).collect()
}

/// The text of the property at `position`, when it was printed whole and is not empty.
pub(super) fn whole(record: &Record, position: Option<usize>) -> Option<&str> {
    let property = record.properties.get(position?)?;
    if !property.certainty.is_known() {
        return None;
    }
    match &property.value {
        Value::Text(text) => Some(text.trim()).filter(|t| !t.is_empty() && !t.ends_with('…') && !t.ends_with("...")),
        _ => None,
    }
}

/// A recipient address, ASCII-lowercased and shared; `None` without a domain to tell by.
/// `lower` is reused from row to row, so an address is lowercased without a copy of its own.
pub(super) fn recipient(text: &str, pool: &mut TextPool, lower: &mut String) -> Option<Arc<str>> {
    let (local, domain) = text.rsplit_once('@')?;
    let domain = domain.trim_end_matches('.');
    let whole = !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !text.contains(char::is_whitespace);
    if !whole {
        return None;
    }
    if !text.bytes().any(|b| b.is_ascii_uppercase()) {
        return pool.get(text);
    }
    lower.clear();
    lower.push_str(text);
    lower.make_ascii_lowercase();
    pool.get(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_with_or_without_spaces_and_in_any_case() {
        let keys = Keys::of(["Received", "Sender Address", "RECIPIENTADDRESS", "Subject", "Status", "Status"].into_iter());
        assert_eq!(keys, Keys { received: Some(0), sender: Some(1), recipient: Some(2), status: Some(4) });
        assert!(keys.is_trace(None));
        let selected = Keys::of(["SenderAddress", "RecipientAddress"].into_iter());
        assert!(!selected.is_trace(None) && selected.is_trace(Some("get-messagetracev2")));
        assert!(!Keys::of(["ReceivedTime", "SenderAddress", "RecipientAddress"].into_iter()).is_trace(Some("Get-QuarantineMessage")));
    }

    #[test]
    fn recipients_need_a_domain_and_are_lowercased() {
        let (mut pool, mut lower) = (TextPool::default(), String::new());
        assert_eq!(recipient("Bob@Fabrikam.COM", &mut pool, &mut lower).as_deref(), Some("bob@fabrikam.com"));
        let shared = recipient("bob@fabrikam.com", &mut pool, &mut lower);
        assert!(shared.is_some_and(|s| recipient("BOB@fabrikam.com", &mut pool, &mut lower).is_some_and(|t| Arc::ptr_eq(&s, &t))));
        for bad in ["undisclosed-recipients", "bob@", "@fabrikam.com", "bob@localhost", "bob@.com", "bob smith@fabrikam.com"] {
            assert_eq!(recipient(bad, &mut pool, &mut lower), None, "{bad}");
        }
    }
}
