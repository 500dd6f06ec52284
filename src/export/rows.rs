//! The bulk view's rows: what the table, the summary and the exports show per mailbox.

use crate::rules::{AuthMethod, Protocol, Report, Status};

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
}

pub fn mailbox_rows(report: &Report) -> Vec<MailboxRow<'_>> {
    report
        .mailboxes
        .iter()
        .enumerate()
        .map(|(index, mailbox)| {
            let verdict = |(protocol, auth): (Protocol, AuthMethod)| {
                mailbox.verdicts.iter().find(|v| v.protocol == protocol && v.auth == auth)
            };
            let mut blocking_rules = Vec::new();
            for verdict in COLUMNS.into_iter().filter_map(verdict) {
                if verdict.status == Status::Blocked && !blocking_rules.contains(&verdict.rule) {
                    blocking_rules.push(verdict.rule);
                }
            }
            MailboxRow {
                index,
                identity: &mailbox.identity,
                statuses: COLUMNS.map(|column| verdict(column).map(|v| v.status)),
                blocking_rules,
            }
        })
        .collect()
}
