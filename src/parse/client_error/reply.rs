//! One check per anchor: whether the bytes around an anchor hit are a reply the tool knows,
//! what it means, and where its text starts. The checks look at the hit's own line only,
//! within [`WINDOW`](super::ascii::WINDOW) bytes, and reject the common non-replies with a
//! byte or two (an IP address `10.5.7.12`, a word that merely ends in "no").

use super::ascii::{after, before, ends_with_ci, find_ci, is_word, skip_blanks, starts_with_ci, trim_end};
use crate::parse::usage::{ErrorCause, Protocol};

/// How telling a reply is; on one line the most telling wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Rank {
    /// `5.7.57`: the client went on after its AUTH failed or without one; when the line also
    /// shows why AUTH failed (the .NET and PowerShell messages quote both), that is the cause.
    Consequence,
    /// `535 5.7.3`, `NO AUTHENTICATE failed.`, `curl: (67)`: refused, the reply says not why.
    Generic,
    Specific,
}

/// The protocol a reply belongs to: its own, or (curl, Entra) the one the paste mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ReplyProtocol {
    Known(Protocol),
    FromContext,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Hit {
    /// Byte offset where the reply's text starts (its reply code, tag, or first word).
    pub start: usize,
    pub cause: ErrorCause,
    pub protocol: ReplyProtocol,
    pub rank: Rank,
}

/// Which check an anchor leads to.
#[derive(Clone, Copy, Debug)]
pub(super) enum Anchor {
    /// `5.7.` of an SMTP enhanced status code.
    Status,
    /// `4.7.66`, the SMTP legacy TLS refusal.
    Tls466,
    /// `_tls` of `aka.ms/smtp_auth_tls` and `aka.ms/popimap_tls`.
    TlsUrl,
    /// `50076` of `AADSTS50076`.
    Aadsts,
    /// `(67)` of `curl: (67) Login denied`.
    Curl,
    /// POP's `-ERR`.
    PopErr,
    /// IMAP's `NO`, optionally after a tag.
    ImapNo,
    /// Python's `imaplib.IMAP4.error: b'LOGIN failed.'`, which drops the `NO`.
    Imaplib,
    /// A reply's words quoted without its code (a chat message, a wrapper).
    Phrase(Phrase),
}

#[derive(Clone, Copy, Debug)]
pub(super) enum Phrase {
    SmtpAuthDisabled,
    SecurityDefaults,
    Criteria,
    Credentials,
    NotAuthenticated,
    SendAs,
}

/// Every anchor searched for in the whole paste. Letters are searched as Microsoft writes them
/// and in upper case (the words after the anchor are compared in any case): a search per
/// spelling is a fast `memmem` pass, a case-folded copy of a 150 MB export is not.
pub(super) const ANCHORS: [(&[u8], Anchor); 24] = [
    (b"5.7.", Anchor::Status),
    (b"4.7.66", Anchor::Tls466),
    (b"_tls", Anchor::TlsUrl),
    (b"_TLS", Anchor::TlsUrl),
    (b"50076", Anchor::Aadsts),
    (b"(67)", Anchor::Curl),
    (b"-ERR", Anchor::PopErr),
    (b"-err", Anchor::PopErr),
    (b"NO ", Anchor::ImapNo),
    (b"no ", Anchor::ImapNo),
    (b"No ", Anchor::ImapNo),
    (b"IMAP4.error", Anchor::Imaplib),
    (b"ation is disabled for the", Anchor::Phrase(Phrase::SmtpAuthDisabled)),
    (b"ATION IS DISABLED FOR THE", Anchor::Phrase(Phrase::SmtpAuthDisabled)),
    (b"security defaults policy", Anchor::Phrase(Phrase::SecurityDefaults)),
    (b"SECURITY DEFAULTS POLICY", Anchor::Phrase(Phrase::SecurityDefaults)),
    (b"did not meet the criteria", Anchor::Phrase(Phrase::Criteria)),
    (b"DID NOT MEET THE CRITERIA", Anchor::Phrase(Phrase::Criteria)),
    (b"credentials were incorrect", Anchor::Phrase(Phrase::Credentials)),
    (b"CREDENTIALS WERE INCORRECT", Anchor::Phrase(Phrase::Credentials)),
    (b"not authenticated to send", Anchor::Phrase(Phrase::NotAuthenticated)),
    (b"NOT AUTHENTICATED TO SEND", Anchor::Phrase(Phrase::NotAuthenticated)),
    (b"send as this sender", Anchor::Phrase(Phrase::SendAs)),
    (b"SEND AS THIS SENDER", Anchor::Phrase(Phrase::SendAs)),
];

/// The reply at the anchor hit `pos`, if it is one.
pub(super) fn check(bytes: &[u8], pos: usize, anchor: Anchor, len: usize) -> Option<Hit> {
    let previous = pos.checked_sub(1).and_then(|i| bytes.get(i));
    match anchor {
        Anchor::Status => status(bytes, pos, previous),
        Anchor::Tls466 => tls_466(bytes, pos, previous),
        Anchor::TlsUrl => tls_url(bytes, pos, len),
        Anchor::Aadsts => aadsts(bytes, pos),
        Anchor::Curl => curl(bytes, pos),
        Anchor::PopErr => pop_err(bytes, pos, previous),
        Anchor::ImapNo => imap_no(bytes, pos, previous),
        Anchor::Imaplib => imaplib(bytes, pos, len),
        Anchor::Phrase(phrase) => self::phrase(bytes, pos, len, phrase),
    }
}

fn hit(start: usize, cause: ErrorCause, protocol: Protocol, rank: Rank) -> Hit {
    Hit { start, cause, protocol: ReplyProtocol::Known(protocol), rank }
}

fn smtp(start: usize, cause: ErrorCause, rank: Rank) -> Option<Hit> {
    Some(hit(start, cause, Protocol::Smtp, rank))
}

/// Not inside a number or a dotted token: `10.5.7.12`, `v5.7.3`.
fn starts_token(previous: Option<&u8>) -> bool {
    !is_word(previous) && previous != Some(&b'.')
}

/// How many bytes before `pos` the reply code starts, when one precedes the enhanced code:
/// `535 5.7.3`, `535-5.7.139` (a multi-line reply), `(535, b'5.7.139` (Python's smtplib).
fn reply_code_before(back: &[u8]) -> Option<usize> {
    let mut rest = back;
    if let Some(quote) = [&b"b'"[..], b"b\"", b"'", b"\""].into_iter().find(|q| rest.ends_with(q)) {
        rest = rest.get(..rest.len() - quote.len())?;
    }
    let separator = [&b", "[..], b",", b" ", b"-"].into_iter().find(|s| rest.ends_with(s))?;
    rest = rest.get(..rest.len() - separator.len())?;
    let code = rest.get(rest.len().checked_sub(3)?..)?;
    let shaped = matches!(code, [b'4' | b'5', b'0'..=b'9', b'0'..=b'9']);
    let alone = !is_word(rest.len().checked_sub(4).and_then(|i| rest.get(i)));
    (shaped && alone).then(|| back.len() - (rest.len() - 3))
}

/// `5.7.<n>` with a reply code before it or its meaning after it; `version 5.7.3` is neither.
fn status(bytes: &[u8], pos: usize, previous: Option<&u8>) -> Option<Hit> {
    // Cheap rejections first: most hits in an export are IP addresses and version numbers.
    let digits = bytes.get(pos + 4..)?.iter().take(4).take_while(|b| b.is_ascii_digit()).count();
    let subcode = bytes.get(pos + 4..pos + 4 + digits)?;
    if !starts_token(previous) || !matches!(subcode, b"139" | b"3" | b"30" | b"57" | b"60") {
        return None;
    }
    let tail = after(bytes, pos).get(4 + digits..)?;
    if is_word(tail.first()) || (tail.first() == Some(&b'.') && is_word(tail.get(1))) {
        return None;
    }
    let (back, _) = before(bytes, pos);
    let code = reply_code_before(back);
    // No reply code before the enhanced code: the reply starts at it.
    let start = pos - code.unwrap_or(0);
    let unsuccessful = starts_with_ci(skip_blanks(tail), b"authentication unsuccessful");
    match subcode {
        b"139" => match reason_139(tail) {
            Some(cause) => smtp(start, cause, Rank::Specific),
            None if code.is_some() || unsuccessful => smtp(start, ErrorCause::GenericAuthFailure, Rank::Generic),
            None => None,
        },
        b"3" if code.is_some() || unsuccessful => smtp(start, ErrorCause::GenericAuthFailure, Rank::Generic),
        b"30" if code.is_some() || find_ci(tail, b"basic authentication is not supported").is_some() => {
            smtp(start, ErrorCause::BasicAuthRetired, Rank::Specific)
        }
        // .NET puts "the client was not authenticated" before "The server response was: 5.7.57".
        b"57" if code.is_some() || find_ci(tail, b"not authenticated").is_some() || find_ci(back, b"not authenticated").is_some() => {
            smtp(start, ErrorCause::NotAuthenticated, Rank::Consequence)
        }
        b"60" if code.is_some() || find_ci(tail, b"send as").is_some() || starts_with_ci(skip_blanks(tail), b"smtp;") => {
            smtp(start, ErrorCause::SendAsDenied, Rank::Specific)
        }
        _ => None,
    }
}

/// The reason Exchange gives after `5.7.139 Authentication unsuccessful,` (rules.md §8).
fn reason_139(tail: &[u8]) -> Option<ErrorCause> {
    const REASONS: [(&[u8], ErrorCause); 6] = [
        (b"smtpclientauthentication is disabled for the tenant", ErrorCause::SmtpAuthDisabledTenant),
        (b"smtpclientauthentication is disabled for the mailbox", ErrorCause::SmtpAuthDisabledMailbox),
        (b"basic authentication is disabled", ErrorCause::BasicAuthDisabled),
        (b"security defaults", ErrorCause::SecurityDefaults),
        (b"did not meet the criteria", ErrorCause::ConditionalAccess),
        (b"credentials were incorrect", ErrorCause::BadCredentials),
    ];
    REASONS.iter().filter_map(|(text, cause)| find_ci(tail, text).map(|at| (at, *cause))).min_by_key(|(at, _)| *at).map(|(_, cause)| cause)
}

fn tls_466(bytes: &[u8], pos: usize, previous: Option<&u8>) -> Option<Hit> {
    let rest = after(bytes, pos);
    let tail = rest.get(6..)?;
    if !starts_token(previous) || tail.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let code = reply_code_before(before(bytes, pos).0);
    // No reply code before the enhanced code: the reply starts at it.
    (code.is_some() || find_ci(tail, b"tls").is_some()).then(|| hit(pos - code.unwrap_or(0), ErrorCause::LegacyTls, Protocol::Smtp, Rank::Specific))
}

/// `https://aka.ms/smtp_auth_tls` or `https://aka.ms/popimap_tls`; the text starts at
/// `TLS 1.0 and 1.1` when the line has it.
fn tls_url(bytes: &[u8], pos: usize, len: usize) -> Option<Hit> {
    if is_word(bytes.get(pos + len)) {
        return None;
    }
    let (back, at_line_start) = before(bytes, pos);
    let (url, protocol) = if ends_with_ci(back, b"aka.ms/smtp_auth") {
        (b"aka.ms/smtp_auth".len(), Protocol::Smtp)
    } else if ends_with_ci(back, b"aka.ms/popimap") {
        let pop = (at_line_start && starts_with_ci(skip_blanks(back), b"-err")) || says_pop(back) || says_pop(after(bytes, pos));
        (b"aka.ms/popimap".len(), if pop { Protocol::Pop } else { Protocol::Imap })
    } else {
        return None;
    };
    // `start` is at most `back`'s length (`back.len() - url`, or a match within it).
    let mut start = back.len() - url;
    if let Some(at) = find_ci(back, b"tls 1.0") {
        start = at;
    } else if let Some(scheme) = [&b"https://"[..], b"http://"].into_iter().find(|s| ends_with_ci(back.get(..start).unwrap_or_default(), s)) {
        start -= scheme.len();
    }
    // `start` is still within `back` (see above).
    let lead = back.get(..start).unwrap_or_default();
    // No `-ERR`, `NO` or `BAD` before it: the hit starts where it is.
    start -= [&b"-err "[..], b"no ", b"bad "].into_iter().find(|p| ends_with_ci(lead, p) && !is_word(lead.len().checked_sub(p.len() + 1).and_then(|i| lead.get(i)))).map_or(0, <[u8]>::len);
    Some(hit(pos - (back.len() - start), ErrorCause::LegacyTls, protocol, Rank::Specific))
}

/// Whether the line names POP (`POP3`, `pop3s://`, `[POP]`), not counting `popimap_tls`.
fn says_pop(line: &[u8]) -> bool {
    let mut from = 0;
    while let Some(at) = line.get(from..).and_then(|rest| find_ci(rest, b"pop")).map(|at| at + from) {
        let previous = at.checked_sub(1).and_then(|i| line.get(i));
        let next = line.get(at + 3);
        if !is_word(previous) && (!is_word(next) || next == Some(&b'3')) {
            return true;
        }
        from = at + 3;
    }
    false
}

fn aadsts(bytes: &[u8], pos: usize) -> Option<Hit> {
    let start = pos.checked_sub(6)?;
    let prefix = bytes.get(start..pos)?;
    let alone = !is_word(start.checked_sub(1).and_then(|i| bytes.get(i))) && !bytes.get(pos + 5).is_some_and(u8::is_ascii_digit);
    (alone && prefix.eq_ignore_ascii_case(b"aadsts")).then_some(Hit {
        start,
        cause: ErrorCause::ConditionalAccess,
        protocol: ReplyProtocol::FromContext,
        rank: Rank::Specific,
    })
}

/// `curl: (67) Login denied`: curl drops the server's reply unless run with `-v` (E17).
fn curl(bytes: &[u8], pos: usize) -> Option<Hit> {
    if !starts_with_ci(skip_blanks(after(bytes, pos).get(4..)?), b"login denied") {
        return None;
    }
    let (back, _) = before(bytes, pos);
    // Without curl's prefix, the hit starts at the reply.
    let lead = [&b"curl: "[..], b"curl:"].into_iter().find(|p| ends_with_ci(back, p)).map_or(0, <[u8]>::len);
    Some(Hit { start: pos - lead, cause: ErrorCause::GenericAuthFailure, protocol: ReplyProtocol::FromContext, rank: Rank::Generic })
}

/// After a reply keyword: an optional response code in brackets (`[AUTH]`), then the text.
fn reply_text(tail: &[u8]) -> &[u8] {
    let tail = skip_blanks(tail);
    match tail.first() {
        Some(b'[') => match tail.iter().take(40).position(|b| *b == b']') {
            // `end` is a position within `tail`: `end + 1` is at most its length.
            Some(end) => skip_blanks(tail.get(end + 1..).unwrap_or_default()),
            None => tail,
        },
        _ => tail,
    }
}

fn pop_err(bytes: &[u8], pos: usize, previous: Option<&u8>) -> Option<Hit> {
    if is_word(previous) || !starts_with_ci(reply_text(bytes.get(pos + 4..)?), b"authentication failure") {
        return None;
    }
    Some(hit(pos, ErrorCause::BadCredentials, Protocol::Pop, Rank::Specific))
}

/// IMAP's `NO` with the texts of rules.md §8, at the start of the reply: first on the line or
/// after a tag (`A1 NO LOGIN failed.`), or after a colon, quote or bracket (a log or a chat
/// message quoting it), never inside a sentence ("there was no login failed").
fn imap_no(bytes: &[u8], pos: usize, previous: Option<&u8>) -> Option<Hit> {
    let next = bytes.get(pos + 3).map(u8::to_ascii_lowercase);
    if is_word(previous) || !matches!(next, Some(b'l' | b'a' | b'b' | b'[' | b' ')) {
        return None;
    }
    let (cause, rank) = imap_text(reply_text(bytes.get(pos + 3..)?))?;
    let raw = before(bytes, pos).0;
    let back = trim_end(raw);
    // No blank before it: the token is all of `back`.
    let cut = back.iter().rposition(|b| matches!(b, b' ' | b'\t')).map_or(0, |i| i + 1);
    // `cut` is a position within `back`, plus one, or 0.
    let token = back.get(cut..).unwrap_or_default();
    let tagged = (1..=16).contains(&token.len())
        && token.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'.')
        && token.iter().any(u8::is_ascii_digit);
    let start = if tagged {
        // `cut` is within `back` (see above).
        let lead = trim_end(back.get(..cut).unwrap_or_default());
        if is_word(lead.last()) {
            return None;
        }
        pos - (raw.len() - cut)
    } else if is_word(back.last()) {
        return None;
    } else {
        pos
    };
    Some(hit(start, cause, Protocol::Imap, rank))
}

/// The texts after IMAP's `NO` that rules.md §8 explains.
fn imap_text(text: &[u8]) -> Option<(ErrorCause, Rank)> {
    const TEXTS: [(&[u8], ErrorCause, Rank); 3] = [
        (b"login failed", ErrorCause::BasicAuthRetired, Rank::Specific),
        (b"authenticate failed", ErrorCause::GenericAuthFailure, Rank::Generic),
        (b"basic authentication is disabled", ErrorCause::BasicAuthDisabled, Rank::Specific),
    ];
    TEXTS.iter().find(|(words, _, _)| starts_with_ci(text, words)).map(|(_, cause, rank)| (*cause, *rank))
}

/// `imaplib.IMAP4.error: b'LOGIN failed.'`: Python keeps the server's text after `NO`.
fn imaplib(bytes: &[u8], pos: usize, len: usize) -> Option<Hit> {
    let message = skip_blanks(after(bytes, pos).get(len..)?.strip_prefix(b":")?);
    // An unquoted message: nothing to skip.
    let quote = [&b"b'"[..], b"b\"", b"'", b"\""].into_iter().find(|q| message.starts_with(q)).map_or(0, <[u8]>::len);
    let (cause, rank) = imap_text(message.get(quote..)?)?;
    let lead = if ends_with_ci(before(bytes, pos).0, b"imaplib.") { 8 } else { 0 };
    Some(hit(pos - lead, cause, Protocol::Imap, rank))
}

/// A reply's words without its code: the anchor is checked against the words around it.
fn phrase(bytes: &[u8], pos: usize, len: usize, phrase: Phrase) -> Option<Hit> {
    let (back, _) = before(bytes, pos);
    let tail = skip_blanks(after(bytes, pos).get(len..)?);
    let lead = |options: &[&[u8]]| options.iter().find(|p| ends_with_ci(back, p)).map(|p| pos - p.len());
    match phrase {
        Phrase::SmtpAuthDisabled => {
            let start = lead(&[b"smtpclientauthentic"])?;
            let cause = if starts_with_ci(tail, b"tenant") {
                ErrorCause::SmtpAuthDisabledTenant
            } else if starts_with_ci(tail, b"mailbox") {
                ErrorCause::SmtpAuthDisabledMailbox
            } else {
                return None;
            };
            smtp(start, cause, Rank::Specific)
        }
        // "organization's" may have a typographic apostrophe; the words before it suffice.
        Phrase::SecurityDefaults => {
            let at = find_ci(back, b"user is locked by your organi").or_else(|| find_ci(back, b"locked by your organi"))?;
            smtp(pos - (back.len() - at), ErrorCause::SecurityDefaults, Rank::Specific)
        }
        Phrase::Criteria if starts_with_ci(tail, b"to be authenticated") => {
            // No lead before the phrase: the reply starts at it.
            smtp(lead(&[b"the request "]).unwrap_or(pos), ErrorCause::ConditionalAccess, Rank::Specific)
        }
        Phrase::Credentials => smtp(lead(&[b"the user ", b"user "])?, ErrorCause::BadCredentials, Rank::Specific),
        Phrase::NotAuthenticated => smtp(lead(&[b"client "])?, ErrorCause::NotAuthenticated, Rank::Consequence),
        Phrase::SendAs => {
            smtp(lead(&[b"client does not have permissions to ", b"permissions to "])?, ErrorCause::SendAsDenied, Rank::Specific)
        }
        Phrase::Criteria => None,
    }
}
