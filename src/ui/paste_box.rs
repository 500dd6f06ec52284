use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, DragEvent, HtmlTextAreaElement};
use yew::prelude::*;

use super::file_input::{files_of, read_files};
use super::markup::{button, el, text, when, words, el_fixed, Fixed};
use super::state::{Action, State, HOLD_PASTE_ABOVE};
use super::ui_text::ui_text;
use crate::wording::{self, Lang, Noun};

pub struct PasteBoxProps {
    pub lang: Lang,
    /// The size of an input held as data instead of shown in the box.
    pub held: Option<usize>,
    /// Its lines, when it was pasted.
    pub held_lines: Option<usize>,
    /// Names are hidden: so is the paste, which holds them (the box keeps it, unchanged).
    pub redacted: bool,
    pub dispatcher: UseReducerDispatcher<State>,
}

/// The one large input; every keystroke is analysed, no button. What is typed (`#input`), the
/// files chosen (`#open-file`) and the buttons (`#load-example`, `#clear`, `#show-as-text`) are
/// read by the page's listeners; pasting and dropping by the box's own.
///
/// Not a controlled `value=`: Yew would read the whole text back from the box on every render
/// to compare it, a copy of a megabyte paste per keystroke. The box keeps what is typed; the
/// state's text is written into it only when it came from elsewhere (see the app).
pub fn paste_box(props: &PasteBoxProps) -> Html {
    let ui = ui_text(props.lang);
    // A large paste into the empty box never reaches it: laying out 100,000 lines takes the
    // browser seconds. Smaller pastes and typing go the usual way; while an input is held,
    // every paste is added to it (Clear, then paste, replaces it).
    let onpaste = {
        let (dispatcher, held) = (props.dispatcher.clone(), props.held.is_some());
        Callback::from(move |event: Event| {
            // The box itself: it has no elements inside (no `instanceof` check bound for it).
            let empty = event.target_unchecked_into::<HtmlTextAreaElement>().text_length() == 0;
            // A paste event is a ClipboardEvent (no `instanceof` check bound for it).
            let Some(data) = event.unchecked_ref::<ClipboardEvent>().clipboard_data().filter(|_| empty) else {
                return;
            };
            // No text on the clipboard: nothing pasted.
            let text = data.get_data("text").unwrap_or_default();
            if held || text.len() > HOLD_PASTE_ABOVE {
                event.prevent_default();
                dispatcher.dispatch(Action::Paste(text));
            }
        })
    };
    let ondrop = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |event: DragEvent| {
            let files = files_of(event.data_transfer().and_then(|d| d.files()));
            if !files.is_empty() {
                event.prevent_default();
                read_files(files, dispatcher.clone());
            }
        })
    };
    // Dropping needs the default refused on dragover.
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
    let mut parts = vec![el_fixed("label", &[("for", Fixed("input"))], vec![words(ui.input_label)]), el_fixed("p", &[("id", Fixed("input-hint")), ("class", Fixed("hint"))], vec![words(ui.input_hint)])];
    parts.push(props.held.map_or_else(Html::default, |bytes| {
        // Lines not counted yet: the size alone.
        let lines = props.held_lines.map(|lines| format!("{}, ", wording::count(props.lang, lines as u64, Noun::Line))).unwrap_or_default();
        // `200.4 MB` (`200,4 MB`): megabytes with one decimal.
        let size = format!("{lines}{} MB {}", wording::tenths(props.lang, bytes as u64 / 100_000), ui.held_note);
        el_fixed("p", &[("id", Fixed("held")), ("class", Fixed("held")), ("role", Fixed("status"))], vec![words(size), button("show-as-text", ui.show_as_text)])
    }));
    parts.push(when(props.redacted, || el_fixed("p", &[("id", Fixed("paste-hidden")), ("class", Fixed("hint")), ("role", Fixed("note"))], vec![words(ui.paste_hidden)])));
    parts.push(html! {
        <textarea id="input" spellcheck="false" autocomplete="off" rows="14" wrap="off" aria-describedby="input-hint"
            {onpaste} {ondrop} {ondragover} />
    });
    let file = el_fixed("input", &[("id", Fixed("open-file")), ("type", Fixed("file")), ("multiple", Fixed("")), ("accept", Fixed(".txt,.log,.csv,.json,text/plain,text/csv,application/json"))], Vec::new());
    parts.push(el("div", "paste-actions", vec![button("load-example", ui.load_example), button("clear", ui.clear), el("label", "file-button", vec![text("span", "", ui.open_file), file])]));
    // While names are hidden the style sheet hides the box (`.redacted`), which keeps the paste.
    el("div", if props.redacted { "paste redacted" } else { "paste" }, parts)
}
