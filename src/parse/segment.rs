//! Splits the normalised paste into segments and hands each to the reader for its shape
//! (powershell-format.md §8 rule 6). Every line is either read, skipped with a diagnostic, or
//! blank; each reader consumes at least one line, so the walk always ends. What each read
//! produced is looked at for message traces right away (`message_trace`).

use super::console::{errors, transcript};
use super::input::lines::Lines;
use super::message_trace::{Resume, Traces};
use super::printed::value;
use super::shape::csv::{self, CsvState};
use super::shape::json::{self, JsonState};
use super::shape::list::{self, ListState};
use super::shape::table;
use super::diagnostic::DiagnosticKind;
use super::sink::{Context, Sink};
use super::usage::{self, TextPool};
use super::worksheet;
use super::{Certainty, LineSpan, Parsed, Property, Shape};

/// Reads every segment; with `only`, just the reader for that shape runs (for `parse_as`).
pub(super) fn run(lines: &Lines<'_>, only: Option<Shape>) -> Parsed {
    run_carried(lines, only, Carry::default()).0
}

/// What a part of a text hands to the next (`parts`): the shared texts of usage rows, so the
/// rows of one account share one copy of its name however many parts they are in; and a
/// Format-List message trace the part ended in, which the next part's first objects continue.
#[derive(Default)]
pub(super) struct Carry {
    pub pool: TextPool,
    pub trace: Option<Resume>,
}

/// [`run`] carrying on from an earlier part of the same text.
pub(super) fn run_carried(lines: &Lines<'_>, only: Option<Shape>, carry: Carry) -> (Parsed, Carry) {
    let mut sink = Sink::default();
    sink.pool = carry.pool;
    let mut walk = Walk { lines, sink, context: Context::default(), list: ListState::default(), csv: CsvState::default(), json: JsonState::default(), export_keys: usage::json::ExportKeys::default(), skipped: None };
    let mut traces = Traces::resuming(carry.trace);
    let mut index = 0;
    while index < lines.len() {
        if lines.is_blank(index) {
            walk.flush_skipped();
            index += 1;
            continue;
        }
        let before = walk.sink.records().len();
        let next = walk.read(only, index);
        match next {
            Some(next) => {
                walk.flush_skipped();
                traces.take(lines, before, next, &mut walk.sink);
                index = next.max(index + 1);
            }
            None => {
                walk.skip(index);
                if walk.context.unprompted {
                    walk.context.command = None;
                }
                traces.interrupt(&mut walk.sink);
                index += 1;
            }
        }
    }
    walk.flush_skipped();
    let trace = traces.finish(&mut walk.sink);
    let pool = std::mem::take(&mut walk.sink.pool);
    usage::records::take_sign_ins(&mut walk.sink);
    (walk.sink.finish(), Carry { pool, trace })
}

struct Walk<'l, 'a> {
    lines: &'l Lines<'a>,
    sink: Sink,
    context: Context,
    list: ListState,
    csv: CsvState,
    json: JsonState,
    export_keys: usage::json::ExportKeys,
    /// A run of unrecognised lines: first index and last index.
    skipped: Option<(usize, usize)>,
}

impl Walk<'_, '_> {
    /// The one list of readers, in the order they are tried at line `index`: the first that
    /// reads a segment there gives the line after it. Each names the shape it reads for
    /// `parse_as` (`None`: the console's lines, read only in a paste of any shape); with `only`,
    /// just the readers of that shape run. The more specific come first: a transcript header's
    /// `Key: value` lines are not a list, an error's `+ CategoryInfo :` is not a property, a
    /// sign-in export or a worksheet is not any CSV, a dash row under a header is a table and
    /// not a banner. A new input shape is one more line here.
    fn read(&mut self, only: Option<Shape>, index: usize) -> Option<usize> {
        let runs = |shape: Option<Shape>| only.is_none() || shape == only;
        let (lines, sink, context) = (self.lines, &mut self.sink, &mut self.context);
        if runs(None) && let Some(next) = transcript::read_header(lines, index, sink) { return Some(next) }
        if runs(None) && let Some(next) = transcript::read_prompt(lines, index, context) { return Some(next) }
        if runs(None) && let Some(next) = transcript::read_stream(lines, index, context, sink) { return Some(next) }
        if runs(None) && let Some(next) = errors::read(lines, index, sink) { return Some(next) }
        if runs(Some(Shape::Json)) && let Some(next) = usage::json::read(lines, index, &mut self.export_keys, sink) { return Some(next) }
        if runs(Some(Shape::Json)) && let Some(next) = json::read(lines, index, context, &mut self.json, sink) { return Some(next) }
        if runs(Some(Shape::Csv)) && let Some(next) = worksheet::csv::read(lines, index, sink) { return Some(next) }
        if runs(Some(Shape::Csv)) && let Some(next) = usage::csv::read(lines, index, sink) { return Some(next) }
        if runs(Some(Shape::Csv)) && let Some(next) = csv::read(lines, index, context, &mut self.csv, sink) { return Some(next) }
        if runs(Some(Shape::Table)) && let Some(next) = table::read(lines, index, context, sink) { return Some(next) }
        if runs(Some(Shape::List)) && let Some(next) = list::read(lines, index, context, &mut self.list, sink) { return Some(next) }
        if runs(None) && let Some(next) = transcript::read_banner(lines, index, sink) { return Some(next) }
        if runs(None) && let Some(next) = self.read_elision(index) { return Some(next) }
        if runs(None) && let Some(next) = self.read_bare_value(index) { return Some(next) }
        None
    }

    fn read_elision(&mut self, index: usize) -> Option<usize> {
        list::is_elision(self.lines.get(index)).then(|| {
            list::report_elision(self.lines, index, &mut self.sink);
            index + 1
        })
    }

    /// `… | Select-Object -ExpandProperty X` and `(Get-X).X` print bare values (§2.8): one
    /// record per line, holding property X.
    fn read_bare_value(&mut self, index: usize) -> Option<usize> {
        let name = self.sink.text.name(self.context.command.as_ref()?.expand.as_deref()?);
        let raw = self.lines.share(self.lines.get(index).trim());
        let (value, certainty) = value::display(&raw, Certainty::Exact);
        let span = LineSpan::line(self.lines.number(index));
        let property = Property { name, raw, value, certainty, span };
        let kind = self.sink.decide_kind(&self.context, None, std::slice::from_ref(&property), span.first);
        self.sink.push_record(&self.context, kind, Shape::List, span, vec![property]);
        Some(index + 1)
    }

    fn skip(&mut self, index: usize) {
        self.skipped = match self.skipped {
            Some((first, _)) => Some((first, index)),
            None => Some((index, index)),
        };
    }

    fn flush_skipped(&mut self) {
        let Some((first, last)) = self.skipped.take() else { return };
        let (from, to) = (self.lines.number(first), self.lines.number(last));
        let excerpt: String = self.lines.get(first).trim().chars().take(80).collect();
        self.sink.diagnose(from, DiagnosticKind::Unrecognised { last: to, excerpt });
    }
}
