//! Which part of the report a component shows.

use std::borrow::Cow;

use crate::remedy::Command;
use crate::rules::need::Needs;
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
    /// A mailbox's are built on each call, with its own lines.
    pub fn verdicts(self, report: &Report) -> Cow<'_, [Verdict]> {
        match self {
            Subject::Organization => Cow::Borrowed(&report.organization.verdicts),
            Subject::Mailbox(index) => report.mailboxes.get(index).map_or(Cow::Borrowed(&[]), |m| Cow::Owned(m.verdicts())),
            Subject::Symptom(_) => Cow::Borrowed(&[]),
        }
    }

    /// What the client, the errors or the evidence give a reason to turn on.
    pub fn needs(self, report: &Report) -> Needs {
        match self {
            Subject::Organization => report.organization.needs,
            Subject::Mailbox(index) => report.mailboxes.get(index).map_or(Needs::ALL, |m| m.needs()),
            Subject::Symptom(_) => Needs::ALL,
        }
    }

    /// A mailbox's are built on each call, filled in with its identity.
    pub fn commands(self, report: &Report) -> Cow<'_, [Command]> {
        match self {
            Subject::Organization => Cow::Borrowed(&report.organization.commands),
            Subject::Mailbox(index) => report.mailboxes.get(index).map_or(Cow::Borrowed(&[]), |m| Cow::Owned(m.commands())),
            // The position was taken from this report's symptoms; any other has nothing to copy.
            Subject::Symptom(index) => Cow::Borrowed(report.symptoms.get(index).map_or(&[], |s| &s.commands)),
        }
    }
}
