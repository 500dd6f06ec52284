use yew::prelude::*;

use super::markup::{el, el_with, header_cell, el_fixed, Fixed, words};
use super::ui_text::ui_text;
use crate::export::COLUMNS;
use crate::rules::Status;
use crate::ui_support::bulk_rows::ColumnCounts;
use crate::wording::{self, Lang, Noun};

/// Integer geometry: bar widths in thousandths of the chart (its `viewBox` says the same).
const CHART_WIDTH: usize = 1000;

/// Counts per verdict for every protocol × method, as a table and as a small stacked bar chart:
/// `counts` has the mailboxes per status, per protocol × method column, of all `mailboxes`.
pub fn bulk_summary(lang: Lang, counts: &ColumnCounts, mailboxes: usize) -> Html {
    let text = ui_text(lang);
    let total = mailboxes.max(1);
    let mut head = vec![header_cell("col", words(text.protocol))];
    head.extend(Status::ALL.iter().map(|s| header_cell("col", words(wording::status(lang, *s)))));
    head.push(el_fixed("th", &[("scope", Fixed("col")), ("class", Fixed("chart-col"))], vec![words(text.chart)]));
    let mut rows = Vec::new();
    for ((protocol, auth), counts) in COLUMNS.iter().zip(counts) {
        let mut cells = vec![header_cell("row", words(wording::column(lang, *protocol, *auth)))];
        cells.extend(counts.iter().map(|n| super::markup::text("td", "count", wording::number(lang, *n as u64))));
        let mut x = 0;
        let mut bars = Vec::new();
        for (n, status) in counts.iter().zip(Status::ALL) {
            let w = n * CHART_WIDTH / total;
            bars.push(el_with("rect", &["class", "x", "y", "width", "height"], vec![Some(status_class(status).into()), Some(x.to_string().into()), Some("0".into()), Some(w.to_string().into()), Some("14".into())], Vec::new()));
            x += w;
        }
        let svg = el_fixed("svg", &[
            ("class", Fixed("bar")),
            // `CHART_WIDTH` wide.
            ("viewBox", Fixed("0 0 1000 14")),
            ("width", Fixed("100%")),
            ("height", Fixed("14")),
            ("preserveAspectRatio", Fixed("none")),
            ("aria-hidden", Fixed("true")),
            ("focusable", Fixed("false")),
        ], bars);
        cells.push(el("td", "chart-col", vec![svg]));
        rows.push(el("tr", "", cells));
    }
    let caption = super::markup::text("caption", "", wording::count(lang, mailboxes as u64, Noun::Mailbox));
    el("div", "bulk-summary", vec![el("table", "summary-table", vec![caption, el("thead", "", vec![el("tr", "", head)]), el("tbody", "", rows)])])
}

pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Works => "fill-works",
        Status::Blocked => "fill-blocked",
        Status::Unknown => "fill-unknown",
        Status::Check => "fill-check",
    }
}
