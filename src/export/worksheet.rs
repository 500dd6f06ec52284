//! The worksheet: one row per account that signs in with a password, with its plan, for an
//! admin to work through until the end of December — as CSV (for a spreadsheet, and read back
//! as the admin's answers when pasted or opened again) and as Markdown (for a ticket).
//!
//! The CSV's headers and values are the same in every language, so that a sheet written on a
//! German page reads back anywhere: the first columns are exactly `Account,Sender,Sends
//! outside,Recommended`; `Sender` and `Sends outside` hold only what the admin answered
//! (`device`/`app`/`person`, `yes`/`no`), never a likely reading of the evidence, which has a
//! column of its own; `Status` is the admin's, carried from sheet to sheet.

use super::csv_table::{defuse_formula, push_record};
use super::markdown;
use crate::parse::{iso_utc, Answer, Sender, UsageAuth, UsageProtocol};
use crate::remedy::way_out::Given;
use crate::remedy::{MailboxView, Report};
use crate::rules::way_out::{IpReading, Path, SenderBasis, WayOut};
use crate::rules::Protocol;
use crate::wording::{self, way_out as words, Lang};

/// The CSV's header: the first four columns are the read-back contract.
pub const WORKSHEET_HEADER: [&str; 14] = [
    "Account",
    "Sender",
    "Sends outside",
    "Recommended",
    "Server",
    "Port",
    "Sign-in",
    "Source IPs",
    "Site",
    "Password sign-ins",
    "Last success",
    "December",
    "From the evidence",
    "Status",
];

/// One account's row, as both forms show it.
struct Row<'a> {
    mailbox: MailboxView<'a>,
    plan: WayOut,
    answer: Option<Answer>,
}

/// The accounts that have a plan, in report order, each with its plan as answered so far.
fn rows<'a>(report: &'a Report, given: &'a Given) -> impl Iterator<Item = Row<'a>> + 'a {
    report.mailboxes.iter().filter(|m| m.has_plan()).filter_map(move |mailbox| {
        let extra = mailbox.answer_key().and_then(|key| given.get(&key));
        let plan = mailbox.way_out(extra)?;
        let answer = match (mailbox.answer(), extra) {
            (Some(sheet), Some(page)) => Some(sheet.overlaid(page)),
            (sheet, page) => sheet.or(page).cloned(),
        };
        Some(Row { mailbox, plan, answer })
    })
}

/// The worksheet as CSV (RFC 4180, formulas defused, `\n` after every record).
pub fn worksheet_csv(report: &Report, given: &Given, lang: Lang) -> String {
    let mut out = String::new();
    push_record(&mut out, &WORKSHEET_HEADER.map(str::to_string));
    for row in rows(report, given) {
        let answer = row.answer.as_ref();
        // Not answered: a blank cell for the admin to fill in (see the module).
        let sender = answer.map(|a| a.sender).filter(|s| *s != Sender::Unknown).map_or("", Sender::code);
        let outside = match answer.and_then(|a| a.sends_outside) {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let (server, port, sign_in) = device(&row);
        let record = [
            defuse_formula(row.mailbox.identity()),
            sender.to_string(),
            outside.to_string(),
            row.plan.recommended.map_or("ask", Path::code).to_string(),
            server,
            port,
            sign_in,
            defuse_formula(&source_ips(&row)),
            // No single address (none or several): an empty cell.
            defuse_formula(row.plan.ip.single().unwrap_or_default()),
            password_successes(&row),
            last_success(&row),
            row.mailbox.december().code().to_string(),
            defuse_formula(&evidence(lang, &row.plan)),
            // No answer or no status: an empty cell.
            defuse_formula(answer.and_then(|a| a.status.as_deref()).unwrap_or_default()),
        ];
        push_record(&mut out, &record);
    }
    out
}

/// The worksheet as a Markdown table in the page's language.
pub fn worksheet_markdown(report: &Report, given: &Given, lang: Lang) -> String {
    let header = words::worksheet_headings(lang);
    let mut out = markdown::head(&header.map(str::to_string));
    for row in rows(report, given) {
        let sender = match row.plan.sender_from {
            SenderBasis::Likely => format!("{} ({})", words::sender(lang, row.plan.sender), words::likely(lang)),
            _ => words::sender(lang, row.plan.sender).to_string(),
        };
        let (server, port, sign_in) = device(&row);
        let connection = if server.is_empty() { "—".to_string() } else { format!("{server}:{port}, {sign_in}") };
        let cells = [
            wording::markdown_literal(row.mailbox.identity()),
            sender,
            words::yes_no(lang, row.plan.sends_outside).to_string(),
            words::recommended_short(lang, row.plan.recommended).to_string(),
            wording::markdown_literal(&connection),
            // No single address (none or several): a dash.
            wording::markdown_literal(row.plan.ip.single().unwrap_or("—")),
            password_successes(&row),
            // No last sign-in: a dash (an ISO timestamp always has its 10-character day).
            last_success(&row).get(..10).unwrap_or("—").to_string(),
            // No answer or no status: an empty cell.
            wording::markdown_literal(row.answer.as_ref().and_then(|a| a.status.as_deref()).unwrap_or_default()),
        ];
        out.push_str(&markdown::row(&cells));
    }
    out
}

/// The recommended path's server, port and sign-in; blank while the plan asks.
fn device(row: &Row<'_>) -> (String, String, String) {
    let settings = row.plan.recommended.and_then(|path| row.mailbox.path_steps(&row.plan, path)).and_then(|steps| steps.device);
    match settings {
        Some(d) => (d.server, d.port.to_string(), d.sign_in.code().to_string()),
        None => (String::new(), String::new(), String::new()),
    }
}

fn source_ips(row: &Row<'_>) -> String {
    match &row.plan.ip {
        IpReading::None => String::new(),
        IpReading::One { address } | IpReading::NotPublicIpv4 { address } => address.clone(),
        IpReading::Several { addresses } => addresses.join("; "),
    }
}

fn smtp_password<'a>(row: &Row<'a>) -> Option<&'a crate::rules::usage_view::UsageView> {
    row.mailbox.usage().iter().find(|u| u.protocol == UsageProtocol::Mail(Protocol::Smtp) && u.auth == UsageAuth::Basic)
}

fn password_successes(row: &Row<'_>) -> String {
    // No password sign-in over SMTP in the evidence: none counted.
    smtp_password(row).map_or(0, |u| u.successes).to_string()
}

fn last_success(row: &Row<'_>) -> String {
    // No password sign-in with a date: an empty cell.
    smtp_password(row).and_then(|u| u.last_success.clone()).or_else(|| row.mailbox.december_detail().and_then(|d| d.last_success).map(iso_utc)).unwrap_or_default()
}

/// What the evidence suggests, for the admin to confirm: the likely sender and what a message
/// trace shows.
fn evidence(lang: Lang, plan: &WayOut) -> String {
    let mut parts = Vec::new();
    if plan.sender_from == SenderBasis::Likely {
        parts.push(words::sender_reading(lang, plan));
    }
    if plan.traffic.is_some() {
        parts.push(words::outside_reading(lang, plan));
    }
    parts.join(" ")
}
