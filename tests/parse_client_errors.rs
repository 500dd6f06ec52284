//! Client error recognition on hostile input: arbitrary mixes of reply fragments, line breaks
//! and multibyte text never panic, give at most one symptom per line in line order, and keep
//! every text within 300 characters.

use exo_auth_analyzer::parse::parse;
use proptest::prelude::*;

const FRAGMENTS: [&str; 24] = [
    "535 ", "5.7.", "139", "3", "57", "60", "30", " Authentication unsuccessful", ", SmtpClientAuthentication is disabled for the ",
    "Tenant", "4.7.66", "aka.ms/popimap_tls", "_tls", "AADSTS50076", "curl: (67) Login denied", "-ERR Authentication failure",
    "A1 NO LOGIN failed.", "NO ", "b'", "\r\n", "\r", "\n", "ü€日", "\"",
];

fn paste() -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![prop::sample::select(FRAGMENTS.to_vec()).prop_map(String::from), "\\PC{0,6}"], 0..40)
        .prop_map(|parts| parts.concat())
}

fn line_count(text: &str) -> u32 {
    let breaks = text.matches("\r\n").count() + text.matches(['\r', '\n']).count() - text.matches("\r\n").count() * 2;
    u32::try_from(breaks + 1).unwrap_or(u32::MAX)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn symptoms_are_one_per_line_in_order_and_bounded(text in paste()) {
        let symptoms = parse(&text).usage.symptoms;
        for pair in symptoms.windows(2) {
            prop_assert!(pair[0].line < pair[1].line, "{:?}", symptoms);
        }
        for symptom in &symptoms {
            prop_assert!(symptom.line >= 1 && symptom.line <= line_count(&text));
            prop_assert!(symptom.text.chars().count() <= 300);
            prop_assert!(!symptom.text.contains(['\r', '\n']));
        }
    }
}

#[test]
fn the_line_of_each_symptom_holds_its_text() {
    let text = "Hallo\r\n\r\nA1 NO LOGIN failed.\rfoo\n535 5.7.3 Authentication unsuccessful\r\n";
    let lines: Vec<&str> = text.split("\r\n").flat_map(|l| l.split(['\r', '\n'])).collect();
    for symptom in parse(text).usage.symptoms {
        let line = lines.get(symptom.line as usize - 1).copied().unwrap_or_default();
        assert!(line.contains(&symptom.text), "line {}: {line:?} vs {:?}", symptom.line, symptom.text);
    }
}
