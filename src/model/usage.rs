//! Evidence of use per account: the usage rows of every source (sign-in logs, the SMTP AUTH
//! clients report, Email apps usage) added up per account, protocol and sign-in method
//! (evidence.md §1–§4). Accounts are compared as Exchange compares identities (case ignored).

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::identity::identity_key;
use crate::parse::{Outcome, Protocol, SourceKind, Usage, UsageAuth, UsageProtocol, UsageRow};

/// At most this many distinct applications, user agents, addresses and places are kept per
/// account: enough to recognise a device, bounded for a tenant's worth of sign-ins.
const SEEN_UP_TO: usize = 8;

/// Sign-ins (or report lines) of one account for one protocol and method.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UsageEntry {
    pub protocol: Option<UsageProtocol>,
    pub auth: Option<UsageAuth>,
    pub successes: u64,
    pub failures: u64,
    /// Rows whose status could not be read.
    pub unreadable: u64,
    pub first_success: Option<i64>,
    pub last_success: Option<i64>,
    pub last_failure: Option<i64>,
    /// The first row's line.
    pub line: u32,
}

/// Everything the evidence shows about one account.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountUsage {
    /// The account as first printed (a UPN, or a report's sender address).
    pub account: Arc<str>,
    pub display_name: Option<Arc<str>>,
    /// Whether a sign-in log or Email apps usage named it by its user principal name (else only
    /// the SMTP AUTH clients report did, by sender address).
    pub is_upn: bool,
    /// One per protocol × method seen, SMTP first; modern sign-ins are counted apart.
    pub entries: Vec<UsageEntry>,
    pub modern_sign_ins: u64,
    pub apps: Vec<Arc<str>>,
    pub user_agents: Vec<Arc<str>>,
    pub ips: Vec<Arc<str>>,
    /// The addresses of its successful password sign-ins over SMTP AUTH: where the device or
    /// app connects from (failures are mostly password spray from anywhere).
    pub password_ips: Vec<Arc<str>>,
    pub locations: Vec<Arc<str>>,
    /// Error codes of failed legacy sign-ins.
    pub error_codes: Vec<Arc<str>>,
    /// The SMTP AUTH clients report shows TLS 1.0/1.1 for it (rules.md SA10).
    pub legacy_tls: bool,
}

impl AccountUsage {
    /// The entry for a protocol and method, if seen.
    pub fn entry(&self, protocol: UsageProtocol, auth: UsageAuth) -> Option<&UsageEntry> {
        self.entries.iter().find(|e| e.protocol == Some(protocol) && e.auth == Some(auth))
    }

    fn add(&mut self, row: &UsageRow, kind: SourceKind) {
        if self.display_name.is_none() {
            self.display_name.clone_from(&row.display_name);
        }
        self.is_upn |= matches!(kind, SourceKind::EntraSignins | SourceKind::GraphSignins | SourceKind::EmailAppsUsage);
        self.legacy_tls |= row.legacy_tls;
        let Some(protocol) = row.protocol else {
            self.modern_sign_ins += row.count;
            return;
        };
        // Kept in order (SMTP first) as they come: a sort would link one more copy of the
        // sort algorithm into the web app.
        let key = (Some(protocol), Some(row.auth));
        let at = self.entries.partition_point(|e| (e.protocol, e.auth) < key);
        if self.entries.get(at).is_none_or(|e| (e.protocol, e.auth) != key) {
            self.entries.insert(at, UsageEntry { protocol: Some(protocol), auth: Some(row.auth), line: row.line, ..UsageEntry::default() });
        }
        let Some(entry) = self.entries.get_mut(at) else { return };
        match row.outcome {
            Outcome::Success => {
                entry.successes += row.count;
                if (protocol, row.auth) == (UsageProtocol::Mail(Protocol::Smtp), UsageAuth::Basic) {
                    remember(&mut self.password_ips, row.ip.as_ref());
                }
                if let Some(at) = row.at {
                    entry.first_success = Some(entry.first_success.map_or(at, |t| t.min(at)));
                    entry.last_success = Some(entry.last_success.map_or(at, |t| t.max(at)));
                }
            }
            Outcome::Failure => {
                entry.failures += row.count;
                if let Some(at) = row.at {
                    entry.last_failure = Some(entry.last_failure.map_or(at, |t| t.max(at)));
                }
                remember(&mut self.error_codes, row.error_code.as_ref());
            }
            Outcome::Unreadable => entry.unreadable += row.count,
        }
        remember(&mut self.apps, row.app.as_ref());
        remember(&mut self.user_agents, row.user_agent.as_ref());
        remember(&mut self.ips, row.ip.as_ref());
        remember(&mut self.locations, row.location.as_ref());
    }
}

fn remember(seen: &mut Vec<Arc<str>>, value: Option<&Arc<str>>) {
    if let Some(value) = value
        && seen.len() < SEEN_UP_TO
        && !seen.iter().any(|v| Arc::ptr_eq(v, value) || v == value)
    {
        seen.push(Arc::clone(value));
    }
}

/// The usage of every account, in order of first appearance.
pub fn accounts(usage: &Usage) -> Vec<AccountUsage> {
    let mut tally = AccountTally::default();
    tally.add(usage, usage.rows.len());
    tally.finish()
}

/// The rows added up per account a few at a time: the web app adds a large sign-in log's
/// hundreds of thousands of rows in steps, between which the page paints.
#[derive(Default)]
pub struct AccountTally {
    accounts: Vec<AccountUsage>,
    // Rows share their account's text (see `parse::usage`), so the pointer finds the account
    // without case-folding each of hundreds of thousands of rows; the folded key joins the
    // spellings (`Scanner@Contoso.com`).
    by_pointer: FxHashMap<usize, usize>,
    by_key: FxHashMap<String, usize>,
    rows_done: usize,
}

impl AccountTally {
    /// Adds the rows after those already added, up to row `up_to`.
    pub fn add(&mut self, usage: &Usage, up_to: usize) {
        // `rows_done` counts rows already added: at most `up_to`, itself clamped to the rows.
        let rows = usage.rows.get(self.rows_done..up_to.min(usage.rows.len())).unwrap_or_default();
        for row in rows {
            let pointer = Arc::as_ptr(&row.account).cast::<u8>() as usize;
            let index = match self.by_pointer.get(&pointer) {
                Some(index) => *index,
                None => {
                    let key = identity_key(&row.account);
                    let index = match self.by_key.get(key.as_str()) {
                        Some(&index) => index,
                        None => {
                            self.accounts.push(AccountUsage { account: Arc::clone(&row.account), ..AccountUsage::default() });
                            self.by_key.insert(key, self.accounts.len() - 1);
                            self.accounts.len() - 1
                        }
                    };
                    self.by_pointer.insert(pointer, index);
                    index
                }
            };
            let kind = usage.sources.get(row.source as usize).map_or(SourceKind::EntraSignins, |s| s.kind);
            if let Some(account) = self.accounts.get_mut(index) {
                account.add(row, kind);
            }
        }
        self.rows_done += rows.len();
    }

    /// Rows added so far.
    pub fn rows_done(&self) -> usize {
        self.rows_done
    }

    /// The accounts, their entries SMTP first.
    pub fn finish(self) -> Vec<AccountUsage> {
        self.accounts
    }
}
