use yew::prelude::*;

use super::markup::{el_with, words};
use super::shared::Shared;
use super::ui_text::ui_text;
use crate::remedy::Report;
use crate::ui_support::bulk_rows::STATUSES;
use crate::wording::{self, Lang, Noun};

pub struct AnnouncerProps {
    pub lang: Lang,
    pub report: Shared<Report>,
    /// The mailboxes' verdicts per column and status (the bulk rows' counts): counted once per
    /// analysis, not on every render.
    pub counts: [[usize; 4]; 6],
    /// Nothing to say: the input is empty, or a new analysis is under way (said once done).
    pub silent: bool,
}

/// One short sentence for screen readers whenever the verdict changes: how many protocol ×
/// method verdicts are in each state. The result itself is too long to be read out each time.
pub fn announcer(props: &AnnouncerProps) -> Html {
    let text = ui_text(props.lang);
    let report = &props.report;
    let sentence = if props.silent {
        String::new()
    } else if report.is_empty() {
        text.summary_none.to_string()
    } else {
        // In the order of `STATUSES`, as `Status` declares them.
        let mut counts = [0usize; 4];
        for verdict in &report.organization.verdicts {
            counts[verdict.status as usize] += 1;
        }
        for column in props.counts {
            for (count, more) in counts.iter_mut().zip(column) {
                *count += more;
            }
        }
        let parts: Vec<String> = STATUSES
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .map(|(status, n)| format!("{n} {}", wording::status(props.lang, *status)))
            .collect();
        format!("{}: {}.", wording::count(props.lang, report.mailboxes.len() as u64, Noun::Mailbox), parts.join(", "))
    };
    el_with("p", &["id", "class", "role", "aria-live"], vec![Some("announcer".into()), Some("visually-hidden".into()), Some("status".into()), Some("polite".into())], vec![words(sentence)])
}
