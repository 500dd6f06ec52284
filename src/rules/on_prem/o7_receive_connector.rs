//! O7: SMTP AUTH on Exchange Server depends on the "Client Frontend <server>" receive connector
//! (port 587): its `AuthMechanism` must include `BasicAuth` (with `Tls`; `BasicAuthRequireTLS`
//! needs both). On-premises policies have no SMTP switch (S9). Not visible in these cmdlets →
//! `check`.
//!
//! Fix: `Set-ReceiveConnector` (after `Get-ReceiveConnector | Format-List Name,AuthMechanism`).
//! Source: https://learn.microsoft.com/powershell/module/exchangepowershell/set-receiveconnector

use crate::rules::sources;
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, Finding, Gate, Status, Verdict};

pub const RULE: &str = "O7";

pub fn evaluate(auth: AuthMethod) -> Verdict {
    Verdict::new(Protocol::Smtp, auth, Status::Check, RULE, Finding::OnPremSmtpDependsOnReceiveConnector, sources::S35_RECEIVE_CONNECTOR)
        .check(RULE, Gate::ReceiveConnectorBasicAuth)
}
