//! The table reader alone (`parse_as(Shape::Table, …)`) and through `parse`, on input that
//! starts like table output so the fuzzer spends its time inside that reader.
#![no_main]
use exo_auth_analyzer::parse::{Shape, parse, parse_as};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|tail: &str| {
    let text = format!("{}{tail}", "\nName   PopEnabled SmtpClientAuthenticationDisabled\n----   ---------- --------------------------------\n");
    let _ = parse_as(Shape::Table, &text);
    let _ = parse_as(Shape::Table, tail);
    let _ = parse(&text);
});
