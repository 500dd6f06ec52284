//! The way out per account, through the command line as a real process: the JSON contract
//! (`way_out`, `sites`), the worksheet, sites from a sign-in log, the plans after the default
//! change, the device-or-app client, and redaction.

#[path = "fixtures/binary.rs"]
mod binary;

use binary::run_binary;
use serde_json::Value;

/// A constructed sign-in log (the columns a Log Analytics or PowerShell export has): two
/// scanners behind one public address, a printer behind a NAT (private address only), an app
/// from two addresses, a person's Thunderbird, and one account whose sign-ins all fail.
const SIGN_INS: &str = "\
Date (UTC),Username,User,Client app,Status,Sign-in error code,IP address,User agent
2026-11-20T08:00:00Z,scan1@contoso.com,Scanner 1st floor,Authenticated SMTP,Success,0,203.0.113.7,BAV2ROPC
2026-11-21T08:00:00Z,scan1@contoso.com,Scanner 1st floor,Authenticated SMTP,Success,0,203.0.113.7,BAV2ROPC
2026-11-20T09:00:00Z,scan2@contoso.com,Scanner 2nd floor,Authenticated SMTP,Success,0,203.0.113.7,BAV2ROPC
2026-11-20T10:00:00Z,printer@contoso.com,Printer Reception,Authenticated SMTP,Success,0,192.168.1.20,BAV2ROPC
2026-11-20T11:00:00Z,o'brien.app@contoso.com,Invoices,Authenticated SMTP,Success,0,198.51.100.4,BAV2ROPC
2026-11-21T11:00:00Z,o'brien.app@contoso.com,Invoices,Authenticated SMTP,Success,0,198.51.100.5,BAV2ROPC
2026-11-20T12:00:00Z,ann@contoso.com,Ann Lee,Authenticated SMTP,Success,0,198.51.100.9,Thunderbird/128.0
2026-11-20T13:00:00Z,old@contoso.com,Old Copier,Authenticated SMTP,Failure,50126,198.51.100.77,BAV2ROPC
";

fn check(args: &[&str], stdin: &str) -> String {
    let output = run_binary(&[&["check"], args].concat(), stdin.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn json(args: &[&str], stdin: &str) -> Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&check(&all, stdin)).expect("valid JSON")
}

fn mailbox<'a>(document: &'a Value, identity: &str) -> &'a Value {
    document["mailboxes"].as_array().into_iter().flatten().find(|m| m["identity"] == identity).unwrap_or(&Value::Null)
}

fn path<'a>(way_out: &'a Value, code: &str) -> &'a Value {
    way_out["paths"].as_array().into_iter().flatten().find(|p| p["path"] == code).unwrap_or(&Value::Null)
}

#[test]
fn every_account_that_signs_in_with_a_password_has_a_plan_in_the_contract_shape() {
    let document = json(&["--as-of", "2026-12-05"], SIGN_INS);
    assert_eq!(document["environment"], "exchange-online");
    assert_eq!(document["environment_from"], "entra-signins");
    let planned: Vec<&str> = document["mailboxes"].as_array().into_iter().flatten().filter(|m| m.get("way_out").is_some()).filter_map(|m| m["identity"].as_str()).collect();
    assert_eq!(planned, ["scan1@contoso.com", "scan2@contoso.com", "printer@contoso.com", "o'brien.app@contoso.com", "ann@contoso.com", "old@contoso.com"]);
    for identity in planned {
        let way_out = &mailbox(&document, identity)["way_out"];
        for key in ["sender", "sends_outside", "recommended", "paths"] {
            assert!(way_out.get(key).is_some(), "{identity}: {key} missing in {way_out}");
        }
        assert_eq!(way_out["paths"].as_array().map(Vec::len), Some(6));
        for fit in way_out["paths"].as_array().into_iter().flatten() {
            for key in ["path", "fit", "why", "commands", "server", "port", "sign_in"] {
                assert!(fit.get(key).is_some(), "{identity}: {key} missing in {fit}");
            }
            let no = fit["fit"] == "no";
            assert_eq!(fit["commands"].as_array().is_some_and(Vec::is_empty), no || fit["path"] == "keep-for-now", "{identity}: {fit}");
        }
    }

    // A scanner behind the site's one public address: the connector, filled in with it.
    let scanner = &mailbox(&document, "scan1@contoso.com")["way_out"];
    assert_eq!((scanner["sender"].as_str(), scanner["sender_from"].as_str(), scanner["recommended"].as_str()), (Some("device"), Some("likely"), Some("relay-connector")));
    let connector = path(scanner, "relay-connector");
    assert_eq!(connector["commands"][0], "New-InboundConnector -Name 'Relay from 203.0.113.7' -ConnectorType OnPremises -SenderDomains '*' -SenderIPAddresses '203.0.113.7' -RequireTls $true");
    assert_eq!((connector["server"].as_str(), connector["port"].as_u64(), connector["sign_in"].as_str()), (Some("contoso-com.mail.protection.outlook.com"), Some(25), Some("none")));

    // Behind a NAT or from two addresses: no address is filled in; nothing fits yet.
    let printer = &mailbox(&document, "printer@contoso.com")["way_out"];
    assert_eq!(printer["recommended"], "ask");
    assert!(path(printer, "relay-connector")["commands"][0].as_str().is_some_and(|c| c.contains("'<static public IPv4 address>'")));
    assert!(!printer.to_string().contains("-SenderIPAddresses '192.168.1.20'"));
    let app = &mailbox(&document, "o'brien.app@contoso.com")["way_out"];
    assert_eq!((app["sender"].as_str(), app["recommended"].as_str()), (Some("app"), Some("oauth-app-only")));
    assert_eq!(app["ip"]["seen"], "several");
    let grant = path(app, "oauth-app-only")["commands"].as_array().and_then(|c| c.get(1)).and_then(Value::as_str).unwrap_or_default();
    assert!(grant.starts_with("Add-MailboxPermission -Identity 'o''brien.app@contoso.com' -User (Get-ServicePrincipal"), "{grant}");

    // A person's mail program: delegated OAuth; a connector, HVE and Direct Send do not fit.
    let person = &mailbox(&document, "ann@contoso.com")["way_out"];
    assert_eq!((person["sender"].as_str(), person["recommended"].as_str()), (Some("person"), Some("oauth-delegated")));
    for code in ["relay-connector", "hve", "direct-send", "oauth-app-only"] {
        assert_eq!(path(person, code)["fit"], "no", "{code}");
    }
    // Every sign-in failed: keeping the password does not fit.
    assert_eq!(path(&mailbox(&document, "old@contoso.com")["way_out"], "keep-for-now")["fit"], "no");

    // The site: the two scanners; the printer's private address and the app's two are none.
    assert_eq!(document["sites"], serde_json::json!([{"ip": "203.0.113.7", "accounts": ["scan1@contoso.com", "scan2@contoso.com"]}]));

    // A password sign-in seen working: SMTP AUTH with a password works, not unknown.
    let smtp_basic = mailbox(&document, "scan1@contoso.com")["verdicts"].as_array().into_iter().flatten().find(|v| v["protocol"] == "smtp" && v["auth"] == "basic").cloned().unwrap_or_default();
    assert_eq!((smtp_basic["status"].as_str(), smtp_basic["rule"].as_str()), (Some("works"), Some("SEEN")));
}

#[test]
fn after_the_default_change_keeping_the_password_does_not_fit_and_no_command_turns_it_back_on() {
    let document = json(&["--as-of", "2027-01-05"], SIGN_INS);
    let scanner = &mailbox(&document, "scan1@contoso.com")["way_out"];
    let keep = path(scanner, "keep-for-now");
    assert_eq!((keep["fit"].as_str(), keep["why"].as_str()), (Some("no"), Some("default-already-off")));
    assert_eq!(keep["commands"], serde_json::json!([]));
    let text = check(&["--as-of", "2027-01-05"], SIGN_INS);
    assert!(text.contains("accounts broke at the end of December"), "{text}");
    assert!(!text.contains("Set-TransportConfig -SmtpClientAuthenticationDisabled $false"), "{text}");
}

#[test]
fn the_client_set_to_a_device_gives_every_pasted_mailbox_a_plan() {
    let paste = "SmtpClientAuthenticationDisabled : True\n\nPrimarySmtpAddress : mfp@contoso.com\nPopEnabled : False\nImapEnabled : False\nSmtpClientAuthenticationDisabled :\n";
    let document = json(&["--as-of", "2026-12-05", "--client", "device-basic"], paste);
    let way_out = &mailbox(&document, "mfp@contoso.com")["way_out"];
    assert_eq!(way_out["sender"], "device");
    // OAuth keeps SMTP AUTH on for this mailbox only, never the tenant switch.
    let commands = path(way_out, "oauth-app-only")["commands"].to_string();
    assert!(commands.contains("Set-CASMailbox -Identity 'mfp@contoso.com' -SmtpClientAuthenticationDisabled $false"), "{commands}");
    assert!(!commands.contains("Set-TransportConfig"), "{commands}");
}

#[test]
fn the_worksheet_leads_with_the_answer_columns_and_a_row_per_plan() {
    let sheet = check(&["--format", "worksheet", "--as-of", "2026-12-05"], SIGN_INS);
    let mut lines = sheet.lines();
    assert!(lines.next().is_some_and(|header| header.starts_with("Account,Sender,Sends outside,Recommended,")), "{sheet}");
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 6, "{sheet}");
    assert!(rows.iter().any(|r| r.starts_with("scan1@contoso.com,,,relay-connector,contoso-com.mail.protection.outlook.com,25,none,203.0.113.7,203.0.113.7,2,")), "{sheet}");
}

#[test]
fn redaction_leaves_no_address_domain_or_name_in_plans_sites_or_the_worksheet() {
    let redacted = [check(&["--format", "json", "--redact", "--as-of", "2026-12-05"], SIGN_INS), check(&["--format", "worksheet", "--redact", "--as-of", "2026-12-05"], SIGN_INS), check(&["--format", "markdown", "--redact", "--as-of", "2026-12-05"], SIGN_INS)];
    for (shown, secret) in redacted.iter().flat_map(|shown| ["203.0.113", "198.51.100", "192.168.", "contoso", "Scanner 1st floor", "o'brien", "Thunderbird/128"].map(|secret| (shown, secret))) {
        assert!(!shown.contains(secret), "{secret} survives redaction:\n{shown}");
    }
}
