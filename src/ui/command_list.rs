use yew::prelude::*;

use super::command_line::{CommandLineProps, command_line};
use super::copy_button::CopyButton;
use super::shared::Shared;
use super::subject::Subject;
use super::ui_text::ui_text;
use crate::remedy::{Command, Report, MAILBOX_PLACEHOLDER};
use crate::rules::answer::layers_to_fix;
use crate::rules::smtp::date_switch::password_fix_warning;
use crate::wording::{self, Label, Lang};

pub struct CommandListProps {
    pub lang: Lang,
    pub report: Shared<Report>,
    pub subject: Subject,
}

/// The fix in order, each step with what it does, whom it affects, and its own Copy button,
/// ending with the one step that checks the result; whether every layer's steps are needed,
/// how long a password fix holds, a placeholder to replace; the alternatives collapsed; plus
/// one button that copies everything as a commented script.
pub fn command_list(props: &CommandListProps) -> Html {
    let commands = props.subject.commands(&props.report);
    if commands.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    let text = ui_text(lang);
    let verdicts = props.subject.verdicts(&props.report);
    let script = wording::script(lang, &commands);
    let placeholder = commands.iter().any(|c| c.command.contains(MAILBOX_PLACEHOLDER));
    html! {
        <section class="commands">
            <div class="commands-head">
                <h3>{ wording::label(lang, Label::CommandsHeading) }</h3>
                <CopyButton lang={lang} text={script} label={Some(text.copy_all)} />
            </div>
            if let Some(needed) = wording::layers_needed(lang, layers_to_fix(&verdicts)) {
                <p class="layers-needed">{ needed }</p>
            }
            if let Some(dated) = password_fix_warning(&verdicts, props.report.as_of) {
                <p class="warning" role="note">{ wording::warning(lang, dated) }</p>
            }
            if placeholder {
                <p class="placeholder-note" role="note">{ wording::placeholder_note(lang, MAILBOX_PLACEHOLDER) }</p>
            }
            { command_steps(lang, &commands, 0, wording::label(lang, Label::Alternatives)) }
        </section>
    }
}

/// Commands in order, numbered from `after` + 1, each with what it does, whom it affects and
/// its own Copy button; the alternatives collapsed under `alternatives_label`.
pub fn command_steps(lang: Lang, commands: &[Command], after: usize, alternatives_label: &str) -> Html {
    let (main, alternatives): (Vec<&Command>, Vec<&Command>) = commands.iter().partition(|c| !c.alternative);
    let step = |command: &Command| html! {
        <li class={classes!("step", command.alternative.then_some("alternative"))} value={(command.step as usize + after).to_string()}>
            <p class="purpose">
                if command.alternative {
                    <strong>{ format!("{}: ", wording::label(lang, Label::Alternative)) }</strong>
                }
                { wording::purpose(lang, command.purpose) }
                <span class="radius">
                    { format!(" · {}: {}", wording::label(lang, Label::Affects), wording::blast_radius(lang, command.blast_radius)) }
                </span>
            </p>
            { command_line(&CommandLineProps { lang, command: command.command.clone().into(), id: None }) }
        </li>
    };
    html! {
        <>
            <ol>{ for main.into_iter().map(step) }</ol>
            if !alternatives.is_empty() {
                <details class="alternatives">
                    <summary>{ format!("{alternatives_label} ({})", alternatives.len()) }</summary>
                    <ol>{ for alternatives.into_iter().map(step) }</ol>
                </details>
            }
        </>
    }
}
