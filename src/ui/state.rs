//! The app's one state and the actions that change it. Everything shown is derived from the
//! pasted text and the user's choices; the analysis runs here, once per change.

use std::rc::Rc;

use yew::Reducible;

use super::shared::Shared;

use crate::parse::Parsed;
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

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub input: String,
    pub lang: Lang,
    pub theme: Theme,
    pub scenario: ClientScenario,
    pub as_of: Date,
    pub today: Date,
    pub parsed: Shared<Parsed>,
    pub report: Shared<Report>,
}

impl State {
    pub fn new(today: Date, lang: Lang, theme: Theme) -> Self {
        State {
            input: String::new(),
            lang,
            theme,
            scenario: ClientScenario::Any,
            as_of: today,
            today,
            parsed: Shared::default(),
            report: Shared::default(),
        }
    }

    fn analysed(mut self) -> Self {
        let context = Context::new(self.as_of).with_client(self.scenario);
        let (parsed, report) = rules::analyze(&self.input, &context);
        self.parsed = Shared::new(parsed);
        self.report = Shared::new(report);
        self
    }
}

pub enum Action {
    /// The user typed, pasted, loaded or cleared the input.
    Input(String),
    SetLang(Lang),
    SetTheme(Theme),
    SetScenario(ClientScenario),
    /// A new evaluation date; `None` goes back to today.
    SetDate(Option<Date>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let reanalyse = match action {
            Action::Input(input) => {
                next.input = input;
                true
            }
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
            Action::SetDate(date) => {
                next.as_of = date.unwrap_or(next.today);
                true
            }
        };
        Rc::new(if reanalyse { next.analysed() } else { next })
    }
}
