use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::browser::page_without_fragment;
use super::copy_button::CopyButton;
use super::shared::Shared;
use super::state::Theme;
use super::ui_text::ui_text;
use crate::rules::{ClientScenario, Date};
use crate::ui_support::fragment::FragmentOptions;
use crate::wording::Lang;

#[derive(Properties, PartialEq)]
pub struct ShareLinkProps {
    pub lang: Lang,
    pub theme: Theme,
    pub scenario: ClientScenario,
    pub as_of: Date,
    pub today: Date,
    /// Compared by identity: the paste can be hundreds of megabytes.
    pub input: Shared<String>,
    /// The paste holds sign-in logs, usage reports or client errors (or is not analysed yet):
    /// names, addresses and devices of many people, which a link must never carry.
    pub private: bool,
}

/// A link that reopens the page with the same settings. Everything is in the URL fragment,
/// which browsers never send to a server; the pasted output goes in only when ticked, and never
/// when it holds evidence of use.
#[function_component(ShareLink)]
pub fn share_link(props: &ShareLinkProps) -> Html {
    let text = ui_text(props.lang);
    let include_input = use_state(|| false);
    let on_toggle = {
        let include_input = include_input.clone();
        Callback::from(move |event: Event| include_input.set(event.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    let options = FragmentOptions {
        lang: Some(props.lang.code().to_string()),
        theme: props.theme.code().map(str::to_string),
        client: (props.scenario != ClientScenario::Any).then(|| props.scenario.code().to_string()),
        date: (props.as_of != props.today).then(|| props.as_of.to_string()),
        input: (*include_input && !props.private && !props.input.is_empty()).then(|| props.input.to_string()),
        ..FragmentOptions::default()
    };
    let link = format!("{}{}", page_without_fragment(), options.to_fragment());
    html! {
        <div class="share">
            <CopyButton lang={props.lang} text={link} label={Some(text.share_link)} />
            if props.private {
                <span id="share-private" class="hint">{ text.share_private }</span>
            } else {
                <label class="share-input">
                    <input id="share-include-input" type="checkbox" checked={*include_input} onchange={on_toggle} />
                    { text.share_include_input }
                </label>
                <span class="hint">{ text.share_hint }</span>
            }
        </div>
    }
}
