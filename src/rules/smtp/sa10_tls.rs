//! SA10: TLS 1.0/1.1 on `smtp.office365.com` is refused (`421 4.7.66`). Legacy devices can use
//! `smtp-legacy.office365.com` after `Set-TransportConfig -AllowLegacyTLSClients $true`; the
//! opt-in's value is passed along when the paste shows it. The client's TLS version itself is
//! not visible → an explicit `check` item.
//!
//! Source: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/opt-in-exchange-online-endpoint-for-legacy-tls-using-smtp-auth

use crate::rules::subject::Subject;
use crate::rules::verdict::{Gate, Verdict};

pub const RULE: &str = "SA10";

pub fn add(verdict: Verdict, subject: &Subject) -> Verdict {
    let legacy_tls_opt_in = subject.evidence.transport.as_ref().and_then(|t| match &t.allow_legacy_tls_clients {
        crate::model::Field::Known { value, .. } => Some(*value),
        // Blank means not opted in (O S48).
        crate::model::Field::Blank { .. } => Some(false),
        _ => None,
    });
    verdict.check(RULE, Gate::SmtpTls12 { legacy_tls_opt_in })
}
