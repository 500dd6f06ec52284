//! Verdicts → PowerShell commands that are safe to paste: ordered fix steps with purpose and
//! blast radius ([`plan`]), what to run for missing inputs and a collect script ([`collect`]).
//! Every identity is quoted by [`single_quoted`].

mod build;
pub mod collect;
mod command;
pub mod plan;
mod quote;

pub use build::switch_parameter;
pub use collect::{collect_script, command_for, CollectTarget};
pub use command::{BlastRadius, Command, Purpose};
pub use plan::{plan, DEDICATED_SMTP_POLICY};
pub use quote::{single_quoted, QuoteError};
