//! Parser throughput on generated inputs of 10 k and 100 k mailboxes in each shape (issue 3):
//! Format-List (Get-EXOCasMailbox), Format-Table (Get-CASMailbox view), ConvertTo-Json (7
//! layout), Export-Csv (5.1). Criterion reports MB/s per shape; afterwards the CSV parse is timed
//! against the `csv` crate's plain record iteration over the same file, in the same run, and
//! the ratio printed. Targets: CSV within 2x of plain iteration; Format-List >= 200 MB/s.
//!
//! Run: `cargo bench --bench parse` (the release profile, which benchmarks inherit, is built
//! for speed; only the shipped wasm is built for size, by scripts/trunk.sh).

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput};

mod support;
use support::{best_time, plain_csv_iteration};
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


fn inputs() -> Vec<(&'static str, usize, String)> {
    let mut all = Vec::new();
    for count in SIZES {
        all.push(("list", count, list(count)));
        all.push(("table", count, table(count)));
        all.push(("json", count, json(count)));
        all.push(("csv", count, csv(count)));
    }
    all
}

fn bench_shapes(c: &mut Criterion, inputs: &[(&'static str, usize, String)]) {
    for (shape, count, text) in inputs {
        let expected = parse(text).records.len();
        assert_eq!(expected, *count, "{shape} generator and parser disagree");
        let mut group = c.benchmark_group(format!("parse/{shape}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(if *count > 10_000 { 20 } else { 5 }));
        group.bench_function(format!("{count}"), |b| b.iter(|| parse(black_box(text)).records.len()));
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
        print!("  {shape:<5} {count:>6} mailboxes {mb:7.1} MB  parse {:7.1} MB/s", mb / parse_time.as_secs_f64());
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
}

fn main() {
    let inputs = inputs();
    let mut criterion = Criterion::default().configure_from_args();
    bench_shapes(&mut criterion, &inputs);
    criterion.final_summary();
    report(&inputs);
}
