//! Each path of a plan that is not ruled out, filled in (`../shared/migration.md` §2–§6): the
//! portal steps in order, the commands with the mailbox, domain and address from the paste, the
//! device or app settings, and one step that checks the result. Every value is a single-quoted
//! literal ([`single_quoted`]); every value the paste cannot give is a marked placeholder
//! (`'<Object ID of the Enterprise application>'`), never a guess. Only cmdlets Microsoft
//! documents; the one command assembled from the cmdlet reference says so.
//!
//! One file per path; [`steps`] picks it.

mod direct_send;
mod endpoints;
mod hve;
mod keep_for_now;
mod oauth_app_only;
mod oauth_delegated;
mod relay_connector;
mod report;

use serde::Serialize;

use super::command::{BlastRadius, Command, Purpose};
use super::placeholder;
use super::quote::{single_quoted, QuoteError};
use crate::rules::way_out::{Path, Question, WayOut};
use crate::parse::u32_of;
pub use endpoints::{mx_endpoint, HVE_SERVER, SUBMISSION_SERVER};
pub use relay_connector::connector_name;
pub use report::{way_out_report, PathReport, WayOutReport};

/// Answers given on the page, by [`crate::model::identity_hash`] of the account they are for.
pub type Given = rustc_hash::FxHashMap<u64, crate::parse::Answer>;

/// How the device or app talks to the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tls {
    /// STARTTLS on the submission port.
    StartTls,
    /// STARTTLS where the device offers it; Direct Send takes plain text too.
    Optional,
}

/// How the device or app signs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SignIn {
    Oauth,
    Password,
    None,
}

impl SignIn {
    /// The JSON's and the worksheet's word.
    pub fn code(self) -> &'static str {
        match self {
            SignIn::Oauth => "oauth",
            SignIn::Password => "password",
            SignIn::None => "none",
        }
    }
}

/// What to set on the device or in the app.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeviceSettings {
    pub server: String,
    pub port: u16,
    pub tls: Tls,
    pub sign_in: SignIn,
    /// The user name or the `user=` of XOAUTH2; the From address for a connector or Direct Send.
    pub account: String,
    /// OAuth: the token's scope.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<&'static str>,
    /// OAuth app-only: where the token comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_url: Option<String>,
}

/// A step in a portal (Entra admin center, Exchange admin center, the mail program), worded in
/// [`crate::wording`]; numbered in the order given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PortalStep {
    /// App registrations > New registration (single tenant).
    RegisterApp,
    /// API permissions > APIs my organization uses > Office 365 Exchange Online > Application
    /// permissions > `SMTP.SendAsApp`.
    AddSmtpSendAsApp,
    /// Grant admin consent.
    GrantAdminConsent,
    /// The Application (client) ID from App registrations, the Object ID from Enterprise
    /// applications (not App registrations).
    CopyIds,
    /// Delegated permission `SMTP.Send` (and `offline_access`) for an app of one's own.
    AddSmtpSendDelegated,
    /// In the mail program: OAuth 2.0 / Microsoft 365 sign-in for the outgoing server.
    ChooseOauthInMailProgram,
    /// Test from the device or app.
    SendTestMessage,
    /// Publish the SPF line for the site's address.
    PublishSpf,
}

/// What to know about a path beside its commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PathNote {
    /// The wrong Object ID "will cause an authentication failure".
    ObjectIdFromEnterpriseApplications,
    /// `535 5.7.3` (token scope or the service principal) and `430 4.2.0 STOREDRV` (no mailbox
    /// permission); changes take 15–30 minutes.
    OauthErrorsAfterMove,
    /// SMTP AUTH must stay on for the mailbox: OAuth submissions are refused otherwise.
    KeepsSmtpAuthForMailbox,
    /// Conditional Access and MFA apply at the user's sign-in.
    UserSignInPolicies,
    /// Internal recipients only; `550 5.5.105` for external ones.
    HveInternalOnly,
    /// Password sign-in until September 2028; billed per recipient since 2026-06-01.
    HvePasswordUntil2028,
    /// `smtp-hve.office365.com` will be deprecated.
    HveOldHostDeprecated,
    /// The IP connector command is assembled from the cmdlet reference.
    AssembledFromReference,
    /// The one address seen is confirmed as static before it goes in.
    ConfirmStaticAddress,
    /// No single public IPv4 address was seen: one is needed, or a certificate.
    NeedsStaticAddress,
    /// The MX endpoint is derived from the domain: `Resolve-DnsName` confirms it.
    MxDerived,
    /// `550 5.7.64 TenantAttribution; Relay Access Denied`: address or certificate mismatch.
    RelayDeniedError,
    /// The From address must be one of the organization's domains.
    FromAcceptedDomain,
    /// `550 5.7.68 TenantInboundAttribution; Direct Send not allowed` where it is refused.
    DirectSendRejectedError,
    /// Mail is filtered like mail from outside; never point a device at both.
    DirectSendFiltered,
    /// Keep for now holds only until the default change.
    HoldsUntilDefaultOff,
}

/// A path's fixed steps or notes: the same for every plan, so never built per plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct List<T: 'static>(pub &'static [T]);

impl<T> std::ops::Deref for List<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.0
    }
}

/// One path, filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PathSteps {
    pub path: Path,
    /// What to do in a portal or on the device before the commands.
    pub portal: List<PortalStep>,
    /// In order, the check step last.
    pub commands: Vec<Command>,
    /// What to do after the commands.
    pub then: List<PortalStep>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<DeviceSettings>,
    /// The site's SPF entry (relay connector).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spf: Option<String>,
    pub notes: List<PathNote>,
}

/// What a path's steps are filled in with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fill<'a> {
    /// The mailbox (its primary SMTP address or user principal name).
    pub mailbox: &'a str,
    /// The tenant's ID, where a sign-in log shows it.
    pub tenant: Option<&'a str>,
    /// Whether SMTP AUTH is on for the mailbox as the settings show: `Some(true)` needs no step.
    pub smtp_auth_on: Option<bool>,
    /// The commands that keep the password working (the mailbox's own fix).
    pub keep_commands: &'a [Command],
}

impl Fill<'_> {
    /// The domain of the mailbox, if it has one.
    fn domain(&self) -> Option<&str> {
        self.mailbox.rsplit_once('@').map(|(_, domain)| domain.trim()).filter(|d| d.contains('.') && !d.starts_with('<'))
    }
}

/// The steps of `path` for the plan `plan`.
pub fn steps(path: Path, plan: &WayOut, fill: &Fill) -> Result<PathSteps, QuoteError> {
    match path {
        Path::OauthAppOnly => oauth_app_only::steps(fill),
        Path::OauthDelegated => oauth_delegated::steps(fill),
        Path::Hve => hve::steps(fill),
        Path::RelayConnector => relay_connector::steps(plan, fill),
        Path::DirectSend => direct_send::steps(fill),
        Path::KeepForNow => Ok(keep_for_now::steps(fill)),
    }
}

/// The command that fetches what would answer `question` for `mailbox`, where a cmdlet can:
/// a message trace of its last ten days (the most one query covers, M10) as a file to open
/// here, or the organization's `RejectDirectSend`.
pub fn fetch_command(question: Question, mailbox: &str) -> Result<Option<String>, QuoteError> {
    Ok(match question {
        Question::SendsOutside => Some(format!(
            "Get-MessageTraceV2 -SenderAddress {} -StartDate (Get-Date).AddDays(-10) -EndDate (Get-Date) -ResultSize 5000 | Export-Csv -Path 'message-trace.csv' -NoTypeInformation",
            single_quoted(mailbox)?
        )),
        Question::RejectDirectSend => Some("Get-OrganizationConfig | Format-List RejectDirectSend".to_string()),
        Question::WhatSignsIn | Question::FirmwareOauth | Question::StaticAddress => None,
    })
}

/// Commands numbered as they are added.
#[derive(Default)]
struct Steps {
    commands: Vec<Command>,
}

impl Steps {
    fn push(&mut self, purpose: Purpose, blast_radius: BlastRadius, alternative: bool, command: String) {
        let step = u32_of(self.commands.len() + 1);
        self.commands.push(Command { step, purpose, blast_radius, alternative, command, protocol: None });
    }

    /// The read-only step that shows what the others changed.
    fn check(&mut self, reads: &[String]) {
        self.push(Purpose::Verify, BlastRadius::None, false, reads.join("\n"));
    }
}

/// The read-back of a mailbox's SMTP AUTH switch, in the shape the parser reads best.
fn read_smtp_switch(mailbox: &str) -> Result<String, QuoteError> {
    Ok(format!("Get-EXOCasMailbox -Identity {} -Properties SmtpClientAuthenticationDisabled | Format-List Identity,SmtpClientAuthenticationDisabled", single_quoted(mailbox)?))
}

#[cfg(test)]
mod tests;
