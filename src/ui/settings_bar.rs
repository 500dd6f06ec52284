use yew::prelude::*;

use super::markup::{button, el, input, option, when, labelled, labelled_select, checkbox};
use super::ui_text::ui_text;
use super::state::State;
use crate::rules::ClientScenario;
use crate::wording::{self, Label};

/// Which client the admin asks about, the date the verdict is for, and whether names are
/// hidden: `#scenario`, `#as-of` (and `#as-of-today`), `#redact`, read by the page's listeners.
pub fn settings_bar(state: &State) -> Html {
    let (lang, ui) = (state.lang, ui_text(state.lang));
    let scenarios = ClientScenario::ALL.into_iter().map(|scenario| option(scenario.code(), wording::client(lang, scenario), scenario == state.scenario)).collect();
    let mut parts = vec![
        labelled_select(wording::label(lang, Label::Client), "scenario", scenarios),
        labelled(wording::label(lang, Label::EvaluatedOn), input("as-of", "date", Some(state.as_of.to_string().into()), None)),
    ];
    parts.push(when(state.as_of != state.today, || button("as-of-today", ui.as_of_today)));
    parts.push(checkbox("redact", "redact", state.redact, ui.redact));
    el("div", "settings-bar", parts)
}
