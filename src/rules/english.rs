//! The English wording of every code: the CLI prints it, the web UI reuses it for its English
//! strings. Other languages translate the same codes.

use super::headline::{Headline, HeadlineCode, ProtocolAuth};
use super::missing::MissingInput;
use super::stale_advice::Note;
use super::timeline::LegacyTlsPhase;
use super::verdict::{AuthMethod, Finding, Gate, MissingState, PolicySource, Protocol, Status, Warning};
use crate::model::{Conflict, Environment};
use crate::remedy::{BlastRadius, Purpose};

pub fn protocol(protocol: Protocol) -> &'static str {
    match protocol {
        Protocol::Pop => "POP3",
        Protocol::Imap => "IMAP4",
        Protocol::Smtp => "SMTP AUTH",
    }
}

pub fn auth(auth: AuthMethod) -> &'static str {
    match auth {
        AuthMethod::Basic => "with a password (Basic)",
        AuthMethod::OAuth => "with OAuth",
    }
}

pub fn status(status: Status) -> &'static str {
    match status {
        Status::Works => "works",
        Status::Blocked => "blocked",
        Status::Unknown => "unknown",
        Status::Check => "check",
    }
}

pub fn environment(environment: Environment) -> &'static str {
    match environment {
        Environment::ExchangeOnline => "Exchange Online",
        Environment::ExchangeServer => "Exchange Server (on-premises)",
        Environment::Unknown => "unknown (neither Exchange Online nor Exchange Server properties were pasted)",
    }
}

fn via(via: PolicySource) -> &'static str {
    match via {
        PolicySource::User => "assigned to the user",
        PolicySource::OrganizationDefault => "the organization's default policy",
    }
}

fn missing_state(state: MissingState) -> &'static str {
    match state {
        MissingState::Absent => "is not in the paste",
        MissingState::Truncated => "is cut off or unreadable in the paste",
        MissingState::Conflicting => "is shown twice with different values",
    }
}

pub fn missing_input(input: &MissingInput) -> String {
    match input {
        MissingInput::PolicySwitch { policy, switch } => format!("{} of the policy '{policy}'", switch.name()),
        MissingInput::Environment => "whether this is Exchange Online or Exchange Server".to_string(),
        other => other.input_name().to_string(),
    }
}

pub fn finding(finding: &Finding) -> String {
    match finding {
        Finding::InputMissing { input, state } => format!("Cannot tell: {} {}.", missing_input(input), missing_state(*state)),
        Finding::MailboxSmtpAuthDisabled => "SMTP AUTH is turned off for this mailbox.".to_string(),
        Finding::TenantSmtpAuthDisabled => "SMTP AUTH is turned off for the whole organization.".to_string(),
        Finding::TenantSmtpAuthEnabled => "SMTP AUTH is allowed for the organization.".to_string(),
        Finding::PolicyBlocksBasicSmtp { policy, via: source } => {
            format!("The authentication policy '{policy}' ({}) blocks SMTP AUTH with a password.", via(*source))
        }
        Finding::BasicSmtpAllowedByExchange { policy: Some(policy) } => format!(
            "Exchange allows SMTP AUTH with a password (policy '{policy}' allows it); Entra sign-in rules still decide."
        ),
        Finding::BasicSmtpAllowedByExchange { policy: None } => {
            "Exchange allows SMTP AUTH with a password (no authentication policy applies); Entra sign-in rules still decide.".to_string()
        }
        Finding::BasicSmtpDefaultOffSince { since } => format!(
            "Since {since} SMTP AUTH with a password is off by default for existing tenants; admins can turn it back on, but how is not documented in the sources available: check Message Center MC786329."
        ),
        Finding::BasicSmtpRemoved { since } => format!("SMTP AUTH with a password was removed on {since}."),
        Finding::OauthSmtpAllowed => "SMTP AUTH with OAuth passes every Exchange switch.".to_string(),
        Finding::ProtocolDisabledForMailbox { protocol: p } => format!("{} is turned off for this mailbox.", protocol(*p)),
        Finding::BasicPopImapRetired { protocol: p, since } => format!(
            "{} with a password has been switched off for good in Exchange Online since {since}; no setting brings it back.",
            protocol(*p)
        ),
        Finding::OauthPopImapAllowed { protocol: p } => format!("{} with OAuth is turned on for this mailbox.", protocol(*p)),
        Finding::AppOnlyOauthNeedsServicePrincipal { protocol: p } => format!(
            "{} with app-only OAuth works only if the app's service principal is registered in Exchange and has permission on the mailbox.",
            protocol(*p)
        ),
        Finding::EnvironmentUnknown => "Cannot tell whether this is Exchange Online or Exchange Server, and the answer differs.".to_string(),
        Finding::OnPremLegacyAuthBlocked { protocol: p, policy, via: source } => {
            format!("The authentication policy '{policy}' ({}) blocks legacy sign-in for {}.", via(*source), protocol(*p))
        }
        Finding::OnPremModernAuthBlocked { protocol: p, policy, via: source } => {
            format!("The authentication policy '{policy}' ({}) blocks modern (OAuth) sign-in for {}.", via(*source), protocol(*p))
        }
        Finding::OnPremBasicPopImapAllowedByPolicy { protocol: p } => {
            format!("No policy blocks {} with a password; the server's services and login settings decide.", protocol(*p))
        }
        Finding::OnPremOauthPopImapNotSupported { protocol: p } => {
            format!("{} with OAuth against Exchange Server is reported not to be supported (Hybrid Modern Auth).", protocol(*p))
        }
        Finding::OnPremSmtpDependsOnReceiveConnector => {
            "SMTP AUTH on Exchange Server depends on the client receive connector, which these cmdlets do not show.".to_string()
        }
    }
}

pub fn warning(warning: Warning) -> &'static str {
    match warning {
        Warning::SmtpBasicDefaultOff202612 => {
            "Works today, but switched off by default at the end of December 2026 unless re-enabled; move the client to OAuth."
        }
        Warning::SmtpBasicReenableCheckMessageCenter => {
            "How to re-enable it is not documented in the sources available: check Message Center MC786329 and its follow-up."
        }
        Warning::AllowBasicAuthPopImapHasNoEffect => {
            "A policy shows AllowBasicAuthPop/AllowBasicAuthImap True: obsolete, it has no effect (the advice to set it is outdated)."
        }
        Warning::ClassicOutlookHasNoOauthForPopImap => {
            "Classic Outlook cannot use OAuth for POP or IMAP; add the mailbox as a Microsoft 365 account instead."
        }
        Warning::PolicyIsOrganizationDefault => {
            "This is the organization's default policy: changing it affects everyone without a policy of their own."
        }
        Warning::PolicyChangeTakesUpTo24Hours => {
            "Policy changes take up to 24 hours, or about 30 minutes after Set-User -STSRefreshTokensValidFrom."
        }
    }
}

pub fn gate(gate: &Gate) -> String {
    match gate {
        Gate::SecurityDefaults => "Entra security defaults must be off (they block every sign-in with a password to mail protocols).".to_string(),
        Gate::ConditionalAccessLegacyBlock => "No Conditional Access policy may block \"Other clients\" (legacy authentication) for this user.".to_string(),
        Gate::PerUserMfa => "Per-user MFA must not be enforced (an app password is Basic too and only works with per-user MFA).".to_string(),
        Gate::TokenAcquisition => "MFA and Conditional Access apply when the app gets its token; a non-interactive app cannot answer MFA.".to_string(),
        Gate::SmtpTls12 { legacy_tls_opt_in } => {
            let opt_in = match legacy_tls_opt_in {
                Some(true) => " The organization has opted in to smtp-legacy.office365.com for TLS 1.0/1.1 devices.",
                Some(false) => " Legacy TLS devices need Set-TransportConfig -AllowLegacyTLSClients $true and smtp-legacy.office365.com.",
                None => "",
            };
            format!("The client must use TLS 1.2 on smtp.office365.com:587.{opt_in}")
        }
        Gate::PopImapTls12 { phase } => {
            let phase = match phase {
                LegacyTlsPhase::LegacyEndpointOnly => "TLS 1.0/1.1 only via the pop-legacy/imap-legacy endpoints.",
                LegacyTlsPhase::BeingRemoved => "TLS 1.0/1.1 and the legacy endpoints are being removed (July to December 2026): expect failure.",
                LegacyTlsPhase::Removed => "TLS 1.0/1.1 and the legacy endpoints are gone.",
            };
            format!("The client must use TLS 1.2 on outlook.office365.com (995/993). {phase}")
        }
        Gate::SendAsFromAddress => "The From address must be the signed-in mailbox (otherwise 5.7.60; use SMTP relay).".to_string(),
        Gate::AppRegistration => "The app must be registered in Entra with the POP/IMAP delegated permission.".to_string(),
        Gate::ServicePrincipalPermission => "The app's service principal must exist in Exchange and have permission on the mailbox.".to_string(),
        Gate::PopImapServicesStarted => "The POP3/IMAP4 services must be started and configured on the server.".to_string(),
        Gate::LoginType => "Set-PopSettings/Set-ImapSettings -LoginType: plain-text login needs TLS (995/993) with the default SecureLogin.".to_string(),
        Gate::ReceiveConnectorBasicAuth => "The \"Client Frontend\" receive connector (port 587) must offer BasicAuth with TLS.".to_string(),
    }
}

pub fn purpose(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::EnableProtocolForMailbox => "turn the protocol on for this mailbox",
        Purpose::EnableSmtpAuthForMailbox => "turn SMTP AUTH on for this mailbox only (recommended)",
        Purpose::EnableSmtpAuthForOrganization => "turn SMTP AUTH on for the whole organization",
        Purpose::CreateDedicatedPolicy => "create a policy that allows only SMTP AUTH with a password",
        Purpose::AllowBasicSmtpInDedicatedPolicy => "let the dedicated policy allow SMTP AUTH with a password",
        Purpose::AssignDedicatedPolicy => "assign that policy to this user only",
        Purpose::AllowBasicSmtpInPolicy => "allow SMTP AUTH with a password in the policy that applies now",
        Purpose::UnblockPolicySwitch => "stop the policy from blocking this sign-in",
        Purpose::RefreshTokens => "apply the policy change within about 30 minutes",
        Purpose::CreateServicePrincipal => "register the app's service principal in Exchange",
        Purpose::GrantMailboxPermission => "give the app access to the mailbox",
        Purpose::GrantSendAs => "let the app send as the mailbox",
        Purpose::Verify => "check the result",
    }
}

pub fn blast_radius(radius: BlastRadius) -> &'static str {
    match radius {
        BlastRadius::None => "reads only",
        BlastRadius::ThisMailbox => "this mailbox only",
        BlastRadius::ThisUser => "this user only",
        BlastRadius::UsersOfPolicy => "everyone the policy is assigned to",
        BlastRadius::UsersWithoutOwnPolicy => "everyone without a policy of their own",
        BlastRadius::Organization => "every mailbox without its own setting",
        BlastRadius::App => "the app's access",
    }
}

fn items(items: &[ProtocolAuth]) -> String {
    let parts: Vec<String> = items.iter().map(|i| format!("{} {}", protocol(i.protocol), auth(i.auth))).collect();
    parts.join(", ")
}

pub fn headline(headline: &Headline) -> String {
    let who = match headline.scenario {
        super::ClientScenario::OutlookPopImap => "Classic Outlook with a POP/IMAP account",
        super::ClientScenario::OauthApp => "A mail app with OAuth",
        super::ClientScenario::DeviceBasic => "A device or app with a username and password",
        super::ClientScenario::AppOnlyOauth => "An app with app-only OAuth",
        super::ClientScenario::Any => "Sign-in",
    };
    let list = items(&headline.items);
    match headline.code {
        HeadlineCode::ClassicOutlookUseMicrosoft365Account => {
            "Classic Outlook cannot use POP or IMAP with this mailbox; add it as a Microsoft 365 account instead.".to_string()
        }
        HeadlineCode::Blocked => format!("{who}: blocked for {list}."),
        HeadlineCode::NeedsInput => format!("{who}: cannot tell yet for {list}; paste the missing output below."),
        HeadlineCode::DependsOnChecks => format!("{who}: Exchange allows {list}; check the items listed."),
        HeadlineCode::Works => format!("{who}: works for {list}."),
        HeadlineCode::NothingToSay => format!("{who}: nothing in the paste decides it."),
    }
}

pub fn note(note: &Note) -> String {
    match note {
        Note::StaleAdvicePopImapSwitch { line, parameter } => format!(
            "Line {line}: -{parameter} has had no effect in Exchange Online since POP/IMAP with a password was switched off for good; the advice is outdated. Only -AllowBasicAuthSmtp still matters."
        ),
        Note::ObsoletePolicySetting { policy, setting, line } => {
            let policy = policy.as_deref().map(|p| format!(" of '{p}'")).unwrap_or_default();
            format!("Line {line}: {setting}{policy} is True, but it is obsolete and has no effect.")
        }
        Note::UnnamedPolicy { line } => {
            format!("Line {line}: an authentication policy without its Name line; it cannot be matched to a user or the default.")
        }
    }
}

pub fn conflict(conflict: &Conflict) -> String {
    match conflict {
        Conflict::SettingDisagrees { object, setting, lines } => {
            let lines: Vec<String> = lines.iter().map(u32::to_string).collect();
            format!("{setting} of {object} is shown with different values (lines {}); it decides nothing.", lines.join(", "))
        }
        Conflict::AmbiguousIdentity { line, candidates } => {
            format!("The record at line {line} matches several mailboxes ({}); it was not used.", candidates.join(", "))
        }
        Conflict::EnvironmentMarkersDisagree { online_line, server_line } => format!(
            "Exchange Online (line {online_line}) and Exchange Server (line {server_line}) properties are both in the paste."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tenant_sentence_is_stable() {
        // An end-to-end browser test looks for this sentence.
        assert_eq!(finding(&Finding::TenantSmtpAuthDisabled), "SMTP AUTH is turned off for the whole organization.");
    }
}
