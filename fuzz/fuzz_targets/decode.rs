//! Files: any bytes through `decode` (BOM, UTF-16 guess, Windows-1252), then `parse`.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = exo_auth_analyzer::parse::decode(bytes);
    let _ = exo_auth_analyzer::parse::parse(&text);
});
