//! The csv reader alone (`parse_as(Shape::Csv, …)`) and through `parse`, on input that
//! starts like csv output so the fuzzer spends its time inside that reader.
#![no_main]
use exo_auth_analyzer::parse::{Shape, parse, parse_as};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|tail: &str| {
    let text = format!("{}{tail}", "#TYPE Deserialized.Microsoft.Exchange.Data.Directory.Management.CASMailbox\n\"Name\",\"PopEnabled\"\n");
    let _ = parse_as(Shape::Csv, &text);
    let _ = parse_as(Shape::Csv, tail);
    let _ = parse(&text);
});
