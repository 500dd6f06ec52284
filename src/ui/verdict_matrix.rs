use yew::prelude::*;

use super::markup::{el, el_with, text};
use super::subject::Subject;
use super::ui_text::ui_text;
use super::verdict_cell::verdict_cell;
use crate::rules::{AuthMethod, Protocol};
use crate::remedy::Report;
use crate::wording::{self, Lang};

/// POP3 / IMAP4 / SMTP AUTH × password / OAuth; rows without a verdict are left out.
pub fn verdict_matrix(lang: Lang, report: &Report, subject: Subject) -> Html {
    let ui = ui_text(lang);
    let verdicts = subject.verdicts(report);
    let cell = |protocol: Protocol, auth: AuthMethod| -> Html {
        match verdicts.iter().find(|v| v.protocol == protocol && v.auth == auth) {
            Some(verdict) => el("td", "", vec![verdict_cell(lang, verdict)]),
            None => text("td", "cell-none", "—"),
        }
    };
    let col = |words: &'static str| el_with("th", &["scope"], vec![Some("col".into())], vec![super::markup::words(words)]);
    let head = el("thead", "", vec![el("tr", "", vec![col(ui.protocol), col(ui.password), col(ui.oauth)])]);
    let mut rows = Vec::new();
    for protocol in Protocol::ALL.into_iter().filter(|p| verdicts.iter().any(|v| v.protocol == *p)) {
        let name = el_with("th", &["scope"], vec![Some("row".into())], vec![super::markup::words(wording::protocol(lang, protocol))]);
        rows.push(el("tr", "", vec![name, cell(protocol, AuthMethod::Basic), cell(protocol, AuthMethod::OAuth)]));
    }
    el("table", "matrix", vec![head, el("tbody", "", rows)])
}
