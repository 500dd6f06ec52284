//! Message traces as evidence of whether an account mails outside the organization (issue 21),
//! from the constructed fixtures of `tests/fixtures/message-trace/` (its README lists each
//! file's facts): every shape read to the same messages, the bad inputs said, and the way out
//! of the accounts they show, through the same report the CLI prints, with and without
//! `Get-AcceptedDomain`.

use serde_json::{Value, json};

use exo_auth_analyzer::model::{Evidence, EvidenceBuild, accounts};
use exo_auth_analyzer::parse::{Diagnostic, ObjectKind, Parsed, SourceKind, decode, parse};
use exo_auth_analyzer::rules::{Context, Date};
use exo_auth_analyzer::wording::{self, Lang};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    decode(&std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
}

fn trace(name: &str) -> String {
    fixture(&format!("message-trace/{name}"))
}

/// The trace rows of one sender: recipient, time and status.
fn rows_of(parsed: &Parsed, sender: &str) -> Vec<(Option<String>, Option<i64>, Option<String>)> {
    parsed
        .usage
        .traces
        .iter()
        .filter(|r| r.sender.eq_ignore_ascii_case(sender))
        .map(|r| (r.recipient.as_deref().map(str::to_string), r.at, r.status.as_deref().map(str::to_string)))
        .collect()
}

fn codes(parsed: &Parsed) -> Vec<&'static str> {
    parsed.diagnostics.iter().map(|d| d.code()).collect()
}

fn diagnostic<'a>(parsed: &'a Parsed, code: &str) -> &'a Diagnostic {
    parsed.diagnostics.iter().find(|d| d.code() == code).unwrap_or_else(|| panic!("no {code} in {:#?}", parsed.diagnostics))
}

const SCANNER: [(&str, i64); 4] = [
    ("alice@contoso.com", 1_795_853_731),
    ("accounting@fabrikam.com", 1_795_795_330),
    ("bob@contoso.com", 1_795_686_065),
    ("alice@contoso.com", 1_795_519_244),
];

#[test]
fn every_shape_reads_to_the_same_messages() {
    let want: Vec<(Option<String>, Option<i64>, Option<String>)> = SCANNER.iter().map(|(r, at)| (Some(r.to_string()), Some(*at), Some("Delivered".into()))).collect();
    for (name, line) in [("scanner-table.txt", 8), ("scanner-51.csv", 3), ("scanner-7.csv", 2), ("scanner-de.csv", 3), ("scanner-51.json", 2), ("trace-7.json", 2)] {
        let parsed = parse(&trace(name));
        assert_eq!(rows_of(&parsed, "scanner@contoso.com"), want, "{name}");
        let [source] = parsed.usage.sources.as_slice() else { panic!("{name}: {:#?}", parsed.usage.sources) };
        let records = if name == "trace-7.json" { 5 } else { 4 };
        assert_eq!((source.kind, source.line, source.records), (SourceKind::MessageTrace, line, records), "{name}");
        assert_eq!((source.from, source.to), (Some(1_795_519_244), Some(1_795_853_731)), "{name}");
        assert!(parsed.records.is_empty(), "{name}: the trace's records were taken: {:#?}", parsed.records);
        assert!(codes(&parsed).iter().all(|c| !c.starts_with("message-trace-")), "{name}: {:#?}", parsed.diagnostics);
    }
}

#[test]
fn a_format_list_trace_in_the_british_culture() {
    let parsed = parse(&trace("printer-list.txt"));
    assert_eq!(
        rows_of(&parsed, "printer@contoso.com"),
        [(Some("team@northwind.example".into()), Some(1_795_773_912), Some("Delivered".into())), (Some("alice@contoso.com".into()), Some(1_795_698_000), Some("Delivered".into()))]
    );
    assert_eq!(parsed.usage.sources.len(), 1);
    assert_eq!((parsed.usage.sources[0].line, parsed.usage.sources[0].records), (6, 2));
}

#[test]
fn values_cut_by_format_table_and_recipients_without_a_domain_are_unreadable() {
    let parsed = parse(&trace("scanner-table-51-cut.txt"));
    let recipients: Vec<Option<String>> = rows_of(&parsed, "scanner@contoso.com").into_iter().map(|(r, _, _)| r).collect();
    assert_eq!(recipients, [Some("alice@contoso.com".into()), None, Some("bob@contoso.com".into()), Some("alice@contoso.com".into()), None]);
    let unreadable = diagnostic(&parsed, "message-trace-recipient-unreadable");
    assert_eq!(unreadable.line, 10);
    let said = wording::diagnostic(Lang::En, unreadable);
    assert!(said.starts_with("2 recipient(s) of the message trace at line 9"), "{said}");
}

#[test]
fn a_row_cut_mid_row_is_left_out_and_the_rows_before_it_are_used() {
    for (name, line) in [("cut-mid-row.csv", 5), ("cut-mid-row-table.txt", 11)] {
        let parsed = parse(&trace(name));
        let recipients: Vec<Option<String>> = rows_of(&parsed, "scanner@contoso.com").into_iter().map(|(r, _, _)| r).collect();
        assert_eq!(recipients, [Some("alice@contoso.com".into()), Some("accounting@fabrikam.com".into()), Some("bob@contoso.com".into())], "{name}");
        assert_eq!(parsed.usage.sources[0].records, 3, "{name}");
        let cut = diagnostic(&parsed, "message-trace-row-cut");
        assert_eq!(cut.line, line, "{name}: {cut:?}");
        assert!(codes(&parsed).iter().all(|c| *c != "message-trace-recipient-unreadable"), "{name}: the cut value is not read");
    }
}

/// A `Get-MessageTraceV2 … -ResultSize 5000 | Export-Csv` of `rows` messages, PowerShell 7.
fn long_trace(rows: usize) -> String {
    let mut text = String::from("\"Received\",\"SenderAddress\",\"RecipientAddress\",\"Subject\",\"Status\"\n");
    for i in 0..rows {
        text.push_str(&format!("\"2026-11-{:02}T{:02}:{:02}:00Z\",\"app-mailer@contoso.com\",\"customer{i}@fabrikam.com\",\"Order {i}\",\"Delivered\"\n", 20 + i % 10, i / 60 % 24, i % 60));
    }
    text
}

#[test]
fn a_trace_of_exactly_5000_messages_may_be_cut_off() {
    let parsed = parse(&long_trace(5000));
    assert_eq!(parsed.usage.traces.len(), 5000);
    let capped = diagnostic(&parsed, "message-trace-capped");
    assert_eq!(capped.line, 2);
    let (said, gesagt) = (wording::diagnostic(Lang::En, capped), wording::diagnostic(Lang::De, capped));
    assert!(said.contains("exactly 5000 messages") && gesagt.contains("kürzere Zeiträume"), "{said}\n{gesagt}");
    for rows in [4999, 5001] {
        assert!(!codes(&parse(&long_trace(rows))).contains(&"message-trace-capped"), "{rows}");
    }
}

#[test]
fn accepted_domains_and_reject_direct_send_are_recognised() {
    let domains = parse(&trace("accepted-domains.txt"));
    assert_eq!(domains.records.len(), 3);
    assert!(domains.records.iter().all(|r| r.kind == ObjectKind::AcceptedDomain), "{:#?}", domains.records);
    let org = parse(&trace("orgconfig-rejectdirectsend.txt"));
    assert_eq!(org.records.len(), 1);
    assert_eq!(org.records[0].kind, ObjectKind::OrganizationConfig);
    // Without the prompt line, the one property still tells the cmdlet.
    let bare = parse("RejectDirectSend : True\n");
    assert_eq!((bare.records[0].kind, bare.diagnostics.len()), (ObjectKind::OrganizationConfig, 0));
}

fn report_of(names: &[&str]) -> Value {
    let text: Vec<String> = names.iter().map(|n| fixture(n)).collect();
    let context = Context::new(Date::parse("2026-12-01").expect("date"));
    let (_, report) = exo_auth_analyzer::remedy::analyze(&text.join("\n"), &context);
    serde_json::to_value(&report).expect("serialisable")
}

fn mailbox<'a>(report: &'a Value, identity: &str) -> &'a Value {
    report["mailboxes"].as_array().into_iter().flatten().find(|m| m["identity"].as_str().is_some_and(|i| i.eq_ignore_ascii_case(identity))).unwrap_or_else(|| panic!("no mailbox {identity} in {report:#}"))
}

fn fit<'a>(way_out: &'a Value, path: &str) -> (&'a Value, &'a Value) {
    let path = way_out["paths"].as_array().into_iter().flatten().find(|p| p["path"] == path).unwrap_or_else(|| panic!("no path {path} in {way_out:#}"));
    (&path["fit"], &path["why"])
}

const SIGN_INS: &str = "evidence/portal-interactive.csv";

#[test]
fn a_scanner_that_mails_outside_fits_neither_hve_nor_direct_send() {
    for with_accepted in [false, true] {
        let mut names = vec![SIGN_INS, "message-trace/scanner-table.txt", "message-trace/printer-list.txt"];
        if with_accepted {
            names.push("message-trace/accepted-domains.txt");
        }
        let report = report_of(&names);
        let domains_from = if with_accepted { "accepted-domains" } else { "pasted-mailboxes" };
        let scanner = &mailbox(&report, "scanner@contoso.com")["way_out"];
        assert_eq!(
            scanner["traffic"],
            json!({"messages": 4, "recipients": 3, "outside": 1, "first": "2026-11-24T11:20:44Z", "last": "2026-11-28T08:15:31Z", "domains_from": domains_from}),
            "{scanner:#}"
        );
        assert_eq!((&scanner["sends_outside"], &scanner["outside_from"]), (&json!(true), &json!("message-trace")));
        assert_eq!(fit(scanner, "hve"), (&json!("no"), &json!("sends-outside")));
        assert_eq!(fit(scanner, "direct-send"), (&json!("no"), &json!("sends-outside")));
        // The printer mails a team in northwind.example: an accepted domain, which no pasted
        // mailbox is in. Only Get-AcceptedDomain tells that it is inside.
        let printer = &mailbox(&report, "printer@contoso.com")["way_out"];
        assert_eq!(printer["traffic"]["domains_from"], domains_from);
        assert_eq!(printer["traffic"]["outside"], if with_accepted { 0 } else { 1 });
        assert_eq!(printer["sends_outside"], json!(!with_accepted), "{printer:#}");
        assert_eq!(fit(printer, "hve").1, if with_accepted { "internal-only" } else { "sends-outside" }, "{printer:#}");
        // Accounts without a trace have no traffic, and nothing says whether they send outside.
        let bob = &mailbox(&report, "bob@contoso.com")["way_out"];
        assert!(bob.is_null() || bob["outside_from"] == "unknown", "{bob:#}");
    }
}

#[test]
fn reject_direct_send_rules_direct_send_out_for_an_internal_sender() {
    let report = report_of(&[SIGN_INS, "message-trace/printer-list.txt", "message-trace/accepted-domains.txt", "message-trace/orgconfig-rejectdirectsend.txt"]);
    let printer = &mailbox(&report, "printer@contoso.com")["way_out"];
    assert_eq!(printer["sends_outside"], json!(false));
    assert_eq!(fit(printer, "direct-send"), (&json!("no"), &json!("direct-send-rejected")), "{printer:#}");
}

#[test]
fn the_trace_is_evidence_read_but_no_evidence_of_sign_ins() {
    let report = report_of(&["message-trace/trace-7.json"]);
    let evidence = &report["evidence"];
    assert_eq!(evidence.as_array().map(Vec::len), Some(1), "{evidence:#}");
    assert_eq!(
        (&evidence[0]["kind"], &evidence[0]["records"], &evidence[0]["from"], &evidence[0]["to"], &evidence[0]["line"]),
        (&json!("message-trace"), &json!(5), &json!("2026-11-24T11:20:44Z"), &json!("2026-11-28T08:15:31Z"), &json!(2))
    );
    // No mailbox or account was pasted: both senders are strangers, and none becomes a mailbox.
    assert_eq!(evidence[0]["senders_not_in_paste"], 2);
    assert_eq!(report["mailboxes"], json!([]));
    assert!(report.get("december_summary").is_none(), "a message trace shows no sign-ins: {report:#}");
    assert_eq!((&report["environment"], &report["environment_from"]), (&json!("exchange-online"), &json!("message-trace")));
    // With the sign-in log, the scanner is an account of the paste; news@tailspin.example is not.
    let both = report_of(&[SIGN_INS, "message-trace/trace-7.json"]);
    let trace = both["evidence"].as_array().into_iter().flatten().find(|e| e["kind"] == "message-trace").cloned().unwrap_or_default();
    assert_eq!(trace["senders_not_in_paste"], 1);
    assert!(both.get("december_summary").is_some());
}

#[test]
fn the_evidence_built_in_steps_is_the_evidence_built_at_once() {
    let names = [SIGN_INS, "message-trace/accepted-domains.txt", "message-trace/trace-7.json", "message-trace/printer-list.txt", "message-trace/scanner-table-51-cut.txt"];
    let text: Vec<String> = names.iter().map(|n| fixture(n)).collect();
    let parsed = parse(&text.join("\n"));
    let at_once = Evidence::from_parsed(&parsed);
    assert_eq!(at_once.domains.domains.len(), 3);
    let scanner = at_once.mailboxes.iter().find(|m| m.identities.best() == Some("scanner@contoso.com")).and_then(|m| m.traffic.as_deref()).expect("the scanner's traffic");
    // Both traces of it, each message once: the 5.1 table's alice and bob rows are the JSON's;
    // its cut recipient and `undisclosed` are 2 messages more, to recipients not printed whole.
    assert_eq!((scanner.messages, scanner.recipients.len(), scanner.unreadable_recipients), (6, 3, 2));
    for step in [1, 2, 7] {
        let mut building = EvidenceBuild::new(&parsed, accounts(&parsed.usage));
        let mut steps = 0;
        while !building.step(&parsed, step) {
            steps += 1;
            assert!(steps < 10_000, "no progress");
        }
        assert_eq!(building.finish(&parsed), at_once, "steps of {step}");
    }
}

mod properties {
    use exo_auth_analyzer::parse::{PartedParse, civil_from_days, parse};
    use proptest::prelude::*;

    /// One message: sender (of three), recipient's local part and domain, seconds into November.
    type Message = (usize, String, String, i64);

    /// `11/20/2026 8:15:31 AM`: en-US, which every date tells by itself.
    fn us(at: i64) -> String {
        let (year, month, day) = civil_from_days(at.div_euclid(86_400));
        let second = at.rem_euclid(86_400);
        let hour = second / 3600;
        format!("{month}/{day}/{year} {}:{:02}:{:02} {}", (hour + 11) % 12 + 1, second / 60 % 60, second % 60, if hour < 12 { "AM" } else { "PM" })
    }

    fn address((sender, local, domain, _): &Message) -> (String, String) {
        (format!("device{sender}@contoso.com"), format!("{local}@{domain}"))
    }

    /// The messages as `Format-List` (en-US dates), `Export-Csv` (ISO) or 5.1 `ConvertTo-Json`.
    fn format(messages: &[Message], shape: u8) -> String {
        let mut text = String::new();
        match shape {
            0 => {
                for message in messages {
                    let (sender, recipient) = address(message);
                    text.push_str(&format!("Received         : {}\nSenderAddress    : {sender}\nRecipientAddress : {recipient}\nStatus           : Delivered\n\n", us(message.3)));
                }
            }
            1 => {
                text.push_str("\"Received\",\"SenderAddress\",\"RecipientAddress\",\"Status\"\n");
                for message in messages {
                    let (sender, recipient) = address(message);
                    let (year, month, day) = civil_from_days(message.3.div_euclid(86_400));
                    let second = message.3.rem_euclid(86_400);
                    text.push_str(&format!("\"{year}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z\",\"{sender}\",\"{recipient}\",\"Delivered\"\n", second / 3600, second / 60 % 60, second % 60));
                }
            }
            _ => {
                let objects: Vec<String> = messages
                    .iter()
                    .map(|message| {
                        let (sender, recipient) = address(message);
                        format!("    {{\n        \"Received\":  \"\\/Date({})\\/\",\n        \"SenderAddress\":  \"{sender}\",\n        \"RecipientAddress\":  \"{recipient}\",\n        \"Status\":  \"Delivered\"\n    }}", message.3 * 1000)
                    })
                    .collect();
                text = format!("[\n{}\n]\n", objects.join(",\n"));
            }
        }
        text
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn any_trace_reads_back_whole_and_in_parts(
            messages in prop::collection::vec((0usize..3, "[a-zA-Z]{1,8}", "[a-z]{1,6}(\\.[a-z]{2,3})?", 1_793_491_200i64..1_796_083_200), 1..30),
            shape in 0u8..3,
            budget in 16usize..600,
        ) {
            let text = format(&messages, shape);
            let whole = parse(&text);
            prop_assert_eq!(whole.usage.traces.len(), messages.len(), "{}", text);
            for (row, message) in whole.usage.traces.iter().zip(&messages) {
                let (_, recipient) = address(message);
                let expected = message.2.contains('.').then(|| recipient.to_ascii_lowercase());
                prop_assert_eq!(row.recipient.as_deref(), expected.as_deref());
                prop_assert_eq!(row.at, Some(message.3));
            }
            let mut parts = PartedParse::new();
            let mut steps = 0;
            while !parts.step(&text, budget) {
                steps += 1;
                prop_assert!(steps < 100_000);
            }
            let parted = parts.finish();
            prop_assert_eq!(&parted.usage.traces, &whole.usage.traces);
            prop_assert_eq!(&parted.usage.sources, &whole.usage.sources);
        }
    }
}
