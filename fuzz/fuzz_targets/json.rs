//! The json reader alone (`parse_as(Shape::Json, …)`) and through `parse`, on input that
//! starts like json output so the fuzzer spends its time inside that reader.
#![no_main]
use exo_auth_analyzer::parse::{Shape, parse, parse_as};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|tail: &str| {
    let text = format!("{}{tail}", "[\n    {\n        \"PopEnabled\":  ");
    let _ = parse_as(Shape::Json, &text);
    let _ = parse_as(Shape::Json, tail);
    let _ = parse(&text);
});
