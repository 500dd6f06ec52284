//! Entra's security defaults: on, they refuse every sign-in with a password over SMTP AUTH,
//! POP3 and IMAP4 (rules.md SA6; S7, S30). Read from the pasted
//! `Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy` object.

use super::field::{bool_field, Field};
use crate::parse::Record;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SecurityDefaults {
    /// `IsEnabled`: `True` = security defaults are on for the tenant.
    pub is_enabled: Field<bool>,
}

impl SecurityDefaults {
    pub fn from_record(record: &Record) -> Self {
        SecurityDefaults { is_enabled: bool_field(record.get("IsEnabled")) }
    }

    /// The tenant has one policy: several pastes of it must agree.
    pub fn merge(self, other: SecurityDefaults) -> Self {
        SecurityDefaults { is_enabled: self.is_enabled.merge(other.is_enabled) }
    }
}
