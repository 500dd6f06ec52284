//! Every code the core produces, worded for people, in each supported language. The CLI
//! speaks English; the web app lets the user choose.

mod table;

pub use table::{blocked_by_heading, column, mailbox_heading};

use crate::model::{Conflict, Environment};
use crate::parse::Diagnostic;
use crate::remedy::{BlastRadius, Command, Purpose};
use crate::rules::english;
use crate::rules::{Finding, Gate, Headline, Note, Protocol, Refusal, Status, Warning};

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

pub fn protocol(_lang: Lang, protocol: Protocol) -> &'static str {
    english::protocol(protocol)
}

pub fn status(_lang: Lang, status: Status) -> &'static str {
    english::status(status)
}

pub fn environment(_lang: Lang, environment: Environment) -> &'static str {
    english::environment(environment)
}

pub fn finding(_lang: Lang, finding: &Finding) -> String {
    english::finding(finding)
}

pub fn headline(_lang: Lang, headline: &Headline) -> String {
    english::headline(headline)
}

pub fn warning(_lang: Lang, warning: Warning) -> &'static str {
    english::warning(warning)
}

pub fn gate(_lang: Lang, gate: &Gate) -> String {
    english::gate(gate)
}

pub fn purpose(_lang: Lang, purpose: Purpose) -> &'static str {
    english::purpose(purpose)
}

pub fn blast_radius(_lang: Lang, radius: BlastRadius) -> &'static str {
    english::blast_radius(radius)
}

pub fn note(_lang: Lang, note: &Note) -> String {
    english::note(note)
}

pub fn conflict(_lang: Lang, conflict: &Conflict) -> String {
    english::conflict(conflict)
}

pub fn refusal(_lang: Lang, refusal: &Refusal) -> String {
    format!("No command was generated for {}: its value contains the control character {}.", refusal.object, refusal.character)
}

pub fn diagnostic(_lang: Lang, diagnostic: &Diagnostic) -> String {
    diagnostic.message.clone()
}

/// The steps as one script, each preceded by a comment saying what it does and whom it affects.
pub fn script(lang: Lang, commands: &[Command]) -> String {
    let mut script = String::new();
    for command in commands {
        script.push_str(&format!(
            "# {}. {} ({})\n{}\n",
            command.step,
            purpose(lang, command.purpose),
            blast_radius(lang, command.blast_radius),
            command.command
        ));
    }
    script
}
