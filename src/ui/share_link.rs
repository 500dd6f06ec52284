use yew::prelude::*;

use super::browser::page_without_fragment;
use super::copy_button::copy_button;
use super::markup::{el, text, words, checkbox, el_fixed, Fixed};
use super::state::State;
use super::ui_text::ui_text;
use crate::rules::ClientScenario;
use crate::ui_support::fragment::FragmentOptions;

/// A link that reopens the page with the same settings. Everything is in the URL fragment,
/// which browsers never send to a server; the pasted output goes in only when ticked
/// (`#share-include-input`, read by the page's listener), and never when `private` gives the
/// reason why not: evidence of use (names, addresses and devices of many people), a paste held
/// as data (too large for a link), or one not analysed yet.
pub fn share_link(state: &State, private: Option<&'static str>) -> Html {
    let ui = ui_text(state.lang);
    let options = FragmentOptions {
        lang: Some(state.lang.code().to_string()),
        theme: state.theme.code().map(str::to_string),
        client: (state.scenario != ClientScenario::Any).then(|| state.scenario.code().to_string()),
        date: (state.as_of != state.today).then(|| state.as_of.to_string()),
        input: (state.share_input && private.is_none() && !state.input.is_empty()).then(|| state.input.to_string()),
        ..FragmentOptions::default()
    };
    let link = format!("{}{}", page_without_fragment(), options.to_fragment());
    let mut parts = vec![copy_button(ui.share_link, link.into())];
    if let Some(reason) = private {
        parts.push(el_fixed("span", &[("id", Fixed("share-private")), ("class", Fixed("hint"))], vec![words(reason)]));
    } else {
        parts.push(checkbox("share-input", "share-include-input", state.share_input, ui.share_include_input));
        parts.push(text("span", "hint", ui.share_hint));
    }
    el("div", "share", parts)
}
