//! `Get-OrganizationConfig`: the default authentication policy.

use super::field::{text_field, Field};
use crate::parse::Record;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrganizationConfig {
    /// Applies to every user without a policy of their own; blank = none (S8, S13). The
    /// admin center's "Modern authentication" page also writes it (S41).
    pub default_authentication_policy: Field<String>,
}

impl OrganizationConfig {
    pub fn from_record(record: &Record) -> Self {
        OrganizationConfig { default_authentication_policy: text_field(record.get("DefaultAuthenticationPolicy")) }
    }

    pub fn merge(self, other: OrganizationConfig) -> Self {
        OrganizationConfig {
            default_authentication_policy: self.default_authentication_policy.merge(other.default_authentication_policy),
        }
    }
}
