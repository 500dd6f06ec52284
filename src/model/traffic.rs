//! What a message trace shows an account sends, and which domains are the organization's own:
//! the only proof of whether a sender mails outside (`../shared/migration.md` §1).
//!
//! A trace's messages are added up per sender a few at a time ([`TrafficTally`]), each sender
//! joined once to the mailbox or account it is; a sender that is none is counted per trace,
//! not made a mailbox of its own (a trace of the whole organization lists every outside sender
//! that mailed it).

use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use super::identity::identity_key;
use crate::parse::{TraceRow, Usage};

/// The messages of one sender in the message traces pasted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SenderTraffic {
    /// One per recipient, as a trace lists them; one listed by two traces (overlapping
    /// windows) counts once.
    pub messages: u64,
    /// Distinct recipient addresses, ASCII-lowercased.
    pub recipients: Vec<Arc<str>>,
    /// Recipients printed without a domain (or cut off): they count neither way.
    pub unreadable_recipients: u64,
    /// The first and last message, in seconds since 1970 UTC.
    pub first: Option<i64>,
    pub last: Option<i64>,
}

/// Which list said what the organization's domains are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DomainsFrom {
    /// `Get-AcceptedDomain` was pasted.
    AcceptedDomains,
    /// Without it: the domains of the pasted mailboxes and accounts.
    #[default]
    PastedMailboxes,
}

/// The organization's domains, ASCII-lowercased; `*.contoso.com` covers its subdomains.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrganizationDomains {
    pub domains: Vec<Box<str>>,
    pub from: DomainsFrom,
}

impl OrganizationDomains {
    /// Whether `address` (or a bare domain) is in one of the organization's domains; `None`
    /// when it has no domain to tell by.
    pub fn is_internal(&self, address: &str) -> Option<bool> {
        let domain = address.rsplit_once('@').map_or(address, |(_, domain)| domain).trim().trim_end_matches('.');
        if domain.is_empty() || !domain.contains('.') {
            return None;
        }
        Some(self.domains.iter().any(|own| match own.strip_prefix("*.") {
            Some(parent) => domain.eq_ignore_ascii_case(parent) || ends_with_subdomain(domain, parent),
            None => domain.eq_ignore_ascii_case(own),
        }))
    }

    /// Adds a domain unless it is there already.
    pub fn add(&mut self, domain: &str) {
        let domain = domain.trim().trim_end_matches('.');
        if !domain.is_empty() && !self.domains.iter().any(|d| d.eq_ignore_ascii_case(domain)) {
            self.domains.push(domain.to_ascii_lowercase().into());
        }
    }
}

/// The domain of an address, if it has one.
pub(super) fn domain_of(address: &str) -> Option<&str> {
    address.rsplit_once('@').map(|(_, domain)| domain).filter(|domain| domain.contains('.'))
}

/// The mailboxes and accounts a sender may be (`join`).
pub(super) trait Senders {
    /// The mailbox whose address or user principal name `sender` is.
    fn mailbox_of(&self, sender: &str) -> Option<usize>;
    /// The traffic of the mailbox at `index`.
    fn traffic_mut(&mut self, index: usize) -> Option<&mut SenderTraffic>;
}

/// The message trace rows added up per sender, some rows at a time.
///
/// Its maps are of the few key and value types the rest of the crate uses already (each
/// distinct type links a hash table of its own into the app): texts are numbered once, and
/// the pairs counted are two such numbers in one `u64`.
#[derive(Default)]
pub(super) struct TrafficTally {
    /// The mailbox each sender is, by the sender's shared text: a sender's rows share one copy
    /// of it (`parse::usage`), so it is looked up once, not per row.
    senders: FxHashMap<usize, usize>,
    /// The senders that are no mailbox, by shared text: their number in `stranger_ids`.
    stranger_of: FxHashMap<usize, usize>,
    /// Senders that are no mailbox, numbered by compared form (`Scanner@…` and `scanner@…` are
    /// one).
    stranger_ids: FxHashMap<String, usize>,
    /// Per stranger (by number), the traces (index of the usage's sources) it was counted for.
    stranger_sources: Vec<Vec<u32>>,
    /// The recipients, numbered: the rows of a recipient share a text too, but the text
    /// compares, not the copy.
    recipient_ids: FxHashMap<String, usize>,
    /// The recipients counted per mailbox ([`pair`] of mailbox and recipient).
    recipients: FxHashSet<u64>,
    /// The messages counted per mailbox, by recipient and time: traces of overlapping windows
    /// (or one pasted twice) list a message once each, and it is counted once.
    messages: FxHashSet<(u64, i64)>,
    /// Per trace (index of the usage's sources): its senders that are no mailbox.
    pub(super) strangers_per_source: Vec<usize>,
    rows_done: usize,
}

/// Two numbers in one key. Each is below 2^32: a mailbox or recipient is held in memory, and
/// the app's `usize` is 32 bits wide.
fn pair(high: usize, low: usize) -> u64 {
    ((high as u64) << 32) | (low as u64 & 0xFFFF_FFFF)
}

/// The key of a message without a readable recipient.
const NO_RECIPIENT: usize = 0xFFFF_FFFF;

impl TrafficTally {
    /// The rows of `usage` not added yet, up to `count` of them: each row's sender is looked
    /// for among `mailboxes` the first time it is met, and its message counted for the mailbox
    /// it is. Returns how many rows were added.
    pub(super) fn add(&mut self, usage: &Usage, count: usize, mailboxes: &mut impl Senders) -> usize {
        // `rows_done` counts rows already added from these traces: at most their number. Both ranges
        // are within the traces.
        let rows = usage.traces.get(self.rows_done..).unwrap_or_default();
        let rows = rows.get(..count.min(rows.len())).unwrap_or_default();
        for row in rows {
            let pointer = Arc::as_ptr(&row.sender).cast::<u8>() as usize;
            let mailbox = match self.senders.get(&pointer) {
                Some(&index) => Some(index),
                None if self.stranger_of.contains_key(&pointer) => None,
                None => {
                    let found = mailboxes.mailbox_of(&row.sender);
                    match found {
                        Some(index) => self.senders.insert(pointer, index),
                        None => {
                            let key = identity_key(&row.sender);
                            let id = match self.stranger_ids.get(key.as_str()) {
                                Some(&id) => id,
                                None => {
                                    self.stranger_ids.insert(key, self.stranger_sources.len());
                                    self.stranger_sources.push(Vec::new());
                                    self.stranger_sources.len() - 1
                                }
                            };
                            self.stranger_of.insert(pointer, id)
                        }
                    };
                    found
                }
            };
            match mailbox {
                Some(index) => {
                    let recipient = row.recipient.as_deref().map(|text| match self.recipient_ids.get(text) {
                        Some(&id) => id,
                        None => {
                            let id = self.recipient_ids.len();
                            self.recipient_ids.insert(text.to_string(), id);
                            id
                        }
                    });
                    // No readable recipient: the key NO_RECIPIENT, as its doc says.
                    let key = pair(index, recipient.unwrap_or(NO_RECIPIENT));
                    if row.at.is_some_and(|at| !self.messages.insert((key, at))) {
                        continue;
                    }
                    let new_recipient = recipient.is_some() && self.recipients.insert(key);
                    if let Some(traffic) = mailboxes.traffic_mut(index) {
                        count_message(traffic, row, new_recipient);
                    }
                }
                None if (row.source as usize) < usage.sources.len() => self.stranger(row, pointer),
                None => {}
            }
        }
        self.rows_done += rows.len();
        rows.len()
    }

    /// Whether every row of `usage` is added.
    pub(super) fn is_done(&self, usage: &Usage) -> bool {
        self.rows_done >= usage.traces.len()
    }

    /// A row of a sender that is no mailbox: counted once per trace.
    fn stranger(&mut self, row: &TraceRow, pointer: usize) {
        let Some(sources) = self.stranger_of.get(&pointer).and_then(|&id| self.stranger_sources.get_mut(id)) else { return };
        if sources.contains(&row.source) {
            return;
        }
        sources.push(row.source);
        let source = row.source as usize;
        if self.strangers_per_source.len() <= source {
            self.strangers_per_source.resize(source + 1, 0);
        }
        if let Some(count) = self.strangers_per_source.get_mut(source) {
            *count += 1;
        }
    }
}

/// One message of a sender; `new_recipient` when its recipient was not counted for it yet.
fn count_message(traffic: &mut SenderTraffic, row: &TraceRow, new_recipient: bool) {
    traffic.messages += 1;
    if let Some(at) = row.at {
        traffic.first = Some(traffic.first.map_or(at, |first| first.min(at)));
        traffic.last = Some(traffic.last.map_or(at, |last| last.max(at)));
    }
    match &row.recipient {
        Some(recipient) if new_recipient => traffic.recipients.push(Arc::clone(recipient)),
        Some(_) => {}
        None => traffic.unreadable_recipients += 1,
    }
}

fn ends_with_subdomain(domain: &str, parent: &str) -> bool {
    domain.len() > parent.len() + 1
        && domain.get(domain.len() - parent.len()..).is_some_and(|tail| tail.eq_ignore_ascii_case(parent))
        && domain.as_bytes().get(domain.len() - parent.len() - 1) == Some(&b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_internal_by_its_domain_and_wildcards_cover_subdomains() {
        let mut own = OrganizationDomains::default();
        own.add("Contoso.com");
        own.add("*.fabrikam.com");
        own.add("contoso.com");
        assert_eq!(own.domains.len(), 2);
        assert_eq!(own.is_internal("ann@CONTOSO.com"), Some(true));
        assert_eq!(own.is_internal("bob@mail.fabrikam.com"), Some(true));
        assert_eq!(own.is_internal("bob@fabrikam.com"), Some(true));
        assert_eq!(own.is_internal("eve@notfabrikam.com"), Some(false));
        assert_eq!(own.is_internal("eve@sub.contoso.com"), Some(false));
        assert_eq!(own.is_internal("undisclosed-recipients"), None);
        assert_eq!(own.is_internal("x@"), None);
    }
}
