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
    /// Reads one more pasted object. The tenant has one policy: several pastes of it must
    /// agree. Out of line: the step that reads 100,000 mailboxes' records seldom comes here.
    #[inline(never)]
    pub fn add(pasted: &mut Option<SecurityDefaults>, record: &Record) {
        let read = bool_field(record.get("IsEnabled"));
        let is_enabled = match pasted.take() {
            Some(earlier) => earlier.is_enabled.merge(read),
            None => read,
        };
        *pasted = Some(SecurityDefaults { is_enabled });
    }
}
