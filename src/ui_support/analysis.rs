//! The page's analysis of a paste, in steps: read, add up, join, evaluate, note, redact (when
//! asked), and build the tables, each phase some at a time until a deadline. The clock is
//! passed in ([`Deadline`]), so that native tests step it with a clock of their own.
//!
//! Why steps on the main thread and not a Web Worker: a worker would need the whole core in a
//! second wasm instance and the report serialised back (the size budget is tight), and the
//! offline single file opened from `file://` cannot start one. Parsing and building the
//! evidence of 10 000 mailboxes take tens of ms each; the rules, the bulk of the work, go
//! mailbox by mailbox, so the evaluation stops at the deadline and goes on in the next task,
//! after the browser has handled typing and painted the progress. The bulk table's rows and
//! their order are the last phase, so that no render works over all mailboxes.

use super::bulk_rows::{BulkRows, RowsBuild};
use super::plan_rows::{PlanRows, PlanRowsBuild};
use super::progress::{Phase, Progress};
use crate::model::{AccountTally, EvidenceBuild};
use crate::parse::{OpenedFile, PartedParse, Parsed};
use crate::redact::Redacting;
use crate::remedy::way_out::Given;
use crate::remedy::{Evaluation, Report};
use crate::rules::stale_advice::TextScan;
use crate::rules::{ClientScenario, Context, Date};

/// Inputs larger than this are read in parts ([`PartedParse`]): reading a 150 MB sign-in export
/// at once holds the page for seconds.
pub const READ_IN_PARTS_ABOVE: usize = 1 << 20;

/// Mailboxes evaluated between two looks at the clock (a few hundred microseconds' work).
const MAILBOXES_PER_CHECK: usize = 25;

/// Records typed and joined between two looks at the clock (about a millisecond's work).
const RECORDS_PER_CHECK: usize = 500;

/// Table rows built, sorted or merged between two looks at the clock (under a millisecond's
/// work).
const TABLE_ROWS_PER_CHECK: usize = 2_000;

/// Sign-in rows added up between two looks at the clock (a millisecond's work).
const ROWS_PER_CHECK: usize = 10_000;

/// Mailboxes or records (or 64 bytes of the text each) redacted between two looks at the
/// clock (a millisecond's work).
const REDACTED_PER_CHECK: usize = 100;

/// Bytes read between two looks at the clock (a few milliseconds' work).
const PART_BYTES: usize = 256 << 10;

/// What an analysis is of, fixed when it starts: a change of any of these starts a new one.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    pub as_of: Date,
    pub scenario: ClientScenario,
    /// Names, domains and GUIDs replaced by placeholders.
    pub redact: bool,
}

/// What every step reads: the text and the files it was opened from (the same in every step of
/// one analysis), and the answers given on the page so far.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub text: &'a str,
    pub files: &'a [OpenedFile],
    pub given: &'a Given,
}

/// When a step stops: once `now()` has reached `at` (in the clock's own unit, ms on the page).
/// A step always does some work before it looks, so a deadline already passed still moves on.
#[derive(Clone, Copy)]
pub struct Deadline<'a> {
    pub at: f64,
    pub now: &'a dyn Fn() -> f64,
}

/// What a step ends with.
pub enum Step {
    /// More to do; the bar as far as the analysis has got.
    Continue(Progress),
    Done(Box<Analysed>),
}

/// The result of an analysis: what the page shows.
pub struct Analysed {
    pub parsed: Parsed,
    pub report: Report,
    /// The bulk table's rows of `report`.
    pub rows: BulkRows,
    /// The worksheet's rows of `report`, with the answers given while they were built.
    pub plans: PlanRows,
}

/// One analysis under way: where it has got to and the bar to show.
pub struct Analysis {
    job: Job,
    settings: Settings,
    progress: Progress,
}

/// Where an analysis has got to; each [`Analysis::step`] does the next step.
#[derive(Default)]
enum Job {
    #[default]
    Start,
    /// A large input, read part by part.
    Reading(Box<PartedParse>),
    Parsed(Parsed),
    /// Sign-in log rows added up per account, some at a time.
    Tallying(Parsed, Box<AccountTally>),
    /// Records typed and joined into mailboxes, some at a time.
    Joining(Parsed, Box<EvidenceBuild>),
    Evaluating(Parsed, Box<Evaluation>),
    /// The text scanned for stale advice, some at a time (a sign-in export is 200 MB).
    Noting(Parsed, Box<Report>, Box<TextScan>),
    /// Names, domains and GUIDs, when hidden, learned and replaced, some at a time. Reached
    /// only with [`Settings::redact`], and left for [`Job::Tabling`].
    Redacting(Parsed, Box<Report>, Box<Redacting>),
    /// The bulk table's rows built and sorted, then the worksheet's, some at a time.
    Tabling(Parsed, Box<Report>, Tables),
}

/// The bulk table's rows and the worksheet's, under construction: one after the other.
struct Tables {
    rows: Box<RowsBuild>,
    plans: Box<PlanRowsBuild>,
}

impl Tables {
    fn new(report: &Report) -> Self {
        Tables { rows: Box::new(RowsBuild::new(report)), plans: Box::new(PlanRowsBuild::new(report)) }
    }

    fn step(&mut self, report: &Report, given: &Given, count: usize) -> bool {
        self.rows.step(report, count) && self.plans.step(report, given, count)
    }

    /// Both in one: the bar goes on from one to the other.
    fn progress(&self, report: &Report) -> (usize, usize) {
        let ((rows, rows_all), (plans, plans_all)) = (self.rows.progress(), self.plans.progress(report));
        (rows + plans, rows_all + plans_all)
    }
}

impl Analysis {
    /// An analysis about to start, its bar at `progress` (which also says whether files were
    /// opened and the input is read in parts).
    pub fn new(settings: Settings, progress: Progress) -> Self {
        Analysis { job: Job::Start, settings, progress }
    }

    /// All steps at once, without looking at a clock.
    pub fn run(mut self, input: Input<'_>) -> Box<Analysed> {
        loop {
            if let Step::Done(analysed) = self.step(input, None) {
                return analysed;
            }
        }
    }

    /// Whether the names are being replaced now ([`Job::Redacting`]).
    #[cfg(test)]
    fn is_redacting(&self) -> bool {
        matches!(self.job, Job::Redacting(..))
    }

    /// Does the next step; with a deadline, a phase stops there and goes on in the next step.
    /// After [`Step::Done`] the analysis starts over.
    pub fn step(&mut self, input: Input<'_>, deadline: Option<Deadline<'_>>) -> Step {
        let text = input.text;
        self.job = match std::mem::take(&mut self.job) {
            Job::Start if text.len() > READ_IN_PARTS_ABOVE || !input.files.is_empty() => Job::Reading(Box::new(PartedParse::with_files(input.files))),
            Job::Start => Job::Parsed(crate::parse::parse(text)),
            Job::Reading(mut parts) => {
                let done = until(deadline, &mut || parts.step(text, PART_BYTES));
                self.advanced(Phase::Reading, (parts.done(), text.len()));
                if done {
                    Job::Parsed(parts.finish())
                } else {
                    Job::Reading(parts)
                }
            }
            Job::Parsed(parsed) => Job::Tallying(parsed, Box::default()),
            Job::Tallying(parsed, mut tally) => {
                let rows = parsed.usage.rows.len();
                let done = until(deadline, &mut || {
                    tally.add(&parsed.usage, tally.rows_done() + ROWS_PER_CHECK);
                    tally.rows_done() >= rows
                });
                // Rows added up, then records joined: one phase of the bar.
                self.advanced(Phase::Joining, (tally.rows_done(), rows + parsed.records.len()));
                if done {
                    let building = EvidenceBuild::new(&parsed, tally.finish());
                    Job::Joining(parsed, Box::new(building))
                } else {
                    Job::Tallying(parsed, tally)
                }
            }
            Job::Joining(parsed, mut building) => {
                let done = until(deadline, &mut || building.step(&parsed, RECORDS_PER_CHECK));
                let ((records_done, records), rows) = (building.progress(&parsed), parsed.usage.rows.len());
                self.advanced(Phase::Joining, (rows + records_done, rows + records));
                if done {
                    let context = Context::new(self.settings.as_of).with_client(self.settings.scenario);
                    let evaluation = Evaluation::new(building.finish(&parsed), &context);
                    self.advanced(Phase::Evaluating, evaluation.progress());
                    Job::Evaluating(parsed, Box::new(evaluation))
                } else {
                    Job::Joining(parsed, building)
                }
            }
            Job::Evaluating(parsed, mut evaluation) => {
                let done = until(deadline, &mut || evaluation.step(MAILBOXES_PER_CHECK));
                self.advanced(Phase::Evaluating, evaluation.progress());
                if done {
                    Job::Noting(parsed, Box::new(evaluation.finish()), Box::default())
                } else {
                    Job::Evaluating(parsed, evaluation)
                }
            }
            Job::Noting(parsed, mut report, mut scan) => {
                if !until(deadline, &mut || crate::remedy::add_text_notes_in_steps(&mut report, text, &mut scan, PART_BYTES)) {
                    Job::Noting(parsed, report, scan)
                } else if self.settings.redact {
                    Job::Redacting(parsed, report, Box::default())
                } else {
                    self.tabling(parsed, report)
                }
            }
            Job::Redacting(mut parsed, mut report, mut redacting) => {
                if until(deadline, &mut || redacting.step(text, &mut parsed, &mut report, REDACTED_PER_CHECK)) {
                    self.tabling(parsed, report)
                } else {
                    Job::Redacting(parsed, report, redacting)
                }
            }
            Job::Tabling(parsed, report, mut tables) => {
                let done = until(deadline, &mut || tables.step(&report, input.given, TABLE_ROWS_PER_CHECK));
                self.advanced(Phase::Tabling, tables.progress(&report));
                if done {
                    let plans = tables.plans.finish(&report);
                    return Step::Done(Box::new(Analysed { parsed, report: *report, rows: tables.rows.finish(), plans }));
                }
                Job::Tabling(parsed, report, tables)
            }
        };
        Step::Continue(self.progress)
    }

    /// The tables to build next. The bar names their phase now, as it names the rules' when
    /// they start: on a fast machine the tables of 100,000 mailboxes take a single step, and
    /// without this the bar would go from the rules to the result without saying so.
    fn tabling(&mut self, parsed: Parsed, report: Box<Report>) -> Job {
        let tables = Tables::new(&report);
        self.advanced(Phase::Tabling, tables.progress(&report));
        Job::Tabling(parsed, report, tables)
    }

    /// The bar at `done` of `all` of `phase`.
    fn advanced(&mut self, phase: Phase, work: (usize, usize)) {
        self.progress = self.progress.at(phase, work);
    }
}

/// Repeats `step` until it is done (true) or the deadline has passed (false). One loop for
/// every phase of the analysis, not a copy in each.
#[inline(never)]
fn until(deadline: Option<Deadline<'_>>, step: &mut dyn FnMut() -> bool) -> bool {
    loop {
        if step() {
            return true;
        }
        if deadline.is_some_and(|deadline| (deadline.now)() >= deadline.at) {
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    const HEADER: &str = "SmtpClientAuthenticationDisabled : True\n\n\"Identity\",\"PrimarySmtpAddress\",\"PopEnabled\",\"ImapEnabled\",\"SmtpClientAuthenticationDisabled\"\n";

    fn paste(mailboxes: usize) -> String {
        let mut text = HEADER.to_string();
        for i in 0..mailboxes {
            text.push_str(&format!("\"Ann Smith {i}\",\"ann{i}@contoso.com\",\"False\",\"True\",\"{}\"\n", if i % 3 == 0 { "True" } else { "" }));
        }
        text
    }

    fn settings(redact: bool) -> Settings {
        Settings { as_of: Date::new(2026, 11, 27).unwrap_or_default(), scenario: ClientScenario::DeviceBasic, redact }
    }

    fn bar() -> Progress {
        Progress { phase: Phase::Joining, done: 0, all: 1, opened: false, parted: false }
    }

    /// Steps the analysis of `text` to the end with a clock that moves one unit each time it is
    /// read, each step given `budget` units; every bar and whether it was redacting, in order.
    fn stepped(text: &str, redact: bool, budget: f64) -> (Vec<(u32, bool)>, Box<Analysed>) {
        let given = Given::default();
        let input = Input { text, files: &[], given: &given };
        let mut analysis = Analysis::new(settings(redact), bar());
        let clock = Cell::new(0.0);
        let now = || {
            clock.set(clock.get() + 1.0);
            clock.get()
        };
        let mut bars = Vec::new();
        for _ in 0..100_000 {
            let deadline = Deadline { at: clock.get() + budget, now: &now };
            match analysis.step(input, Some(deadline)) {
                Step::Continue(progress) => bars.push((progress.permille(), analysis.is_redacting())),
                Step::Done(analysed) => return (bars, analysed),
            }
        }
        panic!("no end after 100,000 steps: {bars:?}");
    }

    fn json(analysed: &Analysed) -> String {
        serde_json::to_string(&analysed.report).unwrap_or_default()
    }

    #[test]
    fn a_large_input_goes_on_in_steps_with_a_growing_bar_to_the_same_result() {
        let text = paste(3_000);
        let (bars, analysed) = stepped(&text, false, 3.0);
        assert!(bars.len() > 20, "{} steps", bars.len());
        assert!(bars.windows(2).all(|two| two[0].0 <= two[1].0), "the bar goes back: {bars:?}");
        let (first, last) = (bars.first().map_or(0, |b| b.0), bars.last().map_or(0, |b| b.0));
        assert!(first < 100 && last > 900, "{first} to {last}");
        assert_eq!(analysed.report.mailboxes.len(), 3_000);
        let at_once = Analysis::new(settings(false), bar()).run(Input { text: &text, files: &[], given: &Given::default() });
        assert_eq!(json(&analysed), json(&at_once));
        assert_eq!(analysed.rows.facts.len(), at_once.rows.facts.len());
    }

    #[test]
    fn the_tables_are_named_on_the_bar_even_when_built_in_one_step() {
        let (text, given) = (paste(200), Given::default());
        let input = Input { text: &text, files: &[], given: &given };
        let mut analysis = Analysis::new(settings(false), bar());
        let mut phases = Vec::new();
        while let Step::Continue(progress) = analysis.step(input, None) {
            phases.push(progress.phase);
        }
        assert_eq!(phases.last(), Some(&Phase::Tabling), "{phases:?}");
    }

    #[test]
    fn a_deadline_already_passed_still_moves_on() {
        let (bars, analysed) = stepped(&paste(200), false, f64::NEG_INFINITY);
        assert!(!bars.is_empty());
        assert_eq!(analysed.report.mailboxes.len(), 200);
    }

    #[test]
    fn redaction_is_a_phase_of_its_own_reached_and_left() {
        let text = paste(500);
        let (bars, analysed) = stepped(&text, true, 2.0);
        let redacting = bars.iter().position(|b| b.1).expect("redacting reached");
        assert!(bars.get(redacting..).is_some_and(|rest| rest.iter().any(|b| !b.1)), "redacting left before the tables");
        let report = json(&analysed);
        assert!(!report.contains("contoso") && report.contains("domain-1.example"), "{report:.300}");
        let (plain, _) = stepped(&text, false, 2.0);
        assert!(plain.iter().all(|b| !b.1), "no redacting unless asked");
    }
}
