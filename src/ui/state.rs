//! The app's one state and the actions that change it. Everything shown is derived from the
//! pasted text and the user's choices; the analysis ([`crate::ui_support::analysis`]) is started
//! here, once per change, and a large one's steps come back as actions.

use std::rc::Rc;

use yew::Reducible;

use super::shared::Shared;
use crate::parse::{join_files, parse_sends_outside, OpenedFile, Parsed, Sender};
use crate::rules::{ClientScenario, Date};
use crate::remedy::Report;
use crate::remedy::way_out::Given;
use crate::ui_support::analysis::{Analysed, Analysis, Deadline, Input, Settings, Step, READ_IN_PARTS_ABOVE};
use crate::ui_support::bulk_filter::{BulkFilter, SortKey};
use crate::ui_support::bulk_rows::BulkRows;
use crate::ui_support::plan_rows::{AnswerChange, PlanFilter, PlanRows};
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
        // `code` is `None` for `System` alone, whose word is `system`.
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
/// in steps (see [`Analysis`]), so the input stays responsive. Measured in headless Chromium on
/// the shared 2-core test machine, analysing and re-rendering at once on each key took
/// 15-45 ms for 1 000 CSV mailboxes (50 KB) but 40-110 ms for 3 800 (200 KB).
pub const ANALYSE_AT_ONCE_UP_TO: usize = 50_000;

/// How long one step of a large paste's analysis may hold the main thread, in ms. Well under
/// the 50 ms after which the browser counts a task as long: a key pressed meanwhile waits no
/// more than that.
const STEP_BUDGET_MS: f64 = 20.0;

/// Inputs larger than this, when they come from files, are held as data and not written into
/// the text box: the box's own layout of a 5 MB text takes seconds (issue 14's measurement).
pub const HOLD_ABOVE: usize = 2 << 20;

/// Pastes larger than this into an empty box are held as data too: the box's own layout of a
/// pasted text is a long task from here on (10,000 lines, 0.5 MB: 0.33 s, a 251 ms task in a
/// bare `<textarea>`), while taking the text from the clipboard event costs milliseconds.
pub const HOLD_PASTE_ABOVE: usize = 256 << 10;

/// The analysis of a large input under way, of the state's revision it was started for. Held
/// by the page beside the state ([`State::analyse_step`]), not in it: a step changes it in
/// place, and cloning a job of 100,000 mailboxes at every step would cost more than the step.
/// So each state stays a value its reducer never changes; the state only learns the result of
/// each step ([`Action::Stepped`]).
pub type Running = Option<(u64, Analysis)>;

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
    /// The worksheet's accounts answered since the analysis under way started, sorted: their
    /// rows, if built before the answer, are worked out again when it is done.
    answered_meanwhile: Vec<u64>,
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
            answered_meanwhile: Vec::new(),
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
        // No or unknown client in the link: the current one stays.
        self.scenario = options.client.as_deref().and_then(ClientScenario::parse).unwrap_or(self.scenario);
        // No or unreadable date in the link: the current one stays.
        self.as_of = options.date.as_deref().and_then(|date| Date::parse(date).ok()).unwrap_or(self.as_of);
        // No paste in the link: an empty input.
        self.input = Shared::new(options.input.unwrap_or_default());
        self.reanalyse();
        self
    }

    /// After a change the analysis depends on: a small paste is analysed at once, a large one
    /// in steps once typing pauses.
    fn reanalyse(&mut self) {
        self.revision += 1;
        self.step = 0;
        self.answered_meanwhile.clear();
        self.pending = self.input.len() > ANALYSE_AT_ONCE_UP_TO;
        // After files were opened, the bar goes on from there.
        let opened = self.progress.filter(|progress| progress.phase == Phase::Opening);
        let parted = opened.map_or(self.input.len() > READ_IN_PARTS_ABOVE || !self.files.is_empty(), |progress| progress.parted);
        let first = if parted { Phase::Reading } else { Phase::Joining };
        let bar = Progress { phase: first, done: 0, all: 1, opened: opened.is_some(), parted };
        self.progress = self.pending.then_some(bar);
        if !self.pending {
            let analysed = Analysis::new(self.settings(), bar).run(self.input());
            self.show(*analysed);
        }
    }

    /// What an analysis of this state is of.
    fn settings(&self) -> Settings {
        Settings { as_of: self.as_of, scenario: self.scenario, redact: self.redact }
    }

    /// What each step of its analysis reads.
    fn input(&self) -> Input<'_> {
        Input { text: &self.input, files: &self.files, given: &self.given }
    }

    /// The next step of the analysis of this state's input, `running` beside it (a job of an
    /// older revision is dropped): its result is for [`Action::Stepped`]. None when no analysis
    /// is under way (none has a bar).
    pub fn analyse_step(&self, running: &mut Running) -> Option<Step> {
        let bar = self.progress.filter(|_| self.pending)?;
        let analysis = match running {
            Some((revision, analysis)) if *revision == self.revision => analysis,
            _ => &mut running.insert((self.revision, Analysis::new(self.settings(), bar))).1,
        };
        let now = js_sys::Date::now;
        let step = analysis.step(self.input(), Some(Deadline { at: now() + STEP_BUDGET_MS, now: &now }));
        if matches!(step, Step::Done(_)) {
            *running = None;
        }
        Some(step)
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

    fn show(&mut self, analysed: Analysed) {
        let Analysed { parsed, report, rows, mut plans } = analysed;
        // Answers given while the worksheet's rows were built: those built before them are
        // worked out again.
        if !self.answered_meanwhile.is_empty() {
            plans.answered(&report, &self.given, &std::mem::take(&mut self.answered_meanwhile));
        }
        self.pending = false;
        self.progress = None;
        self.parsed = Shared::new(parsed);
        self.report = Shared::new(report);
        self.rows = Shared::new(rows);
        self.plans = Shared::new(plans);
        self.refilter_bulk();
        self.refilter_sheet();
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
            // The page's own codes; anything else: the default language.
            "lang" => self.lang = Lang::parse(value).unwrap_or_default(),
            // The page's own codes; anything else: the default theme.
            "theme" => self.theme = Theme::parse(value).unwrap_or_default(),
            "scenario" => {
                // The page's own codes; anything else: the default scenario.
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
        if self.pending {
            self.answered_meanwhile.extend_from_slice(&change.keys);
            self.answered_meanwhile.sort_unstable();
            self.answered_meanwhile.dedup();
        }
        self.given = Shared::new(given);
        self.plans = Shared::new(plans);
        self.refilter_sheet();
    }
}

pub enum Action {
    /// The user typed or pasted into the box.
    Input(String),
    /// The input came from elsewhere: the example, Clear, a share link.
    Load(String),
    /// Files opened: each one's name and text.
    /// Files opened, by name; `None` for one the browser could not read.
    Open(Vec<(String, Option<String>)>),
    /// A large paste into the empty box, or any paste while an input is held (added to it).
    Paste(String),
    /// The held input is written into the box after all.
    ShowAsText,
    /// Files are being read: bytes read and in all.
    Reading(usize, usize),
    /// A step of the analysis of this revision done ([`State::analyse_step`]): shown if it is
    /// still the current one.
    Stepped(u64, Step),
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
                // A file that could not be read is opened empty, and its chip says why.
                let unreadable: Vec<bool> = files.iter().map(|(_, text)| text.is_none()).collect();
                let (input, mut opened) = join_files(files.into_iter().map(|(name, text)| (name, text.unwrap_or_default())).collect());
                for (file, unreadable) in opened.iter_mut().zip(unreadable) {
                    file.unreadable = unreadable;
                }
                next.load(input, opened);
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
            Action::Stepped(revision, step) => {
                if revision != next.revision || !next.pending {
                    return self;
                }
                next.step += 1;
                match step {
                    Step::Continue(at) => next.progress = next.progress.map(|bar| bar.at(at.phase, (at.done, at.all))),
                    Step::Done(analysed) => next.show(*analysed),
                }
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
