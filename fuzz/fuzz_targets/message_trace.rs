//! The message trace reader (`parse/message_trace/`) through `parse`, parts and the whole
//! analysis, on input that starts like a trace in each shape, so the fuzzer spends its time on
//! trace records: their addresses, dates, cut rows and the joining of their senders.
#![no_main]
use exo_auth_analyzer::parse::{PartedParse, SourceKind, parse};
use exo_auth_analyzer::remedy::evaluate;
use exo_auth_analyzer::rules::{Context, Date};
use libfuzzer_sys::fuzz_target;

const STARTS: [&str; 6] = [
    "Received              SenderAddress       RecipientAddress     Subject           Status\n--------              -------------       ----------------     -------           ------\n11/28/2026 8:15:31 AM scanner@contoso.com alice@contoso.com    Scan              Delivered\n",
    "Received         : 28/11/2026 08:15:31\nSenderAddress    : scanner@contoso.com\nRecipientAddress : bob@fabrikam.com\nStatus           : Delivered\n\nReceived         : ",
    "#TYPE Deserialized.Microsoft.Exchange.Management.FfoReporting.MessageTraceV2\n\"Received\",\"SenderAddress\",\"RecipientAddress\",\"Status\"\n\"11/28/2026 8:15:31 AM\",\"scanner@contoso.com\",\"",
    "\"Received\";\"SenderAddress\";\"RecipientAddress\";\"Status\"\n\"28.11.2026 08:15:31\";\"scanner@contoso.com\";\"a@contoso.com\";\"Delivered\"\n",
    "[\n    {\n        \"Received\":  \"\\/Date(1795853731000)\\/\",\n        \"SenderAddress\":  \"scanner@contoso.com\",\n        \"RecipientAddress\":  ",
    "PS C:\\> Get-MessageTraceV2 -SenderAddress scanner@contoso.com | fl SenderAddress,RecipientAddress\n\nSenderAddress    : scanner@contoso.com\nRecipientAddress : ",
];

fuzz_target!(|input: (u8, u8, &str)| {
    let (which, budget, tail) = input;
    let start = STARTS[usize::from(which) % STARTS.len()];
    let text = format!("{start}{tail}\nPS C:\\> Get-EXOCasMailbox scanner@contoso.com | fl PrimarySmtpAddress\n\nPrimarySmtpAddress : scanner@contoso.com\n");
    let context = Context::new(Date::new(2026, 12, 1).unwrap_or_default());
    let whole = parse(&text);
    let _ = evaluate(&whole, &context);
    // Read in parts, a trace goes on where the part before ended in it. Either way every row
    // belongs to a message trace source.
    let mut parts = PartedParse::new();
    while !parts.step(&text, usize::from(budget).max(1) * 16) {}
    let parted = parts.finish();
    for parsed in [&whole, &parted] {
        for row in &parsed.usage.traces {
            let source = parsed.usage.sources.get(row.source as usize).map(|s| s.kind);
            assert_eq!(source, Some(SourceKind::MessageTrace), "row at line {}", row.line);
        }
    }
});
