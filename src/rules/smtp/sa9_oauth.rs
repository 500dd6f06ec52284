//! SA9: SMTP AUTH with OAuth (XOAUTH2; delegated `SMTP.Send` or app-only `SMTP.SendAsApp`)
//! passes when the effective SMTP AUTH switch is `False` (SA2/SA3). Authentication policies,
//! security defaults and the CA legacy block govern Basic only [I, from S8]; MFA and CA apply
//! when the token is acquired (O S45). App-only additionally needs a service principal with
//! mailbox permission, which the cmdlets here do not show → `check`.
//!
//! Source: https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth

use super::{sa10_tls, sa11_send_as};
use crate::rules::effective_smtp::EffectiveSmtpAuth;
use crate::rules::fix::Fix;
use crate::rules::sources;
use crate::rules::subject::Subject;
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, Finding, Gate, Status, Verdict};

pub const RULE: &str = "SA9";

pub fn evaluate(subject: &Subject, effective: &EffectiveSmtpAuth, app_only: bool) -> Option<Verdict> {
    let settings = match effective {
        EffectiveSmtpAuth::MailboxOverride { disabled: false, setting } => vec![setting.clone()],
        EffectiveSmtpAuth::Tenant { disabled: false, settings } => settings.clone(),
        _ => return None,
    };
    let status = if app_only { Status::Check } else { Status::Works };
    let verdict = Verdict::new(Protocol::Smtp, AuthMethod::OAuth, status, RULE, Finding::OauthSmtpAllowed, sources::S22_OAUTH_POP_IMAP_SMTP)
        .decided_by(settings)
        .check(RULE, Gate::TokenAcquisition);
    let verdict = if app_only {
        verdict.check(RULE, Gate::ServicePrincipalPermission).fix(Fix::GrantAppOnlyAccess { protocol: Protocol::Smtp })
    } else {
        verdict
    };
    Some(sa11_send_as::add(sa10_tls::add(verdict, subject)))
}
