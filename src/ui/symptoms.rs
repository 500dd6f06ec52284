use yew::prelude::*;

use super::command_line::command_line;
use super::command_list::command_list;
use super::markup::{card, el, line_link, text, words};
use super::subject::Subject;
use super::ui_text::ui_text;
use crate::remedy::Report;
use crate::wording::{self, Lang};

/// Errors of the same kind are shown once, with links to every line that shows them.
const LINE_LINKS_UP_TO: usize = 10;

/// The errors a device or app showed, first: which layer refused, what confirms it, the fix.
pub fn symptoms(lang: Lang, report: &Report) -> Html {
    let mut kinds: Vec<(usize, Vec<u32>)> = Vec::new();
    for (index, item) in report.symptoms.iter().enumerate() {
        let same = kinds.iter_mut().find(|(first, _)| {
            report.symptoms.get(*first).is_some_and(|f| f.symptom.cause == item.symptom.cause && f.symptom.protocol == item.symptom.protocol)
        });
        match same {
            Some((_, lines)) => lines.push(item.symptom.line),
            None => kinds.push((index, vec![item.symptom.line])),
        }
    }
    if kinds.is_empty() {
        return Html::default();
    }
    let ui = ui_text(lang);
    let mut articles = Vec::new();
    for (index, lines) in kinds {
        let Some(item) = report.symptoms.get(index) else { continue };
        let symptom = &item.symptom;
        // The line buttons apart from one another and from the error text, for the eye and for
        // screen readers: "line 1, line 4: 535 5.7.139 …".
        let mut quoted = Vec::new();
        for (i, line) in lines.iter().take(LINE_LINKS_UP_TO).enumerate() {
            if i > 0 {
                quoted.push(words(", "));
            }
            quoted.push(line_link(lang, *line));
        }
        quoted.push(words(": "));
        quoted.push(text("code", "", symptom.text.clone()));
        let mut parts = vec![
            text("h3", "", wording::layer(lang, item.layer)),
            el("p", "symptom-text", quoted),
            el("p", "", vec![words(wording::symptom(lang, symptom.cause, symptom.protocol)), text("span", "rule", format!(" [{}]", item.rule))]),
        ];
        if item.consistent == Some(false) {
            parts.push(text("p", "warning", ui.symptom_disagrees));
        }
        if !item.confirm.is_empty() {
            parts.push(text("p", "", ui.symptom_confirm));
            parts.extend(item.confirm.iter().map(|command| command_line(lang, command.clone().into(), None)));
        }
        parts.push(command_list(lang, report, Subject::Symptom(index)));
        articles.push(el("article", "symptom", parts));
    }
    card("section", "card symptoms", "symptoms-heading", ui.symptoms_heading, articles)
}
