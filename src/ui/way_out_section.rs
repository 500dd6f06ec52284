use yew::prelude::*;

use super::command_line::command_line;
use super::markup::{card, el_fixed, text, Fixed};
use super::plan_card::plan_card;
use super::site_list::site_list;
use super::state::State;
use super::worksheet::worksheet;
use crate::wording::{self, way_out as words, Lang};

/// Up to this many accounts with a plan each get a card; more are one worksheet.
const CARDS_UP_TO: usize = 5;

/// The way out for every account that signs in with a password: how many break at the end of
/// December, the sites one connector covers, then each account's plan (as a card, or many as
/// the worksheet). Shown when the paste has evidence of use, or any account a plan.
pub fn way_out_section(state: &State) -> Html {
    let (lang, report, plans): (Lang, _, _) = (state.lang, &state.report, &state.plans);
    if report.december_summary.is_none() && plans.rows.is_empty() {
        return Html::default();
    }
    let after_default_off = report.mailboxes.organization().after_default_off;
    let mut parts = Vec::new();
    // Each part keeps its place: the worksheet's text box keeps what is typed, and the focus.
    parts.push(report.december_summary.as_ref().map_or_else(Html::default, |summary| {
        el_fixed("p", &[("id", Fixed("december-summary")), ("class", Fixed("headline"))], vec![super::markup::words(wording::december_summary(lang, summary, after_default_off))])
    }));
    // An unflattened export: its status says nothing; the command that exports it readable
    // (not "paste the log", which was pasted).
    parts.push(wording::status_unreadable_in(lang, report).map_or_else(Html::default, |said| {
        Html::from_iter([text("p", "unreadable", said), command_line(lang, crate::parse::FLATTENED_EXPORT.into(), None)])
    }));
    parts.push(site_list(lang, report, plans));
    if plans.rows.len() > CARDS_UP_TO {
        parts.push(worksheet(state));
    } else {
        parts.push(plans.rows.iter().map(|row| plan_card(lang, report, &state.given, row.mailbox as usize)).collect());
    }
    card("section", "card way-out", "way-out-heading", words::heading(lang, after_default_off), parts)
}
