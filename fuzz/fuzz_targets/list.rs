//! The list reader alone (`parse_as(Shape::List, …)`) and through `parse`, on input that
//! starts like list output so the fuzzer spends its time inside that reader.
#![no_main]
use exo_auth_analyzer::parse::{Shape, parse, parse_as};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|tail: &str| {
    let text = format!("{}{tail}", "\nPopEnabled                       : True\n");
    let _ = parse_as(Shape::List, &text);
    let _ = parse_as(Shape::List, tail);
    let _ = parse(&text);
});
