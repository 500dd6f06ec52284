//! The few facts the app reads from the browser: today's date, the preferred language, and the
//! `<html>` attributes that carry language and theme.

use crate::rules::Date;
use crate::wording::Lang;

use super::shared::Shared;
use super::state::Theme;

/// Today in the browser's time zone; the rules never read the clock themselves.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    // A JS date's fields are in range (month 0-11, day 1-31, a clock's year): never taken.
    let month = u8::try_from(now.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    let year = i32::try_from(now.get_full_year()).unwrap_or(1970);
    // A real clock's day is a valid date.
    Date::new(year, month, day).unwrap_or_default()
}

/// German when the browser prefers it, English otherwise.
pub fn preferred_lang() -> Lang {
    // No window or no language: English, the default.
    let language = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
    if language.get(..2).is_some_and(|code| code.eq_ignore_ascii_case("de")) { Lang::De } else { Lang::En }
}

/// Puts the language and theme on `<html>`, where screen readers and the style sheet read them,
/// and, when the language changes, the title in it. `index.html` is English with an English
/// title, which an English page keeps (a build's or a host's own included).
pub fn apply_document_attributes(lang: Lang, theme: Theme) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.document_element() else {
        return;
    };
    if root.get_attribute("lang").as_deref() != Some(lang.code()) {
        document.set_title(super::ui_text::ui_text(lang).page_title);
    }
    let _ = root.set_attribute("lang", lang.code());
    match theme.code() {
        Some(code) => {
            let _ = root.set_attribute("data-theme", code);
        }
        None => {
            let _ = root.remove_attribute("data-theme");
        }
    }
}

/// This page's address without its fragment: the full tool, and the base of share links.
pub fn page_without_fragment() -> String {
    // The page always runs in a window with an address.
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    match href.split_once('#') {
        Some((page, _)) => page.to_string(),
        None if href.is_empty() => "./".to_string(),
        None => href,
    }
}

/// The page's element `id`, if there is one.
pub fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Gives the element `id` the focus. The ids the page focuses are its own HTML elements': no
/// `instanceof` check bound for them.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = element(id) {
        let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// The paste box, `#input`: the page's one text area (no `instanceof` check bound for it).
pub fn paste_area() -> Option<web_sys::HtmlTextAreaElement> {
    use wasm_bindgen::JsCast;
    element("input").map(JsCast::unchecked_into)
}

thread_local! {
    /// The input held as data instead of shown in the box, for [`select_input_lines`].
    static HELD: std::cell::RefCell<Option<Shared<String>>> = const { std::cell::RefCell::new(None) };
}

/// The input is held as data (`Some`) or shown in the box (`None`).
pub fn hold_text(text: Option<Shared<String>>) {
    HELD.with(|held| *held.borrow_mut() = text);
}

/// Selects lines `first..=last` (1-based) of the input and scrolls them into view: the "link to
/// its line in the paste" of every deciding setting and chip. An input held as data is not in
/// the box: the box, empty, shows those lines and their neighbours, numbered, as its placeholder.
pub fn select_input_lines(first: u32, last: u32) {
    use std::fmt::Write;
    let Some(input) = paste_area() else {
        return;
    };
    let _ = input.focus();
    if let Some(text) = HELD.with(|held| held.borrow().clone()) {
        let from = first.saturating_sub(2).max(1);
        let mut excerpt = String::new();
        // At most 40 lines: a file's chip selects the whole file.
        for (number, line) in (1..).zip(text.split('\n')).skip(from as usize - 1).take((last.saturating_add(3).saturating_sub(from) as usize).min(40)) {
            let mark = if (first..=last).contains(&number) { '>' } else { ' ' };
            let _ = writeln!(excerpt, "{mark}{number} {line}");
        }
        let _ = input.set_attribute("placeholder", &excerpt);
        return;
    }
    let text = input.value();
    let (start, end) = utf16_line_range(&text, first, last);
    let _ = input.set_selection_range(start, end);
    // Scroll so the first selected line is near the top of the box.
    let line_height = 14.0 * 1.4;
    input.set_scroll_top((f64::from(first.saturating_sub(2)) * line_height) as i32);
}

/// The UTF-16 offsets (as the DOM counts) of the start of line `first` and the end of `last`.
fn utf16_line_range(text: &str, first: u32, last: u32) -> (u32, u32) {
    let mut offset: u32 = 0;
    let (mut start, mut end) = (0, None);
    for (index, line) in text.split('\n').enumerate() {
        // A text area's lines and their lengths fit a u32, as the DOM counts.
        let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let length = u32::try_from(line.encode_utf16().count()).unwrap_or(u32::MAX);
        if number == first {
            start = offset;
        }
        if number == last {
            end = Some(offset.saturating_add(length));
            break;
        }
        offset = offset.saturating_add(length).saturating_add(1);
    }
    // A `last` past the end (the last file's chip) selects to the end.
    (start, end.unwrap_or(offset.saturating_sub(1)).max(start))
}

/// Runs `f` once after `ms` milliseconds, unless the returned timer is dropped first
/// (gloo's `Timeout`: +0.1 KB brotli against the hand-written `setTimeout` it replaced).
pub fn after_ms(ms: u32, f: impl FnOnce() + 'static) -> Timer {
    Timer::new(ms, f)
}

/// A pending `after_ms`; dropping it cancels the call.
pub type Timer = gloo_timers::callback::Timeout;
