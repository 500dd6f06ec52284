//! The header rows and rows of the two tables in a scrolling box ([`super::virtual_rows`]): the
//! bulk verdict table's and the worksheet's, the rows drawn only for those in view.

use yew::prelude::*;

use super::markup::{act_button, el, el_with, header_cell, tag, text, words as text_node};
use super::verdict_cell::status_text;
use crate::export::COLUMNS;
use crate::parse::{UsageAuth, UsageProtocol};
use crate::remedy::Report;
use crate::rules::Protocol;
use crate::ui_support::bulk_filter::SortKey;
use crate::ui_support::bulk_rows::BulkRows;
use crate::ui_support::plan_rows::PlanRows;
use crate::wording::{self, way_out, Lang};

/// The columns of [`COLUMNS`] in the order the page shows them: SMTP AUTH, the one December is
/// about, first after the mailbox (the exports keep `COLUMNS`' order).
const SHOWN: [usize; 6] = [4, 5, 0, 1, 2, 3];

/// The bulk table's header cells: the mailbox and each column with its sort button (saying
/// which, `sort`, sorts the table and which way), the December column when `december`.
pub fn bulk_head(lang: Lang, sort: SortKey, ascending: bool, december: bool) -> Vec<Html> {
    let sort_button = |key: SortKey, act: String, label: &str| {
        let aria_sort = match (sort == key, ascending) {
            (false, _) => "none",
            (true, true) => "ascending",
            (true, false) => "descending",
        };
        el_with("th", &["scope", "aria-sort"], vec![Some("col".into()), Some(aria_sort.into())], vec![act_button("sort", act, text_node(label))])
    };
    let mut head = vec![sort_button(SortKey::Identity, "sort".to_string(), wording::mailbox_heading(lang))];
    // Next to the name: this month's question, visible without scrolling sideways.
    if december {
        head.push(header_cell("col", text_node(wording::december_heading(lang))));
    }
    for column in SHOWN {
        let Some((protocol, auth)) = COLUMNS.get(column) else { continue };
        head.push(sort_button(SortKey::Column(column), format!("sort {column}"), &wording::column(lang, *protocol, *auth)));
    }
    head
}

/// The worksheet's header cells.
pub fn plans_head(lang: Lang) -> Vec<Html> {
    let headings = way_out::worksheet_headings(lang);
    let mut head = Vec::new();
    for at in [0, 1, 2, 3, 5, 6, 7] {
        if let Some(heading) = headings.get(at) {
            head.push(header_cell("col", text_node(*heading)));
        }
    }
    head
}

/// The bulk table's rows of the mailboxes `shown` (positions in `Report::mailboxes`), the first
/// of them the table's row `first`.
pub fn bulk(lang: Lang, report: &Report, rows: &BulkRows, shown: &[u32], first: usize, december: bool) -> Vec<Html> {
    let mut drawn = Vec::new();
    for (offset, index) in shown.iter().enumerate() {
        let index = *index as usize;
        let Some(row) = rows.facts.get(index) else { continue };
        // Rows are built one per mailbox, at its position: a row's mailbox is there.
        let identity = report.mailboxes.get(index).map_or("", |m| m.identity());
        let pick = act_button("row-pick", format!("mailbox {index}"), text_node(identity));
        let mut cells = vec![header_cell("row", pick)];
        if december {
            cells.push(text("td", "", wording::december(lang, row.december)));
        }
        for column in SHOWN {
            let status = row.statuses.get(column).copied().flatten();
            let smtp = COLUMNS.get(column).is_some_and(|(protocol, _)| *protocol == Protocol::Smtp);
            cells.push(match status {
                Some(s) => el("td", "", vec![status_text(lang, s, row.smtp_off && smtp)]),
                None => text("td", "", "—"),
            });
        }
        let mut tr = tag("tr", &["aria-rowindex"], vec![Some(row_index(first, offset))], cells);
        tr.key = Some(index.into());
        drawn.push(tr.into());
    }
    drawn
}

/// The worksheet's rows `shown` (positions in `PlanRows::rows`), the first of them the table's
/// row `first`.
pub fn plans(lang: Lang, report: &Report, plans: &PlanRows, shown: &[u32], first: usize) -> Vec<Html> {
    let mut rows = Vec::new();
    for (offset, at) in shown.iter().enumerate() {
        let Some(row) = plans.rows.get(*at as usize) else { continue };
        let Some(mailbox) = report.mailboxes.get(row.mailbox as usize) else { continue };
        let pick = act_button("row-pick", format!("plan {}", row.mailbox), text_node(mailbox.identity().to_string()));
        let sender = way_out::sender(lang, row.sender);
        let site = row.site.and_then(|site| report.sites.get(site as usize)).map_or("—", |site| site.ip.as_str());
        let password = mailbox.usage().iter().find(|u| u.protocol == UsageProtocol::Mail(Protocol::Smtp) && u.auth == UsageAuth::Basic);
        // No password sign-in, or none with a date: a dash, as in the other empty cells.
        let last = password.and_then(|u| u.last_success.as_deref()).and_then(|day| day.get(..10)).unwrap_or("—");
        let cells = vec![
            header_cell("row", pick),
            text("td", "", if row.sender_likely { format!("{sender} ({})", way_out::likely(lang)) } else { sender.to_string() }),
            text("td", "", way_out::yes_no(lang, row.sends_outside)),
            text("td", "", way_out::recommended_short(lang, row.recommended)),
            text("td", "", site.to_string()),
            // No password sign-in over SMTP in the evidence: none counted.
            text("td", "count", wording::number(lang, password.map_or(0, |u| u.successes))),
            text("td", "", last.to_string()),
        ];
        rows.push(el_with("tr", &["aria-rowindex"], vec![Some(row_index(first, offset))], cells));
    }
    rows
}

/// The `aria-rowindex` of the row at `offset` among those from `first` (the header is 1).
pub fn row_index(first: usize, offset: usize) -> AttrValue {
    (first + offset + 2).to_string().into()
}
