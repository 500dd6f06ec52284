//! Verdicts → PowerShell commands that are safe to paste.

mod quote;

pub use quote::{QuoteError, single_quoted};

use serde::Serialize;

/// One step of a fix, ready to paste.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Command {
    pub step: u32,
    pub command: String,
}
