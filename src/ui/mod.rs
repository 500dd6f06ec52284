//! The web app: Yew function components, one per file, with all state in one reducer
//! ([`state::State`]). Components get data and callbacks only; wording comes from
//! [`crate::wording`] in the chosen language.

mod announcer;
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
mod header;
mod mailbox_card;
mod missing_list;
mod notes;
mod organization_card;
mod paste_box;
mod settings_bar;
mod share_link;
mod shared;
mod state;
mod subject;
mod ui_text;
mod verdict_cell;
mod verdict_matrix;

pub use app::App;

/// Mounts the app on the page body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
