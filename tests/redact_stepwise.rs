//! Names hidden a few records, rows and mailboxes at a time (as the page does, so that no task
//! holds it for seconds) give exactly the report and messages hidden at once; and no learned
//! name, address or place is left anywhere in a redacted report: not in what its JSON shows,
//! nor in any field it holds (its `Debug` form shows every field, the ones the JSON builds from
//! included). A text field added to a report type and left out of its type's walk
//! (`remedy::Texts`) fails here as soon as a paste fills it.

use std::path::Path;

use exo_auth_analyzer::redact::{Redacting, Redactor};
use exo_auth_analyzer::remedy::analyze;
use exo_auth_analyzer::rules::{ClientScenario, Context, Date, Finding, MissingInput};
use exo_auth_analyzer::wording::{diagnostic, Lang};

/// Every readable text of the shared corpus, the evidence samples and the test fixtures, and all
/// of them pasted together.
fn pastes() -> Vec<String> {
    let mut pastes = Vec::new();
    for dir in ["../shared/corpus", "../shared/evidence-samples", "tests/fixtures"] {
        let mut paths: Vec<_> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)).expect(dir).flatten().map(|e| e.path()).collect();
        paths.sort();
        pastes.extend(paths.iter().filter(|p| !p.to_string_lossy().ends_with(".meta.json")).filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    assert!(pastes.len() > 30, "{} pastes", pastes.len());
    let together = pastes.join("\n");
    pastes.push(together);
    pastes
}

/// A tenant of `count` mailboxes with GUIDs, quotes in names, addresses in several domains, then
/// sign-ins with display names, addresses, user agents and places.
fn tenant(count: usize) -> String {
    let mut text = String::from("SmtpClientAuthenticationDisabled : True\n\n\"Identity\",\"PrimarySmtpAddress\",\"Guid\",\"PopEnabled\",\"ImapEnabled\",\"SmtpClientAuthenticationDisabled\"\n");
    for i in 0..count {
        let on = if i % 3 == 0 { "False" } else { "True" };
        text.push_str(&format!("\"O'Neil {i}\",\"o'neil.{i}@contoso{}.com\",\"5b1c2f4e-0000-4000-8000-{i:012x}\",\"{on}\",\"{on}\",\n", i % 7));
    }
    text.push_str("\n\"UserPrincipalName\",\"UserDisplayName\",\"ClientAppUsed\",\"CreatedDateTime\",\"AppDisplayName\",\"IPAddress\",\"Location\",\"UserAgent\",\"ErrorCode\"\n");
    for i in 0..count * 2 {
        let user = i % count;
        text.push_str(&format!(
            "\"o'neil.{user}@contoso{}.com\",\"O'Neil {user}\",\"IMAP4\",\"11/{:02}/2026 9:02:10 AM\",\"x\",\"192.0.{}.{}\",\"Town {}, DE\",\"Client/{}\",\"0\"\n",
            user % 7,
            1 + i % 28,
            i % 200,
            i % 250,
            i % 11,
            i % 5
        ));
    }
    text
}

/// The report (as JSON) and the messages about the paste, hidden at once as the command line
/// does, and in steps of `count` as the page does.
fn hidden(text: &str, count: usize) -> (String, String) {
    let context = Context::new(Date::new(2026, 11, 27).expect("a valid date"));
    let (mut parsed, report) = analyze(text, &context);
    let redactor = Redactor::new(text, &parsed);
    let at_once = serde_json::to_string(&redactor.report(report)).expect("JSON");
    let messages: Vec<String> = parsed.diagnostics.iter().map(|d| redactor.text(&diagnostic(Lang::En, d))).collect();

    let (_, mut report) = analyze(text, &context);
    let mut redacting = Redacting::default();
    let mut steps = 0;
    while !redacting.step(text, &mut parsed, &mut report, count) {
        steps += 1;
    }
    assert!(count > 1_000 || steps > 3 || text.len() < 200, "{steps} steps");
    let stepped: Vec<String> = parsed.diagnostics.iter().map(|d| diagnostic(Lang::En, d)).collect();
    assert_eq!(stepped, messages);
    (serde_json::to_string(&report).expect("JSON"), at_once)
}

#[test]
fn hidden_in_steps_is_hidden_at_once_for_every_paste_of_the_corpus() {
    for (n, text) in pastes().iter().enumerate() {
        for count in [1, 3, 40] {
            let (stepped, at_once) = hidden(text, count);
            assert!(stepped == at_once, "paste {n}, steps of {count}:\n{stepped}\n{at_once}");
        }
    }
}

#[test]
fn hidden_in_steps_is_hidden_at_once_for_a_large_tenant_with_sign_ins() {
    let text = tenant(3_000);
    for count in [7, 100, 5_000] {
        let (stepped, at_once) = hidden(&text, count);
        assert!(stepped == at_once, "steps of {count}");
        assert!(!stepped.contains("contoso") && !stepped.contains("Neil") && stepped.contains("mailbox-"), "steps of {count}");
    }
}

/// One person named in every input the analysis reads: two mailboxes of theirs with a GUID
/// each, an authentication policy named after them that blocks Basic SMTP (the headline reason
/// of one mailbox, a later layer of the other, which the organization's switch blocks first),
/// sign-ins with their display name, addresses, user agents and place, a client error, a
/// worksheet answer whose status names them, and an account only the worksheet names.
const MARKED: &str = "SmtpClientAuthenticationDisabled : True\n\n\
\"Identity\",\"PrimarySmtpAddress\",\"UserPrincipalName\",\"Guid\",\"PopEnabled\",\"ImapEnabled\",\"SmtpClientAuthenticationDisabled\"\n\
\"Zebulon Quarrington\",\"zebulon@quarrington-marker.com\",\"zebulon@quarrington-marker.com\",\"5b1c2f4e-0000-4000-8000-00000000beef\",\"True\",\"True\",\"False\"\n\
\"Zebulon Quarrington\",\"zebulon.q@quarrington-marker.com\",\"zebulon.q@quarrington-marker.com\",\"5b1c2f4e-0000-4000-8000-00000000cafe\",\"True\",\"True\",\"\"\n\
\"Zebulon Quarrington\",\"zebulon.x@quarrington-marker.com\",\"zebulon.x@quarrington-marker.com\",\"5b1c2f4e-0000-4000-8000-00000000f00d\",\"True\",\"True\",\"False\"\n\
\n\"UserPrincipalName\",\"AuthenticationPolicy\"\n\
\"zebulon@quarrington-marker.com\",\"No Basic for Zebulon Quarrington\"\n\
\"zebulon.q@quarrington-marker.com\",\"No Basic for Zebulon Quarrington\"\n\
\"zebulon.x@quarrington-marker.com\",\"Exceptions of Zebulon Quarrington\"\n\
\nName               : No Basic for Zebulon Quarrington\n\
AllowBasicAuthSmtp : False\n\
AllowBasicAuthPop  : True\n\
\n\"UserPrincipalName\",\"UserDisplayName\",\"ClientAppUsed\",\"CreatedDateTime\",\"AppDisplayName\",\"IPAddress\",\"Location\",\"UserAgent\",\"ErrorCode\"\n\
\"zebulon@quarrington-marker.com\",\"Zebulon Quarrington\",\"Authenticated SMTP\",\"11/20/2026 9:02:10 AM\",\"Scan to Mail\",\"203.0.113.77\",\"Quarringtonville, DE\",\"QuarringtonPrinter/1.0\",\"0\"\n\
\"zebulon@quarrington-marker.com\",\"Zebulon Quarrington\",\"IMAP4\",\"11/21/2026 9:02:10 AM\",\"Scan to Mail\",\"203.0.113.78\",\"Quarringtonville, DE\",\"QuarringtonMail/2.0\",\"50126\"\n\
\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [zebulon@quarrington-marker.com]\n\
\nAccount,Sender,Sends outside,Recommended,Status\n\
zebulon@quarrington-marker.com,device,no,ask,asked Zebulon Quarrington\n\
zara@quarrington-marker.com,app,yes,ask,\n";

fn assert_nothing_learned_is_left(text: &str, context: &Context, what: &str) {
    let (parsed, report) = analyze(text, context);
    let redactor = Redactor::new(text, &parsed);
    let redacted = redactor.report(report);
    let json = serde_json::to_string(&redacted).expect("JSON");
    let fields = format!("{redacted:?}");
    for (form, dump) in [("JSON", &json), ("fields", &fields)] {
        let again = redactor.text(dump);
        if again != *dump {
            let at = dump.bytes().zip(again.bytes()).position(|(a, b)| a != b).unwrap_or(0);
            let from = dump.floor_char_boundary(at.saturating_sub(120));
            panic!("{what}: a learned value left in the {form} at byte {at}: {}", &dump[from..dump.ceil_char_boundary(at + 80)]);
        }
    }
}

#[test]
fn a_report_redacted_holds_no_learned_value_for_every_paste_of_the_corpus() {
    let context = Context::new(Date::new(2026, 11, 27).expect("a valid date"));
    for (n, text) in pastes().iter().enumerate() {
        assert_nothing_learned_is_left(text, &context, &format!("paste {n}"));
    }
}

#[test]
fn one_person_named_everywhere_is_named_nowhere_once_redacted() {
    for client in [ClientScenario::Any, ClientScenario::DeviceBasic] {
        let context = Context::new(Date::new(2026, 11, 27).expect("a valid date")).with_client(client);
        assert_nothing_learned_is_left(MARKED, &context, "the marked paste");
        let (parsed, report) = analyze(MARKED, &context);
        let layers = report.mailboxes.iter().flat_map(|m| m.verdicts()).flat_map(|v| v.also_blocked_by);
        let named = layers.flat_map(|l| l.decided_by).any(|d| d.value.to_string().contains("Zebulon Quarrington"));
        assert!(named, "the policy named after them is a later layer's deciding setting");
        let unread = report.mailboxes.iter().flat_map(|m| m.verdicts()).any(|v| {
            matches!(&v.finding, Finding::InputMissing { input: MissingInput::PolicySwitch { policy, .. }, .. } if policy.contains("Zebulon Quarrington"))
        });
        assert!(unread, "a verdict's finding names the policy whose switches were not pasted");
        let redacted = Redactor::new(MARKED, &parsed).report(report);
        let fields = format!("{redacted:?} {}", serde_json::to_string(&redacted).expect("JSON")).to_ascii_lowercase();
        for marker in ["zebulon", "quarrington", "203.0.113.7", "beef", "cafe", "f00d"] {
            assert!(!fields.contains(marker), "{marker} left in {fields}");
        }
    }
}
