//! Golden verdicts for every corpus sample (`../shared/corpus/`).
//!
//! The parser is being rewritten and today's minimal one reads only plain, unindented
//! Format-List text, so the records here are built by hand from each sample: values are read
//! from the sample (JSON through serde_json, list lines by splitting at ` : ` after removing
//! blockquote markers and indentation) and line numbers are the sample's own. Table rows (006)
//! are typed in from the sample and checked against its text. Now that the new parser lands,
//! `the_real_parser_agrees_with_the_hand_built_records` checks that it gives the same verdicts.

#[path = "fixtures/rules/support.rs"]
mod support;

use exo_auth_analyzer::parse::{ObjectKind, Record};
use exo_auth_analyzer::rules::{self, Note, Verdict};
use exo_auth_analyzer::remedy::Report;
use exo_auth_analyzer::wording::{self, Lang};
use support::*;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/");

fn sample(file: &str) -> String {
    std::fs::read_to_string(format!("{CORPUS}{file}")).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// 1-based number of the first line containing `needle`.
fn line_of(text: &str, needle: &str) -> u32 {
    let index = text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle:?} not in sample"));
    u32::try_from(index + 1).expect("small")
}

/// The first object of a JSON sample (a bare object or an array of one), its `keys` as a record.
fn json_record(file: &str, kind: ObjectKind, keys: &[&str]) -> Record {
    let text = sample(file);
    let document: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let object = document.as_array().and_then(|a| a.first()).unwrap_or(&document).clone();
    let values: Vec<(String, serde_json::Value, u32)> =
        keys.iter().map(|key| (key.to_string(), object[*key].clone(), line_of(&text, &format!("\"{key}\":")))).collect();
    let properties: Vec<(&str, V, u32)> = values
        .iter()
        .map(|(key, value, line)| {
            let value = match value {
                serde_json::Value::Bool(true) => V::T,
                serde_json::Value::Bool(false) => V::F,
                serde_json::Value::String(text) => V::Text(text.as_str()),
                _ => V::Blank,
            };
            (key.as_str(), value, *line)
        })
        .collect();
    record(kind, &properties)
}

/// A Format-List sample's `Name : value` lines between `first` and `last` (inclusive).
fn list_record(file: &str, kind: ObjectKind, first: u32, last: u32) -> Record {
    let text = sample(file);
    let mut owned: Vec<(String, String, u32)> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = u32::try_from(index + 1).expect("small");
        if number < first || number > last {
            continue;
        }
        let line = line.trim_start_matches('>').trim();
        if let Some((name, value)) = line.split_once(" :") {
            owned.push((name.trim().to_string(), value.trim().to_string(), number));
        }
    }
    let properties: Vec<(&str, V, u32)> = owned
        .iter()
        .map(|(name, value, line)| {
            let value = match value.as_str() {
                "True" => V::T,
                "False" => V::F,
                "" => V::Blank,
                other => V::Text(other),
            };
            (name.as_str(), value, *line)
        })
        .collect();
    record(kind, &properties)
}

/// `scope protocol/auth status rule [decided] {warnings}` per verdict, organization first.
fn golden(report: &Report) -> Vec<String> {
    let line = |scope: &str, v: &Verdict| {
        let warnings: Vec<String> = v.warnings.iter().map(|w| serde_json::to_value(w).expect("code").as_str().unwrap_or_default().to_string()).collect();
        format!(
            "{scope} {:?}/{:?} {:?} {} [{}] {{{}}}",
            v.protocol,
            v.auth,
            v.status,
            v.rule,
            decided(v).join(" "),
            warnings.join(" ")
        )
        .to_lowercase()
    };
    let mut lines: Vec<String> = report.organization.verdicts.iter().map(|v| line("org", v)).collect();
    for mailbox in report.mailboxes.iter() {
        lines.extend(mailbox.verdicts().iter().map(|v| line(mailbox.identity(), v)));
    }
    lines
}

fn assert_golden(report: &Report, expected: &[&str]) {
    assert_eq!(golden(report), expected, "{report:#?}");
}

fn tenant_json(file: &str) -> Record {
    json_record(file, ObjectKind::TransportConfig, &["Identity", "SmtpClientAuthenticationDisabled", "AllowLegacyTLSClients"])
}

fn org_json(file: &str) -> Record {
    json_record(file, ObjectKind::OrganizationConfig, &["Name", "DefaultAuthenticationPolicy"])
}

const ORG_POP_IMAP_BASIC: [&str; 2] = ["org pop/basic blocked p2 [] {}", "org imap/basic blocked p2 [] {}"];

fn with_pop_imap(smtp: [&'static str; 2]) -> Vec<&'static str> {
    smtp.into_iter().chain(ORG_POP_IMAP_BASIC).collect()
}

#[test]
fn s001_policy_excerpt_without_a_name_decides_nothing_by_policy() {
    let report = evaluate(vec![list_record("001-get-authenticationpolicy-fl.txt", ObjectKind::AuthenticationPolicy, 14, 28)], &today());
    assert_eq!(report.environment, exo_auth_analyzer::model::Environment::ExchangeOnline);
    assert_golden(&report, &with_pop_imap(["org smtp/basic unknown sa1 [] {}", "org smtp/oauth unknown sa1 [] {}"]));
    assert_eq!(report.notes, [Note::UnnamedPolicy { line: 14 }]);
    assert_eq!(report.missing[0].command, "Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled,AllowLegacyTLSClients");
}

#[test]
fn s001_the_commands_in_the_sample_are_not_stale_advice() {
    // `-AllowBasicAuthMapi:$true` is not a POP/IMAP switch.
    assert!(rules::stale_advice::scan_text(&sample("001-get-authenticationpolicy-fl.txt")).is_empty());
}

#[test]
fn s002_transport_list_with_smtp_auth_on() {
    let report = evaluate(vec![list_record("002-get-transportconfig-fl.txt", ObjectKind::TransportConfig, 2, 29)], &today());
    assert_golden(
        &report,
        &with_pop_imap([
            "org smtp/basic unknown sa4 [] {}",
            "org smtp/oauth works sa9 [transportconfig.smtpclientauthenticationdisabled=false@22] {}",
        ]),
    );
    assert_eq!(report.missing[0].command, "Get-OrganizationConfig | Format-List Name,DefaultAuthenticationPolicy");
}

#[test]
fn s003_s005_s022_s023_transport_json_with_smtp_auth_off() {
    for (file, line) in [
        ("003-get-transportconfig-json.json", 94),
        ("005-get-transportconfig-json.json", 95),
        ("022-get-transportconfig-json-object.json", 94),
        ("023-get-transportconfig-json-2space.json", 84),
    ] {
        let report = evaluate(vec![tenant_json(file)], &today());
        let decided = format!("[transportconfig.smtpclientauthenticationdisabled=true@{line}]");
        let basic = format!("org smtp/basic blocked sa3 {decided} {{}}");
        let oauth = format!("org smtp/oauth blocked sa3 {decided} {{}}");
        let expected: Vec<&str> = [basic.as_str(), oauth.as_str()].into_iter().chain(ORG_POP_IMAP_BASIC).collect();
        assert_golden(&report, &expected);
        // A device that sends is the reason to enable SMTP AUTH at all.
        let device = evaluate(vec![tenant_json(file)], &scenario(rules::ClientScenario::DeviceBasic));
        let tenant_switch = device.organization.commands.iter().find(|c| c.command == "Set-TransportConfig -SmtpClientAuthenticationDisabled $false");
        assert_eq!(tenant_switch.map(|c| c.alternative), Some(true), "{file}: the tenant switch is the alternative to enabling mailboxes");
        assert_eq!(wording::finding(Lang::En, &report.organization.verdicts[0].finding), "SMTP AUTH is turned off for the whole organization.");
    }
}

#[test]
fn s004_s021_organization_config_alone_cannot_tell_the_environment() {
    for file in ["004-get-organizationconfig-json.json", "021-get-organizationconfig-json.json"] {
        let report = evaluate(vec![org_json(file)], &today());
        assert_eq!(report.environment, exo_auth_analyzer::model::Environment::Unknown);
        assert!(report.organization.verdicts.iter().all(|v| v.rule == "ENV" && v.status == rules::Status::Unknown), "{file}");
        assert_eq!(report.missing[0].input, "Environment");
    }
    // With the transport config beside it, the blank default policy decides: no policy applies.
    let report = evaluate(vec![org_json("004-get-organizationconfig-json.json"), tenant(V::F, 100)], &today());
    let basic = verdict(&report, None, rules::Protocol::Smtp, rules::AuthMethod::Basic);
    assert_eq!(
        decided(&basic),
        ["TransportConfig.SmtpClientAuthenticationDisabled=false@100", "OrganizationConfig.DefaultAuthenticationPolicy=null@8"]
    );
}

/// Sample 006, typed in: the transport line and the `Get-CASMailbox` table rows (the `[...]`
/// elision is not a mailbox), plus the Graph security-defaults object, which is not Exchange
/// evidence and must be ignored.
fn records_006() -> Vec<Record> {
    let text = sample("006-transcript-mixed.txt");
    let row = |name: &str, value: V| {
        let index = text.lines().position(|l| l.starts_with(name)).expect("row in sample");
        let line = u32::try_from(index + 1).expect("small");
        record(ObjectKind::CasMailbox, &[("DisplayName", V::Text(name), line), ("SmtpClientAuthenticationDisabled", value, line)])
    };
    assert_eq!(text.lines().nth(36), Some("Administrator            False"));
    vec![
        record(ObjectKind::Unknown, &[("Description", V::Text("Security defaults is a set of ..."), 4), ("DisplayName", V::Text("Security Defaults"), 7), ("IsEnabled", V::T, 8)]),
        list_record("006-transcript-mixed.txt", ObjectKind::TransportConfig, 28, 28),
        row("Discovery Search Mailbox", V::Blank),
        row("First User", V::Blank),
        row("Last User", V::Blank),
        row("Administrator", V::F),
    ]
}

#[test]
fn s006_mixed_transcript_per_mailbox_overrides() {
    let report = evaluate(records_006(), &scenario(rules::ClientScenario::OauthApp));
    let identities: Vec<&str> = report.mailboxes.iter().map(|m| m.identity()).collect();
    assert_eq!(identities, ["Discovery Search Mailbox", "First User", "Last User", "Administrator"]);
    let lines = golden(&report);
    assert!(lines.contains(&"first user smtp/oauth works sa9 [casmailbox.smtpclientauthenticationdisabled=null@34 transportconfig.smtpclientauthenticationdisabled=false@28] {}".to_string()), "{lines:#?}");
    assert!(lines.contains(&"administrator smtp/oauth works sa9 [casmailbox.smtpclientauthenticationdisabled=false@37] {}".to_string()), "{lines:#?}");
    assert!(lines.contains(&"first user pop/oauth unknown p1 [] {}".to_string()), "PopEnabled is not in the table: {lines:#?}");
    let missing: Vec<&str> = report.missing.iter().map(|m| m.command.as_str()).collect();
    // Four mailboxes lack their switches: asked once, for all.
    assert_eq!(missing, ["Get-EXOCasMailbox -ResultSize Unlimited -Properties PopEnabled,ImapEnabled | Format-List Identity,PrimarySmtpAddress,PopEnabled,ImapEnabled"]);
}

#[test]
fn s007_policy_excerpt_in_a_blockquote_shows_the_obsolete_imap_switch() {
    let report = evaluate(vec![list_record("007-get-authenticationpolicy-fl.txt", ObjectKind::AuthenticationPolicy, 1, 10)], &today());
    assert_golden(
        &report,
        &[
            "org smtp/basic unknown sa1 [] {}",
            "org smtp/oauth unknown sa1 [] {}",
            "org pop/basic blocked p2 [] {}",
            "org imap/basic blocked p2 [] {allow-basic-auth-pop-imap-has-no-effect}",
        ],
    );
    assert!(report.notes.contains(&Note::ObsoletePolicySetting { policy: None, setting: exo_auth_analyzer::model::Setting::AuthenticationPolicyAllowBasicAuthImap, line: 4 }));
}

#[test]
fn s017_on_premises_policy_excerpt() {
    let report = evaluate(vec![list_record("017-get-authenticationpolicy-onprem-fl-blockquote.txt", ObjectKind::AuthenticationPolicy, 1, 9)], &today());
    assert_eq!(report.environment, exo_auth_analyzer::model::Environment::ExchangeServer);
    assert_golden(
        &report,
        &[
            "org smtp/basic check o7 [] {}",
            "org smtp/oauth check o7 [] {}",
            "org pop/basic unknown o3 [] {}",
            "org pop/oauth unknown o4 [] {}",
            "org imap/basic unknown o3 [] {}",
            "org imap/oauth unknown o4 [] {}",
        ],
    );
}

#[test]
fn s019_error_transcript_gives_nothing_to_decide() {
    let (_, report) = exo_auth_analyzer::remedy::analyze(&sample("019-transcript-error-de.txt"), &today());
    assert!(report.is_empty(), "{report:#?}");
}

/// The parser rewrite reads these shapes: the same verdicts from the real text.
#[test]
fn the_real_parser_agrees_with_the_hand_built_records() {
    let cases: Vec<(&str, Vec<Record>)> = vec![
        ("001-get-authenticationpolicy-fl.txt", vec![list_record("001-get-authenticationpolicy-fl.txt", ObjectKind::AuthenticationPolicy, 14, 28)]),
        ("002-get-transportconfig-fl.txt", vec![list_record("002-get-transportconfig-fl.txt", ObjectKind::TransportConfig, 2, 29)]),
        ("003-get-transportconfig-json.json", vec![tenant_json("003-get-transportconfig-json.json")]),
        ("005-get-transportconfig-json.json", vec![tenant_json("005-get-transportconfig-json.json")]),
        ("007-get-authenticationpolicy-fl.txt", vec![list_record("007-get-authenticationpolicy-fl.txt", ObjectKind::AuthenticationPolicy, 1, 10)]),
        ("017-get-authenticationpolicy-onprem-fl-blockquote.txt", vec![list_record("017-get-authenticationpolicy-onprem-fl-blockquote.txt", ObjectKind::AuthenticationPolicy, 1, 9)]),
        ("022-get-transportconfig-json-object.json", vec![tenant_json("022-get-transportconfig-json-object.json")]),
        ("023-get-transportconfig-json-2space.json", vec![tenant_json("023-get-transportconfig-json-2space.json")]),
    ];
    for (file, records) in cases {
        let (_, real) = exo_auth_analyzer::remedy::analyze(&sample(file), &today());
        assert_eq!(golden(&real), golden(&evaluate(records, &today())), "{file}");
    }
}
