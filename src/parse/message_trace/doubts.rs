//! What a message trace could not tell, said once per trace with the line it starts at and what
//! to do about it: rows cut off, messages without a readable sender, recipients without a
//! domain, dates not read for sure; and, once the whole text is read, a trace that holds exactly
//! as many messages as one query returns at most (M10).

use crate::parse::sink::{Sink, code};
use crate::parse::{Diagnostic, Parsed, Severity, SourceKind};

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

/// Addresses printed whole: what to run instead of the default table.
const WHOLE_ADDRESSES: &str = "Run the trace with | Format-List or | Export-Csv: they print addresses whole.";

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
            sink.diagnose(Severity::Warning, first, code::MESSAGE_TRACE_ROW_CUT, format_args!("{count} row(s) of the message trace at line {start} are cut off (first at line {first}) and left out."), Some("Paste the whole trace again."));
        }
        if self.no_sender.count > 0 {
            let Tally { count, first } = self.no_sender;
            sink.diagnose(Severity::Warning, first, code::MESSAGE_TRACE_SENDER_UNREADABLE, format_args!("{count} message(s) of the message trace at line {start} show no whole sender (first at line {first}); they belong to no account."), Some(WHOLE_ADDRESSES));
        }
        if self.recipient.count > 0 {
            let Tally { count, first } = self.recipient;
            sink.diagnose(Severity::Info, first, code::MESSAGE_TRACE_RECIPIENT_UNREADABLE, format_args!("{count} recipient(s) of the message trace at line {start} have no domain or were cut off (first at line {first}); they count neither inside nor outside."), Some(WHOLE_ADDRESSES));
        }
        if self.time.count > 0 {
            let Tally { count, first } = self.time;
            sink.diagnose(Severity::Warning, first, code::MESSAGE_TRACE_TIME_UNREADABLE, format_args!("{count} Received date(s) of the message trace at line {start} could not be read for sure (first at line {first}); its window leaves them out."), Some("Paste it as ConvertTo-Json output (dates independent of the culture); a date after the 12th also tells day from month."));
        }
    }
}

/// The most messages one query returns: `-ResultSize` up to 5,000, 1,000 without it (M10).
const CAPS: [(usize, &str); 2] = [(5_000, "the most one query returns"), (1_000, "the most one query returns without -ResultSize")];

/// Warns of every message trace of the whole text with exactly as many messages as a query
/// returns at most: later ones may be missing. Run once the whole text is read, as a trace read
/// in parts is counted only then.
pub(in crate::parse) fn check_caps(parsed: &mut Parsed) {
    for source in parsed.usage.sources.iter().filter(|s| s.kind == SourceKind::MessageTrace) {
        let Some((cap, what)) = CAPS.iter().find(|(cap, _)| *cap == source.records) else { continue };
        let line = source.line;
        parsed.diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            line,
            code: code::MESSAGE_TRACE_CAPPED,
            message: format!("The message trace at line {line} has exactly {cap} messages, {what}: later ones may be missing."),
            help: Some("Query shorter windows (-StartDate, -EndDate) until each returns fewer than 5,000 messages with -ResultSize 5000, and paste each.".to_string()),
        });
    }
}
