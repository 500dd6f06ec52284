//! The bulk view's rows: what the table, the summary and the exports show per mailbox.

use crate::parse::{UsageAuth, UsageProtocol};
use crate::rules::{AuthMethod, December, Protocol, Status};
use crate::remedy::{MailboxView, Report};
use crate::rules::usage_view::UsageView;
use crate::wording::{self, Lang};

/// The protocol × method columns, in display order.
pub const COLUMNS: [(Protocol, AuthMethod); 6] = [
    (Protocol::Pop, AuthMethod::Basic),
    (Protocol::Pop, AuthMethod::OAuth),
    (Protocol::Imap, AuthMethod::Basic),
    (Protocol::Imap, AuthMethod::OAuth),
    (Protocol::Smtp, AuthMethod::Basic),
    (Protocol::Smtp, AuthMethod::OAuth),
];

/// One mailbox: its identity and the status in each of [`COLUMNS`] (`None`: no verdict, e.g.
/// a combination the chosen client does not use).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailboxRow<'a> {
    /// Position in `Report::mailboxes`.
    pub index: usize,
    pub identity: &'a str,
    pub statuses: [Option<Status>; 6],
    /// Rule ids of the verdicts that block, in column order, without repeats.
    pub blocking_rules: Vec<&'static str>,
    /// What the end-of-December default change does to it.
    pub december: December,
    /// Its password sign-ins over SMTP AUTH, if the evidence shows any.
    pub smtp_password_usage: Option<&'a UsageView>,
}

pub fn mailbox_rows(report: &Report) -> Vec<MailboxRow<'_>> {
    report.mailboxes.iter().enumerate().map(|(index, mailbox)| mailbox_row(index, mailbox)).collect()
}

/// The row of the mailbox at `index` of `Report::mailboxes`.
pub fn mailbox_row(index: usize, mailbox: MailboxView<'_>) -> MailboxRow<'_> {
    // Statuses and rules are the settings group's; no line is shown here.
    let verdicts = mailbox.settings_verdicts();
    let verdict = |(protocol, auth): (Protocol, AuthMethod)| verdicts.iter().find(|v| v.protocol == protocol && v.auth == auth);
    let mut blocking_rules = Vec::new();
    for verdict in COLUMNS.into_iter().filter_map(verdict) {
        if verdict.status == Status::Blocked && !blocking_rules.contains(&verdict.rule) {
            blocking_rules.push(verdict.rule);
        }
    }
    MailboxRow {
        index,
        identity: mailbox.identity(),
        statuses: COLUMNS.map(|column| verdict(column).map(|v| v.status)),
        blocking_rules,
        december: mailbox.december(),
        smtp_password_usage: mailbox.usage().iter().find(|u| u.protocol == UsageProtocol::Mail(Protocol::Smtp) && u.auth == UsageAuth::Basic),
    }
}

/// The headings of the evidence columns (password sign-ins over SMTP AUTH and the December
/// answer); none when the paste has no sign-in log or usage report, where every answer would
/// be "unknown".
pub fn evidence_headings(report: &Report, lang: Lang) -> Vec<String> {
    if report.december_summary.is_none() {
        return Vec::new();
    }
    let mut headings: Vec<String> = wording::smtp_password_headings(lang).map(str::to_string).into();
    headings.push(wording::december_heading(lang).to_string());
    headings
}

/// A mailbox's evidence cells, matching [`evidence_headings`]: successes, failures, last
/// success (ISO 8601, as spreadsheets sort it), December.
pub fn evidence_cells(report: &Report, row: &MailboxRow<'_>, lang: Lang) -> Vec<String> {
    if report.december_summary.is_none() {
        return Vec::new();
    }
    // Evidence was pasted (above): a mailbox without password sign-ins over SMTP had none.
    let smtp = row.smtp_password_usage;
    vec![
        smtp.map_or(0, |u| u.successes).to_string(),
        smtp.map_or(0, |u| u.failures).to_string(),
        // No password sign-in with a date: an empty cell.
        smtp.and_then(|u| u.last_success.clone()).unwrap_or_default(),
        wording::december(lang, row.december).to_string(),
    ]
}
