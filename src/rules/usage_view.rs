//! The evidence of use as the report carries it: per source its kind, size and window; per
//! account one entry per protocol × method with ISO 8601 timestamps (the CLI's JSON contract).

use std::sync::Arc;

use serde::Serialize;

use super::date::Date;
use crate::model::AccountUsage;
use crate::parse::{iso_utc, Source, SourceKind, UsageAuth, UsageProtocol};

/// One source read (the CLI's `evidence[]`): a sign-in log, a usage report or a message trace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EvidenceRead {
    pub kind: SourceKind,
    pub records: usize,
    pub from: Option<String>,
    pub to: Option<String>,
    pub line: u32,
    /// False for a service-principal log: it cannot show users' sign-ins.
    pub has_users: bool,
    /// False for an SMTP AUTH clients report without its Basic/OAuth column, and always for
    /// Email apps usage and a message trace.
    pub shows_method: bool,
    #[serde(skip_serializing_if = "is_zero")]
    pub concealed_names: usize,
    /// A message trace's senders that are no mailbox or account of the paste.
    #[serde(skip_serializing_if = "is_zero")]
    pub senders_not_in_paste: usize,
    /// A sign-in log that ends long before the evaluation date ([`ends_long_before`]): newer
    /// sign-ins are not in it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ended_long_before: bool,
    /// Some of its dates read two ways and nothing told which: they are not in the window.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dates_ambiguous: bool,
}

/// Entra keeps sign-ins 30 days at most (P1/P2; 7 with Entra ID Free; evidence.md §1, E2): a
/// log whose last entry is more than 30 days before the evaluation date shares no day with a
/// download made then, so it says nothing of the sign-ins since, however quiet it looks.
const FRESH_DAYS: i64 = 30;

fn ends_long_before(source: &Source, as_of: Date) -> bool {
    let sign_ins = matches!(source.kind, SourceKind::EntraSignins | SourceKind::GraphSignins);
    // ISO 8601 days compare as text.
    sign_ins && source.to.is_some_and(|to| iso_utc(to.saturating_add(FRESH_DAYS * 86_400)).get(..10) < Some(&*as_of.to_string()))
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

pub fn evidence_read(sources: &[Source], as_of: Date) -> Vec<EvidenceRead> {
    sources
        .iter()
        .map(|s| EvidenceRead {
            kind: s.kind,
            records: s.records,
            from: s.from.map(iso_utc),
            to: s.to.map(iso_utc),
            line: s.line,
            has_users: s.has_users,
            shows_method: s.shows_method && s.kind.shows_use() && s.kind != SourceKind::EmailAppsUsage,
            concealed_names: s.concealed_names,
            senders_not_in_paste: s.senders_not_in_paste,
            ended_long_before: ends_long_before(s, as_of),
            dates_ambiguous: s.dates_ambiguous,
        })
        .collect()
}

/// One protocol × method of an account (the CLI's `usage[]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UsageView {
    pub protocol: UsageProtocol,
    pub auth: UsageAuth,
    pub successes: u64,
    pub failures: u64,
    pub last_success: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_success: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_failure: Option<String>,
    /// Rows whose status could not be read: counted neither way.
    #[serde(skip_serializing_if = "is_zero_u64")]
    pub unreadable: u64,
    pub line: u32,
}

fn is_zero_u64(n: &u64) -> bool {
    *n == 0
}

pub fn usage_view(usage: Option<&AccountUsage>) -> Vec<UsageView> {
    let Some(usage) = usage else { return Vec::new() };
    usage
        .entries
        .iter()
        .filter_map(|e| {
            Some(UsageView {
                protocol: e.protocol?,
                auth: e.auth?,
                successes: e.successes,
                failures: e.failures,
                last_success: e.last_success.map(iso_utc),
                first_success: e.first_success.map(iso_utc),
                last_failure: e.last_failure.map(iso_utc),
                unreadable: e.unreadable,
                line: e.line,
            })
        })
        .collect()
}

/// What identifies the device or app behind an account's legacy sign-ins.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Seen {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<Arc<str>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub apps: Vec<Arc<str>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub user_agents: Vec<Arc<str>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ips: Vec<Arc<str>>,
    /// Where its successful password sign-ins over SMTP AUTH came from.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub password_ips: Vec<Arc<str>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Arc<str>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub error_codes: Vec<Arc<str>>,
    /// Modern sign-ins (browser, desktop apps) in the window.
    pub modern_sign_ins: u64,
    /// The SMTP AUTH clients report shows TLS 1.0/1.1 (rules.md SA10).
    pub legacy_tls: bool,
}

pub fn seen(usage: Option<&AccountUsage>) -> Option<Seen> {
    let usage = usage?;
    Some(Seen {
        display_name: usage.display_name.clone(),
        apps: usage.apps.clone(),
        user_agents: usage.user_agents.clone(),
        ips: usage.ips.clone(),
        password_ips: usage.password_ips.clone(),
        locations: usage.locations.clone(),
        error_codes: usage.error_codes.clone(),
        modern_sign_ins: usage.modern_sign_ins,
        legacy_tls: usage.legacy_tls,
    })
}
