//! O6: OAuth for POP3/IMAP4 against Exchange Server: Hybrid Modern Auth is reported not to
//! support POP3/IMAP4 (an observation, not Microsoft documentation) → `check`.
//!
//! Source: https://www.samuraj-cz.com/en/article/exchange-hybrid-modern-authentication-hma-part-1/

use crate::rules::sources;
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, Finding, Status, Verdict};

pub const RULE: &str = "O6";

pub fn evaluate(protocol: Protocol) -> Verdict {
    Verdict::new(protocol, AuthMethod::OAuth, Status::Check, RULE, Finding::OnPremOauthPopImapNotSupported { protocol }, sources::S42_HMA_POP_IMAP)
}
