//! The note for the ticket as golden files: the built-in support-call example in English and
//! German, and redacted. `UPDATE_GOLDEN=1 cargo test --test ticket_note` rewrites them after a
//! deliberate change; the diff is then reviewed like code.

use exo_auth_analyzer::redact::Redactor;
use exo_auth_analyzer::remedy::analyze;
use exo_auth_analyzer::rules::{Context, Date};
use exo_auth_analyzer::wording::{ticket_note, Lang};

const EXAMPLE: &str = include_str!("../src/ui/examples/support-call.txt");

fn note(lang: Lang, redact: bool) -> String {
    let context = Context::new(Date::parse("2026-12-01").expect("date"));
    let (parsed, report) = analyze(EXAMPLE, &context);
    let report = if redact { Redactor::new(EXAMPLE, &parsed).report(report) } else { report };
    ticket_note(lang, &parsed, &report)
}

fn golden(name: &str, actual: &str) {
    let path = format!("{}/tests/fixtures/ticket/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden file");
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(expected == actual, "{name} differs; run with UPDATE_GOLDEN=1 and review the diff:\n{actual}");
}

#[test]
fn the_example_in_english() {
    golden("support-call.en.md", &note(Lang::En, false));
}

#[test]
fn the_example_in_german() {
    golden("support-call.de.md", &note(Lang::De, false));
}

#[test]
fn the_example_redacted_names_nobody() {
    let text = note(Lang::En, true);
    for name in ["scanner", "contoso"] {
        assert!(!text.to_lowercase().contains(name), "{name} in the redacted note");
    }
    golden("support-call.redacted.en.md", &text);
}

#[test]
fn the_note_leads_with_both_reasons_and_the_dated_warning() {
    let text = note(Lang::En, false);
    let mailbox = text.split("### Mailbox").nth(1).expect("mailbox section");
    let first = mailbox.lines().find(|l| l.starts_with("- ")).expect("answer");
    assert!(first.contains("[SA3]") && first.contains("also blocked by SA4"), "{first}");
    assert!(mailbox.contains("both steps are needed"));
    assert!(mailbox.contains("end of December 2026"));
    assert!(text.contains("Evaluated on: 2026-12-01"));
}

#[test]
fn the_evaluation_date_changes_the_warning() {
    let context = Context::new(Date::parse("2027-01-15").expect("date"));
    let (parsed, report) = analyze(EXAMPLE, &context);
    let text = ticket_note(Lang::En, &parsed, &report);
    assert!(!text.contains("works until Microsoft switches"), "{text}");
    assert!(text.contains("MC786329"));
}
