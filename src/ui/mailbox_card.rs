use yew::prelude::*;

use super::answer_view::answer_view;
use super::markup::{card_of, el, text};
use super::command_list::command_list;
use super::subject::Subject;
use super::usage_list::usage_list;
use super::verdict_matrix::verdict_matrix;
use crate::remedy::Report;
use crate::wording::{self, Label, Lang};

/// One mailbox, the answer first: one sentence per outcome and reason, its sign-ins and
/// December answer when the paste has evidence of use, the fix; then the matrix, collapsed.
/// `index`: its position in `Report::mailboxes`.
pub fn mailbox_card(lang: Lang, report: &Report, index: usize) -> Html {
    let Some(mailbox) = report.mailboxes.get(index) else {
        return Html::default();
    };
    let subject = Subject::Mailbox(index);
    let heading = format!("{}: {}", wording::label(lang, Label::Mailbox), mailbox.identity());
    let mut parts = vec![answer_view(lang, &mailbox.verdicts(), None, mailbox.needs()), usage_list(lang, mailbox)];
    if report.december_summary.is_some() {
        parts.push(text("p", "december-label", format!("{}: {}", wording::december_heading(lang), wording::december(lang, mailbox.december()))));
    }
    parts.push(command_list(lang, report, subject));
    parts.push(detail(lang, report, subject));
    card_of("article", "card mailbox", format!("mailbox-{}", index), heading, parts)
}

/// Every sign-in method with its deciding settings, later layers, checks and source.
pub fn detail(lang: Lang, report: &Report, subject: Subject) -> Html {
    el("details", "detail", vec![text("summary", "", wording::label(lang, Label::Details)), verdict_matrix(lang, report, subject)])
}
