use yew::prelude::*;

use super::command_line::{CommandLineProps, command_line};
use super::command_list::command_steps;
use super::copy_button::CopyButton;
use super::markup::{el, el_with, list, text};
use super::ui_text::ui_text;
use crate::remedy::way_out::{PathSteps, PortalStep};
use crate::wording::{self, way_out as words, Label, Lang};

/// One way out, filled in, numbered as one sequence: the steps in a portal or on the device,
/// the commands (each with its Copy button, the check last; one button copies them all as a
/// script), the steps after them; then what to set on the device or in the app, the site's SPF
/// entry and what to know.
pub fn path_view(lang: Lang, steps: &PathSteps) -> Html {
    let ui = ui_text(lang);
    let before = steps.portal.len();
    let numbered = |list: &[PortalStep], after: usize| {
        if list.is_empty() {
            return Html::default();
        }
        let items = list.iter().map(|step| text("li", "", words::portal_step(lang, *step))).collect();
        el_with("ol", &["start"], vec![Some((after + 1).to_string().into())], items)
    };
    let label = |words: &'static str| el("p", "", vec![text("strong", "", words)]);
    let mut parts = vec![numbered(&steps.portal, 0)];
    if !steps.commands.is_empty() {
        let copy_all = html! { <CopyButton lang={lang} text={wording::script(lang, &steps.commands)} label={Some(ui.copy_all)} /> };
        parts.push(el("div", "commands-head", vec![label("PowerShell"), copy_all]));
        parts.push(command_steps(lang, &steps.commands, before, wording::label(lang, Label::Alternative)));
    }
    parts.push(numbered(&steps.then, before + steps.commands.len()));
    if let Some(device) = &steps.device {
        parts.push(label(ui.device_heading));
        let mut pairs = Vec::new();
        for (name, value) in words::device_settings(lang, device) {
            pairs.push(text("dt", "", name));
            pairs.push(text("dd", "", value));
        }
        parts.push(el("dl", "pairs", pairs));
    }
    if let Some(spf) = &steps.spf {
        parts.push(label("SPF"));
        parts.push(command_line(&CommandLineProps { lang, command: spf.clone().into(), id: None }));
    }
    parts.push(list("ul", "path-notes", steps.notes.iter().map(|note| words::path_note(lang, *note)).collect()));
    el("div", "path-steps", parts)
}
