use yew::prelude::*;

use super::markup::{el_fixed, words, Fixed};
use super::ui_text::ui_text;
use crate::remedy::Report;
use crate::rules::Status;
use crate::ui_support::bulk_rows::ColumnCounts;
use crate::wording::{self, Lang};

/// One short sentence for screen readers whenever the verdict changes: how many protocol ×
/// method verdicts are in each state (`wording::verdict_tally`). The result itself is too long to be read out each time.
/// `counts` are the mailboxes' verdicts per column and status (the bulk rows' counts), counted
/// once per analysis, not on every render; `silent`: nothing to say, as the input is empty or a
/// new analysis is under way (said once done).
pub fn announcer(lang: Lang, report: &Report, counts: ColumnCounts, silent: bool) -> Html {
    let text = ui_text(lang);
    let sentence = if silent {
        String::new()
    } else if report.is_empty() {
        text.summary_none.to_string()
    } else {
        // Each at its `Status::index`.
        let mut totals = [0usize; Status::ALL.len()];
        for verdict in &report.organization.verdicts {
            if let Some(total) = totals.get_mut(verdict.status.index()) {
                *total += 1;
            }
        }
        for column in counts {
            for (count, more) in totals.iter_mut().zip(column) {
                *count += more;
            }
        }
        let totals: Vec<_> = Status::ALL.into_iter().zip(totals).collect();
        wording::verdict_tally(lang, report.mailboxes.len() as u64, &totals)
    };
    el_fixed("p", &[("id", Fixed("announcer")), ("class", Fixed("visually-hidden")), ("role", Fixed("status")), ("aria-live", Fixed("polite"))], vec![words(sentence)])
}
