//! `Get-OrganizationConfig`: the default authentication policy, and whether Direct Send is
//! refused.

use super::field::{bool_field, text_field, Field};
use crate::parse::Record;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrganizationConfig {
    /// Applies to every user without a policy of their own; blank = none (S8, S13). The
    /// admin center's "Modern authentication" page also writes it (S41).
    pub default_authentication_policy: Field<String>,
    /// `True` refuses Direct Send unless a connector matches the mail (migration.md §6, M8).
    pub reject_direct_send: Field<bool>,
}

impl OrganizationConfig {
    pub fn from_record(record: &Record) -> Self {
        OrganizationConfig {
            default_authentication_policy: text_field(record.get("DefaultAuthenticationPolicy")),
            reject_direct_send: bool_field(record.get("RejectDirectSend")),
        }
    }

    pub fn merge(self, other: OrganizationConfig) -> Self {
        OrganizationConfig {
            default_authentication_policy: self.default_authentication_policy.merge(other.default_authentication_policy),
            reject_direct_send: self.reject_direct_send.merge(other.reject_direct_send),
        }
    }
}
