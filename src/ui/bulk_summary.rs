use yew::prelude::*;

use super::ui_text::ui_text;
use crate::export::COLUMNS;
use crate::rules::Status;
use crate::ui_support::bulk_rows::STATUSES;
use crate::wording::{self, Lang, Noun};

pub struct BulkSummaryProps {
    pub lang: Lang,
    /// Mailboxes per status, per protocol × method column.
    pub counts: [[usize; 4]; 6],
    pub mailboxes: usize,
}

/// Counts per verdict for every protocol × method, as a table and as a small stacked bar chart.
pub fn bulk_summary(props: &BulkSummaryProps) -> Html {
    let text = ui_text(props.lang);
    let lang = props.lang;
    // Integer geometry: bar widths in thousandths of the chart.
    let width = 1000;
    let total = props.mailboxes.max(1);
    html! {
        <div class="bulk-summary">
            <table class="summary-table">
                <caption>{ wording::count(props.lang, props.mailboxes as u64, Noun::Mailbox) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ text.protocol }</th>
                        { for STATUSES.iter().map(|s| html! { <th scope="col">{ wording::status(lang, *s) }</th> }) }
                        <th scope="col" class="chart-col">{ text.chart }</th>
                    </tr>
                </thead>
                <tbody>
                    { for COLUMNS.iter().zip(props.counts.iter()).map(|((protocol, auth), counts)| {
                        let mut x = 0;
                        html! {
                            <tr>
                                <th scope="row">{ wording::column(lang, *protocol, *auth) }</th>
                                { for counts.iter().map(|n| html! { <td class="count">{ n }</td> }) }
                                <td class="chart-col">
                                    <svg class="bar" viewBox={format!("0 0 {width} 14")} width="100%" height="14"
                                        preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                        { for counts.iter().zip(STATUSES).map(|(n, status)| {
                                            let w = n * width / total;
                                            let rect = html! {
                                                <rect class={status_class(status)} x={x.to_string()} y="0"
                                                    width={w.to_string()} height="14" />
                                            };
                                            x += w;
                                            rect
                                        }) }
                                    </svg>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Works => "fill-works",
        Status::Blocked => "fill-blocked",
        Status::Unknown => "fill-unknown",
        Status::Check => "fill-check",
    }
}
