use yew::prelude::*;

use super::shared::Shared;

use super::answer_view::answer_view;
use super::command_list::{CommandListProps, command_list};
use super::subject::Subject;
use super::usage_list::usage_list;
use super::verdict_matrix::{VerdictMatrixProps, verdict_matrix};
use crate::remedy::Report;
use crate::wording::{self, Label, Lang};

pub struct MailboxCardProps {
    pub lang: Lang,
    pub report: Shared<Report>,
    pub index: usize,
}

/// One mailbox, the answer first: one sentence per outcome and reason, its sign-ins and
/// December answer when the paste has evidence of use, the fix; then the matrix, collapsed.
pub fn mailbox_card(props: &MailboxCardProps) -> Html {
    let Some(mailbox) = props.report.mailboxes.get(props.index) else {
        return html! {};
    };
    let heading_id = format!("mailbox-{}", props.index);
    let subject = Subject::Mailbox(props.index);
    html! {
        <article class="card mailbox" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ format!("{}: {}", wording::label(props.lang, Label::Mailbox), mailbox.identity()) }</h2>
            { answer_view(props.lang, &mailbox.verdicts(), None) }
            { usage_list(props.lang, mailbox) }
            if props.report.december_summary.is_some() {
                <p class="december-label">
                    { format!("{}: {}", wording::december_heading(props.lang), wording::december(props.lang, mailbox.december())) }
                </p>
            }
            { command_list(&CommandListProps { lang: props.lang, report: props.report.clone(), subject }) }
            { detail(props.lang, &props.report, subject) }
        </article>
    }
}

/// Every sign-in method with its deciding settings, later layers, checks and source.
pub fn detail(lang: Lang, report: &Shared<Report>, subject: Subject) -> Html {
    html! {
        <details class="detail">
            <summary>{ wording::label(lang, Label::Details) }</summary>
            { verdict_matrix(&VerdictMatrixProps { lang, report: report.clone(), subject }) }
        </details>
    }
}
