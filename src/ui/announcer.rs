use yew::prelude::*;

use super::markup::{el_fixed, words, Fixed};
use super::ui_text::ui_text;
use crate::remedy::Report;
use crate::ui_support::bulk_rows::STATUSES;
use crate::wording::{self, Lang};

/// One short sentence for screen readers whenever the verdict changes: how many protocol ×
/// method verdicts are in each state (`wording::verdict_tally`). The result itself is too long to be read out each time.
/// `counts` are the mailboxes' verdicts per column and status (the bulk rows' counts), counted
/// once per analysis, not on every render; `silent`: nothing to say, as the input is empty or a
/// new analysis is under way (said once done).
pub fn announcer(lang: Lang, report: &Report, counts: [[usize; 4]; 6], silent: bool) -> Html {
    let text = ui_text(lang);
    let sentence = if silent {
        String::new()
    } else if report.is_empty() {
        text.summary_none.to_string()
    } else {
        // In the order of `STATUSES`, as `Status` declares them.
        let mut totals = [0usize; 4];
        for verdict in &report.organization.verdicts {
            totals[verdict.status as usize] += 1;
        }
        for column in counts {
            for (count, more) in totals.iter_mut().zip(column) {
                *count += more;
            }
        }
        let totals: Vec<_> = STATUSES.into_iter().zip(totals).collect();
        wording::verdict_tally(lang, report.mailboxes.len() as u64, &totals)
    };
    el_fixed("p", &[("id", Fixed("announcer")), ("class", Fixed("visually-hidden")), ("role", Fixed("status")), ("aria-live", Fixed("polite"))], vec![words(sentence)])
}
