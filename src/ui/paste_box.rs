use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    pub value: String,
    pub on_input: Callback<String>,
}

/// The one large input; every keystroke is analysed, no button.
#[function_component(PasteBox)]
pub fn paste_box(props: &PasteBoxProps) -> Html {
    let oninput = props.on_input.reform(|event: InputEvent| {
        event.target_unchecked_into::<HtmlTextAreaElement>().value()
    });
    html! {
        <div class="paste">
            <label for="input">{ "PowerShell output" }</label>
            <textarea id="input" spellcheck="false" autocomplete="off" rows="12"
                placeholder="SmtpClientAuthenticationDisabled : True"
                value={props.value.clone()} {oninput} />
        </div>
    }
}
