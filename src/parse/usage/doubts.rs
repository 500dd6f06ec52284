//! What an export could not tell, said once per source with the line it starts at and what to
//! do about it (evidence.md: the window, users without names, unreadable status, concealed
//! names, a report without its Basic/OAuth column).

use super::fields::{Col, FLATTENED_EXPORT, Fields, RowDoubts, is_concealed};
use super::{Source, SourceKind, UsageRow};
use crate::parse::sink::{Sink, code};
use crate::parse::Severity;

/// Lines of an Email apps usage report whose user name is concealed. A report line stands for
/// one row per protocol it shows: lines are counted, not rows.
fn concealed_lines(kind: SourceKind, rows: &[UsageRow]) -> usize {
    if kind != SourceKind::EmailAppsUsage {
        return 0;
    }
    let mut last_line = 0;
    let mut count = 0;
    for row in rows.iter().filter(|r| is_concealed(&r.account)) {
        if row.line != last_line {
            count += 1;
            last_line = row.line;
        }
    }
    count
}

/// Doubts collected over one source's rows: how many rows had each, and the first such line.
#[derive(Default)]
pub(super) struct SourceDoubts {
    no_user: (usize, u32),
    status_type_name: (usize, u32),
    time_unreadable: (usize, u32),
    ip_list: (usize, u32),
    /// The first IP address cell that holds several.
    ip_list_cell: Option<String>,
    tenant: Option<String>,
    /// The first row of another tenant: its line and tenant.
    other_tenant: Option<(u32, String)>,
}

impl SourceDoubts {
    pub(super) fn add(&mut self, doubts: RowDoubts, fields: &Fields<'_>, line: u32) {
        if let Some(tenant) = fields.get(Col::Tenant) {
            match &self.tenant {
                None => self.tenant = Some(tenant.to_string()),
                Some(first) if self.other_tenant.is_none() && !first.eq_ignore_ascii_case(tenant) => self.other_tenant = Some((line, tenant.to_string())),
                Some(_) => {}
            }
        }
        let note = |flag: bool, slot: &mut (usize, u32)| {
            if flag {
                if slot.0 == 0 {
                    slot.1 = line;
                }
                slot.0 += 1;
            }
        };
        note(doubts.no_user, &mut self.no_user);
        note(doubts.status_type_name, &mut self.status_type_name);
        note(doubts.time_unreadable, &mut self.time_unreadable);
        note(doubts.ip_list, &mut self.ip_list);
        if doubts.ip_list && self.ip_list_cell.is_none() {
            self.ip_list_cell = fields.get(Col::Ip).map(|cell| cell.chars().take(80).collect());
        }
    }

    /// Reports a source's doubts and adds it to the usage read; its rows are those read since
    /// there were `rows_before`.
    pub(super) fn push_source(self, mut source: Source, rows_before: usize, sink: &mut Sink) {
        let rows = std::mem::take(&mut sink.usage().rows);
        // `rows_before` is how many rows there were before this source: at most as many as now.
        self.report(&mut source, rows.get(rows_before..).unwrap_or_default(), sink);
        sink.usage().rows = rows;
        sink.push_source(source);
    }

    /// Reports the doubts of a source whose rows are `rows`.
    fn report(self, source: &mut Source, rows: &[UsageRow], sink: &mut Sink) {
        source.concealed_names = concealed_lines(source.kind, rows);
        let start = source.line;
        source.tenant = self.tenant.clone();
        if let (Some(first), Some((line, other))) = (&self.tenant, &self.other_tenant) {
            sink.diagnose(Severity::Warning, *line, code::EVIDENCE_TENANTS_MIXED, format_args!("Line {line} is a sign-in to tenant {other}, the export starting at line {start} began with tenant {first}: logs of two tenants are mixed, and accounts are joined by name across them."), Some("Download each tenant's log on its own and paste it with that tenant's cmdlet output."));
        }
        if self.no_user.0 > 0 {
            let (count, line) = self.no_user;
            sink.diagnose(Severity::Info, line, code::EVIDENCE_NO_USER, format_args!("{count} row(s) of the export starting at line {start} have no user name (first at line {line}); they are counted but belong to no account."), None);
        }
        if self.status_type_name.0 > 0 {
            let (count, line) = self.status_type_name;
            sink.diagnose(
                Severity::Warning,
                line,
                code::EVIDENCE_STATUS_UNREADABLE,
                format_args!("Line {line}: the sign-in status shows only its type name (Microsoft.Graph.PowerShell.Models…) in {count} row(s), so success and failure cannot be told; those rows are counted neither way."),
                Some(&format!("Export with the status flattened: {FLATTENED_EXPORT}")),
            );
        }
        if self.time_unreadable.0 > 0 {
            let (count, line) = self.time_unreadable;
            sink.diagnose(Severity::Warning, line, code::EVIDENCE_TIME_UNREADABLE, format_args!("{count} timestamp(s) of the export starting at line {start} could not be read for sure (first at line {line}); the window leaves them out."), Some("Export the log as the portal or Graph writes it (ISO 8601, UTC)."));
        }
        if self.ip_list.0 > 0 {
            let (count, line) = self.ip_list;
            // Set from the first row whose IP cell holds several addresses, as `ip_list` is counted.
            let cell = self.ip_list_cell.as_deref().unwrap_or_default();
            sink.diagnose(Severity::Warning, line, code::EVIDENCE_IP_LIST, format_args!("Line {line}: the IP address cell '{cell}' holds several addresses ({count} row(s) of the export at line {start}); such a cell never goes into a connector."), Some("A relay connector needs the one public IPv4 address the device sends from: look on the device or ask who runs its network."));
        }
        if !source.has_users {
            sink.diagnose(Severity::Warning, start, code::EVIDENCE_NO_USERS_IN_FILE, format_args!("The export at line {start} is a service-principal (application) sign-in log: it has no users and no client app, so it cannot show SMTP AUTH, POP3 or IMAP4 sign-ins by users."), Some("Download the interactive and non-interactive user sign-ins instead (Entra admin center > Sign-in logs > User sign-ins > Download)."));
        }
        if source.concealed_names > 0 {
            let count = source.concealed_names;
            sink.diagnose(Severity::Warning, start, code::EVIDENCE_CONCEALED_NAMES, format_args!("The Email apps usage report at line {start} hides {count} user name(s) behind hashes, so they cannot be matched to mailboxes."), Some("Show the names: Microsoft 365 admin center > Settings > Org settings > Reports > clear 'Display concealed user, group, and site names in all reports', then export again."));
        }
        if source.kind == SourceKind::SmtpAuthClientsReport && !source.shows_method {
            sink.diagnose(Severity::Info, start, code::EVIDENCE_METHOD_NOT_SHOWN, format_args!("The SMTP AUTH clients report at line {start} has no authentication protocol column, so it shows SMTP AUTH use but not whether with a password or OAuth."), Some("Export the report again from the Exchange admin center (Reports > Mail flow > SMTP AUTH clients); newer exports show Basic or OAuth."));
        }
    }
}
