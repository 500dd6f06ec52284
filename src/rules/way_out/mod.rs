//! The way out for an account that signs in with a password over SMTP AUTH: which of the paths
//! of `../shared/migration.md` §1 fits it, and which one to take.
//!
//! What: per path a [`Fit`] — *fits*, *check* (the evidence cannot tell; a [`Question`] says
//! what would) or *no* — with the reason ([`Why`]), one file per path; then the recommended path,
//! the first that fits in the order OAuth (app-only, delegated), relay connector, High Volume
//! Email, Direct Send, or none (`ask`) with the questions that decide it. Keeping the password
//! is never recommended: it only buys days before the default change, and none after.
//!
//! Why: at the end of December 2026 SMTP AUTH with a password is switched off by default; each
//! account that still uses it needs its own way out, and which one fits depends on what signs in
//! (a device's firmware, an app, a person's mail program), whether it sends outside, where it
//! connects from and whether Direct Send is refused.
//!
//! What signs in and whether it sends outside come from the admin's [`Answer`], else from the
//! evidence ([`sender`]: a likely reading of names, never a fact; [`outside`]: a message trace,
//! a fact for its window), else they are unknown. No wins over check: a path that one fact
//! rules out is *no* whatever else is unknown.
//!
//! Turning a fitting path into commands and device settings is [`crate::remedy`]'s job.
//!
//! Source: `../shared/migration.md` §1 (M1, M5, M7, M8, M9).

pub mod direct_send;
pub mod hve;
pub mod keep_for_now;
pub mod oauth_app_only;
pub mod oauth_delegated;
pub mod outside;
pub mod relay_connector;
pub mod sender;
pub mod sites;
pub mod source_ip;

use serde::{Serialize, Serializer};

use super::december::December;
use crate::parse::{Answer, Sender};
pub use outside::{OutsideBasis, Traffic};
pub use sender::{SenderBasis, SenderHint};
pub use source_ip::IpReading;

/// A way out, in the order they are weighed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Path {
    /// Client credentials (`SMTP.SendAsApp`): an app or service the organization controls.
    OauthAppOnly,
    /// The user's token (`SMTP.Send`): a person's mail program, or an app that signs in as one.
    OauthDelegated,
    /// High Volume Email: internal recipients only; keeps a password until September 2028.
    Hve,
    /// An inbound connector by IP address or certificate: no sign-in, may send outside.
    RelayConnector,
    /// Straight to the MX endpoint: no sign-in, internal recipients only.
    DirectSend,
    /// Keep the password until the default change.
    KeepForNow,
}

impl Path {
    /// Every path, in the order of the plan.
    pub const ALL: [Path; 6] = [Path::OauthAppOnly, Path::OauthDelegated, Path::Hve, Path::RelayConnector, Path::DirectSend, Path::KeepForNow];

    /// The order in which a fitting path is recommended.
    pub const PREFERRED: [Path; 5] = [Path::OauthAppOnly, Path::OauthDelegated, Path::RelayConnector, Path::Hve, Path::DirectSend];

    /// `oauth-app-only`, …: the JSON's and the worksheet's word.
    pub fn code(self) -> &'static str {
        match self {
            Path::OauthAppOnly => "oauth-app-only",
            Path::OauthDelegated => "oauth-delegated",
            Path::Hve => "hve",
            Path::RelayConnector => "relay-connector",
            Path::DirectSend => "direct-send",
            Path::KeepForNow => "keep-for-now",
        }
    }

    pub fn parse(code: &str) -> Option<Path> {
        Path::ALL.into_iter().find(|path| path.code() == code)
    }
}

/// How well a path fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fit {
    Fits,
    /// The evidence cannot tell: see the path's [`Why`] and the plan's questions.
    Check,
    No,
}

/// Why a path fits, needs checking, or does not: one sentence each in [`crate::wording`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    /// OAuth app-only: an app can send with a token of its own.
    AppUsesClientCredentials,
    /// OAuth delegated: a person's mail program signs the user in.
    PersonSignsIn,
    /// Relay connector: the account signed in from one public IPv4 address only.
    OneAddressSeen,
    /// HVE: it mails internal recipients only.
    InternalOnly,
    /// Direct Send: internal recipients only, and the organization does not refuse it.
    InternalOnlyDirectSendAllowed,
    /// OAuth for a device: its firmware decides.
    FirmwareDecides,
    /// Nobody said yet what signs in.
    SenderUnknown,
    /// OAuth delegated for an app: only if it can keep a user's token.
    AppNeedsUserToken,
    /// Nobody said yet whether it sends outside, and no message trace shows it.
    OutsideUnknown,
    /// Relay connector: no single public IPv4 address seen; it needs one, or a certificate.
    NeedsStaticAddress,
    /// Direct Send: `RejectDirectSend` was not pasted.
    RejectDirectSendUnknown,
    /// Keep for now: it buys the days until the default change, nothing more.
    BuysDaysOnly,
    /// HVE and Direct Send refuse external recipients.
    SendsOutside,
    /// A person's mail program cannot use a connector, HVE or Direct Send.
    PersonsMailProgram,
    /// OAuth app-only: a person signs in as themselves.
    PersonUsesDelegated,
    /// Direct Send: `RejectDirectSend` is `True`.
    DirectSendRejected,
    /// Keep for now: the default change has happened; re-enabling is not documented.
    DefaultAlreadyOff,
    /// Keep for now: every password sign-in fails already.
    AlreadyFailing,
}

impl Why {
    /// The question whose answer would settle a *check*, if one would.
    pub fn question(self) -> Option<Question> {
        match self {
            Why::SenderUnknown => Some(Question::WhatSignsIn),
            Why::FirmwareDecides => Some(Question::FirmwareOauth),
            Why::NeedsStaticAddress => Some(Question::StaticAddress),
            Why::OutsideUnknown => Some(Question::SendsOutside),
            Why::RejectDirectSendUnknown => Some(Question::RejectDirectSend),
            _ => None,
        }
    }
}

/// What would decide a plan that has no fitting path yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    /// Device, app or person?
    WhatSignsIn,
    /// Does the device's firmware do OAuth (XOAUTH2) for SMTP? Its vendor's notes tell.
    FirmwareOauth,
    /// Does it send from one static public IPv4 address (or can it present a certificate)?
    StaticAddress,
    /// Does it send to recipients outside the organization? A message trace tells.
    SendsOutside,
    /// Does the organization refuse Direct Send? `Get-OrganizationConfig` tells.
    RejectDirectSend,
}

/// One path of a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PathFit {
    pub path: Path,
    pub fit: Fit,
    pub why: Why,
}

/// What a path's fit is decided from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Facts {
    pub sender: Sender,
    pub sends_outside: Option<bool>,
    /// One public IPv4 address is all the account signed in from.
    pub one_public_address: bool,
    /// `Get-OrganizationConfig`'s `RejectDirectSend`, if pasted.
    pub reject_direct_send: Option<bool>,
    /// The evaluation date is on or after the default change.
    pub after_default_off: bool,
    /// Every password sign-in fails already.
    pub already_failing: bool,
}

/// A path's fit: each path's own rule.
pub fn fit(path: Path, facts: &Facts) -> (Fit, Why) {
    match path {
        Path::OauthAppOnly => oauth_app_only::fit(facts),
        Path::OauthDelegated => oauth_delegated::fit(facts),
        Path::Hve => hve::fit(facts),
        Path::RelayConnector => relay_connector::fit(facts),
        Path::DirectSend => direct_send::fit(facts),
        Path::KeepForNow => keep_for_now::fit(facts),
    }
}

/// What the evaluation found of an account, kept with the report so that its plan can be made
/// when it is asked for, with the answers given by then.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AccountFacts {
    /// What the evidence suggests signs in (a likely reading, never a fact).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender_hint: Option<SenderHint>,
    /// Where its successful password sign-ins came from.
    pub ip: IpReading,
    /// What a message trace shows it sends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub traffic: Option<Traffic>,
}

/// What the plan reads of the organization.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Organization {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reject_direct_send: Option<bool>,
    pub after_default_off: bool,
}

/// The plan for one account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WayOut {
    pub sender: Sender,
    /// `answer`, `likely` (from the evidence) or `unknown`.
    pub sender_from: SenderBasis,
    /// What made the sender likely.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender_hint: Option<SenderHint>,
    pub sends_outside: Option<bool>,
    /// `answer`, `message-trace` or `unknown`.
    pub outside_from: OutsideBasis,
    /// The first path that fits, or `ask`.
    #[serde(serialize_with = "recommended_code")]
    pub recommended: Option<Path>,
    /// What would decide the paths that need checking, the most deciding first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Question>,
    pub paths: [PathFit; 6],
    pub ip: IpReading,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub traffic: Option<Traffic>,
    pub after_default_off: bool,
}

impl WayOut {
    /// The path's fit in this plan.
    pub fn path(&self, path: Path) -> PathFit {
        // Cannot happen: `paths` holds one fit per path, all six.
        self.paths.iter().copied().find(|p| p.path == path).unwrap_or(PathFit { path, fit: Fit::No, why: Why::SenderUnknown })
    }
}

fn recommended_code<S: Serializer>(recommended: &Option<Path>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(recommended.map_or("ask", Path::code))
}

/// The plan of an account whose evidence is `facts`, with the admin's `answer`, in
/// `organization`, for an account that is `december`.
pub fn decide(facts: &AccountFacts, answer: Option<&Answer>, organization: &Organization, december: December) -> WayOut {
    let (sender, sender_from) = sender::reading(answer, facts.sender_hint.as_ref());
    let (sends_outside, outside_from) = outside::reading(answer, facts.traffic.as_ref());
    let fact = Facts {
        sender,
        sends_outside,
        one_public_address: facts.ip.single().is_some(),
        reject_direct_send: organization.reject_direct_send,
        after_default_off: organization.after_default_off,
        already_failing: december == December::AlreadyFailing,
    };
    let paths = Path::ALL.map(|path| {
        let (fit, why) = fit(path, &fact);
        PathFit { path, fit, why }
    });
    let fits = |path: Path| paths.iter().any(|p| p.path == path && p.fit == Fit::Fits);
    let recommended = Path::PREFERRED.into_iter().find(|path| fits(*path));
    let mut questions = Vec::new();
    if recommended.is_none() {
        let asked = Path::PREFERRED.iter().filter_map(|path| paths.iter().find(|p| p.path == *path));
        for check in asked.filter(|p| p.fit == Fit::Check) {
            // Direct Send for a known device or app waits on two facts at once: both are asked.
            let known_sender = matches!(fact.sender, Sender::Device | Sender::App);
            let also = (check.path == Path::DirectSend && known_sender && fact.reject_direct_send.is_none()).then_some(Question::RejectDirectSend);
            for question in check.why.question().into_iter().chain(also) {
                if !questions.contains(&question) {
                    questions.push(question);
                }
            }
        }
    }
    WayOut {
        sender,
        sender_from,
        sender_hint: facts.sender_hint.clone().filter(|_| sender_from == SenderBasis::Likely),
        sends_outside,
        outside_from,
        recommended,
        questions,
        paths,
        ip: facts.ip.clone(),
        traffic: facts.traffic.clone(),
        after_default_off: organization.after_default_off,
    }
}

#[cfg(test)]
mod tests;
