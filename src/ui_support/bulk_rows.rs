//! The bulk table's rows, built in steps: per mailbox its six statuses, December answer and
//! identity in lower case (for the filter, [`super::bulk_filter`]), the counts per status and
//! column, and the mailboxes in identity order. Built once per analysis,
//! not on every render: at 100,000 mailboxes building the rows and sorting them took 80-140 ms
//! on each scroll, and at a million 1.5-1.8 s at once. The sort by identity is a bottom-up
//! merge sort whose passes stop after a given amount of work and go on in the next step (and
//! needs no copy of the standard library's sort).

use std::cmp::Ordering;

use super::folded_identities::FoldedIdentities;
use crate::export::{mailbox_row, COLUMNS};
use crate::remedy::{Mailboxes, Report};
use crate::rules::smtp::sa3_tenant_switch;
use crate::rules::{December, Protocol, Status};

/// What the table shows and filters on for one mailbox (its identity is read from the report).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowFacts {
    /// The status in each of [`COLUMNS`]; `None`: no verdict.
    pub statuses: [Option<Status>; COLUMNS.len()],
    /// Whether its SMTP AUTH columns are off only by the organization's own secure default,
    /// and nothing shows the mailbox needs SMTP AUTH: no fault.
    pub smtp_off: bool,
    pub december: December,
}

/// Per column of [`COLUMNS`], the mailboxes with each status there, at its [`Status::index`].
pub type ColumnCounts = [[usize; Status::ALL.len()]; COLUMNS.len()];

#[derive(Debug, Default)]
pub struct BulkRows {
    /// Per mailbox, in the order of `Report::mailboxes`.
    pub facts: Vec<RowFacts>,
    /// Positions in `Report::mailboxes`, ordered by identity; equal identities in report order.
    pub by_identity: Vec<u32>,
    /// Every identity in lower case, for the filter ([`super::bulk_filter`]).
    pub folded: FoldedIdentities,
    /// Mailboxes per status (at its [`Status::index`]), per column.
    pub counts: ColumnCounts,
    /// Mailboxes whose own settings (CAS mailbox, user) were pasted: with evidence of use, the
    /// others have only unknowns to show, which the page says once.
    pub settings_pasted: usize,
}

/// [`BulkRows`] under construction: first the rows, then sorted runs (of one mailbox at first)
/// merged pairwise, pass after pass, into `spare` and back.
#[derive(Debug, Default)]
pub struct RowsBuild {
    rows: BulkRows,
    spare: Vec<u32>,
    /// The length of the runs the current pass merges.
    width: usize,
    /// The current pair of runs starts here; `left` and `right` are where their merge is.
    start: usize,
    left: usize,
    right: usize,
}

impl RowsBuild {
    pub fn new(report: &Report) -> Self {
        // The rows keep mailbox indexes as u32: a report's mailboxes are counted in one.
        let count = u32::try_from(report.mailboxes.len()).unwrap_or(u32::MAX);
        let by_identity: Vec<u32> = (0..count).collect();
        let bytes = report.mailboxes.iter().map(|m| m.identity().len()).sum();
        RowsBuild {
            spare: by_identity.clone(),
            rows: BulkRows {
                facts: Vec::with_capacity(by_identity.len()),
                folded: FoldedIdentities::with_capacity(by_identity.len(), bytes),
                by_identity,
                counts: ColumnCounts::default(),
                settings_pasted: 0,
            },
            width: 1,
            right: 1,
            ..RowsBuild::default()
        }
    }

    /// Does about `count` mailboxes' worth of work for `report`, the one given to
    /// [`RowsBuild::new`]; true when all is done.
    #[inline(never)]
    pub fn step(&mut self, report: &Report, count: usize) -> bool {
        let mailboxes = &report.mailboxes;
        let made = self.rows.facts.len();
        if made < mailboxes.len() {
            for (index, mailbox) in mailboxes.iter().enumerate().skip(made).take(count) {
                let row = mailbox_row(index, mailbox);
                for (counts, status) in self.rows.counts.iter_mut().zip(row.statuses) {
                    if let Some(count) = status.and_then(|status| counts.get_mut(status.index())) {
                        *count += 1;
                    }
                }
                self.rows.folded.push(mailbox.identity());
                self.rows.settings_pasted += usize::from(mailbox.settings_pasted());
                // SA3, the tenant switch, refuses both SMTP AUTH columns when it applies.
                let smtp_off = row.blocking_rules.contains(&sa3_tenant_switch::RULE) && !mailbox.needs().has(Protocol::Smtp);
                self.rows.facts.push(RowFacts { statuses: row.statuses, smtp_off, december: row.december });
            }
            return false;
        }
        self.merge(mailboxes, count.max(1))
    }

    /// Merges up to `budget` mailboxes; true when the last pass is done.
    #[inline(never)]
    fn merge(&mut self, mailboxes: &Mailboxes, mut budget: usize) -> bool {
        let all = self.rows.by_identity.len();
        let (mut left, mut right) = (self.left, self.right);
        while self.width < all && budget > 0 {
            let order = &self.rows.by_identity;
            let mid = (self.start + self.width).min(all);
            let end = (self.start + 2 * self.width).min(all);
            while budget > 0 && (left < mid || right < end) {
                let out = left + right - mid;
                if right >= end || (left < mid && by_identity(mailboxes, order[left], order[right]).is_le()) {
                    self.spare[out] = order[left];
                    left += 1;
                } else {
                    self.spare[out] = order[right];
                    right += 1;
                }
                budget -= 1;
            }
            if left >= mid && right >= end {
                self.start = end;
                if end >= all {
                    std::mem::swap(&mut self.rows.by_identity, &mut self.spare);
                    self.start = 0;
                    self.width *= 2;
                }
                left = self.start;
                right = (self.start + self.width).min(all);
            }
        }
        (self.left, self.right) = (left, right);
        self.width >= all
    }

    /// Work done and in all, in mailboxes: the rows, then each merge pass.
    #[inline(never)]
    pub fn progress(&self) -> (usize, usize) {
        let all = self.rows.by_identity.len();
        let passes = all.next_power_of_two().trailing_zeros() as usize;
        let merged = self.width.trailing_zeros() as usize * all;
        // Written in this pass: everything before the current pair, and what is merged of it.
        let in_pass = if self.width < all { (self.left + self.right).saturating_sub((self.start + self.width).min(all)) } else { 0 };
        let done = self.rows.facts.len() + merged + in_pass.min(all);
        (done.min(all * (1 + passes)), all * (1 + passes))
    }

    /// The rows, once [`RowsBuild::step`] has returned true.
    pub fn finish(self) -> BulkRows {
        self.rows
    }
}

/// Identity order, equal identities by position (as a stable sort leaves them).
fn by_identity(mailboxes: &Mailboxes, a: u32, b: u32) -> Ordering {
    // Called only with positions of `mailboxes` (the rows are one per mailbox): always one.
    let identity = |at: u32| mailboxes.get(at as usize).map_or("", |m| m.identity());
    identity(a).cmp(identity(b)).then(a.cmp(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::mailbox_rows;
    use crate::ui_support::bulk_filter::{BulkFilter, SortKey};

    /// A tenant of Get-EXOCasMailbox rows, one per identity, with mixed settings.
    fn report_of(identities: &[String]) -> Report {
        report_for(identities, crate::rules::ClientScenario::Any)
    }

    fn report_for(identities: &[String], client: crate::rules::ClientScenario) -> Report {
        let mut text = String::from("SmtpClientAuthenticationDisabled : True\n\n\"Identity\",\"PrimarySmtpAddress\",\"PopEnabled\",\"ImapEnabled\",\"SmtpClientAuthenticationDisabled\"\n");
        for (i, identity) in identities.iter().enumerate() {
            let on = if i % 3 == 0 { "False" } else { "True" };
            let smtp = ["", "\"False\"", "\"True\""][i % 5 % 3];
            text.push_str(&format!("\"{identity}\",\"{identity}\",\"{on}\",\"True\",{smtp}\n"));
        }
        let context = crate::rules::Context::new(crate::rules::Date::new(2026, 12, 1).unwrap_or_default()).with_client(client);
        crate::remedy::analyze(&text, &context).1
    }

    /// Pseudo-random identities with repeats (a small linear congruential generator).
    fn identities(count: usize, seed: u64) -> Vec<String> {
        let mut state = seed;
        (0..count)
            .map(|_| {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                format!("user{:04}@contoso.com", (state >> 33) % (count as u64 / 2 + 1))
            })
            .collect()
    }

    fn built(report: &Report, count: usize) -> (BulkRows, usize) {
        let mut build = RowsBuild::new(report);
        let mut steps = 0;
        let mut last = 0;
        while !build.step(report, count) {
            let (done, all) = build.progress();
            assert!(done >= last && done <= all, "progress {done} of {all} after {last}");
            last = done;
            steps += 1;
            assert!(steps < 100_000, "never ends");
        }
        (build.finish(), steps)
    }

    #[test]
    fn identity_order_in_steps_equals_a_stable_sort() {
        for (count, step) in [(0, 7), (1, 1), (5, 2), (1023, 100), (1024, 1), (2100, 333), (6000, 1), (10_000, 4096), (18_000, 250)] {
            let report = report_of(&identities(count, count as u64 + 1));
            // Repeated identities are one mailbox.
            let count = report.mailboxes.len();
            let (rows, steps) = built(&report, step);
            let mut expected: Vec<u32> = (0..count as u32).collect();
            let identity = |at: &u32| report.mailboxes.get(*at as usize).map_or("", |m| m.identity());
            expected.sort_by(|a, b| identity(a).cmp(identity(b)));
            assert_eq!(rows.by_identity, expected, "{count} mailboxes, {step} per step");
            assert_eq!(rows.facts.len(), count);
            assert!(steps >= count / step, "{count} mailboxes in {steps} steps");
        }
    }

    #[test]
    fn facts_and_counts_are_the_exports_rows() {
        let report = report_of(&identities(40, 3));
        let (rows, _) = built(&report, 3);
        let expected = mailbox_rows(&report);
        assert_eq!(rows.facts.len(), expected.len());
        let mut counts = ColumnCounts::default();
        for (facts, row) in rows.facts.iter().zip(&expected) {
            assert_eq!((facts.statuses, facts.december), (row.statuses, row.december));
            for (column, status) in row.statuses.iter().enumerate() {
                if let Some(status) = status {
                    counts[column][status.index()] += 1;
                }
            }
        }
        assert_eq!(rows.counts, counts);
        assert!(counts.iter().flatten().sum::<usize>() > 0);
        assert_eq!(rows.settings_pasted, report.mailboxes.len());
        let log = "\"UserPrincipalName\",\"ClientAppUsed\",\"CreatedDateTime\",\"AppDisplayName\",\"IPAddress\",\"ErrorCode\"\n\"scanner@contoso.com\",\"Authenticated SMTP\",\"11/20/2026 9:02:10 AM\",\"x\",\"192.0.2.1\",\"0\"\n";
        let context = crate::rules::Context::new(crate::rules::Date::new(2026, 12, 1).unwrap_or_default());
        let report = crate::remedy::analyze(log, &context).1;
        assert_eq!((built(&report, 1).0.settings_pasted, report.mailboxes.len()), (0, 1), "a sign-in log has no settings");
    }

    #[test]
    fn the_filter_and_the_sort_pick_the_rows_in_order() {
        let report = report_of(&identities(40, 5));
        let (rows, _) = built(&report, 9);
        let identity = |at: &u32| report.mailboxes.get(*at as usize).map_or("", |m| m.identity()).to_string();
        let mut filter = BulkFilter::default();
        assert_eq!(rows.visible(&filter, false), rows.by_identity);
        filter.set("filter", " USER000", false);
        let shown = rows.visible(&filter, false);
        assert!(!shown.is_empty() && shown.iter().all(|at| identity(at).starts_with("user000")), "{shown:?}");
        filter.set("filter", "", false);
        filter.set("status", "works", false);
        assert_eq!(filter.status, Some(Status::Works));
        let works = rows.visible(&filter, false);
        assert!(works.iter().all(|at| rows.facts[*at as usize].statuses.contains(&Some(Status::Works))));
        filter.set("status", "", false);
        filter.sort_by(SortKey::Column(0));
        let by_pop = rows.visible(&filter, false);
        let ranks: Vec<usize> = by_pop.iter().map(|at| rows.facts[*at as usize].statuses[0].map_or(0, |s| s.attention() + 1)).collect();
        assert!(ranks.windows(2).all(|pair| pair[0] <= pair[1]), "{ranks:?}");
        filter.sort_by(SortKey::Column(0));
        assert!(!filter.ascending);
        let mut reversed = rows.visible(&filter, false);
        reversed.reverse();
        assert_eq!(reversed, by_pop);
        filter.sort_by(SortKey::Identity);
        assert!(filter.ascending);
        filter.set("december", "", true);
        assert_eq!(rows.visible(&filter, false), rows.by_identity, "the December filter needs evidence of use");
    }

    /// The page's announcer counts the mailboxes' verdicts from the rows' counts: the same as
    /// counting every verdict, for every client.
    #[test]
    fn counts_are_every_mailbox_verdict_by_status() {
        for client in crate::rules::ClientScenario::ALL {
            let report = report_for(&identities(60, 9), client);
            let (rows, _) = built(&report, 7);
            for (slot, status) in Status::ALL.iter().enumerate() {
                let verdicts = report.mailboxes.iter().flat_map(|m| m.verdicts()).filter(|v| v.status == *status).count();
                assert_eq!(rows.counts.iter().map(|column| column[slot]).sum::<usize>(), verdicts, "{client:?} {status:?}");
            }
        }
    }
}
