use yew::prelude::*;

use super::command_line::command_line;
use super::command_list::command_steps;
use super::copy_button::copy_button;
use super::markup::{el, el_with, list, text, when};
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
    // Each part keeps its place (`when`).
    let commands = when(!steps.commands.is_empty(), || {
        let copy_all = copy_button(ui.copy_all, wording::script(lang, &steps.commands).into());
        Html::from_iter([el("div", "commands-head", vec![label("PowerShell"), copy_all]), command_steps(lang, &steps.commands, before, wording::label(lang, Label::Alternative), &|_| Html::default())])
    });
    let device = steps.device.as_ref().map_or_else(Html::default, |device| {
        let mut pairs = Vec::new();
        for (name, value) in words::device_settings(lang, device) {
            pairs.push(text("dt", "", name));
            pairs.push(text("dd", "", value));
        }
        Html::from_iter([label(ui.device_heading), el("dl", "pairs", pairs)])
    });
    let spf = steps.spf.as_ref().map_or_else(Html::default, |spf| Html::from_iter([label("SPF"), command_line(lang, spf.clone().into(), None)]));
    let mut parts = vec![numbered(&steps.portal, 0), commands, numbered(&steps.then, before + steps.commands.len()), device, spf];
    parts.push(list("ul", "path-notes", steps.notes.iter().map(|note| words::path_note(lang, *note)).collect()));
    el("div", "path-steps", parts)
}
