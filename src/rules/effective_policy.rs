//! `EffectiveAuthPolicy` (rules.md 3.1, section 5): the policy assigned to the user if any,
//! else the organization default, else none. A user policy replaces the default as a whole.
//!
//! Why: Basic SMTP in Exchange Online and every protocol on Exchange Server are gated by the one
//! policy that applies to the user.
//! Source: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/disable-basic-authentication-in-exchange-online
//! (S8), Set-User (S12), Set-OrganizationConfig (S13), hybrid 2019 (S33).

use super::fix::PolicySwitch;
use super::missing::MissingInput;
use super::subject::{deciding_bool, deciding_text, missing_state, Subject};
use super::terms::PolicySource;
use super::verdict::{DecidingSetting, MissingState};
use crate::model::{AuthPolicy, Field, Setting};

const USER_SETTING: Setting = Setting::UserAuthenticationPolicy;
const DEFAULT_SETTING: Setting = Setting::OrganizationConfigDefaultAuthenticationPolicy;

/// The policy setting of a record that is not in the paste, borrowed like a pasted one's.
const NOT_PASTED: &Field<String> = &Field::Absent;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EffectivePolicy<'a> {
    /// No policy applies: nothing blocks by policy.
    None { settings: Vec<DecidingSetting> },
    /// This named policy applies; `policy` is its pasted record, if any.
    Assigned { name: String, via: PolicySource, setting: DecidingSetting, policy: Option<&'a AuthPolicy> },
    Unknown { input: MissingInput, state: MissingState },
}

pub fn effective_policy<'a>(subject: &Subject<'a>) -> EffectivePolicy<'a> {
    let mut settings = Vec::new();
    if subject.mailbox.is_some() {
        let field = subject.mailbox.map_or(NOT_PASTED, |m| m.authentication_policy.field());
        if let (Field::Known { value, .. }, Some(setting)) = (field, deciding_text(USER_SETTING, field)) {
            return assigned(subject, value, PolicySource::User, setting);
        }
        if let Some(state) = missing_state(field) {
            return EffectivePolicy::Unknown { input: MissingInput::UserPolicy, state };
        }
        settings.extend(deciding_text(USER_SETTING, field));
    }
    let field = subject.evidence.organization.as_ref().map_or(NOT_PASTED, |o| &o.default_authentication_policy);
    if let (Field::Known { value, .. }, Some(setting)) = (field, deciding_text(DEFAULT_SETTING, field)) {
        return assigned(subject, value, PolicySource::OrganizationDefault, setting);
    }
    if let Some(state) = missing_state(field) {
        return EffectivePolicy::Unknown { input: MissingInput::OrganizationDefaultPolicy, state };
    }
    settings.extend(deciding_text(DEFAULT_SETTING, field));
    EffectivePolicy::None { settings }
}

fn assigned<'a>(subject: &Subject<'a>, name: &str, via: PolicySource, setting: DecidingSetting) -> EffectivePolicy<'a> {
    EffectivePolicy::Assigned { name: name.to_string(), via, setting, policy: subject.evidence.policy_named(name) }
}

/// One switch of the effective policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PolicySwitchValue {
    /// No policy applies.
    NoPolicy { settings: Vec<DecidingSetting> },
    /// The switch of the applying policy, with the assignment and the switch line.
    Value { value: bool, name: String, via: PolicySource, settings: Vec<DecidingSetting> },
    Unknown { input: MissingInput, state: MissingState },
}

pub fn policy_switch(subject: &Subject, switch: PolicySwitch) -> PolicySwitchValue {
    match effective_policy(subject) {
        EffectivePolicy::None { settings } => PolicySwitchValue::NoPolicy { settings },
        EffectivePolicy::Unknown { input, state } => PolicySwitchValue::Unknown { input, state },
        EffectivePolicy::Assigned { name, via, setting, policy } => {
            let field = policy.map_or(&Field::Absent, |p| switch_field(p, switch));
            match (field, deciding_bool(switch.setting(), field)) {
                (Field::Known { value, .. }, Some(switch_setting)) => {
                    PolicySwitchValue::Value { value: *value, name, via, settings: vec![setting, switch_setting] }
                }
                _ => PolicySwitchValue::Unknown {
                    input: MissingInput::PolicySwitch { policy: name, switch },
                    // A blank switch is not a value a policy prints: treat it as unreadable.
                    state: missing_state(field).unwrap_or(MissingState::Truncated),
                },
            }
        }
    }
}

fn switch_field(policy: &AuthPolicy, switch: PolicySwitch) -> &Field<bool> {
    match switch {
        PolicySwitch::AllowBasicAuthSmtp => &policy.allow_basic_auth_smtp,
        PolicySwitch::AllowBasicAuthPop => &policy.allow_basic_auth_pop,
        PolicySwitch::AllowBasicAuthImap => &policy.allow_basic_auth_imap,
        PolicySwitch::BlockLegacyAuthPop => &policy.block_legacy_auth_pop,
        PolicySwitch::BlockLegacyAuthImap => &policy.block_legacy_auth_imap,
        PolicySwitch::BlockModernAuthPop => &policy.block_modern_auth_pop,
        PolicySwitch::BlockModernAuthImap => &policy.block_modern_auth_imap,
    }
}
