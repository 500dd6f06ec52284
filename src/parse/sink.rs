//! Where readers put what they found: records (stamped with the prompt's command and a kind)
//! and diagnostics (capped per code, so a pathological paste cannot flood the UI).

use super::console::command::Command;
use super::console::kind::{self, Doubt, Evidence, SignatureMemo};
use super::input::intern::Interner;
use super::usage::{Source, TextPool, Usage};
use super::worksheet::AnswerRow;
use super::{Diagnostic, LineSpan, ObjectKind, Parsed, Property, Record, Severity, Shape};

/// Diagnostic codes: stable, kebab-case; the UI translates by code.
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
}

/// After this many diagnostics of one code, the rest are counted, not listed.
const PER_CODE_LIMIT: u32 = 100;

/// State carried from a prompt line to the blocks after it.
#[derive(Default)]
pub(super) struct Context {
    pub command: Option<Command>,
    /// The command was pasted without its prompt: it names only the output right after it, up
    /// to a line that is not output.
    pub unprompted: bool,
    /// `WARNING: Resulting JSON is truncated …` was seen (§3.3).
    pub json_depth_warning: bool,
}

#[derive(Default)]
pub(super) struct Sink {
    /// Shared copies of names and common values for the records pushed here.
    pub text: Interner,
    /// Shared copies of the texts of usage rows.
    pub pool: TextPool,
    signatures: SignatureMemo,
    parsed: Parsed,
    counts: Vec<(&'static str, u32)>,
}

impl Sink {
    /// A diagnostic; `message` is worded only when it is kept (at most [`PER_CODE_LIMIT`] per
    /// code). One function for every call site: a site passes its wording's pieces and values
    /// (`format_args!`), the counting, the wording and the pushing are linked once.
    #[inline(never)]
    pub(super) fn diagnose(&mut self, severity: Severity, line: u32, code: &'static str, message: std::fmt::Arguments<'_>, help: Option<&str>) {
        if self.admit(code) {
            self.parsed.diagnostics.push(Diagnostic { severity, line, code, message: std::fmt::format(message), help: help.map(str::to_owned) });
        }
    }

    /// Counts a diagnostic of `code`; whether it is kept.
    fn admit(&mut self, code: &'static str) -> bool {
        let count = match self.counts.iter_mut().find(|(c, _)| *c == code) {
            Some((_, count)) => count,
            None => {
                self.counts.push((code, 0));
                match self.counts.last_mut() {
                    Some((_, count)) => count,
                    None => return false,
                }
            }
        };
        *count += 1;
        *count <= PER_CODE_LIMIT
    }

    /// The kind for a block's records; a doubt is reported once, at `line`.
    pub(super) fn decide_kind(
        &mut self,
        context: &Context,
        type_name: Option<ObjectKind>,
        properties: &[Property],
        line: u32,
    ) -> ObjectKind {
        let cmdlet = context.command.as_ref().and_then(|c| c.cmdlet.as_ref().map(|_| c.kind));
        let (kind, doubt) = kind::decide(&Evidence { cmdlet, type_name, properties }, &mut self.signatures);
        match doubt {
            Some(Doubt::Ambiguous(a, b)) => self.diagnose(
                Severity::Warning,
                line,
                code::KIND_AMBIGUOUS,
                format_args!("The object at line {line} fits both {} and {}; it is left unclassified.", a.name(), b.name()),
                Some("Paste the command line (the PS prompt) with the output, or include Identity/Name."),
            ),
            Some(Doubt::OnlySmtpSwitch) => self.diagnose(
                Severity::Info,
                line,
                code::KIND_ASSUMED,
                format_args!("The object at line {line} shows only SmtpClientAuthenticationDisabled; it is read as Get-TransportConfig output."),
                Some("If it came from Get-CASMailbox, paste the command line or add Identity to the output."),
            ),
            None => {}
        }
        kind
    }

    pub(super) fn push_record(
        &mut self,
        context: &Context,
        kind: ObjectKind,
        shape: Shape,
        span: LineSpan,
        properties: Vec<Property>,
    ) {
        let command = context.command.as_ref();
        self.parsed.records.push(Record {
            kind,
            cmdlet: command.and_then(|c| c.cmdlet.clone()),
            requested_identity: command.and_then(|c| c.identity.clone()),
            shape,
            span,
            properties,
        });
    }

    /// Decides the kind from the record's own properties and pushes it.
    pub(super) fn push_classified(&mut self, context: &Context, shape: Shape, span: LineSpan, properties: Vec<Property>) {
        let kind = self.decide_kind(context, None, &properties, span.first);
        self.push_record(context, kind, shape, span, properties);
    }

    /// The records read so far.
    pub(super) fn records(&mut self) -> &mut Vec<Record> {
        &mut self.parsed.records
    }

    pub(super) fn usage(&mut self) -> &mut Usage {
        &mut self.parsed.usage
    }

    /// The usage read so far, and the shared texts of its rows.
    pub(super) fn usage_and_pool(&mut self) -> (&mut Usage, &mut TextPool) {
        (&mut self.parsed.usage, &mut self.pool)
    }

    /// The worksheet answers read so far.
    pub(super) fn answers(&mut self) -> &mut Vec<AnswerRow> {
        &mut self.parsed.answers
    }

    /// Adds a source to the usage read, warning when it is of another tenant than an earlier one.
    pub(super) fn push_source(&mut self, source: Source) {
        let earlier = self.parsed.usage.sources.iter().find(|s| matches!((&s.tenant, &source.tenant), (Some(a), Some(b)) if !a.eq_ignore_ascii_case(b)));
        if let (Some(earlier), Some(tenant)) = (earlier, &source.tenant) {
            let (line, first, other) = (source.line, earlier.line, earlier.tenant.clone().unwrap_or_default());
            self.diagnose(Severity::Warning, line, code::EVIDENCE_TENANTS_MIXED, format_args!("The export starting at line {line} is from tenant {tenant}, the one at line {first} from tenant {other}: logs of two tenants are mixed, and accounts are joined by name across them."), Some("Paste each tenant's logs on their own, with that tenant's cmdlet output."));
        }
        self.parsed.usage.sources.push(source);
    }

    pub(super) fn finish(mut self) -> Parsed {
        for (code, count) in self.counts {
            if count > PER_CODE_LIMIT {
                let hidden = count - PER_CODE_LIMIT;
                self.parsed.diagnostics.push(Diagnostic {
                    severity: Severity::Info,
                    line: 1,
                    code: code::MORE,
                    message: format!("{hidden} more diagnostics with code {code} were not listed."),
                    help: None,
                });
            }
        }
        self.parsed
    }
}
