use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::remedy::Command;

#[derive(Properties, PartialEq)]
pub struct CommandListProps {
    pub commands: Vec<Command>,
}

/// The fix, one step per command, each with its own Copy button.
#[function_component(CommandList)]
pub fn command_list(props: &CommandListProps) -> Html {
    if props.commands.is_empty() {
        return html! {};
    }
    html! {
        <section class="commands">
            <h2>{ "Commands that fix it" }</h2>
            <ol>
                { for props.commands.iter().map(|command| html! {
                    <li class="command">
                        <pre><code>{ &command.command }</code></pre>
                        <CopyButton text={command.command.clone()} />
                    </li>
                }) }
            </ol>
        </section>
    }
}
