use yew::prelude::*;

use super::shared::Shared;

use super::answer_view::answer_view;
use super::markup::{card_of, el, text};
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
        return Html::default();
    };
    let (lang, subject) = (props.lang, Subject::Mailbox(props.index));
    let heading = format!("{}: {}", wording::label(lang, Label::Mailbox), mailbox.identity());
    let mut parts = vec![answer_view(lang, &mailbox.verdicts(), None), usage_list(lang, mailbox)];
    if props.report.december_summary.is_some() {
        parts.push(text("p", "december-label", format!("{}: {}", wording::december_heading(lang), wording::december(lang, mailbox.december()))));
    }
    parts.push(command_list(&CommandListProps { lang, report: props.report.clone(), subject }));
    parts.push(detail(lang, &props.report, subject));
    card_of("article", "card mailbox", format!("mailbox-{}", props.index), heading, parts)
}

/// Every sign-in method with its deciding settings, later layers, checks and source.
pub fn detail(lang: Lang, report: &Shared<Report>, subject: Subject) -> Html {
    el("details", "detail", vec![text("summary", "", wording::label(lang, Label::Details)), verdict_matrix(&VerdictMatrixProps { lang, report: report.clone(), subject })])
}
