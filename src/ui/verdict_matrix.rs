use yew::prelude::*;

use super::shared::Shared;
use super::subject::Subject;
use super::ui_text::ui_text;
use super::verdict_cell::{VerdictCellProps, verdict_cell};
use crate::rules::{AuthMethod, Protocol};
use crate::remedy::Report;
use crate::wording::{self, Lang};

pub struct VerdictMatrixProps {
    pub lang: Lang,
    pub report: Shared<Report>,
    pub subject: Subject,
}

/// POP3 / IMAP4 / SMTP AUTH × password / OAuth; rows without a verdict are left out.
pub fn verdict_matrix(props: &VerdictMatrixProps) -> Html {
    let text = ui_text(props.lang);
    let verdicts = props.subject.verdicts(&props.report);
    let cell = |protocol: Protocol, auth: AuthMethod| -> Html {
        match verdicts.iter().position(|v| v.protocol == protocol && v.auth == auth) {
            Some(index) => html! {
                <td>{ verdict_cell(&VerdictCellProps { lang: props.lang, report: props.report.clone(), subject: props.subject, index }) }</td>
            },
            None => html! { <td class="cell-none">{ "—" }</td> },
        }
    };
    let rows = Protocol::ALL.into_iter().filter(|p| verdicts.iter().any(|v| v.protocol == *p));
    html! {
        <table class="matrix">
            <thead>
                <tr>
                    <th scope="col">{ text.protocol }</th>
                    <th scope="col">{ text.password }</th>
                    <th scope="col">{ text.oauth }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.map(|protocol| html! {
                    <tr>
                        <th scope="row">{ wording::protocol(props.lang, protocol) }</th>
                        { cell(protocol, AuthMethod::Basic) }
                        { cell(protocol, AuthMethod::OAuth) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
