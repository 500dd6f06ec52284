use yew::prelude::*;

use super::markup::{button, el, input, text, when, labelled, shown_count, select_or_blank, Choices};
use super::plan_card::plan_card;
use super::state::State;
use super::ui_text::ui_text;
use super::virtual_rows::{rows_box, Rows};
use crate::parse::Sender;
use crate::rules::way_out::Path;
use crate::rules::December;
use crate::wording::{self, way_out as words, Noun};

/// Every account with a plan, as a table that renders only the rows in view: filtered by
/// recommended path, site, December answer and text; answered for all the rows shown at once;
/// downloaded as CSV or Markdown; an account picked opens its plan below, and takes the focus.
/// Its controls are read by the page's listeners: the filters by their `id`
/// (`worksheet-<part>`, the part of the filter each sets), the rows' picks by `data-act`, the
/// buttons by `id`.
pub fn worksheet(state: &State) -> Html {
    let (lang, report, plans, filter) = (state.lang, &state.report, &state.plans, &state.sheet);
    let ui = ui_text(lang);
    let headings = words::worksheet_headings(lang);
    let shown = state.sheet_shown.len();
    // The filters' drop-downs: the part of the filter each sets, its label, its choices and
    // the one chosen; one left out when it has nothing to choose (no site shared, no December
    // answer).
    let mut path_choices = Choices::new();
    for (path, count) in Path::ALL.into_iter().map(Some).chain([None]).zip(plans.by_recommended()) {
        if count > 0 {
            path_choices.push((path.map_or("ask", Path::code).into(), format!("{} ({})", words::recommended_short(lang, path), wording::number(lang, count as u64)).into()));
        }
    }
    let mut site_choices = Choices::new();
    for at in &plans.shared_sites {
        if let Some(site) = report.sites.get(*at as usize) {
            site_choices.push((at.to_string().into(), format!("{} ({})", site.ip, wording::number(lang, site.accounts.len() as u64)).into()));
        }
    }
    let mut december_choices = Choices::new();
    if report.december_summary.is_some() {
        for december in [December::Breaks, December::AlreadyFailing] {
            december_choices.push((december.code().into(), wording::december(lang, december).into()));
        }
    }
    // A filter not set: its blank choice, "any".
    let filters = [
        ("worksheet-path", headings[3], path_choices, filter.recommended.map_or(String::new(), |path| path.map_or("ask", Path::code).to_string())),
        ("worksheet-site", headings[5], site_choices, filter.site.map_or(String::new(), |site| site.to_string())),
        ("worksheet-december", wording::december_heading(lang), december_choices, filter.december.map_or("", December::code).to_string()),
    ];
    let mut controls = vec![labelled(ui.find_account, input("worksheet-text", "search", Some(filter.text.clone().into()), None))];
    for (id, label, choices, chosen) in filters {
        controls.push(when(!choices.is_empty(), || select_or_blank(label, id, ui.any, choices, &chosen)));
    }
    controls.push(shown_count(lang, shown, ui.shown));

    let sender_choices = Sender::ALL.into_iter().zip(ui.sender_answers).map(|(sender, words)| (sender.code().into(), words.into())).collect();
    let outside_choices = ["yes", "no", "unknown"].into_iter().zip(ui.outside_answers).map(|(code, words)| (code.into(), words.into())).collect();
    let answer = vec![
        text("legend", "", format!("{}{}{}", ui.for_shown[0], wording::count(lang, shown as u64, Noun::Account), ui.for_shown[1])),
        select_or_blank(headings[1], "worksheet-sender", ui.unchanged, sender_choices, ""),
        select_or_blank(headings[2], "worksheet-outside", ui.unchanged, outside_choices, ""),
        button("worksheet-apply", ui.apply),
    ];
    let mut parts = vec![
        text("h3", "", ui.worksheet_heading),
        el("div", "bulk-controls", controls),
        el("fieldset", "bulk-controls bulk-answer", answer),
        rows_box(state.refiltered.1, ui.worksheet_heading, Rows::Plans { lang, report: report.clone(), plans: plans.clone(), shown: state.sheet_shown.clone() }),
        el("p", "downloads", vec![button("worksheet-csv", ui.download_csv), button("worksheet-markdown", ui.download_markdown)]),
    ];
    if let Some(index) = state.sheet_picked {
        parts.push(plan_card(lang, report, &state.given, index));
    }
    el("div", "worksheet", parts)
}
