//! `Get-User`: the authentication policy assigned to the user directly.

use super::field::{text_field, Field};
use super::identity::Identities;
use crate::parse::{LineSpan, Record};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct User {
    pub identities: Identities,
    /// Blank = none; a name here replaces the organization default for this user (S8, S12).
    pub authentication_policy: Field<String>,
    /// When refresh tokens were last invalidated; recent means a policy change applies (S12).
    pub sts_refresh_tokens_valid_from: Field<String>,
    pub span: Option<LineSpan>,
}

impl User {
    pub fn from_record(record: &Record) -> Self {
        User {
            identities: Identities::from_record(record),
            authentication_policy: text_field(record.get("AuthenticationPolicy")),
            sts_refresh_tokens_valid_from: text_field(record.get("StsRefreshTokensValidFrom")),
            span: Some(record.span),
        }
    }

    pub fn merge(mut self, other: User) -> Self {
        self.identities.absorb(&other.identities);
        User {
            identities: self.identities,
            authentication_policy: self.authentication_policy.merge(other.authentication_policy),
            sts_refresh_tokens_valid_from: self.sts_refresh_tokens_valid_from.merge(other.sts_refresh_tokens_valid_from),
            span: self.span.or(other.span),
        }
    }
}
