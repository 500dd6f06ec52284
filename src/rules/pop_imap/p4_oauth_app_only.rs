//! P4: POP3/IMAP4 with app-only OAuth (`POP.AccessAsApp` / `IMAP.AccessAsApp`, client
//! credentials) → `check`: it works only if the app's service principal is registered in
//! Exchange and has permission on the mailbox, which these cmdlets do not show.
//!
//! Fix: `New-ServicePrincipal -AppId '<Application (client) ID>' -ObjectId '<Object ID of the
//! Enterprise application>'`, `Add-MailboxPermission -Identity '<mbx>' -User (Get-ServicePrincipal
//! -Identity '<display name of the Enterprise application>').Identity -AccessRights FullAccess`.
//! The object id is the Enterprise application's, not the App registration's.
//! Source: https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth

use super::p5_legacy_tls;
use crate::rules::fix::Fix;
use crate::rules::sources;
use crate::rules::subject::Subject;
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, Finding, Gate, Status, Verdict};

pub const RULE: &str = "P4";

pub fn evaluate(subject: &Subject, protocol: Protocol) -> Verdict {
    let switch = subject.protocol_switch(protocol);
    let verdict = Verdict::new(
        protocol,
        AuthMethod::OAuth,
        Status::Check,
        RULE,
        Finding::AppOnlyOauthNeedsServicePrincipal { protocol },
        sources::S22_OAUTH_POP_IMAP_SMTP,
    )
    .decided_by(crate::rules::subject::deciding_bool(crate::model::Setting::pop_imap_switch(protocol), switch))
    .check(RULE, Gate::ServicePrincipalPermission)
    .fix(Fix::GrantAppOnlyAccess { protocol });
    p5_legacy_tls::add(verdict, subject.context.as_of)
}
