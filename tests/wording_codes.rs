//! Every code of the core, worded in every language: non-empty, German different from English
//! wherever a sentence is produced, and no English sentence fragments left in the German.
//! The `witness` functions match exhaustively, so a new variant fails to compile here until
//! it has a sample below.

use exo_auth_analyzer::model::{Conflict, Environment, Setting};
use exo_auth_analyzer::parse::{diagnostic_code as code, CutOff, Diagnostic, DiagnosticKind as K, ErrorCause, ObjectKind};
use exo_auth_analyzer::remedy::{BlastRadius, Command, Purpose};
use exo_auth_analyzer::rules::symptom::{explain, Layer};
use exo_auth_analyzer::rules::timeline::LegacyTlsPhase;
use exo_auth_analyzer::rules::{AuthMethod, ClientScenario, Date, Finding, Gate, Headline, HeadlineCode, MissingInput, MissingState, Note, PolicySource, PolicySwitch, Protocol, ProtocolAuth, Status, Warning};
use exo_auth_analyzer::remedy::{Refusal, RefusalObject};
use exo_auth_analyzer::wording::{self, Lang};

/// Cheap heuristic: words that only occur in English sentences (not " was ": German has it too).
const ENGLISH_FRAGMENTS: [&str; 13] = [
    " the ", " and ", " is ", " are ", " with ", " of ", " not ", " for ", " to ", " cannot ", " must ", " it ", " this ",
];

fn date() -> Date {
    Date::new(2026, 12, 31).expect("a day of the calendar")
}

/// Asserts the wording of one sample: non-empty in every language; for sentences, German
/// differs from English and contains none of the English fragments.
fn check(what: &str, sentence: bool, word: impl Fn(Lang) -> String) {
    for lang in Lang::ALL {
        assert!(!word(lang).trim().is_empty(), "{what}: empty in {lang:?}");
    }
    let (en, de) = (word(Lang::En), word(Lang::De));
    if sentence {
        assert_ne!(en, de, "{what}: German is the English sentence");
    }
    let padded = format!(" {} ", de.to_lowercase());
    for fragment in ENGLISH_FRAGMENTS {
        assert!(!padded.contains(fragment), "{what}: German contains English {fragment:?}: {de}");
    }
}

fn witness_finding(finding: &Finding) {
    match finding {
        Finding::InputMissing { .. }
        | Finding::MailboxSmtpAuthDisabled
        | Finding::TenantSmtpAuthDisabled
        | Finding::TenantSmtpAuthEnabled
        | Finding::PolicyBlocksBasicSmtp { .. }
        | Finding::BasicSmtpAllowedByExchange { .. }
        | Finding::SecurityDefaultsBlockBasic
        | Finding::BasicSmtpDefaultOffSince { .. }
        | Finding::BasicSmtpRemoved { .. }
        | Finding::OauthSmtpAllowed
        | Finding::BasicSmtpSeenWorking
        | Finding::ProtocolDisabledForMailbox { .. }
        | Finding::BasicPopImapRetired { .. }
        | Finding::OauthPopImapAllowed { .. }
        | Finding::AppOnlyOauthNeedsServicePrincipal { .. }
        | Finding::EnvironmentUnknown
        | Finding::OnPremLegacyAuthBlocked { .. }
        | Finding::OnPremModernAuthBlocked { .. }
        | Finding::OnPremBasicPopImapAllowedByPolicy { .. }
        | Finding::OnPremOauthPopImapNotSupported { .. }
        | Finding::OnPremSmtpDependsOnReceiveConnector => {}
    }
}

fn missing_inputs() -> Vec<MissingInput> {
    let all = vec![
        MissingInput::MailboxSmtpSetting,
        MissingInput::MailboxProtocolSwitch { protocol: Protocol::Imap },
        MissingInput::TenantSmtpSetting,
        MissingInput::UserPolicy,
        MissingInput::OrganizationDefaultPolicy,
        MissingInput::PolicySwitch { policy: "Allow SMTP".into(), switch: PolicySwitch::AllowBasicAuthSmtp },
        MissingInput::Environment,
    ];
    for input in &all {
        match input {
            MissingInput::MailboxSmtpSetting
            | MissingInput::MailboxProtocolSwitch { .. }
            | MissingInput::TenantSmtpSetting
            | MissingInput::UserPolicy
            | MissingInput::OrganizationDefaultPolicy
            | MissingInput::PolicySwitch { .. }
            | MissingInput::Environment => {}
        }
    }
    all
}

fn findings() -> Vec<Finding> {
    let mut all = Vec::new();
    for input in missing_inputs() {
        for state in [MissingState::Absent, MissingState::Truncated, MissingState::Conflicting] {
            all.push(Finding::InputMissing { input: input.clone(), state });
        }
    }
    for via in [PolicySource::User, PolicySource::OrganizationDefault] {
        all.push(Finding::PolicyBlocksBasicSmtp { policy: "Block Basic".into(), via });
        for protocol in [Protocol::Pop, Protocol::Imap] {
            all.push(Finding::OnPremLegacyAuthBlocked { protocol, policy: "Block Legacy".into(), via });
            all.push(Finding::OnPremModernAuthBlocked { protocol, policy: "Block Modern".into(), via });
        }
    }
    for protocol in Protocol::ALL {
        all.push(Finding::ProtocolDisabledForMailbox { protocol });
        all.push(Finding::BasicPopImapRetired { protocol, since: date() });
        all.push(Finding::OauthPopImapAllowed { protocol });
        all.push(Finding::AppOnlyOauthNeedsServicePrincipal { protocol });
        all.push(Finding::OnPremBasicPopImapAllowedByPolicy { protocol });
        all.push(Finding::OnPremOauthPopImapNotSupported { protocol });
    }
    all.extend([
        Finding::MailboxSmtpAuthDisabled,
        Finding::TenantSmtpAuthDisabled,
        Finding::TenantSmtpAuthEnabled,
        Finding::BasicSmtpAllowedByExchange { policy: Some("Allow SMTP".into()) },
        Finding::BasicSmtpAllowedByExchange { policy: None },
        Finding::SecurityDefaultsBlockBasic,
        Finding::BasicSmtpDefaultOffSince { since: date() },
        Finding::BasicSmtpRemoved { since: date() },
        Finding::OauthSmtpAllowed,
        Finding::BasicSmtpSeenWorking,
        Finding::EnvironmentUnknown,
        Finding::OnPremSmtpDependsOnReceiveConnector,
    ]);
    all
}

#[test]
fn every_finding_is_worded_in_every_language() {
    for finding in findings() {
        witness_finding(&finding);
        check(&format!("{finding:?}"), true, |lang| wording::finding(lang, &finding));
    }
}

#[test]
fn the_tenant_sentence_is_stable() {
    // An end-to-end browser test looks for this sentence.
    assert_eq!(
        wording::finding(Lang::En, &Finding::TenantSmtpAuthDisabled),
        "SMTP AUTH is turned off for the whole organization."
    );
}

#[test]
fn terms_are_worded_in_every_language() {
    for protocol in Protocol::ALL {
        // Protocol names are not translated.
        check(&format!("{protocol:?}"), false, |lang| wording::protocol(lang, protocol).to_string());
        assert_eq!(wording::protocol(Lang::En, protocol), wording::protocol(Lang::De, protocol));
    }
    for auth in [AuthMethod::Basic, AuthMethod::OAuth] {
        check(&format!("{auth:?}"), true, |lang| wording::auth(lang, auth).to_string());
    }
    for status in [Status::Works, Status::Blocked, Status::Unknown, Status::Check] {
        check(&format!("{status:?}"), true, |lang| wording::status(lang, status).to_string());
    }
    for environment in [Environment::ExchangeOnline, Environment::ExchangeServer, Environment::Unknown] {
        let sentence = environment != Environment::ExchangeOnline;
        check(&format!("{environment:?}"), sentence, |lang| wording::environment(lang, environment).to_string());
    }
}

#[test]
fn every_warning_is_worded_in_every_language() {
    for warning in [
        Warning::SmtpBasicDefaultOff202612,
        Warning::PasswordFixHoldsUntil202612,
        Warning::SmtpBasicReenableCheckMessageCenter,
        Warning::AllowBasicAuthPopImapHasNoEffect,
        Warning::ClassicOutlookHasNoOauthForPopImap,
        Warning::PolicyIsOrganizationDefault,
        Warning::PolicyChangeTakesUpTo24Hours,
    ] {
        match warning {
            Warning::SmtpBasicDefaultOff202612
            | Warning::PasswordFixHoldsUntil202612
            | Warning::SmtpBasicReenableCheckMessageCenter
            | Warning::AllowBasicAuthPopImapHasNoEffect
            | Warning::ClassicOutlookHasNoOauthForPopImap
            | Warning::PolicyIsOrganizationDefault
            | Warning::PolicyChangeTakesUpTo24Hours => {}
        }
        check(&format!("{warning:?}"), true, |lang| wording::warning(lang, warning).to_string());
    }
}

#[test]
fn every_gate_is_worded_in_every_language() {
    let mut gates = vec![
        Gate::SecurityDefaults,
        Gate::ConditionalAccessLegacyBlock,
        Gate::PerUserMfa,
        Gate::TokenAcquisition,
        Gate::SendAsFromAddress,
        Gate::AppRegistration,
        Gate::ServicePrincipalPermission,
        Gate::PopImapServicesStarted,
        Gate::LoginType,
        Gate::ReceiveConnectorBasicAuth,
    ];
    gates.extend([Some(true), Some(false), None].map(|legacy_tls_opt_in| Gate::SmtpTls12 { legacy_tls_opt_in }));
    gates.extend(
        [LegacyTlsPhase::LegacyEndpointOnly, LegacyTlsPhase::BeingRemoved, LegacyTlsPhase::Removed]
            .map(|phase| Gate::PopImapTls12 { phase }),
    );
    for gate in gates {
        match &gate {
            Gate::SecurityDefaults
            | Gate::ConditionalAccessLegacyBlock
            | Gate::PerUserMfa
            | Gate::TokenAcquisition
            | Gate::SmtpTls12 { .. }
            | Gate::PopImapTls12 { .. }
            | Gate::SendAsFromAddress
            | Gate::AppRegistration
            | Gate::ServicePrincipalPermission
            | Gate::PopImapServicesStarted
            | Gate::LoginType
            | Gate::ReceiveConnectorBasicAuth => {}
        }
        check(&format!("{gate:?}"), true, |lang| wording::gate(lang, &gate));
    }
}

#[test]
fn every_headline_is_worded_in_every_language() {
    let codes = [
        HeadlineCode::ClassicOutlookUseMicrosoft365Account,
        HeadlineCode::Blocked,
        HeadlineCode::NeedsInput,
        HeadlineCode::DependsOnChecks,
        HeadlineCode::Works,
        HeadlineCode::NothingToSay,
    ];
    let scenarios = [
        ClientScenario::OutlookPopImap,
        ClientScenario::OauthApp,
        ClientScenario::DeviceBasic,
        ClientScenario::AppOnlyOauth,
        ClientScenario::Any,
    ];
    let items = vec![
        ProtocolAuth { protocol: Protocol::Smtp, auth: AuthMethod::Basic },
        ProtocolAuth { protocol: Protocol::Imap, auth: AuthMethod::OAuth },
    ];
    for code in codes {
        match code {
            HeadlineCode::ClassicOutlookUseMicrosoft365Account
            | HeadlineCode::Blocked
            | HeadlineCode::NeedsInput
            | HeadlineCode::DependsOnChecks
            | HeadlineCode::Works
            | HeadlineCode::NothingToSay => {}
        }
        for scenario in scenarios {
            match scenario {
                ClientScenario::OutlookPopImap
                | ClientScenario::OauthApp
                | ClientScenario::DeviceBasic
                | ClientScenario::AppOnlyOauth
                | ClientScenario::Any => {}
            }
            let headline = Headline { code, scenario, items: items.clone(), rule: Some("SA3") };
            check(&format!("{headline:?}"), true, |lang| wording::headline(lang, &headline));
        }
    }
}

#[test]
fn every_purpose_and_blast_radius_is_worded_in_every_language() {
    let purposes = [
        Purpose::EnableProtocolForMailbox,
        Purpose::EnableSmtpAuthForMailbox,
        Purpose::EnableSmtpAuthForOrganization,
        Purpose::CreateDedicatedPolicy,
        Purpose::AllowBasicSmtpInDedicatedPolicy,
        Purpose::AssignDedicatedPolicy,
        Purpose::AllowBasicSmtpInPolicy,
        Purpose::UnblockPolicySwitch,
        Purpose::RefreshTokens,
        Purpose::CreateServicePrincipal,
        Purpose::GrantMailboxPermission,
        Purpose::GrantSendAs,
        Purpose::GrantSendAsIfFromDiffers,
        Purpose::EnableSmtpAuthForOauth,
        Purpose::CreateHveAccount,
        Purpose::FindHveBillingPolicy,
        Purpose::SetHveBillingPolicy,
        Purpose::GrantHveAppAccess,
        Purpose::CreateRelayConnector,
        Purpose::CreateCertificateConnector,
        Purpose::ConfirmMxEndpoint,
        Purpose::Verify,
    ];
    for purpose in purposes {
        match purpose {
            Purpose::EnableProtocolForMailbox
            | Purpose::EnableSmtpAuthForMailbox
            | Purpose::EnableSmtpAuthForOrganization
            | Purpose::CreateDedicatedPolicy
            | Purpose::AllowBasicSmtpInDedicatedPolicy
            | Purpose::AssignDedicatedPolicy
            | Purpose::AllowBasicSmtpInPolicy
            | Purpose::UnblockPolicySwitch
            | Purpose::RefreshTokens
            | Purpose::CreateServicePrincipal
            | Purpose::GrantMailboxPermission
            | Purpose::GrantSendAs
            | Purpose::GrantSendAsIfFromDiffers
            | Purpose::EnableSmtpAuthForOauth
            | Purpose::CreateHveAccount
            | Purpose::FindHveBillingPolicy
            | Purpose::SetHveBillingPolicy
            | Purpose::GrantHveAppAccess
            | Purpose::CreateRelayConnector
            | Purpose::CreateCertificateConnector
            | Purpose::ConfirmMxEndpoint
            | Purpose::Verify => {}
        }
        check(&format!("{purpose:?}"), true, |lang| wording::purpose(lang, purpose).to_string());
    }
    let radii = [
        BlastRadius::None,
        BlastRadius::ThisMailbox,
        BlastRadius::ThisUser,
        BlastRadius::UsersOfPolicy,
        BlastRadius::UsersWithoutOwnPolicy,
        BlastRadius::Organization,
        BlastRadius::App,
        BlastRadius::NewAccount,
        BlastRadius::ConnectorSenders,
    ];
    for radius in radii {
        match radius {
            BlastRadius::None
            | BlastRadius::ThisMailbox
            | BlastRadius::ThisUser
            | BlastRadius::UsersOfPolicy
            | BlastRadius::UsersWithoutOwnPolicy
            | BlastRadius::Organization
            | BlastRadius::App
            | BlastRadius::NewAccount
            | BlastRadius::ConnectorSenders => {}
        }
        check(&format!("{radius:?}"), true, |lang| wording::blast_radius(lang, radius).to_string());
    }
}

#[test]
fn every_note_and_conflict_is_worded_in_every_language() {
    let notes = [
        Note::StaleAdvicePopImapSwitch { line: 3, parameter: "AllowBasicAuthPop" },
        Note::ObsoletePolicySetting { policy: Some("Legacy".into()), setting: Setting::AuthenticationPolicyAllowBasicAuthImap, line: 7 },
        Note::ObsoletePolicySetting { policy: None, setting: Setting::AuthenticationPolicyAllowBasicAuthPop, line: 8 },
        Note::UnnamedPolicy { line: 12 },
        Note::AccountOnlyInWorksheet { line: 30, account: "scanner@contoso.com".into() },
    ];
    for note in notes {
        match &note {
            Note::StaleAdvicePopImapSwitch { .. } | Note::ObsoletePolicySetting { .. } | Note::UnnamedPolicy { .. } | Note::AccountOnlyInWorksheet { .. } => {}
        }
        check(&format!("{note:?}"), true, |lang| wording::note(lang, &note));
    }
    let conflicts = [
        Conflict::SettingDisagrees { object: "organization".into(), setting: Setting::TransportConfigSmtpClientAuthenticationDisabled, lines: vec![2, 9] },
        Conflict::AmbiguousIdentity { line: 4, candidates: vec!["anna@contoso.com".into(), "anna@fabrikam.com".into()] },
        Conflict::EnvironmentMarkersDisagree { online_line: 3, server_line: 20 },
        Conflict::AnswerDisagrees { account: "scanner@contoso.com".into(), lines: vec![4, 9] },
    ];
    for conflict in conflicts {
        match &conflict {
            Conflict::SettingDisagrees { .. } | Conflict::AmbiguousIdentity { .. } | Conflict::EnvironmentMarkersDisagree { .. } | Conflict::AnswerDisagrees { .. } => {}
        }
        check(&format!("{conflict:?}"), true, |lang| wording::conflict(lang, &conflict));
    }
}

#[test]
fn every_client_error_and_layer_is_worded_in_every_language() {
    let causes = [
        ErrorCause::SmtpAuthDisabledTenant,
        ErrorCause::SmtpAuthDisabledMailbox,
        ErrorCause::BasicAuthDisabled,
        ErrorCause::BasicAuthRetired,
        ErrorCause::SecurityDefaults,
        ErrorCause::ConditionalAccess,
        ErrorCause::BadCredentials,
        ErrorCause::NotAuthenticated,
        ErrorCause::SendAsDenied,
        ErrorCause::LegacyTls,
        ErrorCause::GenericAuthFailure,
    ];
    let mut layers = Vec::new();
    for cause in causes {
        match cause {
            ErrorCause::SmtpAuthDisabledTenant
            | ErrorCause::SmtpAuthDisabledMailbox
            | ErrorCause::BasicAuthDisabled
            | ErrorCause::BasicAuthRetired
            | ErrorCause::SecurityDefaults
            | ErrorCause::ConditionalAccess
            | ErrorCause::BadCredentials
            | ErrorCause::NotAuthenticated
            | ErrorCause::SendAsDenied
            | ErrorCause::LegacyTls
            | ErrorCause::GenericAuthFailure => {}
        }
        for protocol in [Protocol::Smtp, Protocol::Pop, Protocol::Imap] {
            check(&format!("{cause:?} {protocol:?}"), true, |lang| wording::symptom(lang, cause, protocol));
            layers.push(explain(cause, protocol).layer);
        }
    }
    let all = [
        Layer::TenantSwitch,
        Layer::MailboxSwitch,
        Layer::AuthenticationPolicy,
        Layer::SecurityDefaults,
        Layer::ConditionalAccess,
        Layer::Credentials,
        Layer::Tls,
        Layer::SendAs,
        Layer::NotAuthenticated,
        Layer::BasicRetired,
        Layer::Unknown,
    ];
    for layer in all {
        match layer {
            Layer::TenantSwitch
            | Layer::MailboxSwitch
            | Layer::AuthenticationPolicy
            | Layer::SecurityDefaults
            | Layer::ConditionalAccess
            | Layer::Credentials
            | Layer::Tls
            | Layer::SendAs
            | Layer::NotAuthenticated
            | Layer::BasicRetired
            | Layer::Unknown => {}
        }
        assert!(layers.contains(&layer), "no client error explains {layer:?}");
        check(&format!("{layer:?}"), true, |lang| wording::layer(lang, layer).to_string());
    }
}

#[test]
fn the_tenant_error_sentence_keeps_the_powershell_names() {
    let english = wording::symptom(Lang::En, ErrorCause::SmtpAuthDisabledTenant, Protocol::Smtp);
    assert_eq!(
        english,
        "SMTP AUTH is turned off for the whole organization (Get-TransportConfig SmtpClientAuthenticationDisabled is True)."
    );
    let german = wording::symptom(Lang::De, ErrorCause::SmtpAuthDisabledTenant, Protocol::Smtp);
    assert!(german.contains("Organisation") && german.contains("Get-TransportConfig SmtpClientAuthenticationDisabled"), "{german}");
    assert!(wording::symptom(Lang::De, ErrorCause::SmtpAuthDisabledMailbox, Protocol::Smtp).contains("Postfach"));
}

#[test]
fn refusals_are_worded_in_every_language() {
    let refusal = Refusal { object: RefusalObject::Mailbox("anna\ncontoso".into()), code: "control-character", character: "U+000A".into() };
    check("refusal", true, |lang| wording::refusal(lang, &refusal));
    assert!(wording::refusal(Lang::De, &refusal).contains("U+000A"));
}

#[test]
fn the_script_translates_comments_and_keeps_commands() {
    let commands = vec![
        Command {
            step: 1,
            purpose: Purpose::EnableSmtpAuthForMailbox,
            blast_radius: BlastRadius::ThisMailbox,
            alternative: false,
            command: "Set-CASMailbox -Identity 'anna@contoso.com' -SmtpClientAuthenticationDisabled $false".into(),
            protocol: None,
        },
        Command {
            step: 2,
            purpose: Purpose::Verify,
            blast_radius: BlastRadius::None,
            alternative: false,
            command: "Get-CASMailbox -Identity 'anna@contoso.com' | Format-List SmtpClientAuthenticationDisabled".into(),
            protocol: None,
        },
    ];
    check("script", true, |lang| wording::script(lang, &commands));
    let english = wording::script(Lang::En, &commands);
    assert!(english.starts_with("# 1. turn SMTP AUTH on for this mailbox only (recommended) (this mailbox only)\nSet-CASMailbox"));
    for lang in Lang::ALL {
        let script = wording::script(lang, &commands);
        let code: Vec<&str> = script.lines().filter(|line| !line.starts_with('#')).collect();
        let expected: Vec<&str> = commands.iter().map(|c| c.command.as_str()).collect();
        assert_eq!(code, expected, "{lang:?}: commands changed");
        assert_eq!(script.lines().filter(|line| line.starts_with("# ")).count(), commands.len());
    }
}

fn diagnostic(line: u32, kind: K) -> Diagnostic {
    Diagnostic { line, kind }
}

/// Owned text of a kind.
fn text(text: &str) -> String {
    text.to_string()
}

/// One diagnostic of each kind the readers of cmdlet output emit, built from its values (what
/// the parser emits for real pastes is checked in `tests/diagnostic_kinds.rs`).
fn diagnostics() -> Vec<Diagnostic> {
    vec![
        diagnostic(5, K::ErrorRecord { shown: text("Get-User : Der Vorgang konnte nicht ausgeführt werden.") }),
        diagnostic(3, K::Unrecognised { last: 3, excerpt: text("Hallo Welt") }),
        diagnostic(3, K::Unrecognised { last: 7, excerpt: text("Hallo Welt") }),
        diagnostic(9, K::Stream { text: text("VERBOSE: Get-Mailbox") }),
        diagnostic(1, K::TranscriptHeader { last: 18, title: text("Windows PowerShell transcript start"), version: Some(text("5.1")) }),
        diagnostic(2, K::Banner { last: 14 }),
        diagnostic(40, K::Elision { shown: text("...") }),
        diagnostic(6, K::KindAmbiguous { fits: (ObjectKind::CasMailbox, ObjectKind::User) }),
        diagnostic(6, K::KindAssumed),
        diagnostic(30, K::JsonInvalid { first: 20, complete: 2 }),
        diagnostic(20, K::JsonNotObject),
        diagnostic(11, K::CsvEmpty),
        diagnostic(13, K::CsvAsciiExport { header_line: 11, value: text("J?rgen M?ller") }),
        diagnostic(4, K::ColumnNotShown { columns: vec![text("PopEnabled"), text("ImapEnabled")] }),
        diagnostic(17, K::CutOff(CutOff::Value { name: text("SmtpClientAuthenticationDisabled") })),
        diagnostic(1, K::More { code: code::STREAM, hidden: 12 }),
    ]
}

/// The evidence readers' diagnostics, worded from real pastes of the fixtures' kind.
fn evidence_diagnostics() -> Vec<Diagnostic> {
    let portal = "Date (UTC),Username,Client app,Status,Resource tenant ID\n2026-11-20T08:15:31Z,,Authenticated SMTP,Success,a\n11/20/2026 08:15,b@c.d,IMAP4,Failure,b\n";
    let pastes = [
        portal.to_string(),
        "#TYPE Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignIn\n\"UserPrincipalName\",\"ClientAppUsed\",\"CreatedDateTime\",\"Status\"\n\"a@b.c\",\"Authenticated SMTP\",\"11/20/2026 8:15:31 AM\",\"Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignInStatus\"\n".to_string(),
        "Date (UTC),Service principal name,Status,Sign-in error code\n2026-11-20T08:15:31Z,app,Success,0\n".to_string(),
        "Report Refresh Date,User Principal Name,SMTP App\n2026-11-29,8F2B3C4D5E6F708192A3B4C5D6E7F801,Yes\n".to_string(),
        "Sender address,Messages sent\na@b.c,3\nx\n".to_string(),
        "[{\"clientAppUsed\": \"IMAP4\", \"userPrincipalName\": \"a@b.c\", \"x\": [1,],},\n{\"clientAppUsed\": \"IMAP4\", \"userPrincipalName\": tru}]\n".to_string(),
        format!("{portal}\n{}", portal.replace(",a\n", ",z\n").replace(",b\n", ",z\n")),
        "Date (UTC),Username,Client app,Status,IP address\n2026-11-20T08:15:31Z,a@b.c,Authenticated SMTP,Success,\"203.0.113.5, 198.51.100.7\"\n".to_string(),
    ];
    first_of_each(pastes, "evidence-")
}

/// The first diagnostic of each code starting with `prefix` that the pastes give.
fn first_of_each(pastes: impl IntoIterator<Item = String>, prefix: &str) -> Vec<Diagnostic> {
    let mut found: Vec<Diagnostic> = Vec::new();
    for paste in pastes {
        for d in exo_auth_analyzer::parse::parse(&paste).diagnostics {
            if d.code().starts_with(prefix) && !found.iter().any(|f| f.code() == d.code()) {
                found.push(d);
            }
        }
    }
    found
}

/// Every code of `wanted` was produced, and every diagnostic found is worded in German with
/// its line.
fn assert_worded_with_line(found: &[Diagnostic], wanted: &[&str]) {
    let codes: Vec<&str> = found.iter().map(|d| d.code()).collect();
    for code in wanted {
        assert!(codes.contains(code), "{code} not produced: {codes:?}");
    }
    for diagnostic in found {
        let german = wording::diagnostic(Lang::De, diagnostic);
        assert_ne!(german, wording::diagnostic(Lang::En, diagnostic), "{} has no German wording", diagnostic.code());
        assert!(german.contains(&diagnostic.line.to_string()), "line missing: {german}");
    }
}

#[test]
fn every_evidence_diagnostic_is_worded_in_german_with_its_line() {
    let found = evidence_diagnostics();
    assert_worded_with_line(
        &found,
        &[
            code::EVIDENCE_NO_USER,
            code::EVIDENCE_STATUS_UNREADABLE,
            code::EVIDENCE_TIME_UNREADABLE,
            code::EVIDENCE_NO_USERS_IN_FILE,
            code::EVIDENCE_CONCEALED_NAMES,
            code::EVIDENCE_METHOD_NOT_SHOWN,
            code::EVIDENCE_ROW_CUT,
            code::EVIDENCE_JSON_REPAIRED,
            code::EVIDENCE_JSON_INVALID,
            code::EVIDENCE_TENANTS_MIXED,
            code::EVIDENCE_IP_LIST,
        ],
    );
    let flatten = found.iter().find(|d| d.code() == code::EVIDENCE_STATUS_UNREADABLE).map(|d| wording::diagnostic(Lang::De, d)).unwrap_or_default();
    assert!(flatten.contains("@{n='ErrorCode';e={$_.Status.ErrorCode}}"), "{flatten}");
    let list = found.iter().find(|d| d.code() == code::EVIDENCE_IP_LIST).map(|d| wording::diagnostic(Lang::De, d)).unwrap_or_default();
    assert!(list.starts_with("Zeile 2: Die Zelle der IP-Adresse '203.0.113.5, 198.51.100.7' enthält"), "{list}");
}

#[test]
fn every_worksheet_diagnostic_is_worded_in_german_with_its_line_and_value() {
    let sheet = "Account,Sender,Sends outside,Recommended,Status\n\
                 scanner@contoso.com,printer,sometimes,ask,\n\
                 ,device,yes,ask,\n\
                 app@contoso.com,app\n";
    let parsed = exo_auth_analyzer::parse::parse(sheet);
    let expect = [
        (code::WORKSHEET_SENDER_UNKNOWN, "Zeile 2: Sender 'printer' ist weder device noch app noch person; wer sich als scanner@contoso.com anmeldet"),
        (code::WORKSHEET_OUTSIDE_UNKNOWN, "Zeile 2: Sends outside 'sometimes' ist weder yes noch no; ob scanner@contoso.com nach außen sendet"),
        (code::WORKSHEET_NO_ACCOUNT, "Zeile 3 des Arbeitsblatts nennt kein Konto"),
        (code::WORKSHEET_ROW_CUT, "Zeile 4 hat nur 2 der 5 Spalten der Kopfzeile"),
    ];
    for (code, german) in expect {
        let diagnostic = parsed.diagnostics.iter().find(|d| d.code() == code).unwrap_or_else(|| panic!("{code} not produced: {:?}", parsed.diagnostics));
        check(code, true, |lang| wording::diagnostic(lang, diagnostic));
        let worded = wording::diagnostic(Lang::De, diagnostic);
        assert!(worded.starts_with(german), "{worded}");
    }
}

/// The message trace reader's diagnostics, from constructed traces that show each doubt.
fn trace_diagnostics() -> Vec<Diagnostic> {
    let header = "Received              SenderAddress       RecipientAddress     Subject           Status\n--------              -------------       ----------------     -------           ------\n";
    let mut capped = String::from("\"Received\",\"SenderAddress\",\"RecipientAddress\",\"Status\"\n");
    for i in 0..5000 {
        capped.push_str(&format!("\"11/20/2026 8:{:02}:00 AM\",\"scanner@contoso.com\",\"user{i}@contoso.com\",\"Delivered\"\n", i % 60));
    }
    let pastes = [
        capped,
        format!(
            "{header}{:<21} {:<19} {:<20} {:<17} Delivered\n{:<21} {:<19} {:<20} {:<17} Delivered\n{:<21} {:<19} {:<20} {:<17} Delivered\n",
            "11/28/2026 8:15:31 AM", "scanner@contoso...", "alice@contoso.com", "Scan from MFP-3F",
            "05/11/2026 08:15:31", "scanner@contoso.com", "undisclosed", "Scan from MFP-3F",
            "06/11/2026 08:15:31", "scanner@contoso.com", "alice@contoso.com", "Scan from MFP-3F",
        ),
        format!("{header}11/28/2026 8:15:31 AM scanner@contoso.com alice@contoso.com    Scan from MFP-3F  Delivered\n11/27/2026 4:02:10 PM scanner@contoso.com bob@fabrik"),
    ];
    first_of_each(pastes, "message-trace-")
}

#[test]
fn every_message_trace_diagnostic_is_worded_in_german_with_its_line_and_count() {
    let found = trace_diagnostics();
    assert_worded_with_line(
        &found,
        &[
            code::MESSAGE_TRACE_CAPPED,
            code::MESSAGE_TRACE_ROW_CUT,
            code::MESSAGE_TRACE_SENDER_UNREADABLE,
            code::MESSAGE_TRACE_RECIPIENT_UNREADABLE,
            code::MESSAGE_TRACE_TIME_UNREADABLE,
        ],
    );
    for diagnostic in &found {
        check(diagnostic.code(), true, |lang| wording::diagnostic(lang, diagnostic));
        let german = wording::diagnostic(Lang::De, diagnostic);
        if let K::TraceRowCut { count, .. } | K::TraceSenderUnreadable { count, .. } | K::TraceRecipientUnreadable { count, .. } | K::TraceTimeUnreadable { count, .. } = diagnostic.kind {
            assert!(german.starts_with(&format!("{count} ")), "count missing: {german}");
        }
    }
    let capped = found.iter().find(|d| d.code() == code::MESSAGE_TRACE_CAPPED).map(|d| wording::diagnostic(Lang::De, d)).unwrap_or_default();
    assert!(capped.contains("genau 5000 Nachrichten"), "{capped}");
}

#[test]
fn every_known_diagnostic_is_worded_in_every_language() {
    for diagnostic in diagnostics() {
        check(&format!("{diagnostic:?}"), true, |lang| wording::diagnostic(lang, &diagnostic));
        let german = wording::diagnostic(Lang::De, &diagnostic);
        assert!(german.contains(&diagnostic.line.to_string()) || diagnostic.code() == code::MORE, "line missing: {german}");
    }
}

#[test]
fn german_diagnostics_keep_the_details_the_message_carries() {
    let german: Vec<String> = diagnostics().iter().map(|d| wording::diagnostic(Lang::De, d)).collect();
    let expect = [
        "Der Vorgang konnte nicht ausgeführt werden.",
        "'Hallo Welt'",
        "Zeilen 3-7 sind keine Cmdlet-Ausgabe",
        "VERBOSE: Get-Mailbox",
        "Zeilen 1-18",
        "Zeilen 2-14",
        "Zeile 40",
        "sowohl zu CasMailbox als auch zu User",
        "Get-TransportConfig",
        "ConvertTo-Json",
        "Zeile 20",
        "Zeile 11",
        "Zeile 13: Der CSV-Wert 'J?rgen M?ller'",
        "-Encoding UTF8",
        "(PopEnabled, ImapEnabled)",
        "Zeile 17",
        "12 weitere Hinweise mit dem Code stream-message",
    ];
    for detail in expect {
        assert!(german.iter().any(|g| g.contains(detail)), "no German diagnostic contains {detail:?}:\n{german:#?}");
    }
}

#[test]
fn real_parser_diagnostics_are_worded_in_german() {
    let text = "Hallo Welt, bitte helfen\n\nPS> Get-TransportConfig\nVERBOSE: Ein Hinweis\n\nSmtpClientAuthenticationDisabled : True\n";
    let parsed = exo_auth_analyzer::parse::parse(text);
    let codes: Vec<&str> = parsed.diagnostics.iter().map(Diagnostic::code).collect();
    for code in [code::UNRECOGNISED, code::STREAM] {
        assert!(codes.contains(&code), "{code} not produced: {codes:?}");
    }
    for diagnostic in &parsed.diagnostics {
        let german = wording::diagnostic(Lang::De, diagnostic);
        assert!(!german.is_empty());
        assert_ne!(german, wording::diagnostic(Lang::En, diagnostic), "{diagnostic:?}");
        assert!(german.contains(&diagnostic.line.to_string()), "{german}");
    }
}

#[test]
fn the_csv_ascii_warning_keeps_its_value_in_german() {
    let text = "\"Name\",\"DisplayName\"\n\"ann\",\"Ann M?ller\"\n";
    let parsed = exo_auth_analyzer::parse::parse(text);
    let warning = parsed.diagnostics.iter().find(|d| d.code() == code::CSV_ASCII_EXPORT).expect("a warning");
    let german = wording::diagnostic(Lang::De, warning);
    assert!(german.starts_with("Zeile 2: Der CSV-Wert 'Ann M?ller' enthält"), "{german}");
}
