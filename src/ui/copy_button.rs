use wasm_bindgen_futures::{JsFuture, spawn_local};
use yew::prelude::*;

use super::ui_text::ui_text;
use crate::wording::Lang;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub lang: Lang,
    pub text: AttrValue,
    /// The button's words when it is not the plain "Copy".
    #[prop_or_default]
    pub label: Option<&'static str>,
    /// Makes the text when clicked instead, for a text too costly to make on every render.
    #[prop_or_default]
    pub make: Option<Callback<(), String>>,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// Copies `text` with the Clipboard API and says whether it worked.
#[function_component(CopyButton)]
pub fn copy_button(props: &CopyButtonProps) -> Html {
    let copy_state = use_state(|| CopyState::Idle);
    {
        // A new text to copy starts a new round.
        let copy_state = copy_state.clone();
        use_effect_with(props.text.clone(), move |_| copy_state.set(CopyState::Idle));
    }
    let onclick = {
        let (text, make) = (props.text.clone(), props.make.clone());
        let copy_state = copy_state.clone();
        Callback::from(move |_| {
            let text = make.as_ref().map_or_else(|| text.to_string(), |make| make.emit(()));
            let copy_state = copy_state.clone();
            spawn_local(async move {
                let copied = match web_sys::window() {
                    Some(window) => JsFuture::from(window.navigator().clipboard().write_text(&text)).await.is_ok(),
                    None => false,
                };
                copy_state.set(if copied { CopyState::Copied } else { CopyState::Failed });
            });
        })
    };
    let words = ui_text(props.lang);
    let label = match *copy_state {
        CopyState::Idle => props.label.unwrap_or(words.copy),
        CopyState::Copied => words.copied,
        CopyState::Failed => words.copy_failed,
    };
    html! { <button type="button" class="copy" {onclick}>{ label }</button> }
}
