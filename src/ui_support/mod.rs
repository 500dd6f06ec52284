//! Logic the web app needs that has no web dependency, so that native `cargo test` covers it.
//! The wasm-only UI (`ui`) uses it.

pub mod fragment;
pub mod bulk_rows;
pub mod bulk_filter;
pub mod folded_identities;
pub mod progress;
pub mod plan_rows;
pub mod analysis;
