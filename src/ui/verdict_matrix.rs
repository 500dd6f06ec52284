use yew::prelude::*;

use super::ui_text::ui_text;
use super::verdict_cell::VerdictCell;
use crate::rules::{AuthMethod, Protocol, Verdict};
use crate::wording::{self, Lang};

#[derive(Properties, PartialEq)]
pub struct VerdictMatrixProps {
    pub lang: Lang,
    pub verdicts: Vec<Verdict>,
}

/// POP3 / IMAP4 / SMTP AUTH × password / OAuth; rows without a verdict are left out.
#[function_component(VerdictMatrix)]
pub fn verdict_matrix(props: &VerdictMatrixProps) -> Html {
    let text = ui_text(props.lang);
    let cell = |protocol: Protocol, auth: AuthMethod| -> Html {
        match props.verdicts.iter().find(|v| v.protocol == protocol && v.auth == auth) {
            Some(verdict) => html! { <td><VerdictCell lang={props.lang} verdict={verdict.clone()} /></td> },
            None => html! { <td class="cell-none">{ "—" }</td> },
        }
    };
    let rows = Protocol::ALL.into_iter().filter(|p| props.verdicts.iter().any(|v| v.protocol == *p));
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
