use yew::prelude::*;

use super::markup::{el, el_with, header_cell, words};
use super::subject::Subject;
use super::ui_text::ui_text;
use super::verdict_cell::verdict_cell;
use crate::rules::need::secure_default;
use crate::rules::{AuthMethod, Protocol};
use crate::remedy::Report;
use crate::wording::{self, Lang};

/// POP3 / IMAP4 / SMTP AUTH × password / OAuth; rows without a verdict are left out.
pub fn verdict_matrix(lang: Lang, report: &Report, subject: Subject) -> Html {
    let ui = ui_text(lang);
    let verdicts = subject.verdicts(report);
    let needs = subject.needs(report);
    // Each cell names its column (`data-label`), shown above it where a phone stacks the cells.
    let cell = |protocol: Protocol, auth: AuthMethod| -> Html {
        let label = Some(AttrValue::Static(if auth == AuthMethod::Basic { ui.password } else { ui.oauth }));
        let content = verdicts.iter().find(|v| v.protocol == protocol && v.auth == auth).map_or_else(|| words("—"), |verdict| verdict_cell(lang, verdict, secure_default(verdict, needs)));
        el_with("td", &["data-label"], vec![label], vec![content])
    };
    let col = |name: &'static str| header_cell("col", words(name));
    let head = el("thead", "", vec![el("tr", "", vec![col(ui.protocol), col(ui.password), col(ui.oauth)])]);
    let mut rows = Vec::new();
    for protocol in Protocol::ALL.into_iter().filter(|p| verdicts.iter().any(|v| v.protocol == *p)) {
        let name = header_cell("row", words(wording::protocol(lang, protocol)));
        rows.push(el("tr", "", vec![name, cell(protocol, AuthMethod::Basic), cell(protocol, AuthMethod::OAuth)]));
    }
    el("table", "matrix", vec![head, el("tbody", "", rows)])
}
