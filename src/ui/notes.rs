use yew::prelude::*;

use super::markup::{card, el, text};
use super::ui_text::ui_text;
use crate::remedy::Report;
use crate::wording::{self, Lang};

/// Stale advice found in the paste, conflicting values, and values no command was made for.
pub fn notes(lang: Lang, report: &Report) -> Html {
    let lines: Vec<String> = report
        .notes
        .iter()
        .map(|note| wording::note(lang, note))
        .chain(report.conflicts.iter().map(|conflict| wording::conflict(lang, conflict)))
        .chain(report.refused.iter().map(|refusal| wording::refusal(lang, refusal)))
        .collect();
    if lines.is_empty() {
        return Html::default();
    }
    let items = lines.into_iter().map(|line| text("li", "", line)).collect();
    card("section", "card notes", "notes-heading", ui_text(lang).notes_heading, vec![el("ul", "", items)])
}
