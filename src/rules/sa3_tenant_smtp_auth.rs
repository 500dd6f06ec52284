//! SA3: the organization switch `Get-TransportConfig.SmtpClientAuthenticationDisabled`.
//!
//! What: `True` turns SMTP AUTH client submission off for every mailbox that does not override
//! it, for Basic and OAuth alike; `False` allows it.
//! Why: it is the first gate every SMTP AUTH sign-in passes, and the default for organizations
//! created after January 2020 is `True`.
//! Source: Set-TransportConfig, "Enable or disable SMTP AUTH in Exchange Online".

use super::verdict::{AuthMethod, DecidingSetting, Finding, Protocol, Status, Verdict};
use crate::parse::{Certainty, Record, Value};
use crate::remedy::Command;

pub const RULE: &str = "SA3";
pub const SOURCE: &str = "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission";
pub const SETTING: &str = "TransportConfig.SmtpClientAuthenticationDisabled";

/// Organization-level SMTP AUTH verdicts (Basic and OAuth) from the transport config, if its
/// switch was read with certainty.
pub fn evaluate(transport: &Record) -> Option<(Vec<Verdict>, Vec<Command>)> {
    let property = transport.get("SmtpClientAuthenticationDisabled")?;
    let disabled = match (&property.value, property.certainty) {
        (Value::Bool(disabled), Certainty::Exact | Certainty::Rejoined) => *disabled,
        _ => return None,
    };
    let (status, finding) = if disabled {
        (Status::Blocked, Finding::TenantSmtpAuthDisabled)
    } else {
        (Status::Works, Finding::TenantSmtpAuthEnabled)
    };
    let verdicts = [AuthMethod::Basic, AuthMethod::OAuth]
        .into_iter()
        .map(|auth| Verdict {
            protocol: Protocol::Smtp,
            auth,
            status,
            rule: RULE,
            finding: finding.clone(),
            decided_by: vec![DecidingSetting {
                setting: SETTING,
                value: serde_json::Value::Bool(disabled),
                line: property.span.first,
            }],
            source: SOURCE,
        })
        .collect();
    let commands = if disabled {
        vec![Command { step: 1, command: "Set-TransportConfig -SmtpClientAuthenticationDisabled $false".into() }]
    } else {
        Vec::new()
    };
    Some((verdicts, commands))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn verdicts_for(text: &str) -> Option<(Vec<Verdict>, Vec<Command>)> {
        evaluate(&parse(text).records[0])
    }

    #[test]
    fn tenant_switch_true_blocks_smtp_auth_and_offers_the_fix() {
        let (verdicts, commands) = verdicts_for("SmtpClientAuthenticationDisabled : True").expect("verdict");
        assert!(verdicts.iter().all(|v| v.status == Status::Blocked && v.rule == "SA3"));
        assert_eq!(verdicts[0].decided_by[0].line, 1);
        assert_eq!(commands[0].command, "Set-TransportConfig -SmtpClientAuthenticationDisabled $false");
    }

    #[test]
    fn tenant_switch_false_allows_smtp_auth() {
        let (verdicts, commands) = verdicts_for("SmtpClientAuthenticationDisabled : False").expect("verdict");
        assert!(verdicts.iter().all(|v| v.status == Status::Works));
        assert!(commands.is_empty());
    }

    #[test]
    fn blank_tenant_switch_decides_nothing() {
        assert!(verdicts_for("SmtpClientAuthenticationDisabled :").is_none());
    }
}
