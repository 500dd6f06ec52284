use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::download::download_text;
use super::markup::{el, el_with, text};
use super::plan_card::{PlanCardProps, plan_card};
use super::shared::Shared;
use super::ui_text::ui_text;
use super::virtual_rows::use_virtual_rows;
use crate::export::{worksheet_csv, worksheet_markdown};
use crate::parse::{parse_sends_outside, Sender, UsageAuth, UsageProtocol};
use crate::remedy::way_out::Given;
use crate::remedy::Report;
use crate::rules::way_out::Path;
use crate::rules::December;
use crate::ui_support::plan_rows::{AnswerChange, PlanFilter, PlanRows};
use crate::wording::{self, way_out as words, Lang, Noun};

#[derive(Properties, PartialEq)]
pub struct WorksheetProps {
    pub lang: Lang,
    pub report: Shared<Report>,
    /// The worksheet's rows of `report`, with the answers `given`.
    pub plans: Shared<PlanRows>,
    pub given: Shared<Given>,
    pub on_answer: Callback<AnswerChange>,
}

/// Every account with a plan, as a table that renders only the rows in view: filtered by
/// recommended path, site, December answer and text; answered for all the rows shown at once;
/// downloaded as CSV or Markdown; an account picked opens its plan below, and takes the focus.
#[function_component(Worksheet)]
pub fn worksheet(props: &WorksheetProps) -> Html {
    let (lang, report, plans) = (props.lang, &props.report, &props.plans);
    let ui = ui_text(lang);
    let headings = words::worksheet_headings(lang);
    let filter = use_state(PlanFilter::default);
    let selected = use_state(|| None::<usize>);
    // Worked out when the rows or the filter change, not on every scroll. (New rows come with
    // every new report or answer.)
    let visible = use_memo((plans.clone(), (*filter).clone()), |(plans, filter)| plans.visible(report, filter));
    let shown = use_virtual_rows(visible.len());
    // The plan picked opens below the table and takes the focus (and so comes into view).
    use_effect_with(*selected, |selected| {
        if let Some(index) = selected {
            focus(&format!("plan-{index}"));
        }
    });

    // Every filter control is named `worksheet-<part>` after the part of the filter it sets; a
    // drop-down is read through the same `id` and `value` as the text box.
    let refilter = {
        let (filter, shown) = (filter.clone(), shown.clone());
        Callback::from(move |event: Event| {
            let control = event.target_unchecked_into::<HtmlInputElement>();
            let mut next = (*filter).clone();
            next.set(control.id().trim_start_matches("worksheet-"), &control.value());
            filter.set(next);
            shown.rewind();
        })
    };
    let on_apply = {
        let (plans, visible, on_answer) = (plans.clone(), visible.clone(), props.on_answer.clone());
        Callback::from(move |_: MouseEvent| {
            let sender = chosen("worksheet-sender").and_then(|code| Sender::parse(&code));
            let sends_outside = chosen("worksheet-outside").and_then(|code| parse_sends_outside(&code));
            if sender.is_some() || sends_outside.is_some() {
                let keys = visible.iter().filter_map(|at| plans.rows.get(*at as usize)).map(|row| row.key).collect();
                on_answer.emit(AnswerChange { keys, sender, sends_outside });
            }
        })
    };
    let download = |markdown: bool| {
        let (report, given) = (report.clone(), props.given.clone());
        Callback::from(move |_: MouseEvent| match markdown {
            false => download_text("exo-auth-worksheet.csv", "text/csv", &worksheet_csv(&report, &given, lang)),
            true => download_text("exo-auth-worksheet.md", "text/markdown", &worksheet_markdown(&report, &given, lang)),
        })
    };
    let mut head = Vec::new();
    for at in [0, 1, 2, 3, 5, 6, 7] {
        if let Some(heading) = headings.get(at) {
            head.push(el_with("th", &["scope"], vec![Some(AttrValue::Static("col"))], vec![Html::from(*heading)]));
        }
    }
    let mut rows = Vec::new();
    for (offset, at) in visible.get(shown.first..shown.last).unwrap_or_default().iter().enumerate() {
        let Some(row) = plans.rows.get(*at as usize) else { continue };
        let Some(mailbox) = report.mailboxes.get(row.mailbox as usize) else { continue };
        let index = row.mailbox as usize;
        let selected = selected.clone();
        // The plan shown already only takes the focus again.
        let onclick = move |_| match *selected == Some(index) {
            true => focus(&format!("plan-{index}")),
            false => selected.set(Some(index)),
        };
        let pick = html! { <button type="button" class="row-pick" {onclick}>{ mailbox.identity() }</button> };
        let sender = words::sender(lang, row.sender);
        let site = row.site.and_then(|site| report.sites.get(site as usize)).map_or("—", |site| site.ip.as_str());
        let password = mailbox.usage().iter().find(|u| u.protocol == UsageProtocol::Smtp && u.auth == UsageAuth::Basic);
        let last = password.and_then(|u| u.last_success.as_deref()).and_then(|day| day.get(..10)).unwrap_or("—");
        let cells = vec![
            el_with("th", &["scope"], vec![Some(AttrValue::Static("row"))], vec![pick]),
            text("td", "", if row.sender_likely { format!("{sender} ({})", words::likely(lang)) } else { sender.to_string() }),
            text("td", "", words::yes_no(lang, row.sends_outside)),
            text("td", "", words::recommended_short(lang, row.recommended)),
            text("td", "", site.to_string()),
            text("td", "count", password.map_or(0, |u| u.successes).to_string()),
            text("td", "", last.to_string()),
        ];
        rows.push(el_with("tr", &["aria-rowindex"], vec![Some(shown.row_index(offset).into())], cells));
    }
    // Each drop-down's choices: the value (the same in every language) and the words.
    let any = || vec![(String::new(), ui.any.to_string())];
    let mut path_choices = any();
    for (path, count) in Path::ALL.into_iter().map(Some).chain([None]).zip(plans.by_recommended()) {
        if count > 0 {
            path_choices.push((path.map_or("ask", Path::code).to_string(), format!("{} ({count})", words::recommended_short(lang, path))));
        }
    }
    let path_chosen = filter.recommended.map_or(String::new(), |path| path.map_or("ask", Path::code).to_string());
    let mut controls = vec![
        el("label", "", vec![text("span", "", ui.find_account), html! { <input id="worksheet-text" type="search" value={filter.text.clone()} oninput={refilter.reform(Event::from)} /> }]),
        choice(headings[3], "worksheet-path", path_choices, &path_chosen, refilter.clone()),
    ];
    if !plans.shared_sites.is_empty() {
        let mut site_choices = any();
        for at in &plans.shared_sites {
            if let Some(site) = report.sites.get(*at as usize) {
                site_choices.push((at.to_string(), format!("{} ({})", site.ip, site.accounts.len())));
            }
        }
        let site_chosen = filter.site.map_or(String::new(), |site| site.to_string());
        controls.push(choice(headings[5], "worksheet-site", site_choices, &site_chosen, refilter.clone()));
    }
    if report.december_summary.is_some() {
        let mut december_choices = any();
        for december in [December::Breaks, December::AlreadyFailing] {
            december_choices.push((december.code().to_string(), wording::december(lang, december).to_string()));
        }
        controls.push(choice(wording::december_heading(lang), "worksheet-december", december_choices, filter.december.map_or("", December::code), refilter));
    }
    controls.push(el_with("span", &["class", "role"], vec![Some("shown".into()), Some("status".into())], vec![Html::from(format!("{} {}", visible.len(), ui.shown))]));
    let unchanged = || vec![(String::new(), ui.unchanged.to_string())];
    let mut sender_choices = unchanged();
    for (sender, words) in Sender::ALL.into_iter().zip(ui.sender_answers) {
        sender_choices.push((sender.code().to_string(), words.to_string()));
    }
    let mut outside_choices = unchanged();
    for (code, words) in ["yes", "no", "unknown"].into_iter().zip(ui.outside_answers) {
        outside_choices.push((code.to_string(), words.to_string()));
    }
    let answer = vec![
        text("legend", "", format!("{}{}{}", ui.for_shown[0], wording::count(lang, visible.len() as u64, Noun::Account), ui.for_shown[1])),
        choice(headings[1], "worksheet-sender", sender_choices, "", Callback::noop()),
        choice(headings[2], "worksheet-outside", outside_choices, "", Callback::noop()),
        button("worksheet-apply", ui.apply, on_apply),
    ];
    let mut parts = vec![
        text("h3", "", ui.worksheet_heading),
        el("div", "bulk-controls", controls),
        el("fieldset", "bulk-controls bulk-answer", answer),
        shown.table(ui.worksheet_heading, visible.len(), Html::from_iter(head), Html::from_iter(rows)),
        el("p", "downloads", vec![button("worksheet-csv", ui.download_csv, download(false)), button("worksheet-markdown", ui.download_markdown, download(true))]),
    ];
    if let Some(index) = *selected {
        parts.push(plan_card(&PlanCardProps { lang, report: report.clone(), given: props.given.clone(), index, on_answer: props.on_answer.clone() }));
    }
    el("div", "worksheet", parts)
}

/// The value chosen in the drop-down `id`, unless it is the blank "unchanged".
fn chosen(id: &str) -> Option<String> {
    let element = web_sys::window()?.document()?.get_element_by_id(id)?;
    Some(element.dyn_into::<HtmlSelectElement>().ok()?.value()).filter(|value| !value.is_empty())
}

/// Gives the element `id` the focus.
fn focus(id: &str) {
    if let Some(element) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// A button that does `onclick`.
fn button(id: &'static str, label: &'static str, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" {id} {onclick}>{ label }</button> }
}

/// A labelled drop-down of `choices` (value, words), the one whose value is `chosen` selected.
fn choice(label: &str, id: &'static str, choices: Vec<(String, String)>, chosen: &str, onchange: Callback<Event>) -> Html {
    let options = choices.into_iter().map(|(value, words)| {
        let selected = (value == chosen).then_some(AttrValue::Static("selected"));
        el_with("option", &["value", "selected"], vec![Some(value.into()), selected], vec![Html::from(words)])
    });
    el("label", "", vec![text("span", "", label.to_string()), html! { <select {id} {onchange}>{ for options }</select> }])
}
