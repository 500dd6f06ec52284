//! P3: POP3/IMAP4 with delegated OAuth (scope `https://outlook.office.com/POP.AccessAsUser.All`
//! / `IMAP.AccessAsUser.All`) → `works` once the mailbox switch is `True`, with `check` items:
//! the app must be registered in Entra, and Conditional Access / MFA must be satisfiable at
//! token acquisition.
//!
//! Source: https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth

use super::p5_legacy_tls;
use crate::rules::sources;
use crate::rules::subject::Subject;
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, Finding, Gate, Status, Verdict};

pub const RULE: &str = "P3";

pub fn evaluate(subject: &Subject, protocol: Protocol) -> Verdict {
    let switch = subject.protocol_switch(protocol);
    let verdict = Verdict::new(protocol, AuthMethod::OAuth, Status::Works, RULE, Finding::OauthPopImapAllowed { protocol }, sources::S22_OAUTH_POP_IMAP_SMTP)
        .decided_by(crate::rules::subject::deciding_bool(crate::model::Setting::pop_imap_switch(protocol), switch))
        .check(RULE, Gate::AppRegistration)
        .check(RULE, Gate::TokenAcquisition);
    p5_legacy_tls::add(verdict, subject.context.as_of)
}
