//! The app's one state and the actions that change it. Everything shown is derived from the
//! pasted text and the user's choices; the analysis runs here, once per change.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Reducible;

use super::shared::Shared;
use crate::model::{AccountTally, EvidenceBuild};
use crate::parse::{join_files, parse_sends_outside, OpenedFile, PartedParse, Parsed, Sender};
use crate::redact::Redacting;
use crate::rules::stale_advice::TextScan;
use crate::rules::{ClientScenario, Context, Date};
use crate::remedy::{Evaluation, Report};
use crate::remedy::way_out::Given;
use crate::ui_support::bulk_filter::{BulkFilter, SortKey};
use crate::ui_support::bulk_rows::{BulkRows, RowsBuild};
use crate::ui_support::plan_rows::{AnswerChange, PlanFilter, PlanRows, PlanRowsBuild};
use crate::ui_support::fragment::FragmentOptions;
use crate::ui_support::progress::{Phase, Progress};
use crate::wording::Lang;

/// Light or dark, or whatever the system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// `light`, `dark` or `system`, as in the theme switch and the URL fragment.
    pub fn parse(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.code().unwrap_or("system") == code)
    }

    /// The `data-theme` value; `None` follows `prefers-color-scheme`.
    pub fn code(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// Pastes up to this size are analysed on every keystroke; larger ones once typing pauses,
/// in steps (see [`Job`]), so the input stays responsive. Measured in headless Chromium on
/// the shared 2-core test machine, analysing and re-rendering at once on each key took
/// 15-45 ms for 1 000 CSV mailboxes (50 KB) but 40-110 ms for 3 800 (200 KB).
pub const ANALYSE_AT_ONCE_UP_TO: usize = 50_000;

/// How long one step of a large paste's analysis may hold the main thread, in ms. Well under
/// the 50 ms after which the browser counts a task as long: a key pressed meanwhile waits no
/// more than that.
const STEP_BUDGET_MS: f64 = 20.0;

/// Mailboxes evaluated between two looks at the clock (a few hundred microseconds' work).
const MAILBOXES_PER_CHECK: usize = 25;

/// Inputs larger than this are read in parts ([`PartedParse`]): reading a 150 MB sign-in export
/// at once holds the page for seconds.
const READ_IN_PARTS_ABOVE: usize = 1 << 20;

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

/// Inputs larger than this, when they come from files, are held as data and not written into
/// the text box: the box's own layout of a 5 MB text takes seconds (issue 14's measurement).
pub const HOLD_ABOVE: usize = 2 << 20;

/// Pastes larger than this into an empty box are held as data too: the box's own layout of a
/// pasted text is a long task from here on (10,000 lines, 0.5 MB: 0.33 s, a 251 ms task in a
/// bare `<textarea>`), while taking the text from the clipboard event costs milliseconds.
pub const HOLD_PASTE_ABOVE: usize = 256 << 10;

/// Where the analysis of the input has got to; each [`Action::Analyse`] does the next step.
///
/// Why steps on the main thread and not a Web Worker: a worker would need the whole core in a
/// second wasm instance and the report serialised back (the size budget is tight), and the
/// offline single file opened from `file://` cannot start one. Parsing and building the
/// evidence of 10 000 mailboxes take tens of ms each; the rules, the bulk of the work, go
/// mailbox by mailbox, so the evaluation stops at [`STEP_BUDGET_MS`] and goes on in the next
/// task, after the browser has handled typing and painted the progress. The bulk table's rows
/// and their order are the last phase, so that no render works over all mailboxes.
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
    /// Names, domains and GUIDs, when hidden, learned and replaced, some at a time.
    Redacting(Parsed, Box<Report>, Box<Redacting>),
    /// Evaluated: the bulk table's rows are built and sorted, and the worksheet's built, some
    /// at a time.
    Evaluated(Parsed, Box<Report>, Tables),
}

impl Job {
    fn evaluated(parsed: Parsed, report: Box<Report>) -> Job {
        let tables = Tables::new(&report);
        Job::Evaluated(parsed, report, tables)
    }
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

#[derive(Clone, PartialEq)]
pub struct State {
    /// Shared, not copied, on every change: a bulk paste can be megabytes, and a file hundreds
    /// of them. Compared by identity, never by content (`Shared`).
    pub input: Shared<String>,
    /// Counts inputs that did not come from typing in the box (example, file, clear, share
    /// link): only these are written into the box.
    pub loaded: u64,
    /// Counts changes that need a new analysis; a delayed step runs only if no newer came.
    pub revision: u64,
    /// The shown analysis is older than the input.
    pub pending: bool,
    /// Steps of the current analysis done so far.
    pub step: u64,
    /// How far the files being opened and the analysis in steps have got: one bar for all
    /// their phases. `None` when nothing is under way.
    pub progress: Option<Progress>,
    /// The input came from files too large for the text box and is held as data: its size in
    /// bytes. (Not its lines: counting them would take a scan of it in one task.)
    pub held: Option<usize>,
    /// The lines of an input held because it was pasted (files are not counted).
    pub held_lines: Option<usize>,
    /// The files the input was opened from, each read on its own; none once it is typed in.
    pub files: Shared<Vec<OpenedFile>>,
    /// Shared by the states of one analysis; replaced by a new change.
    job: Shared<RefCell<Job>>,
    pub lang: Lang,
    pub theme: Theme,
    pub scenario: ClientScenario,
    pub as_of: Date,
    /// What is typed in the date box while it is no date (YYYY-MM-DD): shown as typed, with a
    /// message; the verdict stays for `as_of`.
    pub as_of_typed: Option<String>,
    /// Show placeholders instead of names, domains and GUIDs.
    pub redact: bool,
    pub today: Date,
    pub parsed: Shared<Parsed>,
    pub report: Shared<Report>,
    /// The bulk table's rows of `report`.
    pub rows: Shared<BulkRows>,
    /// The worksheet's rows of `report`, with the answers `given`.
    pub plans: Shared<PlanRows>,
    /// What the admin answered on the page, by [`crate::remedy::MailboxView::answer_key`]:
    /// kept through every new analysis of the same accounts, and nowhere else (not stored,
    /// not in a share link).
    pub given: Shared<Given>,
    /// The bulk table's filter and sort, the rows they let through (positions in
    /// `Report::mailboxes`), and the mailbox picked, whose card opens below.
    pub bulk: BulkFilter,
    pub bulk_shown: Shared<Vec<u32>>,
    pub bulk_picked: Option<usize>,
    /// The worksheet's filter, the rows it lets through (positions in `PlanRows::rows`), and
    /// the mailbox picked, whose plan opens below.
    pub sheet: PlanFilter,
    pub sheet_shown: Shared<Vec<u32>>,
    pub sheet_picked: Option<usize>,
    /// Counts the changes of the bulk table's filter and the worksheet's: a table filtered
    /// anew scrolls back to its top.
    pub refiltered: (u64, u64),
    /// The share link carries the paste (when it may).
    pub share_input: bool,
    /// The page is embedded in another (`#embed`): no page chrome.
    pub embed: bool,
}

impl State {
    pub fn new(today: Date, lang: Lang, theme: Theme) -> Self {
        State {
            input: Shared::default(),
            loaded: 0,
            revision: 0,
            pending: false,
            step: 0,
            progress: None,
            held: None,
            held_lines: None,
            files: Shared::default(),
            job: Shared::default(),
            lang,
            theme,
            scenario: ClientScenario::Any,
            redact: false,
            as_of: today,
            as_of_typed: None,
            today,
            parsed: Shared::default(),
            report: Shared::default(),
            rows: Shared::default(),
            plans: Shared::default(),
            given: Shared::default(),
            bulk: BulkFilter::default(),
            bulk_shown: Shared::default(),
            bulk_picked: None,
            sheet: PlanFilter::default(),
            sheet_shown: Shared::default(),
            sheet_picked: None,
            refiltered: (0, 0),
            share_input: false,
            embed: false,
        }
    }

    /// The settings (and, if shared, the paste) a share link carries, and whether the page is
    /// embedded.
    pub fn restored(mut self, options: FragmentOptions) -> Self {
        self.embed = options.embed;
        self.scenario = options.client.as_deref().and_then(ClientScenario::parse).unwrap_or(self.scenario);
        self.as_of = options.date.as_deref().and_then(|date| Date::parse(date).ok()).unwrap_or(self.as_of);
        self.input = Shared::new(options.input.unwrap_or_default());
        self.reanalyse();
        self
    }

    /// After a change the analysis depends on: a small paste is analysed at once, a large one
    /// in steps once typing pauses.
    fn reanalyse(&mut self) {
        self.revision += 1;
        self.step = 0;
        self.job = Shared::default();
        self.pending = self.input.len() > ANALYSE_AT_ONCE_UP_TO;
        // After files were opened, the bar goes on from there.
        let opened = self.progress.filter(|progress| progress.phase == Phase::Opening);
        let parted = opened.map_or(self.input.len() > READ_IN_PARTS_ABOVE || !self.files.is_empty(), |progress| progress.parted);
        let first = if parted { Phase::Reading } else { Phase::Joining };
        self.progress = self.pending.then_some(Progress { phase: first, done: 0, all: 1, opened: opened.is_some(), parted });
        if !self.pending {
            while !self.advance(None) {}
        }
    }

    /// Does the next step of the analysis; with a deadline (`js_sys::Date::now()` ms), the
    /// evaluation stops there. True when the result is shown.
    fn advance(&mut self, deadline: Option<f64>) -> bool {
        let job = std::mem::take(&mut *self.job.borrow_mut());
        let next = match job {
            Job::Start if self.input.len() > READ_IN_PARTS_ABOVE || !self.files.is_empty() => Job::Reading(Box::new(PartedParse::with_files(&self.files))),
            Job::Start => Job::Parsed(crate::parse::parse(&self.input)),
            Job::Reading(mut parts) => {
                let done = until(deadline, &mut || parts.step(&self.input, PART_BYTES));
                self.advanced(Phase::Reading, (parts.done(), self.input.len()));
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
                    let context = Context::new(self.as_of).with_client(self.scenario);
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
                if !done {
                    Job::Evaluating(parsed, evaluation)
                } else {
                    Job::Noting(parsed, Box::new(evaluation.finish()), Box::default())
                }
            }
            Job::Noting(parsed, mut report, mut scan) => {
                if !until(deadline, &mut || crate::remedy::add_text_notes_in_steps(&mut report, &self.input, &mut scan, PART_BYTES)) {
                    Job::Noting(parsed, report, scan)
                } else if self.redact {
                    Job::Redacting(parsed, report, Box::default())
                } else {
                    Job::evaluated(parsed, report)
                }
            }
            Job::Redacting(mut parsed, mut report, mut redacting) => {
                if until(deadline, &mut || redacting.step(&self.input, &mut parsed, &mut report, REDACTED_PER_CHECK)) {
                    Job::evaluated(parsed, report)
                } else {
                    Job::Redacting(parsed, report, redacting)
                }
            }
            Job::Evaluated(parsed, report, mut tables) => {
                let done = until(deadline, &mut || tables.step(&report, &self.given, TABLE_ROWS_PER_CHECK));
                self.advanced(Phase::Tabling, tables.progress(&report));
                if done {
                    let plans = tables.plans.finish(&report);
                    return self.show(parsed, *report, tables.rows.finish(), plans);
                }
                Job::Evaluated(parsed, report, tables)
            }
        };
        *self.job.borrow_mut() = next;
        false
    }

    /// An input from elsewhere (with the files it was opened from), held as data if large.
    fn load(&mut self, input: String, files: Vec<OpenedFile>) {
        self.held = (input.len() > HOLD_ABOVE).then_some(input.len());
        self.held_lines = None;
        self.input = Shared::new(input);
        self.files = Shared::new(files);
        self.loaded += 1;
        self.reanalyse();
    }

    /// A pasted input, held as data unless it is small.
    fn hold(&mut self, input: String) {
        let lines = memchr::memchr_iter(b'\n', input.as_bytes()).count() + usize::from(!input.ends_with('\n'));
        self.held = (input.len() > HOLD_PASTE_ABOVE).then_some(input.len());
        self.held_lines = self.held.map(|_| lines);
        self.input = Shared::new(input);
        self.loaded += 1;
        self.reanalyse();
    }

    /// The bar, if shown, at `done` of `all` of `phase`.
    fn advanced(&mut self, phase: Phase, work: (usize, usize)) {
        self.progress = self.progress.map(|progress| progress.at(phase, work));
    }

    fn show(&mut self, parsed: Parsed, report: Report, rows: BulkRows, plans: PlanRows) -> bool {
        self.pending = false;
        self.progress = None;
        self.parsed = Shared::new(parsed);
        self.report = Shared::new(report);
        self.rows = Shared::new(rows);
        self.plans = Shared::new(plans);
        self.refilter_bulk();
        self.refilter_sheet();
        true
    }

    fn refilter_bulk(&mut self) {
        self.bulk_shown = Shared::new(self.rows.visible(&self.bulk, self.report.december_summary.is_some()));
    }

    fn refilter_sheet(&mut self) {
        self.sheet_shown = Shared::new(self.plans.visible(&self.report, &self.sheet));
    }

    /// A form control of the page changed: its `id` (a radio button's name) says what it
    /// sets, from its `value` or whether it is `checked`. False when nothing changed.
    fn control(&mut self, id: &str, value: &str, checked: bool) -> bool {
        match id {
            "lang" => self.lang = Lang::parse(value).unwrap_or_default(),
            "theme" => self.theme = Theme::parse(value).unwrap_or_default(),
            "scenario" => {
                self.scenario = ClientScenario::parse(value).unwrap_or_default();
                self.reanalyse();
            }
            // Blank (or the button "today") goes back to today.
            "as-of" => {
                let typed = value.trim();
                match if typed.is_empty() { Ok(self.today) } else { Date::parse(typed) } {
                    Ok(date) => {
                        self.as_of = date;
                        self.as_of_typed = None;
                        self.reanalyse();
                    }
                    Err(_) => self.as_of_typed = Some(value.to_string()),
                }
            }
            "redact" => {
                self.redact = checked;
                self.reanalyse();
            }
            "share-include-input" => self.share_input = checked,
            _ => {
                if let Some(part) = id.strip_prefix("bulk-") {
                    let mut bulk = self.bulk.clone();
                    bulk.set(part, value, checked);
                    if bulk == self.bulk {
                        return false;
                    }
                    self.bulk = bulk;
                    self.refilter_bulk();
                    self.refiltered.0 += 1;
                } else if let Some(part) = id.strip_prefix("worksheet-") {
                    let mut sheet = self.sheet.clone();
                    sheet.set(part, value);
                    if sheet == self.sheet {
                        return false;
                    }
                    self.sheet = sheet;
                    self.refilter_sheet();
                    self.refiltered.1 += 1;
                } else {
                    // A plan card's answers: `sender-<mailbox>`, `outside-<mailbox>`.
                    let (question, index) = id.split_once('-').unwrap_or_default();
                    let key = index.parse().ok().and_then(|index: usize| self.report.mailboxes.get(index)?.answer_key());
                    let (Some(key), Some(change)) = (key, self.answered(question, value)) else { return false };
                    self.answer(AnswerChange { keys: vec![key], ..change });
                }
            }
        }
        true
    }

    /// A plan card's answer to `question` (`sender`, `outside`): its code.
    fn answered(&self, question: &str, code: &str) -> Option<AnswerChange> {
        match question {
            "sender" => Some(AnswerChange { sender: Some(Sender::parse(code)?), ..AnswerChange::default() }),
            "outside" => Some(AnswerChange { sends_outside: Some(parse_sends_outside(code)?), ..AnswerChange::default() }),
            _ => None,
        }
    }

    /// The admin's answer for some accounts: their rows are worked out again, in the shown
    /// worksheet and in one being built.
    fn answer(&mut self, mut change: AnswerChange) {
        let mut given = (*self.given).clone();
        change.apply(&mut given);
        change.keys.sort_unstable();
        let mut plans = (*self.plans).clone();
        plans.answered(&self.report, &given, &change.keys);
        if let Job::Evaluated(_, report, tables) = &mut *self.job.borrow_mut() {
            tables.plans.answered(report, &given, &change.keys);
        }
        self.given = Shared::new(given);
        self.plans = Shared::new(plans);
        self.refilter_sheet();
    }
}

/// Repeats `step` until it is done (true) or the deadline has passed (false). One loop for
/// every step of the analysis, not a copy in each.
#[inline(never)]
fn until(deadline: Option<f64>, step: &mut dyn FnMut() -> bool) -> bool {
    loop {
        if step() {
            return true;
        }
        if deadline.is_some_and(|deadline| js_sys::Date::now() >= deadline) {
            return false;
        }
    }
}

pub enum Action {
    /// The user typed or pasted into the box.
    Input(String),
    /// The input came from elsewhere: the example, Clear, a share link.
    Load(String),
    /// Files opened: each one's name and text.
    Open(Vec<(String, String)>),
    /// A large paste into the empty box, or any paste while an input is held (added to it).
    Paste(String),
    /// The held input is written into the box after all.
    ShowAsText,
    /// Files are being read: bytes read and in all.
    Reading(usize, usize),
    /// Do the next step of the analysis of this revision, if it is still the current one.
    Analyse(u64),
    /// A form control changed (see [`State::control`]): its id (or name), value and whether
    /// it is checked.
    Control(String, String, bool),
    /// The bulk table sorted by a column (again: the other way round).
    Sort(SortKey),
    /// A mailbox picked in the bulk table (false) or the worksheet (true): its position in
    /// `Report::mailboxes`.
    Pick(bool, usize),
    /// One answer for every account the worksheet shows: what signs in and whether it sends
    /// outside, as codes; blank leaves a part as it was.
    Apply(String, String),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Input(input) => {
                next.held = None;
                next.held_lines = None;
                next.files = Shared::default();
                next.input = Shared::new(input);
                next.reanalyse();
            }
            Action::Load(input) => next.load(input, Vec::new()),
            Action::Open(files) => {
                let (input, files) = join_files(files);
                next.load(input, files);
            }
            Action::Paste(pasted) => {
                // Added to what is held; Clear first replaces it.
                let mut input = if next.held.is_some() { next.input.to_string() } else { String::new() };
                if !input.is_empty() && !input.ends_with('\n') {
                    input.push('\n');
                }
                input.push_str(&pasted);
                next.hold(input);
            }
            Action::ShowAsText => {
                next.held = None;
                next.held_lines = None;
                next.loaded += 1;
            }
            Action::Reading(done, all) => {
                next.progress = Some(Progress { phase: Phase::Opening, done, all, opened: true, parted: all > READ_IN_PARTS_ABOVE });
            }
            Action::Analyse(revision) => {
                if revision != next.revision || !next.pending {
                    return self;
                }
                next.step += 1;
                next.advance(Some(js_sys::Date::now() + STEP_BUDGET_MS));
            }
            Action::Control(id, value, checked) => {
                if !next.control(&id, &value, checked) {
                    return self;
                }
            }
            Action::Sort(key) => {
                next.bulk.sort_by(key);
                next.refilter_bulk();
            }
            Action::Pick(false, index) => next.bulk_picked = Some(index),
            Action::Pick(true, index) => next.sheet_picked = Some(index),
            Action::Apply(sender, outside) => {
                let sender = Some(sender).filter(|code| !code.is_empty()).and_then(|code| Sender::parse(&code));
                let sends_outside = Some(outside).filter(|code| !code.is_empty()).and_then(|code| parse_sends_outside(&code));
                if sender.is_none() && sends_outside.is_none() {
                    return self;
                }
                let keys = next.sheet_shown.iter().filter_map(|at| next.plans.rows.get(*at as usize)).map(|row| row.key).collect();
                next.answer(AnswerChange { keys, sender, sends_outside });
            }
        }
        Rc::new(next)
    }
}
