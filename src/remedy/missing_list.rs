//! The inputs the verdicts needed and the paste lacked, each with the command that fetches it,
//! asked for once for all mailboxes when many lack it.

use super::report::{push_refusal, Missing, Refusal, RefusalObject};
use super::Asking;
use crate::remedy;
use crate::rules::{MissingInput, Verdict};

/// Per-mailbox inputs missing for more mailboxes than this are asked for once, for all
/// mailboxes: one command to run and paste back, not one per mailbox (`Get-User -Identity 'a'`,
/// `Get-User -Identity 'b'`, …), and nobody runs ten thousand of them.
const MISSING_PER_MAILBOX_UP_TO: usize = 1;

/// Missing inputs in order of first need, each once per mailbox (or once for all).
///
/// A list, not a set: per-mailbox inputs are listed for at most one more mailbox than
/// [`MISSING_PER_MAILBOX_UP_TO`] (beyond that they are asked for once, for all mailboxes, so
/// the rest of the tenant's mailboxes need not be listed), and the others are a handful.
#[derive(Default)]
pub(super) struct MissingList {
    entries: Vec<(MissingInput, Option<String>)>,
    /// Per-mailbox inputs and how many mailboxes they are listed for.
    per_mailbox: Vec<(MissingInput, usize)>,
}

impl MissingList {
    pub(super) fn add(&mut self, identity: Option<&str>, verdicts: &[Verdict]) {
        for input in verdicts.iter().flat_map(|v| v.missing.iter()) {
            let mailbox = if input.is_per_mailbox() { identity } else { None };
            let listed = self.per_mailbox.iter_mut().find(|(kind, _)| kind == input);
            if mailbox.is_some() && listed.as_ref().is_some_and(|(_, n)| *n > MISSING_PER_MAILBOX_UP_TO) {
                continue;
            }
            if !self.entries.iter().any(|(kind, for_mailbox)| kind == input && for_mailbox.as_deref() == mailbox) {
                if mailbox.is_some() {
                    match listed {
                        Some((_, n)) => *n += 1,
                        None => self.per_mailbox.push((input.clone(), 1)),
                    }
                }
                self.entries.push((input.clone(), mailbox.map(str::to_string)));
            }
        }
    }

    pub(super) fn commands(self, asking: Asking, refused: &mut Vec<Refusal>) -> Vec<Missing> {
        // Lists, not hash maps: there are few distinct inputs (a handful of settings, one per
        // policy named), and each map type would link its own hash table code into the app.
        let mut per_kind: Vec<(&MissingInput, usize)> = Vec::new();
        for (input, mailbox) in &self.entries {
            if mailbox.is_some() {
                match per_kind.iter_mut().find(|(kind, _)| *kind == input) {
                    Some((_, count)) => *count += 1,
                    None => per_kind.push((input, 1)),
                }
            }
        }
        let mut asked_for_all: Vec<&MissingInput> = Vec::new();
        let mut missing = Vec::new();
        for (input, mailbox) in &self.entries {
            let for_all = mailbox.is_some() && per_kind.iter().any(|(kind, n)| *kind == input && *n > MISSING_PER_MAILBOX_UP_TO);
            if for_all {
                if asked_for_all.contains(&input) {
                    continue;
                }
                asked_for_all.push(input);
            }
            let mailbox = if for_all { None } else { mailbox.as_deref() };
            match remedy::command_for(input, mailbox, asking) {
                // POP and IMAP switches are fetched by the same command: ask once.
                Ok(command) if missing.iter().any(|m: &Missing| m.command == command) => {}
                Ok(command) => missing.push(Missing { input: input.input_name(), mailbox: mailbox.map(str::to_string), command, kind: input.clone() }),
                Err(error) => push_refusal(refused, Refusal::new(RefusalObject::of(mailbox), &error)),
            }
        }
        missing
    }
}
