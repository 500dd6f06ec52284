use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::browser::hold_text;
use super::state::HOLD_PASTE_ABOVE;
use super::file_input::{files_of, read_files};
use super::shared::Shared;
use super::ui_text::ui_text;
use crate::wording::Lang;

#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    pub lang: Lang,
    /// Compared by identity: the paste can be hundreds of megabytes.
    pub value: Shared<String>,
    /// Changes when `value` did not come from typing in the box (see `State::loaded`).
    pub loaded: u64,
    pub example: &'static str,
    /// Typed or pasted into the box.
    pub on_input: Callback<String>,
    /// The example, a file, or Clear.
    pub on_load: Callback<String>,
    /// Files are being read: bytes read and in all.
    pub on_reading: Callback<(usize, usize)>,
    /// The size of an input held as data instead of shown in the box.
    pub held: Option<usize>,
    /// Its lines, when it was pasted.
    pub held_lines: Option<usize>,
    /// A paste to hold as data (added to what is held).
    pub on_paste: Callback<String>,
    pub on_show_as_text: Callback<()>,
}

/// The one large input; every keystroke is analysed, no button.
///
/// Not a controlled `value=`: Yew would read the whole text back from the box on every render
/// to compare it, a copy of a megabyte paste per keystroke. The box keeps what is typed; the
/// state's text is written into it only when it came from elsewhere.
#[function_component(PasteBox)]
pub fn paste_box(props: &PasteBoxProps) -> Html {
    let text = ui_text(props.lang);
    let textarea = use_node_ref();
    {
        let (textarea, value, held) = (textarea.clone(), props.value.clone(), props.held.is_some());
        use_effect_with(props.loaded, move |_| {
            if let Some(element) = textarea.cast::<HtmlTextAreaElement>() {
                element.set_value(if held { "" } else { &value });
                // Where line links into held data showed their lines.
                let _ = element.remove_attribute("placeholder");
            }
            hold_text(held.then_some(value));
        });
    }
    // A large paste into the empty box never reaches it: laying out 100,000 lines takes the
    // browser seconds. Smaller pastes and typing go the usual way; while an input is held,
    // every paste is added to it (Clear, then paste, replaces it).
    let onpaste = {
        let (on_paste, held) = (props.on_paste.clone(), props.held.is_some());
        Callback::from(move |event: Event| {
            let empty = event.target_dyn_into::<HtmlTextAreaElement>().is_some_and(|area| area.text_length() == 0);
            let Some(data) = event.dyn_ref::<ClipboardEvent>().and_then(ClipboardEvent::clipboard_data).filter(|_| empty) else {
                return;
            };
            let text = data.get_data("text").unwrap_or_default();
            if held || text.len() > HOLD_PASTE_ABOVE {
                event.prevent_default();
                on_paste.emit(text);
            }
        })
    };
    let show_as_text = props.on_show_as_text.reform(|_: MouseEvent| ());
    let oninput = props.on_input.reform(|event: InputEvent| {
        event.target_unchecked_into::<HtmlTextAreaElement>().value()
    });
    let example = props.example;
    let load_example = props.on_load.reform(move |_: MouseEvent| example.to_string());
    let clear = props.on_load.reform(|_: MouseEvent| String::new());
    let (on_text, on_reading) = (props.on_load.clone(), props.on_reading.clone());
    let on_choose = Callback::from(move |event: Event| {
        let input = event.target_unchecked_into::<HtmlInputElement>();
        let files = files_of(input.files());
        if !files.is_empty() {
            read_files(files, on_text.clone(), on_reading.clone());
        }
        // Choosing the same file again is a new choice.
        input.set_value("");
    });
    let (on_text, on_reading) = (props.on_load.clone(), props.on_reading.clone());
    let on_drop = Callback::from(move |event: DragEvent| {
        let files = files_of(event.data_transfer().and_then(|d| d.files()));
        if !files.is_empty() {
            event.prevent_default();
            read_files(files, on_text.clone(), on_reading.clone());
        }
    });
    // Dropping needs the default refused on dragover.
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());
    html! {
        <div class="paste">
            <label for="input">{ text.input_label }</label>
            <p id="input-hint" class="hint">{ text.input_hint }</p>
            if let Some(bytes) = props.held {
                <p id="held" class="held" role="status">
                    { format!("{}{} MB {}", props.held_lines.map(|lines| format!("{lines} {}, ", text.lines)).unwrap_or_default(), megabytes(bytes), text.held_note) }
                    <button type="button" id="show-as-text" onclick={show_as_text}>{ text.show_as_text }</button>
                </p>
            }
            <textarea id="input" spellcheck="false" autocomplete="off" rows="14" wrap="off"
                aria-describedby="input-hint" ref={textarea}
                {oninput} {onpaste} ondrop={on_drop} ondragover={on_drag_over} />
            <div class="paste-actions">
                <button type="button" id="load-example" onclick={load_example}>{ text.load_example }</button>
                <button type="button" id="clear" onclick={clear}>{ text.clear }</button>
                <label class="file-button">
                    <span>{ text.open_file }</span>
                    <input id="open-file" type="file" multiple=true accept=".txt,.log,.csv,.json,text/plain,text/csv,application/json"
                        onchange={on_choose} />
                </label>
            </div>
        </div>
    }
}

/// `200.4`: a size in megabytes with one decimal, by integer arithmetic (a float formatter
/// would link core's float printing into the app, about 4 KB).
fn megabytes(bytes: usize) -> String {
    format!("{}.{}", bytes / 1_000_000, bytes / 100_000 % 10)
}
