//! Verdicts → PowerShell commands that are safe to paste: ordered fix steps with purpose and
//! blast radius ([`plan`]), what to run for missing inputs and a collect script ([`collect`]).
//! Every identity is quoted by [`single_quoted`]. The whole answer, the verdicts of the rules
//! with these commands, is the [`Report`] ([`analyze`], [`Evaluation`]); a mailbox's verdicts
//! and commands are built from its settings group's when asked for ([`Mailboxes`]). One file
//! per job: the report's types (`report`), the evaluation (`evaluation`), the settings groups
//! it evaluates once each (`groups`), the client errors explained (`symptoms`), the inputs
//! missing (`missing_list`), the ways in (`analyze`).

mod analyze;
mod build;
pub mod collect;
mod command;
mod evaluation;
mod groups;
mod mailboxes;
mod missing_list;
pub mod placeholder;
pub mod plan;
mod quote;
mod report;
mod symptoms;
mod texts;
pub mod way_out;

pub use build::switch_parameter;
pub use collect::{collect_script, command_for, Asking, CollectTarget};
pub use command::{BlastRadius, Command, Purpose};
pub use plan::{plan, DEDICATED_SMTP_POLICY, MAILBOX_PLACEHOLDER};
pub use quote::{is_single_quote, single_quoted, QuoteError};
pub use mailboxes::{MailboxReport, MailboxView, Mailboxes};
pub use analyze::{add_text_notes, add_text_notes_in_steps, analyze, analyze_files, evaluate};
pub use evaluation::Evaluation;
pub use report::{Missing, OrganizationReport, Refusal, RefusalObject, Report, SymptomReport};
pub use texts::Texts;
