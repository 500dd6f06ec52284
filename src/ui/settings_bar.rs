use yew::prelude::*;

use super::markup::{button, el, el_fixed, option, tag, when, words, labelled, labelled_select, checkbox, Fixed};
use super::ui_text::ui_text;
use super::state::State;
use crate::rules::ClientScenario;
use crate::wording::{self, Label};

/// Which client the admin asks about, the date the verdict is for, and whether names are
/// hidden: `#scenario`, `#as-of` (and `#as-of-today`), `#redact`, read by the page's listeners.
/// The date is a text box that shows YYYY-MM-DD in every language (a date picker shows the
/// browser's format, such as 12/05/2026); what is no date is kept as typed and said below.
pub fn settings_bar(state: &State) -> Html {
    let (lang, ui) = (state.lang, ui_text(state.lang));
    let scenarios = ClientScenario::ALL.into_iter().map(|scenario| option(scenario.code(), wording::client(lang, scenario), scenario == state.scenario)).collect();
    let invalid = state.as_of_typed.is_some();
    let mut date = tag(
        "input",
        &["id", "type", "placeholder", "aria-invalid", "aria-describedby"],
        vec![
            Some("as-of".into()),
            Some("text".into()),
            Some(ui.as_of_format[0].into()),
            invalid.then_some("true".into()),
            invalid.then_some("as-of-error".into()),
        ],
        Vec::new(),
    );
    // Nothing typed: the date in use.
    date.set_value(state.as_of_typed.clone().unwrap_or_else(|| state.as_of.to_string()));
    let mut parts = vec![
        labelled_select(wording::label(lang, Label::Client), "scenario", scenarios),
        labelled(wording::label(lang, Label::EvaluatedOn), date.into()),
        when(invalid, || {
            let said = format!("{}{}.", ui.as_of_format[1], state.as_of);
            el_fixed("p", &[("id", Fixed("as-of-error")), ("class", Fixed("warning")), ("role", Fixed("status"))], vec![words(said)])
        }),
    ];
    parts.push(when(state.as_of != state.today, || button("as-of-today", ui.as_of_today)));
    parts.push(checkbox("redact", "redact", state.redact, ui.redact));
    el("div", "settings-bar", parts)
}
