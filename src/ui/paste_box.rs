use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::ui_text::ui_text;
use crate::wording::Lang;

#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    pub lang: Lang,
    pub value: AttrValue,
    pub example: &'static str,
    pub on_input: Callback<String>,
}

/// The one large input; every keystroke is analysed, no button.
#[function_component(PasteBox)]
pub fn paste_box(props: &PasteBoxProps) -> Html {
    let text = ui_text(props.lang);
    let oninput = props.on_input.reform(|event: InputEvent| {
        event.target_unchecked_into::<HtmlTextAreaElement>().value()
    });
    let example = props.example;
    let load_example = props.on_input.reform(move |_: MouseEvent| example.to_string());
    let clear = props.on_input.reform(|_: MouseEvent| String::new());
    html! {
        <div class="paste">
            <label for="input">{ text.input_label }</label>
            <p id="input-hint" class="hint">{ text.input_hint }</p>
            <textarea id="input" spellcheck="false" autocomplete="off" rows="14" wrap="off"
                aria-describedby="input-hint"
                value={props.value.clone()} {oninput} />
            <div class="paste-actions">
                <button type="button" id="load-example" onclick={load_example}>{ text.load_example }</button>
                <button type="button" id="clear" onclick={clear}>{ text.clear }</button>
            </div>
        </div>
    }
}
