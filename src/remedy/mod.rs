//! Verdicts → PowerShell commands that are safe to paste: ordered fix steps with purpose and
//! blast radius ([`plan`]), what to run for missing inputs and a collect script ([`collect`]).
//! Every identity is quoted by [`single_quoted`]. The whole answer, the verdicts of the rules
//! with these commands, is the [`Report`] ([`analyze`], [`Evaluation`]).

mod build;
pub mod collect;
mod command;
pub mod plan;
mod quote;
mod report;

pub use build::switch_parameter;
pub use collect::{collect_script, command_for, CollectTarget};
pub use command::{BlastRadius, Command, Purpose};
pub use plan::{plan, DEDICATED_SMTP_POLICY, MAILBOX_PLACEHOLDER};
pub use quote::{single_quoted, QuoteError};
pub use report::{add_text_notes, analyze, evaluate, Evaluation, MailboxReport, Missing, OrganizationReport, Refusal, Report, SymptomReport};
