//! A plan as the report's JSON shows it (the CLI contract): per path its fit and reason, and
//! for each path that is not ruled out its commands and device settings, filled in.

use serde::Serialize;

use super::{steps, DeviceSettings, Fill, PathNote, PathSteps, PortalStep, SignIn, Tls};
use crate::parse::Sender;
use crate::remedy::quote::QuoteError;
use crate::rules::way_out::{Fit, IpReading, OutsideBasis, Path, Question, SenderBasis, SenderHint, Traffic, WayOut, Why};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WayOutReport {
    pub sender: Sender,
    pub sender_from: SenderBasis,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender_hint: Option<SenderHint>,
    pub sends_outside: Option<bool>,
    pub outside_from: OutsideBasis,
    /// A path's code, or `ask`.
    pub recommended: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Question>,
    pub paths: Vec<PathReport>,
    pub ip: IpReading,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub traffic: Option<Traffic>,
    /// The admin's status from the worksheet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PathReport {
    pub path: Path,
    pub fit: Fit,
    pub why: Why,
    /// In order, the check last; none for a path that does not fit.
    pub commands: Vec<String>,
    pub server: Option<String>,
    pub port: Option<u16>,
    pub sign_in: Option<SignIn>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<Tls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spf: Option<String>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub portal: &'static [PortalStep],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub then: &'static [PortalStep],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub notes: &'static [PathNote],
}

/// The report of `plan`, each path that is not ruled out filled in with `fill`.
pub fn way_out_report(plan: WayOut, fill: &Fill, status: Option<&str>) -> Result<WayOutReport, QuoteError> {
    let paths = plan
        .paths
        .iter()
        .map(|fit| {
            let filled = if fit.fit == Fit::No { None } else { Some(steps(fit.path, &plan, fill)?) };
            Ok(path_report(fit.path, fit.fit, fit.why, filled))
        })
        .collect::<Result<Vec<_>, QuoteError>>()?;
    let WayOut { sender, sender_from, sender_hint, sends_outside, outside_from, recommended, questions, ip, traffic, .. } = plan;
    Ok(WayOutReport {
        sender,
        sender_from,
        sender_hint,
        sends_outside,
        outside_from,
        recommended: recommended.map_or("ask", Path::code),
        questions,
        paths,
        ip,
        traffic,
        status: status.map(str::to_string),
    })
}

fn path_report(path: Path, fit: Fit, why: Why, filled: Option<PathSteps>) -> PathReport {
    let (commands, device, spf, portal, then, notes) = match filled {
        Some(PathSteps { commands, device, spf, portal, then, notes, .. }) => (commands.into_iter().map(|c| c.command).collect(), device, spf, portal.0, then.0, notes.0),
        None => (Vec::new(), None, None, &[][..], &[][..], &[][..]),
    };
    let (server, port, sign_in, tls) = match device {
        Some(DeviceSettings { server, port, sign_in, tls, .. }) => (Some(server), Some(port), Some(sign_in), Some(tls)),
        None => (None, None, None, None),
    };
    PathReport { path, fit, why, commands, server, port, sign_in, tls, spf, portal, then, notes }
}
