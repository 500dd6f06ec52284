use yew::prelude::*;

use super::command_line::{CommandLineProps, command_line};
use super::copy_button::CopyButton;
use super::shared::Shared;
use super::subject::Subject;
use super::ui_text::ui_text;
use crate::remedy::Report;
use crate::wording::{self, Lang};

pub struct CommandListProps {
    pub lang: Lang,
    pub report: Shared<Report>,
    pub subject: Subject,
}

/// The fix in order, each step with what it does, whom it affects, and its own Copy button;
/// plus one button that copies everything as a commented script.
pub fn command_list(props: &CommandListProps) -> Html {
    let commands = props.subject.commands(&props.report);
    if commands.is_empty() {
        return html! {};
    }
    let text = ui_text(props.lang);
    let script = wording::script(props.lang, commands);
    html! {
        <section class="commands">
            <div class="commands-head">
                <h3>{ text.commands_heading }</h3>
                <CopyButton lang={props.lang} text={script} label={Some(text.copy_all)} />
            </div>
            <ol>
                { for commands.iter().map(|command| html! {
                    <li class={classes!("step", command.alternative.then_some("alternative"))}>
                        <p class="purpose">
                            if command.alternative {
                                <strong>{ format!("{}: ", text.alternative) }</strong>
                            }
                            { wording::purpose(props.lang, command.purpose) }
                            <span class="radius">
                                { format!(" · {}: {}", text.affects, wording::blast_radius(props.lang, command.blast_radius)) }
                            </span>
                        </p>
                        { command_line(&CommandLineProps { lang: props.lang, command: command.command.clone().into(), id: None }) }
                    </li>
                }) }
            </ol>
        </section>
    }
}
