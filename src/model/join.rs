//! Joining CAS mailbox and user records into mailboxes by any identity they share, and the
//! accounts of the evidence of use and a worksheet's answers to them.

use rustc_hash::FxHashMap;

use serde::Serialize;

use super::cas_mailbox::CasMailbox;
use super::setting::Setting;
use super::identity::{identity_hash, same_identity, Identities};
use super::traffic::{SenderTraffic, Senders};
use super::usage::AccountUsage;
use crate::parse::{Answer, AnswerRow};
use super::user::User;

/// One mailbox as far as the paste shows it. The parts are boxed: a bulk paste of 100,000
/// mailboxes usually has only their CAS records, and a mailbox without the others stays small.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mailbox {
    pub identities: Identities,
    pub cas: Option<Box<CasMailbox>>,
    pub user: Option<Box<User>>,
    /// What sign-in logs and usage reports show of it.
    pub usage: Option<Box<AccountUsage>>,
    /// What message traces show it sends.
    pub traffic: Option<Box<SenderTraffic>>,
    /// What the admin said of it in a worksheet pasted back.
    pub answer: Option<Box<Answer>>,
}

/// Something the paste says twice, differently.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "code")]
pub enum Conflict {
    /// Two records of the same object disagree on a setting.
    SettingDisagrees { object: String, setting: Setting, lines: Vec<u32> },
    /// A record's identities match more than one mailbox; it was not joined to any.
    AmbiguousIdentity { line: u32, candidates: Vec<String> },
    /// Exchange Online and Exchange Server properties in one paste.
    EnvironmentMarkersDisagree { online_line: u32, server_line: u32 },
    /// A worksheet answers for the same account twice, differently: where they differ, the
    /// later row's answer is used.
    AnswerDisagrees { account: String, lines: Vec<u32> },
}

pub(super) struct Joiner {
    mailboxes: Vec<Mailbox>,
    conflicts: Vec<Conflict>,
    /// Mailboxes by the hash of each identifying value they go by ([`identity_hash`]): a bulk
    /// paste of tens of thousands of mailboxes is joined in linear time, not by comparing every
    /// pair, and without a folded copy of every value.
    by_identity: FxHashMap<u64, Slots>,
    /// The mailboxes a record may join, reused from record to record.
    candidates: Vec<usize>,
    /// The mailboxes a second record of the same kind was merged into: the only ones whose
    /// settings can disagree.
    merged: Vec<usize>,
    /// The mailboxes a worksheet answered for, with the line of the answer they hold.
    answered: FxHashMap<usize, u32>,
    /// How many mailboxes only a worksheet names.
    from_answers: usize,
    /// Whether a worksheet's answers or message traces are joined after the accounts: only then
    /// are the accounts no record names indexed.
    pub(super) answers_follow: bool,
}

/// The mailboxes one identity hash leads to: nearly always one, so no list is allocated for it.
enum Slots {
    One(usize),
    Many(Vec<usize>),
}

impl Slots {
    fn as_slice(&self) -> &[usize] {
        match self {
            Slots::One(index) => std::slice::from_ref(index),
            Slots::Many(indexes) => indexes,
        }
    }

    fn add(&mut self, index: usize) {
        match self {
            Slots::One(first) if *first != index => *self = Slots::Many(vec![*first, index]),
            Slots::Many(indexes) if !indexes.contains(&index) => indexes.push(index),
            _ => {}
        }
    }
}

impl Joiner {
    /// Room for `records` mailboxes up front: a mailbox is large, and regrowing the list of
    /// tens of thousands of them copies it over and over.
    pub(super) fn with_capacity(records: usize) -> Self {
        Self {
            mailboxes: Vec::with_capacity(records),
            conflicts: Vec::new(),
            by_identity: FxHashMap::with_capacity_and_hasher(records.saturating_mul(3), Default::default()),
            candidates: Vec::new(),
            merged: Vec::new(),
            answered: FxHashMap::default(),
            from_answers: 0,
            answers_follow: false,
        }
    }

    pub(super) fn add_cas(&mut self, cas: CasMailbox, line: u32) {
        if let Some((index, mailbox)) = self.place(&cas.identities, line) {
            let earlier = mailbox.cas.take();
            let merged = earlier.is_some();
            mailbox.cas = Some(Box::new(match earlier {
                Some(earlier) => earlier.merge(cas),
                None => cas,
            }));
            if merged {
                self.merged.push(index);
            }
        }
    }

    pub(super) fn add_user(&mut self, user: User, line: u32) {
        if let Some((index, mailbox)) = self.place(&user.identities, line) {
            let earlier = mailbox.user.take();
            let merged = earlier.is_some();
            mailbox.user = Some(Box::new(match earlier {
                Some(earlier) => earlier.merge(user),
                None => user,
            }));
            if merged {
                self.merged.push(index);
            }
        }
    }

    /// Joins an account of the evidence to the mailbox whose primary SMTP address or user
    /// principal name it is (case ignored), or adds it as a mailbox of its own: an account that
    /// signs in is worth showing even when no cmdlet output names it.
    pub(super) fn add_usage(&mut self, usage: AccountUsage) {
        let hash = identity_hash(&usage.account);
        match self.account_mailbox(hash, &usage.account).and_then(|index| self.mailboxes.get_mut(index)) {
            Some(mailbox) => mailbox.usage = Some(Box::new(usage)),
            None => {
                let account = Some(crate::parse::Text::from(&*usage.account));
                let identities = if usage.is_upn {
                    Identities { user_principal_name: account, ..Identities::default() }
                } else {
                    Identities { primary_smtp_address: account, ..Identities::default() }
                };
                self.mailboxes.push(Mailbox { identities, usage: Some(Box::new(usage)), ..Mailbox::default() });
                // Indexed for the worksheet's answers and the message traces, joined after
                // every account.
                if self.answers_follow {
                    self.index_values(self.mailboxes.len() - 1, &[hash]);
                }
            }
        }
    }

    /// The mailbox whose primary SMTP address, user principal name or requested identity
    /// `account` is (case ignored), if one is; `hash` is the account's [`identity_hash`].
    fn account_mailbox(&self, hash: u64, account: &str) -> Option<usize> {
        let slots = self.by_identity.get(&hash);
        // No slot for this hash: no mailbox has the account's identity.
        slots.map(Slots::as_slice).unwrap_or_default().iter().copied().find(|index| {
            self.mailboxes.get(*index).is_some_and(|m| {
                [&m.identities.primary_smtp_address, &m.identities.user_principal_name, &m.identities.requested]
                    .into_iter()
                    .any(|id| id.as_deref().is_some_and(|id| same_identity(id, account)))
            })
        })
    }

    /// Gives a worksheet row's answer to the mailbox its account names (by any value the
    /// mailbox goes by, the most specific first, compared as [`same_identity`] does), or adds
    /// the account as a mailbox of its own: a worksheet pasted alone lists its accounts. A
    /// later row for the same mailbox wins where it gives a value; one that gives another
    /// value than an earlier row is a conflict.
    /// True when the account was in no other input, while other inputs name accounts.
    pub(super) fn add_answer(&mut self, row: &AnswerRow) -> bool {
        let hash = identity_hash(&row.account);
        // No slot for this hash: no mailbox has the account's identity.
        let slots = self.by_identity.get(&hash).map(Slots::as_slice).unwrap_or_default();
        let found = slots.iter().filter_map(|&index| Some((self.mailboxes.get(index)?.identities.values().position(|id| same_identity(id, &row.account))?, index))).min();
        let index = match found {
            Some((_, index)) => index,
            None => {
                let identities = Identities { identity: Some(crate::parse::Text::from(&*row.account)), ..Identities::default() };
                self.mailboxes.push(Mailbox { identities, ..Mailbox::default() });
                self.from_answers += 1;
                let index = self.mailboxes.len() - 1;
                self.index_values(index, &[hash]);
                index
            }
        };
        let Some(mailbox) = self.mailboxes.get_mut(index) else { return false };
        let earlier = self.answered.insert(index, row.line);
        let answer = match (earlier, mailbox.answer.as_deref()) {
            (Some(first), Some(before)) => {
                if before.contradicts(&row.answer) {
                    self.conflicts.push(Conflict::AnswerDisagrees { account: row.account.to_string(), lines: vec![first, row.line] });
                }
                before.overlaid(&row.answer)
            }
            _ => row.answer.clone(),
        };
        mailbox.answer = Some(Box::new(answer));
        found.is_none() && self.mailboxes.len() > self.from_answers
    }

    /// Lets go of the identity index once every record is placed.
    pub(super) fn release_index(&mut self) {
        self.by_identity = FxHashMap::default();
    }

    /// The mailboxes, the conflicts found joining, and the mailboxes records were merged into
    /// (in order, each once).
    pub(super) fn finish(mut self) -> (Vec<Mailbox>, Vec<Conflict>, Vec<usize>) {
        self.merged.sort_unstable();
        self.merged.dedup();
        (self.mailboxes, self.conflicts, self.merged)
    }

    /// The mailbox these identities belong to: an existing one if exactly one shares a value,
    /// a new one if none does, none (and a conflict) if several do. A record without any
    /// identity shares nothing, so it becomes a mailbox of its own, known by its line.
    /// The mailbox's identities absorb the record's, and the index learns the new values.
    fn place(&mut self, identities: &Identities, line: u32) -> Option<(usize, &mut Mailbox)> {
        // Only mailboxes that share a value's hash can overlap; the index finds them.
        // Each value is hashed once, for the lookup and for the index.
        let mut hashes = [0u64; 6];
        let mut count = 0;
        for (hash, value) in hashes.iter_mut().zip(identities.values()) {
            *hash = identity_hash(value);
            count += 1;
        }
        // `count` counts the hashes written into `hashes`: at most its length.
        let hashes = hashes.get(..count).unwrap_or_default();
        let Joiner { mailboxes, by_identity, candidates, .. } = self;
        candidates.clear();
        for slots in hashes.iter().filter_map(|hash| by_identity.get(hash)) {
            for &index in slots.as_slice() {
                if !candidates.contains(&index) && mailboxes.get(index).is_some_and(|m| m.identities.overlaps(identities)) {
                    candidates.push(index);
                }
            }
        }
        match self.candidates.as_slice() {
            [] => {
                self.mailboxes.push(Mailbox { identities: identities.clone(), ..Mailbox::default() });
                let index = self.mailboxes.len() - 1;
                self.index_values(index, hashes);
                self.mailboxes.last_mut().map(|mailbox| (index, mailbox))
            }
            &[index] => {
                self.index_values(index, hashes);
                let mailbox = self.mailboxes.get_mut(index)?;
                mailbox.identities.absorb(identities);
                Some((index, mailbox))
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

    fn index_values(&mut self, index: usize, hashes: &[u64]) {
        for hash in hashes {
            self.by_identity.entry(*hash).and_modify(|slots| slots.add(index)).or_insert(Slots::One(index));
        }
    }
}

/// A message trace's sender is the mailbox or account it is, as an account of the evidence is.
impl Senders for Joiner {
    fn mailbox_of(&self, sender: &str) -> Option<usize> {
        self.account_mailbox(identity_hash(sender), sender)
    }

    /// What message traces show the mailbox sends, made room for when first asked.
    fn traffic_mut(&mut self, index: usize) -> Option<&mut SenderTraffic> {
        Some(self.mailboxes.get_mut(index)?.traffic.get_or_insert_with(Box::default))
    }
}
