//! A table of many rows in a box that scrolls, of which only the rows in view are rendered:
//! the bulk verdict table and the worksheet.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Fixed row height in CSS pixels (the style sheet's `.bulk-table tr` agrees): rows are
/// positioned by arithmetic, so only the visible ones are rendered.
const ROW_HEIGHT: i32 = 34;
const VISIBLE_ROWS: usize = 14;
const OVERSCAN: usize = 6;

/// Which rows of a table are rendered, and the box they scroll in.
#[derive(Clone)]
pub struct VirtualRows {
    /// The rows rendered are `first..last`.
    pub first: usize,
    pub last: usize,
    viewport: NodeRef,
    top_spacer: NodeRef,
    bottom_spacer: NodeRef,
    scroll_top: UseStateHandle<i32>,
}

/// The rows of a table of `len` rows that are in view, as it scrolls.
#[hook]
pub fn use_virtual_rows(len: usize) -> VirtualRows {
    let scroll_top = use_state(|| 0);
    let (viewport, top_spacer, bottom_spacer) = (use_node_ref(), use_node_ref(), use_node_ref());
    let first = usize::try_from(*scroll_top / ROW_HEIGHT).unwrap_or(0).saturating_sub(OVERSCAN).min(len);
    let last = (first + VISIBLE_ROWS + 2 * OVERSCAN).min(len);
    {
        // Spacer heights stand in for the rows not rendered; set through the CSSOM because the
        // page's Content-Security-Policy refuses inline style attributes.
        let (top, bottom) = (top_spacer.clone(), bottom_spacer.clone());
        use_effect_with((first, len - last), move |(above, below)| {
            set_height(&top, *above);
            set_height(&bottom, *below);
        });
    }
    VirtualRows { first, last, viewport, top_spacer, bottom_spacer, scroll_top }
}

impl VirtualRows {
    /// Back to the first row, as after a filter changed.
    pub fn rewind(&self) {
        if let Some(element) = self.viewport.cast::<HtmlElement>() {
            element.set_scroll_top(0);
        }
        self.scroll_top.set(0);
    }

    /// The scrolling box with the table: `head` is its header row, `rows` the rows
    /// `first..last`, of `len` in all; `label` names the box, which takes keyboard focus to
    /// scroll.
    pub fn table(&self, label: &str, len: usize, head: Html, rows: Html) -> Html {
        let on_scroll = {
            let (viewport, scroll_top) = (self.viewport.clone(), self.scroll_top.clone());
            Callback::from(move |_: Event| {
                if let Some(element) = viewport.cast::<HtmlElement>() {
                    scroll_top.set(element.scroll_top());
                }
            })
        };
        html! {
            <div class="bulk-viewport" ref={self.viewport.clone()} onscroll={on_scroll} tabindex="0" aria-label={label.to_string()}>
                <table class="bulk-table" aria-rowcount={(len + 1).to_string()}>
                    <thead>
                        <tr aria-rowindex="1">{ head }</tr>
                    </thead>
                    <tbody>
                        <tr class="spacer" aria-hidden="true" ref={self.top_spacer.clone()}></tr>
                        { rows }
                        <tr class="spacer" aria-hidden="true" ref={self.bottom_spacer.clone()}></tr>
                    </tbody>
                </table>
            </div>
        }
    }

    /// The `aria-rowindex` of the row at `offset` among those rendered (the header is 1).
    pub fn row_index(&self, offset: usize) -> String {
        (self.first + offset + 2).to_string()
    }
}

fn set_height(node: &NodeRef, rows: usize) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let pixels = i32::try_from(rows).unwrap_or(i32::MAX).saturating_mul(ROW_HEIGHT);
        let _ = element.style().set_property("height", &format!("{pixels}px"));
    }
}
