//! Typed evidence → verdicts. One module per rule row of the specification (`../shared/rules.md`
//! sections 3–6), each with a doc comment (what / why / source) and its own tests:
//!
//! - [`smtp`]: SA1–SA11 and the date switch (Exchange Online SMTP AUTH);
//! - [`pop_imap`]: P1–P5 (Exchange Online POP3/IMAP4, the same rows for both);
//! - [`on_prem`]: O1–O7 (Exchange Server 2019 / SE);
//! - [`client_matrix`]: which protocol × method each client scenario uses;
//! - [`answer`]: the verdicts grouped by outcome and reason, for the answer first;
//! - [`environment_unknown`], [`stale_advice`];
//! - [`symptom`]: what a pasted client error says on its own (rules.md §8, evidence.md §5):
//!   the layer that refused, the rule row, what to paste to confirm it, the fixes;
//! - the gates the cmdlets cannot show (security defaults, Conditional Access, per-user MFA,
//!   TLS, ...) are explicit [`CheckItem`]s on the verdicts they concern.
//!
//! Dated facts live in [`timeline`]; rules read the date from the [`Context`], never the clock.
//! Verdicts are codes; their wording, in each language, lives in [`crate::wording`] only. The
//! whole report, verdicts with the commands derived from them, is assembled by
//! [`crate::remedy`].

pub mod answer;
pub mod client_matrix;
pub mod context;
pub mod date;
pub mod december;
pub mod effective_policy;
pub mod effective_smtp;
pub mod environment_unknown;
pub mod fix;
pub mod headline;
pub mod missing;
pub mod need;
pub mod on_prem;
pub mod pop_imap;
pub mod settings_key;
pub mod smtp;
pub mod sources;
pub mod stale_advice;
pub mod subject;
pub mod symptom;
mod terms;
pub mod timeline;
pub mod usage_view;
pub mod way_out;
mod verdict;

pub use context::{ClientScenario, Context};
pub use date::{Date, DateError};
pub use december::{December, DecemberAnswer, DecemberSummary};
pub use fix::{Fix, PolicySwitch};
pub use headline::{Headline, HeadlineCode, ProtocolAuth};
pub use missing::MissingInput;
pub use stale_advice::Note;
pub use terms::{PolicySource, Protocol};
pub use verdict::{
    AuthMethod, CheckItem, DecidingSetting, Finding, Gate, BlockingLayer, MissingState, RuleRef, SettingValue, Status, Verdict,
    Warning,
};

use crate::model::Environment;
use client_matrix::Combination;
use subject::Subject;

/// The verdict of one subject for one protocol × method, if there is one to give.
pub(crate) fn verdict_for(subject: &Subject, combination: Combination) -> Option<Verdict> {
    let Combination { protocol, auth, app_only } = combination;
    let environment = subject.evidence.environment;
    let verdict = match (environment, protocol) {
        (Environment::ExchangeOnline, Protocol::Smtp) => smtp::evaluate(subject, auth, app_only),
        (Environment::ExchangeOnline, _) => pop_imap::evaluate(subject, protocol, auth, app_only),
        (Environment::ExchangeServer, _) => on_prem::evaluate(subject, protocol, auth),
        // A disabled protocol is disabled in both environments; anything else needs to know which.
        (Environment::Unknown, _) => pop_imap::p1_protocol_disabled::evaluate(subject, protocol, auth, pop_imap::p1_protocol_disabled::RULE_ONLINE)
            .filter(|v| v.status == Status::Blocked)
            .or_else(|| Some(environment_unknown::evaluate(protocol, auth))),
    }?;
    Some(client_matrix::adjust(verdict, subject.context.client, environment))
}
