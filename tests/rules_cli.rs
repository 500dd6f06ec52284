//! The `check` command line contract, run as a real process.

#[path = "fixtures/binary.rs"]
mod binary;

use binary::run_binary;

fn check(args: &[&str], stdin: &str) -> (i32, String, String) {
    let output = run_binary(&[&["check"], args].concat(), stdin.as_bytes());
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn json(args: &[&str], stdin: &str) -> serde_json::Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = check(&all, stdin);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("valid JSON")
}

#[test]
fn tenant_off_without_a_mailbox_gives_organization_verdicts() {
    // The client's error is the reason to enable SMTP AUTH for a mailbox (nothing else is).
    let paste = "\nSmtpClientAuthenticationDisabled : True\n\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant\n";
    let document = json(&["--as-of", "2026-11-27"], paste);
    assert_eq!(document["as_of"], "2026-11-27");
    assert_eq!(document["environment"], "exchange-online");
    assert_eq!(document["mailboxes"], serde_json::json!([]));
    let smtp: Vec<&serde_json::Value> =
        document["organization"]["verdicts"].as_array().expect("verdicts").iter().filter(|v| v["protocol"] == "smtp").collect();
    assert_eq!(smtp.len(), 2);
    for verdict in smtp {
        assert_eq!(verdict["status"], "blocked");
        assert_eq!(verdict["rule"], "SA3");
        assert_eq!(
            verdict["decided_by"],
            serde_json::json!([{"setting": "TransportConfig.SmtpClientAuthenticationDisabled", "value": true, "line": 2}])
        );
        assert!(verdict["warnings"].is_array());
    }
    // Microsoft's advice: enable the mailboxes that need it (a placeholder here, no mailbox was
    // pasted), the tenant switch only as the marked alternative after the check step.
    let commands = document["organization"]["commands"].as_array().expect("commands");
    let first = &commands[0];
    assert_eq!(first["step"], 1);
    assert_eq!(first["command"], "Set-CASMailbox -Identity '<mailbox of the device or app>' -SmtpClientAuthenticationDisabled $false");
    assert!(first["purpose"].is_string());
    assert_eq!(commands[1]["purpose"], "verify");
    let last = commands.last().expect("alternative");
    assert_eq!((last["command"].as_str(), last["alternative"].as_bool()), (Some("Set-TransportConfig -SmtpClientAuthenticationDisabled $false"), Some(true)));
    assert!(document["missing"].is_array());
}

#[test]
fn a_mailbox_paste_has_verdicts_warnings_commands_and_missing() {
    let paste = "SmtpClientAuthenticationDisabled : False\n\nPrimarySmtpAddress : alice@contoso.com\nPopEnabled : True\nImapEnabled : True\n";
    let document = json(&["--as-of", "2026-12-30", "--client", "device-basic"], paste);
    let mailbox = &document["mailboxes"][0];
    assert_eq!(mailbox["identity"], "alice@contoso.com");
    let smtp = mailbox["verdicts"].as_array().expect("verdicts").iter().find(|v| v["protocol"] == "smtp").expect("smtp");
    assert_eq!((smtp["auth"].as_str(), smtp["status"].as_str(), smtp["rule"].as_str()), (Some("basic"), Some("unknown"), Some("SA1")));
    let missing = document["missing"].as_array().expect("missing");
    assert!(missing.contains(
        &serde_json::json!({
            "input": "CasMailbox.SmtpClientAuthenticationDisabled",
            "mailbox": "alice@contoso.com",
            "command": "Get-EXOCasMailbox -Identity 'alice@contoso.com' -Properties SmtpClientAuthenticationDisabled"
        })
    ), "{missing:#?}");
}

#[test]
fn the_smtp_basic_warning_code_is_in_the_json() {
    let paste = "SmtpClientAuthenticationDisabled : False\n\nDefaultAuthenticationPolicy :\n";
    let document = json(&["--as-of", "2026-12-30", "--client", "device-basic"], paste);
    let smtp = &document["organization"]["verdicts"][0];
    assert_eq!(smtp["protocol"], "smtp");
    assert_eq!(smtp["warnings"], serde_json::json!(["smtp-basic-default-off-2026-12"]));
    let after = json(&["--as-of", "2027-01-01", "--client", "device-basic"], paste);
    assert_eq!(after["organization"]["verdicts"][0]["warnings"], serde_json::json!(["smtp-basic-reenable-check-message-center"]));
}

#[test]
fn text_output_is_english() {
    let (code, stdout, _) = check(&["--as-of", "2026-11-27", "--client", "device-basic"], "SmtpClientAuthenticationDisabled : True\n");
    assert_eq!(code, 0);
    assert!(stdout.contains("SMTP AUTH is turned off for the whole organization."), "{stdout}");
    assert!(stdout.contains("Set-TransportConfig -SmtpClientAuthenticationDisabled $false"), "{stdout}");
    let (_, nothing, _) = check(&[], "hello\n");
    assert!(nothing.starts_with("Nothing recognised"), "{nothing}");
}

#[test]
fn the_default_date_is_today() {
    let document = json(&[], "SmtpClientAuthenticationDisabled : True\n");
    let as_of = document["as_of"].as_str().expect("date");
    assert!(exo_auth_analyzer::rules::Date::parse(as_of).is_ok_and(|d| d.year() >= 2026), "{as_of}");
}

#[test]
fn bad_options_fail_with_a_message() {
    for args in [&["--as-of", "2026-13-01"][..], &["--client", "thunderbird"], &["--format", "yaml"], &["--nope"]] {
        let (code, _, stderr) = check(args, "");
        assert_ne!(code, 0, "{args:?}");
        assert!(stderr.starts_with("exo-auth-analyzer: "), "{stderr}");
    }
}

#[test]
fn markdown_is_the_note_for_the_ticket_the_page_copies() {
    let example = include_str!("../src/ui/examples/support-call.txt");
    for (args, golden) in [
        (vec!["--format", "markdown", "--as-of", "2026-12-01"], include_str!("fixtures/ticket/support-call.en.md")),
        (vec!["--format", "markdown", "--lang", "de", "--as-of", "2026-12-01"], include_str!("fixtures/ticket/support-call.de.md")),
        (vec!["--format=markdown", "--redact", "--as-of", "2026-12-01"], include_str!("fixtures/ticket/support-call.redacted.en.md")),
    ] {
        let (code, stdout, stderr) = check(&args, example);
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout == golden, "{args:?}:\n{stdout}");
    }
    let (code, _, stderr) = check(&["--format", "markdown", "--lang", "fr"], example);
    assert_ne!(code, 0);
    assert!(stderr.contains("unknown --lang 'fr' (en or de)"), "{stderr}");
}
