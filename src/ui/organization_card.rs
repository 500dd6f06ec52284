use yew::prelude::*;

use super::shared::Shared;

use super::answer_view::answer_view;
use super::command_list::{CommandListProps, command_list};
use super::mailbox_card::detail;
use super::markup::card;
use super::subject::Subject;
use crate::remedy::Report;
use crate::wording::{self, Label, Lang};

pub struct OrganizationCardProps {
    pub lang: Lang,
    pub report: Shared<Report>,
}

/// What holds for every mailbox that has no setting of its own: the answer, the fix (the
/// mailboxes that need it first, the tenant switch as the alternative), then the matrix.
pub fn organization_card(props: &OrganizationCardProps) -> Html {
    let organization = &props.report.organization;
    card("article", "card organization", "organization-heading", wording::label(props.lang, Label::Organization), vec![
        answer_view(props.lang, &organization.verdicts, Some("verdict")),
        command_list(&CommandListProps { lang: props.lang, report: props.report.clone(), subject: Subject::Organization }),
        detail(props.lang, &props.report, Subject::Organization),
    ])
}
