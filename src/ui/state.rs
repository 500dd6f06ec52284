//! The app's one state and the actions that change it.

use std::rc::Rc;

use yew::Reducible;

use crate::parse::{self, Parsed};
use crate::rules::{self, Report};

/// What the page shows is derived from the pasted text alone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub input: String,
    pub parsed: Parsed,
    pub report: Report,
}

pub enum Action {
    /// The user typed, pasted or cleared the input.
    Input(String),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Input(input) => {
                let parsed = parse::parse(&input);
                let report = rules::evaluate(&parsed);
                Rc::new(State { input, parsed, report })
            }
        }
    }
}
