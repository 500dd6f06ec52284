//! Whole pastes: any text through `parse` (normalisation, segmentation, every reader).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let parsed = exo_auth_analyzer::parse::parse(text);
    for record in &parsed.records {
        assert!(record.span.first <= record.span.last);
    }
});
