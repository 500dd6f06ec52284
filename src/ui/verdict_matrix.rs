use yew::prelude::*;

use super::markup::{el, el_with, text};
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
    let ui = ui_text(props.lang);
    let verdicts = props.subject.verdicts(&props.report);
    let cell = |protocol: Protocol, auth: AuthMethod| -> Html {
        match verdicts.iter().position(|v| v.protocol == protocol && v.auth == auth) {
            Some(index) => el("td", "", vec![verdict_cell(&VerdictCellProps { lang: props.lang, report: props.report.clone(), subject: props.subject, index })]),
            None => text("td", "cell-none", "—"),
        }
    };
    let col = |words: &'static str| el_with("th", &["scope"], vec![Some("col".into())], vec![super::markup::words(words)]);
    let head = el("thead", "", vec![el("tr", "", vec![col(ui.protocol), col(ui.password), col(ui.oauth)])]);
    let mut rows = Vec::new();
    for protocol in Protocol::ALL.into_iter().filter(|p| verdicts.iter().any(|v| v.protocol == *p)) {
        let name = el_with("th", &["scope"], vec![Some("row".into())], vec![super::markup::words(wording::protocol(props.lang, protocol))]);
        rows.push(el("tr", "", vec![name, cell(protocol, AuthMethod::Basic), cell(protocol, AuthMethod::OAuth)]));
    }
    el("table", "matrix", vec![head, el("tbody", "", rows)])
}
