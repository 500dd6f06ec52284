//! Exchange Server 2019 / SE on-premises (rules.md section 4): O1–O7. First match wins.

pub mod o1_services;
pub mod o3_block_legacy;
pub mod o4_block_modern;
pub mod o5_login_type;
pub mod o6_hybrid_modern_auth;
pub mod o7_receive_connector;

use super::pop_imap::p1_protocol_disabled;
use super::subject::Subject;
use super::terms::Protocol;
use super::verdict::{AuthMethod, Verdict};

pub fn evaluate(subject: &Subject, protocol: Protocol, auth: AuthMethod) -> Option<Verdict> {
    if protocol == Protocol::Smtp {
        return Some(o7_receive_connector::evaluate(auth));
    }
    // O2 is P1's row on-premises: the same switch, the same fix.
    if let Some(disabled) = p1_protocol_disabled::evaluate(subject, protocol, auth, p1_protocol_disabled::RULE_SERVER) {
        return Some(disabled);
    }
    match auth {
        AuthMethod::Basic => o3_block_legacy::evaluate(subject, protocol),
        AuthMethod::OAuth => o4_block_modern::evaluate(subject, protocol).or_else(|| Some(o6_hybrid_modern_auth::evaluate(protocol))),
    }
}
