//! What a new admin reads: `check`'s text leads with the answer the page gives (in `--lang`),
//! the details and sources only with `--verbose`; counts in one format per language in the
//! text, the note and the page's words; German words where the page is German (the mailbox
//! placeholder, the screen-reader sentence). The text of the built-in example and of the
//! corpus paste that tells no environment are golden files in `tests/fixtures/cli-text/`;
//! `UPDATE_GOLDEN=1 cargo test --test trip_ups_words` rewrites them after a deliberate change,
//! and the diff is then reviewed like code. The JSON goldens are never rewritten by the text's
//! changes: the JSON changes only with the answer itself (written by hand when it does).

#[path = "fixtures/binary.rs"]
mod binary;

use exo_auth_analyzer::remedy::{analyze, single_quoted, MAILBOX_PLACEHOLDER};
use exo_auth_analyzer::rules::{Context, Date, Status};
use exo_auth_analyzer::wording::{self, count, number, ticket_note, verdict_tally, Lang, Noun};

const EXAMPLE: &str = include_str!("../src/ui/examples/support-call.txt");
const AS_OF: &str = "2026-12-01";

/// The corpus paste of `Get-OrganizationConfig` alone: no environment can be told from it.
fn corpus_without_environment() -> String {
    let path = format!("{}/../shared/corpus/004-get-organizationconfig-json.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).expect("the corpus is at ../shared/corpus")
}

fn check(args: &[&str], stdin: &str) -> String {
    let output = binary::run_binary(&[&["check", "--as-of", AS_OF], args].concat(), stdin.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8")
}

fn golden(name: &str, actual: &str, may_update: bool) {
    let path = format!("{}/tests/fixtures/cli-text/{name}", env!("CARGO_MANIFEST_DIR"));
    if may_update && std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden file");
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(expected == actual, "{name} differs; run with UPDATE_GOLDEN=1 and review the diff:\n{actual}");
}

/// A tenant of `n` mailboxes exported with `Export-Csv`, SMTP AUTH off for the organization.
fn tenant(n: usize) -> String {
    let mut text = String::from("SmtpClientAuthenticationDisabled : True\n\n\"Identity\",\"PrimarySmtpAddress\",\"PopEnabled\",\"ImapEnabled\",\"SmtpClientAuthenticationDisabled\"\n");
    for i in 1..=n {
        text.push_str(&format!("\"user{i:05}\",\"user{i:05}@contoso.com\",\"True\",\"False\",\n"));
    }
    text
}

#[test]
fn the_example_as_text_in_english() {
    golden("support-call.en.txt", &check(&[], EXAMPLE), true);
}

#[test]
fn the_example_as_text_in_german() {
    golden("support-call.de.txt", &check(&["--lang", "de"], EXAMPLE), true);
}

#[test]
fn the_corpus_paste_without_an_environment_as_text_in_both_languages() {
    let corpus = corpus_without_environment();
    golden("004-organizationconfig.en.txt", &check(&[], &corpus), true);
    golden("004-organizationconfig.de.txt", &check(&["--lang", "de"], &corpus), true);
}

#[test]
fn the_json_stays_byte_identical() {
    golden("support-call.json", &check(&["--format", "json"], EXAMPLE), false);
    golden("004-organizationconfig.json", &check(&["--format", "json"], &corpus_without_environment()), false);
}

#[test]
fn the_text_leads_with_the_answer_and_says_each_source_once_at_the_end() {
    let text = check(&[], &corpus_without_environment());
    assert!(!text.contains("unknown [ENV]"), "{text}");
    let answer = "SMTP AUTH with a password (Basic), SMTP AUTH with OAuth: unknown. Cannot tell whether this is Exchange Online or Exchange Server, and the answer differs [ENV].";
    let (before, after) = text.split_once(answer).expect("the answer sentence");
    assert!(!before.contains("https://"), "no source before the answer:\n{text}");
    let sources: Vec<&str> = text.lines().filter(|l| l.contains("https://")).collect();
    assert_eq!(sources.len(), 1, "each source once:\n{text}");
    assert!(after.trim_end().ends_with(sources[0].trim()), "the sources last:\n{text}");
    let example = check(&[], EXAMPLE);
    let first = example.lines().find(|l| l.contains(": blocked.")).unwrap_or_default();
    assert!(first.contains("SMTP AUTH is turned off for the whole organization (line 3) [SA3]."), "{example}");
}

#[test]
fn verbose_adds_every_sign_in_method_with_its_deciding_settings_checks_and_source() {
    let text = check(&["--verbose"], EXAMPLE);
    for said in ["decided by TransportConfig.SmtpClientAuthenticationDisabled = True (line 3)", "check [SA6]:", "source: https://"] {
        assert!(text.contains(said), "{said}:\n{text}");
    }
    let plain = check(&[], EXAMPLE);
    assert!(!plain.contains("decided by") && !plain.contains("check [SA6]"), "{plain}");
}

#[test]
fn help_names_verbose() {
    let output = binary::run_binary(&["check", "--help"], b"");
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("--verbose") && help.contains("--lang en|de"), "{help}");
}

#[test]
fn counts_in_one_format_per_language() {
    for (n, en, de) in [(0, "0", "0"), (999, "999", "999"), (1_000, "1,000", "1.000"), (100_000, "100,000", "100.000"), (1_234_567, "1,234,567", "1.234.567")] {
        assert_eq!((number(Lang::En, n).as_str(), number(Lang::De, n).as_str()), (en, de));
    }
    assert_eq!(count(Lang::En, 100_000, Noun::Mailbox), "100,000 mailboxes");
    assert_eq!(count(Lang::De, 100_004, Noun::Line), "100.004 Zeilen");
}

#[test]
fn counts_in_the_text_and_the_note_follow_the_language_and_the_json_stays_plain() {
    let paste = tenant(1_200);
    assert!(check(&[], &paste).contains("Get-EXOCasMailbox (1,200 mailboxes)"));
    assert!(check(&["--lang", "de"], &paste).contains("Get-EXOCasMailbox (1.200 Postfächer)"));
    let (parsed, report) = analyze(&paste, &Context::new(Date::parse(AS_OF).expect("date")));
    assert!(ticket_note(Lang::De, &parsed, &report).contains("(1.200 Postfächer)"));
    assert!(ticket_note(Lang::En, &parsed, &report).contains("(1,200 mailboxes)"));
    let json = check(&["--format", "json"], &paste);
    assert!(!json.contains("1,200") && !json.contains("1.200"));
}

#[test]
fn the_german_note_and_text_name_the_mailbox_to_fill_in_in_german() {
    // SMTP AUTH off for the organization and no mailbox pasted: the fix names a placeholder.
    // The tenant's error gives the fix its reason (nothing is turned on without one).
    let paste = "SmtpClientAuthenticationDisabled : True\n\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\n";
    let (parsed, report) = analyze(paste, &Context::new(Date::parse(AS_OF).expect("date")));
    let german = ticket_note(Lang::De, &parsed, &report);
    assert!(german.contains("Set-CASMailbox -Identity '<Postfach des Geräts oder der App>' -SmtpClientAuthenticationDisabled $false"), "{german}");
    assert!(!german.contains(MAILBOX_PLACEHOLDER), "{german}");
    assert!(ticket_note(Lang::En, &parsed, &report).contains("'<mailbox of the device or app>'"));
    let text = check(&["--lang", "de"], paste);
    assert!(text.contains("'<Postfach des Geräts oder der App>'") && !text.contains(MAILBOX_PLACEHOLDER), "{text}");
    assert!(check(&["--format", "json", "--lang", "de"], paste).contains(MAILBOX_PLACEHOLDER), "the JSON keeps the one placeholder");
}

#[test]
fn the_german_placeholder_stays_a_visible_literal_that_quoting_leaves_alone() {
    let command = format!("Get-EXOCasMailbox -Identity {}", single_quoted(MAILBOX_PLACEHOLDER).expect("quoted"));
    let german = wording::command_text(Lang::De, &command).into_owned();
    let literal = german.strip_prefix("Get-EXOCasMailbox -Identity ").expect("the command");
    assert_eq!(literal, "'<Postfach des Geräts oder der App>'");
    let inner = literal.trim_matches('\'');
    assert_eq!(single_quoted(inner).as_deref(), Ok(literal), "quoting changes nothing in it");
    assert_eq!(wording::command_text(Lang::En, &command), command);
}

#[test]
fn the_screen_reader_sentence_is_a_sentence_in_both_languages() {
    let totals = [(Status::Works, 5), (Status::Blocked, 3), (Status::Unknown, 1), (Status::Check, 0)];
    assert_eq!(verdict_tally(Lang::De, 1, &totals), "1 Postfach ausgewertet: 5 Anmeldewege funktionieren, 3 sind blockiert, 1 ist unbekannt.");
    assert_eq!(verdict_tally(Lang::En, 1, &totals), "1 mailbox evaluated: 5 ways to sign in work, 3 are blocked, 1 is unknown.");
    let one = [(Status::Works, 1), (Status::Check, 2)];
    assert_eq!(verdict_tally(Lang::De, 100_000, &one), "100.000 Postfächer ausgewertet: 1 Anmeldeweg funktioniert, 2 sind von Hand zu prüfen.");
    assert_eq!(verdict_tally(Lang::En, 100_000, &one), "100,000 mailboxes evaluated: 1 way to sign in works, 2 need a check by hand.");
}
