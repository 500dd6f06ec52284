//! Text → records. One file per input shape; `parse` splits the paste and hands each block to
//! the shape that reads it.

mod list;
mod record;

pub use record::{
    Certainty, Diagnostic, LineSpan, ObjectKind, Parsed, Property, Record, Severity, Shape, Value,
};

/// Reads every PowerShell object out of pasted text. Never panics; what cannot be read is
/// reported in `Parsed::diagnostics`.
pub fn parse(text: &str) -> Parsed {
    let lines: Vec<&str> = text.lines().collect();
    let mut parsed = Parsed::default();
    list::read_blocks(&lines, &mut parsed);
    parsed
}

/// Guesses the cmdlet from the properties an object shows.
pub(crate) fn kind_from_properties<'a>(mut names: impl Iterator<Item = &'a str>) -> ObjectKind {
    let has = |n: &str, candidates: &[&str]| candidates.iter().any(|c| n.eq_ignore_ascii_case(c));
    let mut kind = ObjectKind::Unknown;
    for name in names.by_ref() {
        if name.len() > 14 && name[..14].eq_ignore_ascii_case("AllowBasicAuth")
            || name.len() > 15 && name[..15].eq_ignore_ascii_case("BlockLegacyAuth")
        {
            return ObjectKind::AuthenticationPolicy;
        }
        if has(name, &["PopEnabled", "ImapEnabled"]) {
            return ObjectKind::CasMailbox;
        }
        if has(name, &["DefaultAuthenticationPolicy"]) {
            return ObjectKind::OrganizationConfig;
        }
        if has(name, &["AuthenticationPolicy", "UserPrincipalName"]) {
            return ObjectKind::User;
        }
        if has(name, &["SmtpClientAuthenticationDisabled"]) {
            kind = ObjectKind::TransportConfig;
        }
    }
    kind
}
