use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::app::megabytes;
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
    /// A large paste, to hold as data; `true`: added to what is held.
    pub on_hold: Callback<(String, bool)>,
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
    // A paste made while an input is held, until the user says whether it adds or replaces.
    let second = use_state(|| None::<Shared<String>>);
    {
        let (textarea, value, held) = (textarea.clone(), props.value.clone(), props.held.is_some());
        use_effect_with(props.loaded, move |_| {
            if let Some(element) = textarea.cast::<HtmlTextAreaElement>() {
                element.set_value(if held { "" } else { &value });
            }
            // Line links into held data show the lines next to the box.
            hold_text(held.then_some(value));
        });
    }
    // A large paste into an empty (or wholly selected) box never reaches the box: laying out
    // 100,000 lines takes the browser seconds. Smaller pastes and typing go the usual way.
    let onpaste = {
        let (on_hold, held, second) = (props.on_hold.clone(), props.held.is_some(), second.clone());
        Callback::from(move |event: Event| {
            let Some(data) = event.dyn_ref::<ClipboardEvent>().and_then(ClipboardEvent::clipboard_data) else {
                return;
            };
            let box_replaced = event.target_dyn_into::<HtmlTextAreaElement>().is_some_and(|area| {
                let length = area.text_length();
                length == 0 || (area.selection_start().ok().flatten() == Some(0) && area.selection_end().ok().flatten() == Some(length))
            });
            if !box_replaced && !held {
                return;
            }
            let text = data.get_data("text").unwrap_or_default();
            if held {
                event.prevent_default();
                second.set(Some(Shared::new(text)));
            } else if text.len() > HOLD_PASTE_ABOVE {
                event.prevent_default();
                on_hold.emit((text, false));
            }
        })
    };
    let choose = |add: bool| {
        let (on_hold, second) = (props.on_hold.clone(), second.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = (*second).clone() {
                second.set(None);
                on_hold.emit((String::clone(&text), add));
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
                    if let Some(lines) = props.held_lines {
                        { format!("{lines} {}, {} MB {} ", text.lines, megabytes(bytes), text.held_pasted) }
                    } else {
                        { format!("{} MB {} ", megabytes(bytes), text.held_note) }
                    }
                    <button type="button" id="show-as-text" onclick={show_as_text}>{ text.show_as_text }</button>
                </p>
                if second.is_some() {
                    <p id="second-paste" class="held" role="status">{ text.another_paste }{ " " }
                        <button type="button" id="paste-add" onclick={choose(true)}>{ text.add_to_it }</button>{ " " }
                        <button type="button" id="paste-replace" onclick={choose(false)}>{ text.replace_it }</button>
                    </p>
                }
                <pre id="held-lines" class="held-lines" hidden=true></pre>
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
