use yew::prelude::*;

use super::command_line::{CommandLineProps, command_line};
use super::command_list::command_steps;
use super::copy_button::CopyButton;
use super::markup::list;
use super::ui_text::ui_text;
use crate::remedy::way_out::{PathSteps, PortalStep};
use crate::wording::{self, way_out as words, Label, Lang};

/// One way out, filled in, numbered as one sequence: the steps in a portal or on the device,
/// the commands (each with its Copy button, the check last; one button copies them all as a
/// script), the steps after them; then what to set on the device or in the app, the site's SPF
/// entry and what to know.
pub fn path_view(lang: Lang, steps: &PathSteps) -> Html {
    let text = ui_text(lang);
    let before = steps.portal.len();
    let numbered = |list: &[PortalStep], after: usize| {
        if list.is_empty() {
            return html! {};
        }
        html! {
            <ol start={(after + 1).to_string()}>
                { for list.iter().map(|step| html! { <li>{ words::portal_step(lang, *step) }</li> }) }
            </ol>
        }
    };
    let label = |words: &str| html! { <p><strong>{ words.to_string() }</strong></p> };
    html! {
        <div class="path-steps">
            { numbered(&steps.portal, 0) }
            if !steps.commands.is_empty() {
                <div class="commands-head">
                    { label("PowerShell") }
                    <CopyButton lang={lang} text={wording::script(lang, &steps.commands)} label={Some(text.copy_all)} />
                </div>
                { command_steps(lang, &steps.commands, before, wording::label(lang, Label::Alternative)) }
            }
            { numbered(&steps.then, before + steps.commands.len()) }
            if let Some(device) = &steps.device {
                { label(text.device_heading) }
                <dl class="pairs">
                    { for words::device_settings(lang, device).into_iter().map(|(name, value)| html! {
                        <><dt>{ name }</dt><dd>{ value }</dd></>
                    }) }
                </dl>
            }
            if let Some(spf) = &steps.spf {
                { label("SPF") }
                { command_line(&CommandLineProps { lang, command: spf.clone().into(), id: None }) }
            }
            { list("ul", "path-notes", steps.notes.iter().map(|note| words::path_note(lang, *note)).collect()) }
        </div>
    }
}
