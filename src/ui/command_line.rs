use yew::prelude::*;

use super::copy_button::copy_button;
use super::ui_text::ui_text;
use super::markup::{el, el_with, words};
use crate::wording::Lang;

/// A PowerShell command exactly as it is to be pasted, with its Copy button; `id` names the
/// block for the page's tests and links. The block wraps its lines rather than scroll, so the
/// command and its button are one stop of the keyboard: the button.
pub fn command_line(lang: Lang, command: AttrValue, id: Option<&'static str>) -> Html {
    let code = el("code", "", vec![words(command.clone())]);
    el("div", "command", vec![
        el_with("pre", &["id"], vec![id.map(AttrValue::Static)], vec![code]),
        copy_button(ui_text(lang).copy, command),
    ])
}
