//! A pasted client error alone, end to end: recognised in the paste, explained by its layer,
//! and turned by the remedy stage into the commands that confirm and fix it.

use exo_auth_analyzer::model::{Environment, Evidence};
use exo_auth_analyzer::parse::{parse, ErrorCause, Protocol};
use exo_auth_analyzer::remedy::{command_for, plan};
use exo_auth_analyzer::rules::symptom::{explain, Layer};

fn commands_for(text: &str, identity: Option<&str>) -> (Layer, Vec<String>, Vec<String>) {
    let parsed = parse(text);
    let symptom = parsed.usage.symptoms.first().cloned().unwrap_or_else(|| panic!("no symptom in {text:?}"));
    let explanation = explain(symptom.cause, symptom.protocol);
    let confirm = explanation
        .confirm
        .iter()
        .map(|input| command_for(input, identity, Environment::ExchangeOnline.into()).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    let evidence = Evidence { environment: Environment::ExchangeOnline, ..Evidence::default() };
    let fixes = plan(identity, &explanation.fixes, &evidence, &[], exo_auth_analyzer::rules::need::Needs::ALL).unwrap_or_else(|e| panic!("{e}"));
    (explanation.layer, confirm, fixes.into_iter().map(|c| c.command).collect())
}

#[test]
fn the_tenant_error_asks_for_the_transport_config_and_fixes_the_mailbox_first() {
    let text = "Hallo, unser Scanner meldet:\r\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled\r\n";
    let (layer, confirm, fixes) = commands_for(text, Some("scanner@contoso.com"));
    assert_eq!(layer, Layer::TenantSwitch);
    assert_eq!(confirm[0], "Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled,AllowLegacyTLSClients");
    assert_eq!(confirm[1], "Get-EXOCasMailbox -Identity 'scanner@contoso.com' -Properties SmtpClientAuthenticationDisabled");
    assert_eq!(fixes[0], "Set-CASMailbox -Identity 'scanner@contoso.com' -SmtpClientAuthenticationDisabled $false");
    assert!(fixes[1].starts_with("Get-EXOCasMailbox"), "then the one check step: {fixes:?}");
    assert_eq!(fixes[2], "Set-TransportConfig -SmtpClientAuthenticationDisabled $false", "the alternative last");
}

#[test]
fn the_mailbox_error_fixes_that_mailbox_only() {
    let text = "javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox";
    let (layer, _, fixes) = commands_for(text, Some("app@contoso.com"));
    assert_eq!(layer, Layer::MailboxSwitch);
    assert_eq!(fixes[0], "Set-CASMailbox -Identity 'app@contoso.com' -SmtpClientAuthenticationDisabled $false");
    assert!(!fixes.iter().any(|c| c.starts_with("Set-TransportConfig")), "{fixes:?}");
}

#[test]
fn gates_the_cmdlets_cannot_change_give_no_command() {
    for text in [
        "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy.",
        "A1 NO LOGIN failed.",
        "5.7.60 SMTP; Client does not have permissions to send as this sender",
    ] {
        let (_, confirm, fixes) = commands_for(text, Some("anna@contoso.com"));
        assert!(confirm.is_empty() && fixes.is_empty(), "{text}: {confirm:?} {fixes:?}");
    }
}

#[test]
fn symptoms_carry_line_protocol_and_text() {
    let parsed = parse("PS> Get-TransportConfig\n\nSmtpClientAuthenticationDisabled : True\n\ncurl -v --url imaps://outlook.office365.com\ncurl: (67) Login denied\n");
    let symptom = &parsed.usage.symptoms[0];
    assert_eq!((symptom.line, symptom.protocol, symptom.cause), (6, Protocol::Imap, ErrorCause::GenericAuthFailure));
    assert_eq!(symptom.text, "curl: (67) Login denied");
    assert!(!parsed.records.is_empty(), "the cmdlet output is still read");
}
