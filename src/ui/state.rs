//! The app's one state and the actions that change it. Everything shown is derived from the
//! pasted text and the user's choices; the analysis runs here, once per change.

use std::rc::Rc;

use yew::Reducible;

use super::shared::Shared;

use yew::AttrValue;

use crate::parse::Parsed;
use crate::redact::Redactor;
use crate::rules::{self, ClientScenario, Context, Date, Report};
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
/// so the input stays responsive.
pub const ANALYSE_AT_ONCE_UP_TO: usize = 200_000;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Shared, not copied, on every change: a bulk paste can be megabytes.
    pub input: AttrValue,
    /// Counts input changes; a delayed analysis runs only if no newer input came.
    pub revision: u64,
    /// The shown analysis is older than the input.
    pub pending: bool,
    pub lang: Lang,
    pub theme: Theme,
    pub scenario: ClientScenario,
    pub as_of: Date,
    /// Show placeholders instead of names, domains and GUIDs.
    pub redact: bool,
    pub today: Date,
    pub parsed: Shared<Parsed>,
    pub report: Shared<Report>,
}

impl State {
    pub fn new(today: Date, lang: Lang, theme: Theme) -> Self {
        State {
            input: AttrValue::default(),
            revision: 0,
            pending: false,
            lang,
            theme,
            scenario: ClientScenario::Any,
            redact: false,
            as_of: today,
            today,
            parsed: Shared::default(),
            report: Shared::default(),
        }
    }

    /// The settings (and, if shared, the paste) a share link carries.
    pub fn restored(mut self, scenario: Option<ClientScenario>, as_of: Option<Date>, input: Option<String>) -> Self {
        self.scenario = scenario.unwrap_or(self.scenario);
        self.as_of = as_of.unwrap_or(self.as_of);
        self.input = input.map(AttrValue::from).unwrap_or_default();
        self.analysed()
    }

    fn analysed(mut self) -> Self {
        let context = Context::new(self.as_of).with_client(self.scenario);
        let (mut parsed, mut report) = rules::analyze(&self.input, &context);
        if self.redact {
            let redactor = Redactor::new(&self.input, &parsed);
            report = redactor.report(&report);
            for diagnostic in &mut parsed.diagnostics {
                diagnostic.message = redactor.text(&diagnostic.message);
            }
        }
        self.pending = false;
        self.parsed = Shared::new(parsed);
        self.report = Shared::new(report);
        self
    }
}

pub enum Action {
    /// The user typed, pasted, loaded or cleared the input.
    Input(String),
    /// Analyse the input if it is still the one of this revision.
    Analyse(u64),
    SetLang(Lang),
    SetTheme(Theme),
    SetScenario(ClientScenario),
    SetRedact(bool),
    /// A new evaluation date; `None` goes back to today.
    SetDate(Option<Date>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let reanalyse = match action {
            Action::Input(input) => {
                let at_once = input.len() <= ANALYSE_AT_ONCE_UP_TO;
                next.input = AttrValue::from(input);
                next.revision += 1;
                next.pending = !at_once;
                at_once
            }
            Action::Analyse(revision) => revision == next.revision && next.pending,
            Action::SetLang(lang) => {
                next.lang = lang;
                false
            }
            Action::SetTheme(theme) => {
                next.theme = theme;
                false
            }
            Action::SetScenario(scenario) => {
                next.scenario = scenario;
                true
            }
            Action::SetRedact(redact) => {
                next.redact = redact;
                true
            }
            Action::SetDate(date) => {
                next.as_of = date.unwrap_or(next.today);
                true
            }
        };
        Rc::new(if reanalyse { next.analysed() } else { next })
    }
}
