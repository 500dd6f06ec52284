//! SA2: the mailbox itself has `SmtpClientAuthenticationDisabled : True` → `blocked` for Basic
//! and OAuth.
//!
//! Why: a mailbox value overrides the organization; OAuth is refused too (O S44).
//! Fix: `Set-CASMailbox -Identity '<id>' -SmtpClientAuthenticationDisabled $false` (the admin
//! center's "Authenticated SMTP" check box).
//! Source: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission

use crate::rules::effective_smtp::EffectiveSmtpAuth;
use crate::rules::fix::Fix;
use crate::rules::sources;
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, Finding, Status, Verdict};

pub const RULE: &str = "SA2";

pub fn evaluate(effective: &EffectiveSmtpAuth, auth: AuthMethod) -> Option<Verdict> {
    let EffectiveSmtpAuth::MailboxOverride { disabled: true, setting } = effective else {
        return None;
    };
    Some(
        Verdict::new(Protocol::Smtp, auth, Status::Blocked, RULE, Finding::MailboxSmtpAuthDisabled, sources::S7_SMTP_AUTH)
            .decided_by([setting.clone()])
            .fix(Fix::EnableSmtpAuthForMailbox),
    )
}
