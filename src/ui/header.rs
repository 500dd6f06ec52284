use yew::prelude::*;

use super::markup::{el, option, text, labelled_select};
use super::state::Theme;
use super::ui_text::ui_text;
use crate::wording::Lang;

/// Title, promise, and the language and theme switches (`#lang`, `#theme`, read by the page's
/// listener).
pub fn header(lang: Lang, theme: Theme) -> Html {
    let ui = ui_text(lang);
    let theme_label = |theme: Theme| match theme {
        Theme::System => ui.theme_system,
        Theme::Light => ui.theme_light,
        Theme::Dark => ui.theme_dark,
    };
    let langs = Lang::ALL.into_iter().map(|each| option(each.code(), each.name(), each == lang)).collect();
    // `code` is `None` for `System` alone, whose word is `system`.
    let themes = Theme::ALL.into_iter().map(|each| option(each.code().unwrap_or("system"), theme_label(each), each == theme)).collect();
    let switches = vec![
        labelled_select(ui.language, "lang", langs),
        labelled_select(ui.theme, "theme", themes),
    ];
    el("header", "app-header", vec![el("div", "title-row", vec![text("h1", "", ui.title), el("div", "switches", switches)]), text("p", "tagline", ui.tagline)])
}
