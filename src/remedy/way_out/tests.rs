//! Golden commands per path, for a mailbox whose name holds an apostrophe.

use super::*;
use crate::rules::december::December;
use crate::rules::way_out::{decide, AccountFacts, IpReading, Organization};

const MAILBOX: &str = "o'brien.scanner@contoso.com";

fn plan(ip: Option<&str>) -> WayOut {
    let facts = AccountFacts { ip: ip.map_or(IpReading::None, |address| IpReading::One { address: address.to_string() }), ..AccountFacts::default() };
    decide(&facts, None, &Organization::default(), December::Breaks)
}

fn fill(smtp_auth_on: Option<bool>) -> Fill<'static> {
    Fill { mailbox: MAILBOX, tenant: None, smtp_auth_on, keep_commands: &[] }
}

fn commands(path: Path, plan: &WayOut, fill: &Fill) -> Vec<String> {
    let steps = steps(path, plan, fill).unwrap_or_else(|e| panic!("{e}"));
    steps.commands.iter().map(|c| format!("{}{} {}", c.step, if c.alternative { " (alternative)" } else { "" }, c.command)).collect()
}

#[test]
fn oauth_app_only_registers_the_app_grants_the_mailbox_and_keeps_smtp_auth_on_for_it_only() {
    assert_eq!(
        commands(Path::OauthAppOnly, &plan(None), &fill(None)),
        [
            "1 New-ServicePrincipal -AppId '<Application (client) ID>' -ObjectId '<Object ID of the Enterprise application>'",
            "2 Add-MailboxPermission -Identity 'o''brien.scanner@contoso.com' -User (Get-ServicePrincipal -Identity '<display name of the Enterprise application>').Identity -AccessRights FullAccess",
            "3 Add-RecipientPermission -Identity '<From address, if not the mailbox>' -AccessRights SendAs -Trustee (Get-ServicePrincipal -Identity '<display name of the Enterprise application>').Identity",
            "4 Set-CASMailbox -Identity 'o''brien.scanner@contoso.com' -SmtpClientAuthenticationDisabled $false",
            "5 Get-ServicePrincipal | Where-Object AppId -eq '<Application (client) ID>'\nGet-MailboxPermission -Identity 'o''brien.scanner@contoso.com' -User (Get-ServicePrincipal -Identity '<display name of the Enterprise application>').Identity\nGet-EXOCasMailbox -Identity 'o''brien.scanner@contoso.com' -Properties SmtpClientAuthenticationDisabled | Format-List Identity,SmtpClientAuthenticationDisabled",
        ]
    );
    let steps = steps(Path::OauthAppOnly, &plan(None), &Fill { tenant: Some("72f988bf-86f1-41af-91ab-2d7cd011db47"), ..fill(Some(true)) }).unwrap_or_else(|e| panic!("{e}"));
    assert!(!steps.commands.iter().any(|c| c.command.starts_with("Set-CASMailbox")), "SMTP AUTH is on already");
    assert!(!steps.commands.iter().any(|c| c.command.contains("Set-TransportConfig")), "never the tenant switch");
    let device = steps.device.unwrap_or_else(|| panic!("settings"));
    assert_eq!((device.server.as_str(), device.port, device.sign_in), ("smtp.office365.com", 587, SignIn::Oauth));
    assert_eq!(device.token_url.as_deref(), Some("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token"));
}

#[test]
fn oauth_delegated_only_keeps_smtp_auth_on() {
    assert_eq!(
        commands(Path::OauthDelegated, &plan(None), &fill(Some(false))),
        [
            "1 Set-CASMailbox -Identity 'o''brien.scanner@contoso.com' -SmtpClientAuthenticationDisabled $false",
            "2 Get-EXOCasMailbox -Identity 'o''brien.scanner@contoso.com' -Properties SmtpClientAuthenticationDisabled | Format-List Identity,SmtpClientAuthenticationDisabled",
        ]
    );
}

#[test]
fn hve_creates_an_account_in_the_mailbox_domain_with_the_new_host() {
    assert_eq!(
        commands(Path::Hve, &plan(None), &fill(None)),
        [
            "1 New-MailUser -Name '<name of the HVE account>' -Password (Read-Host -AsSecureString) -HVEAccount -PrimarySmtpAddress '<new address>@contoso.com'",
            "2 Get-BillingPolicy -ResourceType HVE",
            "3 Set-HVEAccountBillingPolicy -Identity '<new address>@contoso.com' -BillingPolicyId '<billing policy ID>'",
            "4 Get-MailUser -HVEAccount\nGet-HVEAccountSettings -Identity '<new address>@contoso.com'",
            "5 (alternative) Add-HVEAppAccess -Identity '<new address>@contoso.com' -AppIds '<Object ID of the Enterprise application>'",
        ]
    );
    let device = steps(Path::Hve, &plan(None), &fill(None)).ok().and_then(|s| s.device).unwrap_or_else(|| panic!("settings"));
    assert_eq!((device.server.as_str(), device.port, device.sign_in), ("smtp.hve.mx.microsoft", 587, SignIn::Password));
}

#[test]
fn the_connector_takes_the_one_public_address_else_a_placeholder() {
    assert_eq!(
        commands(Path::RelayConnector, &plan(Some("203.0.113.7")), &fill(None)),
        [
            "1 New-InboundConnector -Name 'Relay from 203.0.113.7' -ConnectorType OnPremises -SenderDomains '*' -SenderIPAddresses '203.0.113.7' -RequireTls $true",
            "2 Resolve-DnsName -Name 'contoso.com' -Type MX",
            "3 Get-InboundConnector -Identity 'Relay from 203.0.113.7' | Format-List Name,ConnectorType,SenderIPAddresses,TlsSenderCertificateName,RequireTls,Enabled",
            "4 (alternative) New-InboundConnector -Name 'Relay from device' -SenderDomains '*' -ConnectorType OnPremises -RequireTls $true -RestrictDomainsToCertificate $true -TlsSenderCertificateName '<domain on the certificate>'",
        ]
    );
    let with = steps(Path::RelayConnector, &plan(Some("203.0.113.7")), &fill(None)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(with.spf.as_deref(), Some("v=spf1 ip4:203.0.113.7 include:spf.protection.outlook.com ~all"));
    assert_eq!(with.device.map(|d| (d.server, d.port, d.sign_in)), Some(("contoso-com.mail.protection.outlook.com".to_string(), 25, SignIn::None)));
    let without = steps(Path::RelayConnector, &plan(None), &fill(None)).unwrap_or_else(|e| panic!("{e}"));
    assert!(without.commands[0].command.contains("-SenderIPAddresses '<static public IPv4 address>'"), "{:?}", without.commands);
    assert!(without.notes.contains(&PathNote::NeedsStaticAddress));
}

#[test]
fn direct_send_reads_reject_direct_send_and_the_mx_endpoint() {
    assert_eq!(
        commands(Path::DirectSend, &plan(None), &fill(None)),
        ["1 Resolve-DnsName -Name 'contoso.com' -Type MX", "2 Get-OrganizationConfig | Format-List RejectDirectSend"]
    );
}

#[test]
fn no_value_breaks_out_of_its_argument() {
    for mailbox in ["a'b@contoso.com", "a\u{2019}b@contoso.com", "x'; Remove-Mailbox -Identity y; '@contoso.com"] {
        let fill = Fill { mailbox, tenant: None, smtp_auth_on: None, keep_commands: &[] };
        for path in Path::ALL {
            let steps = steps(path, &plan(Some("203.0.113.7")), &fill).unwrap_or_else(|e| panic!("{e}"));
            for command in steps.commands {
                // Every quote from the value is doubled: an odd run of quotes would end the literal.
                let quotes = command.command.chars().filter(|c| crate::remedy::is_single_quote(*c)).count();
                assert_eq!(quotes % 2, 0, "{}", command.command);
            }
        }
    }
    let refused = Fill { mailbox: "a\nb@contoso.com", tenant: None, smtp_auth_on: None, keep_commands: &[] };
    assert!(steps(Path::OauthAppOnly, &plan(None), &refused).is_err());
}

#[test]
fn the_worksheet_words_are_the_json_codes() {
    for sign_in in [SignIn::Oauth, SignIn::Password, SignIn::None] {
        assert_eq!(serde_json::to_value(sign_in).ok(), Some(serde_json::Value::from(sign_in.code())));
    }
    for december in [December::Breaks, December::AlreadyFailing, December::Unaffected, December::Unknown] {
        assert_eq!(serde_json::to_value(december).ok(), Some(serde_json::Value::from(december.code())));
    }
    for path in Path::ALL {
        assert_eq!(serde_json::to_value(path).ok(), Some(serde_json::Value::from(path.code())));
    }
}
