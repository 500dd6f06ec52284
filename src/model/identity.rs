//! The names one mailbox or user goes by, and how two records are found to mean the same one.

use serde::Serialize;

use crate::parse::{Record, Value};

/// Every identifying value a record shows, as printed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Identities {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_smtp_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_principal_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The identity the prompt's command asked for (`Get-EXOCasMailbox -Identity 'x'`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested: Option<String>,
}

impl Identities {
    pub fn from_record(record: &Record) -> Self {
        let text = |name: &str| match record.get(name).map(|p| &p.value) {
            Some(Value::Text(text)) if !text.trim().is_empty() && record.get(name).is_some_and(|p| p.certainty.is_known()) => {
                Some(text.trim().to_string())
            }
            _ => None,
        };
        Identities {
            primary_smtp_address: text("PrimarySmtpAddress"),
            user_principal_name: text("UserPrincipalName"),
            identity: text("Identity"),
            name: text("Name"),
            display_name: text("DisplayName"),
            requested: record.requested_identity.as_ref().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
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
        let fill = |mine: &mut Option<String>, theirs: &Option<String>| {
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

pub fn same_identity(a: &str, b: &str) -> bool {
    identity_key(a) == identity_key(b)
}

/// The form two identities are compared in: trimmed, case-folded as Exchange compares them.
pub fn identity_key(value: &str) -> String {
    value.trim().to_lowercase()
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
    }
}
