use yew::prelude::*;

use super::markup::{el, el_with, line_link, text, words, note};
use super::ui_text::ui_text;
use crate::rules::{DecidingSetting, Status, Verdict};
use crate::wording::{self, Label, Lang};

/// One protocol × method: the status, why, the deciding setting with a link to its line, what
/// to check by hand, dated warnings, and the source. `off`: refused only by the organization's
/// own secure default, for a sign-in nothing needs: no fault, shown apart.
pub fn verdict_cell(lang: Lang, verdict: &Verdict, off: bool) -> Html {
    let ui = ui_text(lang);
    let mut parts = vec![status_text(lang, verdict.status, off)];
    for (position, refusal) in verdict.refusals().enumerate() {
        let mut finding = Vec::new();
        if position > 0 {
            let mut also = wording::also_blocked_by(lang, refusal.rule);
            also.push(' ');
            finding.push(text("strong", "", also));
        }
        finding.push(words(wording::finding(lang, refusal.finding)));
        let mut said = vec![el("p", "finding", finding)];
        said.extend(refusal.decided_by.iter().map(|setting| deciding_setting(lang, setting)));
        said.extend(refusal.warnings.iter().map(|warning| note("warning", wording::warning(lang, *warning))));
        if position > 0 {
            said.push(el("p", "source", vec![source_link(refusal.source, format!("{} {} · {}", ui.rule, refusal.rule, ui.source).into())]));
        }
        parts.push(el("div", if position > 0 { "also-blocked" } else { "" }, said));
    }
    if !verdict.checks.is_empty() {
        let checks = verdict.checks.iter().map(|check| text("li", "", wording::gate(lang, &check.gate))).collect();
        parts.push(el("details", "checks", vec![text("summary", "", format!("{} ({})", ui.check_by_hand, verdict.checks.len())), el("ul", "", checks)]));
    }
    parts.push(el("p", "source", vec![words(format!("{} {} · ", ui.rule, verdict.rule)), source_link(verdict.source, ui.source.into())]));
    el("div", "verdict-cell", parts)
}

/// A link to a rule's source, opened apart from the page.
fn source_link(href: &'static str, words: AttrValue) -> Html {
    el_with("a", &["href", "target", "rel"], vec![Some(href.into()), Some("_blank".into()), Some("noopener noreferrer".into())], vec![super::markup::words(words)])
}

/// A status's badge with its word; `off` as [`verdict_cell`] says.
pub fn status_text(lang: Lang, status: Status, off: bool) -> Html {
    if off {
        text("span", "status status-off", ui_text(lang).secure_off)
    } else {
        text("span", status_badge(status), wording::status(lang, status))
    }
}

/// A status's badge, in its colours.
pub fn status_badge(status: Status) -> &'static str {
    match status {
        Status::Works => "status status-works",
        Status::Blocked => "status status-blocked",
        Status::Unknown => "status status-unknown",
        Status::Check => "status status-check",
    }
}

fn deciding_setting(lang: Lang, setting: &DecidingSetting) -> Html {
    el("p", "decided-by", vec![
        words(format!("{}: ", wording::label(lang, Label::DecidingSetting))),
        text("code", "", setting.setting.name()),
        words(format!(" = {} ", wording::setting_value(lang, &setting.value))),
        line_link(lang, setting.line),
    ])
}
