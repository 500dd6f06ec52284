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
