//! P2: POP3/IMAP4 with Basic (username + password, app passwords included) in Exchange Online
//! → `blocked` permanently. No setting changes it: re-enabling ended 2022-12-31. A policy
//! showing `AllowBasicAuthPop/Imap : True` has no effect (the stale advice of S29), which is
//! said as a warning.
//!
//! Fix: none in PowerShell. Move the client to OAuth (XOAUTH2), or add the mailbox to Outlook
//! as a Microsoft 365 account; classic Outlook has no OAuth for POP/IMAP (S4, S29).
//! Source: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online

use crate::model::Field;
use crate::rules::date::Date;
use crate::rules::fix::PolicySwitch;
use crate::rules::sources;
use crate::rules::subject::Subject;
use crate::rules::terms::Protocol;
use crate::rules::timeline::{date_of, Milestone};
use crate::rules::verdict::{AuthMethod, DecidingSetting, Finding, SettingValue, Status, Verdict, Warning};

pub const RULE: &str = "P2";

pub fn evaluate(subject: &Subject, protocol: Protocol) -> Verdict {
    // Cannot happen: the timeline dates this milestone (2023-01-01).
    let since = date_of(Milestone::PopImapBasicRetired).unwrap_or(Date::from_ymd_unchecked(2023, 1, 1));
    let verdict = Verdict::new(protocol, AuthMethod::Basic, Status::Blocked, RULE, Finding::BasicPopImapRetired { protocol, since }, sources::S4_BASIC_DEPRECATION);
    match stale_policy_switches(subject, protocol).first() {
        Some(_) => verdict.warn(Warning::AllowBasicAuthPopImapHasNoEffect),
        None => verdict,
    }
}

/// Pasted policies that still show Basic allowed for the protocol: Microsoft did not rewrite
/// them after the retirement (O S43).
pub fn stale_policy_switches(subject: &Subject, protocol: Protocol) -> Vec<DecidingSetting> {
    let switch = match protocol {
        Protocol::Pop => PolicySwitch::AllowBasicAuthPop,
        Protocol::Imap => PolicySwitch::AllowBasicAuthImap,
        Protocol::Smtp => return Vec::new(),
    };
    subject
        .evidence
        .policies
        .iter()
        .filter_map(|policy| {
            let field = match protocol {
                Protocol::Imap => &policy.allow_basic_auth_imap,
                _ => &policy.allow_basic_auth_pop,
            };
            match field {
                Field::Known { value: true, span } => {
                    Some(DecidingSetting { setting: switch.setting(), value: SettingValue::Bool(true), line: span.first })
                }
                _ => None,
            }
        })
        .collect()
}
