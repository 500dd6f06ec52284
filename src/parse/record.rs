//! What the parser produces: records (one per PowerShell object found in the paste), each
//! property with its raw text, typed value, certainty and line span, plus diagnostics.

use std::sync::Arc;

use serde::Serialize;

use super::Text;

/// Lines of the normalised input, 1-based and inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineSpan {
    pub first: u32,
    pub last: u32,
}

impl LineSpan {
    pub fn line(line: u32) -> Self {
        Self { first: line, last: line }
    }
}

/// Which cmdlet's object a record is, as far as the paste tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ObjectKind {
    TransportConfig,
    CasMailbox,
    AuthenticationPolicy,
    User,
    OrganizationConfig,
    /// `Get-AcceptedDomain`: the organization's own domains.
    AcceptedDomain,
    /// Entra's security defaults (`Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy`).
    SecurityDefaults,
    Unknown,
}

impl ObjectKind {
    /// The kind's name as diagnostics and the CLI's JSON write it (`CasMailbox`).
    pub fn name(self) -> &'static str {
        match self {
            ObjectKind::TransportConfig => "TransportConfig",
            ObjectKind::CasMailbox => "CasMailbox",
            ObjectKind::AuthenticationPolicy => "AuthenticationPolicy",
            ObjectKind::User => "User",
            ObjectKind::OrganizationConfig => "OrganizationConfig",
            ObjectKind::AcceptedDomain => "AcceptedDomain",
            ObjectKind::SecurityDefaults => "SecurityDefaults",
            ObjectKind::Unknown => "Unknown",
        }
    }
}

/// The layout the record was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    List,
    Table,
    Json,
    Csv,
}

/// A property value as PowerShell printed it, typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Bool(bool),
    /// Printed empty: `$null` and `""` look the same in list and table output.
    Null,
    /// Shared with [`Property::raw`] when the value is the printed text itself.
    Text(Text),
    List(Vec<String>),
}

/// How far the printed text can be trusted to be the whole value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Read verbatim from one place.
    Exact,
    /// A wrapped value was joined back together.
    Rejoined,
    /// Cut off by the formatter (`...`, `…`, depth limit): only a prefix or suffix is known.
    Truncated,
    /// Nothing was printed: `$null` or an empty string.
    NullOrEmpty,
    /// Only the collection's .NET type name was printed (CSV, depth-cut JSON).
    TypeNameOnly,
    /// Read, but the layout leaves doubt (e.g. wrap spacing could not be established).
    Uncertain,
}

impl Certainty {
    /// Whether the value may be used to decide a verdict.
    pub fn is_known(self) -> bool {
        matches!(self, Certainty::Exact | Certainty::Rejoined | Certainty::NullOrEmpty)
    }
}

/// Names are shared per paste (the same few in every object); the raw text and a text value are
/// ranges of the paste's one shared copy ([`Text`]), so reading a property allocates nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Property {
    pub name: Arc<str>,
    pub raw: Text,
    pub value: Value,
    pub certainty: Certainty,
    pub span: LineSpan,
}

/// One PowerShell object recovered from the paste.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub kind: ObjectKind,
    /// The cmdlet named by the prompt line that produced this block, if any (`Get-EXOCasMailbox`).
    pub cmdlet: Option<Arc<str>>,
    /// The identity asked for on that command line (`-Identity 'x'` or the first positional).
    pub requested_identity: Option<Arc<str>>,
    pub shape: Shape,
    pub span: LineSpan,
    /// In source order; unknown properties are kept.
    pub properties: Vec<Property>,
}

impl Record {
    /// Property by name, compared case-insensitively as PowerShell does.
    pub fn get(&self, name: &str) -> Option<&Property> {
        self.properties.iter().find(|p| p.name.eq_ignore_ascii_case(name))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// Everything read from one paste.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub records: Vec<Record>,
    pub diagnostics: Vec<super::Diagnostic>,
    /// Sign-in logs, usage reports and client errors (`../shared/evidence.md`).
    pub usage: super::Usage,
    /// The admin's answers of a worksheet pasted back, one per row.
    pub answers: Vec<super::AnswerRow>,
}

#[cfg(test)]
mod tests {
    use super::ObjectKind;

    #[test]
    fn kind_names_are_the_serialised_names() {
        for kind in [
            ObjectKind::TransportConfig,
            ObjectKind::CasMailbox,
            ObjectKind::AuthenticationPolicy,
            ObjectKind::User,
            ObjectKind::OrganizationConfig,
            ObjectKind::AcceptedDomain,
            ObjectKind::Unknown,
        ] {
            assert_eq!(serde_json::to_string(&kind).ok(), Some(format!("\"{}\"", kind.name())));
        }
    }
}
