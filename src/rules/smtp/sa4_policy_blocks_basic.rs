//! SA4: Basic SMTP, and the effective authentication policy has `AllowBasicAuthSmtp : False`
//! → `blocked` ("clients cannot use SMTP AUTH even if you enable the settings", S7). A named
//! policy that was not pasted (or without that line) → `unknown`.
//!
//! Fix: a dedicated policy for this user first (`New-AuthenticationPolicy -Name 'Allow Basic
//! SMTP' -AllowBasicAuthSmtp`, `Set-User -AuthenticationPolicy`), changing the applying policy
//! second (it affects everyone on it); then `Set-User -STSRefreshTokensValidFrom` (S8).
//! Source: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/disable-basic-authentication-in-exchange-online

use crate::rules::effective_policy::{policy_switch, PolicySwitchValue};
use crate::rules::fix::{Fix, PolicySwitch};
use crate::rules::sources;
use crate::rules::subject::{input_missing, Subject};
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, Finding, Status, Verdict, Warning};

pub const RULE: &str = "SA4";

pub fn evaluate(subject: &Subject) -> Option<Verdict> {
    match policy_switch(subject, PolicySwitch::AllowBasicAuthSmtp) {
        PolicySwitchValue::Value { value: false, name, via, settings } => {
            let verdict = Verdict::new(
                Protocol::Smtp,
                AuthMethod::Basic,
                Status::Blocked,
                RULE,
                Finding::PolicyBlocksBasicSmtp { policy: name.clone(), via },
                sources::S8_DISABLE_BASIC,
            )
            .decided_by(settings)
            .warn(Warning::PolicyChangeTakesUpTo24Hours)
            .fix(Fix::AllowBasicSmtpInPolicy { policy: name, via });
            Some(match via {
                crate::rules::terms::PolicySource::OrganizationDefault => verdict.warn(Warning::PolicyIsOrganizationDefault),
                crate::rules::terms::PolicySource::User => verdict,
            })
        }
        PolicySwitchValue::Unknown { input, state } => Some(
            Verdict::new(Protocol::Smtp, AuthMethod::Basic, Status::Unknown, RULE, input_missing(input.clone(), state), sources::S8_DISABLE_BASIC)
                .missing(input),
        ),
        PolicySwitchValue::Value { value: true, .. } | PolicySwitchValue::NoPolicy { .. } => None,
    }
}
