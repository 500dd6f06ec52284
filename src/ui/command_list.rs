use yew::prelude::*;

use super::command_line::command_line;
use super::copy_button::copy_button;
use super::subject::Subject;
use super::markup::{el, el_with, text as text_of, when, words, note};
use super::ui_text::ui_text;
use crate::remedy::{Command, Report, MAILBOX_PLACEHOLDER};
use crate::rules::answer::layers_to_fix;
use crate::rules::Protocol;
use crate::rules::smtp::date_switch::password_fix_warning;
use crate::wording::{self, Label, Lang};

/// The fix in order, each step with what it does, whom it affects, and its own Copy button,
/// grouped per protocol (each headed), ending with the one step that checks
/// the result; how long a password fix holds, a placeholder to replace; whether every layer's
/// steps are needed, with the steps of the protocol it means; the alternatives collapsed; plus
/// one button that copies everything as a commented script.
pub fn command_list(lang: Lang, report: &Report, subject: Subject) -> Html {
    let commands = subject.commands(report);
    if commands.is_empty() {
        return Html::default();
    }
    let text = ui_text(lang);
    let verdicts = subject.verdicts(report);
    let script = wording::script(lang, &commands);
    let placeholder = commands.iter().any(|c| c.command.contains(MAILBOX_PLACEHOLDER));
    let copy_all = copy_button(text.copy_all, script.into());
    let mut parts = vec![el("div", "commands-head", vec![text_of("h3", "", wording::label(lang, Label::CommandsHeading)), copy_all])];
    // Each part keeps its place (`when`).
    parts.push(password_fix_warning(&verdicts, report.as_of).map_or_else(Html::default, |dated| note("warning", wording::warning(lang, dated))));
    parts.push(when(placeholder, || note("placeholder-note", wording::placeholder_note(lang))));
    // Only the sign-ins the steps fix: a layer of a protocol nothing turns on needs no banner.
    let needed = layers_to_fix(verdicts.iter().filter(|v| commands.iter().any(|c| c.protocol == Some(v.protocol))));
    let head = |protocol: Option<Protocol>| {
        let Some(protocol) = protocol else { return Html::default() };
        let banner = needed.filter(|(which, _)| which.protocol == protocol).and_then(|needed| wording::layers_needed(lang, Some(needed)));
        Html::from_iter([text_of("h4", "", wording::protocol(lang, protocol)), banner.map_or_else(Html::default, |b| text_of("p", "layers-needed", b))])
    };
    parts.push(command_steps(lang, &commands, 0, wording::label(lang, Label::Alternatives), &head));
    el("section", "commands", parts)
}

/// Commands in order, numbered from `after` + 1, each with what it does, whom it affects and
/// its own Copy button, a list per protocol (as the steps come) led by `head` of it; the
/// alternatives collapsed under `alternatives_label`.
pub fn command_steps(lang: Lang, commands: &[Command], after: usize, alternatives_label: &str, head: &dyn Fn(Option<Protocol>) -> Html) -> Html {
    let step = |command: &Command| {
        let mut purpose = Vec::new();
        if command.alternative {
            purpose.push(text_of("strong", "", format!("{}: ", wording::label(lang, Label::Alternative))));
        }
        purpose.push(words(wording::purpose(lang, command.purpose)));
        purpose.push(text_of("span", "radius", format!(" · {}: {}", wording::label(lang, Label::Affects), wording::blast_radius(lang, command.blast_radius))));
        let class = if command.alternative { "step alternative" } else { "step" };
        el_with("li", &["class", "value"], vec![Some(class.into()), Some((command.step as usize + after).to_string().into())], vec![
            el("p", "purpose", purpose),
            command_line(lang, command.command.clone().into(), None),
        ])
    };
    let mut parts = Vec::new();
    let mut group: Vec<Html> = Vec::new();
    let mut protocol = None;
    let mut alternatives = Vec::new();
    for command in commands {
        let item = step(command);
        if command.alternative {
            alternatives.push(item);
            continue;
        }
        if protocol != Some(command.protocol) {
            if !group.is_empty() {
                parts.push(el("ol", "", std::mem::take(&mut group)));
            }
            parts.push(head(command.protocol));
            protocol = Some(command.protocol);
        }
        group.push(item);
    }
    parts.push(el("ol", "", group));
    if !alternatives.is_empty() {
        let summary = text_of("summary", "", format!("{alternatives_label} ({})", alternatives.len()));
        let listed = el("ol", "", alternatives);
        parts.push(el("details", "alternatives", vec![summary, listed]));
    }
    Html::from_iter(parts)
}
