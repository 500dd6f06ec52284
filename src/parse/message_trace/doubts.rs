//! What a message trace could not tell, said once per trace with the line it starts at and what
//! to do about it: rows cut off, messages without a readable sender, recipients without a
//! domain, dates not read for sure; and, once the whole text is read, a trace that holds exactly
//! as many messages as one query returns at most (M10).

use crate::parse::sink::Sink;
use crate::parse::{Diagnostic, DiagnosticKind, Parsed, SourceKind, TraceCap};

/// How many rows had a doubt, and the first such line.
#[derive(Clone, Copy, Default)]
struct Tally {
    count: usize,
    first: u32,
}

impl Tally {
    fn add(&mut self, line: u32) {
        self.first = if self.count == 0 { line } else { self.first.min(line) };
        self.count += 1;
    }
}

/// The doubts of one trace.
#[derive(Default)]
pub(super) struct TraceDoubts {
    cut: Tally,
    no_sender: Tally,
    recipient: Tally,
    time: Tally,
}

impl TraceDoubts {
    /// A row cut off in the middle: it is left out.
    pub(super) fn cut(&mut self, line: u32) {
        self.cut.add(line);
    }

    pub(super) fn no_sender(&mut self, line: u32) {
        self.no_sender.add(line);
    }

    pub(super) fn recipient(&mut self, line: u32) {
        self.recipient.add(line);
    }

    pub(super) fn time(&mut self, line: u32) {
        self.time.add(line);
    }

    /// Reports the doubts of the trace starting at line `start`.
    pub(super) fn report(&self, start: u32, sink: &mut Sink) {
        if self.cut.count > 0 {
            let Tally { count, first } = self.cut;
            sink.diagnose(first, DiagnosticKind::TraceRowCut { start, count });
        }
        if self.no_sender.count > 0 {
            let Tally { count, first } = self.no_sender;
            sink.diagnose(first, DiagnosticKind::TraceSenderUnreadable { start, count });
        }
        if self.recipient.count > 0 {
            let Tally { count, first } = self.recipient;
            sink.diagnose(first, DiagnosticKind::TraceRecipientUnreadable { start, count });
        }
        if self.time.count > 0 {
            let Tally { count, first } = self.time;
            sink.diagnose(first, DiagnosticKind::TraceTimeUnreadable { start, count });
        }
    }
}

/// Warns of every message trace of the whole text with exactly as many messages as a query
/// returns at most: later ones may be missing. Run once the whole text is read, as a trace read
/// in parts is counted only then.
pub(in crate::parse) fn check_caps(parsed: &mut Parsed) {
    for source in parsed.usage.sources.iter().filter(|s| s.kind == SourceKind::MessageTrace) {
        let Some(cap) = TraceCap::ALL.into_iter().find(|cap| cap.messages() == source.records) else { continue };
        parsed.diagnostics.push(Diagnostic { line: source.line, kind: DiagnosticKind::TraceCapped { cap } });
    }
}
