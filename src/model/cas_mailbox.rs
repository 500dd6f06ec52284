//! `Get-EXOCasMailbox` / `Get-CASMailbox`: the per-mailbox protocol switches.

use super::field::{bool_field, Field};
use super::identity::Identities;
use crate::parse::{LineSpan, Record};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CasMailbox {
    pub identities: Identities,
    pub pop_enabled: Field<bool>,
    pub imap_enabled: Field<bool>,
    /// Tri-state: `True`/`False` override the organization, blank inherits it, absent means the
    /// admin did not ask for it (it is in no `Get-EXOCasMailbox` property set; S17).
    pub smtp_client_authentication_disabled: Field<bool>,
    pub span: Option<LineSpan>,
}

impl CasMailbox {
    pub fn from_record(record: &Record) -> Self {
        CasMailbox {
            identities: Identities::from_record(record),
            pop_enabled: bool_field(record.get("PopEnabled")),
            imap_enabled: bool_field(record.get("ImapEnabled")),
            smtp_client_authentication_disabled: bool_field(record.get("SmtpClientAuthenticationDisabled")),
            span: Some(record.span),
        }
    }

    pub fn merge(mut self, other: CasMailbox) -> Self {
        self.identities.absorb(&other.identities);
        CasMailbox {
            identities: self.identities,
            pop_enabled: self.pop_enabled.merge(other.pop_enabled),
            imap_enabled: self.imap_enabled.merge(other.imap_enabled),
            smtp_client_authentication_disabled: self
                .smtp_client_authentication_disabled
                .merge(other.smtp_client_authentication_disabled),
            span: self.span.or(other.span),
        }
    }
}
