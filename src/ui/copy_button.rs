use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::Element;
use yew::prelude::*;
use yew::virtual_dom::Key;

use super::markup::{tag, words};
use super::ui_text::ui_text;
use crate::wording::Lang;

/// A button that copies `text` (`data-act="copy"`, read by the page's click listener, which
/// calls [`copy`]), with `label` until it is clicked. It is a new button for a new text (its
/// key), so what it says after a click holds until then, as for the text it copied.
pub fn copy_button(label: &'static str, text: AttrValue) -> Html {
    let mut button = tag("button", &["type", "class", "data-act", "data-copy"], vec![Some("button".into()), Some("copy".into()), Some("copy".into()), Some(text.clone())], vec![words(label)]);
    button.key = Some(Key::from(text.as_str()));
    button.into()
}

/// Copies `text` with the Clipboard API; `button` then says whether it worked.
pub fn copy(button: Element, text: String, lang: Lang) {
    spawn_local(async move {
        let copied = match web_sys::window() {
            Some(window) => JsFuture::from(window.navigator().clipboard().write_text(&text)).await.is_ok(),
            None => false,
        };
        let words = ui_text(lang);
        button.set_text_content(Some(if copied { words.copied } else { words.copy_failed }));
    });
}
