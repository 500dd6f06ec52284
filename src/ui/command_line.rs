use yew::prelude::*;

use super::copy_button::copy_button;
use super::ui_text::ui_text;
use super::markup::{el, el_with, words};
use crate::wording::Lang;

pub struct CommandLineProps {
    pub lang: Lang,
    pub command: AttrValue,
    pub id: Option<AttrValue>,
}

/// A PowerShell command exactly as it is to be pasted, with its Copy button. The block can
/// scroll sideways, so it takes keyboard focus.
pub fn command_line(props: &CommandLineProps) -> Html {
    let code = el("code", "", vec![words(props.command.clone())]);
    el("div", "command", vec![
        el_with("pre", &["id", "tabindex"], vec![props.id.clone(), Some("0".into())], vec![code]),
        copy_button(ui_text(props.lang).copy, props.command.clone()),
    ])
}
