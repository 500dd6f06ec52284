//! The evidence readers (sign-in logs, usage reports, client errors) through `parse` and the
//! whole analysis, on input that starts like each export so the fuzzer spends its time inside
//! those readers.
#![no_main]
use exo_auth_analyzer::parse::parse;
use exo_auth_analyzer::rules::{Context, Date};
use exo_auth_analyzer::remedy::evaluate;
use libfuzzer_sys::fuzz_target;

const STARTS: [&str; 6] = [
    "Date (UTC),Username,User,Client app,Status,Sign-in error code,IP address,Location\n",
    "[{\"createdDateTime\": \"2026-11-20T08:15:31Z\", \"userPrincipalName\": \"a@b.c\", \"clientAppUsed\": \"Authenticated SMTP\", \"status\": {\"errorCode\": 0},",
    "{\"@odata.context\": \"x\", \"value\": [{\"clientAppUsed\": \"IMAP4\", \"userPrincipalName\": \"a@b.c\", ",
    "Sender address,Domain,TLS 1.0 (percentage),TLS 1.1 (percentage),TLS 1.2 (percentage),Messages sent,Authentication protocol\n",
    "Report Refresh Date,User Principal Name,Display Name,Last Activity Date,POP3 App,IMAP4 App,SMTP App,Report Period\n",
    "535 5.7.139 Authentication unsuccessful, ",
];

fuzz_target!(|input: (u8, &str)| {
    let (which, tail) = input;
    let start = STARTS[usize::from(which) % STARTS.len()];
    let text = format!("{start}{tail}");
    let context = Context::new(Date::new(2026, 12, 1).unwrap_or_default());
    let _ = evaluate(&parse(&text), &context);
    let _ = parse(tail);
});
