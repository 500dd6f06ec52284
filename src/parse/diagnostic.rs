//! What the parser tells about a paste, as data: a [`DiagnosticKind`] per code, its variant
//! carrying the values the sentence names (lines, counts, the value cut off, the columns not
//! shown). The parser only builds kinds; every sentence, in every language, is worded from the
//! kind in `wording::diagnostics`, so no wording is ever read back out of another.

use super::{ObjectKind, Severity};

/// Diagnostic codes: stable, kebab-case; one per [`DiagnosticKind`] variant. A new variant
/// gets a new code, listed in [`ALL`](code::ALL): `tests/diagnostic_kinds.rs` wants a sample of
/// each code there.
pub mod code {
    pub const ERROR_RECORD: &str = "error-record";
    pub const UNRECOGNISED: &str = "unrecognised-block";
    pub const STREAM: &str = "stream-message";
    pub const TRANSCRIPT_HEADER: &str = "transcript-header";
    pub const BANNER: &str = "banner";
    pub const ELISION: &str = "elision";
    pub const KIND_AMBIGUOUS: &str = "kind-ambiguous";
    pub const KIND_ASSUMED: &str = "kind-assumed";
    pub const JSON_INVALID: &str = "json-invalid";
    pub const JSON_NOT_OBJECT: &str = "json-not-object";
    pub const CSV_EMPTY: &str = "csv-empty";
    pub const CSV_ASCII_EXPORT: &str = "csv-ascii-export";
    pub const COLUMN_NOT_SHOWN: &str = "column-not-shown";
    pub const CUT_OFF: &str = "cut-off";
    pub const MORE: &str = "more-diagnostics";
    pub const EVIDENCE_NO_USER: &str = "evidence-no-user";
    pub const EVIDENCE_STATUS_UNREADABLE: &str = "evidence-status-unreadable";
    pub const EVIDENCE_TIME_UNREADABLE: &str = "evidence-time-unreadable";
    pub const EVIDENCE_COUNT_UNREADABLE: &str = "evidence-count-unreadable";
    pub const EVIDENCE_NO_USERS_IN_FILE: &str = "evidence-service-principals";
    pub const EVIDENCE_CONCEALED_NAMES: &str = "evidence-concealed-names";
    pub const EVIDENCE_METHOD_NOT_SHOWN: &str = "evidence-method-not-shown";
    pub const EVIDENCE_ROW_CUT: &str = "evidence-row-cut";
    pub const EVIDENCE_JSON_REPAIRED: &str = "evidence-json-repaired";
    pub const EVIDENCE_JSON_INVALID: &str = "evidence-json-invalid";
    pub const EVIDENCE_TENANTS_MIXED: &str = "evidence-tenants-mixed";
    pub const MESSAGE_TRACE_CAPPED: &str = "message-trace-capped";
    pub const MESSAGE_TRACE_ROW_CUT: &str = "message-trace-row-cut";
    pub const MESSAGE_TRACE_SENDER_UNREADABLE: &str = "message-trace-sender-unreadable";
    pub const MESSAGE_TRACE_RECIPIENT_UNREADABLE: &str = "message-trace-recipient-unreadable";
    pub const MESSAGE_TRACE_TIME_UNREADABLE: &str = "message-trace-time-unreadable";
    pub const EVIDENCE_IP_LIST: &str = "evidence-ip-list";
    pub const WORKSHEET_SENDER_UNKNOWN: &str = "worksheet-sender-unknown";
    pub const WORKSHEET_OUTSIDE_UNKNOWN: &str = "worksheet-sends-outside-unknown";
    pub const WORKSHEET_NO_ACCOUNT: &str = "worksheet-no-account";
    pub const WORKSHEET_ROW_CUT: &str = "worksheet-row-cut";
    /// What a worksheet read back says of the answers it could not read.
    pub const WORKSHEET: [&str; 4] = [WORKSHEET_SENDER_UNKNOWN, WORKSHEET_OUTSIDE_UNKNOWN, WORKSHEET_NO_ACCOUNT, WORKSHEET_ROW_CUT];
    /// Every code, in the order of [`super::DiagnosticKind`]'s variants.
    pub const ALL: [&str; 36] = [
        ERROR_RECORD, UNRECOGNISED, STREAM, TRANSCRIPT_HEADER, BANNER, ELISION, KIND_AMBIGUOUS, KIND_ASSUMED, JSON_INVALID, JSON_NOT_OBJECT,
        CSV_EMPTY, CSV_ASCII_EXPORT, COLUMN_NOT_SHOWN, CUT_OFF, MORE, EVIDENCE_NO_USER, EVIDENCE_STATUS_UNREADABLE, EVIDENCE_TIME_UNREADABLE, EVIDENCE_COUNT_UNREADABLE,
        EVIDENCE_NO_USERS_IN_FILE, EVIDENCE_CONCEALED_NAMES, EVIDENCE_METHOD_NOT_SHOWN, EVIDENCE_ROW_CUT, EVIDENCE_JSON_REPAIRED, EVIDENCE_JSON_INVALID,
        EVIDENCE_TENANTS_MIXED, MESSAGE_TRACE_CAPPED, MESSAGE_TRACE_ROW_CUT, MESSAGE_TRACE_SENDER_UNREADABLE, MESSAGE_TRACE_RECIPIENT_UNREADABLE,
        MESSAGE_TRACE_TIME_UNREADABLE, EVIDENCE_IP_LIST, WORKSHEET_SENDER_UNKNOWN, WORKSHEET_OUTSIDE_UNKNOWN, WORKSHEET_NO_ACCOUNT, WORKSHEET_ROW_CUT,
    ];
}

/// Something about the paste worth telling, at the line it is anchored to (the first line it
/// concerns); what it says is its [`kind`](Diagnostic::kind).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub line: u32,
    pub kind: DiagnosticKind,
}

impl Diagnostic {
    /// The stable code the page and the JSON name it by.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

/// What a diagnostic says, with the values it names. In the fields, `line` of the
/// [`Diagnostic`] is not repeated; `start` is the first line of the block (export, trace,
/// worksheet) a row belongs to, `count` how many rows showed the doubt (the first at `line`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// An error record PowerShell printed: its message as shown (data, not wording).
    ErrorRecord { shown: String },
    /// Lines `line..=last` are not cmdlet output; `excerpt` is the start of the first.
    Unrecognised { last: u32, excerpt: String },
    /// A stream line (`WARNING:`, `VERBOSE:` …), as pasted.
    Stream { text: String },
    /// A transcript header up to line `last`: its title line and the PowerShell version it names.
    TranscriptHeader { last: u32, title: String, version: Option<String> },
    /// A module's banner up to line `last`.
    Banner { last: u32 },
    /// A line marking output left out (`...`), as pasted.
    Elision { shown: String },
    /// An object whose properties fit two kinds.
    KindAmbiguous { fits: (ObjectKind, ObjectKind) },
    /// An object showing only SmtpClientAuthenticationDisabled, read as Get-TransportConfig's.
    KindAssumed,
    /// JSON starting at `first`, not valid at `line`, after `complete` complete objects.
    JsonInvalid { first: u32, complete: usize },
    /// JSON that holds no objects.
    JsonNotObject,
    /// A CSV header with no rows under it.
    CsvEmpty,
    /// A CSV value with a `?` inside a word (an ASCII export), of the CSV whose header is at
    /// `header_line`.
    CsvAsciiExport { header_line: u32, value: String },
    /// The columns a table was asked for but does not show.
    ColumnNotShown { columns: Vec<String> },
    /// The paste ends before something is complete.
    CutOff(CutOff),
    /// `hidden` more diagnostics of `code` than are listed.
    More { code: &'static str, hidden: u32 },
    /// Sign-in rows without a user name.
    NoUser { start: u32, count: usize },
    /// Sign-in rows whose status shows only its type name.
    StatusUnreadable { count: usize },
    /// Timestamps not read for sure.
    TimeUnreadable { start: u32, count: usize },
    /// MessagesSent values of an SMTP AUTH clients report that are not numbers.
    CountUnreadable { start: u32, count: usize },
    /// A service principals' sign-in log: no users in it.
    ServicePrincipals,
    /// A usage report with `count` user names concealed behind hashes.
    ConcealedNames { count: usize },
    /// An SMTP AUTH clients report without its authentication protocol column.
    MethodNotShown,
    /// A row of an export with `got` of the `want` columns of the header at `header_line`.
    EvidenceRowCut { got: usize, want: usize, header_line: u32 },
    /// JSON starting at `first` with a comma before a closing bracket in `count` objects.
    JsonRepaired { first: u32, count: usize },
    /// A sign-in object that is not valid JSON.
    EvidenceJsonInvalid,
    /// Sign-ins of two tenants.
    TenantsMixed(TenantsMixed),
    /// A message trace with exactly as many messages as one query returns at most.
    TraceCapped { cap: TraceCap },
    /// Message trace rows cut off.
    TraceRowCut { start: u32, count: usize },
    /// Messages of a trace without a whole sender.
    TraceSenderUnreadable { start: u32, count: usize },
    /// Recipients of a trace without a domain.
    TraceRecipientUnreadable { start: u32, count: usize },
    /// Received dates of a trace not read for sure.
    TraceTimeUnreadable { start: u32, count: usize },
    /// An IP address cell holding several addresses (`cell`, cut to 80 characters) in `count`
    /// rows.
    IpList { cell: String, start: u32, count: usize },
    /// A worksheet's Sender `value` that is not device, app or person, for `account`.
    WorksheetSenderUnknown { value: String, account: String },
    /// A worksheet's Sends outside `value` that is not yes or no, for `account`.
    WorksheetOutsideUnknown { value: String, account: String },
    /// A worksheet row without an account, of the worksheet whose header is at `header_line`.
    WorksheetNoAccount { header_line: u32 },
    /// A worksheet row with `got` of the `want` columns of the header at `header_line`.
    WorksheetRowCut { got: usize, want: usize, header_line: u32 },
}

/// Where a paste ends before something is complete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CutOff {
    /// Cmdlet JSON starting at `first`, after `complete` complete objects.
    Json { first: u32, complete: usize },
    /// Inside the value of the property `name`.
    Value { name: String },
    /// A sign-in log's JSON export starting at `first`, after `complete` complete objects.
    Export { first: u32, complete: usize },
}

/// Which two tenants' sign-ins are mixed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TenantsMixed {
    /// A row of `other` in the export starting at `start` that began with `first`.
    InExport { start: u32, first: String, other: String },
    /// The export is from `tenant`, the earlier one at `earlier_line` from `earlier`.
    Exports { tenant: String, earlier_line: u32, earlier: String },
}

/// The most messages one query returns (M10).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceCap {
    /// With `-ResultSize`: 5,000.
    ResultSize,
    /// Without it: 1,000.
    Default,
}

impl TraceCap {
    pub const ALL: [TraceCap; 2] = [TraceCap::ResultSize, TraceCap::Default];

    pub fn messages(self) -> usize {
        match self {
            TraceCap::ResultSize => 5_000,
            TraceCap::Default => 1_000,
        }
    }
}

impl DiagnosticKind {
    pub fn code(&self) -> &'static str {
        use DiagnosticKind as K;
        match self {
            K::ErrorRecord { .. } => code::ERROR_RECORD,
            K::Unrecognised { .. } => code::UNRECOGNISED,
            K::Stream { .. } => code::STREAM,
            K::TranscriptHeader { .. } => code::TRANSCRIPT_HEADER,
            K::Banner { .. } => code::BANNER,
            K::Elision { .. } => code::ELISION,
            K::KindAmbiguous { .. } => code::KIND_AMBIGUOUS,
            K::KindAssumed => code::KIND_ASSUMED,
            K::JsonInvalid { .. } => code::JSON_INVALID,
            K::JsonNotObject => code::JSON_NOT_OBJECT,
            K::CsvEmpty => code::CSV_EMPTY,
            K::CsvAsciiExport { .. } => code::CSV_ASCII_EXPORT,
            K::ColumnNotShown { .. } => code::COLUMN_NOT_SHOWN,
            K::CutOff(_) => code::CUT_OFF,
            K::More { .. } => code::MORE,
            K::NoUser { .. } => code::EVIDENCE_NO_USER,
            K::StatusUnreadable { .. } => code::EVIDENCE_STATUS_UNREADABLE,
            K::TimeUnreadable { .. } => code::EVIDENCE_TIME_UNREADABLE,
            K::CountUnreadable { .. } => code::EVIDENCE_COUNT_UNREADABLE,
            K::ServicePrincipals => code::EVIDENCE_NO_USERS_IN_FILE,
            K::ConcealedNames { .. } => code::EVIDENCE_CONCEALED_NAMES,
            K::MethodNotShown => code::EVIDENCE_METHOD_NOT_SHOWN,
            K::EvidenceRowCut { .. } => code::EVIDENCE_ROW_CUT,
            K::JsonRepaired { .. } => code::EVIDENCE_JSON_REPAIRED,
            K::EvidenceJsonInvalid => code::EVIDENCE_JSON_INVALID,
            K::TenantsMixed(_) => code::EVIDENCE_TENANTS_MIXED,
            K::TraceCapped { .. } => code::MESSAGE_TRACE_CAPPED,
            K::TraceRowCut { .. } => code::MESSAGE_TRACE_ROW_CUT,
            K::TraceSenderUnreadable { .. } => code::MESSAGE_TRACE_SENDER_UNREADABLE,
            K::TraceRecipientUnreadable { .. } => code::MESSAGE_TRACE_RECIPIENT_UNREADABLE,
            K::TraceTimeUnreadable { .. } => code::MESSAGE_TRACE_TIME_UNREADABLE,
            K::IpList { .. } => code::EVIDENCE_IP_LIST,
            K::WorksheetSenderUnknown { .. } => code::WORKSHEET_SENDER_UNKNOWN,
            K::WorksheetOutsideUnknown { .. } => code::WORKSHEET_OUTSIDE_UNKNOWN,
            K::WorksheetNoAccount { .. } => code::WORKSHEET_NO_ACCOUNT,
            K::WorksheetRowCut { .. } => code::WORKSHEET_ROW_CUT,
        }
    }

    /// Info: something skipped or assumed as expected; Warning: something may be missing or
    /// wrong in what was read.
    pub fn severity(&self) -> Severity {
        use DiagnosticKind as K;
        match self {
            K::Unrecognised { .. }
            | K::Stream { .. }
            | K::TranscriptHeader { .. }
            | K::Banner { .. }
            | K::KindAssumed
            | K::JsonNotObject
            | K::CsvEmpty
            | K::More { .. }
            | K::NoUser { .. }
            | K::MethodNotShown
            | K::JsonRepaired { .. }
            | K::TraceRecipientUnreadable { .. } => Severity::Info,
            K::ErrorRecord { .. }
            | K::Elision { .. }
            | K::KindAmbiguous { .. }
            | K::JsonInvalid { .. }
            | K::CsvAsciiExport { .. }
            | K::ColumnNotShown { .. }
            | K::CutOff(_)
            | K::StatusUnreadable { .. }
            | K::TimeUnreadable { .. }
            | K::CountUnreadable { .. }
            | K::ServicePrincipals
            | K::ConcealedNames { .. }
            | K::EvidenceRowCut { .. }
            | K::EvidenceJsonInvalid
            | K::TenantsMixed(_)
            | K::TraceCapped { .. }
            | K::TraceRowCut { .. }
            | K::TraceSenderUnreadable { .. }
            | K::TraceTimeUnreadable { .. }
            | K::IpList { .. }
            | K::WorksheetSenderUnknown { .. }
            | K::WorksheetOutsideUnknown { .. }
            | K::WorksheetNoAccount { .. }
            | K::WorksheetRowCut { .. } => Severity::Warning,
        }
    }

    /// Each text of the paste the kind carries, to be rewritten (redaction hides the names in
    /// them).
    pub fn texts_mut(&mut self, each: &mut dyn FnMut(&mut String)) {
        use DiagnosticKind as K;
        match self {
            K::ErrorRecord { shown: text } | K::Unrecognised { excerpt: text, .. } | K::Stream { text } | K::Elision { shown: text } => each(text),
            K::CsvAsciiExport { value: text, .. } | K::IpList { cell: text, .. } | K::CutOff(CutOff::Value { name: text }) => each(text),
            K::TranscriptHeader { title, version, .. } => {
                each(title);
                version.iter_mut().for_each(each);
            }
            K::ColumnNotShown { columns } => columns.iter_mut().for_each(each),
            K::TenantsMixed(TenantsMixed::InExport { first: a, other: b, .. } | TenantsMixed::Exports { tenant: a, earlier: b, .. })
            | K::WorksheetSenderUnknown { value: a, account: b }
            | K::WorksheetOutsideUnknown { value: a, account: b } => {
                each(a);
                each(b);
            }
            _ => {}
        }
    }
}
