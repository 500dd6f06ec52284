//! What a rule looks at: one mailbox's settings (or the organization as seen by a mailbox that
//! inherits everything), the whole evidence, and the context.

use super::context::Context;
use super::missing::MissingInput;
use super::terms::Protocol;
use super::verdict::{DecidingSetting, Finding, MissingState, SettingValue};
use super::settings_key::MailboxSettings;
use crate::model::{Evidence, Field, Setting};

#[derive(Clone, Copy, Debug)]
pub struct Subject<'a> {
    pub evidence: &'a Evidence,
    /// `None`: the organization view, a mailbox with no override and no policy of its own.
    /// A mailbox is seen only through what the rules read of it, its settings group's key.
    pub mailbox: Option<MailboxSettings<'a>>,
    pub context: &'a Context,
}

impl<'a> Subject<'a> {
    pub fn organization(evidence: &'a Evidence, context: &'a Context) -> Self {
        Subject { evidence, mailbox: None, context }
    }

    pub fn mailbox(evidence: &'a Evidence, mailbox: MailboxSettings<'a>, context: &'a Context) -> Self {
        Subject { evidence, mailbox: Some(mailbox), context }
    }

    /// `PopEnabled` or `ImapEnabled` of the mailbox; `Absent` in the organization view.
    pub fn protocol_switch(&self, protocol: Protocol) -> &'a Field<bool> {
        match (self.mailbox, protocol) {
            (Some(mailbox), Protocol::Pop) => mailbox.pop_enabled.field(),
            (Some(mailbox), Protocol::Imap) => mailbox.imap_enabled.field(),
            _ => &Field::Absent,
        }
    }
}

/// A field that cannot decide: why, as a finding parameter. `None` for decidable fields.
pub fn missing_state<T>(field: &Field<T>) -> Option<MissingState> {
    match field {
        Field::Absent => Some(MissingState::Absent),
        Field::Unreadable { .. } => Some(MissingState::Truncated),
        Field::Conflicting { .. } => Some(MissingState::Conflicting),
        Field::Known { .. } | Field::Blank { .. } => None,
    }
}

pub fn input_missing(input: MissingInput, state: MissingState) -> Finding {
    Finding::InputMissing { input, state }
}

/// `decided_by` entry for a field that was printed.
pub fn deciding_bool(setting: Setting, field: &Field<bool>) -> Option<DecidingSetting> {
    match field {
        Field::Known { value, span } => Some(DecidingSetting { setting, value: SettingValue::Bool(*value), line: span.first }),
        Field::Blank { span } => Some(DecidingSetting { setting, value: SettingValue::Null, line: span.first }),
        _ => None,
    }
}

pub fn deciding_text(setting: Setting, field: &Field<String>) -> Option<DecidingSetting> {
    match field {
        Field::Known { value, span } => Some(DecidingSetting { setting, value: SettingValue::Text(value.clone()), line: span.first }),
        Field::Blank { span } => Some(DecidingSetting { setting, value: SettingValue::Null, line: span.first }),
        _ => None,
    }
}
