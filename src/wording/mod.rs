//! Every code the core produces, worded for people, in each supported language: the web app
//! and the CLI (`--lang`) let the user choose.
//!
//! Each code is worded in one match arm that carries every language side by side: `pick`
//! for fixed strings, `match lang { .. }` inside the arm for sentences with parameters. A new
//! language is a new [`Lang`] variant and one more branch per arm; the compiler lists every
//! arm that lacks it.
//!
//! Cmdlet, parameter and property names, protocol names and PowerShell values (`True`,
//! `$true`) stay as PowerShell prints them, in every language.
//!
//! - `terms`: protocol, sign-in method, status, environment;
//! - `verdicts`: findings, warnings, gates, headlines;
//! - `remedies`: purposes and blast radius of commands, the script, refusals;
//! - `notes`: notes and conflicts;
//! - `diagnostics`: the parser's diagnostics, worded from their kind (one function per language);
//! - `symptoms`: client errors pasted on their own, and the layer each names;
//! - `answer`: the answer first, grouped by outcome and reason, and what the fix needs;
//! - `plural`: counts with their nouns, one plural rule per language;
//! - `number`: numbers people read, in one format per language (`100,000`, `100.000`);
//! - `placeholder`: the placeholders of commands in the page's language;
//! - `ticket`: the note for the ticket, the same text in the app and the CLI;
//! - `cli`: the command line's own words: its headings and labels, its help, what it refuses
//!   and the summary of `parse` (not in the app);
//! - `table`: headings of the bulk table and its exports;
//! - `evidence`: the sign-in logs and reports read, usage per protocol, the December answer;
//! - `files`: what was read from each opened file, or why nothing was;
//! - [`way_out`]: the way out per account: paths, fit, reasons, questions, steps and settings.

mod answer;
#[cfg(not(target_arch = "wasm32"))]
mod cli;
mod diagnostics;
mod evidence;
mod files;
mod labels;
mod notes;
mod number;
mod placeholder;
mod plural;
mod remedies;
mod symptoms;
mod table;
mod terms;
mod ticket;
mod verdicts;
pub mod way_out;


pub use answer::{also_blocked_by, group as answer_group, group_head as answer_group_head, lines as answer_lines, layers_needed, placeholder_note, reason_lead as answer_reason_lead, verdict_tally};
#[cfg(not(target_arch = "wasm32"))]
pub use cli::{cli_refusal, cli_word, help as cli_help, parse_diagnostic, parse_object, parse_summary, CliRefusal, CliWord};
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use ticket::{evaluated, numbered_commands, pasted, warnings_of};
pub use labels::{client, label, Label};
pub use number::{number, tenths};
pub use placeholder::command_text;
pub use plural::{count, noun, Form, Noun};
pub use ticket::{markdown_literal, ticket_note};
pub use files::file_read;
pub use evidence::{december, december_answer, december_reason, december_reason_of, december_summary, status_unreadable_in, source, source_kind, source_limits, usage};
pub use diagnostics::diagnostic;
pub use notes::{conflict, note};
pub use remedies::{blast_radius, purpose, refusal, script};
pub use symptoms::{layer, symptom};
pub use terms::{auth, environment, environment_told, protocol, setting_value, status};
pub use verdicts::{finding, gate, headline, warning};
pub use table::{blocked_by_heading, column, december_heading, mailbox_heading, smtp_password_headings};

/// A language of the user interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// BCP 47 code, as in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code().eq_ignore_ascii_case(code))
    }
}

/// The wording of a fixed string in `lang`, given in every language.
fn pick<T>(lang: Lang, en: T, de: T) -> T {
    match lang {
        Lang::En => en,
        Lang::De => de,
    }
}

/// [`pick`] for a sentence the caller keeps: one out-of-line copy, not the allocation written
/// out again at each of the findings', symptoms' and terms' fixed sentences.
#[inline(never)]
fn pick_owned(lang: Lang, en: &str, de: &str) -> String {
    pick(lang, en, de).to_string()
}
