use yew::prelude::*;

use super::shared::Shared;

use super::browser::select_input_lines;
use super::ui_text::ui_text;
use crate::parse::Parsed;
use crate::wording::{self, Lang};

pub struct DiagnosticsProps {
    pub lang: Lang,
    pub parsed: Shared<Parsed>,
}

/// Lines the parser skipped for a reason worth telling, each linked to its line.
pub fn diagnostics(props: &DiagnosticsProps) -> Html {
    let diagnostics = &props.parsed.diagnostics;
    if diagnostics.is_empty() {
        return html! {};
    }
    let text = ui_text(props.lang);
    html! {
        <details class="card diagnostics">
            <summary>{ format!("{} ({})", text.skipped_heading, diagnostics.len()) }</summary>
            <ul>
                { for diagnostics.iter().map(|diagnostic| {
                    let line = diagnostic.line;
                    let onclick = Callback::from(move |_: MouseEvent| select_input_lines(line, line));
                    html! {
                        <li>
                            <button type="button" class="line-link" {onclick}>{ format!("{} {line}", text.line) }</button>
                            { format!(" {}", wording::diagnostic(props.lang, diagnostic)) }
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}
