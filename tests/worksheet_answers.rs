//! The worksheet read back as the admin's answers: written from a sign-in log, edited as an
//! admin would in a spreadsheet, read again with the log (or alone), through the library and
//! the command line; every bad cell said with its line, everything else used.

#[path = "fixtures/binary.rs"]
mod binary;

use serde_json::{Value, json};

use exo_auth_analyzer::export::worksheet_csv;
use exo_auth_analyzer::model::Evidence;
use exo_auth_analyzer::parse::{diagnostic_code as code, parse, Answer, AnswerRow, Parsed, PartedParse, Sender};
use exo_auth_analyzer::remedy::{analyze, Report};
use exo_auth_analyzer::rules::{Context, Date};
use exo_auth_analyzer::wording::{self, Lang};

const AS_OF: &str = "2026-12-01";

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/evidence/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    exo_auth_analyzer::parse::decode(&bytes)
}

/// The sign-in log and the scanner's settings the worksheet is made from.
fn log() -> String {
    format!("{}\n{}", fixture("transcript-scanner.txt"), fixture("portal-interactive.csv"))
}

fn report(text: &str) -> (Parsed, Report) {
    analyze(text, &Context::new(Date::parse(AS_OF).expect("date")))
}

fn sheet_of(text: &str) -> String {
    worksheet_csv(&report(text).1, &Default::default(), Lang::En)
}

fn json_of(report: &Report) -> Value {
    serde_json::to_value(report).expect("serialisable")
}

fn way_out<'a>(report: &'a Value, account: &str) -> &'a Value {
    let mailbox = report["mailboxes"].as_array().into_iter().flatten().find(|m| m["identity"] == account).unwrap_or_else(|| panic!("no {account} in {report:#}"));
    &mailbox["way_out"]
}

/// `(recommended, sender, sender_from, sends_outside, outside_from)` of an account's plan.
fn plan(report: &Value, account: &str) -> (Value, Value, Value, Value, Value) {
    let w = way_out(report, account);
    (w["recommended"].clone(), w["sender"].clone(), w["sender_from"].clone(), w["sends_outside"].clone(), w["outside_from"].clone())
}

/// The sheet as a spreadsheet saves it after an admin set `(account, column, value)`: through
/// the `csv` crate's writer, with `delimiter`.
fn edit(sheet: &str, delimiter: u8, edits: &[(&str, &str, &str)]) -> String {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(sheet.as_bytes());
    let rows: Vec<Vec<String>> = reader.records().map(|r| r.expect("a record").iter().map(String::from).collect()).collect();
    let header = rows.first().expect("a header").clone();
    let mut writer = csv::WriterBuilder::new().delimiter(delimiter).from_writer(Vec::new());
    for mut row in rows {
        for (account, column, value) in edits {
            let at = header.iter().position(|h| h == column).unwrap_or_else(|| panic!("no column {column}"));
            if row.first().is_some_and(|a| a == account) {
                row[at] = value.to_string();
            }
        }
        writer.write_record(&row).expect("written");
    }
    String::from_utf8(writer.into_inner().expect("flushed")).expect("UTF-8")
}

/// The cell of `column` in `account`'s row.
fn cell(sheet: &str, account: &str, column: &str) -> String {
    let mut reader = csv::ReaderBuilder::new().from_reader(sheet.as_bytes());
    let at = reader.headers().expect("header").iter().position(|h| h == column).unwrap_or_else(|| panic!("no column {column}"));
    let row = reader.records().map(|r| r.expect("a record")).find(|r| r.get(0) == Some(account)).unwrap_or_else(|| panic!("no {account} in {sheet}"));
    row.get(at).unwrap_or_default().to_string()
}

fn worksheet_codes(parsed: &Parsed) -> Vec<&'static str> {
    parsed.diagnostics.iter().map(|d| d.code()).filter(|c| c.starts_with("worksheet-")).collect()
}

const STATUS: &str = "ordered OAuth app; ticket 4711, \"urgent\"";

/// The sheet of the log, with the scanner answered as an app, the printer as sending inside only.
fn answered_sheet() -> String {
    edit(&sheet_of(&log()), b',', &[("scanner@contoso.com", "Sender", "app"), ("scanner@contoso.com", "Status", STATUS), ("printer@contoso.com", "Sends outside", "no")])
}

#[test]
fn the_answers_of_a_sheet_read_back_with_the_log_change_the_plans() {
    let before = json_of(&report(&log()).1);
    assert_eq!(plan(&before, "scanner@contoso.com"), (json!("relay-connector"), json!("device"), json!("likely"), json!(null), json!("unknown")));
    assert_eq!(plan(&before, "printer@contoso.com").0, json!("ask"));

    let (parsed, after) = report(&format!("{}\n{}", log(), answered_sheet()));
    assert_eq!(parsed.diagnostics.iter().filter(|d| d.code().starts_with("worksheet-") || d.code() == code::EVIDENCE_ROW_CUT).count(), 0, "{:?}", parsed.diagnostics);
    assert_eq!(parsed.answers.len(), 2);
    let after = json_of(&after);
    assert_eq!(plan(&after, "scanner@contoso.com"), (json!("oauth-app-only"), json!("app"), json!("answer"), json!(null), json!("unknown")));
    assert_eq!(way_out(&after, "scanner@contoso.com")["status"], STATUS);
    assert_eq!(plan(&after, "printer@contoso.com"), (json!("hve"), json!("device"), json!("likely"), json!(false), json!("answer")));
    // Both accounts are the log's: no note, no conflict, no account twice.
    assert_eq!((after.get("notes"), after.get("conflicts")), (None, None), "{after:#}");
    assert_eq!(after["mailboxes"].as_array().map(Vec::len), before["mailboxes"].as_array().map(Vec::len));

    // The next worksheet carries the answers and the status on.
    let next = sheet_of(&format!("{}\n{}", log(), answered_sheet()));
    assert_eq!(cell(&next, "scanner@contoso.com", "Sender"), "app");
    assert_eq!(cell(&next, "scanner@contoso.com", "Recommended"), "oauth-app-only");
    assert_eq!(cell(&next, "scanner@contoso.com", "Status"), STATUS);
    assert_eq!(cell(&next, "printer@contoso.com", "Sends outside"), "no");
    assert_eq!(cell(&next, "printer@contoso.com", "Recommended"), "hve");
    assert_eq!(cell(&next, "printer@contoso.com", "Sender"), "", "a likely reading is never written as an answer");
}

#[test]
fn a_sheet_opened_before_the_log_or_right_after_it_reads_the_same() {
    let after_log = json_of(&report(&format!("{}\n{}", log(), answered_sheet())).1);
    let first = json_of(&report(&format!("{}\n{}", answered_sheet(), log())).1);
    // The log's header right under the sheet's last row ends the sheet.
    let under = format!("{}{}\n{}", answered_sheet(), fixture("portal-interactive.csv"), fixture("transcript-scanner.txt"));
    let (parsed_under, under) = report(&under);
    assert_eq!((parsed_under.answers.len(), parsed_under.usage.sources.first().map(|s| s.records)), (2, Some(11)));
    assert!(worksheet_codes(&parsed_under).is_empty(), "{:?}", parsed_under.diagnostics);
    assert_eq!(plan(&json_of(&under), "scanner@contoso.com"), plan(&after_log, "scanner@contoso.com"));
    // No blank line between them (a file without a last line break, joined by one).
    let (parsed, joined) = report(&format!("{}{}", log(), answered_sheet()));
    for shown in [&first, &json_of(&joined)] {
        for account in ["scanner@contoso.com", "printer@contoso.com"] {
            assert_eq!(plan(shown, account), plan(&after_log, account), "{account}");
        }
    }
    assert_eq!(parsed.usage.sources.first().map(|s| s.records), Some(11));
    // The log's last row ends where the sheet starts.
    assert!(parsed.diagnostics.iter().any(|d| d.code() == code::EVIDENCE_ROW_CUT), "{:?}", parsed.diagnostics);
}

#[test]
fn the_command_line_writes_the_sheet_and_reads_it_back() {
    let dir = std::env::temp_dir().join(format!("exo-auth-worksheet-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let fixtures = format!("{}/tests/fixtures/evidence", env!("CARGO_MANIFEST_DIR"));
    let (transcript, log) = (format!("{fixtures}/transcript-scanner.txt"), format!("{fixtures}/portal-interactive.csv"));
    let run = |args: &[&str]| {
        let output = binary::run_binary(&[&["check", "--as-of", AS_OF], args].concat(), b"");
        assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let sheet = run(&["--format", "worksheet", &transcript, &log]);
    assert_eq!(sheet, sheet_of(&log_text(&transcript, &log)));
    let edited = edit(&sheet, b',', &[("scanner@contoso.com", "Sender", "app"), ("scanner@contoso.com", "Status", STATUS), ("printer@contoso.com", "Sends outside", "no")]);
    let path = dir.join("worksheet.csv");
    std::fs::write(&path, &edited).expect("written");
    let path = path.to_string_lossy().into_owned();
    let document: Value = serde_json::from_str(&run(&["--format", "json", &transcript, &log, &path])).expect("JSON");
    assert_eq!(plan(&document, "scanner@contoso.com"), (json!("oauth-app-only"), json!("app"), json!("answer"), json!(null), json!("unknown")));
    assert_eq!(way_out(&document, "scanner@contoso.com")["status"], STATUS);
    assert_eq!(plan(&document, "printer@contoso.com").0, json!("hve"));
    let next = run(&["--format", "worksheet", &transcript, &log, &path]);
    assert_eq!(cell(&next, "scanner@contoso.com", "Status"), STATUS);
    // The sheet given alone lists its accounts with plans from the answers.
    let alone: Value = serde_json::from_str(&run(&["--format", "json", &path])).expect("JSON");
    assert_eq!(plan(&alone, "scanner@contoso.com").0, json!("oauth-app-only"));
    let _ = std::fs::remove_dir_all(&dir);
}

fn log_text(transcript: &str, log: &str) -> String {
    // As the command line joins its files: each decoded, then a line break.
    [transcript, log].iter().map(|p| format!("{}\n", exo_auth_analyzer::parse::decode(&std::fs::read(p).expect("readable")))).collect()
}

#[test]
fn a_sheet_alone_is_an_account_list_with_plans_from_its_answers() {
    let sheet = "Account,Sender,Sends outside,Recommended,Status\nscanner@contoso.com,device,no,ask,\napp@contoso.com,app,yes,ask,waiting for the vendor\nnobody@contoso.com,,,ask,\n";
    let (parsed, report) = report(sheet);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let shown = json_of(&report);
    let accounts: Vec<&str> = shown["mailboxes"].as_array().into_iter().flatten().filter_map(|m| m["identity"].as_str()).collect();
    assert_eq!(accounts, ["scanner@contoso.com", "app@contoso.com", "nobody@contoso.com"]);
    assert_eq!(plan(&shown, "scanner@contoso.com"), (json!("hve"), json!("device"), json!("answer"), json!(false), json!("answer")));
    assert_eq!(plan(&shown, "app@contoso.com").0, json!("oauth-app-only"));
    assert_eq!(way_out(&shown, "app@contoso.com")["status"], "waiting for the vendor");
    assert_eq!(plan(&shown, "nobody@contoso.com").0, json!("ask"), "blank answers: the plan asks");
    // Nothing else was pasted: no account is missing from it.
    assert_eq!(shown.get("notes"), None);
    let next = worksheet_csv(&report, &Default::default(), Lang::En);
    assert_eq!(cell(&next, "app@contoso.com", "Status"), "waiting for the vendor");
}

#[test]
fn a_cell_that_is_not_an_answer_is_named_and_the_rest_of_the_row_used() {
    let sheet = "Account,Sender,Sends outside,Recommended,Status\n\
                 scanner@contoso.com,printer,no,ask,asked Bob\n\
                 app@contoso.com,app,sometimes,ask,\n";
    let parsed = parse(sheet);
    let sender = parsed.diagnostics.iter().find(|d| d.code() == code::WORKSHEET_SENDER_UNKNOWN).expect("said");
    assert_eq!(sender.line, 2);
    assert_eq!(wording::diagnostic(Lang::En, sender), "Line 2: the Sender 'printer' is not one of device, app or person; what signs in as scanner@contoso.com is left unknown.");
    let outside = parsed.diagnostics.iter().find(|d| d.code() == code::WORKSHEET_OUTSIDE_UNKNOWN).expect("said");
    assert_eq!(wording::diagnostic(Lang::En, outside), "Line 3: Sends outside 'sometimes' is not yes or no; whether app@contoso.com sends outside is left unknown.");
    let row = |line: u32, account: &str, sender: Sender, sends_outside: Option<bool>, status: Option<&str>| AnswerRow { line, account: account.into(), answer: Answer { sender, sends_outside, status: status.map(Into::into) } };
    assert_eq!(parsed.answers, [row(2, "scanner@contoso.com", Sender::Unknown, Some(false), Some("asked Bob")), row(3, "app@contoso.com", Sender::App, None, None)]);
}

#[test]
fn a_row_without_an_account_or_cut_off_is_named_and_the_others_read() {
    let sheet = "Account,Sender,Sends outside,Recommended,Server,Status\n\
                 ,device,no,ask,,\n\
                 ,,,,,\n\
                 scanner@contoso.com,device\n\
                 app@contoso.com,app,no,ask,,done\n";
    let parsed = parse(sheet);
    assert_eq!(worksheet_codes(&parsed), [code::WORKSHEET_NO_ACCOUNT, code::WORKSHEET_ROW_CUT], "{:?}", parsed.diagnostics);
    let lines: Vec<u32> = parsed.diagnostics.iter().map(|d| d.line).collect();
    assert_eq!(lines, [2, 4], "a spreadsheet's empty row is no row");
    assert_eq!(wording::diagnostic(Lang::En, &parsed.diagnostics[0]), "Line 2 of the worksheet starting at line 1 has no account: its answers belong to no one and were left out.");
    assert_eq!(wording::diagnostic(Lang::En, &parsed.diagnostics[1]), "Line 4 has 2 of the 6 columns of the worksheet's header at line 1: the row is cut off; the cells it has are read, the others count as blank.");
    let accounts: Vec<(&str, Sender)> = parsed.answers.iter().map(|r| (&*r.account, r.answer.sender)).collect();
    assert_eq!(accounts, [("scanner@contoso.com", Sender::Device), ("app@contoso.com", Sender::App)]);
}

#[test]
fn the_same_account_twice_differently_is_a_conflict_and_the_later_answer_wins() {
    let sheet = "Account,Sender,Sends outside,Recommended,Status\n\
                 scanner@contoso.com,device,yes,ask,call the vendor\n\
                 app@contoso.com,app,no,ask,\n\
                 SCANNER@contoso.com,device,no,ask,\n\
                 app@contoso.com,app,no,ask,\n";
    let (parsed, report) = report(sheet);
    assert_eq!(parsed.answers.len(), 4);
    let shown = json_of(&report);
    assert_eq!(shown["conflicts"], json!([{"code": "answer-disagrees", "account": "SCANNER@contoso.com", "lines": [2, 4]}]), "the same answer twice is no conflict");
    assert_eq!(wording::conflict(Lang::En, &report.conflicts[0]), "The worksheet answers for SCANNER@contoso.com twice, differently (lines 2, 4); where they differ, the answer of line 4 is used.");
    assert_eq!(shown["mailboxes"].as_array().map(Vec::len), Some(2), "one account each");
    assert_eq!(plan(&shown, "scanner@contoso.com"), (json!("hve"), json!("device"), json!("answer"), json!(false), json!("answer")));
    assert_eq!(way_out(&shown, "scanner@contoso.com")["status"], "call the vendor", "a blank cell takes nothing away");
}

#[test]
fn an_account_the_other_inputs_do_not_name_gets_a_plan_from_the_answers_and_a_note() {
    let sheet = "Account,Sender,Sends outside,Recommended\nfax@contoso.com,device,no,ask\nscanner@contoso.com,app,,ask\n";
    let text = format!("{}\n{sheet}", log());
    let (parsed, report) = report(&text);
    let line = u32::try_from(text.lines().position(|l| l.starts_with("fax@")).expect("the row") + 1).expect("a line");
    assert_eq!(parsed.answers.first().map(|r| r.line), Some(line));
    let notes: Vec<String> = report.notes.iter().map(|n| wording::note(Lang::En, n)).collect();
    assert_eq!(notes, [format!("Line {line}: account fax@contoso.com is not in the sign-in log or the settings pasted; its plan uses your answers only.")]);
    let shown = json_of(&report);
    assert_eq!(plan(&shown, "fax@contoso.com").0, json!("hve"));
    assert_eq!(plan(&shown, "scanner@contoso.com").0, json!("oauth-app-only"));
    // Redacted, the note names no account.
    let redactor = exo_auth_analyzer::redact::Redactor::new(&text, &parsed);
    let redacted = serde_json::to_string(&redactor.report(report)).expect("serialisable");
    assert!(!redacted.contains("fax@") && !redacted.contains("contoso"), "{redacted}");
}

#[test]
fn a_sheet_saved_with_semicolons_a_bom_and_crlf_reads_as_written() {
    let sheet = answered_sheet();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(sheet.as_bytes());
    let mut writer = csv::WriterBuilder::new().delimiter(b';').terminator(csv::Terminator::CRLF).quote_style(csv::QuoteStyle::Always).from_writer(b"\xEF\xBB\xBF".to_vec());
    for record in reader.records() {
        writer.write_record(&record.expect("a record")).expect("written");
    }
    let bytes = writer.into_inner().expect("flushed");
    let decoded = exo_auth_analyzer::parse::decode(&bytes);
    let answers = |text: &str| parse(text).answers;
    let expected = answers(&sheet);
    assert_eq!(expected.len(), 2);
    assert_eq!(answers(&decoded), expected, "opened as a file");
    // Pasted: the BOM and the CRLF as they are.
    assert_eq!(answers(&String::from_utf8(bytes).expect("UTF-8")), expected);
    let with_log = json_of(&report(&format!("{}\n{decoded}", log())).1);
    assert_eq!(plan(&with_log, "scanner@contoso.com").0, json!("oauth-app-only"));
    assert_eq!(way_out(&with_log, "scanner@contoso.com")["status"], STATUS);
}

#[test]
fn a_defused_formula_comes_back_as_the_identity_it_was() {
    let paste = "SmtpClientAuthenticationDisabled : False\n\nIdentity : =cmd|' /C calc'!A0\nPopEnabled : True\nImapEnabled : True\nSmtpClientAuthenticationDisabled : False\n";
    let context = Context::new(Date::parse(AS_OF).expect("date")).with_client(exo_auth_analyzer::rules::ClientScenario::DeviceBasic);
    let sheet = worksheet_csv(&analyze(paste, &context).1, &Default::default(), Lang::En);
    assert!(sheet.lines().nth(1).is_some_and(|row| row.starts_with("'=cmd|' /C calc'!A0,")), "{sheet}");
    let edited = edit(&sheet, b',', &[("'=cmd|' /C calc'!A0", "Sender", "app"), ("'=cmd|' /C calc'!A0", "Status", "'=HYPERLINK(\"x\")")]);
    let text = format!("{paste}\n{edited}");
    let parsed = exo_auth_analyzer::parse::parse(&text);
    assert_eq!(parsed.answers.iter().map(|r| (&*r.account, r.answer.status.as_deref())).collect::<Vec<_>>(), [("=cmd|' /C calc'!A0", Some("=HYPERLINK(\"x\")"))]);
    let (_, report) = analyze(&text, &context);
    assert!(report.notes.is_empty(), "joined to the mailbox it names: {:?}", report.notes);
    assert_eq!(report.mailboxes.len(), 1);
    let next = worksheet_csv(&report, &Default::default(), Lang::En);
    assert_eq!(cell(&next, "'=cmd|' /C calc'!A0", "Sender"), "app");
    assert_eq!(cell(&next, "'=cmd|' /C calc'!A0", "Status"), "'=HYPERLINK(\"x\")", "defused again");
}

#[test]
fn a_sheet_read_in_parts_or_joined_in_steps_gives_the_same_answers() {
    let text = format!("{}\n{}", log(), answered_sheet());
    let whole = parse(&text);
    let mut parts = PartedParse::new();
    while !parts.step(&text, 300) {}
    let parted = parts.finish();
    assert_eq!(parted.answers, whole.answers);
    let at_once = Evidence::from_parsed(&whole);
    let mut building = exo_auth_analyzer::model::EvidenceBuild::new(&whole, exo_auth_analyzer::model::accounts(&whole.usage));
    while !building.step(&whole, 1) {}
    let stepped = building.finish(&whole);
    assert_eq!(stepped, at_once);
    let answered: Vec<(&str, Option<&Answer>)> = stepped.mailboxes.iter().filter(|m| m.answer.is_some()).map(|m| (m.identities.best().unwrap_or_default(), m.answer.as_deref())).collect();
    assert_eq!(answered.len(), 2, "{answered:?}");
}

#[test]
fn an_ip_address_cell_with_a_list_is_said_once_and_never_filled_in() {
    let log = "Date (UTC),Username,User,Client app,Status,Sign-in error code,IP address\n\
               2026-11-20T08:15:31Z,scanner@contoso.com,Scanner,Authenticated SMTP,Success,0,\"203.0.113.5, 198.51.100.7\"\n\
               2026-11-21T08:15:31Z,scanner@contoso.com,Scanner,Authenticated SMTP,Success,0,\"203.0.113.5, 198.51.100.7\"\n";
    let (parsed, report) = report(log);
    let said: Vec<(u32, String)> = parsed.diagnostics.iter().filter(|d| d.code() == code::EVIDENCE_IP_LIST).map(|d| (d.line, wording::diagnostic(Lang::En, d))).collect();
    assert_eq!(said, [(2, "Line 2: the IP address cell '203.0.113.5, 198.51.100.7' holds several addresses (2 row(s) of the export at line 1); such a cell never goes into a connector.".to_string())]);
    let shown = json_of(&report);
    let plan = way_out(&shown, "scanner@contoso.com");
    assert_eq!(plan["ip"], json!({"seen": "not-public-ipv4", "address": "203.0.113.5, 198.51.100.7"}));
    assert_eq!(shown["sites"], json!([]));
    let relay = plan["paths"].as_array().into_iter().flatten().find(|p| p["path"] == "relay-connector").expect("the relay path");
    assert!(!relay.to_string().contains("203.0.113.5"), "nothing filled in: {relay:#}");
}

#[test]
fn answer_rows_are_what_the_reader_gives() {
    // The public shape other crates (and the fuzz target) build on.
    let row = AnswerRow { line: 2, account: "a@b.c".into(), answer: Answer { sender: Sender::Person, sends_outside: Some(true), status: None } };
    assert_eq!(parse("Account,Sender,Sends outside,Recommended\na@b.c,person,yes,ask\n").answers, [row]);
}

mod any_sheet {
    use exo_auth_analyzer::parse::{parse, parse_sends_outside, Sender};
    use proptest::prelude::*;

    fn account() -> impl Strategy<Value = String> {
        ("[=+@-]?", "[a-z][a-z0-9.@=+-]{0,12}").prop_map(|(formula, name)| format!("{formula}{name}"))
    }

    fn status() -> impl Strategy<Value = String> {
        // What a paste keeps as it is: no `\`, `&`, `<` or `>`, which undo what chat tools do.
        // An admin's own `'=` reads as the `=` a defused formula was: left out.
        prop_oneof!["[a-zA-Z0-9 ,;\"'=+@().:/?!#%-]{0,20}", "[a-z ,;\"]{0,8}\n[a-z ]{0,8}", "[=+@-][a-z(\")]{0,8}"].prop_filter("no leading quote", |s| !s.trim().starts_with('\''))
    }

    /// A cell as the worksheet's writer defuses it.
    fn defused(cell: &str) -> String {
        if cell.starts_with(exo_auth_analyzer::parse::FORMULA_STARTS) { format!("'{cell}") } else { cell.to_string() }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn any_sheet_a_spreadsheet_saves_reads_back(
            rows in prop::collection::vec((account(), prop::sample::select(vec!["device", "App", "", "Gerät", "printer"]), prop::sample::select(vec!["yes", "NO", "", "ja", "maybe"]), status()), 1..8),
            semicolon in any::<bool>(),
            crlf in any::<bool>(),
        ) {
            let mut writer = csv::WriterBuilder::new()
                .delimiter(if semicolon { b';' } else { b',' })
                .terminator(if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
                .from_writer(Vec::new());
            writer.write_record(["Account", "Sender", "Sends outside", "Recommended", "Status"]).map_err(|e| TestCaseError::fail(e.to_string()))?;
            for (account, sender, outside, status) in &rows {
                writer.write_record([defused(account).as_str(), sender, outside, "ask", defused(status).as_str()]).map_err(|e| TestCaseError::fail(e.to_string()))?;
            }
            let text = String::from_utf8(writer.into_inner().map_err(|e| TestCaseError::fail(e.to_string()))?).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let parsed = parse(&text);
            let read: Vec<(String, Sender, Option<bool>, Option<String>)> = parsed.answers.iter().map(|r| (r.account.to_string(), r.answer.sender, r.answer.sends_outside, r.answer.status.as_deref().map(str::to_string))).collect();
            let expected: Vec<(String, Sender, Option<bool>, Option<String>)> = rows
                .iter()
                .map(|(account, sender, outside, status)| {
                    let status = status.trim();
                    (account.clone(), Sender::parse(sender).unwrap_or_default(), parse_sends_outside(outside).flatten(), (!status.is_empty()).then(|| status.to_string()))
                })
                .collect();
            prop_assert_eq!(read, expected, "{}", text);
            let bad = rows.iter().filter(|(_, sender, _, _)| *sender == "printer").count() + rows.iter().filter(|(_, _, outside, _)| *outside == "maybe").count();
            prop_assert_eq!(parsed.diagnostics.len(), bad, "{:?}", parsed.diagnostics);
        }

        #[test]
        fn never_panics_after_a_worksheet_header(tail in "(?s).{0,300}", semicolon in any::<bool>()) {
            let header = if semicolon { "Account;Sender;Sends outside;Recommended\n" } else { "Account,Sender,Sends outside,Recommended,Status\n" };
            let text = format!("{header}{tail}");
            let parsed = parse(&text);
            let lines = u32::try_from(text.split(['\n', '\r']).count()).unwrap_or(u32::MAX);
            prop_assert!(parsed.answers.iter().all(|r| r.line >= 2 && r.line <= lines && !r.account.is_empty()));
            let context = exo_auth_analyzer::rules::Context::new(exo_auth_analyzer::rules::Date::new(2026, 12, 1).unwrap_or_default());
            let report = exo_auth_analyzer::remedy::evaluate(&parsed, &context);
            let _ = exo_auth_analyzer::export::worksheet_csv(&report, &Default::default(), exo_auth_analyzer::wording::Lang::En);
        }
    }
}

#[test]
fn the_command_line_says_on_standard_error_what_it_could_not_read_in_a_sheet() {
    let sheet = "Account,Sender,Sends outside,Recommended\nscanner@contoso.com,printer,no,ask\n";
    let output = binary::run_binary(&["check", "--format", "json", "--as-of", AS_OF, "-"], sheet.as_bytes());
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr, "exo-auth-analyzer: Line 2: the Sender 'printer' is not one of device, app or person; what signs in as scanner@contoso.com is left unknown.\n");
    let document: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    // The sender left unknown, the name reads as a device; the rest of the row is used.
    assert_eq!(plan(&document, "scanner@contoso.com"), (json!("hve"), json!("device"), json!("likely"), json!(false), json!("answer")));
    let redacted = binary::run_binary(&["check", "--redact", "--as-of", AS_OF, "-"], sheet.as_bytes());
    assert!(!String::from_utf8_lossy(&redacted.stderr).contains("contoso"), "redacted there too");
}
