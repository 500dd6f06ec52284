use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::ui_text::ui_text;
use crate::rules::{ClientScenario, Date};
use crate::wording::{self, Label, Lang};

pub struct SettingsBarProps {
    pub lang: Lang,
    pub scenario: ClientScenario,
    pub as_of: Date,
    pub today: Date,
    pub on_scenario: Callback<ClientScenario>,
    pub on_date: Callback<Option<Date>>,
    pub redact: bool,
    pub on_redact: Callback<bool>,
}

/// Which client the admin asks about, and the date the verdict is for.
pub fn settings_bar(props: &SettingsBarProps) -> Html {
    let text = ui_text(props.lang);
    let on_scenario = props.on_scenario.reform(|event: Event| {
        let code = event.target_unchecked_into::<HtmlSelectElement>().value();
        ClientScenario::parse(&code).unwrap_or_default()
    });
    let on_date = props.on_date.reform(|event: Event| {
        Date::parse(&event.target_unchecked_into::<HtmlInputElement>().value()).ok()
    });
    let reset_date = props.on_date.reform(|_: MouseEvent| None);
    let on_redact = props.on_redact.reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <div class="settings-bar">
            <label>
                <span>{ wording::label(props.lang, Label::Client) }</span>
                <select id="scenario" onchange={on_scenario}>
                    { for ClientScenario::ALL.into_iter().map(|scenario| html! {
                        <option value={scenario.code()} selected={scenario == props.scenario}>{ wording::client(props.lang, scenario) }</option>
                    }) }
                </select>
            </label>
            <label>
                <span>{ wording::label(props.lang, Label::EvaluatedOn) }</span>
                <input id="as-of" type="date" value={props.as_of.to_string()} onchange={on_date} />
            </label>
            if props.as_of != props.today {
                <button type="button" onclick={reset_date}>{ text.as_of_today }</button>
            }
            <label class="redact">
                <input id="redact" type="checkbox" checked={props.redact} onchange={on_redact} />
                { text.redact }
            </label>
        </div>
    }
}
