//! The names one mailbox or user goes by, and how two records are found to mean the same one.

use std::hash::{Hash, Hasher};

use rustc_hash::FxHasher;
use serde::Serialize;

use crate::parse::{Record, Text, Value};

/// Every identifying value a record shows, as printed. The texts are the parser's own shared
/// copies (no copy per mailbox, and none when a mailbox and its CAS record hold the same one).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Identities {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_smtp_address: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_principal_name: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<Text>,
    /// The identity the prompt's command asked for (`Get-EXOCasMailbox -Identity 'x'`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested: Option<Text>,
}

impl Identities {
    pub fn from_record(record: &Record) -> Self {
        let text = |name: &str| match record.get(name) {
            Some(property) if property.certainty.is_known() => match &property.value {
                Value::Text(text) => trimmed(text),
                _ => None,
            },
            _ => None,
        };
        Identities {
            primary_smtp_address: text("PrimarySmtpAddress"),
            user_principal_name: text("UserPrincipalName"),
            identity: text("Identity"),
            name: text("Name"),
            display_name: text("DisplayName"),
            requested: record.requested_identity.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(Text::from),
        }
    }

    /// All values, most specific first.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        [
            &self.primary_smtp_address,
            &self.user_principal_name,
            &self.requested,
            &self.identity,
            &self.name,
            &self.display_name,
        ]
        .into_iter()
        .filter_map(|v| v.as_deref())
    }

    /// The value commands should use: a primary SMTP address or UPN is unique and usually has no
    /// spaces (Disable Basic authentication in Exchange Online, S8); a display name is the last
    /// resort.
    pub fn best(&self) -> Option<&str> {
        self.values().next()
    }

    pub fn is_empty(&self) -> bool {
        self.values().next().is_none()
    }

    /// Whether the two share any identifying value. Exchange resolves `-Identity` against all of
    /// these, so a shared value means the same object; compared case-insensitively as Exchange
    /// does.
    /// Two unique keys of the same kind that differ (two primary SMTP addresses, two UPNs, two
    /// Identities) mean two objects, even if a display name is shared.
    pub fn overlaps(&self, other: &Identities) -> bool {
        let unique_keys_differ = [
            (&self.primary_smtp_address, &other.primary_smtp_address),
            (&self.user_principal_name, &other.user_principal_name),
            (&self.identity, &other.identity),
        ]
        .into_iter()
        .any(|pair| matches!(pair, (Some(a), Some(b)) if !same_identity(a, b)));
        !unique_keys_differ && self.values().any(|a| other.values().any(|b| same_identity(a, b)))
    }

    /// Whether `wanted` names this object.
    pub fn answers_to(&self, wanted: &str) -> bool {
        self.values().any(|v| same_identity(v, wanted))
    }

    /// Adds values this set does not have yet.
    pub fn absorb(&mut self, other: &Identities) {
        let fill = |mine: &mut Option<Text>, theirs: &Option<Text>| {
            if mine.is_none() {
                mine.clone_from(theirs);
            }
        };
        fill(&mut self.primary_smtp_address, &other.primary_smtp_address);
        fill(&mut self.user_principal_name, &other.user_principal_name);
        fill(&mut self.identity, &other.identity);
        fill(&mut self.name, &other.name);
        fill(&mut self.display_name, &other.display_name);
        fill(&mut self.requested, &other.requested);
    }
}

/// The text without surrounding blanks, still shared; `None` when nothing is left.
fn trimmed(text: &Text) -> Option<Text> {
    let inner = text.trimmed();
    (!inner.is_empty()).then_some(inner)
}

/// Whether two identities are the same: trimmed and case-folded as Exchange compares them.
/// Two ASCII texts (nearly all) are compared in place; only others are folded into keys.
pub fn same_identity(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if a.is_ascii() && b.is_ascii() {
        // Nearly every address and name: a comparison of bytes, without folding them one by one.
        return a.eq_ignore_ascii_case(b);
    }
    identity_key(a) == identity_key(b)
}

/// The compared form itself, for a map whose every key must be exact.
pub fn identity_key(value: &str) -> String {
    folded(value).collect()
}

/// The characters two identities are compared by (see [`same_identity`]).
fn folded(value: &str) -> impl Iterator<Item = char> + '_ {
    value.trim().chars().flat_map(char::to_lowercase)
}

/// A hash of the compared form ([`same_identity`]): equal identities hash alike. Indexes keyed
/// by it confirm a match with [`same_identity`], so a collision costs a comparison, never a
/// wrong join.
pub fn identity_hash(value: &str) -> u64 {
    let mut hasher = FxHasher::default();
    for c in folded(value) {
        c.hash(&mut hasher);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_is_case_insensitive_across_kinds_of_name() {
        let cas = Identities { primary_smtp_address: Some("Alice@Contoso.com".into()), ..Default::default() };
        let user = Identities { user_principal_name: Some("alice@contoso.com".into()), ..Default::default() };
        let other = Identities { display_name: Some("Bob".into()), ..Default::default() };
        assert!(cas.overlaps(&user));
        assert!(!cas.overlaps(&other));
        let namesake = Identities { primary_smtp_address: Some("bob@contoso.com".into()), display_name: Some("Sales".into()), ..Default::default() };
        let other_namesake = Identities { primary_smtp_address: Some("carol@contoso.com".into()), display_name: Some("Sales".into()), ..Default::default() };
        assert!(!namesake.overlaps(&other_namesake), "same display name, different mailboxes");
        assert_eq!(user.best(), Some("alice@contoso.com"));
        assert_eq!(identity_hash(" Alice@Contoso.COM"), identity_hash("alice@contoso.com"));
        // The Kelvin sign folds to an ASCII `k`.
        assert_eq!(identity_hash("\u{212A}im@contoso.com"), identity_hash("kim@contoso.com"));
        assert!(same_identity("\u{212A}im", "KIM"));
        assert!(same_identity("STRASSE", "strasse") && !same_identity("ann", "anna"));
    }
}
