//! Client errors pasted on their own (rules.md §8, evidence.md §5): what each means, naming
//! the layer that refused, and the layer's short name.

use super::terms::protocol as protocol_name;
use super::{pick, pick_owned, Lang};
use crate::parse::{ErrorCause, Protocol};
use crate::rules::symptom::Layer;

/// One sentence: what the error `cause`, seen on `protocol`, means.
pub fn symptom(lang: Lang, cause: ErrorCause, protocol: Protocol) -> String {
    let smtp = protocol == Protocol::Smtp;
    let p = protocol_name(lang, protocol);
    match cause {
        ErrorCause::SmtpAuthDisabledTenant => pick_owned(
            lang,
            "SMTP AUTH is turned off for the whole organization (Get-TransportConfig SmtpClientAuthenticationDisabled is True).",
            "SMTP AUTH ist für die gesamte Organisation deaktiviert (Get-TransportConfig SmtpClientAuthenticationDisabled steht auf True).",
        ),
        ErrorCause::SmtpAuthDisabledMailbox => pick_owned(
            lang,
            "SMTP AUTH is turned off for this mailbox (Get-EXOCasMailbox SmtpClientAuthenticationDisabled is True).",
            "SMTP AUTH ist für dieses Postfach deaktiviert (Get-EXOCasMailbox SmtpClientAuthenticationDisabled steht auf True).",
        ),
        ErrorCause::BasicAuthDisabled if smtp => pick_owned(
            lang,
            "An authentication policy blocks SMTP AUTH with a password (AllowBasicAuthSmtp is False in the policy that applies to the user).",
            "Eine Authentifizierungsrichtlinie blockiert SMTP AUTH mit Kennwort (AllowBasicAuthSmtp steht in der Richtlinie des Benutzers auf False).",
        ),
        ErrorCause::BasicAuthDisabled => match lang {
            Lang::En => format!("{p} with a password is refused: Basic authentication is switched off for good in Exchange Online and on Outlook.com accounts."),
            Lang::De => format!("{p} mit Kennwort wird abgelehnt: Die Standardauthentifizierung ist in Exchange Online und bei Outlook.com-Konten endgültig abgeschaltet."),
        },
        ErrorCause::BasicAuthRetired if smtp => pick_owned(
            lang,
            "SMTP AUTH with a password has been removed for good; no setting brings it back (550 5.7.30).",
            "SMTP AUTH mit Kennwort wurde endgültig entfernt; keine Einstellung bringt es zurück (550 5.7.30).",
        ),
        ErrorCause::BasicAuthRetired => match lang {
            Lang::En => format!("{p} with a password (LOGIN) has been switched off for good in Exchange Online; no setting brings it back."),
            Lang::De => format!("{p} mit Kennwort (LOGIN) ist in Exchange Online endgültig abgeschaltet; keine Einstellung bringt es zurück."),
        },
        ErrorCause::SecurityDefaults => pick_owned(
            lang,
            "Entra security defaults block sign-in with a password over legacy protocols such as SMTP AUTH, POP3 and IMAP4.",
            "Die Sicherheitsstandards von Entra blockieren die Anmeldung mit Kennwort über ältere Protokolle wie SMTP AUTH, POP3 und IMAP4.",
        ),
        ErrorCause::ConditionalAccess => pick_owned(
            lang,
            "An Entra Conditional Access policy refused the sign-in: it blocks legacy authentication, or requires multi-factor authentication the client cannot perform.",
            "Eine Richtlinie für bedingten Zugriff in Entra hat die Anmeldung abgelehnt: Sie blockiert die Legacyauthentifizierung oder verlangt eine mehrstufige Authentifizierung, die der Client nicht durchführen kann.",
        ),
        ErrorCause::BadCredentials => pick_owned(
            lang,
            "The credentials were refused: a wrong user name or password (with per-user MFA, only an app password works), or an invalid OAuth token.",
            "Die Anmeldedaten wurden abgelehnt: falscher Benutzername oder falsches Kennwort (bei MFA pro Benutzer hilft nur ein App-Kennwort) oder ein ungültiges OAuth-Token.",
        ),
        ErrorCause::NotAuthenticated => pick_owned(
            lang,
            "The client sent mail without signing in first: no credentials are configured, or its sign-in failed and it went on anyway.",
            "Der Client hat E-Mail gesendet, ohne sich vorher anzumelden: Es sind keine Anmeldedaten eingerichtet, oder die Anmeldung ist fehlgeschlagen und er hat trotzdem weitergemacht.",
        ),
        ErrorCause::SendAsDenied => pick_owned(
            lang,
            "The sender (From) address is not the signed-in mailbox, and the mailbox has no permission to send as that address.",
            "Die Absenderadresse (From) ist nicht das angemeldete Postfach, und das Postfach hat keine Berechtigung, als diese Adresse zu senden.",
        ),
        ErrorCause::LegacyTls => {
            let host = if smtp { "smtp.office365.com" } else { "outlook.office365.com" };
            match lang {
                Lang::En => format!("The client connects with TLS 1.0 or 1.1, which {host} refuses for {p}; it needs TLS 1.2."),
                Lang::De => format!("Der Client verbindet sich mit TLS 1.0 oder 1.1, was {host} bei {p} ablehnt; nötig ist TLS 1.2."),
            }
        }
        ErrorCause::GenericAuthFailure if smtp => pick_owned(
            lang,
            "SMTP AUTH sign-in failed and the reply does not say why: a wrong password, SMTP AUTH turned off, or multi-factor authentication; the settings show which.",
            "Die Anmeldung bei SMTP AUTH ist fehlgeschlagen, ohne dass die Antwort den Grund nennt: falsches Kennwort, deaktiviertes SMTP AUTH oder mehrstufige Authentifizierung; die Einstellungen zeigen, was zutrifft.",
        ),
        ErrorCause::GenericAuthFailure => match lang {
            Lang::En => format!("{p} sign-in failed and the reply does not say why: an invalid OAuth token, {p} turned off for the mailbox, or a missing service principal or mailbox permission."),
            Lang::De => format!("Die Anmeldung bei {p} ist fehlgeschlagen, ohne dass die Antwort den Grund nennt: ein ungültiges OAuth-Token, {p} für das Postfach deaktiviert oder ein fehlender Dienstprinzipal bzw. eine fehlende Postfachberechtigung."),
        },
    }
}

/// The short name of the layer that refused.
pub fn layer(lang: Lang, layer: Layer) -> &'static str {
    match layer {
        Layer::TenantSwitch => pick(lang, "SMTP AUTH switch of the organization", "SMTP-AUTH-Schalter der Organisation"),
        Layer::MailboxSwitch => pick(lang, "SMTP AUTH switch of the mailbox", "SMTP-AUTH-Schalter des Postfachs"),
        Layer::AuthenticationPolicy => pick(lang, "Authentication policy", "Authentifizierungsrichtlinie"),
        Layer::SecurityDefaults => pick(lang, "Entra security defaults", "Sicherheitsstandards von Entra"),
        Layer::ConditionalAccess => pick(lang, "Entra Conditional Access", "Bedingter Zugriff in Entra"),
        Layer::Credentials => pick(lang, "Credentials", "Anmeldedaten"),
        Layer::Tls => pick(lang, "TLS version of the client", "TLS-Version des Clients"),
        Layer::SendAs => pick(lang, "Permission to send as the From address", "Berechtigung zum Senden als Absenderadresse"),
        Layer::NotAuthenticated => pick(lang, "Sign-in before sending", "Anmeldung vor dem Senden"),
        Layer::BasicRetired => pick(lang, "Basic authentication retired", "Standardauthentifizierung abgeschaltet"),
        Layer::Unknown => pick(lang, "Not named by the reply", "In der Antwort nicht genannt"),
    }
}
