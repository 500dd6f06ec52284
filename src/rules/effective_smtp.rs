//! `EffectiveSmtpAuthDisabled` (rules.md 3.1): the mailbox's own switch if it has one, the
//! organization's if the mailbox shows blank, unknown if the mailbox line is absent.
//!
//! Why: the mailbox value is tri-state and blank means "inherit"; an absent line only means the
//! admin did not ask for it (`Get-EXOCasMailbox` shows it only with `-Properties`).
//! Source: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission
//! (S7), Set-CASMailbox (S14), Set-TransportConfig (S19), property sets (S17).

use super::missing::MissingInput;
use super::subject::{deciding_bool, missing_state, Subject};
use super::verdict::{DecidingSetting, MissingState};
use crate::model::{Field, Setting};

const MAILBOX_SETTING: Setting = Setting::CasMailboxSmtpClientAuthenticationDisabled;
const TENANT_SETTING: Setting = Setting::TransportConfigSmtpClientAuthenticationDisabled;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EffectiveSmtpAuth {
    /// The mailbox sets `True` or `False` for itself.
    MailboxOverride { disabled: bool, setting: DecidingSetting },
    /// The mailbox inherits (blank), or this is the organization view.
    Tenant { disabled: bool, settings: Vec<DecidingSetting> },
    Unknown { input: MissingInput, state: MissingState },
}

pub fn effective_smtp_auth(subject: &Subject) -> EffectiveSmtpAuth {
    let mut settings = Vec::new();
    if subject.mailbox.is_some() {
        let field = subject.mailbox.map_or(&Field::Absent, |m| m.smtp_client_authentication_disabled.field());
        match field {
            Field::Known { value, .. } => {
                if let Some(setting) = deciding_bool(MAILBOX_SETTING, field) {
                    return EffectiveSmtpAuth::MailboxOverride { disabled: *value, setting };
                }
            }
            Field::Blank { .. } => settings.extend(deciding_bool(MAILBOX_SETTING, field)),
            _ => {}
        }
        if let Some(state) = missing_state(field) {
            return EffectiveSmtpAuth::Unknown { input: MissingInput::MailboxSmtpSetting, state };
        }
    }
    let tenant = subject.evidence.transport.as_ref().map_or(&Field::Absent, |t| &t.smtp_client_authentication_disabled);
    match (tenant, deciding_bool(TENANT_SETTING, tenant)) {
        (Field::Known { value, .. }, Some(setting)) => {
            settings.push(setting);
            EffectiveSmtpAuth::Tenant { disabled: *value, settings }
        }
        // The tenant switch is never blank in Exchange Online; a blank here is unreadable.
        (Field::Blank { .. }, _) => EffectiveSmtpAuth::Unknown { input: MissingInput::TenantSmtpSetting, state: MissingState::Truncated },
        _ => EffectiveSmtpAuth::Unknown {
            input: MissingInput::TenantSmtpSetting,
            // Cannot happen: this arm is Absent, Unreadable or Conflicting, each with a state.
            state: missing_state(tenant).unwrap_or(MissingState::Absent),
        },
    }
}
