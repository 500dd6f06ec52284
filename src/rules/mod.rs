//! Typed evidence → verdicts. One module per rule row of the specification.

mod sa3_tenant_smtp_auth;
mod verdict;

pub use verdict::{AuthMethod, DecidingSetting, Finding, Protocol, Status, Verdict};

use crate::parse::{ObjectKind, Parsed};
use crate::remedy::Command;

/// Verdicts that hold for the whole organization, and the commands that fix them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub organization: Vec<Verdict>,
    pub commands: Vec<Command>,
}

impl Report {
    /// True when the paste gave nothing to decide on.
    pub fn is_empty(&self) -> bool {
        self.organization.is_empty()
    }
}

pub fn evaluate(parsed: &Parsed) -> Report {
    let mut report = Report::default();
    let transport = parsed.records.iter().rev().find(|r| r.kind == ObjectKind::TransportConfig);
    if let Some((verdicts, commands)) = transport.and_then(sa3_tenant_smtp_auth::evaluate) {
        report.organization.extend(verdicts);
        report.commands.extend(commands);
    }
    report
}
