use yew::prelude::*;

use super::markup::{el, line_link, text, words};
use super::ui_text::ui_text;
use crate::parse::Parsed;
use crate::wording::{self, Lang};

/// Lines the parser skipped for a reason worth telling, each linked to its line.
pub fn diagnostics(lang: Lang, parsed: &Parsed) -> Html {
    let diagnostics = &parsed.diagnostics;
    if diagnostics.is_empty() {
        return Html::default();
    }
    let ui = ui_text(lang);
    let items = diagnostics.iter().map(|diagnostic| el("li", "", vec![line_link(lang, diagnostic.line), words(" "), words(wording::diagnostic(lang, diagnostic))]));
    el("details", "card diagnostics", vec![text("summary", "", format!("{} ({})", ui.skipped_heading, wording::number(lang, diagnostics.len() as u64))), el("ul", "", items.collect())])
}
