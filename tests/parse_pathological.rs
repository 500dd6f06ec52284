//! Inputs built to trigger quadratic work in a naive reader. No timing assertions: a
//! regression shows up as this test file taking minutes instead of milliseconds.

use exo_auth_analyzer::parse::parse;

const N: usize = 20_000;

fn repeat(lines: &[&str]) -> String {
    lines.iter().cycle().take(N).copied().collect::<Vec<_>>().join("\n")
}

#[test]
fn one_object_with_thousands_of_labels() {
    let text: String = (0..N).map(|i| format!("Property{i} : {i}\n")).collect();
    assert_eq!(parse(&text).records[0].properties.len(), N);
}

#[test]
fn csv_headers_followed_by_unclosed_quotes() {
    let _ = parse(&repeat(&["\"a\",\"b\"", "\"x"]));
    let _ = parse(&repeat(&["\"a\",\"b\"", "\"x", ""]));
}

#[test]
fn json_openers_and_dash_rows_and_rules() {
    for lines in [&["[", "1,"][..], &["{\"a\": [", "\"b\","], &["Name", "----"], &["", "----------", "x"], &["**********************", "PSVersion: 5"]] {
        let _ = parse(&repeat(lines));
    }
}

#[test]
fn long_tables_and_errors() {
    let mut table = String::from("Name Enabled\n---- -------\n");
    table.push_str(&repeat(&["a       True", "b      False"]));
    assert_eq!(parse(&table).records.len(), N);
    let _ = parse(&repeat(&["Get-X : failed", "    + CategoryInfo : x", "At line:1 char:1"]));
    let _ = parse(&repeat(&["PS C:\\> Get-CASMailbox -Identity x", ">> | fl"]));
    // Header-like lines above and between dash rows: wrapped headers are looked for below
    // every line (§8 rule 13).
    let mut wrapped = String::from("\nName Enabled\n     abled\n---- -------\n");
    wrapped.push_str(&repeat(&["a       True", "abcd efghijk", "b      False", "---- -------"]));
    let _ = parse(&wrapped);
    let _ = parse(&repeat(&["", "Name Enabled", "xxxx yyyyyyy", "xxxx yyyyyyy", "xxxx yyyyyyy", "---- -------"]));
}

#[test]
fn one_huge_line() {
    let _ = parse(&"x : ".repeat(N * 10));
    let _ = parse(&format!("{{\"a\": \"{}\"}}", "y".repeat(N * 50)));
}

#[test]
fn json_openers_broken_at_one_width() {
    // Every line as wide as the longest: each looks hard-wrapped at the console width (§8 rule 18).
    let _ = parse(&repeat(&["{\"a\": \"an unterminated string of forty chars"]));
    let _ = parse(&repeat(&["[", "  {\"a\": \"an unterminated string of forty", "  \"b\": tr"]));
}

#[test]
fn message_traces_broken_up_and_long() {
    // A trace object after every unrecognised line: a trace each, and no trace looks at the
    // others.
    let parsed = parse(&repeat(&["Received : 11/20/2026 8:15:31 AM", "SenderAddress : a@contoso.com", "RecipientAddress : b@fabrikam.com", "x y z", ""]));
    assert_eq!(parsed.usage.sources.len(), N / 5);
    // One long trace table, every recipient another, every date open until the last row.
    let mut table = String::from("Received            SenderAddress RecipientAddress\n--------            ------------- ----------------\n");
    for i in 0..N {
        table.push_str(&format!("{:02}/{:02}/2026 08:15:31 a@contoso.com u{i}@fabrikam.com\n", 1 + i % 12, 1 + (i + 1) % 12));
    }
    table.push_str("28/11/2026 08:15:31 a@contoso.com last@fabrikam.com\n");
    let parsed = parse(&table);
    assert_eq!(parsed.usage.traces.len(), N + 1);
    assert!(parsed.usage.traces.iter().all(|r| r.at.is_some()));
}
