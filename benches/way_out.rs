//! The way out at tenant scale (issue 21): the 100,000-mailbox tenant of `benches/check.rs`
//! plus a sign-in log in which 10,000 of them sign in with a password over SMTP AUTH (from 500
//! site addresses). Prints `figures:` lines, all measured in this run: the analysis with and
//! without the log (the ratio is what the plans' facts add), every plan made once (decide and
//! the recommended path filled in) per account, and the worksheet CSV.
//!
//! Run: `cargo bench --bench way_out`.

use std::fmt::Write as _;
use std::hint::black_box;

mod support;
use exo_auth_analyzer::export::worksheet_csv;
use exo_auth_analyzer::remedy::analyze;
use exo_auth_analyzer::rules::{Context, Date};
use exo_auth_analyzer::wording::Lang;
use support::best_time;

const MAILBOXES: usize = 100_000;
const SIGNING_IN_WITH_A_PASSWORD: usize = 10_000;

fn tenant() -> String {
    let mut out = String::from("SmtpClientAuthenticationDisabled : False\n\n#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.CASMailbox\n");
    out.push_str("\"Identity\",\"PrimarySmtpAddress\",\"PopEnabled\",\"ImapEnabled\",\"SmtpClientAuthenticationDisabled\"\n");
    for i in 1..=MAILBOXES {
        let on = if i.is_multiple_of(5) { "False" } else { "True" };
        let _ = writeln!(out, "\"user{i:05}\",\"user{i:05}@contoso.com\",\"{on}\",\"{on}\",");
    }
    out
}

/// Three successful password sign-ins per account, every tenth mailbox, from one of 500 sites.
fn sign_ins() -> String {
    let mut out = String::from("\nDate (UTC),Username,User,Client app,Status,Sign-in error code,IP address,User agent\n");
    for n in 0..SIGNING_IN_WITH_A_PASSWORD {
        let i = (n + 1) * 10;
        let site = n % 500;
        for day in 20..23 {
            let _ = writeln!(out, "2026-11-{day}T08:00:00Z,user{i:05}@contoso.com,Scanner {i},Authenticated SMTP,Success,0,203.0.{}.{},BAV2ROPC", site / 250, site % 250);
        }
    }
    out
}

fn main() {
    let settings = tenant();
    let both = format!("{settings}{}", sign_ins());
    let context = Context::new(Date::new(2026, 12, 5).unwrap_or_default());
    let alone = best_time(3, || drop(black_box(analyze(&settings, &context)))).as_secs_f64();
    let with_log = best_time(3, || drop(black_box(analyze(&both, &context)))).as_secs_f64();
    let (_, report) = analyze(&both, &context);
    let planned: Vec<_> = report.mailboxes.iter().filter(|m| m.has_plan()).collect();
    let plans = best_time(3, || {
        for mailbox in &planned {
            let plan = mailbox.way_out(None);
            black_box(plan.as_ref().and_then(|p| p.recommended.and_then(|path| mailbox.path_steps(p, path))));
        }
    })
    .as_secs_f64();
    let given = Default::default();
    let sheet = best_time(3, || drop(black_box(worksheet_csv(&report, &given, Lang::En)))).as_secs_f64();
    println!("figures: analyse {MAILBOXES} mailboxes: {:.0} ms; with a sign-in log of {} password senders: {:.0} ms; ratio {:.2}x", alone * 1e3, planned.len(), with_log * 1e3, with_log / alone);
    println!("figures: {} plans made and their recommended path filled in: {:.0} ms = {:.1} µs per account; {} sites", planned.len(), plans * 1e3, plans * 1e6 / planned.len().max(1) as f64, report.sites.len());
    println!("figures: worksheet CSV of {} accounts: {:.0} ms", planned.len(), sheet * 1e3);
}
