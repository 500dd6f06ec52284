use yew::prelude::*;

use super::shared::Shared;

use super::command_list::{CommandListProps, command_list};
use super::subject::Subject;
use super::ui_text::ui_text;
use super::verdict_matrix::{VerdictMatrixProps, verdict_matrix};
use crate::remedy::Report;
use crate::wording::{self, Lang};

pub struct OrganizationCardProps {
    pub lang: Lang,
    pub report: Shared<Report>,
}

/// What holds for every mailbox that has no setting of its own.
pub fn organization_card(props: &OrganizationCardProps) -> Html {
    let text = ui_text(props.lang);
    let organization = &props.report.organization;
    let headline = organization.verdicts.first().map(|v| wording::finding(props.lang, &v.finding));
    html! {
        <article class="card organization" aria-labelledby="organization-heading">
            <h2 id="organization-heading">{ text.organization }</h2>
            if let Some(headline) = headline {
                <p id="verdict" class="headline">{ headline }</p>
            }
            { verdict_matrix(&VerdictMatrixProps { lang: props.lang, report: props.report.clone(), subject: Subject::Organization }) }
            { command_list(&CommandListProps { lang: props.lang, report: props.report.clone(), subject: Subject::Organization }) }
        </article>
    }
}
