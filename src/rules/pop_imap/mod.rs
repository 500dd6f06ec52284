//! POP3 and IMAP4 in Exchange Online (rules.md 3.2, 3.3): the same rows for both, with
//! `PopEnabled` or `ImapEnabled`. First match wins.

pub mod p1_protocol_disabled;
pub mod p2_basic_retired;
pub mod p3_oauth_delegated;
pub mod p4_oauth_app_only;
pub mod p5_legacy_tls;

use super::subject::Subject;
use super::terms::Protocol;
use super::verdict::{AuthMethod, Status, Verdict};

pub fn evaluate(subject: &Subject, protocol: Protocol, auth: AuthMethod, app_only: bool) -> Option<Verdict> {
    match auth {
        AuthMethod::Basic => Some(basic(subject, protocol)),
        // The organization view has no mailbox switch to decide OAuth with.
        AuthMethod::OAuth => {
            subject.mailbox?;
            // The mailbox switch does not decide: OAuth works.
            Some(p1_protocol_disabled::evaluate(subject, protocol, auth, p1_protocol_disabled::RULE_ONLINE).unwrap_or_else(|| {
                if app_only {
                    p4_oauth_app_only::evaluate(subject, protocol)
                } else {
                    p3_oauth_delegated::evaluate(subject, protocol)
                }
            }))
        }
    }
}

/// Basic is refused whatever the mailbox says (P2). A disabled protocol (P1) is still the
/// first match, but enabling it would not help Basic, so its fix is dropped.
fn basic(subject: &Subject, protocol: Protocol) -> Verdict {
    let retired = p2_basic_retired::evaluate(subject, protocol);
    match p1_protocol_disabled::evaluate(subject, protocol, AuthMethod::Basic, p1_protocol_disabled::RULE_ONLINE) {
        Some(mut disabled) if disabled.status == Status::Blocked => {
            disabled.fixes.clear();
            disabled.also_blocked_by(retired)
        }
        _ => retired,
    }
}
