use yew::prelude::*;

use super::markup::{card, el, text};
use super::ui_text::ui_text;
use crate::remedy::Report;
use crate::wording::{self, Lang};

/// Stale advice found in the paste, conflicting values, and values no command was made for.
pub fn notes(lang: Lang, report: &Report) -> Html {
    let mut items = Vec::new();
    for note in &report.notes {
        items.push(text("li", "", wording::note(lang, note)));
    }
    for conflict in &report.conflicts {
        items.push(text("li", "", wording::conflict(lang, conflict)));
    }
    for refusal in &report.refused {
        items.push(text("li", "", wording::refusal(lang, refusal)));
    }
    if items.is_empty() {
        return Html::default();
    }
    card("section", "card notes", "notes-heading", ui_text(lang).notes_heading, vec![el("ul", "", items)])
}
