//! P5: POP3/IMAP4 below TLS 1.2 → refused. The `pop-legacy`/`imap-legacy` endpoints and legacy
//! TLS are removed gradually from 2026-07-01 to 2026-12-31; `AllowLegacyTLSClients` is no
//! workaround for POP/IMAP any more. The client's TLS version is not visible → an explicit
//! `check` item carrying the removal phase of the evaluation date.
//!
//! Fix (client side): TLS 1.2+ on `outlook.office365.com:995` / `:993`.
//! Source: https://techcommunity.microsoft.com/t5/exchange-team-blog/deprecating-legacy-tls-and-endpoints-for-pop-and-imap-in/ba-p/4515201

use crate::rules::date::Date;
use crate::rules::timeline::pop_imap_legacy_tls_phase;
use crate::rules::verdict::{Gate, Verdict};

pub const RULE: &str = "P5";

pub fn add(verdict: Verdict, as_of: Date) -> Verdict {
    verdict.check(RULE, Gate::PopImapTls12 { phase: pop_imap_legacy_tls_phase(as_of) })
}
