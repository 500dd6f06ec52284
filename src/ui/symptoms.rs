use yew::prelude::*;

use super::browser::select_input_lines;
use super::command_line::{CommandLineProps, command_line};
use super::command_list::{CommandListProps, command_list};
use super::shared::Shared;
use super::subject::Subject;
use super::ui_text::ui_text;
use crate::remedy::Report;
use crate::wording::{self, Lang};

/// Errors of the same kind are shown once, with links to every line that shows them.
const LINE_LINKS_UP_TO: usize = 10;

pub struct SymptomsProps {
    pub lang: Lang,
    pub report: Shared<Report>,
}

/// The errors a device or app showed, first: which layer refused, what confirms it, the fix.
pub fn symptoms(props: &SymptomsProps) -> Html {
    let report = &props.report;
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
        return html! {};
    }
    let lang = props.lang;
    let text = ui_text(lang);
    html! {
        <section class="card symptoms" aria-labelledby="symptoms-heading">
            <h2 id="symptoms-heading">{ text.symptoms_heading }</h2>
            { for kinds.into_iter().filter_map(|(index, lines)| {
                let item = report.symptoms.get(index)?;
                let symptom = &item.symptom;
                Some(html! {
                    <article class="symptom">
                        <h3>{ wording::layer(lang, item.layer) }</h3>
                        <p class="symptom-text">
                            { for lines.iter().take(LINE_LINKS_UP_TO).map(|&line| {
                                let onclick = Callback::from(move |_: MouseEvent| select_input_lines(line, line));
                                html! { <button type="button" class="line-link" {onclick}>{ format!("{} {line}", text.line) }</button> }
                            }) }
                            <code>{ symptom.text.clone() }</code>
                        </p>
                        <p>{ wording::symptom(lang, symptom.cause, symptom.protocol) }<span class="rule">{ format!(" [{}]", item.rule) }</span></p>
                        if item.consistent == Some(false) {
                            <p class="warning">{ text.symptom_disagrees }</p>
                        }
                        if !item.confirm.is_empty() {
                            <p>{ text.symptom_confirm }</p>
                            { for item.confirm.iter().map(|command| command_line(&CommandLineProps { lang, command: command.clone().into(), id: None })) }
                        }
                        { command_list(&CommandListProps { lang, report: report.clone(), subject: Subject::Symptom(index) }) }
                    </article>
                })
            }) }
        </section>
    }
}
