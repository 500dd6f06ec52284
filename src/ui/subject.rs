//! Which part of the report a component shows.

use crate::remedy::Command;
use crate::rules::Verdict;
use crate::remedy::Report;

/// The organization, one mailbox or one client error, by its position in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Organization,
    Mailbox(usize),
    Symptom(usize),
}

impl Subject {
    pub fn verdicts(self, report: &Report) -> &[Verdict] {
        match self {
            Subject::Organization => &report.organization.verdicts,
            Subject::Mailbox(index) => report.mailboxes.get(index).map_or(&[], |m| &m.verdicts),
            Subject::Symptom(_) => &[],
        }
    }

    pub fn commands(self, report: &Report) -> &[Command] {
        match self {
            Subject::Organization => &report.organization.commands,
            Subject::Mailbox(index) => report.mailboxes.get(index).map_or(&[], |m| &m.commands),
            Subject::Symptom(index) => report.symptoms.get(index).map_or(&[], |s| &s.commands),
        }
    }
}
