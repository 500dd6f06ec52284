use yew::prelude::*;

use super::shared::Shared;

use super::command_list::CommandList;
use super::subject::Subject;
use super::ui_text::ui_text;
use super::verdict_matrix::VerdictMatrix;
use crate::rules::Report;
use crate::wording::{self, Lang};

#[derive(Properties, PartialEq)]
pub struct MailboxCardProps {
    pub lang: Lang,
    pub report: Shared<Report>,
    pub index: usize,
}

/// One mailbox: the headline for the chosen client, the matrix, and the fix.
#[function_component(MailboxCard)]
pub fn mailbox_card(props: &MailboxCardProps) -> Html {
    let Some(mailbox) = props.report.mailboxes.get(props.index) else {
        return html! {};
    };
    let text = ui_text(props.lang);
    let heading_id = format!("mailbox-{}", props.index);
    html! {
        <article class="card mailbox" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ format!("{}: {}", text.mailbox, mailbox.identity) }</h2>
            <p class="headline">{ wording::headline(props.lang, &mailbox.headline) }</p>
            <VerdictMatrix lang={props.lang} report={props.report.clone()} subject={Subject::Mailbox(props.index)} />
            <CommandList lang={props.lang} report={props.report.clone()} subject={Subject::Mailbox(props.index)} />
        </article>
    }
}
