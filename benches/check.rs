//! `check` over a tenant of 100,000 mailboxes (issue 14): a tenant switch and the 5.1
//! `Export-Csv` of `Get-EXOCasMailbox`, as the bulk end-to-end test pastes it. Criterion times
//! `check --mailbox ID` (the whole tenant parsed and evaluated, one mailbox shown) and the full
//! `check --format json` (written to nowhere); afterwards, in the same run, `figures:` lines give
//! the ratios against the anchors: Python's `csv.reader` iterating the same file (target ≤ 1.5×)
//! and serialising the finished report (the output's own cost; target: about 1×), and the peak
//! memory `check --mailbox` added against the file's size (target ≤ 10×).
//!
//! Run: `cargo bench --bench check`.

use std::fmt::Write as _;
use std::hint::black_box;
use std::process::Command;
use std::time::Duration;

use criterion::{Criterion, Throughput};

mod support;
use support::{best_time, peak_resident};
use exo_auth_analyzer::remedy::analyze;
use exo_auth_analyzer::rules::{Context, Date};

const MAILBOXES: usize = 100_000;

fn tenant(count: usize) -> String {
    let mut out = String::from("SmtpClientAuthenticationDisabled : True\n\n#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.CASMailbox\n");
    out.push_str("\"Identity\",\"PrimarySmtpAddress\",\"PopEnabled\",\"ImapEnabled\",\"SmtpClientAuthenticationDisabled\"\n");
    for i in 1..=count {
        let on = if i.is_multiple_of(5) { "False" } else { "True" };
        let smtp = if i.is_multiple_of(7) { "\"False\"" } else { "" };
        let _ = writeln!(out, "\"user{i:05}\",\"user{i:05}@contoso.com\",\"{on}\",\"{on}\",{smtp}");
    }
    out
}

fn check(args: &[&str]) {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    black_box(exo_auth_analyzer::cli::run(&args, &mut std::io::sink()));
}

/// Python's `csv.reader` over the file, best of five, as Python times it (no start-up).
fn python_csv_reader(path: &str) -> Option<f64> {
    let script = "import csv,sys,time\nbest=1e9\nfor _ in range(5):\n t=time.perf_counter()\n with open(sys.argv[1],newline='') as f:\n  n=sum(1 for _ in csv.reader(f))\n best=min(best,time.perf_counter()-t)\nprint(best)";
    let output = Command::new("python3").args(["-c", script, path]).output().ok()?;
    String::from_utf8_lossy(&output.stdout).trim().parse().ok()
}

fn main() {
    let text = tenant(MAILBOXES);
    let path = std::env::temp_dir().join(format!("exo-check-bench-{}.csv", std::process::id()));
    std::fs::write(&path, &text).expect("temporary file");
    let path = path.to_string_lossy().into_owned();
    let one = ["check", "--as-of", "2026-12-01", "--mailbox", "user04242@contoso.com", path.as_str()];
    let json = ["check", "--as-of", "2026-12-01", "--format", "json", path.as_str()];

    // First, before anything else has grown the process: the memory one check adds.
    let before = peak_resident();
    check(&one);
    let added = peak_resident().saturating_sub(before);

    let mut criterion = Criterion::default().configure_from_args();
    {
        let mut group = criterion.benchmark_group("check/100k-mailboxes");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(15));
        group.bench_function("mailbox", |b| b.iter(|| check(&one)));
        group.bench_function("json", |b| b.iter(|| check(&json)));
        group.finish();
    }
    criterion.final_summary();

    let mb = text.len() as f64 / 1e6;
    let one_time = best_time(5, || check(&one)).as_secs_f64();
    let json_time = best_time(3, || check(&json)).as_secs_f64();
    let context = Context::new(Date::new(2026, 12, 1).unwrap_or_default());
    let (_, report) = analyze(&text, &context);
    let writing = best_time(3, || {
        black_box(serde_json::to_writer_pretty(std::io::sink(), &report).is_ok());
    })
    .as_secs_f64();
    println!("figures: check --mailbox over {MAILBOXES} mailboxes ({mb:.1} MB): {:.0} ms, peak memory added {:.0} MB = {:.1}x the file",
        one_time * 1e3, added as f64 / 1e6, added as f64 / text.len() as f64);
    match python_csv_reader(&path) {
        Some(python) => println!("figures: python csv.reader over the same file {:.0} ms; ratio check --mailbox / csv.reader = {:.2}x", python * 1e3, one_time / python),
        None => println!("figures: python3 not found: no csv.reader anchor"),
    }
    println!("figures: check --format json {:.0} ms; writing the finished report alone {:.0} ms; ratio = {:.2}x", json_time * 1e3, writing * 1e3, json_time / writing);
    let _ = std::fs::remove_file(&path);
}
