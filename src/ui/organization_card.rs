use yew::prelude::*;

use super::answer_view::answer_view;
use super::command_list::command_list;
use super::mailbox_card::detail;
use super::markup::card;
use super::subject::Subject;
use crate::remedy::Report;
use crate::wording::{self, Label, Lang};

/// What holds for every mailbox that has no setting of its own: the answer, the fix (the
/// mailboxes that need it first, the tenant switch as the alternative), then the matrix.
pub fn organization_card(lang: Lang, report: &Report) -> Html {
    let organization = &report.organization;
    card("article", "card organization", "organization-heading", wording::label(lang, Label::Organization), vec![
        answer_view(lang, &organization.verdicts, Some("verdict"), organization.needs),
        command_list(lang, report, Subject::Organization),
        detail(lang, report, Subject::Organization),
    ])
}
