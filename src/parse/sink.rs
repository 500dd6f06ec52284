//! Where readers put what they found: records (stamped with the prompt's command and a kind)
//! and diagnostics (capped per code, so a pathological paste cannot flood the UI).

use super::console::command::Command;
use super::console::kind::{self, Doubt, Evidence, SignatureMemo};
use super::input::intern::Interner;
use super::usage::{Source, TextPool, Usage};
use super::worksheet::AnswerRow;
use super::diagnostic::{Diagnostic, DiagnosticKind, TenantsMixed};
use super::{LineSpan, ObjectKind, Parsed, Property, Record, Shape};

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
    /// A diagnostic, kept if fewer than [`PER_CODE_LIMIT`] of its code were before.
    #[inline(never)]
    pub(super) fn diagnose(&mut self, line: u32, kind: DiagnosticKind) {
        if self.admit(kind.code()) {
            self.parsed.diagnostics.push(Diagnostic { line, kind });
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
            Some(Doubt::Ambiguous(a, b)) => self.diagnose(line, DiagnosticKind::KindAmbiguous { fits: (a, b) }),
            Some(Doubt::OnlySmtpSwitch) => self.diagnose(line, DiagnosticKind::KindAssumed),
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
        let tenant = source.tenant.as_deref();
        let earlier = self.parsed.usage.sources.iter().find_map(|s| Some((s.line, s.tenant.as_deref()?, tenant?)).filter(|(_, a, b)| !a.eq_ignore_ascii_case(b)));
        let mixed = earlier.map(|(earlier_line, earlier, tenant)| TenantsMixed::Exports { tenant: tenant.to_string(), earlier_line, earlier: earlier.to_string() });
        if let Some(mixed) = mixed {
            self.diagnose(source.line, DiagnosticKind::TenantsMixed(mixed));
        }
        self.parsed.usage.sources.push(source);
    }

    pub(super) fn finish(mut self) -> Parsed {
        for (code, count) in self.counts {
            if count > PER_CODE_LIMIT {
                let kind = DiagnosticKind::More { code, hidden: count - PER_CODE_LIMIT };
                self.parsed.diagnostics.push(Diagnostic { line: 1, kind });
            }
        }
        self.parsed
    }
}
