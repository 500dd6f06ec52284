//! SA3: the mailbox inherits (blank) and the organization has
//! `Get-TransportConfig.SmtpClientAuthenticationDisabled : True` → `blocked` for Basic and OAuth
//! (`535 5.7.139 ... SmtpClientAuthentication is disabled for the Tenant`, O S44).
//!
//! Why: the default for organizations created after January 2020.
//! Fix: preferred per mailbox, `Set-CASMailbox -Identity '<id>' -SmtpClientAuthenticationDisabled $false`
//! (Microsoft recommends keeping the tenant off and enabling only the mailboxes that need it);
//! alternative `Set-TransportConfig -SmtpClientAuthenticationDisabled $false`.
//! Source: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission

use crate::rules::effective_smtp::EffectiveSmtpAuth;
use crate::rules::fix::Fix;
use crate::rules::sources;
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, Finding, Status, Verdict};

pub const RULE: &str = "SA3";

/// `for_mailbox`: whether a mailbox is evaluated (then the per-mailbox fix comes first).
pub fn evaluate(effective: &EffectiveSmtpAuth, auth: AuthMethod, for_mailbox: bool) -> Option<Verdict> {
    let EffectiveSmtpAuth::Tenant { disabled: true, settings } = effective else {
        return None;
    };
    let verdict = Verdict::new(Protocol::Smtp, auth, Status::Blocked, RULE, Finding::TenantSmtpAuthDisabled, sources::S7_SMTP_AUTH)
        .decided_by(settings.iter().cloned());
    let verdict = if for_mailbox { verdict.fix(Fix::EnableSmtpAuthForMailbox) } else { verdict };
    Some(verdict.fix(Fix::EnableSmtpAuthForOrganization))
}
