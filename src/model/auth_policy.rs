//! `Get-AuthenticationPolicy`, both flavours: Exchange Online's `AllowBasicAuth*` (True =
//! Basic allowed) and Exchange Server's inverted `BlockLegacyAuth*` / `BlockModernAuth*`
//! (True = blocked). Only the three mail protocols are kept; the others do not gate POP, IMAP
//! or SMTP AUTH.

use super::field::{bool_field, text_field, Field};
use crate::parse::{LineSpan, Record};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuthPolicy {
    /// Users and the organization default refer to a policy by name (S8).
    pub name: Field<String>,
    /// Exchange Online. Pop and Imap are shown but have had no effect since 2023 (S4, S43).
    pub allow_basic_auth_pop: Field<bool>,
    pub allow_basic_auth_imap: Field<bool>,
    pub allow_basic_auth_smtp: Field<bool>,
    /// Exchange Server 2019 CU2+ / SE. There is no SMTP switch on-premises (S9).
    pub block_legacy_auth_pop: Field<bool>,
    pub block_legacy_auth_imap: Field<bool>,
    /// Exchange Server 2019 CU13+ / SE.
    pub block_modern_auth_pop: Field<bool>,
    pub block_modern_auth_imap: Field<bool>,
    pub span: Option<LineSpan>,
}

impl AuthPolicy {
    pub fn from_record(record: &Record) -> Self {
        let name = match text_field(record.get("Name")) {
            Field::Absent => text_field(record.get("Identity")),
            name => name,
        };
        AuthPolicy {
            name,
            allow_basic_auth_pop: bool_field(record.get("AllowBasicAuthPop")),
            allow_basic_auth_imap: bool_field(record.get("AllowBasicAuthImap")),
            allow_basic_auth_smtp: bool_field(record.get("AllowBasicAuthSmtp")),
            block_legacy_auth_pop: bool_field(record.get("BlockLegacyAuthPop")),
            block_legacy_auth_imap: bool_field(record.get("BlockLegacyAuthImap")),
            block_modern_auth_pop: bool_field(record.get("BlockModernAuthPop")),
            block_modern_auth_imap: bool_field(record.get("BlockModernAuthImap")),
            span: Some(record.span),
        }
    }

    pub fn is_named(&self, wanted: &str) -> bool {
        self.name.known().is_some_and(|name| super::identity::same_identity(name, wanted))
    }
}

impl AuthPolicy {
    /// Two pastes of the same named policy must agree.
    pub fn merge(self, other: AuthPolicy) -> Self {
        AuthPolicy {
            name: self.name.merge(other.name),
            allow_basic_auth_pop: self.allow_basic_auth_pop.merge(other.allow_basic_auth_pop),
            allow_basic_auth_imap: self.allow_basic_auth_imap.merge(other.allow_basic_auth_imap),
            allow_basic_auth_smtp: self.allow_basic_auth_smtp.merge(other.allow_basic_auth_smtp),
            block_legacy_auth_pop: self.block_legacy_auth_pop.merge(other.block_legacy_auth_pop),
            block_legacy_auth_imap: self.block_legacy_auth_imap.merge(other.block_legacy_auth_imap),
            block_modern_auth_pop: self.block_modern_auth_pop.merge(other.block_modern_auth_pop),
            block_modern_auth_imap: self.block_modern_auth_imap.merge(other.block_modern_auth_imap),
            span: self.span.or(other.span),
        }
    }
}
