use yew::prelude::*;

use super::shared::Shared;

use super::markup::{el, line_link, text, words};
use super::ui_text::ui_text;
use crate::parse::Parsed;
use crate::wording::{self, Lang};

pub struct DiagnosticsProps {
    pub lang: Lang,
    pub parsed: Shared<Parsed>,
}

/// Lines the parser skipped for a reason worth telling, each linked to its line.
pub fn diagnostics(props: &DiagnosticsProps) -> Html {
    let diagnostics = &props.parsed.diagnostics;
    if diagnostics.is_empty() {
        return Html::default();
    }
    let ui = ui_text(props.lang);
    let items = diagnostics.iter().map(|diagnostic| el("li", "", vec![line_link(props.lang, diagnostic.line), words(format!(" {}", wording::diagnostic(props.lang, diagnostic)))]));
    el("details", "card diagnostics", vec![text("summary", "", format!("{} ({})", ui.skipped_heading, diagnostics.len())), el("ul", "", items.collect())])
}
