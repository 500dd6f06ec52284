use yew::prelude::*;

use super::shared::Shared;

use super::command_line::{CommandLineProps, command_line};
use super::ui_text::ui_text;
use crate::remedy::Report;
use crate::wording::Lang;

pub struct MissingListProps {
    pub lang: Lang,
    pub report: Shared<Report>,
}

/// "Paste the output of this next": one command per missing input, filled in with the mailbox.
pub fn missing_list(props: &MissingListProps) -> Html {
    let missing = &props.report.missing;
    if missing.is_empty() {
        return html! {};
    }
    let text = ui_text(props.lang);
    html! {
        <section class="card missing" aria-labelledby="missing-heading">
            <h2 id="missing-heading">{ text.missing_heading }</h2>
            <p>{ text.missing_text }</p>
            <ul>
                { for missing.iter().map(|item| html! {
                    <li>
                        <p class="missing-input">
                            <code>{ item.input }</code>
                            { item.mailbox.as_deref().map(|m| format!(" ({m})")).unwrap_or_default() }
                        </p>
                        { command_line(&CommandLineProps { lang: props.lang, command: item.command.clone().into(), id: None }) }
                    </li>
                }) }
            </ul>
        </section>
    }
}
