//! Verdicts as data: codes with parameters, never sentences, so every front end can word them
//! in its own language ([`crate::wording`]).

use serde::Serialize;

use super::date::Date;
use crate::model::Setting;
use super::fix::Fix;
use super::missing::MissingInput;
use super::terms::{PolicySource, Protocol};
use super::timeline::LegacyTlsPhase;

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
    /// A needed input is missing, truncated or contradicted.
    Unknown,
    /// The settings shown allow it, but it depends on something the cmdlets do not show.
    Check,
}

impl Status {
    /// Every status, in the order it is declared: the order of counts per status and of the
    /// bulk summary's columns, each at its [`Status::index`].
    pub const ALL: [Status; 4] = [Status::Works, Status::Blocked, Status::Unknown, Status::Check];

    /// Blocked first: what needs attention comes first, in the status filter's choices and in
    /// a table sorted by a column, each at its [`Status::attention`].
    pub const BY_ATTENTION: [Status; 4] = [Status::Blocked, Status::Unknown, Status::Check, Status::Works];

    /// Its position in [`Status::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Its position in [`Status::BY_ATTENTION`].
    pub const fn attention(self) -> usize {
        match self {
            Status::Blocked => 0,
            Status::Unknown => 1,
            Status::Check => 2,
            Status::Works => 3,
        }
    }

    /// Its code, the same in every language and the same as in JSON: what a control's value
    /// holds, never the worded status.
    pub const fn code(self) -> &'static str {
        match self {
            Status::Works => "works",
            Status::Blocked => "blocked",
            Status::Unknown => "unknown",
            Status::Check => "check",
        }
    }

    /// The status of a [`Status::code`]; `None` for any other text.
    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.code() == code)
    }
}

/// A deciding setting's value as read: what JSON output shows (`true`, `"Block Basic"`, `null`
/// for a blank, inheriting value).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum SettingValue {
    Bool(bool),
    Text(String),
    Null,
}

impl std::fmt::Display for SettingValue {
    /// The JSON form, as in `check --format json`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SettingValue::Bool(value) => write!(f, "{value}"),
            SettingValue::Null => f.write_str("null"),
            // Serialising a `str` cannot fail.
            SettingValue::Text(text) => f.write_str(&serde_json::to_string(text).unwrap_or_default()),
        }
    }
}

/// The setting that decided a verdict, where it was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DecidingSetting {
    pub setting: Setting,
    /// `true`/`false`, a name, or `null` for a blank (inheriting) value.
    pub value: SettingValue,
    pub line: u32,
}

/// How an input was missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MissingState {
    /// Not in the paste.
    Absent,
    /// Printed but cut off or unreadable.
    Truncated,
    /// Printed twice, differently.
    Conflicting,
}

/// Why a verdict is what it is; each variant is one sentence in every UI language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "code")]
pub enum Finding {
    /// SA1 and every other `unknown`: a needed input is missing.
    InputMissing { input: MissingInput, state: MissingState },
    /// SA2: the mailbox turns SMTP AUTH off for itself.
    MailboxSmtpAuthDisabled,
    /// SA3: SMTP AUTH is turned off for the whole organization.
    TenantSmtpAuthDisabled,
    /// Organization view, tenant switch `False`.
    TenantSmtpAuthEnabled,
    /// SA4: the effective authentication policy blocks Basic for SMTP.
    PolicyBlocksBasicSmtp { policy: String, via: PolicySource },
    /// SA5 → SA6–SA8: Exchange allows Basic SMTP; Entra gates decide.
    BasicSmtpAllowedByExchange {
        #[serde(skip_serializing_if = "Option::is_none")]
        policy: Option<String>,
    },
    /// SA6: the pasted security defaults are on; they refuse every sign-in with a password.
    SecurityDefaultsBlockBasic,
    /// Date switch: from the end of December 2026 Basic SMTP is off by default; how to turn it
    /// back on is not documented in the sources available.
    BasicSmtpDefaultOffSince { since: Date },
    /// After the (not yet announced) final removal.
    BasicSmtpRemoved { since: Date },
    /// SA9: OAuth SMTP passes the Exchange switches.
    OauthSmtpAllowed,
    /// SEEN: the switches were not pasted, but the evidence shows a successful password sign-in.
    BasicSmtpSeenWorking,
    /// P1 / O2: `PopEnabled` or `ImapEnabled` is `False`.
    ProtocolDisabledForMailbox { protocol: Protocol },
    /// P2: Basic for POP/IMAP is retired in Exchange Online; no setting brings it back.
    BasicPopImapRetired { protocol: Protocol, since: Date },
    /// P3: OAuth (delegated) for POP/IMAP passes the mailbox switch.
    OauthPopImapAllowed { protocol: Protocol },
    /// P4: app-only OAuth needs a service principal with mailbox permission, not visible here.
    AppOnlyOauthNeedsServicePrincipal { protocol: Protocol },
    /// The environment (Exchange Online or Server) decides and could not be told.
    EnvironmentUnknown,
    /// O3: on-premises policy blocks legacy (Basic, NTLM, Kerberos) auth for the protocol.
    OnPremLegacyAuthBlocked { protocol: Protocol, policy: String, via: PolicySource },
    /// O4: on-premises policy blocks modern auth for the protocol.
    OnPremModernAuthBlocked { protocol: Protocol, policy: String, via: PolicySource },
    /// O1/O3/O5: policy and mailbox allow Basic on-premises; services and LoginType decide.
    OnPremBasicPopImapAllowedByPolicy { protocol: Protocol },
    /// O6: Hybrid Modern Auth is reported not to cover POP/IMAP on-premises.
    OnPremOauthPopImapNotSupported { protocol: Protocol },
    /// O7: SMTP AUTH on-premises depends on the client receive connector, not shown by these cmdlets.
    OnPremSmtpDependsOnReceiveConnector,
}

/// Something about a verdict that will change or needs care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Warning {
    /// Works today; switched off by default at the end of December 2026 unless re-enabled.
    #[serde(rename = "smtp-basic-default-off-2026-12")]
    SmtpBasicDefaultOff202612,
    /// A fix that relies on a password sign-in holds only until the end of December 2026.
    #[serde(rename = "password-fix-holds-until-2026-12")]
    PasswordFixHoldsUntil202612,
    /// After the switch: the re-enable mechanism is not documented; check Message Center MC786329.
    #[serde(rename = "smtp-basic-reenable-check-message-center")]
    SmtpBasicReenableCheckMessageCenter,
    /// A policy shows `AllowBasicAuthPop`/`AllowBasicAuthImap` `True`: no effect since 2023.
    #[serde(rename = "allow-basic-auth-pop-imap-has-no-effect")]
    AllowBasicAuthPopImapHasNoEffect,
    /// Classic Outlook for Windows has no OAuth for POP/IMAP.
    #[serde(rename = "classic-outlook-has-no-oauth-for-pop-imap")]
    ClassicOutlookHasNoOauthForPopImap,
    /// The fix changes the organization's default policy: it affects everyone without their own.
    #[serde(rename = "policy-is-organization-default")]
    PolicyIsOrganizationDefault,
    /// Authentication-policy changes take up to 24 hours unless refresh tokens are revoked.
    #[serde(rename = "policy-change-takes-up-to-24-hours")]
    PolicyChangeTakesUpTo24Hours,
}

/// A gate the cmdlets cannot show: the admin has to look.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "gate")]
pub enum Gate {
    /// SA6: Entra security defaults block every legacy-protocol sign-in (S30, S7).
    SecurityDefaults,
    /// SA7: a Conditional Access policy blocking "Other clients" (S31).
    ConditionalAccessLegacyBlock,
    /// SA8: per-user MFA blocks the normal password; an app password is Basic too (S32, S40).
    PerUserMfa,
    /// SA9 / P3: MFA and Conditional Access apply when the token is acquired (O S45).
    TokenAcquisition,
    /// SA10: TLS 1.2 on `smtp.office365.com`; legacy devices only via the opt-in endpoint (S23, S24).
    SmtpTls12 {
        #[serde(skip_serializing_if = "Option::is_none")]
        legacy_tls_opt_in: Option<bool>,
    },
    /// P5: TLS 1.2 on `outlook.office365.com:995/993`; legacy endpoints being removed (S26, S27).
    PopImapTls12 { phase: LegacyTlsPhase },
    /// SA11: the From address must be the signed-in mailbox (S32).
    SendAsFromAddress,
    /// P3: the app must be registered in Entra with the delegated scope (S22).
    AppRegistration,
    /// P4: `New-ServicePrincipal` + `Add-MailboxPermission` (S22).
    ServicePrincipalPermission,
    /// O1: POP3/IMAP4 services started and configured (S34).
    PopImapServicesStarted,
    /// O5: `Set-PopSettings/Set-ImapSettings -LoginType` (S35).
    LoginType,
    /// O7: receive connector `AuthMechanism` includes `BasicAuth` with `Tls` (S34, S35).
    ReceiveConnectorBasicAuth,
}

/// One unseen gate, with the rule row that names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckItem {
    pub rule: &'static str,
    #[serde(flatten)]
    pub gate: Gate,
}

/// One more rule that refuses a sign-in, with its own deciding settings and warnings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BlockingLayer {
    pub rule: &'static str,
    pub finding: Finding,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub decided_by: Vec<DecidingSetting>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
    pub source: &'static str,
}

/// One rule of a verdict, the headline's or a later layer's, as [`Verdict::refusals`] gives it.
#[derive(Clone, Copy, Debug)]
pub struct RuleRef<'a> {
    pub rule: &'static str,
    pub finding: &'a Finding,
    pub decided_by: &'a [DecidingSetting],
    pub warnings: &'a [Warning],
    pub source: &'static str,
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
    pub warnings: Vec<Warning>,
    /// Gates the cmdlets cannot show, to check by hand.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<CheckItem>,
    /// Later rows that refuse the same sign-in on their own, in the order a sign-in meets
    /// them: fixing the headline reason alone does not make it work.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also_blocked_by: Vec<BlockingLayer>,
    /// The documentation that backs the rule.
    pub source: &'static str,
    /// What would change the verdict; turned into commands by [`crate::remedy`].
    #[serde(skip)]
    pub fixes: Vec<Fix>,
    /// Inputs whose absence made the verdict `unknown`.
    #[serde(skip)]
    pub missing: Vec<MissingInput>,
}

impl Verdict {
    /// A verdict with nothing but its outcome; rules add the rest with the builder methods.
    /// Out of line: inlined, each of the rules' two dozen calls would set every empty list itself.
    #[inline(never)]
    pub fn new(protocol: Protocol, auth: AuthMethod, status: Status, rule: &'static str, finding: Finding, source: &'static str) -> Self {
        Verdict {
            protocol,
            auth,
            status,
            rule,
            finding,
            decided_by: Vec::new(),
            warnings: Vec::new(),
            checks: Vec::new(),
            also_blocked_by: Vec::new(),
            source,
            fixes: Vec::new(),
            missing: Vec::new(),
        }
    }

    pub fn decided_by(mut self, settings: impl IntoIterator<Item = DecidingSetting>) -> Self {
        self.decided_by.extend(settings);
        self
    }

    pub fn warn(mut self, warning: Warning) -> Self {
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
        self
    }

    pub fn check(mut self, rule: &'static str, gate: Gate) -> Self {
        self.checks.push(CheckItem { rule, gate });
        self
    }

    pub fn fix(mut self, fix: Fix) -> Self {
        self.fixes.push(fix);
        self
    }

    /// Adds a later refusing rule: its finding, settings and warnings become a [`BlockingLayer`], its
    /// fixes join this verdict's, since the sign-in needs both.
    pub fn also_blocked_by(mut self, later: Verdict) -> Self {
        self.fixes.extend(later.fixes);
        self.also_blocked_by.push(BlockingLayer {
            rule: later.rule,
            finding: later.finding,
            decided_by: later.decided_by,
            warnings: later.warnings,
            source: later.source,
        });
        self
    }

    /// Every refusing (or deciding) rule in order: the headline reason first, then the later
    /// layers.
    pub fn refusals(&self) -> impl Iterator<Item = RuleRef<'_>> {
        let head = RuleRef { rule: self.rule, finding: &self.finding, decided_by: &self.decided_by, warnings: &self.warnings, source: self.source };
        std::iter::once(head).chain(self.also_blocked_by.iter().map(|l| RuleRef {
            rule: l.rule,
            finding: &l.finding,
            decided_by: &l.decided_by,
            warnings: &l.warnings,
            source: l.source,
        }))
    }

    pub fn missing(mut self, input: MissingInput) -> Self {
        self.missing.push(input);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::Status;

    /// Each status sits at its index in both orders, and its code is its JSON name.
    #[test]
    fn every_status_has_its_index_its_rank_and_its_json_code() {
        for (index, status) in Status::ALL.into_iter().enumerate() {
            assert_eq!(status.index(), index);
            assert_eq!(Status::BY_ATTENTION.get(status.attention()), Some(&status));
            assert_eq!(serde_json::to_string(&status).ok(), Some(format!("\"{}\"", status.code())));
            assert_eq!(Status::from_code(status.code()), Some(status));
        }
        assert_eq!(Status::from_code("Works"), None, "codes are exact");
        assert_eq!(Status::from_code(""), None);
    }
}
