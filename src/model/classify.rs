//! Which cmdlet a record came from: the prompt's cmdlet if the paste showed it, else the
//! parser's guess from the property names.

use crate::parse::{ObjectKind, Record};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvidenceKind {
    TransportConfig,
    CasMailbox,
    AuthenticationPolicy,
    User,
    OrganizationConfig,
    AcceptedDomain,
    SecurityDefaults,
}

pub fn classify(record: &Record) -> Option<EvidenceKind> {
    if let Some(kind) = record.cmdlet.as_deref().and_then(from_cmdlet) {
        return Some(kind);
    }
    match record.kind {
        // A `Get-CASMailbox | ft DisplayName,SmtpClientAuthenticationDisabled` row looks like
        // the transport config by its one setting, but the transport config has no per-mailbox
        // name (corpus 006).
        ObjectKind::TransportConfig if has_mailbox_identity(record) => Some(EvidenceKind::CasMailbox),
        ObjectKind::TransportConfig => Some(EvidenceKind::TransportConfig),
        ObjectKind::CasMailbox => Some(EvidenceKind::CasMailbox),
        ObjectKind::AuthenticationPolicy => Some(EvidenceKind::AuthenticationPolicy),
        ObjectKind::User => Some(EvidenceKind::User),
        ObjectKind::OrganizationConfig => Some(EvidenceKind::OrganizationConfig),
        ObjectKind::AcceptedDomain => Some(EvidenceKind::AcceptedDomain),
        ObjectKind::SecurityDefaults => Some(EvidenceKind::SecurityDefaults),
        ObjectKind::Unknown => None,
    }
}

fn from_cmdlet(cmdlet: &str) -> Option<EvidenceKind> {
    let cmdlet = cmdlet.trim().to_ascii_lowercase();
    match cmdlet.as_str() {
        "get-transportconfig" => Some(EvidenceKind::TransportConfig),
        "get-exocasmailbox" | "get-casmailbox" => Some(EvidenceKind::CasMailbox),
        "get-authenticationpolicy" => Some(EvidenceKind::AuthenticationPolicy),
        "get-user" => Some(EvidenceKind::User),
        "get-organizationconfig" => Some(EvidenceKind::OrganizationConfig),
        "get-accepteddomain" => Some(EvidenceKind::AcceptedDomain),
        _ => None,
    }
}

fn has_mailbox_identity(record: &Record) -> bool {
    ["DisplayName", "PrimarySmtpAddress", "UserPrincipalName"].iter().any(|name| record.get(name).is_some())
}
