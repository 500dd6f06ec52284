use yew::prelude::*;

use super::markup::{el, line_link, text};
use super::shared::Shared;
use super::subject::Subject;
use super::ui_text::ui_text;
use crate::rules::{DecidingSetting, Status};
use crate::remedy::Report;
use crate::wording::{self, Label, Lang};

pub struct VerdictCellProps {
    pub lang: Lang,
    pub report: Shared<Report>,
    pub subject: Subject,
    /// Position among the subject's verdicts.
    pub index: usize,
}

/// One protocol × method: the status, why, the deciding setting with a link to its line, what
/// to check by hand, dated warnings, and the source.
pub fn verdict_cell(props: &VerdictCellProps) -> Html {
    let verdicts = props.subject.verdicts(&props.report);
    let Some(verdict) = verdicts.get(props.index) else {
        return html! {};
    };
    let text = ui_text(props.lang);
    let class = match verdict.status {
        Status::Works => "status status-works",
        Status::Blocked => "status status-blocked",
        Status::Unknown => "status status-unknown",
        Status::Check => "status status-check",
    };
    html! {
        <div class="verdict-cell">
            <span class={class}>{ wording::status(props.lang, verdict.status) }</span>
            { for verdict.refusals().enumerate().map(|(position, refusal)| html! {
                <div class={classes!((position > 0).then_some("also-blocked"))}>
                    <p class="finding">
                        if position > 0 {
                            <strong>{ format!("{} ", wording::also_blocked_by(props.lang, refusal.rule)) }</strong>
                        }
                        { wording::finding(props.lang, refusal.finding) }
                    </p>
                    { for refusal.decided_by.iter().map(|setting| deciding_setting(props.lang, setting)) }
                    { for refusal.warnings.iter().map(|warning| html! {
                        <p class="warning" role="note">{ wording::warning(props.lang, *warning) }</p>
                    }) }
                    if position > 0 {
                        <p class="source"><a href={refusal.source} target="_blank" rel="noopener noreferrer">{ format!("{} {} · {}", text.rule, refusal.rule, text.source) }</a></p>
                    }
                </div>
            }) }
            if !verdict.checks.is_empty() {
                <details class="checks">
                    <summary>{ format!("{} ({})", text.check_by_hand, verdict.checks.len()) }</summary>
                    <ul>
                        { for verdict.checks.iter().map(|check| html! {
                            <li>{ wording::gate(props.lang, &check.gate) }</li>
                        }) }
                    </ul>
                </details>
            }
            <p class="source">
                { format!("{} {} · ", text.rule, verdict.rule) }
                <a href={verdict.source} target="_blank" rel="noopener noreferrer">{ text.source }</a>
            </p>
        </div>
    }
}

fn deciding_setting(lang: Lang, setting: &DecidingSetting) -> Html {
    el("p", "decided-by", vec![
        Html::from(format!("{}: ", wording::label(lang, Label::DecidingSetting))),
        text("code", "", setting.setting),
        Html::from(format!(" = {} ", wording::setting_value(lang, &setting.value))),
        line_link(lang, setting.line),
    ])
}
