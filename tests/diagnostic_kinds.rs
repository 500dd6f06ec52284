//! Every diagnostic kind the parser emits, worded in English and German from its values: one
//! value built per kind (and per form of a kind), whose values must appear in each language's
//! sentence, and a real paste that makes the parser emit that kind, whose values must appear
//! too. `named` matches every kind, so a new kind fails to compile here until it says what its
//! sentences name; `every_code_has_a_sample` then fails until `samples` holds one.

use std::mem::discriminant;

use exo_auth_analyzer::parse::{diagnostic_code as code, parse, CutOff, Diagnostic, DiagnosticKind as K, ObjectKind, TenantsMixed, TraceCap};
use exo_auth_analyzer::wording::{diagnostic, Lang};

/// The values a diagnostic's sentences name: in both languages, in English only, in German only
/// (German leaves out the block a row belongs to and some counts, and names what to do).
#[derive(Default)]
struct Named {
    both: Vec<String>,
    english: Vec<String>,
    german: Vec<String>,
}

fn named(d: &Diagnostic) -> Named {
    let n = |values: &[&dyn ToString]| values.iter().map(|v| v.to_string()).collect::<Vec<_>>();
    let line = &d.line;
    let (both, english, german) = match &d.kind {
        K::ErrorRecord { shown } => (n(&[shown]), vec![], n(&[line])),
        K::Unrecognised { last, excerpt } => (n(&[line, last, excerpt]), vec![], vec![]),
        K::Stream { text } => (n(&[line, text]), vec![], vec![]),
        K::TranscriptHeader { last, title, version } => (n(&[line, last]), [title.clone()].into_iter().chain(version.clone()).collect(), vec![]),
        K::Banner { last } => (n(&[line, last]), vec![], vec![]),
        K::Elision { shown } => (n(&[line]), n(&[shown]), vec![]),
        K::KindAmbiguous { fits: (a, b) } => (n(&[line, &a.name(), &b.name()]), vec![], vec![]),
        K::KindAssumed | K::JsonNotObject | K::CsvEmpty | K::ServicePrincipals | K::MethodNotShown | K::EvidenceJsonInvalid => (n(&[line]), vec![], vec![]),
        K::JsonInvalid { first, complete } => (n(&[line]), n(&[first, complete]), vec![]),
        K::CsvAsciiExport { header_line, value } => (n(&[line, value]), n(&[header_line]), vec![]),
        K::ColumnNotShown { columns } => ([line.to_string()].into_iter().chain(columns.iter().cloned()).collect(), vec![], vec![]),
        K::CutOff(CutOff::Json { first, complete }) => (vec![], n(&[first, complete]), n(&[line])),
        K::CutOff(CutOff::Value { name }) => (n(&[line]), n(&[name]), vec![]),
        K::CutOff(CutOff::Export { first, complete }) => (n(&[line]), n(&[first, complete]), vec![]),
        K::More { code, hidden } => (n(&[code, hidden]), vec![], vec![]),
        K::NoUser { start, count } | K::TraceRowCut { start, count } | K::TraceSenderUnreadable { start, count } | K::TraceRecipientUnreadable { start, count } => {
            (n(&[line, count]), n(&[start]), vec![])
        }
        K::TraceTimeUnreadable { start, count } => (n(&[line, count]), n(&[start]), vec![]),
        K::StatusUnreadable { count } | K::ConcealedNames { count } => (n(&[line]), n(&[count]), vec![]),
        K::TimeUnreadable { start, count } => (n(&[line]), n(&[start, count]), vec![]),
        K::CountUnreadable { start, count } => (n(&[line, start, count]), vec![], vec![]),
        K::EvidenceRowCut { got, want, header_line } => (n(&[line]), n(&[got, want, header_line]), vec![]),
        K::JsonRepaired { first, count } => (n(&[line]), n(&[first, count]), vec![]),
        K::TenantsMixed(TenantsMixed::InExport { start, first, other }) => (n(&[line]), n(&[start, first, other]), vec![]),
        K::TenantsMixed(TenantsMixed::Exports { tenant, earlier_line, earlier }) => (n(&[line]), n(&[tenant, earlier_line, earlier]), vec![]),
        K::TraceCapped { cap } => (n(&[line, &cap.messages()]), vec![], vec![]),
        K::IpList { cell, start, count } => (n(&[line, cell]), n(&[start, count]), vec![]),
        K::WorksheetSenderUnknown { value, account } | K::WorksheetOutsideUnknown { value, account } => (n(&[line, value, account]), vec![], vec![]),
        K::WorksheetNoAccount { header_line } => (n(&[line]), n(&[header_line]), vec![]),
        K::WorksheetRowCut { got, want, header_line } => (n(&[line, got, want]), n(&[header_line]), vec![]),
    };
    Named { both, english, german }
}

/// Asserts that both languages word `d`, differently, each naming its values.
fn assert_worded(d: &Diagnostic) {
    let (en, de) = (diagnostic(Lang::En, d), diagnostic(Lang::De, d));
    assert!(!en.is_empty() && !de.is_empty() && en != de, "{d:?}:\n{en}\n{de}");
    let Named { both, english, german } = named(d);
    for value in both.iter().chain(&english) {
        assert!(en.contains(value.as_str()), "{d:?}: {value:?} missing in English: {en}");
    }
    for value in both.iter().chain(&german) {
        assert!(de.contains(value.as_str()), "{d:?}: {value:?} missing in German: {de}");
    }
}

fn text(text: &str) -> String {
    text.to_string()
}

/// Whether two diagnostics are of the same kind, and the same form of a kind with forms.
fn same_kind(a: &Diagnostic, b: &Diagnostic) -> bool {
    match (&a.kind, &b.kind) {
        (K::CutOff(x), K::CutOff(y)) => discriminant(x) == discriminant(y),
        (K::TenantsMixed(x), K::TenantsMixed(y)) => discriminant(x) == discriminant(y),
        (K::Unrecognised { last: x, .. }, K::Unrecognised { last: y, .. }) => (*x == a.line) == (*y == b.line),
        (K::TranscriptHeader { version: x, .. }, K::TranscriptHeader { version: y, .. }) => x.is_some() == y.is_some(),
        (K::TraceCapped { cap: x }, K::TraceCapped { cap: y }) => x == y,
        (x, y) => discriminant(x) == discriminant(y),
    }
}

const PORTAL: &str = "Date (UTC),Username,Client app,Status,Resource tenant ID\n2026-11-20T08:15:31Z,,Authenticated SMTP,Success,a\n11/20/2026 08:15,b@c.d,IMAP4,Failure,b\n";
const TRACE_HEADER: &str = "Received              SenderAddress       RecipientAddress     Subject           Status\n--------              -------------       ----------------     -------           ------\n";

/// A message trace in CSV of `count` messages.
fn trace_csv(count: usize) -> String {
    let mut trace = String::from("\"Received\",\"SenderAddress\",\"RecipientAddress\",\"Status\"\n");
    for i in 0..count {
        trace.push_str(&format!("\"11/20/2026 8:{:02}:00 AM\",\"scanner@contoso.com\",\"user{i}@contoso.com\",\"Delivered\"\n", i % 60));
    }
    trace
}

/// A message trace table whose rows show each doubt a table can.
fn trace_table() -> String {
    format!(
        "{TRACE_HEADER}{:<21} {:<19} {:<20} {:<17} Delivered\n{:<21} {:<19} {:<20} {:<17} Delivered\n{:<21} {:<19} {:<20} {:<17} Delivered\n",
        "11/28/2026 8:15:31 AM", "scanner@contoso...", "alice@contoso.com", "Scan from MFP-3F",
        "05/11/2026 08:15:31", "scanner@contoso.com", "undisclosed", "Scan from MFP-3F",
        "06/11/2026 08:15:31", "scanner@contoso.com", "alice@contoso.com", "Scan from MFP-3F",
    )
}

const SHEET: &str = "Account,Sender,Sends outside,Recommended,Status\nscanner@contoso.com,printer,sometimes,ask,\n,device,yes,ask,\napp@contoso.com,app\n";

/// One value per kind (and per form), with distinct values so that each is found by itself in
/// the sentences, and a paste that makes the parser emit that kind.
fn samples() -> Vec<(Diagnostic, String)> {
    let d = |line: u32, kind: K, paste: &str| (Diagnostic { line, kind }, paste.to_string());
    vec![
        d(41, K::ErrorRecord { shown: text("Get-User : Der Vorgang konnte nicht ausgeführt werden.") }, "Get-Thing : Cannot find an object with identity 'x'.\nAt line:1 char:1\n+ Get-Thing x\n+ ~~~~~~~~~~~\n    + CategoryInfo          : ObjectNotFound: (x:String) [Get-Thing], ThingNotFoundException\n    + FullyQualifiedErrorId : ThingNotFound,Contoso.Commands.GetThing\n"),
        d(1, K::Unrecognised { last: 1, excerpt: text("Hallo Welt") }, "Hallo Welt, bitte helfen\n"),
        d(43, K::Unrecognised { last: 47, excerpt: text("Hallo Welt") }, "Hallo Welt\nbitte helfen\n"),
        d(44, K::Stream { text: text("VERBOSE: Get-Mailbox") }, "PS> Get-TransportConfig\nVERBOSE: Ein Hinweis\n\nSmtpClientAuthenticationDisabled : True\n"),
        d(45, K::TranscriptHeader { last: 62, title: text("Windows PowerShell transcript start"), version: Some(text("5.1.19041")) }, "**********************\nWindows PowerShell transcript start\nStart time: 20261120081531\nPSVersion: 5.1.19041.1\n**********************\n"),
        d(46, K::TranscriptHeader { last: 63, title: text("Windows PowerShell transcript end"), version: None }, "**********************\nWindows PowerShell transcript end\nEnd time: 20261120081531\n**********************\n"),
        d(48, K::Banner { last: 64 }, "-----------------------------------------------------------------\nThis V3 EXO PowerShell module contains new REST API backed cmdlets\n-----------------------------------------------------------------\n"),
        d(49, K::Elision { shown: text("[...]") }, "PS> Get-CASMailbox | fl Name,PopEnabled\n\nName       : ann\nPopEnabled : True\n\n...\n"),
        d(50, K::KindAmbiguous { fits: (ObjectKind::CasMailbox, ObjectKind::User) }, "PopEnabled           : True\nAuthenticationPolicy : x\n"),
        d(51, K::KindAssumed, "SmtpClientAuthenticationDisabled : True\n"),
        d(52, K::JsonInvalid { first: 65, complete: 13 }, "PS> Get-User | ConvertTo-Json\n[\n  {\"Name\": \"a\"},\n  {\"Name\": \"b\" \"x\"}\n]\n"),
        d(53, K::JsonNotObject, "PS> Get-User | ConvertTo-Json\n[]\n"),
        d(54, K::CsvEmpty, "\"Name\",\"DisplayName\"\n"),
        d(55, K::CsvAsciiExport { header_line: 66, value: text("J?rgen M?ller") }, "\"Name\",\"DisplayName\"\n\"ann\",\"Ann M?ller\"\n"),
        d(56, K::ColumnNotShown { columns: vec![text("PopEnabled"), text("ImapEnabled")] }, "PS C:\\> Get-CASMailbox | ft Name,PopEnabled,ImapEnabled\n\nName PopEnabled\n---- ----------\nann        True\n"),
        d(57, K::CutOff(CutOff::Json { first: 67, complete: 14 }), "PS> Get-User | ConvertTo-Json\n[\n  {\"Name\": \"a\"},\n  {\"Name\": \"b\",\n"),
        d(58, K::CutOff(CutOff::Value { name: text("SmtpClientAuthenticationDisabled") }), "PS> Get-CASMailbox | fl Name,PopEnabled\n\nName       : ann\nPopEnabled : Tr\n"),
        d(59, K::CutOff(CutOff::Export { first: 68, complete: 15 }), "[{\"clientAppUsed\": \"IMAP4\", \"userPrincipalName\": \"a@b.c\", \"createdDateTime\": \"2026-11-20T08:15:31Z\"},\n{\"clientAppUsed\": \"IMAP4\", \"userPrincipalName\": \"b@b.c\""),
        d(1, K::More { code: code::STREAM, hidden: 16 }, &format!("PS> Get-TransportConfig\n{}", "VERBOSE: Ein Hinweis\n".repeat(101))),
        d(71, K::NoUser { start: 69, count: 17 }, PORTAL),
        d(72, K::StatusUnreadable { count: 18 }, "#TYPE Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignIn\n\"UserPrincipalName\",\"ClientAppUsed\",\"CreatedDateTime\",\"Status\"\n\"a@b.c\",\"Authenticated SMTP\",\"11/20/2026 8:15:31 AM\",\"Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignInStatus\"\n"),
        d(73, K::TimeUnreadable { start: 70, count: 19 }, PORTAL),
        d(74, K::ServicePrincipals, "Date (UTC),Service principal name,Status,Sign-in error code\n2026-11-20T08:15:31Z,app,Success,0\n"),
        d(75, K::ConcealedNames { count: 20 }, "Report Refresh Date,User Principal Name,SMTP App\n2026-11-29,8F2B3C4D5E6F708192A3B4C5D6E7F801,Yes\n"),
        d(76, K::MethodNotShown, "Sender address,Messages sent\na@b.c,3\n"),
        d(77, K::EvidenceRowCut { got: 21, want: 22, header_line: 23 }, "Sender address,Messages sent\na@b.c,3\nx\n"),
        d(78, K::JsonRepaired { first: 24, count: 25 }, "[{\"clientAppUsed\": \"IMAP4\", \"userPrincipalName\": \"a@b.c\", \"x\": [1,],}]\n"),
        d(79, K::EvidenceJsonInvalid, "[{\"clientAppUsed\": \"IMAP4\", \"userPrincipalName\": \"a@b.c\"},\n{\"clientAppUsed\": \"IMAP4\", \"userPrincipalName\": tru}]\n"),
        d(80, K::TenantsMixed(TenantsMixed::InExport { start: 26, first: text("contoso"), other: text("fabrikam") }), PORTAL),
        d(81, K::TenantsMixed(TenantsMixed::Exports { tenant: text("northwind"), earlier_line: 27, earlier: text("tailspin") }), &format!("{PORTAL}\n{}", PORTAL.replace(",a\n", ",z\n").replace(",b\n", ",z\n"))),
        d(82, K::TraceCapped { cap: TraceCap::ResultSize }, &trace_csv(5000)),
        d(83, K::TraceCapped { cap: TraceCap::Default }, &trace_csv(1000)),
        d(84, K::TraceRowCut { start: 28, count: 29 }, &format!("{TRACE_HEADER}11/28/2026 8:15:31 AM scanner@contoso.com alice@contoso.com    Scan from MFP-3F  Delivered\n11/27/2026 4:02:10 PM scanner@contoso.com bob@fabrik")),
        d(85, K::TraceSenderUnreadable { start: 30, count: 31 }, &trace_table()),
        d(86, K::TraceRecipientUnreadable { start: 32, count: 33 }, &trace_table()),
        d(87, K::TraceTimeUnreadable { start: 34, count: 35 }, &trace_table()),
        d(88, K::IpList { cell: text("203.0.113.5, 198.51.100.7"), start: 36, count: 37 }, "Date (UTC),Username,Client app,Status,IP address\n2026-11-20T08:15:31Z,a@b.c,Authenticated SMTP,Success,\"203.0.113.5, 198.51.100.7\"\n"),
        d(89, K::WorksheetSenderUnknown { value: text("printer"), account: text("scanner@contoso.com") }, SHEET),
        d(90, K::WorksheetOutsideUnknown { value: text("sometimes"), account: text("app@contoso.com") }, SHEET),
        d(91, K::WorksheetNoAccount { header_line: 38 }, SHEET),
        d(92, K::WorksheetRowCut { got: 2, want: 5, header_line: 39 }, SHEET),
        d(93, K::CountUnreadable { start: 40, count: 41 }, "Sender address,Messages sent,Authentication protocol\na@b.c,n/a,Basic\nb@b.c,,Basic\n"),
    ]
}

#[test]
fn every_kind_names_its_values_in_english_and_german() {
    for (sample, _) in samples() {
        assert_worded(&sample);
    }
}

#[test]
fn the_parser_emits_every_kind_and_words_its_values() {
    for (sample, paste) in samples() {
        let parsed = parse(&paste);
        let emitted = parsed.diagnostics.iter().find(|d| same_kind(d, &sample));
        let emitted = emitted.unwrap_or_else(|| panic!("{:?} not emitted for {paste:?}: {:#?}", sample.kind, parsed.diagnostics));
        assert_eq!(emitted.severity(), sample.severity());
        assert_worded(emitted);
    }
}

#[test]
fn every_code_has_a_sample() {
    let sampled: Vec<&str> = samples().iter().map(|(d, _)| d.code()).collect();
    for code in code::ALL {
        assert!(sampled.contains(&code), "no sample of {code}");
    }
    for code in &sampled {
        assert!(code::ALL.contains(code), "{code} is not in code::ALL");
    }
}
