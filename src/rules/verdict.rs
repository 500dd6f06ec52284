//! Verdicts as data: codes with parameters, never sentences, so every front end can word them
//! in its own language.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Protocol {
    Pop,
    Imap,
    Smtp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthMethod {
    Basic,
    #[serde(rename = "oauth")]
    OAuth,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Works,
    Blocked,
    /// A needed input is missing or truncated.
    Unknown,
    /// Depends on something the cmdlets do not show.
    Check,
}

/// The setting that decided a verdict, where it was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DecidingSetting {
    /// `Cmdlet-object.Property`, e.g. `TransportConfig.SmtpClientAuthenticationDisabled`.
    pub setting: &'static str,
    pub value: serde_json::Value,
    pub line: u32,
}

/// Why a verdict is what it is; each variant is one sentence in every UI language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "code")]
pub enum Finding {
    /// SMTP AUTH is turned off for the whole organization.
    TenantSmtpAuthDisabled,
    /// SMTP AUTH is allowed for the organization.
    TenantSmtpAuthEnabled,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub protocol: Protocol,
    pub auth: AuthMethod,
    pub status: Status,
    /// Row id in the rules specification (`SA3`).
    pub rule: &'static str,
    pub finding: Finding,
    pub decided_by: Vec<DecidingSetting>,
    /// The documentation that backs the rule.
    pub source: &'static str,
}
