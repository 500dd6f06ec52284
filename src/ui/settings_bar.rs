use yew::prelude::*;

use super::markup::{button, el, input, option, when, labelled, labelled_select, checkbox};
use super::ui_text::ui_text;
use crate::rules::{ClientScenario, Date};
use crate::wording::{self, Label, Lang};

pub struct SettingsBarProps {
    pub lang: Lang,
    pub scenario: ClientScenario,
    pub as_of: Date,
    pub today: Date,
    pub redact: bool,
}

/// Which client the admin asks about, the date the verdict is for, and whether names are
/// hidden: `#scenario`, `#as-of` (and `#as-of-today`), `#redact`, read by the page's listeners.
pub fn settings_bar(props: &SettingsBarProps) -> Html {
    let (lang, ui) = (props.lang, ui_text(props.lang));
    let scenarios = ClientScenario::ALL.into_iter().map(|scenario| option(scenario.code(), wording::client(lang, scenario), scenario == props.scenario)).collect();
    let mut parts = vec![
        labelled_select(wording::label(lang, Label::Client), "scenario", scenarios),
        labelled(wording::label(lang, Label::EvaluatedOn), input("as-of", "date", Some(props.as_of.to_string().into()), None)),
    ];
    parts.push(when(props.as_of != props.today, || button("as-of-today", ui.as_of_today)));
    parts.push(checkbox("redact", "redact", props.redact, ui.redact));
    el("div", "settings-bar", parts)
}
