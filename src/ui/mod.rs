//! The web app: one view per file, with all state in one reducer ([`state::State`]). Views get
//! data and callbacks only; wording comes from [`crate::wording`] in the chosen language.
//!
//! Only views with state of their own (hooks) are Yew function components; the others are
//! plain functions that borrow what they show and return `Html` (no props struct: a shared
//! report cloned into one is counted up and down again). Every component type links its own
//! copy of Yew's lifecycle code (about 1 KB each); re-rendering a stateless view with its
//! parent costs little, as nearly every change brings a new analysis or language anyway.

mod announcer;
mod answer_view;
mod app;
mod browser;
mod bulk_summary;
mod bulk_view;
mod chips;
mod command_line;
mod command_list;
mod copy_button;
mod diagnostics;
mod download;
mod file_input;
pub mod embed;
mod first_visit;
mod footer;
mod header;
mod mailbox_card;
mod markup;
mod missing_list;
mod notes;
mod organization_card;
mod paste_box;
mod path_view;
mod plan_card;
mod settings_bar;
mod share_link;
mod shared;
mod site_list;
mod state;
mod subject;
mod symptoms;
mod ui_text;
mod usage_list;
mod verdict_cell;
mod verdict_matrix;
mod virtual_rows;
mod table_rows;
mod way_out_section;
mod worksheet;

pub use app::App;

/// Mounts the app on the page body; an embedded page reports its height to its frame.
pub fn start() {
    embed::report_height();
    yew::Renderer::<App>::new().render();
}
