//! Sign-in log throughput (issue 13): a 30-day Entra portal download of a 10 000-user tenant,
//! about 300 000 rows of the 57-column CSV (~150 MB), generated here with the portal's own header
//! (`../shared/evidence-samples/004-…`). Criterion measures MB/s for 30 000 rows (parse only,
//! and parse + evidence + verdicts as `check` runs it); afterwards the 300 000-row file is read
//! once, and its time, MB/s, the memory the parse added (peak resident set, from
//! `/proc/self/status`) and the ratio to the `csv` crate's plain iteration are printed as
//! `figures:` lines.
//!
//! Run: `cargo bench --bench signins`.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};

mod support;
use support::{best_time, peak_resident, plain_csv_iteration};
use exo_auth_analyzer::parse::parse;
use exo_auth_analyzer::rules::{Context, Date};
use exo_auth_analyzer::remedy::evaluate;

const HEADER: &str = "Date (UTC),Request ID,User agent,Correlation ID,User ID,User,Username,User type,Cross tenant access type,Incoming token type,Authentication Protocol,Unique token identifier,Original transfer method,Client credential type,Token Protection - Sign In Session,Token Protection - Sign In Session StatusCode,Application,Application ID ,App owner tenant ID,Resource,Resource ID ,Resource tenant ID,Resource owner tenant ID,Home tenant ID,Home tenant name,IP address,Location,Status,Sign-in error code,Failure reason,Client app,Device ID,Browser,Operating System,Compliant,Managed,Join Type,Multifactor authentication result,Multifactor authentication auth method,Multifactor authentication auth detail,Authentication requirement,Sign-in identifier,Session ID,IP address (seen by resource),Through Global Secure Access,Global Secure Access IP address,Autonomous system  number,Flagged for review,Token issuer type,Incoming token type,Token issuer name,Latency,Conditional Access,Managed Identity type,Associated Resource Id,Federated Token Id,Federated Token Issuer";

const USERS: usize = 10_000;

/// One sign-in: most are modern (browser, desktop apps); one user in fifty is a device that
/// signs in with a password over SMTP AUTH, and one row in forty is a failure.
fn row(out: &mut String, i: usize) {
    let user = i % USERS;
    let device = user.is_multiple_of(50);
    let (client, agent, protocol) = if device && i.is_multiple_of(3) {
        ("Authenticated SMTP", "BAV2ROPC", "ropc")
    } else if i.is_multiple_of(2) {
        ("Browser", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "none")
    } else {
        ("Mobile Apps and Desktop clients", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18129; Pro)", "none")
    };
    let (status, code, reason) = if i.is_multiple_of(40) { ("Failure", "50126", "Error validating credentials due to invalid username or password.") } else { ("Success", "0", "") };
    let (day, second) = (i * 30 / 300_000, i % 86_400);
    let _ = writeln!(
        out,
        "2026-11-{:02}T{:02}:{:02}:{:02}Z,{i:08x}-1111-4222-8333-444455556666,\"{agent}\",{i:08x}-aaaa-4bbb-8ccc-ddddeeeeffff,{user:08x}-0000-4000-8000-000000000000,User {user},user{user:05}@contoso.example,Member,none,none,{protocol},,,None,,,Office 365 Exchange Online,00000002-0000-0ff1-ce00-000000000000,,Office 365 Exchange Online,00000002-0000-0ff1-ce00-000000000000,,,,,198.51.{}.{},\"Seattle, Washington, US\",{status},{code},{reason},{client},,Edge 131.0.0,Windows10,False,False,,,,,Single-factor authentication,user{user:05}@contoso.example,,198.51.{}.{},False,,64500,False,AzureAD,none,,120,Not Applied,,,,",
        1 + day.min(29),
        second / 3600,
        second / 60 % 60,
        second % 60,
        user / 256 % 256,
        user % 256,
        user / 256 % 256,
        user % 256,
    );
}

fn export(rows: usize) -> String {
    let mut out = String::with_capacity(rows * 560);
    out.push_str(HEADER);
    out.push('\n');
    for i in 0..rows {
        row(&mut out, i);
    }
    out
}


fn context() -> Context {
    Context::new(Date::parse("2026-12-01").unwrap_or_default())
}


fn main() {
    let small = export(30_000);
    let mut criterion = Criterion::default().configure_from_args();
    {
        let mut group = criterion.benchmark_group("signins/portal-csv");
        group.throughput(Throughput::Bytes(small.len() as u64));
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(10));
        group.bench_function("30000-parse", |b| b.iter(|| parse(black_box(&small)).usage.rows.len()));
        group.bench_function("30000-check", |b| b.iter(|| evaluate(&parse(black_box(&small)), &context()).mailboxes.len()));
        group.bench_function("30000-plain-csv-iteration", |b| b.iter(|| plain_csv_iteration(black_box(&small))));
        group.finish();
    }
    criterion.final_summary();

    let large = export(300_000);
    let mb = large.len() as f64 / 1e6;
    let before = peak_resident();
    let start = Instant::now();
    let parsed = parse(&large);
    let parse_time = start.elapsed();
    let after = peak_resident();
    let report = evaluate(&parsed, &context());
    let check_time = start.elapsed();
    let plain = best_time(3, || {
        black_box(plain_csv_iteration(black_box(&large)));
    });
    let summary = report.december_summary.unwrap_or_default();
    println!("figures: signins rows={} accounts={} breaks={} MB={mb:.1}", parsed.usage.rows.len(), report.mailboxes.len(), summary.breaks);
    println!("figures: signins parse {:.2} s = {:.0} MB/s; parse + verdicts {:.2} s", parse_time.as_secs_f64(), mb / parse_time.as_secs_f64(), check_time.as_secs_f64());
    println!("figures: signins plain csv iteration {:.0} MB/s; parse / plain = {:.2}x", mb / plain.as_secs_f64(), parse_time.as_secs_f64() / plain.as_secs_f64());
    println!("figures: signins memory added by the parse {:.0} MB ({:.2} bytes per input byte)", after.saturating_sub(before) as f64 / 1e6, after.saturating_sub(before) as f64 / large.len() as f64);
}
