use yew::prelude::*;

use super::shared::Shared;
use super::ui_text::ui_text;
use crate::rules::Status;
use crate::remedy::Report;
use crate::wording::{self, Lang, Noun};

pub struct AnnouncerProps {
    pub lang: Lang,
    pub report: Shared<Report>,
    pub input_empty: bool,
}

/// One short sentence for screen readers whenever the verdict changes: how many protocol ×
/// method verdicts are in each state. The result itself is too long to be read out each time.
pub fn announcer(props: &AnnouncerProps) -> Html {
    let text = ui_text(props.lang);
    let report = &props.report;
    let sentence = if props.input_empty {
        String::new()
    } else if report.is_empty() {
        text.summary_none.to_string()
    } else {
        let verdicts = report.organization.verdicts.iter().chain(report.mailboxes.iter().flat_map(|m| m.settings_verdicts().iter()));
        let mut counts = [0usize; 4];
        for verdict in verdicts {
            let slot = match verdict.status {
                Status::Works => 0,
                Status::Blocked => 1,
                Status::Unknown => 2,
                Status::Check => 3,
            };
            if let Some(count) = counts.get_mut(slot) {
                *count += 1;
            }
        }
        let parts: Vec<String> = [Status::Works, Status::Blocked, Status::Unknown, Status::Check]
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .map(|(status, n)| format!("{n} {}", wording::status(props.lang, *status)))
            .collect();
        format!("{}: {}.", wording::count(props.lang, report.mailboxes.len() as u64, Noun::Mailbox), parts.join(", "))
    };
    html! { <p id="announcer" class="visually-hidden" role="status" aria-live="polite">{ sentence }</p> }
}
