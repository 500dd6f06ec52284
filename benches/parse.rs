//! Parser throughput on generated inputs of 10 k and 100 k mailboxes in each shape (issue 3):
//! Format-List (Get-EXOCasMailbox), Format-Table (Get-CASMailbox view), ConvertTo-Json (7
//! layout), Export-Csv (5.1); and of a message trace of 5,000 messages, a query's most (issue
//! 21), as its default table, Format-List and 5.1 Export-Csv. Criterion reports MB/s per shape;
//! afterwards the CSV parse is timed against the `csv` crate's plain record iteration over the
//! same file, in the same run, and the ratio printed, and the evidence of 100 k mailboxes is
//! built with and without four such traces joined to them. Targets: CSV within 2x of plain
//! iteration; Format-List >= 200 MB/s.
//!
//! Run: `cargo bench --bench parse` (the release profile, which benchmarks inherit, is built
//! for speed; only the shipped wasm is built for size, by scripts/trunk.sh).

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput};

mod support;
use support::{best_time, plain_csv_iteration};
use exo_auth_analyzer::model::Evidence;
use exo_auth_analyzer::parse::parse;

const SIZES: [usize; 2] = [10_000, 100_000];

fn mailbox_fields(i: usize) -> [(&'static str, String); 10] {
    let name = format!("user{i:06}");
    [
        ("Name", name.clone()),
        ("DisplayName", format!("User {i} Example")),
        ("PrimarySmtpAddress", format!("{name}@contoso.example")),
        ("EmailAddresses", format!("{{SMTP:{name}@contoso.example, smtp:{name}@contoso.mail.onmicrosoft.com}}")),
        ("ActiveSyncEnabled", "True".into()),
        ("OWAEnabled", "True".into()),
        ("PopEnabled", if i.is_multiple_of(3) { "False" } else { "True" }.into()),
        ("ImapEnabled", if i.is_multiple_of(5) { "False" } else { "True" }.into()),
        ("MAPIEnabled", "True".into()),
        ("SmtpClientAuthenticationDisabled", match i % 3 { 0 => String::new(), 1 => "True".into(), _ => "False".into() }),
    ]
}

/// Get-EXOCasMailbox | Format-List, PowerShell 7 layout (§1.1-1.2).
fn list(count: usize) -> String {
    let mut out = String::from("\n");
    for i in 0..count {
        for (name, value) in mailbox_fields(i) {
            let _ = writeln!(out, "{name:<32} : {value}").map(|_| ());
            if value.is_empty() {
                out.pop();
                out.pop();
                out.push('\n');
            }
        }
        out.push('\n');
    }
    out
}

/// Get-CASMailbox default view (§2.1, §5.2): fixed widths, booleans left-aligned.
fn table(count: usize) -> String {
    let mut out = String::from("\nName       ActiveSyncEnabled OWAEnabled PopEnabled ImapEnabled MapiEnabled\n----       ----------------- ---------- ---------- ----------- -----------\n");
    for i in 0..count {
        let f = mailbox_fields(i);
        let _ = writeln!(out, "{:<10} {:<17} {:<10} {:<10} {:<11} {}", f[0].1, f[4].1, f[5].1, f[6].1, f[7].1, f[8].1);
    }
    out
}

/// ConvertTo-Json, PowerShell 7 layout (§3.2).
fn json(count: usize) -> String {
    let mut out = String::from("[\n");
    for i in 0..count {
        out.push_str("  {\n");
        let fields = mailbox_fields(i);
        for (k, (name, value)) in fields.iter().enumerate() {
            let value = match value.as_str() {
                "True" => "true".to_owned(),
                "False" => "false".to_owned(),
                "" => "null".to_owned(),
                v if v.starts_with('{') => format!("[{}]", v.trim_matches(['{', '}']).split(", ").map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ")),
                v => format!("\"{v}\""),
            };
            let _ = writeln!(out, "    \"{name}\": {value}{}", if k + 1 < fields.len() { "," } else { "" });
        }
        out.push_str(if i + 1 < count { "  },\n" } else { "  }\n" });
    }
    out.push_str("]\n");
    out
}

/// Export-Csv in Windows PowerShell 5.1 (§4): `#TYPE`, every value quoted, null unquoted.
fn csv(count: usize) -> String {
    let mut out = String::from("#TYPE Deserialized.Microsoft.Exchange.Data.Directory.Management.CASMailbox\n");
    out.push_str(&mailbox_fields(0).iter().map(|(n, _)| format!("\"{n}\"")).collect::<Vec<_>>().join(","));
    out.push('\n');
    for i in 0..count {
        let row: Vec<String> = mailbox_fields(i)
            .into_iter()
            .map(|(_, v)| if v.is_empty() { v } else if v.starts_with('{') { "\"System.Collections.ArrayList\"".into() } else { format!("\"{v}\"") })
            .collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// Messages per trace: `-ResultSize 5000`, a query's most.
const TRACE_MESSAGES: usize = 5_000;

/// Message `i` of trace `query`: received, sender, recipient, subject, status. A hundred
/// devices among the mailboxes of [`mailbox_fields`] send; one message in seven goes outside.
fn message(query: usize, i: usize) -> [String; 5] {
    let (day, second) = (20 + (query * 3 + i / 1_000) % 10, i * 17 % 43_200);
    let received = format!("11/{day}/2026 {}:{:02}:{:02} {}", second / 3600 % 12 + 1, second / 60 % 60, second % 60, if i.is_multiple_of(2) { "AM" } else { "PM" });
    let sender = format!("user{:06}@contoso.example", i % 100 * 97);
    let recipient = if i.is_multiple_of(7) { format!("partner{}@fabrikam.example", i % 50) } else { format!("user{:06}@contoso.example", (i * 31) % 10_000) };
    [received, sender, recipient, format!("Scan {query}-{i}"), if i.is_multiple_of(40) { "Failed" } else { "Delivered" }.to_string()]
}

/// Trace `query`: `head`, then each message as `row` writes it, then a blank line.
fn trace(query: usize, head: &str, row: impl Fn(&mut String, usize, [String; 5])) -> String {
    let mut out = String::from(head);
    for i in 0..TRACE_MESSAGES {
        row(&mut out, i, message(query, i));
    }
    out.push('\n');
    out
}

/// `Get-MessageTraceV2 -ResultSize 5000` as its default table (§2.1; widths of its longest values).
fn trace_table(query: usize) -> String {
    let head = format!("PS C:\\> Get-MessageTraceV2 -StartDate 11/20/2026 -EndDate 11/30/2026 -ResultSize 5000\n\n{:<22} {:<26} {:<26} {:<16} Status\n{:<22} {:<26} {:<26} {:<16} ------\n", "Received", "SenderAddress", "RecipientAddress", "Subject", "--------", "-------------", "----------------", "-------");
    trace(query, &head, |out, _, [received, sender, recipient, subject, status]| {
        let _ = writeln!(out, "{received:<22} {sender:<26} {recipient:<26} {subject:<16} {status}");
    })
}

/// The same, `| Format-List` with every property (§1.1-1.2).
fn trace_list(query: usize) -> String {
    let head = "PS C:\\> Get-MessageTraceV2 -StartDate 11/20/2026 -EndDate 11/30/2026 -ResultSize 5000 | Format-List\n\n";
    trace(query, head, |out, i, [received, sender, recipient, subject, status]| {
        let _ = write!(out, "Organization     : contoso.onmicrosoft.com\nMessageId        : <{query}x{i:08x}@contoso.example>\nReceived         : {received}\nSenderAddress    : {sender}\nRecipientAddress : {recipient}\nSubject          : {subject}\nStatus           : {status}\nToIP             :\nFromIP           : 203.0.113.25\nSize             : {}\nMessageTraceId   : {i:08x}-1111-4222-8333-{query:012x}\nStartDate        : 11/20/2026 12:00:00 AM\nEndDate          : 11/30/2026 12:00:00 AM\nIndex            : {i}\n\n", 20_000 + i);
    })
}

/// The same, Export-Csv in Windows PowerShell 5.1 (§4).
fn trace_csv(query: usize) -> String {
    let head = "#TYPE Deserialized.Microsoft.Exchange.Management.FfoReporting.MessageTraceV2\n\"Received\",\"SenderAddress\",\"RecipientAddress\",\"Subject\",\"Status\",\"FromIP\",\"Size\"\n";
    trace(query, head, |out, i, [received, sender, recipient, subject, status]| {
        let _ = writeln!(out, "\"{received}\",\"{sender}\",\"{recipient}\",\"{subject}\",\"{status}\",\"203.0.113.25\",\"{}\"", 20_000 + i);
    })
}

fn inputs() -> Vec<(&'static str, usize, String)> {
    let mut all = Vec::new();
    for count in SIZES {
        all.push(("list", count, list(count)));
        all.push(("table", count, table(count)));
        all.push(("json", count, json(count)));
        all.push(("csv", count, csv(count)));
    }
    all.push(("trace-table", TRACE_MESSAGES, trace_table(0)));
    all.push(("trace-list", TRACE_MESSAGES, trace_list(0)));
    all.push(("trace-csv", TRACE_MESSAGES, trace_csv(0)));
    all
}

/// Records or, for a message trace, messages read.
fn objects(text: &str) -> usize {
    let parsed = parse(text);
    parsed.records.len() + parsed.usage.traces.len()
}

fn bench_shapes(c: &mut Criterion, inputs: &[(&'static str, usize, String)]) {
    for (shape, count, text) in inputs {
        let expected = objects(text);
        assert_eq!(expected, *count, "{shape} generator and parser disagree");
        let mut group = c.benchmark_group(format!("parse/{shape}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(if *count > 10_000 { 20 } else { 5 }));
        group.bench_function(format!("{count}"), |b| b.iter(|| objects(black_box(text))));
        if *shape == "csv" {
            group.bench_function(format!("{count}-plain-csv-iteration"), |b| b.iter(|| plain_csv_iteration(black_box(text))));
        }
        group.finish();
    }
}


fn report(inputs: &[(&'static str, usize, String)]) {
    println!("\nSummary (best of 5, same run):");
    for (shape, count, text) in inputs {
        let mb = text.len() as f64 / 1e6;
        let parse_time = best_time(5, || {
            black_box(parse(black_box(text)).records.len());
        });
        let what = if shape.starts_with("trace") { "messages " } else { "mailboxes" };
        print!("  {shape:<11} {count:>6} {what} {mb:7.1} MB  parse {:7.1} MB/s", mb / parse_time.as_secs_f64());
        if *shape == "csv" {
            let plain = best_time(5, || {
                black_box(plain_csv_iteration(black_box(text)));
            });
            print!(
                "  plain csv iteration {:7.1} MB/s  ratio parse/plain = {:.2}x",
                mb / plain.as_secs_f64(),
                parse_time.as_secs_f64() / plain.as_secs_f64()
            );
        }
        println!();
    }
    // The traces' messages joined to 100 k mailboxes: the work is per message and per sender,
    // none per mailbox.
    let mailboxes = csv(100_000);
    let traced = format!("{mailboxes}\n{}", (0..4).map(trace_csv).collect::<String>());
    let (alone, with_traces) = (parse(&mailboxes), parse(&traced));
    assert_eq!(with_traces.usage.traces.len(), 4 * TRACE_MESSAGES);
    let build = |parsed| best_time(5, || {
        black_box(Evidence::from_parsed(black_box(parsed)).mailboxes.len());
    });
    let (without, with) = (build(&alone), build(&with_traces));
    let joined = Evidence::from_parsed(&with_traces).mailboxes.iter().filter(|m| m.traffic.is_some()).count();
    println!(
        "  evidence of 100000 mailboxes {:.1} ms; with 4 traces of {TRACE_MESSAGES} messages ({joined} senders joined) {:.1} ms: {:.2} ms more",
        without.as_secs_f64() * 1e3,
        with.as_secs_f64() * 1e3,
        (with.as_secs_f64() - without.as_secs_f64()) * 1e3
    );
}

fn main() {
    let inputs = inputs();
    let mut criterion = Criterion::default().configure_from_args();
    bench_shapes(&mut criterion, &inputs);
    criterion.final_summary();
    report(&inputs);
}
