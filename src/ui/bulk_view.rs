use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::bulk_summary::{BulkSummaryProps, bulk_summary, status_class};
use super::download::download_text;
use super::mailbox_card::{MailboxCardProps, mailbox_card};
use super::shared::Shared;
use super::ui_text::ui_text;
use super::virtual_rows::use_virtual_rows;
use crate::export::{COLUMNS, to_csv, to_markdown};
use crate::rules::{December, Status};
use crate::remedy::Report;
use crate::ui_support::bulk_rows::{BulkRows, STATUSES};
use crate::wording::{self, Form, Lang, Noun};

/// How the table is sorted: by identity or by one protocol × method column.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SortKey {
    Identity,
    Column(usize),
}

#[derive(Properties, PartialEq)]
pub struct BulkViewProps {
    pub lang: Lang,
    pub report: Shared<Report>,
    /// The table's rows of `report`, built with it.
    pub rows: Shared<BulkRows>,
}

/// Many mailboxes at once: a summary, a filterable, sortable table that renders only the rows
/// in view, exports, and the full verdict of the row picked.
#[function_component(BulkView)]
pub fn bulk_view(props: &BulkViewProps) -> Html {
    let text = ui_text(props.lang);
    let filter = use_state(String::new);
    let status_filter = use_state(|| None::<Status>);
    let december_only = use_state(|| false);
    let sort = use_state(|| (SortKey::Identity, true));
    let selected = use_state(|| None::<usize>);

    let (report, rows) = (&props.report, &props.rows);
    let mailboxes = report.mailboxes.len();
    // The December column and filter only with evidence of use: without, every answer is "unknown".
    let has_evidence = report.december_summary.is_some();
    // Worked out when the rows or a filter change, not on every scroll.
    // (The rows are built from the report: new rows are a new report.)
    let visible = use_memo((rows.clone(), (*filter).clone(), *status_filter, has_evidence && *december_only, *sort), |(rows, filter, status, december_only, sort)| {
        visible_rows(report, rows, filter, *status, *december_only, *sort)
    });
    let shown = use_virtual_rows(visible.len());

    let on_filter = {
        let (filter, shown) = (filter.clone(), shown.clone());
        Callback::from(move |event: InputEvent| {
            filter.set(event.target_unchecked_into::<HtmlInputElement>().value());
            shown.rewind();
        })
    };
    let on_status = {
        let (status_filter, shown) = (status_filter.clone(), shown.clone());
        Callback::from(move |event: Event| {
            let code = event.target_unchecked_into::<HtmlSelectElement>().value();
            status_filter.set(status_from_code(&code));
            shown.rewind();
        })
    };
    let on_december = {
        let (december_only, shown) = (december_only.clone(), shown.clone());
        Callback::from(move |event: Event| {
            december_only.set(event.target_unchecked_into::<HtmlInputElement>().checked());
            shown.rewind();
        })
    };
    let sort_button = |key: SortKey, label: String| {
        let sort = sort.clone();
        let (current, ascending) = *sort;
        let aria_sort = match (current == key, ascending) {
            (false, _) => "none",
            (true, true) => "ascending",
            (true, false) => "descending",
        };
        let onclick = Callback::from(move |_: MouseEvent| {
            let (current, ascending) = *sort;
            sort.set((key, if current == key { !ascending } else { true }));
        });
        html! { <th scope="col" aria-sort={aria_sort}><button type="button" class="sort" {onclick}>{ label }</button></th> }
    };
    let export = |kind: &'static str| {
        let (report, lang) = (props.report.clone(), props.lang);
        Callback::from(move |_: MouseEvent| match kind {
            "csv" => download_text("exo-auth-verdicts.csv", "text/csv", &to_csv(&report, lang)),
            _ => download_text("exo-auth-verdicts.md", "text/markdown", &to_markdown(&report, lang)),
        })
    };
    let status_words = |status: Status| wording::status(props.lang, status);

    html! {
        <section class="card bulk" aria-labelledby="bulk-heading">
            <h2 id="bulk-heading">{ wording::count(props.lang, mailboxes as u64, Noun::Mailbox) }</h2>
            { bulk_summary(&BulkSummaryProps { lang: props.lang, counts: rows.counts, mailboxes }) }
            <div class="bulk-controls">
                <label>
                    <span>{ text.filter }</span>
                    <input id="bulk-filter" type="search" value={(*filter).clone()} oninput={on_filter} />
                </label>
                <label>
                    <span>{ text.status_filter }</span>
                    <select id="bulk-status" onchange={on_status}>
                        <option value="" selected={status_filter.is_none()}>{ text.any_status }</option>
                        { for [Status::Blocked, Status::Unknown, Status::Check, Status::Works].into_iter().map(|s| html! {
                            <option value={status_code(s)} selected={*status_filter == Some(s)}>{ status_words(s) }</option>
                        }) }
                    </select>
                </label>
                if has_evidence {
                    <label class="december-only">
                        <input id="bulk-december" type="checkbox" checked={*december_only} onchange={on_december} />
                        { text.december_only }
                    </label>
                }
                <span class="shown" role="status">{ format!("{} {}", visible.len(), text.shown) }</span>
                <button type="button" id="export-csv" onclick={export("csv")}>{ text.export_csv }</button>
                <button type="button" id="export-markdown" onclick={export("md")}>{ text.export_markdown }</button>
            </div>
            { shown.table(wording::noun(props.lang, Noun::Mailbox, Form::Other), visible.len(), html! {
                <>
                    { sort_button(SortKey::Identity, wording::mailbox_heading(props.lang).to_string()) }
                    // Next to the name: this month's question, visible without scrolling sideways.
                    if has_evidence {
                        <th scope="col">{ wording::december_heading(props.lang) }</th>
                    }
                    { for COLUMNS.iter().enumerate().map(|(i, (protocol, auth))| {
                        sort_button(SortKey::Column(i), wording::column(props.lang, *protocol, *auth))
                    }) }
                </>
            }, html! {
                { for visible.get(shown.first..shown.last).unwrap_or_default().iter().enumerate().map(|(offset, index)| {
                    let index = *index as usize;
                    let Some(row) = rows.facts.get(index) else { return html! {} };
                    let selected = selected.clone();
                    let onclick = Callback::from(move |_: MouseEvent| selected.set(Some(index)));
                    html! {
                        <tr key={index} aria-rowindex={shown.row_index(offset)}>
                            <th scope="row"><button type="button" class="row-pick" {onclick}>{ report.mailboxes.get(index).map_or("", |m| m.identity()) }</button></th>
                            if has_evidence {
                                <td>{ wording::december(props.lang, row.december) }</td>
                            }
                            { for row.statuses.iter().map(|status| match status {
                                Some(s) => html! { <td><span class={classes!("status", status_class(*s))}>{ status_words(*s) }</span></td> },
                                None => html! { <td>{ "—" }</td> },
                            }) }
                        </tr>
                    }
                }) }
            }) }
            if let Some(index) = *selected {
                { mailbox_card(&MailboxCardProps { lang: props.lang, report: props.report.clone(), index }) }
            }
        </section>
    }
}

/// The positions in `Report::mailboxes` of the rows that pass the filters, in the chosen order:
/// by identity (sorted once, with the rows), or by a status column and then by identity.
fn visible_rows(report: &Report, rows: &BulkRows, filter: &str, status: Option<Status>, december_only: bool, (key, ascending): (SortKey, bool)) -> Vec<u32> {
    let needle = filter.trim().to_lowercase();
    let mut visible = Vec::new();
    for index in rows.by_identity.iter().copied() {
        let at = index as usize;
        let (Some(mailbox), Some(row)) = (report.mailboxes.get(at), rows.facts.get(at)) else { continue };
        if (needle.is_empty() || mailbox.identity().to_lowercase().contains(&needle))
            && status.is_none_or(|s| row.statuses.contains(&Some(s)))
            && (!december_only || row.december == December::Breaks)
        {
            visible.push(index);
        }
    }
    if let SortKey::Column(column) = key {
        // A column has five values (no verdict first): one pass per value, in linear time.
        let rank = |index: u32| rows.facts.get(index as usize).and_then(|row| *row.statuses.get(column)?).map_or(0, status_rank);
        let mut by_rank = Vec::with_capacity(visible.len());
        for wanted in 0..5 {
            for index in &visible {
                if rank(*index) == wanted {
                    by_rank.push(*index);
                }
            }
        }
        visible = by_rank;
    }
    if !ascending {
        visible.reverse();
    }
    visible
}

/// Blocked first: what needs attention sorts to the top (after rows with no verdict there).
fn status_rank(status: Status) -> u8 {
    match status {
        Status::Blocked => 1,
        Status::Unknown => 2,
        Status::Check => 3,
        Status::Works => 4,
    }
}

/// The status filter's option values, the same in every language: the English words.
fn status_code(status: Status) -> &'static str {
    wording::status(Lang::En, status)
}

fn status_from_code(code: &str) -> Option<Status> {
    STATUSES.into_iter().find(|s| status_code(*s) == code)
}
