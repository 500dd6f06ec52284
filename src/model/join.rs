//! Joining CAS mailbox and user records into mailboxes by any identity they share.

use serde::Serialize;

use super::cas_mailbox::CasMailbox;
use super::identity::Identities;
use super::user::User;

/// One mailbox as far as the paste shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mailbox {
    pub identities: Identities,
    pub cas: Option<CasMailbox>,
    pub user: Option<User>,
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

#[derive(Default)]
pub(super) struct Joiner {
    mailboxes: Vec<Mailbox>,
    conflicts: Vec<Conflict>,
}

impl Joiner {
    pub(super) fn add_cas(&mut self, cas: CasMailbox, line: u32) {
        if let Some(mailbox) = self.place(&cas.identities, line) {
            mailbox.identities.absorb(&cas.identities);
            mailbox.cas = Some(match mailbox.cas.take() {
                Some(earlier) => earlier.merge(cas),
                None => cas,
            });
        }
    }

    pub(super) fn add_user(&mut self, user: User, line: u32) {
        if let Some(mailbox) = self.place(&user.identities, line) {
            mailbox.identities.absorb(&user.identities);
            mailbox.user = Some(match mailbox.user.take() {
                Some(earlier) => earlier.merge(user),
                None => user,
            });
        }
    }

    pub(super) fn finish(self) -> (Vec<Mailbox>, Vec<Conflict>) {
        (self.mailboxes, self.conflicts)
    }

    /// The mailbox these identities belong to: an existing one if exactly one shares a value,
    /// a new one if none does, none (and a conflict) if several do. A record without any
    /// identity shares nothing, so it becomes a mailbox of its own, known by its line.
    fn place(&mut self, identities: &Identities, line: u32) -> Option<&mut Mailbox> {
        let matches: Vec<usize> = self
            .mailboxes
            .iter()
            .enumerate()
            .filter(|(_, m)| m.identities.overlaps(identities))
            .map(|(index, _)| index)
            .collect();
        match matches.as_slice() {
            [] => {
                self.mailboxes.push(Mailbox { identities: identities.clone(), ..Mailbox::default() });
                self.mailboxes.last_mut()
            }
            [index] => self.mailboxes.get_mut(*index),
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
}
