use wasm_bindgen_futures::{JsFuture, spawn_local};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: String,
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
    let onclick = {
        let text = props.text.clone();
        let copy_state = copy_state.clone();
        Callback::from(move |_| {
            let text = text.clone();
            let copy_state = copy_state.clone();
            spawn_local(async move {
                let copied = match web_sys::window() {
                    Some(window) => {
                        JsFuture::from(window.navigator().clipboard().write_text(&text)).await.is_ok()
                    }
                    None => false,
                };
                copy_state.set(if copied { CopyState::Copied } else { CopyState::Failed });
            });
        })
    };
    let label = match *copy_state {
        CopyState::Idle => "Copy",
        CopyState::Copied => "Copied",
        CopyState::Failed => "Copy failed: select the text and copy it",
    };
    html! { <button type="button" class="copy" {onclick}>{ label }</button> }
}
