use yew::prelude::*;

use super::markup::line_link;
use crate::rules::answer::answer_groups;
use crate::rules::{Status, Verdict};
use crate::wording::{self, Lang};

/// The answer first: one line per group of sign-ins with the same outcome and reason, each
/// reason with buttons that select its lines in the input and its rule id; the matrix below
/// has the rest.
pub fn answer_view(lang: Lang, verdicts: &[Verdict], id: Option<&'static str>) -> Html {
    html! {
        <ul class="answer headline" {id}>
            { for answer_groups(verdicts).into_iter().map(|group| {
                let class = match group.status {
                    Status::Works => "answer-works",
                    Status::Blocked => "answer-blocked",
                    Status::Unknown | Status::Check => "answer-check",
                };
                html! {
                    <li class={class}>
                        <strong>{ wording::answer_group_head(lang, &group) }</strong>
                        { for group.reasons.iter().map(|reason| {
                            let sentence = wording::finding(lang, reason.finding);
                            html! {
                                <span class={classes!("reason", reason.also.then_some("also"))}>
                                    { " " }
                                    if let Some(lead) = wording::answer_reason_lead(lang, reason) {
                                        <strong>{ format!("{lead} ") }</strong>
                                    }
                                    { sentence.strip_suffix('.').unwrap_or(&sentence).to_string() }
                                    if !reason.lines.is_empty() {
                                        { " (" }
                                        { for reason.lines.iter().enumerate().map(|(i, line)| html! { <>{ if i > 0 { ", " } else { "" } }{ line_link(lang, *line) }</> }) }
                                        { ")" }
                                    }
                                    if !reason.also {
                                        <span class="rule">{ format!(" [{}]", reason.rule) }</span>
                                    }
                                    { "." }
                                </span>
                            }
                        }) }
                    </li>
                }
            }) }
        </ul>
    }
}
