//! Sign-in logs, usage reports and their December answer, from the fixtures written from the
//! documented formats (`tests/fixtures/evidence/README.md` lists each file's facts), through
//! the same `check --format json` report the CLI prints.

use serde_json::{Value, json};

use exo_auth_analyzer::rules::{Context, Date};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/evidence/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    exo_auth_analyzer::parse::decode(&bytes)
}

fn report_of(text: &str, as_of: &str) -> Value {
    let context = Context::new(Date::parse(as_of).expect("date"));
    let (_, report) = exo_auth_analyzer::remedy::analyze(text, &context);
    serde_json::to_value(&report).expect("serialisable")
}

fn read(names: &[&str]) -> Value {
    let text: Vec<String> = names.iter().map(|n| fixture(n)).collect();
    report_of(&text.join("\n"), "2026-12-01")
}

fn mailbox<'a>(report: &'a Value, identity: &str) -> &'a Value {
    report["mailboxes"].as_array().into_iter().flatten().find(|m| m["identity"].as_str().is_some_and(|i| i.eq_ignore_ascii_case(identity))).unwrap_or_else(|| panic!("no mailbox {identity} in {report:#}"))
}

fn usage(report: &Value, identity: &str, protocol: &str, auth: &str) -> (u64, u64, Value) {
    let entry = mailbox(report, identity)["usage"].as_array().into_iter().flatten().find(|u| u["protocol"] == protocol && u["auth"] == auth).cloned().unwrap_or(Value::Null);
    (entry["successes"].as_u64().unwrap_or(0), entry["failures"].as_u64().unwrap_or(0), entry["last_success"].clone())
}

fn evidence(report: &Value) -> Vec<(String, u64, Value, Value)> {
    report["evidence"].as_array().into_iter().flatten().map(|e| (e["kind"].as_str().unwrap_or("").to_string(), e["records"].as_u64().unwrap_or(0), e["from"].clone(), e["to"].clone())).collect()
}

fn codes(text: &str) -> Vec<&'static str> {
    exo_auth_analyzer::parse::parse(text).diagnostics.iter().map(|d| d.code()).collect()
}

#[test]
fn portal_csv_with_trailing_space_and_duplicate_headers() {
    let report = read(&["portal-interactive.csv"]);
    assert_eq!(evidence(&report), [("entra-signins".into(), 11, json!("2026-11-20T08:15:31Z"), json!("2026-11-26T02:11:09Z"))]);
    assert_eq!(usage(&report, "scanner@contoso.com", "smtp", "basic").0, 3);
    assert_eq!(usage(&report, "scanner@contoso.com", "smtp", "basic").1, 1);
    assert_eq!(usage(&report, "printer@contoso.com", "smtp", "basic").0, 0);
    assert_eq!(usage(&report, "printer@contoso.com", "smtp", "basic").1, 2);
    assert_eq!(usage(&report, "bob@contoso.com", "imap", "basic").1, 1);
    assert_eq!(usage(&report, "bob@contoso.com", "other", "basic").0, 1);
    assert_eq!(mailbox(&report, "alice@contoso.com")["usage"], json!([]), "modern sign-ins need no entry");
    assert_eq!(mailbox(&report, "scanner@contoso.com")["december"], "breaks");
    assert_eq!(mailbox(&report, "printer@contoso.com")["december"], "already-failing");
    assert_eq!(mailbox(&report, "alice@contoso.com")["december"], "unaffected");
    assert_eq!(mailbox(&report, "scanner@contoso.com")["seen"]["user_agents"], json!(["BAV2ROPC"]));
    assert!(codes(&fixture("portal-interactive.csv")).contains(&"evidence-no-user"));
}

#[test]
fn portal_json_array_success_with_a_failure_reason_and_mixed_case_accounts() {
    let report = read(&["portal-interactive.csv", "portal-noninteractive.json"]);
    let kinds: Vec<(String, u64)> = evidence(&report).into_iter().map(|(k, n, _, _)| (k, n)).collect();
    assert_eq!(kinds, [("entra-signins".to_string(), 11), ("entra-signins".to_string(), 6)]);
    assert_eq!(usage(&report, "app-mailer@contoso.com", "smtp", "basic").0, 2, "errorCode 0 with failureReason 'Other.' is a success");
    assert_eq!(usage(&report, "scanner@contoso.com", "smtp", "basic").0, 4, "Scanner@Contoso.com joins scanner@contoso.com");
    let scanners = report["mailboxes"].as_array().into_iter().flatten().filter(|m| m["identity"].as_str().is_some_and(|i| i.eq_ignore_ascii_case("scanner@contoso.com"))).count();
    assert_eq!(scanners, 1);
}

#[test]
fn graph_json_with_microsofts_trailing_comma_is_read_and_the_repair_said() {
    let text = fixture("graph-signins-trailing-comma.json");
    let report = report_of(&text, "2026-12-01");
    assert_eq!(evidence(&report), [("graph-signins".into(), 3, json!("2026-11-29T16:20:05Z"), json!("2026-11-30T07:45:10Z"))]);
    assert_eq!(usage(&report, "scanner@contoso.com", "smtp", "basic").0, 1);
    assert_eq!(usage(&report, "printer@contoso.com", "smtp", "basic").1, 1);
    assert!(codes(&text).contains(&"evidence-json-repaired"));
}

#[test]
fn log_analytics_csv_and_event_hub_records() {
    let report = read(&["log-analytics.csv"]);
    assert_eq!(evidence(&report), [("entra-signins".into(), 6, json!("2026-11-20T08:15:31Z"), json!("2026-11-22T00:03:44Z"))]);
    assert_eq!(usage(&report, "scanner@contoso.com", "smtp", "basic").0, 3);
    assert_eq!(usage(&report, "bob@contoso.com", "pop", "basic").1, 1);
    let hub = read(&["log-analytics-eventhub.json"]);
    assert_eq!(evidence(&hub), [("entra-signins".into(), 3, json!("2026-11-28T08:15:31Z"), json!("2026-11-28T11:02:17Z"))]);
    assert_eq!(usage(&hub, "scanner@contoso.com", "smtp", "basic").0, 2);
    assert_eq!(usage(&hub, "bob@contoso.com", "pop", "basic").1, 1);
}

#[test]
fn graph_powershell_export_with_type_names_counts_neither_way_and_says_how_to_export() {
    let text = fixture("mg-signin-export.csv");
    let report = report_of(&text, "2026-12-01");
    assert_eq!(evidence(&report), [("entra-signins".into(), 4, json!("2026-11-20T08:15:31Z"), json!("2026-11-22T09:02:10Z"))]);
    assert_eq!(usage(&report, "scanner@contoso.com", "smtp", "basic").0, 0);
    assert_eq!(usage(&report, "scanner@contoso.com", "smtp", "basic").1, 0);
    assert_eq!(mailbox(&report, "scanner@contoso.com")["december"], "unknown");
    let parsed = exo_auth_analyzer::parse::parse(&text);
    let unreadable = parsed.diagnostics.iter().find(|d| d.code() == "evidence-status-unreadable").expect("said");
    let german = exo_auth_analyzer::wording::diagnostic(exo_auth_analyzer::wording::Lang::De, unreadable);
    assert!(german.contains("@{n='ErrorCode';e={$_.Status.ErrorCode}}"), "{german}");
    let flattened = read(&["mg-signin-flattened.csv"]);
    assert_eq!(usage(&flattened, "scanner@contoso.com", "smtp", "basic").0, 3);
    assert_eq!(usage(&flattened, "printer@contoso.com", "smtp", "basic").1, 2);
}

#[test]
fn entra_powershell_list_output() {
    let report = read(&["entra-signinlogs-list.txt"]);
    assert_eq!(evidence(&report), [("entra-signins".into(), 2, json!("2026-11-19T22:40:03Z"), json!("2026-11-20T08:15:31Z"))]);
    assert_eq!(usage(&report, "scanner@contoso.com", "smtp", "basic").0, 1);
    assert_eq!(usage(&report, "printer@contoso.com", "smtp", "basic").1, 1);
}

#[test]
fn smtp_auth_clients_report_with_and_without_its_method_column() {
    let report = read(&["smtp-auth-clients-report.csv"]);
    assert_eq!(evidence(&report), [("smtp-auth-clients-report".into(), 3, Value::Null, Value::Null)]);
    assert_eq!(usage(&report, "scanner@contoso.com", "smtp", "basic").0, 120);
    assert_eq!(usage(&report, "app-mailer@contoso.com", "smtp", "oauth").0, 4000);
    assert_eq!(mailbox(&report, "scanner@contoso.com")["december"], "breaks");
    assert_eq!(mailbox(&report, "scanner@contoso.com")["seen"]["legacy_tls"], true);
    assert_eq!(mailbox(&report, "app-mailer@contoso.com")["december"], "unaffected");
    assert_eq!(report["december_summary"]["oauth"], 1);
    let bare = read(&["smtp-auth-clients-report-no-protocol.csv"]);
    assert_eq!(usage(&bare, "scanner@contoso.com", "smtp", "unknown").0, 120);
    assert_eq!(mailbox(&bare, "scanner@contoso.com")["december"], "unknown");
    assert!(codes(&fixture("smtp-auth-clients-report-no-protocol.csv")).contains(&"evidence-method-not-shown"));
    assert!(!codes(&fixture("smtp-auth-clients-report.csv")).contains(&"evidence-method-not-shown"));
}

#[test]
fn email_apps_usage_shows_use_without_the_method_and_detects_concealed_names() {
    let report = read(&["email-apps-usage.csv"]);
    assert_eq!(evidence(&report), [("email-apps-usage".into(), 3, json!("2026-11-27T00:00:00Z"), json!("2026-11-29T00:00:00Z"))]);
    assert_eq!(usage(&report, "scanner@contoso.com", "smtp", "unknown").0, 1);
    assert_eq!(usage(&report, "bob@contoso.com", "imap", "unknown").0, 1);
    assert_eq!(mailbox(&report, "alice@contoso.com")["usage"], json!([]));
    assert_eq!(mailbox(&report, "scanner@contoso.com")["december"], "unknown");
    let concealed = fixture("email-apps-usage-concealed.csv");
    assert!(codes(&concealed).contains(&"evidence-concealed-names"));
    assert_eq!(report_of(&concealed, "2026-12-01")["evidence"][0]["concealed_names"], 3);
}

#[test]
fn a_service_principal_log_says_it_cannot_show_users() {
    let text = fixture("service-principal-signins.csv");
    let report = report_of(&text, "2026-12-01");
    assert_eq!(evidence(&report), [("entra-signins".into(), 2, json!("2026-11-26T03:00:05Z"), json!("2026-11-27T04:00:12Z"))]);
    assert_eq!(report["evidence"][0]["has_users"], false);
    assert_eq!(report["mailboxes"], json!([]));
    assert!(codes(&text).contains(&"evidence-service-principals"));
}

#[test]
fn evidence_joins_the_cmdlet_output_by_primary_smtp_address() {
    let report = read(&["transcript-scanner.txt", "portal-interactive.csv"]);
    let scanner = mailbox(&report, "scanner@contoso.com");
    assert_eq!(scanner["december"], "breaks");
    assert!(scanner["verdicts"].as_array().is_some_and(|v| v.iter().any(|v| v["protocol"] == "smtp" && v["decided_by"].as_array().is_some_and(|d| !d.is_empty()))));
    assert_eq!(report["december_summary"], json!({"breaks": 1, "already_failing": 1, "unaffected": 2, "unknown": 0, "oauth": 0}));
    let order: Vec<&str> = report["mailboxes"].as_array().into_iter().flatten().filter_map(|m| m["identity"].as_str()).collect();
    assert_eq!(order.first().copied(), Some("scanner@contoso.com"), "cmdlet mailboxes first, evidence-only accounts after: {order:?}");
}

#[test]
fn a_tenant_that_has_smtp_auth_off_already_fails_these_sign_ins() {
    let tenant_off = fixture("transcript-scanner.txt").replace("SmtpClientAuthenticationDisabled : False", "SmtpClientAuthenticationDisabled : True");
    let report = report_of(&format!("{tenant_off}\n{}", fixture("portal-interactive.csv")), "2026-12-01");
    assert_eq!(mailbox(&report, "scanner@contoso.com")["december"], "already-failing");
}

#[test]
fn the_answer_changes_with_the_evaluation_date_but_never_gives_a_reenable_command() {
    let text = fixture("portal-interactive.csv");
    for (as_of, after) in [("2026-12-30", false), ("2026-12-31", true), ("2027-01-01", true)] {
        let report = report_of(&text, as_of);
        let detail = &mailbox(&report, "scanner@contoso.com")["december_detail"];
        assert_eq!(detail["after_default_off"], after, "{as_of}");
        // Keeping the password is the last path: worth days before the switch, nothing after.
        let keep = mailbox(&report, "scanner@contoso.com")["way_out"]["paths"].as_array().and_then(|p| p.last()).cloned().unwrap_or_default();
        assert_eq!(keep["fit"], json!(if after { "no" } else { "check" }), "{as_of}");
        assert!(!keep.to_string().contains("Set-TransportConfig"), "{as_of}");
        assert_eq!(mailbox(&report, "scanner@contoso.com")["december"], "breaks", "{as_of}");
    }
}

#[test]
fn bad_input_is_said_and_what_can_be_read_is_used() {
    // A CSV cut mid-row: the complete rows count, the cut one is named.
    let portal = fixture("portal-interactive.csv");
    let cut = portal.get(..portal.len() - 40).expect("long enough");
    let parsed = exo_auth_analyzer::parse::parse(cut);
    assert!(parsed.usage.sources.first().is_some_and(|s| s.records >= 9), "{:?}", parsed.usage.sources);
    // A truncated JSON export: the complete objects are read.
    let json = fixture("portal-noninteractive.json");
    let truncated = json.get(..json.len() / 2).expect("long enough");
    let parsed = exo_auth_analyzer::parse::parse(truncated);
    assert!(parsed.usage.sources.first().is_some_and(|s| s.records >= 1 && s.records < 6), "{:?}", parsed.usage.sources);
    assert!(parsed.diagnostics.iter().any(|d| d.code() == "cut-off"));
    // Prose with a comma is not a sign-in export.
    assert!(exo_auth_analyzer::parse::parse("User, Status\nthe printer, failed again\n").usage.sources.is_empty());
}

#[test]
fn redaction_replaces_accounts_names_addresses_user_agents_and_places() {
    let text = [fixture("transcript-scanner.txt"), fixture("portal-interactive.csv"), fixture("portal-noninteractive.json")].join("\n");
    let context = Context::new(Date::parse("2026-12-01").expect("date"));
    let (parsed, report) = exo_auth_analyzer::remedy::analyze(&text, &context);
    let redactor = exo_auth_analyzer::redact::Redactor::new(&text, &parsed);
    let shown = serde_json::to_string(&redactor.report(report)).expect("serialisable");
    for secret in ["scanner", "contoso", "Scanner 3rd floor", "Alice Anders", "192.0.2.", "2001:db8", "Seattle", "KHTML"] {
        assert!(!shown.contains(secret), "{secret} survives redaction");
    }
    assert!(shown.contains("BAV2ROPC"), "the legacy flow's name stays readable");
}

#[test]
fn client_errors_name_their_line_protocol_cause_and_layer() {
    let report = report_of(&fixture("client-errors.txt"), "2026-12-01");
    let found: Vec<(u64, String, String)> = report["symptoms"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| (s["line"].as_u64().unwrap_or(0), s["protocol"].as_str().unwrap_or("").to_string(), s["cause"].as_str().unwrap_or("").to_string()))
        .collect();
    let want = [
        (4, "smtp", "smtp-auth-disabled-tenant"),
        (6, "smtp", "smtp-auth-disabled-mailbox"),
        (8, "smtp", "basic-auth-disabled"),
        (10, "smtp", "security-defaults"),
        (12, "smtp", "conditional-access"),
        (14, "smtp", "bad-credentials"),
        (16, "smtp", "generic-auth-failure"),
        (18, "smtp", "not-authenticated"),
        (20, "smtp", "send-as-denied"),
        (22, "smtp", "legacy-tls"),
        (24, "smtp", "basic-auth-retired"),
        (26, "imap", "basic-auth-retired"),
        (28, "pop", "bad-credentials"),
        (40, "smtp", "basic-auth-disabled"),
        (43, "smtp", "smtp-auth-disabled-tenant"),
        (49, "smtp", "generic-auth-failure"),
    ];
    assert_eq!(found, want.map(|(l, p, c)| (l, p.to_string(), c.to_string())));
    let tenant = &report["symptoms"][0];
    assert_eq!((tenant["layer"].as_str(), tenant["rule"].as_str()), (Some("tenant-switch"), Some("SA3")));
    let first_fix = tenant["commands"][0]["command"].as_str().unwrap_or_default();
    assert!(first_fix.starts_with("Set-CASMailbox -Identity '<mailbox of the device or app>'"), "per mailbox first: {first_fix}");
}

#[test]
fn an_error_is_explained_consistently_with_the_pasted_settings() {
    let text = format!("{}\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\n", fixture("transcript-scanner.txt"));
    let report = report_of(&text, "2026-12-01");
    assert_eq!(report["symptoms"][0]["consistent"], false, "the transcript shows the tenant switch False");
}

#[test]
fn logs_of_two_tenants_are_said_to_be_mixed() {
    let portal = fixture("portal-interactive.csv");
    let other = portal.replace("5f8c2a1e-7b3d-4e9a-9c61-0a2b3c4d5e6f", "0b9e8d7c-6a5b-4c3d-8e2f-1a0b9c8d7e6f");
    let across = exo_auth_analyzer::parse::parse(&format!("{portal}\n{other}"));
    let mixed: Vec<u32> = across.diagnostics.iter().filter(|d| d.code() == "evidence-tenants-mixed").map(|d| d.line).collect();
    assert_eq!(mixed, [14], "the second export, at line 14, names the other tenant");
    let mut rows: Vec<&str> = other.lines().collect();
    rows.insert(2, portal.lines().nth(1).unwrap_or_default());
    let within = exo_auth_analyzer::parse::parse(&rows.join("\n"));
    assert_eq!(within.diagnostics.iter().filter(|d| d.code() == "evidence-tenants-mixed").map(|d| d.line).collect::<Vec<_>>(), [3]);
    assert_eq!(within.usage.sources.first().map(|s| s.records), Some(12), "every row is still read");
}

#[test]
fn an_unreadable_message_count_is_said_and_an_empty_one_is_none() {
    let report = "Sender address,Messages sent,Authentication protocol\na@b.c,n/a,Basic\nb@b.c,,Basic\nc@b.c,\"1,234\",Basic\n";
    let parsed = exo_auth_analyzer::parse::parse(report);
    let counts: Vec<(&str, u64)> = parsed.usage.rows.iter().map(|r| (&*r.account, r.count)).collect();
    assert_eq!(counts, [("a@b.c", 0), ("b@b.c", 0), ("c@b.c", 1234)]);
    let unreadable: Vec<_> = parsed.diagnostics.iter().filter(|d| d.code() == "evidence-count-unreadable").collect();
    assert_eq!(unreadable.len(), 1, "{:?}", parsed.diagnostics);
    assert!(matches!(unreadable[0].kind, exo_auth_analyzer::parse::DiagnosticKind::CountUnreadable { start: 1, count: 1 }) && unreadable[0].line == 2, "{:?}", unreadable[0]);
}
