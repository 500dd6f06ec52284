use yew::prelude::*;

use super::bulk_summary::bulk_summary;
use super::mailbox_card::mailbox_card;
use super::markup::{button, el, input, when, words, labelled, checkbox, shown_count, el_fixed, Fixed, select_or_blank};
use super::state::State;
use super::ui_text::ui_text;
use super::virtual_rows::{rows_box, Rows};
use crate::rules::Status;
use crate::wording::{self, Form, Noun};

/// Many mailboxes at once: a summary, a filterable, sortable table that renders only the rows
/// in view, exports, and the full verdict of the row picked. Its controls are read by the
/// page's listeners: the filters by their `id`, the columns' sort buttons and the rows' picks
/// by `data-act`, the exports by `id`.
pub fn bulk_view(state: &State) -> Html {
    let (lang, report, rows, filter) = (state.lang, &state.report, &state.rows, &state.bulk);
    let text_of = ui_text(lang);
    let mailboxes = report.mailboxes.len();
    // The December column and filter only with evidence of use: without, every answer is "unknown".
    let has_evidence = report.december_summary.is_some();
    let status_choices = Status::BY_ATTENTION.map(|s| (s.code().into(), wording::status(lang, s).into()));
    let mut controls = vec![
        labelled(text_of.filter, input("bulk-filter", "search", Some(filter.text.clone().into()), None)),
        // No status filter: the blank choice, "any status".
        select_or_blank(text_of.status_filter, "bulk-status", text_of.any_status, status_choices.into(), filter.status.map_or("", Status::code)),
    ];
    controls.push(when(has_evidence, || checkbox("december-only", "bulk-december", filter.december_only, text_of.december_only)));
    controls.push(shown_count(lang, state.bulk_shown.len(), text_of.shown));
    controls.push(button("export-csv", text_of.export_csv));
    controls.push(button("export-markdown", text_of.export_markdown));
    let mut parts = vec![
        el_fixed("h2", &[("id", Fixed("bulk-heading"))], vec![words(wording::count(lang, mailboxes as u64, Noun::Mailbox))]),
        bulk_summary(lang, &rows.counts, mailboxes),
        el("div", "bulk-controls", controls),
        rows_box(state.refiltered.0, wording::noun(lang, Noun::Mailbox, Form::Other), Rows::Bulk { lang, report: report.clone(), rows: rows.clone(), shown: state.bulk_shown.clone(), sort: filter.sort, ascending: filter.ascending, december: has_evidence }),
    ];
    if let Some(index) = state.bulk_picked {
        parts.push(mailbox_card(lang, report, index));
    }
    el_fixed("section", &[("class", Fixed("card bulk")), ("aria-labelledby", Fixed("bulk-heading"))], parts)
}
