//! One sentence per mailbox and scenario, as a code with parameters: the most important thing
//! first (a client that cannot work at all, then blocked, then missing input, then checks).

use serde::Serialize;

use super::context::ClientScenario;
use super::terms::Protocol;
use super::verdict::{AuthMethod, Status, Verdict};
use crate::model::Environment;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeadlineCode {
    /// "Classic Outlook cannot use POP or IMAP with this mailbox; add it as a Microsoft 365 account instead."
    ClassicOutlookUseMicrosoft365Account,
    Blocked,
    NeedsInput,
    DependsOnChecks,
    Works,
    /// No verdict for this scenario (nothing pasted that decides it).
    NothingToSay,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ProtocolAuth {
    pub protocol: Protocol,
    pub auth: AuthMethod,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Headline {
    pub code: HeadlineCode,
    pub scenario: ClientScenario,
    /// The protocol × method pairs the sentence is about.
    pub items: Vec<ProtocolAuth>,
    /// The rule of the first item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
}

pub fn headline(verdicts: &[Verdict], scenario: ClientScenario, environment: Environment) -> Headline {
    let make = |code, chosen: Vec<&Verdict>| Headline {
        code,
        scenario,
        items: chosen.iter().map(|v| ProtocolAuth { protocol: v.protocol, auth: v.auth }).collect(),
        rule: chosen.first().map(|v| v.rule),
    };
    if scenario == ClientScenario::OutlookPopImap && environment == Environment::ExchangeOnline {
        let pop_imap = verdicts.iter().filter(|v| v.protocol != Protocol::Smtp).collect();
        return make(HeadlineCode::ClassicOutlookUseMicrosoft365Account, pop_imap);
    }
    let with = |status: Status| verdicts.iter().filter(|v| v.status == status).collect::<Vec<_>>();
    for (status, code) in [
        (Status::Blocked, HeadlineCode::Blocked),
        (Status::Unknown, HeadlineCode::NeedsInput),
        (Status::Check, HeadlineCode::DependsOnChecks),
        (Status::Works, HeadlineCode::Works),
    ] {
        let chosen = with(status);
        if !chosen.is_empty() {
            return make(code, chosen);
        }
    }
    make(HeadlineCode::NothingToSay, Vec::new())
}
