use yew::prelude::*;

use super::markup::{el, el_with, line_link, text, words};
use crate::rules::answer::answer_groups;
use crate::rules::need::Needs;
use crate::rules::smtp::sa3_tenant_switch;
use crate::rules::{Status, Verdict};
use crate::wording::{self, Lang};

/// The answer first: one line per group of sign-ins with the same outcome and reason, each
/// reason with buttons that select its lines in the input and its rule id; the matrix below
/// has the rest.
/// A group refused only by the organization's own secure default, for sign-ins nothing in
/// `needs`, is no fault: styled apart from what is blocked.
pub fn answer_view(lang: Lang, verdicts: &[Verdict], id: Option<&'static str>, needs: Needs) -> Html {
    let mut groups = Vec::new();
    for group in answer_groups(verdicts) {
        let off = group.reasons.first().is_some_and(|r| r.rule == sa3_tenant_switch::RULE) && group.items.iter().all(|i| !needs.has(i.protocol));
        let class = match group.status {
            Status::Blocked if off => "answer-off",
            Status::Works => "answer-works",
            Status::Blocked => "answer-blocked",
            Status::Unknown | Status::Check => "answer-check",
        };
        let mut parts = vec![text("strong", "", wording::answer_group_head(lang, &group))];
        for reason in &group.reasons {
            let sentence = wording::finding(lang, reason.finding);
            let mut said = vec![words(" ")];
            if let Some(lead) = wording::answer_reason_lead(lang, reason) {
                said.push(text("strong", "", format!("{lead} ")));
            }
            // A finding without a final stop is kept whole.
            said.push(words(sentence.strip_suffix('.').unwrap_or(&sentence).to_string()));
            if !reason.lines.is_empty() {
                said.push(words(" ("));
                for (i, line) in reason.lines.iter().enumerate() {
                    if i > 0 {
                        said.push(words(", "));
                    }
                    said.push(line_link(lang, *line));
                }
                said.push(words(")"));
            }
            if !reason.also {
                said.push(text("span", "rule", format!(" [{}]", reason.rule)));
            }
            said.push(words("."));
            parts.push(el("span", if reason.also { "reason also" } else { "reason" }, said));
        }
        groups.push(el("li", class, parts));
    }
    el_with("ul", &["class", "id"], vec![Some("answer headline".into()), id.map(AttrValue::Static)], groups)
}
