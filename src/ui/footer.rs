use yew::prelude::*;

use super::markup::text;

/// `0.1.0`: the version of Cargo.toml, the same one `exo-auth-analyzer --version` prints and a
/// release is named by, so that a hosted copy can be matched to its release.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The page's last line: which release this is, and its licence.
pub fn footer() -> Html {
    text("footer", "footer", concat!("exo-auth-analyzer ", env!("CARGO_PKG_VERSION"), " · MIT OR Apache-2.0"))
}
