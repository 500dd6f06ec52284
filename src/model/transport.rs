//! `Get-TransportConfig`: the organization's SMTP AUTH switch and the legacy-TLS opt-in.

use super::field::{bool_field, Field};
use crate::parse::{LineSpan, Record};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TransportConfig {
    /// `True` = SMTP AUTH off for every mailbox that does not override it (Set-TransportConfig, S19).
    pub smtp_client_authentication_disabled: Field<bool>,
    /// Opt-in for TLS 1.0/1.1 on `smtp-legacy.office365.com`; blank = not opted in (S23, S48).
    pub allow_legacy_tls_clients: Field<bool>,
    pub span: Option<LineSpan>,
}

impl TransportConfig {
    pub fn from_record(record: &Record) -> Self {
        TransportConfig {
            smtp_client_authentication_disabled: bool_field(record.get("SmtpClientAuthenticationDisabled")),
            allow_legacy_tls_clients: bool_field(record.get("AllowLegacyTLSClients")),
            span: Some(record.span),
        }
    }

    /// Several pastes of the organization's one transport config must agree.
    pub fn merge(self, other: TransportConfig) -> Self {
        TransportConfig {
            smtp_client_authentication_disabled: self
                .smtp_client_authentication_disabled
                .merge(other.smtp_client_authentication_disabled),
            allow_legacy_tls_clients: self.allow_legacy_tls_clients.merge(other.allow_legacy_tls_clients),
            span: self.span.or(other.span),
        }
    }
}
