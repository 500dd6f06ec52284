//! The whole answer, as data: per mailbox and for the organization, verdicts with their
//! commands, plus what is missing and how to get it, the client errors explained and the values
//! refused. Built by [`super::Evaluation`].

use serde::{Serialize, Serializer};

use super::mailboxes::Mailboxes;
use super::{Command, QuoteError};
use crate::model::{Conflict, Environment};
use crate::parse::{SourceKind, Symptom};
use crate::rules::december::DecemberSummary;
use crate::rules::headline::Headline;
use crate::rules::need::Needs;
use crate::rules::stale_advice::Note;
use crate::rules::symptom::Layer;
use crate::rules::usage_view::EvidenceRead;
use crate::rules::way_out::sites::Site;
use crate::rules::{ClientScenario, Date, MissingInput, Verdict};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub as_of: Date,
    pub environment: Environment,
    /// The export the environment was told from, when no setting told it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment_from: Option<SourceKind>,
    pub client: ClientScenario,
    pub mailboxes: Mailboxes,
    pub organization: OrganizationReport,
    pub missing: Vec<Missing>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Values no command was generated for (control characters).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub refused: Vec<Refusal>,
    /// One script that collects every input, for the mailbox asked about or all mailboxes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collect_script: Option<String>,
    /// The sign-in logs, usage reports and message traces read, one entry per source.
    pub evidence: Vec<EvidenceRead>,
    /// Client errors found in the paste, with the layer that refused.
    pub symptoms: Vec<SymptomReport>,
    /// Accounts per December answer, when the paste has evidence of use (a sign-in log or a
    /// usage report; a message trace is none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub december_summary: Option<DecemberSummary>,
    /// Accounts that sign in with a password from the same public IPv4 address: one connector
    /// and one SPF entry cover each site.
    pub sites: Vec<Site>,
}

impl Report {
    /// True when the paste gave nothing to decide on.
    pub fn is_empty(&self) -> bool {
        self.mailboxes.is_empty() && self.organization.verdicts.is_empty() && self.notes.is_empty() && self.evidence.is_empty() && self.symptoms.is_empty()
    }
}

/// A client error found in the paste: what it means, what confirms it, what fixes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SymptomReport {
    #[serde(flatten)]
    pub symptom: Symptom,
    pub layer: Layer,
    pub rule: &'static str,
    pub source: &'static str,
    /// The commands whose output confirms it.
    pub confirm: Vec<String>,
    /// The commands that fix it, for the one mailbox the paste names (else a placeholder).
    pub commands: Vec<Command>,
    /// Whether the pasted settings agree with it; `None` when they do not tell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consistent: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct OrganizationReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<Headline>,
    pub verdicts: Vec<Verdict>,
    pub commands: Vec<Command>,
    /// What the client, the errors or any mailbox give a reason to turn on.
    #[serde(skip)]
    pub needs: Needs,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Missing {
    /// The setting, e.g. `CasMailbox.SmtpClientAuthenticationDisabled`.
    pub input: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailbox: Option<String>,
    pub command: String,
    #[serde(skip)]
    pub kind: MissingInput,
}

/// A value that would have gone into a command and was refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Refusal {
    pub object: RefusalObject,
    /// `control-character`.
    pub code: &'static str,
    /// `U+000A`.
    pub character: String,
}

impl Refusal {
    pub(super) fn new(object: RefusalObject, error: &QuoteError) -> Self {
        let QuoteError::ControlCharacter(c) = error;
        Refusal { object, code: "control-character", character: format!("U+{:04X}", u32::from(*c)) }
    }
}

/// Whose command was refused: a mailbox's, or the organization's (its commands name no mailbox;
/// the value refused is a policy name or the like).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RefusalObject {
    Mailbox(String),
    Organization,
}

impl RefusalObject {
    /// The mailbox a command was for, or the organization when it names none.
    pub(super) fn of(mailbox: Option<&str>) -> Self {
        mailbox.map_or(RefusalObject::Organization, |m| RefusalObject::Mailbox(m.to_string()))
    }
}

/// Serialised as the mailbox, or `organization`, as the JSON output has always shown it.
impl Serialize for RefusalObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            RefusalObject::Mailbox(mailbox) => serializer.serialize_str(mailbox),
            RefusalObject::Organization => serializer.serialize_str("organization"),
        }
    }
}

/// Adds a refusal to the report's list, once.
pub(super) fn push_refusal(refused: &mut Vec<Refusal>, refusal: Refusal) {
    if !refused.contains(&refusal) {
        refused.push(refusal);
    }
}
