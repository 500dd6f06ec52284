//! Client error texts anywhere in a paste (rules.md §8, evidence.md §5): the SMTP, IMAP and POP
//! replies that tell which layer refused a sign-in, also inside the messages of the wrappers
//! that carry them (Python `smtplib`, .NET `SmtpException`, Java `javax.mail`, PowerShell
//! `Send-MailMessage`, `curl`) and in chat messages or export cells quoting them.
//!
//! The same scan runs over 150 MB sign-in exports, so lines are never visited one by one:
//! `memmem` finds the anchors of [`reply::ANCHORS`] in the whole text, each hit is checked on
//! its own line only, and line numbers are counted between hits.

mod ascii;
mod reply;

use memchr::memmem;

use super::usage::{Protocol, Symptom};
use reply::{Hit, ReplyProtocol};

/// The longest `Symptom::text`, in characters.
const MAX_TEXT_CHARS: usize = 300;

/// Every recognised client error in `text`, one per line at most, in line order. Line numbers
/// are 1-based lines of `text` split at `\r\n`, `\r` or `\n`.
pub(super) fn scan(text: &str) -> Vec<Symptom> {
    let bytes = text.as_bytes();
    let mut hits = anchor_hits(bytes);
    hits.sort_by_key(|hit| hit.start);
    let mut lines: Vec<(u32, Hit)> = Vec::new();
    let (mut line, mut cursor) = (1u32, 0usize);
    for hit in hits {
        // Hits come in order of position, each within `bytes`, and `cursor` is the previous one's.
        line = line.saturating_add(line_breaks(bytes.get(cursor..hit.start).unwrap_or_default()));
        cursor = hit.start;
        match lines.last_mut() {
            // Most telling first; of equals, the first on the line.
            Some((last, best)) if *last == line => {
                if hit.rank > best.rank {
                    *best = hit;
                }
            }
            _ => lines.push((line, hit)),
        }
    }
    let mut mentions = None;
    lines
        .into_iter()
        .map(|(line, hit)| {
            let protocol = match hit.protocol {
                ReplyProtocol::Known(protocol) => protocol,
                ReplyProtocol::FromContext => nearest_mention(mentions.get_or_insert_with(|| protocol_mentions(bytes)), hit.start),
            };
            Symptom { line, protocol, cause: hit.cause, text: text_at(text, hit.start) }
        })
        .collect()
}

/// Bytes searched by every anchor in turn while they are in the CPU cache: one pass over a
/// large export from memory instead of one per anchor.
const BLOCK: usize = 32 * 1024;

/// The replies at every anchor hit, in no particular order.
fn anchor_hits(bytes: &[u8]) -> Vec<Hit> {
    let finders: Vec<_> = reply::ANCHORS.iter().map(|(needle, anchor)| (memmem::Finder::new(needle), *anchor)).collect();
    // `ANCHORS` is a fixed list that is not empty.
    let overlap = reply::ANCHORS.iter().map(|(needle, _)| needle.len()).max().unwrap_or(0);
    let mut hits = Vec::new();
    for block_start in (0..bytes.len()).step_by(BLOCK) {
        // An anchor that starts in this block may end in the next one.
        let block_end = block_start + BLOCK;
        // `block_start` is below the length and the end is clamped to it.
        let block = bytes.get(block_start..bytes.len().min(block_end + overlap)).unwrap_or_default();
        for (finder, anchor) in &finders {
            let len = finder.needle().len();
            let found = finder.find_iter(block).map(|at| block_start + at).take_while(|pos| *pos < block_end);
            hits.extend(found.filter_map(|pos| reply::check(bytes, pos, *anchor, len)));
        }
    }
    hits
}

/// Line breaks in `bytes`: `\r\n`, `\r` and `\n` each count once.
fn line_breaks(bytes: &[u8]) -> u32 {
    let crlf = memmem::find_iter(bytes, b"\r\n").count();
    let count = memchr::memchr2_iter(b'\r', b'\n', bytes).count() - crlf;
    crate::parse::u32_of(count)
}

/// The reply's text from `start`: up to the end of its line, a tab or a quote that closes the
/// cell or message it sits in, at most [`MAX_TEXT_CHARS`] characters, trimmed.
fn text_at(text: &str, start: usize) -> String {
    // `start` is where a reply was found in `text`, on a character boundary.
    let rest = text.get(start..).unwrap_or_default();
    let end = rest
        .char_indices()
        .enumerate()
        .find(|(n, (_, c))| *n == MAX_TEXT_CHARS || matches!(c, '\n' | '\r' | '\t' | '"' | '“' | '”' | '„' | '«' | '»'))
        .map_or(rest.len(), |(_, (at, _))| at);
    // `end` is a character's offset in `rest` or its length.
    rest.get(..end).unwrap_or_default().trim().to_string()
}

/// Where the paste names a mail protocol: URL schemes (`smtps://`, `imap://`, `pop3s://`, …)
/// and OAuth scopes (`https://outlook.office.com/IMAP.AccessAsUser.All`), by byte offset.
fn protocol_mentions(bytes: &[u8]) -> Vec<(usize, Protocol)> {
    const SCHEMES: [(&[u8], Protocol); 6] = [
        (b"smtps", Protocol::Smtp),
        (b"smtp", Protocol::Smtp),
        (b"imaps", Protocol::Imap),
        (b"imap", Protocol::Imap),
        (b"pop3s", Protocol::Pop),
        (b"pop3", Protocol::Pop),
    ];
    const SCOPES: [(&[u8], Protocol); 3] = [(b"smtp.", Protocol::Smtp), (b"imap.", Protocol::Imap), (b"pop.", Protocol::Pop)];
    let mut mentions = Vec::new();
    for at in memmem::find_iter(bytes, b"://") {
        // `at` is a match within `bytes`: the range ends at it.
        let back = bytes.get(at.saturating_sub(5)..at).unwrap_or_default();
        let scheme = SCHEMES.iter().find(|(scheme, _)| ascii::ends_with_ci(back, scheme) && !ascii::is_word((at - scheme.len()).checked_sub(1).and_then(|i| bytes.get(i))));
        if let Some((_, protocol)) = scheme {
            mentions.push((at, *protocol));
        }
    }
    for at in memmem::find_iter(bytes, b".office.com/") {
        // Past the end there is nothing more: no scope.
        let scope = bytes.get(at + 12..).unwrap_or_default();
        if let Some((_, protocol)) = SCOPES.iter().find(|(name, _)| ascii::starts_with_ci(scope, name)) {
            mentions.push((at, *protocol));
        }
    }
    mentions
}

/// The protocol mentioned nearest to `at`; SMTP when the paste names none (SMTP AUTH is what
/// devices and scripts send with).
fn nearest_mention(mentions: &[(usize, Protocol)], at: usize) -> Protocol {
    mentions.iter().min_by_key(|(pos, _)| pos.abs_diff(at)).map_or(Protocol::Smtp, |(_, protocol)| *protocol)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::usage::ErrorCause::{self, *};
    use Protocol::{Imap, Pop, Smtp};

    fn one(text: &str) -> Option<(ErrorCause, Protocol)> {
        let symptoms = scan(text);
        assert!(symptoms.len() <= 1, "{text:?}: {symptoms:?}");
        symptoms.first().map(|s| (s.cause, s.protocol))
    }

    /// Every error text of rules.md §8 and evidence.md §5.
    #[test]
    fn every_documented_error_text_is_recognised() {
        let cases: &[(&str, ErrorCause, Protocol)] = &[
            ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR02CA0001.eurprd02.prod.outlook.com]", SmtpAuthDisabledTenant, Smtp),
            ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled", SmtpAuthDisabledMailbox, Smtp),
            ("535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [BN9PR03CA0001.namprd03.prod.outlook.com]", BasicAuthDisabled, Smtp),
            ("535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.", ConditionalAccess, Smtp),
            ("535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.", SecurityDefaults, Smtp),
            ("535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.", BadCredentials, Smtp),
            ("535 5.7.3 Authentication unsuccessful [DB8PR06CA0001.eurprd06.prod.outlook.com]", GenericAuthFailure, Smtp),
            ("530 5.7.57 Client not authenticated to send mail [during MAIL FROM]", NotAuthenticated, Smtp),
            ("5.7.60 SMTP; Client does not have permissions to send as this sender", SendAsDenied, Smtp),
            ("421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls", LegacyTls, Smtp),
            ("550 5.7.30 Basic authentication is not supported for Client Submission.", BasicAuthRetired, Smtp),
            ("NO AUTHENTICATE failed.", GenericAuthFailure, Imap),
            ("NO LOGIN failed.", BasicAuthRetired, Imap),
            ("NO Basic authentication is disabled.", BasicAuthDisabled, Imap),
            ("-ERR Authentication failure: unknown user name or bad password.", BadCredentials, Pop),
            ("-ERR TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/popimap_tls", LegacyTls, Pop),
            ("* BAD TLS 1.0 and 1.1 are not supported. Visit https://aka.ms/popimap_tls", LegacyTls, Imap),
            ("AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'.", ConditionalAccess, Smtp),
            ("curl: (67) Login denied", GenericAuthFailure, Smtp),
        ];
        for (text, cause, protocol) in cases {
            assert_eq!(one(text), Some((*cause, *protocol)), "{text}");
        }
    }

    #[test]
    fn wrappers_that_split_code_and_text_are_recognised() {
        let cases: &[(&str, ErrorCause, Protocol)] = &[
            ("smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, basic authentication is disabled. [AS4P190CA0001.EURP190.PROD.OUTLOOK.COM]')", BasicAuthDisabled, Smtp),
            ("smtplib.SMTPAuthenticationError: (535, b'5.7.3 Authentication unsuccessful [AS4P190CA0001.EURP190.PROD.OUTLOOK.COM]')", GenericAuthFailure, Smtp),
            ("System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. [AM6P193CA0001.EURP193.PROD.OUTLOOK.COM]", NotAuthenticated, Smtp),
            ("System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [AM6P193CA0001]", BadCredentials, Smtp),
            ("javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled", SmtpAuthDisabledTenant, Smtp),
            ("Send-MailMessage : The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.3 Authentication unsuccessful", GenericAuthFailure, Smtp),
            ("Send-MailMessage : Mailbox unavailable. The server response was: 5.7.60 SMTP; Client does not have permissions to send as this sender [VI1PR0101MB0001]", SendAsDenied, Smtp),
            ("Hallo, der Scanner meldet seit heute „535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox“ – was können wir tun?", SmtpAuthDisabledMailbox, Smtp),
            ("Our printer says: SmtpClientAuthentication is disabled for the Tenant. Any idea?", SmtpAuthDisabledTenant, Smtp),
            ("Fehlermeldung im Log: user is locked by your organization’s security defaults policy", SecurityDefaults, Smtp),
            ("It only says the request did not meet the criteria to be authenticated successfully", ConditionalAccess, Smtp),
            ("the app logs: the user credentials were incorrect", BadCredentials, Smtp),
            ("Outlook shows: Client not authenticated to send mail", NotAuthenticated, Smtp),
            ("Client does not have permissions to send as this sender", SendAsDenied, Smtp),
            ("S: A1 NO LOGIN failed.", BasicAuthRetired, Imap),
            ("A1 NO LOGIN failed.", BasicAuthRetired, Imap),
            ("imaplib.IMAP4.error: b'AUTHENTICATE failed.'", GenericAuthFailure, Imap),
            ("3 NO [AUTHENTICATIONFAILED] AUTHENTICATE failed.", GenericAuthFailure, Imap),
            ("Thunderbird: a002 no login failed.", BasicAuthRetired, Imap),
            ("Fehler: No LOGIN failed.", BasicAuthRetired, Imap),
            ("-ERR [AUTH] Authentication failure: unknown user name or bad password.", BadCredentials, Pop),
            ("POP3 server replied: TLS 1.0 and 1.1 are not supported, see https://aka.ms/popimap_tls", LegacyTls, Pop),
            ("5.7.139 AUTHENTICATION UNSUCCESSFUL, BASIC AUTHENTICATION IS DISABLED.", BasicAuthDisabled, Smtp),
            ("\"2026-11-30T08:00:00Z\",\"printer@contoso.com\",\"535 5.7.139 Authentication unsuccessful, basic authentication is disabled.\",\"Failure\"", BasicAuthDisabled, Smtp),
        ];
        for (text, cause, protocol) in cases {
            assert_eq!(one(text), Some((*cause, *protocol)), "{text}");
        }
    }

    #[test]
    fn imaplib_keeps_the_text_after_no() {
        let symptoms = scan("    raise self.error(dat[-1])\nimaplib.IMAP4.error: b'LOGIN failed.'");
        assert_eq!((symptoms[0].line, symptoms[0].cause), (2, BasicAuthRetired));
        assert_eq!(symptoms[0].text, "imaplib.IMAP4.error: b'LOGIN failed.'");
        assert_eq!(scan("imaplib.IMAP4.error: b'command SEARCH illegal in state AUTH'"), Vec::new());
    }

    #[test]
    fn curl_and_entra_take_the_protocol_the_paste_mentions() {
        let curl = "$ curl --ssl-reqd --url 'imaps://outlook.office365.com:993/INBOX' --user 'a@contoso.com:pw'\ncurl: (67) Login denied\n";
        assert_eq!(one(curl), Some((GenericAuthFailure, Imap)));
        let pop = "curl -v pop3s://outlook.office365.com\r\n...\r\ncurl: (67) Login denied";
        assert_eq!(one(pop), Some((GenericAuthFailure, Pop)));
        let nearest = "curl smtps://a\ncurl: (67) Login denied\ncurl imap://b";
        assert_eq!(one(nearest), Some((GenericAuthFailure, Smtp)));
        let scope = "scopes = ['https://outlook.office.com/IMAP.AccessAsUser.All']\nmsal error: AADSTS50076: you must use multi-factor authentication";
        assert_eq!(one(scope), Some((ConditionalAccess, Imap)));
        assert_eq!(one("https://example.com\ncurl: (67) Login denied"), Some((GenericAuthFailure, Smtp)));
    }

    #[test]
    fn numbers_and_words_that_only_look_like_replies_are_not() {
        for text in [
            "Upgraded the agent to version 5.7.3 yesterday",
            "MySQL 5.7.30 is installed",
            "Sign-in from 10.5.7.139 and 45.7.60.1",
            "535 is the number of users, 5.7.3 the build",
            "Error 535",
            "build 5.7.139.2 deployed",
            "There was no login failed today",
            "casino login failed",
            "Ergebnis: kein LOGIN failed",
            "Error code 150076 in the sign-in log",
            "The criteria did not meet the criteria of the team",
            "curl: (6) Could not resolve host",
            "https://aka.ms/other_tls",
            "Eine Größe von 5.7.3 mm",
        ] {
            assert_eq!(scan(text), Vec::new(), "{text}");
        }
    }

    #[test]
    fn one_symptom_per_line_the_most_specific_first_then_the_earliest() {
        let text = "535 5.7.3 Authentication unsuccessful; 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.";
        assert_eq!(one(text), Some((BasicAuthDisabled, Smtp)));
        let both = "5.7.60 SMTP; Client does not have permissions to send as this sender; 421 4.7.66 TLS 1.0 and 1.1 are not supported";
        assert_eq!(one(both), Some((SendAsDenied, Smtp)));
    }

    #[test]
    fn lines_are_counted_at_crlf_cr_and_lf() {
        let text = "hello\r\n535 5.7.3 Authentication unsuccessful\r\n\r\nNO LOGIN failed.\rx\n-ERR Authentication failure\n\n530 5.7.57 Client not authenticated to send mail";
        let found: Vec<(u32, ErrorCause)> = scan(text).into_iter().map(|s| (s.line, s.cause)).collect();
        assert_eq!(found, [(2, GenericAuthFailure), (4, BasicAuthRetired), (6, BadCredentials), (8, NotAuthenticated)]);
    }

    #[test]
    fn text_is_the_reply_trimmed_and_cut_on_a_character() {
        let symptoms = scan("Drucker: „535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.“ – grüße\n");
        assert_eq!(symptoms[0].text, "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.");
        let python = scan("  smtplib.SMTPAuthenticationError: (535, b'5.7.3 Authentication unsuccessful')  ");
        assert_eq!(python[0].text, "535, b'5.7.3 Authentication unsuccessful')");
        let tagged = scan("S: A1 NO LOGIN failed.");
        assert_eq!(tagged[0].text, "A1 NO LOGIN failed.");
        let tls = scan("-ERR TLS 1.0 and 1.1 are not supported. Visit https://aka.ms/popimap_tls");
        assert_eq!(tls[0].text, "-ERR TLS 1.0 and 1.1 are not supported. Visit https://aka.ms/popimap_tls");
        let long = format!("535 5.7.3 Authentication unsuccessful {}", "ü".repeat(400));
        let text = &scan(&long)[0].text;
        assert_eq!(text.chars().count(), MAX_TEXT_CHARS);
        assert!(text.ends_with('ü'));
    }

    #[test]
    fn multibyte_text_around_hits_is_safe() {
        for text in ["ü5.7.", "5.7.ü", "€NO LOGIN failed.", "日本語 535 5.7.3 Authentication unsuccessful 日本語", "—-ERR", "(67)ö", "ÄÖÜ_tls", "50076", "5.7.", "NO "] {
            let _ = scan(text);
        }
        assert_eq!(one("日本語 535 5.7.3 Authentication unsuccessful 日本語"), Some((GenericAuthFailure, Smtp)));
        assert_eq!(one("Fehler – NO LOGIN failed."), Some((BasicAuthRetired, Imap)));
    }

    #[test]
    fn a_long_line_is_read_once_and_bounded() {
        let mut text = "x,".repeat(100_000);
        text.push_str("\"535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.\"");
        text.push_str(&",10.5.7.1".repeat(100_000));
        let symptoms = scan(&text);
        assert_eq!(symptoms.len(), 1);
        assert_eq!((symptoms[0].line, symptoms[0].cause), (1, BadCredentials));
    }
}
