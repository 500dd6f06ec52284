//! Counts with their nouns in the right number: one plural rule per language, so no view
//! decides singular or plural on its own.

use super::Lang;

/// The grammatical number a count takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    One,
    Other,
}

/// English and German both use the singular for exactly one and the plural otherwise, zero
/// included ("0 mailboxes", "0 Postfächer"); a language with more forms adds them here.
pub fn form(lang: Lang, n: u64) -> Form {
    match (lang, n) {
        (Lang::En | Lang::De, 1) => Form::One,
        (Lang::En | Lang::De, _) => Form::Other,
    }
}

/// What the views and texts count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Mailbox,
    User,
    AuthenticationPolicy,
    Row,
    Line,
    Step,
    Message,
    Account,
    Sender,
    AcceptedDomain,
    ClientError,
}

/// The noun in the given number.
pub fn noun(lang: Lang, noun: Noun, form: Form) -> &'static str {
    let one = form == Form::One;
    match (noun, lang) {
        (Noun::Mailbox, Lang::En) => if one { "mailbox" } else { "mailboxes" },
        (Noun::Mailbox, Lang::De) => if one { "Postfach" } else { "Postfächer" },
        (Noun::User, Lang::En) => if one { "user" } else { "users" },
        (Noun::User, Lang::De) => "Benutzer",
        (Noun::AuthenticationPolicy, Lang::En) => if one { "authentication policy" } else { "authentication policies" },
        (Noun::AuthenticationPolicy, Lang::De) => if one { "Authentifizierungsrichtlinie" } else { "Authentifizierungsrichtlinien" },
        (Noun::Row, Lang::En) => if one { "row" } else { "rows" },
        // A German admin reads a log's rows as its entries; "Zeile" is a line of the paste.
        (Noun::Row, Lang::De) => if one { "Eintrag" } else { "Einträge" },
        (Noun::Line, Lang::En) => if one { "line" } else { "lines" },
        (Noun::Line, Lang::De) => if one { "Zeile" } else { "Zeilen" },
        (Noun::Step, Lang::En) => if one { "step" } else { "steps" },
        (Noun::Step, Lang::De) => if one { "Schritt" } else { "Schritte" },
        (Noun::Message, Lang::En) => if one { "message" } else { "messages" },
        (Noun::Message, Lang::De) => if one { "Nachricht" } else { "Nachrichten" },
        (Noun::Account, Lang::En) => if one { "account" } else { "accounts" },
        (Noun::Account, Lang::De) => if one { "Konto" } else { "Konten" },
        (Noun::Sender, Lang::En) => if one { "sender" } else { "senders" },
        (Noun::Sender, Lang::De) => "Absender",
        (Noun::AcceptedDomain, Lang::En) => if one { "accepted domain" } else { "accepted domains" },
        (Noun::AcceptedDomain, Lang::De) => if one { "akzeptierte Domäne" } else { "akzeptierte Domänen" },
        (Noun::ClientError, Lang::En) => if one { "client error" } else { "client errors" },
        (Noun::ClientError, Lang::De) => if one { "Client-Fehlermeldung" } else { "Client-Fehlermeldungen" },
    }
}

/// `1 mailbox`, `21 Postfächer`.
pub fn count(lang: Lang, n: u64, what: Noun) -> String {
    format!("{n} {}", noun(lang, what, form(lang, n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_in_both_languages() {
        let cases = [
            (Lang::En, Noun::Mailbox, ["0 mailboxes", "1 mailbox", "2 mailboxes", "21 mailboxes"]),
            (Lang::De, Noun::Mailbox, ["0 Postfächer", "1 Postfach", "2 Postfächer", "21 Postfächer"]),
            (Lang::En, Noun::User, ["0 users", "1 user", "2 users", "21 users"]),
            (Lang::De, Noun::User, ["0 Benutzer", "1 Benutzer", "2 Benutzer", "21 Benutzer"]),
            (
                Lang::En,
                Noun::AuthenticationPolicy,
                ["0 authentication policies", "1 authentication policy", "2 authentication policies", "21 authentication policies"],
            ),
            (
                Lang::De,
                Noun::AuthenticationPolicy,
                ["0 Authentifizierungsrichtlinien", "1 Authentifizierungsrichtlinie", "2 Authentifizierungsrichtlinien", "21 Authentifizierungsrichtlinien"],
            ),
            (Lang::En, Noun::Row, ["0 rows", "1 row", "2 rows", "21 rows"]),
            (Lang::De, Noun::Row, ["0 Einträge", "1 Eintrag", "2 Einträge", "21 Einträge"]),
            (Lang::En, Noun::Step, ["0 steps", "1 step", "2 steps", "21 steps"]),
            (Lang::De, Noun::Step, ["0 Schritte", "1 Schritt", "2 Schritte", "21 Schritte"]),
            (Lang::En, Noun::Sender, ["0 senders", "1 sender", "2 senders", "21 senders"]),
            (Lang::De, Noun::Sender, ["0 Absender", "1 Absender", "2 Absender", "21 Absender"]),
            (Lang::De, Noun::AcceptedDomain, ["0 akzeptierte Domänen", "1 akzeptierte Domäne", "2 akzeptierte Domänen", "21 akzeptierte Domänen"]),
        ];
        for (lang, what, expected) in cases {
            for (n, text) in [0, 1, 2, 21].into_iter().zip(expected) {
                assert_eq!(count(lang, n, what), text);
            }
        }
    }
}
