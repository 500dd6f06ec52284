//! Headings of the bulk table and its exports.

use super::Lang;
use crate::rules::{AuthMethod, Protocol};

pub fn mailbox_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Mailbox",
        Lang::De => "Postfach",
    }
}

pub fn blocked_by_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Blocked by rule",
        Lang::De => "Blockiert durch Regel",
    }
}

/// `POP3 password`, `SMTP AUTH OAuth`: one protocol × method column.
pub fn column(lang: Lang, protocol: Protocol, auth: AuthMethod) -> String {
    let method = match (auth, lang) {
        (AuthMethod::Basic, Lang::En) => "password",
        (AuthMethod::Basic, Lang::De) => "Kennwort",
        (AuthMethod::OAuth, _) => "OAuth",
    };
    format!("{} {method}", super::protocol(lang, protocol))
}

/// The December column of the bulk table and its exports: what the end-of-December default
/// change does to the account.
pub fn december_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "December",
        Lang::De => "Dezember",
    }
}

/// The exports' columns of password sign-ins over SMTP AUTH: successes, failures, last success.
pub fn smtp_password_headings(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::En => ["SMTP AUTH password successes", "SMTP AUTH password failures", "SMTP AUTH password last success"],
        Lang::De => ["SMTP AUTH mit Kennwort erfolgreich", "SMTP AUTH mit Kennwort fehlgeschlagen", "SMTP AUTH mit Kennwort zuletzt erfolgreich"],
    }
}
