use yew::prelude::*;

use super::shared::Shared;

use super::command_list::{CommandListProps, command_list};
use super::subject::Subject;
use super::ui_text::ui_text;
use super::usage_list::usage_list;
use super::verdict_matrix::{VerdictMatrixProps, verdict_matrix};
use crate::remedy::Report;
use crate::wording::{self, Lang};

pub struct MailboxCardProps {
    pub lang: Lang,
    pub report: Shared<Report>,
    pub index: usize,
}

/// One mailbox: the headline for the chosen client, its sign-ins and December answer when the
/// paste has evidence of use, the matrix, and the fix.
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
            { usage_list(props.lang, mailbox) }
            if props.report.december_summary.is_some() {
                <p class="december-label">
                    { format!("{}: {}", wording::december_heading(props.lang), wording::december(props.lang, mailbox.december)) }
                </p>
            }
            { verdict_matrix(&VerdictMatrixProps { lang: props.lang, report: props.report.clone(), subject: Subject::Mailbox(props.index) }) }
            { command_list(&CommandListProps { lang: props.lang, report: props.report.clone(), subject: Subject::Mailbox(props.index) }) }
        </article>
    }
}
