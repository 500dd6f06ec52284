//! The worksheet's rows: per account that has a plan (a way out), what the table shows and
//! filters on (what signs in, whether it sends outside, the recommended path, the site it sends
//! from), in the order the page lists plans: accounts that break first, then those that
//! already fail, then the rest, each in report order. Built in steps with the analysis, like
//! the bulk table's rows ([`super::bulk_rows`]): a plan takes microseconds, and a tenant can
//! have a hundred thousand of them (every mailbox, with the client "device or app with user
//! name and password").
//!
//! When the admin answers for some accounts, only their rows are worked out again
//! ([`PlanRows::answered`]); filtering reads the rows and the report in place and allocates
//! nothing per row, so that typing in the filter stays quick at any size.

use rustc_hash::FxHashMap;

use crate::parse::Sender;
use crate::remedy::way_out::Given;
use crate::remedy::{MailboxView, Report};
use crate::rules::way_out::{Path, SenderBasis};
use crate::rules::December;

/// One account with a plan, as the worksheet shows and filters it (its identity, usage and
/// site address are read from the report).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanRow {
    /// Its position in `Report::mailboxes`.
    pub mailbox: u32,
    /// [`MailboxView::answer_key`]: the answers given on the page are kept by it.
    pub key: u64,
    pub december: December,
    /// Its position in `Report::sites`: the one public address it signs in from.
    pub site: Option<u32>,
    /// `None`: no path fits yet, the plan asks.
    pub recommended: Option<Path>,
    pub sender: Sender,
    /// The sender is read from names in the evidence, not answered.
    pub sender_likely: bool,
    pub sends_outside: Option<bool>,
}

/// The rows of one report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanRows {
    pub rows: Vec<PlanRow>,
    /// Per site of `Report::sites`, the position in `Report::mailboxes` of its first account:
    /// the site's connector and SPF entry are that account's.
    pub site_first: Vec<Option<u32>>,
    /// The sites two or more accounts send from (positions in `Report::sites`), the largest
    /// first, equal ones in order of appearance.
    pub shared_sites: Vec<u32>,
}

/// What the worksheet is filtered by; the default shows every row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanFilter {
    /// Part of the account, its display name or its site's address, in any case.
    pub text: String,
    /// `Some(None)`: only the plans that ask.
    pub recommended: Option<Option<Path>>,
    pub site: Option<u32>,
    pub december: Option<December>,
}

impl PlanFilter {
    /// Sets one part from its control's value: `text`; `path` (a path's code, or `ask`);
    /// `site` (its position in `Report::sites`); `december` (its code). Blank is any.
    pub fn set(&mut self, part: &str, value: &str) {
        match part {
            "text" => self.text = value.to_string(),
            "path" => self.recommended = (!value.is_empty()).then(|| Path::parse(value)),
            "site" => self.site = value.parse().ok(),
            "december" => self.december = [December::Breaks, December::AlreadyFailing].into_iter().find(|december| december.code() == value),
            _ => {}
        }
    }
}

/// What the admin says for some accounts at once; a part that is `None` is left as it was.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnswerChange {
    /// [`PlanRow::key`]s.
    pub keys: Vec<u64>,
    pub sender: Option<Sender>,
    pub sends_outside: Option<Option<bool>>,
}

impl AnswerChange {
    /// `given` with this change in it.
    pub fn apply(&self, given: &mut Given) {
        for key in &self.keys {
            let answer = given.entry(*key).or_default();
            if let Some(sender) = self.sender {
                answer.sender = sender;
            }
            if let Some(outside) = self.sends_outside {
                answer.sends_outside = outside;
            }
        }
    }
}

impl PlanRows {
    /// The positions in `rows` of the rows `filter` lets through, in row order.
    pub fn visible(&self, report: &Report, filter: &PlanFilter) -> Vec<u32> {
        let needle = filter.text.trim().to_ascii_lowercase();
        let mut visible = Vec::new();
        for (at, row) in self.rows.iter().enumerate() {
            let passes = filter.recommended.is_none_or(|path| row.recommended == path)
                && filter.site.is_none_or(|site| row.site == Some(site))
                && filter.december.is_none_or(|december| row.december == december)
                && (needle.is_empty() || self.matches(report, row, &needle));
            if passes {
                // One row per mailbox, whose index fits a u32 (`PlanRow::mailbox` is one).
                visible.push(u32::try_from(at).unwrap_or(u32::MAX));
            }
        }
        visible
    }

    /// Whether the row's account, display name or site address holds `needle` (lower case).
    fn matches(&self, report: &Report, row: &PlanRow, needle: &str) -> bool {
        let Some(mailbox) = report.mailboxes.get(row.mailbox as usize) else { return false };
        // No display name: the account and site address are matched alone.
        let display_name = mailbox.seen().and_then(|seen| seen.display_name.as_deref()).unwrap_or_default();
        // No site: no address to match.
        let address = row.site.and_then(|site| report.sites.get(site as usize)).map_or("", |site| site.ip.as_str());
        [mailbox.identity(), display_name, address].into_iter().any(|text| contains_ignoring_ascii_case(text, needle))
    }

    /// Rows per recommended path, in the order of [`Path::ALL`], then the rows that ask.
    pub fn by_recommended(&self) -> [usize; 7] {
        let mut counts = [0; 7];
        for row in &self.rows {
            let slot = row.recommended.map_or(6, |path| path as usize);
            if let Some(count) = counts.get_mut(slot) {
                *count += 1;
            }
        }
        counts
    }

    /// The rows of the accounts `keys` (sorted) worked out again with `given`, the answers now
    /// given: the other rows stay as they are.
    pub fn answered(&mut self, report: &Report, given: &Given, keys: &[u64]) {
        refresh(&mut self.rows, report, given, keys);
    }
}

/// The rows of `keys` (sorted) among `rows` worked out again.
fn refresh(rows: &mut [PlanRow], report: &Report, given: &Given, keys: &[u64]) {
    for row in rows.iter_mut().filter(|row| keys.binary_search(&row.key).is_ok()) {
        if let Some(fresh) = report.mailboxes.get(row.mailbox as usize).and_then(|mailbox| plan_row(row.mailbox, mailbox, given, row.site)) {
            *row = fresh;
        }
    }
}

/// The row of a mailbox that has a plan, with the answers `given`.
fn plan_row(index: u32, mailbox: MailboxView<'_>, given: &Given, site: Option<u32>) -> Option<PlanRow> {
    let key = mailbox.answer_key()?;
    let plan = mailbox.way_out(given.get(&key))?;
    Some(PlanRow {
        mailbox: index,
        key,
        december: mailbox.december(),
        site,
        recommended: plan.recommended,
        sender: plan.sender,
        sender_likely: plan.sender_from == SenderBasis::Likely,
        sends_outside: plan.sends_outside,
    })
}

/// Whether `text` holds `needle` (lower case), ASCII letters compared without case; in place.
pub fn contains_ignoring_ascii_case(text: &str, needle: &str) -> bool {
    let (text, needle) = (text.as_bytes(), needle.as_bytes());
    needle.is_empty() || text.windows(needle.len()).any(|window| window.eq_ignore_ascii_case(needle))
}

/// [`PlanRows`] under construction: the mailboxes are looked at in report order, some at a time.
#[derive(Debug, Default)]
pub struct PlanRowsBuild {
    /// The rows of accounts that break, that already fail, and the rest.
    ranks: [Vec<PlanRow>; 3],
    /// Mailboxes looked at so far.
    done: usize,
    /// Each site's position in `Report::sites`, by its address.
    site_of: FxHashMap<String, usize>,
    site_first: Vec<Option<u32>>,
}

impl PlanRowsBuild {
    pub fn new(report: &Report) -> Self {
        let site_of = report.sites.iter().enumerate().map(|(at, site)| (site.ip.clone(), at)).collect();
        PlanRowsBuild { site_of, site_first: vec![None; report.sites.len()], ..PlanRowsBuild::default() }
    }

    /// Looks at up to `count` more mailboxes of `report`, the one given to
    /// [`PlanRowsBuild::new`], with the answers `given`; true when all are done.
    pub fn step(&mut self, report: &Report, given: &Given, count: usize) -> bool {
        for (index, mailbox) in report.mailboxes.iter().enumerate().skip(self.done).take(count) {
            // A mailbox index fits a u32 (`PlanRow::mailbox` is one).
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            let site = mailbox.plan_facts().and_then(|facts| facts.ip.single()).and_then(|ip| self.site_of.get(ip)).copied();
            let Some(row) = plan_row(index, mailbox, given, site.and_then(|at| u32::try_from(at).ok())) else { continue };
            if let Some(first) = site.and_then(|at| self.site_first.get_mut(at)) {
                first.get_or_insert(index);
            }
            let rank = match row.december {
                December::Breaks => 0,
                December::AlreadyFailing => 1,
                December::Unaffected | December::Unknown => 2,
            };
            if let Some(rows) = self.ranks.get_mut(rank) {
                rows.push(row);
            }
        }
        self.done = report.mailboxes.len().min(self.done.saturating_add(count));
        self.done >= report.mailboxes.len()
    }

    /// Mailboxes looked at, and in all.
    pub fn progress(&self, report: &Report) -> (usize, usize) {
        (self.done, report.mailboxes.len())
    }

    /// The rows built so far of the accounts `keys` (sorted) worked out again with `given`:
    /// answers given while the analysis runs.
    pub fn answered(&mut self, report: &Report, given: &Given, keys: &[u64]) {
        for rows in &mut self.ranks {
            refresh(rows, report, given, keys);
        }
    }

    /// The rows, once [`PlanRowsBuild::step`] has returned true.
    pub fn finish(self, report: &Report) -> PlanRows {
        let [mut rows, failing, rest] = self.ranks;
        rows.extend(failing);
        rows.extend(rest);
        PlanRows { rows, shared_sites: largest_first(report), site_first: self.site_first }
    }
}

/// The sites of two or more accounts, the largest first, equal ones in order of appearance:
/// one pass per size, from the largest (there are few sizes), with no sort.
fn largest_first(report: &Report) -> Vec<u32> {
    // Called only with positions below the number of sites (the range below): always a site.
    let size = |at: &u32| report.sites.get(*at as usize).map_or(0, |site| site.accounts.len());
    // Sites are fewer than mailboxes, whose indexes fit a u32.
    let shared: Vec<u32> = (0..u32::try_from(report.sites.len()).unwrap_or(u32::MAX)).filter(|at| size(at) > 1).collect();
    let mut ordered = Vec::with_capacity(shared.len());
    let mut below = usize::MAX;
    while let Some(largest) = shared.iter().map(size).filter(|n| *n < below).max() {
        ordered.extend(shared.iter().filter(|at| size(at) == largest));
        below = largest;
    }
    ordered
}

#[cfg(test)]
mod tests;
