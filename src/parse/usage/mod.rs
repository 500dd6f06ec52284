//! What the evidence readers produce (`../shared/evidence.md`): one compact row per sign-in or
//! report line, one per message of a message trace (read by `parse/message_trace/`), the
//! sources they came from, and the client errors found in the paste.
//!
//! A 30-day sign-in export of a 10 000-user tenant has some 300 000 rows of 57 columns; a row
//! keeps only the dozen values the analysis uses, and repeated texts (accounts, applications,
//! user agents, addresses) are shared copies ([`TextPool`]), so a row costs about 100 bytes.
//!
//! The readers: sign-in logs and usage reports saved as CSV (`csv`) or JSON (`json`, each
//! object read by `json_object`), sign-ins printed by PowerShell as objects (`records`); the
//! columns they know (`fields`), their timestamps (`time`), and what an export could not tell
//! (`doubts`).

pub(super) mod csv;
mod doubts;
mod fields;
pub use fields::FLATTENED_EXPORT;
pub(super) mod json;
mod json_object;
pub(super) mod records;
pub(super) mod time;

use std::sync::Arc;

use rustc_hash::FxHashSet;
use serde::Serialize;

/// Which export a source is (the CLI's `evidence[].kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// Entra admin center download (CSV or a bare JSON array), Log Analytics / Azure Monitor
    /// exports and PowerShell's `Get-MgAuditLogSignIn` / `Get-EntraAuditSignInLogs` output.
    EntraSignins,
    /// Graph `auditLogs/signIns` (a `value` envelope).
    GraphSignins,
    /// Exchange admin center, Reports > Mail flow > SMTP AUTH clients (evidence.md §3).
    SmtpAuthClientsReport,
    /// Microsoft 365 admin center, Reports > Usage > Email apps usage (evidence.md §4).
    EmailAppsUsage,
    /// `Get-MessageTraceV2` / `Get-MessageTrace` output (migration.md §1, M10): who mailed whom,
    /// not who signed in.
    MessageTrace,
}

impl SourceKind {
    /// Whether only Exchange Online (with Entra ID) writes this export: the sign-in logs, the
    /// SMTP AUTH clients report and a message trace. Email apps usage covers Microsoft 365 as a
    /// whole.
    pub fn is_exchange_online(self) -> bool {
        matches!(self, SourceKind::EntraSignins | SourceKind::GraphSignins | SourceKind::SmtpAuthClientsReport | SourceKind::MessageTrace)
    }

    /// Whether the source shows accounts signing in or using a protocol: every one but a message
    /// trace, which shows mail sent and nothing of how its sender signed in.
    pub fn shows_use(self) -> bool {
        self != SourceKind::MessageTrace
    }
}

/// The protocol a row shows use of; `None` on a row is a modern sign-in (browser, desktop app).
/// Ordered as [`Protocol`] declares, then the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsageProtocol {
    Mail(Protocol),
    /// A legacy client app other than those three (`Exchange ActiveSync`, `Other clients`, …).
    Other,
}

impl Serialize for UsageProtocol {
    /// As the protocol's name (`smtp`), or `other`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            UsageProtocol::Mail(protocol) => protocol.serialize(serializer),
            UsageProtocol::Other => serializer.serialize_str("other"),
        }
    }
}

/// How the row signed in, as far as the source shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum UsageAuth {
    /// A password: every legacy client app of the sign-in log, `ropc`, a report's "Basic".
    #[serde(rename = "basic")]
    Basic,
    #[serde(rename = "oauth")]
    OAuth,
    /// The source does not tell (Email apps usage; a report without its protocol column).
    #[serde(rename = "unknown")]
    Unknown,
}

/// Whether the sign-in succeeded: `errorCode 0` / `Success` (evidence.md §1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Success,
    Failure,
    /// The status was not readable (a `Microsoft.Graph.PowerShell.Models.…` type name, a
    /// missing column): counted neither way.
    Unreadable,
}

/// One sign-in, or one line of a usage report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageRow {
    /// Index into [`Usage::sources`].
    pub source: u32,
    /// First physical line of the row in the paste (1-based).
    pub line: u32,
    /// The user principal name, or the report's sender address, as printed.
    pub account: Arc<str>,
    pub display_name: Option<Arc<str>>,
    pub protocol: Option<UsageProtocol>,
    pub auth: UsageAuth,
    pub outcome: Outcome,
    /// 1 for a sign-in; messages sent for the SMTP AUTH clients report.
    pub count: u64,
    /// Seconds since 1970-01-01 UTC.
    pub at: Option<i64>,
    pub error_code: Option<Arc<str>>,
    pub app: Option<Arc<str>>,
    pub user_agent: Option<Arc<str>>,
    pub ip: Option<Arc<str>>,
    pub location: Option<Arc<str>>,
    /// SMTP AUTH clients report: some messages went over TLS 1.0 or 1.1 (rules.md SA10).
    pub legacy_tls: bool,
}

/// One export read from the paste.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    pub kind: SourceKind,
    /// Line of its header or opening bracket.
    pub line: u32,
    /// Every row read, legacy or not.
    pub records: usize,
    /// Earliest and latest timestamp (seconds since 1970 UTC).
    pub from: Option<i64>,
    pub to: Option<i64>,
    /// False for the service-principal download: it has no users and no client app.
    pub has_users: bool,
    /// SMTP AUTH clients report: whether its authentication-protocol column was there.
    pub shows_method: bool,
    /// Email apps usage: user names that are concealed hashes.
    pub concealed_names: usize,
    /// The tenant of its first row that names one.
    pub tenant: Option<String>,
    /// A message trace: its senders that are no mailbox or account of the paste. The parser
    /// leaves it 0; joining the evidence counts them ([`crate::model::EvidenceBuild`]).
    pub senders_not_in_paste: usize,
    /// A date of it reads two ways (`02/07/2024`: 7 February or 2 July) and none of its dates
    /// tells which: it is left unread, and said to be ambiguous.
    pub dates_ambiguous: bool,
}

impl Source {
    pub fn new(kind: SourceKind, line: u32) -> Self {
        Source { kind, line, records: 0, from: None, to: None, has_users: true, shows_method: true, concealed_names: 0, tenant: None, senders_not_in_paste: 0, dates_ambiguous: false }
    }

    /// Widens the window to a timestamp of one of its rows.
    pub fn widen(&mut self, at: Option<i64>) {
        if let Some(at) = at {
            self.from = Some(self.from.map_or(at, |from| from.min(at)));
            self.to = Some(self.to.map_or(at, |to| to.max(at)));
        }
    }
}

/// A mail protocol with legacy authentication: the one a client error names, a sign-in row
/// shows use of ([`UsageProtocol::Mail`]), and the rules decide for. Declared SMTP first, the
/// order of a mailbox's usage entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    Smtp,
    Pop,
    Imap,
}

impl Protocol {
    /// SMTP AUTH first: it is the one that still has settings to change in Exchange Online.
    pub const ALL: [Protocol; 3] = [Protocol::Smtp, Protocol::Pop, Protocol::Imap];
}

/// Which layer refused, as the reply text tells (rules.md §8, evidence.md §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCause {
    SmtpAuthDisabledTenant,
    SmtpAuthDisabledMailbox,
    BasicAuthDisabled,
    BasicAuthRetired,
    SecurityDefaults,
    ConditionalAccess,
    BadCredentials,
    NotAuthenticated,
    SendAsDenied,
    LegacyTls,
    GenericAuthFailure,
}

/// A client error found in the paste: a server reply, or a wrapper's message around one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Symptom {
    pub line: u32,
    pub protocol: Protocol,
    pub cause: ErrorCause,
    /// The recognised text, as pasted (at most 300 characters).
    pub text: String,
}

/// One message of a message trace, as the trace lists it: one per recipient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceRow {
    /// Index into [`Usage::sources`].
    pub source: u32,
    /// First physical line of the row in the paste (1-based).
    pub line: u32,
    /// `SenderAddress` as printed.
    pub sender: Arc<str>,
    /// `RecipientAddress`, ASCII-lowercased; `None` when it has no domain or was cut off by
    /// Format-Table (never read as a value).
    pub recipient: Option<Arc<str>>,
    /// `Received`, in seconds since 1970 UTC; `None` when it could not be read for sure.
    pub at: Option<i64>,
    /// `Status` as printed (`Delivered`, `Failed`, `FilteredAsSpam`, …).
    pub status: Option<Arc<str>>,
}

/// Everything the evidence readers found in one paste.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    pub sources: Vec<Source>,
    pub rows: Vec<UsageRow>,
    /// The messages of the message traces, in paste order.
    pub traces: Vec<TraceRow>,
    pub symptoms: Vec<Symptom>,
}

/// Shared copies of the texts that repeat from row to row: a tenant has a few thousand
/// accounts, a handful of applications and user agents, but hundreds of thousands of rows.
#[derive(Default)]
pub(super) struct TextPool {
    texts: FxHashSet<Arc<str>>,
}

impl TextPool {
    /// `text` trimmed, shared with every earlier row that had it; `None` when blank.
    pub(super) fn get(&mut self, text: &str) -> Option<Arc<str>> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        if let Some(shared) = self.texts.get(text) {
            return Some(Arc::clone(shared));
        }
        let shared: Arc<str> = Arc::from(text);
        self.texts.insert(Arc::clone(&shared));
        Some(shared)
    }
}
