//! What a new admin trips over with files and real pastes (issue 22, points 1, 2, 9, 10 and the
//! German words of the chips): files read each on its own, every file named with what was read
//! from it, the unflattened Graph export answered with the command that flattens it, a command
//! line without its prompt, and forum decoration beside a table.

#[path = "fixtures/binary.rs"]
mod binary;

use binary::run_binary;
use exo_auth_analyzer::parse::{parse, ObjectKind, SourceKind};
use exo_auth_analyzer::rules::{Context, Date};
use exo_auth_analyzer::wording::{self, Lang};

const GRAPH_SIGNINS: &str = "../shared/evidence-samples/001-graph-auditlogs-signins-list-response.json";
const USAGE_JSON: &str = "../shared/evidence-samples/009-graph-emailappusage-userdetail-beta-json.json";
const FLATTEN: &str = "@{n='ErrorCode';e={$_.Status.ErrorCode}}";

fn path(relative: &str) -> String {
    format!("{}/{relative}", env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> (String, String) {
    let output = run_binary(args, b"");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    (String::from_utf8_lossy(&output.stdout).into_owned(), String::from_utf8_lossy(&output.stderr).into_owned())
}

/// A file of its own in the temporary directory, named `name`.
fn temp_file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("trip-ups-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    let file = dir.join(name);
    std::fs::write(&file, text).expect("written");
    file.to_string_lossy().into_owned()
}

fn evidence_kinds(files: &[&str]) -> Vec<String> {
    let mut args = vec!["check", "--format", "json", "--as-of", "2026-12-01"];
    args.extend_from_slice(files);
    let (stdout, _) = run(&args);
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let mut kinds: Vec<String> = report["evidence"].as_array().into_iter().flatten().map(|e| e["kind"].as_str().unwrap_or("").to_string()).collect();
    kinds.sort();
    kinds
}

#[test]
fn p1_two_files_are_each_classified_on_their_own_in_either_order() {
    let (signins, usage) = (path(GRAPH_SIGNINS), path(USAGE_JSON));
    assert_eq!(evidence_kinds(&[&signins, &usage]), ["email-apps-usage", "graph-signins"], "sign-ins opened first");
    assert_eq!(evidence_kinds(&[&usage, &signins]), ["email-apps-usage", "graph-signins"], "usage report opened first");
}

#[test]
fn p1_two_documents_in_one_paste_are_each_classified_on_their_own() {
    let read = |p: &str| std::fs::read_to_string(path(p)).expect("sample");
    let paste = format!("{}\n{}", read(GRAPH_SIGNINS), read(USAGE_JSON));
    let kinds: Vec<SourceKind> = parse(&paste).usage.sources.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [SourceKind::GraphSignins, SourceKind::EmailAppsUsage]);
}

#[test]
fn p1_a_file_hands_neither_its_command_nor_its_object_to_the_next() {
    // The first file ends in the middle of a transcript; the second is a user's Format-List.
    let cas = temp_file("cas.txt", "PS C:\\> Get-EXOCasMailbox -Identity scanner@contoso.com | Format-List\n\nPrimarySmtpAddress : scanner@contoso.com\nPopEnabled         : True");
    let user = temp_file("user.txt", "UserPrincipalName    : bob@contoso.com\nAuthenticationPolicy : Block Basic Auth\n");
    let (stdout, _) = run(&["parse", "--format", "json", &cas, &user]);
    let parsed: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let objects: Vec<(String, serde_json::Value)> = parsed["objects"].as_array().into_iter().flatten().map(|o| (o["kind"].as_str().unwrap_or("").to_string(), o["cmdlet"].clone())).collect();
    assert_eq!(objects, [("CasMailbox".to_string(), serde_json::json!("Get-EXOCasMailbox")), ("User".to_string(), serde_json::Value::Null)], "{stdout}");
}

#[test]
fn p2_every_file_is_named_with_what_was_read_from_it_or_why_nothing() {
    let notes = temp_file("notes.txt", "Hi, the scanner stopped sending yesterday.\nCan you have a look?\n");
    let log = path("tests/fixtures/evidence/portal-interactive.csv");
    let (stdout, stderr) = run(&["check", "--as-of", "2026-12-01", &notes, &log]);
    assert!(stdout.contains("\n  notes.txt: nothing here was recognised"), "{stdout}");
    assert!(stdout.contains("\n  portal-interactive.csv: Entra sign-in log: 11 rows, 2026-11-20 to 2026-11-26"), "{stdout}");
    assert!(stderr.contains("notes.txt: nothing here was recognised"), "{stderr}");
}

#[test]
fn p2_with_names_hidden_files_are_numbered_not_named() {
    // A file's name may name the tenant or a person: redaction covers it like the rest.
    let notes = temp_file("fabrikam-notes.txt", "Hi, the scanner stopped sending yesterday.\n");
    let log = path("tests/fixtures/evidence/portal-interactive.csv");
    let (stdout, stderr) = run(&["check", "--redact", "--as-of", "2026-12-01", &notes, &log]);
    assert!(stdout.contains("\n  file 1: nothing here was recognised") && stdout.contains("\n  file 2: Entra sign-in log"), "{stdout}");
    assert!(!stdout.contains("fabrikam") && !stderr.contains("fabrikam") && !stdout.contains("portal-interactive"), "{stdout}{stderr}");
}

#[test]
fn p2_a_recognised_error_line_is_not_called_skipped() {
    let parsed = parse("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\n");
    assert_eq!(parsed.usage.symptoms.len(), 1);
    assert!(parsed.diagnostics.iter().all(|d| d.code() != "unrecognised-block"), "{:#?}", parsed.diagnostics);
}

#[test]
fn p9_an_unflattened_graph_export_gets_the_command_that_flattens_it_and_no_type_name() {
    let export = path("tests/fixtures/evidence/mg-signin-export.csv");
    for format in ["text", "markdown"] {
        let (stdout, _) = run(&["check", "--format", format, "--as-of", "2026-12-01", &export]);
        assert!(!stdout.contains("paste the Entra sign-in log"), "{format}: asks for what was pasted:\n{stdout}");
        assert!(stdout.contains(FLATTEN), "{format}: no flattening command:\n{stdout}");
        assert!(!stdout.contains("Microsoft.Graph.PowerShell.Models"), "{format}: a type name shown as a value:\n{stdout}");
    }
}

#[test]
fn p10a_a_command_line_without_its_prompt_names_the_cmdlet() {
    let output = "PrimarySmtpAddress : scanner@contoso.com\nPopEnabled         : True\n";
    let indented: String = output.lines().map(|l| format!("    {l}\n")).collect();
    for paste in [
        format!("Here is what I get:\n\n    Get-CASMailbox -Identity scanner@contoso.com | Format-List PrimarySmtpAddress,PopEnabled\n\n{indented}"),
        format!("Here is what I get:\nGet-CASMailbox -Identity scanner@contoso.com | fl PrimarySmtpAddress,PopEnabled\n\n{output}"),
    ] {
        let parsed = parse(&paste);
        let cmdlets: Vec<Option<&str>> = parsed.records.iter().map(|r| r.cmdlet.as_deref()).collect();
        assert_eq!(cmdlets, [Some("Get-CASMailbox")], "{paste}");
    }
}

#[test]
fn p10b_a_markdown_image_beside_a_table_is_no_value_and_no_row() {
    let head = "Name    PopEnabled ImapEnabled SmtpClientAuthenticationDisabled\n----    ---------- ----------- --------------------------------\n";
    for paste in [
        format!("{head}scanner True       True        ![image](https://i.stack.imgur.com/abc.png)\n"),
        format!("{head}scanner True       True\n![image](https://i.stack.imgur.com/abc.png)\n"),
    ] {
        let parsed = parse(&paste);
        assert_eq!(parsed.records.len(), 1, "{paste}\n{:#?}", parsed.records);
        let record = &parsed.records[0];
        assert_eq!(record.kind, ObjectKind::CasMailbox);
        let smtp = record.get("SmtpClientAuthenticationDisabled").expect("column");
        assert_eq!(&*smtp.raw, "", "{paste}");
        assert!(record.properties.iter().all(|p| !p.raw.contains("![")), "{paste}");
    }
}

#[test]
fn p12_the_rows_of_a_log_are_entries_in_german_not_lines() {
    let text = std::fs::read_to_string(path("tests/fixtures/evidence/portal-interactive.csv")).expect("fixture");
    let (_, report) = exo_auth_analyzer::remedy::analyze(&text, &Context::new(Date::parse("2026-12-01").expect("date")));
    let said = wording::source(Lang::De, &report.evidence[0]);
    assert_eq!(said, "Entra-Anmeldeprotokoll (Zeile 1): 11 Einträge, 2026-11-20 bis 2026-11-26");
}
