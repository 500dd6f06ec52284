//! Elements made by a function call instead of `html!`, and the few element shapes many views
//! share. `html!` expands each element it writes to its own construction code, 0.2 to 0.4 KB of
//! wasm each; a call to [`el`] is a few bytes. Elements with listeners, references or keys are
//! still written in `html!`.

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag, VText};
/// An attribute's value written in the code, for [`el_fixed`]: `("id", Fixed("result"))`.
pub use yew::virtual_dom::AttributeOrProperty::Static as Fixed;

use super::ui_text::ui_text;
use crate::wording::Lang;

/// `<name k="v" …>children</tag>`: the attributes `keys`, with `values` in the same order (an
/// attribute whose value is `None` is left out).
#[inline(never)]
pub fn el_with(name: &'static str, keys: &'static [&'static str], values: Vec<Option<AttrValue>>, children: Vec<Html>) -> Html {
    tag(name, keys, values, children).into()
}

/// `<name k="v" …>children</name>` with every attribute written in the code (values
/// [`Fixed`]): the list is a constant, so nothing is built for it on a render and Yew compares
/// it by its address.
#[inline(never)]
pub fn el_fixed(name: &'static str, attributes: &'static [(&'static str, AttributeOrProperty)], children: Vec<Html>) -> Html {
    let mut element = VTag::new(AttrValue::Static(name));
    element.set_attributes(Attributes::Static(attributes));
    element.add_children(children);
    element.into()
}

/// [`el_with`] as a tag, to put a listener or a reference on before it is shown.
#[inline(never)]
pub fn tag(name: &'static str, keys: &'static [&'static str], values: Vec<Option<AttrValue>>, children: Vec<Html>) -> VTag {
    let mut element = VTag::new(AttrValue::Static(name));
    // One value per key, or none at all: the two lists must stay in step.
    if keys.len() == values.len() {
        element.set_attributes(Attributes::Dynamic { keys, values: values.into_iter().map(|value| value.map(AttributeOrProperty::Attribute)).collect() });
    }
    element.add_children(children);
    element
}

/// `<name class="class">children</name>`, without a class attribute when `class` is empty.
#[inline(never)]
pub fn el(name: &'static str, class: &'static str, children: Vec<Html>) -> Html {
    el_with(name, &["class"], vec![(!class.is_empty()).then_some(AttrValue::Static(class))], children)
}

/// `<name class="class">text</name>`.
#[inline(never)]
pub fn text(name: &'static str, class: &'static str, text: impl Into<AttrValue>) -> Html {
    el(name, class, vec![Html::VText(VText::new(text))])
}

/// `<name class="class">` with one `<li>` per item; nothing when there are none.
pub fn list(name: &'static str, class: &'static str, items: Vec<&'static str>) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    el(name, class, items.into_iter().map(|item| text("li", "", item)).collect())
}

/// `<tag class="class" aria-labelledby="id"><h2 id="id">heading</h2>children</tag>`: a card
/// named by its heading.
#[inline(never)]
pub fn card(tag: &'static str, class: &'static str, id: &'static str, heading: impl Into<AttrValue>, mut children: Vec<Html>) -> Html {
    children.insert(0, el_with("h2", &["id"], vec![Some(AttrValue::Static(id))], vec![Html::VText(VText::new(heading))]));
    el_with(tag, &["class", "aria-labelledby"], vec![Some(AttrValue::Static(class)), Some(AttrValue::Static(id))], children)
}

/// [`card`] with a heading id made at run time; the heading takes the focus when the card is
/// picked (`tabindex="-1"`).
#[inline(never)]
pub fn card_of(tag: &'static str, class: &'static str, id: String, heading: String, mut children: Vec<Html>) -> Html {
    let id = AttrValue::from(id);
    children.insert(0, el_with("h2", &["id", "tabindex"], vec![Some(id.clone()), Some("-1".into())], vec![words(heading)]));
    el_with(tag, &["class", "aria-labelledby"], vec![Some(AttrValue::Static(class)), Some(id)], children)
}

/// A button of `class` that does `act` (`data-act`, read by the page's click listener).
#[inline(never)]
pub fn act_button(class: &'static str, act: String, label: Html) -> Html {
    el_with("button", &["type", "class", "data-act"], vec![Some("button".into()), Some(class.into()), Some(act.into())], vec![label])
}

/// "line 12": a button that selects that line of the paste.
#[inline(never)]
pub fn line_link(lang: Lang, line: u32) -> Html {
    act_button("line-link", format!("lines {line}"), words(format!("{} {line}", ui_text(lang).line)))
}

/// A table's header cell for its `scope`, `col` or `row`.
#[inline(never)]
pub fn header_cell(scope: &'static str, content: Html) -> Html {
    el_with("th", &["scope"], vec![Some(scope.into())], vec![content])
}

/// `<label><span>label</span>control</label>`: a form control with its name before it.
#[inline(never)]
pub fn labelled(label: &'static str, control: Html) -> Html {
    el("label", "", vec![text("span", "", label), control])
}

/// A labelled drop-down `id` of `options`.
#[inline(never)]
pub fn labelled_select(label: &'static str, id: &'static str, options: Vec<Html>) -> Html {
    labelled(label, el_with("select", &["id"], vec![Some(id.into())], options))
}

/// A drop-down's choices after the blank one: the value (the same in every language) and the
/// words.
pub type Choices = Vec<(AttrValue, AttrValue)>;

/// A labelled drop-down `id`: `blank` (the choice of an empty value) then `choices`; the one
/// whose value is `chosen` selected.
#[inline(never)]
pub fn select_or_blank(label: &'static str, id: &'static str, blank: &'static str, choices: Choices, chosen: &str) -> Html {
    let mut options = vec![option("", blank, chosen.is_empty())];
    options.extend(choices.into_iter().map(|(value, words)| {
        let selected = value == chosen;
        option(value, words, selected)
    }));
    labelled_select(label, id, options)
}

/// A check box `id` in its label of `class`, the words after it.
#[inline(never)]
pub fn checkbox(class: &'static str, id: &'static str, checked: bool, label: &'static str) -> Html {
    el("label", class, vec![input(id, "checkbox", None, Some(checked)), words(label)])
}

/// A paragraph of `class` with the role of a note.
#[inline(never)]
pub fn note(class: &'static str, text: impl Into<AttrValue>) -> Html {
    el_with("p", &["class", "role"], vec![Some(class.into()), Some("note".into())], vec![words(text)])
}

/// "12 shown": how many rows a table's filter lets through, said as it changes.
pub fn shown_count(count: usize, shown: &'static str) -> Html {
    el_with("span", &["class", "role"], vec![Some("shown".into()), Some("status".into())], vec![words(format!("{count} {shown}"))])
}

/// `part` when `shown`, else an empty list in its place, as `html!` leaves for an `if`: Yew
/// pairs an element's children from the last, so a part that came or went would make every
/// part before it a new element (a text box would lose what is typed, and the focus).
pub fn when(shown: bool, part: impl FnOnce() -> Html) -> Html {
    if shown { part() } else { Html::default() }
}

/// Text, as it is.
pub fn words(text: impl Into<AttrValue>) -> Html {
    Html::VText(VText::new(text))
}

/// An `<option>` of a drop-down.
#[inline(never)]
pub fn option(value: impl Into<AttrValue>, text: impl Into<AttrValue>, selected: bool) -> Html {
    el_with("option", &["value", "selected"], vec![Some(value.into()), selected.then_some("selected".into())], vec![words(text)])
}

/// A button the page's click listener knows by its `id`.
#[inline(never)]
pub fn button(id: &'static str, label: &'static str) -> Html {
    el_with("button", &["type", "id"], vec![Some("button".into()), Some(id.into())], vec![words(label)])
}

/// An `<input id type>` with its value or whether it is checked as properties: what the state
/// holds is what the control shows, also after a change that did not come from it.
#[inline(never)]
pub fn input(id: &'static str, kind: &'static str, value: Option<AttrValue>, checked: Option<bool>) -> Html {
    let mut element = tag("input", &["id", "type"], vec![Some(id.into()), Some(kind.into())], Vec::new());
    if let Some(value) = value {
        element.set_value(value);
    }
    if let Some(checked) = checked {
        element.set_checked(checked);
    }
    element.into()
}
