use yew::prelude::*;

use super::command_line::{CommandLineProps, command_line};
use super::ui_text::ui_text;
use crate::model::Environment;
use crate::remedy::{collect_script, CollectTarget};
use crate::wording::Lang;

pub struct FirstVisitProps {
    pub lang: Lang,
}

/// With nothing pasted yet: the one script that collects everything, ready to copy.
pub fn first_visit(props: &FirstVisitProps) -> Html {
    let text = ui_text(props.lang);
    // The script has no identity in it, so quoting cannot refuse it.
    let script = collect_script(CollectTarget::AllMailboxes, Environment::ExchangeOnline).unwrap_or_default();
    html! {
        <section class="first-visit" aria-labelledby="first-visit-heading">
            <h2 id="first-visit-heading">{ text.first_visit_heading }</h2>
            <p>{ text.first_visit_text }</p>
            { command_line(&CommandLineProps { lang: props.lang, command: script.into(), id: Some(AttrValue::from("collect-script")) }) }
        </section>
    }
}
