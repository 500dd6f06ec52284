//! The web app: Yew function components, one per file, with all state in one reducer
//! ([`state::State`]). Components get data and callbacks only.

mod app;
mod command_list;
mod copy_button;
pub mod embed;
mod paste_box;
mod state;
mod verdict_view;

pub use app::App;

/// Mounts the app on the page body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
