//! Short terms that sentences are built from: protocol, sign-in method, status, environment,
//! whose policy applies, how an input was missing, which client.

use super::{pick, pick_owned, Lang};
use crate::model::Environment;
use crate::parse::SourceKind;
use crate::rules::{AuthMethod, ClientScenario, MissingInput, MissingState, PolicySource, Protocol, SettingValue, Status};

/// Protocol names are the same in every language.
pub fn protocol(_lang: Lang, protocol: Protocol) -> &'static str {
    match protocol {
        Protocol::Pop => "POP3",
        Protocol::Imap => "IMAP4",
        Protocol::Smtp => "SMTP AUTH",
    }
}

pub fn auth(lang: Lang, auth: AuthMethod) -> &'static str {
    match auth {
        AuthMethod::Basic => pick(lang, "with a password (Basic)", "mit Kennwort (Basic)"),
        AuthMethod::OAuth => pick(lang, "with OAuth", "mit OAuth"),
    }
}

pub fn status(lang: Lang, status: Status) -> &'static str {
    match status {
        Status::Works => pick(lang, "works", "funktioniert"),
        Status::Blocked => pick(lang, "blocked", "blockiert"),
        Status::Unknown => pick(lang, "unknown", "unbekannt"),
        Status::Check => pick(lang, "check", "prüfen"),
    }
}

pub fn environment(lang: Lang, environment: Environment) -> &'static str {
    match environment {
        Environment::ExchangeOnline => "Exchange Online",
        Environment::ExchangeServer => pick(lang, "Exchange Server (on-premises)", "Exchange Server (lokal)"),
        Environment::Unknown => pick(
            lang,
            "unknown (neither Exchange Online nor Exchange Server properties were pasted)",
            "unbekannt (weder Eigenschaften von Exchange Online noch von Exchange Server eingefügt)",
        ),
    }
}

/// The environment, and the export that told it when no setting did: "Exchange Online (from the
/// sign-in log)".
pub fn environment_told(lang: Lang, environment: Environment, from: Option<SourceKind>) -> String {
    let name = self::environment(lang, environment);
    match (from, lang) {
        (Some(SourceKind::SmtpAuthClientsReport), Lang::En) => format!("{name} (from the SMTP AUTH clients report)"),
        (Some(SourceKind::SmtpAuthClientsReport), Lang::De) => format!("{name} (aus dem Bericht „SMTP AUTH-Clients“)"),
        (Some(SourceKind::MessageTrace), Lang::En) => format!("{name} (from the message trace)"),
        (Some(SourceKind::MessageTrace), Lang::De) => format!("{name} (aus der Nachrichtenablaufverfolgung)"),
        (Some(_), Lang::En) => format!("{name} (from the sign-in log)"),
        (Some(_), Lang::De) => format!("{name} (aus dem Anmeldeprotokoll)"),
        (None, _) => name.to_string(),
    }
}

/// Whose authentication policy applies, in parentheses after the policy's name.
pub(super) fn via(lang: Lang, via: PolicySource) -> &'static str {
    match via {
        PolicySource::User => pick(lang, "assigned to the user", "dem Benutzer zugewiesen"),
        PolicySource::OrganizationDefault => pick(lang, "the organization's default policy", "Standardrichtlinie der Organisation"),
    }
}

/// The predicate after [`missing_input`].
pub(super) fn missing_state(lang: Lang, state: MissingState) -> &'static str {
    match state {
        MissingState::Absent => pick(lang, "is not in the paste", "fehlt im eingefügten Text"),
        MissingState::Truncated => {
            pick(lang, "is cut off or unreadable in the paste", "ist im eingefügten Text abgeschnitten oder unlesbar")
        }
        MissingState::Conflicting => {
            pick(lang, "is shown twice with different values", "erscheint zweimal mit unterschiedlichen Werten")
        }
    }
}

/// The subject of a "cannot tell" sentence; setting names stay as PowerShell prints them.
pub(super) fn missing_input(lang: Lang, input: &MissingInput) -> String {
    match input {
        MissingInput::PolicySwitch { policy, switch } => match lang {
            Lang::En => format!("{} of the policy '{policy}'", switch.name()),
            Lang::De => format!("{} der Richtlinie '{policy}'", switch.name()),
        },
        MissingInput::Environment => pick_owned(
            lang,
            "whether this is Exchange Online or Exchange Server",
            "die Angabe, ob es sich um Exchange Online oder Exchange Server handelt,",
        ),
        other => other.input_name().to_string(),
    }
}

/// Who signs in, at the start of a headline.
pub(super) fn scenario(lang: Lang, scenario: ClientScenario) -> &'static str {
    match scenario {
        ClientScenario::OutlookPopImap => {
            pick(lang, "Classic Outlook with a POP/IMAP account", "Klassisches Outlook mit einem POP/IMAP-Konto")
        }
        ClientScenario::OauthApp => pick(lang, "A mail app with OAuth", "Eine E-Mail-App mit OAuth"),
        ClientScenario::DeviceBasic => pick(
            lang,
            "A device or app with a username and password",
            "Ein Gerät oder eine App mit Benutzername und Kennwort",
        ),
        ClientScenario::AppOnlyOauth => pick(lang, "An app with app-only OAuth", "Eine App mit App-only-OAuth"),
        ClientScenario::Any => pick(lang, "Sign-in", "Anmeldung"),
    }
}

/// A deciding setting's value the way PowerShell printed it.
pub fn setting_value(lang: Lang, value: &SettingValue) -> String {
    match value {
        SettingValue::Bool(true) => "True".into(),
        SettingValue::Bool(false) => "False".into(),
        SettingValue::Null => pick(lang, "(empty)", "(leer)").into(),
        SettingValue::Text(text) => format!("'{text}'"),
    }
}
