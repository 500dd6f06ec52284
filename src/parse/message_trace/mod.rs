//! Message traces (`Get-MessageTraceV2`, `Get-MessageTrace`; `../shared/migration.md` §1, M10):
//! the only proof of whether an account mails outside the organization.
//!
//! The list, table, CSV and JSON readers read a trace as records like any cmdlet's output.
//! Right after each read, the walk (`segment`) hands the records it produced here
//! ([`Traces::take`]); those with a sender, a recipient and a receiving time (or from the trace
//! cmdlet) become compact [`TraceRow`]s of a [`Source`] of their own, and the others go back.
//! A table, a CSV or a JSON document is one trace (one query's output); Format-List objects with
//! nothing else between them are one. A Format-List trace a part of a large text ends in is
//! continued by the next part ([`Resume`], `parts`).
//!
//! Which properties are the trace's and how an address is read whole: `row`; when a message
//! was received: `received`; what a trace could not tell, and a trace as long as a query
//! returns at most: `doubts`. A sender is shared and kept as printed, a recipient shared and
//! ASCII-lowercased, through the usage rows' `TextPool`: a trace of thousands of messages
//! mostly repeats a few addresses.

mod doubts;
mod received;
mod row;

use std::sync::Arc;

use doubts::TraceDoubts;
pub(in crate::parse) use doubts::check_caps;
use received::{ANY_CULTURE, Received};
use row::{Keys, Shown};

use super::console::line_kind;
use super::input::lines::Lines;
use super::sink::Sink;
use super::usage::{Source, SourceKind, TraceRow};
use super::{Record, Shape, Text, Value};

/// The message traces of one walk over the text: the one being read, if any.
#[derive(Default)]
pub(in crate::parse) struct Traces {
    open: Option<Open>,
    /// A Format-List trace the previous part of the text ended in: the first objects of this
    /// part continue it.
    resume: Option<Resume>,
    memo: KeysMemo,
    /// Reused to lowercase recipients.
    lower: String,
}

/// A Format-List trace still open where a part of the text ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(in crate::parse) struct Resume {
    /// The line it starts at: the next part's source of the same kind and line joins it.
    line: u32,
    expected: Shown,
    fits: u8,
}

/// The trace being read.
struct Open {
    /// Index into the usage's sources.
    source: usize,
    shape: Shape,
    /// The trace's properties its first record had: a later record without one of them was
    /// cut off.
    expected: Option<Shown>,
    /// The cultures every date read so far fits.
    fits: u8,
    /// Dates with more than one reading, settled by the trace's culture once it is read:
    /// the row (index into the usage's traces) and the date as printed.
    pending: Vec<(usize, Text)>,
    doubts: TraceDoubts,
}

impl Traces {
    /// The traces of a walk over a part of a text, continuing `resume` if its first objects do.
    pub(in crate::parse) fn resuming(resume: Option<Resume>) -> Self {
        Traces { resume, ..Traces::default() }
    }

    /// Takes the message traces out of the records one read produced: those after the first
    /// `before`. `next` is the line after what was read.
    pub(in crate::parse) fn take(&mut self, lines: &Lines<'_>, before: usize, next: usize, sink: &mut Sink) {
        let memo = &mut self.memo;
        let records = sink.records();
        // `before` is how many records there were before this read: at most as many as now.
        if !records.get(before..).unwrap_or_default().iter().any(|record| memo.trace_keys(record).is_some()) {
            // A prompt, a stream line, another cmdlet's output: a trace read before has ended.
            self.close(sink);
            self.resume = None;
            return;
        }
        let read: Vec<Record> = records.drain(before.min(records.len())..).collect();
        let shape = read.first().map_or(Shape::List, |record| record.shape);
        let continues = shape == Shape::List && self.open.as_ref().is_some_and(|open| open.shape == Shape::List);
        if !continues {
            self.close(sink);
            let memo = &mut self.memo;
            let line = read.iter().find(|record| memo.trace_keys(record).is_some()).map_or(1, |record| record.span.first);
            self.open(shape, line, sink);
        }
        for record in read {
            match self.memo.trace_keys(&record) {
                Some(keys) => self.add(&record, keys, sink),
                None => sink.records().push(record),
            }
        }
        if shape == Shape::Csv {
            self.check_csv_end(lines, next);
        }
        if shape != Shape::List {
            self.close(sink);
        }
        self.resume = None;
    }

    /// A line no reader took: a trace read before has ended.
    pub(in crate::parse) fn interrupt(&mut self, sink: &mut Sink) {
        self.close(sink);
        self.resume = None;
    }

    /// Ends the walk: the trace being read is reported; a Format-List one is handed to the
    /// next part of the text, if there is one.
    pub(in crate::parse) fn finish(mut self, sink: &mut Sink) -> Option<Resume> {
        let resume = self.open.as_ref().filter(|open| open.shape == Shape::List).map(|open| Resume {
            line: sink.usage().sources.get(open.source).map_or(1, |source| source.line),
            // A trace closed before its first object has no columns it must show.
            expected: open.expected.unwrap_or_default(),
            fits: open.fits,
        });
        self.close(sink);
        resume
    }

    fn open(&mut self, shape: Shape, line: u32, sink: &mut Sink) {
        let (line, expected, fits) = match self.resume.take() {
            Some(resume) if shape == Shape::List => (resume.line, Some(resume.expected), resume.fits),
            _ => (line, None, ANY_CULTURE),
        };
        // A trace names no tenant: there is none to check against the other sources'.
        let sources = &mut sink.usage().sources;
        sources.push(Source::new(SourceKind::MessageTrace, line));
        let source = sources.len().saturating_sub(1);
        self.open = Some(Open { source, shape, expected, fits, pending: Vec::new(), doubts: TraceDoubts::default() });
    }

    /// One record of the open trace into a row; a record cut off is left out.
    fn add(&mut self, record: &Record, keys: Keys, sink: &mut Sink) {
        let Traces { open, lower, .. } = self;
        let Some(open) = open else { return };
        let line = record.span.first;
        let expected = *open.expected.get_or_insert(keys.present());
        if expected.iter().zip(keys.shown(record)).any(|(&expected, shown)| expected && !shown) {
            open.doubts.cut(line);
            return;
        }
        let (usage, pool) = sink.usage_and_pool();
        let row_index = usage.traces.len();
        let Some(source) = usage.sources.get_mut(open.source) else { return };
        source.records += 1;
        let Some(sender) = row::whole(record, keys.sender).and_then(|sender| pool.get(sender)) else {
            open.doubts.no_sender(line);
            return;
        };
        let recipient = row::whole(record, keys.recipient).and_then(|recipient| row::recipient(recipient, pool, lower));
        if recipient.is_none() {
            open.doubts.recipient(line);
        }
        let at = match keys.received.and_then(|position| record.properties.get(position)) {
            None => None,
            Some(property) => match (&property.value, row::whole(record, keys.received)) {
                (Value::Text(printed), Some(text)) => {
                    let (reading, fits) = received::read(text);
                    if fits != 0 {
                        open.fits &= fits;
                    }
                    match reading {
                        Received::At(at) => {
                            source.widen(Some(at));
                            Some(at)
                        }
                        Received::Open => {
                            open.pending.push((row_index, printed.clone()));
                            None
                        }
                        Received::Unreadable => {
                            open.doubts.time(line);
                            None
                        }
                    }
                }
                _ => {
                    open.doubts.time(line);
                    None
                }
            },
        };
        let status = row::whole(record, keys.status).and_then(|status| pool.get(status));
        let source = crate::parse::u32_of(open.source);
        usage.traces.push(TraceRow { source, line, sender, recipient, at, status });
    }

    /// A CSV ends at a blank line, a prompt, a stream line, or a row with another number of
    /// fields: a row cut off (a file truncated mid-row), or something else. The rows before it
    /// are used.
    fn check_csv_end(&mut self, lines: &Lines<'_>, next: usize) {
        let line = lines.get(next);
        if let Some(open) = &mut self.open
            && !line.trim().is_empty()
            && !line_kind::is_prompt(line)
            && line_kind::stream_prefix(line.trim()).is_none()
        {
            open.doubts.cut(lines.number(next));
        }
    }

    /// Ends the open trace: its dates with more than one reading are read in the culture all its
    /// dates fit, if they fit exactly one, and its doubts are reported.
    fn close(&mut self, sink: &mut Sink) {
        let Some(mut open) = self.open.take() else { return };
        let culture = received::culture(open.fits);
        let usage = sink.usage();
        for (row, printed) in open.pending.drain(..) {
            let Some(trace) = usage.traces.get_mut(row) else { continue };
            match culture.and_then(|culture| received::read_in(printed.trim(), culture)) {
                Some(at) => {
                    trace.at = Some(at);
                    if let Some(source) = usage.sources.get_mut(open.source) {
                        source.widen(Some(at));
                    }
                }
                None => open.doubts.time(trace.line),
            }
        }
        let start = usage.sources.get(open.source).map_or(1, |source| source.line);
        open.doubts.report(start, sink);
    }
}

/// The trace's properties decided once for a run of records with the same (shared) property
/// names, as the rows of one table or the objects of one list have: a paste of 100,000 mailboxes
/// goes through here too, and would otherwise have every name looked at.
#[derive(Default)]
struct KeysMemo {
    names: Vec<Arc<str>>,
    keys: Keys,
}

impl KeysMemo {
    /// Where a message trace record has the trace's properties; `None` for any other record.
    fn trace_keys(&mut self, record: &Record) -> Option<Keys> {
        let same = self.names.len() == record.properties.len()
            && self.names.iter().zip(&record.properties).all(|(name, property)| Arc::ptr_eq(name, &property.name));
        if !same {
            self.keys = Keys::of(record.properties.iter().map(|property| &*property.name));
            self.names.clear();
            self.names.extend(record.properties.iter().map(|property| Arc::clone(&property.name)));
        }
        self.keys.is_trace(record.cmdlet.as_deref()).then_some(self.keys)
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::{DiagnosticKind, PartedParse, SourceKind, parse};

    const TABLE: &str = "PS C:\\> Get-MessageTraceV2 -SenderAddress scanner@contoso.com\n\nReceived              SenderAddress       RecipientAddress     Subject           Status\n--------              -------------       ----------------     -------           ------\n11/28/2026 8:15:31 AM scanner@contoso.com Alice@Contoso.com    Scan from MFP-3F  Delivered\n11/27/2026 4:02:10 PM scanner@contoso.com bob@fabrikam.com     Scan from MFP-3F  Delivered\n11/27/2026 4:01:00 PM scanner@contoso.com carol@northwind.ex… Scan from MFP-3F  Failed\n\nPS C:\\> Get-TransportConfig | fl SmtpClientAuthenticationDisabled\n\nSmtpClientAuthenticationDisabled : False\n";

    #[test]
    fn a_table_becomes_one_trace_and_other_records_stay() {
        let parsed = parse(TABLE);
        assert_eq!(parsed.records.len(), 1, "{:#?}", parsed.records);
        let [source] = parsed.usage.sources.as_slice() else { panic!("{:#?}", parsed.usage.sources) };
        assert_eq!((source.kind, source.line, source.records), (SourceKind::MessageTrace, 5, 3));
        assert_eq!((source.from, source.to), (Some(1_795_795_260), Some(1_795_853_731)));
        let recipients: Vec<Option<&str>> = parsed.usage.traces.iter().map(|r| r.recipient.as_deref()).collect();
        assert_eq!(recipients, [Some("alice@contoso.com"), Some("bob@fabrikam.com"), None]);
        assert!(parsed.usage.traces.iter().all(|r| &*r.sender == "scanner@contoso.com"));
        assert_eq!(parsed.usage.traces[2].status.as_deref(), Some("Failed"));
        let codes: Vec<&str> = parsed.diagnostics.iter().map(|d| d.code()).collect();
        assert_eq!(codes, ["message-trace-recipient-unreadable"], "{:#?}", parsed.diagnostics);
        assert_eq!(parsed.diagnostics[0].line, 7);
    }

    #[test]
    fn a_csv_ends_without_a_cut_row_at_a_prompt_or_a_stream_line() {
        for after in ["PS C:\\> Get-AcceptedDomain", "WARNING: There are more results, use ResultSize unlimited."] {
            let text = format!("\"Received\",\"SenderAddress\",\"RecipientAddress\"\n\"2026-11-28T08:15:31Z\",\"a@contoso.com\",\"b@contoso.com\"\n{after}\n");
            let parsed = parse(&text);
            assert_eq!(parsed.usage.traces.len(), 1, "{after}");
            assert!(parsed.diagnostics.iter().all(|d| d.code() != "message-trace-row-cut"), "{after}: {:#?}", parsed.diagnostics);
        }
    }

    #[test]
    fn view_labels_with_spaces_are_the_trace_properties() {
        // Get-MessageTrace's older view may label its columns `Sender Address`, `Recipient Address`.
        let text = "Received              Sender Address      Recipient Address    Subject           Status\n--------              --------------      -----------------    -------           ------\n11/28/2026 8:15:31 AM scanner@contoso.com bob@fabrikam.com     Scan from MFP-3F  Delivered\n";
        let parsed = parse(text);
        assert_eq!(parsed.usage.traces.len(), 1, "{parsed:#?}");
        assert_eq!(parsed.usage.traces[0].recipient.as_deref(), Some("bob@fabrikam.com"));
    }

    #[test]
    fn a_row_cut_mid_line_is_left_out() {
        let cut = "Received              SenderAddress       RecipientAddress     Subject           Status\n--------              -------------       ----------------     -------           ------\n11/28/2026 8:15:31 AM scanner@contoso.com alice@contoso.com    Scan from MFP-3F  Delivered\n11/27/2026 4:02:10 PM scanner@contoso.com bob@fabrik";
        let parsed = parse(cut);
        assert_eq!(parsed.usage.traces.len(), 1);
        assert_eq!(parsed.usage.sources[0].records, 1);
        let warning = parsed.diagnostics.iter().find(|d| d.code() == "message-trace-row-cut").expect("a warning");
        assert_eq!(warning.line, 4);
    }

    fn list(count: usize) -> String {
        let mut text = String::from("PS C:\\> Get-MessageTraceV2 -SenderAddress scanner@contoso.com | Format-List\n\n");
        for i in 0..count {
            let day = 20 + i % 9;
            text.push_str(&format!("Received         : {day:02}/11/2026 08:{:02}:00\nSenderAddress    : scanner@contoso.com\nRecipientAddress : user{i}@contoso.com\nSubject          : Scan {i}\nStatus           : Delivered\n\n", i % 60));
        }
        text
    }

    #[test]
    fn list_objects_are_one_trace_even_when_read_in_parts() {
        let text = list(300);
        let whole = parse(&text);
        assert_eq!(whole.usage.sources.len(), 1);
        assert_eq!(whole.usage.sources[0].records, 300);
        assert!(whole.usage.traces.iter().all(|r| r.at.is_some()), "en-GB dates, told by the days after the 12th");
        for budget in [200, 1000, 4096] {
            let mut parts = PartedParse::new();
            while !parts.step(&text, budget) {}
            let parted = parts.finish();
            assert_eq!(parted.usage.sources, whole.usage.sources, "budget {budget}");
            assert_eq!(parted.usage.traces, whole.usage.traces, "budget {budget}");
        }
    }

    #[test]
    fn dates_that_fit_two_cultures_in_every_row_stay_unread() {
        let text = "Received         : 05/11/2026 08:15:31\nSenderAddress    : scanner@contoso.com\nRecipientAddress : a@contoso.com\nStatus           : Delivered\n\nReceived         : 06/11/2026 08:15:31\nSenderAddress    : scanner@contoso.com\nRecipientAddress : b@contoso.com\nStatus           : Delivered\n";
        let parsed = parse(text);
        assert_eq!(parsed.usage.traces.iter().map(|r| r.at).collect::<Vec<_>>(), [None, None]);
        let warning = parsed.diagnostics.iter().find(|d| d.code() == "message-trace-time-unreadable").expect("a warning");
        assert!(matches!(warning.kind, DiagnosticKind::TraceTimeUnreadable { count: 2, .. }) && warning.line == 1, "{warning:?}");
        let settled = format!("{text}\nReceived         : 28/11/2026 08:15:31\nSenderAddress    : scanner@contoso.com\nRecipientAddress : c@contoso.com\nStatus           : Delivered\n");
        assert!(parse(&settled).usage.traces.iter().all(|r| r.at.is_some()));
    }

    #[test]
    fn a_trace_as_long_as_a_query_returns_is_said_once_read() {
        let parsed = parse(&list(1000));
        let capped: Vec<_> = parsed.diagnostics.iter().filter(|d| d.code() == "message-trace-capped").collect();
        assert_eq!(capped.len(), 1);
        assert_eq!(capped[0].kind, DiagnosticKind::TraceCapped { cap: crate::parse::TraceCap::Default });
        assert!(parse(&list(999)).diagnostics.iter().all(|d| d.code() != "message-trace-capped"));
    }
}
