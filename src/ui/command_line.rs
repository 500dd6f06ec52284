use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::wording::Lang;

pub struct CommandLineProps {
    pub lang: Lang,
    pub command: AttrValue,
    pub id: Option<AttrValue>,
}

/// A PowerShell command exactly as it is to be pasted, with its Copy button. The block can
/// scroll sideways, so it takes keyboard focus.
pub fn command_line(props: &CommandLineProps) -> Html {
    html! {
        <div class="command">
            <pre id={props.id.clone()} tabindex="0"><code>{ props.command.clone() }</code></pre>
            <CopyButton lang={props.lang} text={props.command.clone()} />
        </div>
    }
}
