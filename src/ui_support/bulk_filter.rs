//! The bulk table's filter and sort: which mailboxes it shows, in which order. Pure logic over
//! the rows built once per analysis ([`super::bulk_rows`]); the page's state holds a
//! [`BulkFilter`] and calls [`BulkRows::visible`] on every change. The identities are matched
//! in lower case, folded once while the rows are built
//! ([`super::folded_identities::FoldedIdentities`]), not on every keystroke: at 100,000
//! mailboxes that was 100,000 new strings per key.

use super::bulk_rows::BulkRows;
use crate::rules::{December, Status};

/// How the table is sorted: by identity or by one protocol × method column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Identity,
    Column(usize),
}

/// What the bulk table is filtered and sorted by; the default shows every row by identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BulkFilter {
    /// Part of the identity, in any case.
    pub text: String,
    /// Rows with this status in any column.
    pub status: Option<Status>,
    /// Only the accounts that break in December (with evidence of use).
    pub december_only: bool,
    pub sort: SortKey,
    pub ascending: bool,
}

impl Default for BulkFilter {
    fn default() -> Self {
        BulkFilter { text: String::new(), status: None, december_only: false, sort: SortKey::Identity, ascending: true }
    }
}

impl BulkFilter {
    /// Sets one part from its control: `filter` (the text), `status` (a [`Status::code`];
    /// blank is any), `december` (`checked`).
    pub fn set(&mut self, part: &str, value: &str, checked: bool) {
        match part {
            "filter" => self.text = value.to_string(),
            "status" => self.status = Status::from_code(value),
            "december" => self.december_only = checked,
            _ => {}
        }
    }

    /// Sorted by `key`: ascending at first, the other way round when it is sorted by it already.
    pub fn sort_by(&mut self, key: SortKey) {
        self.ascending = self.sort != key || !self.ascending;
        self.sort = key;
    }
}

impl BulkRows {
    /// The positions in `Report::mailboxes` of the rows that pass `filter`, in its order: by
    /// identity (sorted once, with the rows), or by a status column, blocked first, and then
    /// by identity; descending is the same list reversed. The December filter applies only
    /// `with_evidence`.
    pub fn visible(&self, filter: &BulkFilter, with_evidence: bool) -> Vec<u32> {
        let needle = filter.text.trim().to_lowercase();
        let december_only = filter.december_only && with_evidence;
        let mut visible = Vec::new();
        for index in self.by_identity.iter().copied() {
            let at = index as usize;
            let Some(row) = self.facts.get(at) else { continue };
            if (needle.is_empty() || self.folded.get(at).contains(&needle))
                && filter.status.is_none_or(|s| row.statuses.contains(&Some(s)))
                && (!december_only || row.december == December::Breaks)
            {
                visible.push(index);
            }
        }
        if let SortKey::Column(column) = filter.sort {
            // A column has five values (no verdict first): one pass per value, in linear time.
            let rank = |index: u32| self.facts.get(index as usize).and_then(|row| *row.statuses.get(column)?).map_or(0, column_rank);
            let mut by_rank = Vec::with_capacity(visible.len());
            for wanted in 0..=Status::BY_ATTENTION.len() {
                for index in &visible {
                    if rank(*index) == wanted {
                        by_rank.push(*index);
                    }
                }
            }
            visible = by_rank;
        }
        if !filter.ascending {
            visible.reverse();
        }
        visible
    }
}

/// A status's place in a column sorted ascending: rows with no verdict there first, then by
/// [`Status::attention`].
fn column_rank(status: Status) -> usize {
    status.attention() + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::COLUMNS;
    use crate::rules::{December, Status};
    use crate::ui_support::bulk_rows::RowFacts;

    /// Rows of the given identities (in report order) and statuses: row `i` has `statuses[i]`
    /// in column `i` modulo the columns, none in the others, and breaks in December if
    /// `breaks[i]`.
    fn rows(identities: &[&str], statuses: &[Option<Status>], breaks: &[bool]) -> BulkRows {
        let mut rows = BulkRows::default();
        for (at, identity) in identities.iter().enumerate() {
            let mut facts = RowFacts { statuses: [None; COLUMNS.len()], smtp_off: false, december: December::Unaffected };
            facts.statuses[at % COLUMNS.len()] = statuses[at];
            if breaks[at] {
                facts.december = December::Breaks;
            }
            rows.facts.push(facts);
            rows.folded.push(identity);
        }
        let mut order: Vec<u32> = (0..identities.len() as u32).collect();
        order.sort_by_key(|at| identities[*at as usize]);
        rows.by_identity = order;
        rows
    }

    fn shown(rows: &BulkRows, filter: &BulkFilter, identities: &[&str]) -> Vec<String> {
        rows.visible(filter, true).iter().map(|at| identities[*at as usize].to_string()).collect()
    }

    const IDS: [&str; 6] = ["carol@contoso.com", "Alice@contoso.com", "bob@fabrikam.com", "alice@contoso.com", "Dave@Fabrikam.com", "erin@contoso.com"];

    #[test]
    fn the_text_filter_matches_part_of_the_identity_in_any_case() {
        let rows = rows(&IDS, &[None; 6], &[false; 6]);
        let mut filter = BulkFilter::default();
        assert_eq!(shown(&rows, &filter, &IDS), ["Alice@contoso.com", "Dave@Fabrikam.com", "alice@contoso.com", "bob@fabrikam.com", "carol@contoso.com", "erin@contoso.com"]);
        filter.set("filter", "  FABRIKAM ", false);
        assert_eq!(shown(&rows, &filter, &IDS), ["Dave@Fabrikam.com", "bob@fabrikam.com"]);
        filter.set("filter", "ALICE@", false);
        assert_eq!(shown(&rows, &filter, &IDS), ["Alice@contoso.com", "alice@contoso.com"]);
        filter.set("filter", "nobody", false);
        assert!(shown(&rows, &filter, &IDS).is_empty());
    }

    #[test]
    fn identities_are_folded_as_unicode_lowercase() {
        let ids = ["ÉLODIE@contoso.com", "élodie.b@contoso.com", "ODYSSEUS@contoso.com", "ΟΔΟΣ@contoso.com", "İpek@contoso.com"];
        let rows = rows(&ids, &[None; 5], &[false; 5]);
        assert_eq!((rows.folded.get(0), rows.folded.get(3)), ("élodie@contoso.com", "οδος@contoso.com"));
        assert_eq!(rows.folded.get(4), "İpek@contoso.com".to_lowercase());
        assert_eq!(rows.folded.get(5), "", "past the last");
        let mut filter = BulkFilter::default();
        filter.set("filter", "Élodie", false);
        assert_eq!(shown(&rows, &filter, &ids), ["ÉLODIE@contoso.com", "élodie.b@contoso.com"]);
        filter.set("filter", "ΟΔΟΣ@", false);
        assert_eq!(shown(&rows, &filter, &ids), ["ΟΔΟΣ@contoso.com"], "a final sigma, folded the same in the identity and the filter");
        filter.set("filter", "İPEK", false);
        assert_eq!(shown(&rows, &filter, &ids), ["İpek@contoso.com"]);
    }

    #[test]
    fn the_status_filter_takes_a_code_and_shows_rows_with_that_status_in_any_column() {
        let statuses = [Some(Status::Works), Some(Status::Blocked), None, Some(Status::Works), Some(Status::Check), Some(Status::Unknown)];
        let rows = rows(&IDS, &statuses, &[false; 6]);
        let mut filter = BulkFilter::default();
        for status in Status::ALL {
            filter.set("status", status.code(), false);
            assert_eq!(filter.status, Some(status));
            let expected: Vec<&str> = rows.by_identity.iter().filter(|at| statuses[**at as usize] == Some(status)).map(|at| IDS[*at as usize]).collect();
            assert_eq!(shown(&rows, &filter, &IDS), expected, "{status:?}");
        }
        filter.set("status", "Works", false);
        assert_eq!((filter.status, shown(&rows, &filter, &IDS).len()), (None, 6), "a worded status is no code: every row");
        filter.set("status", "blocked", false);
        filter.set("filter", "contoso", false);
        assert_eq!(shown(&rows, &filter, &IDS), ["Alice@contoso.com"], "text and status together");
    }

    #[test]
    fn the_december_filter_applies_only_with_evidence_of_use() {
        let rows = rows(&IDS, &[None; 6], &[true, false, false, true, false, false]);
        let mut filter = BulkFilter::default();
        filter.set("december", "", true);
        assert_eq!(shown(&rows, &filter, &IDS), ["alice@contoso.com", "carol@contoso.com"]);
        assert_eq!(rows.visible(&filter, false), rows.by_identity);
    }

    /// Every column both ways: ascending, no verdict first, then blocked, unknown, check,
    /// works, equal statuses by identity (equal identities in report order); descending, the
    /// same list reversed.
    #[test]
    fn each_column_sorts_both_ways_with_ties_in_identity_order() {
        let ids = ["m@x", "a@x", "k@x", "b@x", "a@x", "z@x", "c@x", "d@x"];
        let cycle = [Some(Status::Works), Some(Status::Check), None, Some(Status::Unknown), Some(Status::Blocked)];
        for column in 0..COLUMNS.len() {
            let mut rows = rows(&ids, &[None; 8], &[false; 8]);
            for (at, facts) in rows.facts.iter_mut().enumerate() {
                facts.statuses = [None; COLUMNS.len()];
                facts.statuses[column] = cycle[(at + column) % cycle.len()];
            }
            let mut filter = BulkFilter::default();
            filter.sort_by(SortKey::Column(column));
            assert!(filter.ascending);
            let ascending = rows.visible(&filter, true);
            let mut expected = rows.by_identity.clone();
            expected.sort_by_key(|at| rows.facts[*at as usize].statuses[column].map_or(0, |s| s.attention() + 1));
            assert_eq!(ascending, expected, "column {column} ascending");
            let ranks: Vec<usize> = ascending.iter().map(|at| rows.facts[*at as usize].statuses[column].map_or(0, column_rank)).collect();
            assert!(ranks.windows(2).all(|pair| pair[0] <= pair[1]), "{ranks:?}");
            filter.sort_by(SortKey::Column(column));
            assert!(!filter.ascending);
            let mut descending = rows.visible(&filter, true);
            descending.reverse();
            assert_eq!(descending, ascending, "column {column} descending");
        }
        // Two identical identities with the same status keep their report order.
        let rows = rows(&ids, &[Some(Status::Blocked); 8], &[false; 8]);
        let mut filter = BulkFilter::default();
        filter.sort_by(SortKey::Column(0));
        let sorted = rows.visible(&filter, true);
        let twins: Vec<u32> = sorted.iter().copied().filter(|at| ids[*at as usize] == "a@x").collect();
        assert_eq!(twins, [1, 4]);
    }

    #[test]
    fn the_identity_sorts_both_ways() {
        let rows = rows(&IDS, &[None; 6], &[false; 6]);
        let mut filter = BulkFilter::default();
        filter.sort_by(SortKey::Column(2));
        filter.sort_by(SortKey::Identity);
        assert!(filter.ascending);
        assert_eq!(rows.visible(&filter, true), rows.by_identity);
        filter.sort_by(SortKey::Identity);
        assert!(!filter.ascending);
        let mut descending = rows.visible(&filter, true);
        descending.reverse();
        assert_eq!(descending, rows.by_identity);
    }
}
