//! Names hidden a few records, rows and mailboxes at a time (as the page does, so that no task
//! holds it for seconds) give exactly the report and messages hidden at once.

use std::path::Path;

use exo_auth_analyzer::redact::{Redacting, Redactor};
use exo_auth_analyzer::remedy::analyze;
use exo_auth_analyzer::rules::{Context, Date};
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
