//! A table of many rows in a box that scrolls, of which only the rows in view are rendered:
//! the bulk verdict table and the worksheet. The one component of the two: it keeps where the
//! box is scrolled to; the tables' filters and the rows they let through are in the one state.

use web_sys::HtmlElement;
use yew::prelude::*;

use super::markup::{el, el_with, el_fixed, Fixed};
use super::shared::Shared;
use crate::remedy::Report;
use crate::ui_support::bulk_filter::SortKey;
use crate::ui_support::bulk_rows::BulkRows;
use crate::ui_support::plan_rows::PlanRows;
use crate::wording::Lang;

/// Fixed row height in CSS pixels (the style sheet's `.bulk-table tr` agrees): rows are
/// positioned by arithmetic, so only the visible ones are rendered.
const ROW_HEIGHT: usize = 34;
const VISIBLE_ROWS: usize = 14;
const OVERSCAN: usize = 6;

#[derive(Properties, PartialEq)]
pub struct RowsBoxProps {
    /// Names the box, which takes keyboard focus to scroll.
    pub label: &'static str,
    pub rows: Rows,
}

/// The rows of one of the two tables and what their header shows, as data: the box is drawn
/// again only when they change, not with every change of the page. (Not the header's elements:
/// comparing elements would link Yew's comparison of whole element trees, for this one use.)
#[derive(Clone, PartialEq)]
pub enum Rows {
    /// The bulk table's `shown` (positions in `Report::mailboxes`), sorted by `sort` and which
    /// way, with the December column or not.
    Bulk { lang: Lang, report: Shared<Report>, rows: Shared<BulkRows>, shown: Shared<Vec<u32>>, sort: SortKey, ascending: bool, december: bool },
    /// The worksheet's `shown` (positions in `PlanRows::rows`).
    Plans { lang: Lang, report: Shared<Report>, plans: Shared<PlanRows>, shown: Shared<Vec<u32>> },
}

impl Rows {
    /// Rows in all.
    fn len(&self) -> usize {
        match self {
            Rows::Bulk { shown, .. } | Rows::Plans { shown, .. } => shown.len(),
        }
    }

    /// The header row's cells.
    fn head(&self) -> Vec<Html> {
        match self {
            Rows::Bulk { lang, sort, ascending, december, .. } => super::table_rows::bulk_head(*lang, *sort, *ascending, *december),
            Rows::Plans { lang, .. } => super::table_rows::plans_head(*lang),
        }
    }

    /// The rows `first..last` of those shown, each with its [`row_index`].
    fn draw(&self, first: usize, last: usize) -> Vec<Html> {
        match self {
            // `view` passes `first <= last <= len`: the ranges are within `shown`.
            Rows::Bulk { lang, report, rows, shown, december, .. } => super::table_rows::bulk(*lang, report, rows, shown.get(first..last).unwrap_or_default(), first, *december),
            Rows::Plans { lang, report, plans, shown } => super::table_rows::plans(*lang, report, plans, shown.get(first..last).unwrap_or_default(), first),
        }
    }
}

/// The scrolling box with the table, and how far it is scrolled. A table filtered anew is a new
/// box (keyed by the filters' count), back at its top. A component of its own kind, not a
/// function with a state hook: the one value it keeps needs none of the hooks' machinery.
pub struct RowsBox {
    /// The box's `scrollTop`, in CSS pixels.
    scroll_top: usize,
}

impl Component for RowsBox {
    /// The box was scrolled to this `scrollTop`.
    type Message = usize;
    type Properties = RowsBoxProps;

    fn create(_: &Context<Self>) -> Self {
        RowsBox { scroll_top: 0 }
    }

    fn update(&mut self, _: &Context<Self>, scroll_top: usize) -> bool {
        self.scroll_top = scroll_top;
        true
    }

    fn view(&self, context: &Context<Self>) -> Html {
        let props = context.props();
        let len = props.rows.len();
        let first = (self.scroll_top / ROW_HEIGHT).saturating_sub(OVERSCAN).min(len);
        let last = (first + VISIBLE_ROWS + 2 * OVERSCAN).min(len);
        // `scroll_top` is negative only while overscrolling past the top: the top.
        let onscroll = context.link().callback(|event: Event| usize::try_from(event.target_unchecked_into::<HtmlElement>().scroll_top()).unwrap_or(0));
        // Empty rows as tall as the rows not rendered stand in for them: by the `height` attribute,
        // as the page's Content-Security-Policy refuses inline style attributes.
        let spacer = |rows: usize| el_with("tr", &["class", "aria-hidden", "height"], vec![Some("spacer".into()), Some("true".into()), Some((rows * ROW_HEIGHT).to_string().into())], Vec::new());
        let table = el_with("table", &["class", "aria-rowcount"], vec![Some("bulk-table".into()), Some((len + 1).to_string().into())], vec![
            el("thead", "", vec![el_fixed("tr", &[("aria-rowindex", Fixed("1"))], props.rows.head())]),
            el("tbody", "", vec![spacer(first), Html::from_iter(props.rows.draw(first, last)), spacer(len - last)]),
        ]);
        html! { <div class="bulk-viewport" {onscroll} tabindex="0" aria-label={props.label}>{ table }</div> }
    }
}

/// The box of `rows`: a new one, back at its top, for each new count of the table's
/// `filtered` changes.
pub fn rows_box(filtered: u64, label: &'static str, rows: Rows) -> Html {
    html! { <RowsBox key={filtered} {label} {rows} /> }
}
