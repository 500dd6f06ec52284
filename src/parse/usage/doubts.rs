//! What an export could not tell, said once per source with the line it starts at and what to
//! do about it (evidence.md: the window, users without names, unreadable status, concealed
//! names, a report without its Basic/OAuth column).

use super::fields::{Col, Fields, RowDoubts, is_concealed};
use super::{Source, SourceKind, UsageRow};
use crate::parse::sink::Sink;
use crate::parse::{DiagnosticKind, TenantsMixed};

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
    count_unreadable: (usize, u32),
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
        note(doubts.count_unreadable, &mut self.count_unreadable);
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
            let mixed = TenantsMixed::InExport { start, first: first.clone(), other: other.clone() };
            sink.diagnose(*line, DiagnosticKind::TenantsMixed(mixed));
        }
        if self.no_user.0 > 0 {
            let (count, line) = self.no_user;
            sink.diagnose(line, DiagnosticKind::NoUser { start, count });
        }
        if self.status_type_name.0 > 0 {
            let (count, line) = self.status_type_name;
            sink.diagnose(line, DiagnosticKind::StatusUnreadable { count });
        }
        if self.time_unreadable.0 > 0 {
            let (count, line) = self.time_unreadable;
            sink.diagnose(line, DiagnosticKind::TimeUnreadable { start, count });
        }
        if self.count_unreadable.0 > 0 {
            let (count, line) = self.count_unreadable;
            sink.diagnose(line, DiagnosticKind::CountUnreadable { start, count });
        }
        if self.ip_list.0 > 0 {
            let (count, line) = self.ip_list;
            // Set from the first row whose IP cell holds several addresses, as `ip_list` is counted.
            let cell = self.ip_list_cell.clone().unwrap_or_default();
            sink.diagnose(line, DiagnosticKind::IpList { cell, start, count });
        }
        if !source.has_users {
            sink.diagnose(start, DiagnosticKind::ServicePrincipals);
        }
        if source.concealed_names > 0 {
            let count = source.concealed_names;
            sink.diagnose(start, DiagnosticKind::ConcealedNames { count });
        }
        if source.kind == SourceKind::SmtpAuthClientsReport && !source.shows_method {
            sink.diagnose(start, DiagnosticKind::MethodNotShown);
        }
    }
}
