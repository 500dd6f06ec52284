//! Joining CAS mailbox and user records into mailboxes by any identity they share.

use rustc_hash::FxHashMap;

use serde::Serialize;

use super::cas_mailbox::CasMailbox;
use super::identity::{Identities, identity_key};
use super::usage::AccountUsage;
use super::user::User;

/// One mailbox as far as the paste shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mailbox {
    pub identities: Identities,
    pub cas: Option<CasMailbox>,
    pub user: Option<User>,
    /// What sign-in logs and usage reports show of it.
    pub usage: Option<AccountUsage>,
}

/// Something the paste says twice, differently.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "code")]
pub enum Conflict {
    /// Two records of the same object disagree on a setting.
    SettingDisagrees { object: String, setting: &'static str, lines: Vec<u32> },
    /// A record's identities match more than one mailbox; it was not joined to any.
    AmbiguousIdentity { line: u32, candidates: Vec<String> },
    /// Exchange Online and Exchange Server properties in one paste.
    EnvironmentMarkersDisagree { online_line: u32, server_line: u32 },
}

pub(super) struct Joiner {
    mailboxes: Vec<Mailbox>,
    conflicts: Vec<Conflict>,
    /// Mailboxes by each identifying value they go by (see [`identity_key`]): a bulk paste of
    /// tens of thousands of mailboxes is joined in linear time, not by comparing every pair.
    by_identity: FxHashMap<String, Vec<usize>>,
}

impl Joiner {
    /// Room for `records` mailboxes up front: a mailbox is large, and regrowing the list of
    /// tens of thousands of them copies it over and over.
    pub(super) fn with_capacity(records: usize) -> Self {
        Self {
            mailboxes: Vec::with_capacity(records),
            conflicts: Vec::new(),
            by_identity: FxHashMap::with_capacity_and_hasher(records.saturating_mul(3), Default::default()),
        }
    }

    pub(super) fn add_cas(&mut self, cas: CasMailbox, line: u32) {
        if let Some(mailbox) = self.place(&cas.identities, line) {
            mailbox.cas = Some(match mailbox.cas.take() {
                Some(earlier) => earlier.merge(cas),
                None => cas,
            });
        }
    }

    pub(super) fn add_user(&mut self, user: User, line: u32) {
        if let Some(mailbox) = self.place(&user.identities, line) {
            mailbox.user = Some(match mailbox.user.take() {
                Some(earlier) => earlier.merge(user),
                None => user,
            });
        }
    }

    /// Joins an account of the evidence to the mailbox whose primary SMTP address or user
    /// principal name it is (case ignored), or adds it as a mailbox of its own: an account that
    /// signs in is worth showing even when no cmdlet output names it.
    pub(super) fn add_usage(&mut self, usage: AccountUsage) {
        let key = identity_key(&usage.account);
        let found = self.by_identity.get(&key).into_iter().flatten().copied().find(|index| {
            self.mailboxes.get(*index).is_some_and(|m| {
                [&m.identities.primary_smtp_address, &m.identities.user_principal_name, &m.identities.requested]
                    .into_iter()
                    .any(|id| id.as_deref().is_some_and(|id| identity_key(id) == key))
            })
        });
        match found.and_then(|index| self.mailboxes.get_mut(index)) {
            Some(mailbox) => mailbox.usage = Some(usage),
            None => {
                let account = Some(usage.account.to_string());
                let identities = if usage.is_upn {
                    Identities { user_principal_name: account, ..Identities::default() }
                } else {
                    Identities { primary_smtp_address: account, ..Identities::default() }
                };
                self.mailboxes.push(Mailbox { identities, usage: Some(usage), ..Mailbox::default() });
            }
        }
    }

    pub(super) fn finish(self) -> (Vec<Mailbox>, Vec<Conflict>) {
        (self.mailboxes, self.conflicts)
    }

    /// The mailbox these identities belong to: an existing one if exactly one shares a value,
    /// a new one if none does, none (and a conflict) if several do. A record without any
    /// identity shares nothing, so it becomes a mailbox of its own, known by its line.
    /// The mailbox's identities absorb the record's, and the index learns the new values.
    fn place(&mut self, identities: &Identities, line: u32) -> Option<&mut Mailbox> {
        // Only mailboxes that share a value can overlap; the index finds them.
        let mut candidates: Vec<usize> = Vec::new();
        for index in identities.values().filter_map(|v| self.by_identity.get(&identity_key(v))).flatten() {
            if !candidates.contains(index) {
                candidates.push(*index);
            }
        }
        let matches: Vec<usize> = candidates
            .into_iter()
            .filter(|index| self.mailboxes.get(*index).is_some_and(|m| m.identities.overlaps(identities)))
            .collect();
        match matches.as_slice() {
            [] => {
                self.mailboxes.push(Mailbox { identities: identities.clone(), ..Mailbox::default() });
                let index = self.mailboxes.len() - 1;
                self.index_values(index, identities);
                self.mailboxes.last_mut()
            }
            [index] => {
                let index = *index;
                self.index_values(index, identities);
                let mailbox = self.mailboxes.get_mut(index)?;
                mailbox.identities.absorb(identities);
                Some(mailbox)
            }
            several => {
                let candidates = several
                    .iter()
                    .filter_map(|index| self.mailboxes.get(*index))
                    .filter_map(|m| m.identities.best().map(str::to_string))
                    .collect();
                self.conflicts.push(Conflict::AmbiguousIdentity { line, candidates });
                None
            }
        }
    }

    fn index_values(&mut self, index: usize, identities: &Identities) {
        for value in identities.values() {
            let slots = self.by_identity.entry(identity_key(value)).or_default();
            if !slots.contains(&index) {
                slots.push(index);
            }
        }
    }
}
