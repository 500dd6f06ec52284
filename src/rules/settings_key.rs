//! What the rules read of a mailbox, apart from where it was read. Verdicts depend on a
//! mailbox's settings (its CAS switches and the policy its user names), the tenant and the
//! context, never on its name: mailboxes with the same [`settings_key`] get the same verdicts
//! but for the lines their values were read on ([`OwnLines`]), which [`relocate`] puts in. A
//! tenant of 100,000 mailboxes has a handful of distinct keys, so each is evaluated once.

use super::effective_policy::USER_SETTING;
use super::effective_smtp::MAILBOX_SETTING;
use super::pop_imap::p1_protocol_disabled;
use super::smtp::seen_in_sign_in_log::seen_working;
use super::terms::Protocol;
use super::verdict::Verdict;
use crate::model::{Field, Mailbox};

/// Writes the mailbox's key into `key` (cleared first): each setting the rules read, its state
/// and value, without its line; and whether its evidence shows a password sign-in over SMTP
/// AUTH working, which decides where the settings cannot ([`super::smtp::seen_in_sign_in_log`]).
pub fn settings_key(mailbox: &Mailbox, key: &mut String) {
    key.clear();
    key.push(if seen_working(mailbox) { 'S' } else { '-' });
    match &mailbox.cas {
        Some(cas) => {
            key.push('C');
            push_bool(key, &cas.pop_enabled);
            push_bool(key, &cas.imap_enabled);
            push_bool(key, &cas.smtp_client_authentication_disabled);
        }
        None => key.push('-'),
    }
    match &mailbox.user {
        Some(user) => {
            key.push('U');
            // The policy name comes last: nothing follows that it could run into.
            push_state(key, &user.authentication_policy, |key, text: &String| key.push_str(text));
        }
        None => key.push('-'),
    }
}

fn push_bool(key: &mut String, field: &Field<bool>) {
    push_state(key, field, |key, value| key.push(if *value { '1' } else { '0' }));
}

fn push_state<T>(key: &mut String, field: &Field<T>, value: impl Fn(&mut String, &T)) {
    match field {
        Field::Absent => key.push('a'),
        Field::Blank { .. } => key.push('b'),
        Field::Known { value: known, .. } => {
            key.push('k');
            value(key, known);
        }
        Field::Unreadable { certainty, .. } => {
            key.push('u');
            key.push(char::from(b'0' + *certainty as u8));
        }
        Field::Conflicting { .. } => key.push('c'),
    }
}

/// Where a mailbox's own settings were read: all a mailbox adds to its group's verdicts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OwnLines {
    pop_enabled: Option<u32>,
    imap_enabled: Option<u32>,
    smtp_client_authentication_disabled: Option<u32>,
    authentication_policy: Option<u32>,
}

impl OwnLines {
    pub fn of(mailbox: &Mailbox) -> Self {
        let cas = mailbox.cas.as_ref();
        OwnLines {
            pop_enabled: cas.and_then(|c| c.pop_enabled.line()),
            imap_enabled: cas.and_then(|c| c.imap_enabled.line()),
            smtp_client_authentication_disabled: cas.and_then(|c| c.smtp_client_authentication_disabled.line()),
            authentication_policy: mailbox.user.as_ref().and_then(|u| u.authentication_policy.line()),
        }
    }
}

/// Puts the lines a mailbox's own settings were read on into verdicts evaluated for another
/// mailbox with the same key. The tenant's settings and policies are the same for both.
pub fn relocate(verdicts: &mut [Verdict], lines: &OwnLines) {
    // The headline reason's settings and those of every later layer that also blocks.
    let settings = verdicts.iter_mut().flat_map(|v| v.decided_by.iter_mut().chain(v.also_blocked_by.iter_mut().flat_map(|l| l.decided_by.iter_mut())));
    for deciding in settings {
        let line = match deciding.setting {
            MAILBOX_SETTING => lines.smtp_client_authentication_disabled,
            USER_SETTING => lines.authentication_policy,
            setting if setting == p1_protocol_disabled::setting(Protocol::Pop) => lines.pop_enabled,
            setting if setting == p1_protocol_disabled::setting(Protocol::Imap) => lines.imap_enabled,
            _ => None,
        };
        if let Some(line) = line {
            deciding.line = line;
        }
    }
}
