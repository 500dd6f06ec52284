//! SA5: Basic SMTP passes every Exchange switch (effective switch `False`, and no policy or
//! `AllowBasicAuthSmtp : True`) → `check`: the Entra gates SA6–SA8 and TLS (SA10) decide and
//! the cmdlets do not show them. The date switch ([`super::date_switch`]) then applies. Pasted
//! security defaults that are on decide: `blocked` by SA6.
//!
//! Source: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission

use super::{date_switch, sa10_tls, sa11_send_as, sa6_security_defaults, sa7_conditional_access, sa8_per_user_mfa};
use crate::rules::effective_policy::{policy_switch, PolicySwitchValue};
use crate::rules::effective_smtp::EffectiveSmtpAuth;
use crate::rules::fix::PolicySwitch;
use crate::rules::sources;
use crate::rules::subject::Subject;
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, DecidingSetting, Finding, Status, Verdict};

pub const RULE: &str = "SA5";

pub fn evaluate(subject: &Subject, effective: &EffectiveSmtpAuth) -> Option<Verdict> {
    let smtp_settings: Vec<DecidingSetting> = match effective {
        EffectiveSmtpAuth::MailboxOverride { disabled: false, setting } => vec![setting.clone()],
        EffectiveSmtpAuth::Tenant { disabled: false, settings } => settings.clone(),
        _ => return None,
    };
    let (policy, policy_settings) = match policy_switch(subject, PolicySwitch::AllowBasicAuthSmtp) {
        PolicySwitchValue::NoPolicy { settings } => (None, settings),
        PolicySwitchValue::Value { value: true, name, settings, .. } => (Some(name), settings),
        PolicySwitchValue::Value { value: false, .. } | PolicySwitchValue::Unknown { .. } => return None,
    };
    let verdict = Verdict::new(
        Protocol::Smtp,
        AuthMethod::Basic,
        Status::Check,
        RULE,
        Finding::BasicSmtpAllowedByExchange { policy },
        sources::S7_SMTP_AUTH,
    )
    .decided_by(smtp_settings)
    .decided_by(policy_settings);
    let verdict = sa6_security_defaults::add(verdict, subject);
    let verdict = sa7_conditional_access::add(verdict);
    let verdict = sa8_per_user_mfa::add(verdict);
    let verdict = sa10_tls::add(verdict, subject);
    let verdict = sa11_send_as::add(verdict);
    Some(date_switch::apply(verdict, subject.context.as_of))
}
