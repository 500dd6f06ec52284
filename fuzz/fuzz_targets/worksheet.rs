//! The worksheet reader alone (`parse_as(Shape::Csv, …)`) and through the whole analysis and
//! the next worksheet, on input that starts like a worksheet (with `,` or `;`, after a sign-in
//! log or alone) so the fuzzer spends its time inside that reader and the join of its answers.
#![no_main]
use exo_auth_analyzer::export::worksheet_csv;
use exo_auth_analyzer::parse::{Shape, parse, parse_as};
use exo_auth_analyzer::remedy::evaluate;
use exo_auth_analyzer::rules::{Context, Date};
use exo_auth_analyzer::wording::Lang;
use libfuzzer_sys::fuzz_target;

const STARTS: [&str; 3] = [
    "Account,Sender,Sends outside,Recommended,Server,Port,Sign-in,Source IPs,Site,Password sign-ins,Last success,December,From the evidence,Status\n",
    "\u{feff}\"Account\";\"Sender\";\"Sends outside\";\"Recommended\";\"Status\"\r\n",
    "Date (UTC),Username,User,Client app,Status,Sign-in error code,IP address\n2026-11-20T08:15:31Z,a@b.c,A,Authenticated SMTP,Success,0,203.0.113.5\nAccount,Sender,Sends outside,Recommended,Status\n",
];

fuzz_target!(|input: (u8, &str)| {
    let (which, tail) = input;
    let start = STARTS[usize::from(which) % STARTS.len()];
    let text = format!("{start}{tail}");
    let _ = parse_as(Shape::Csv, &text);
    let context = Context::new(Date::new(2026, 12, 1).unwrap_or_default());
    let report = evaluate(&parse(&text), &context);
    let _ = worksheet_csv(&report, &Default::default(), Lang::En);
});
