//! Verdicts: why (findings), what will change (warnings), what to check by hand (gates), and
//! the one-sentence headline per mailbox and scenario.

use super::terms::{auth, missing_input, missing_state, protocol, scenario, via};
use super::{pick, pick_owned, Lang};
use crate::rules::{Finding, Gate, Headline, HeadlineCode, ProtocolAuth, Warning};
use crate::rules::timeline::LegacyTlsPhase;

pub fn finding(lang: Lang, finding: &Finding) -> String {
    match finding {
        Finding::InputMissing { input, state } => {
            let (input, state) = (missing_input(lang, input), missing_state(lang, *state));
            match lang {
                Lang::En => format!("Cannot tell: {input} {state}."),
                Lang::De => format!("Nicht feststellbar: {input} {state}."),
            }
        }
        Finding::MailboxSmtpAuthDisabled => {
            pick_owned(lang, "SMTP AUTH is turned off for this mailbox.", "SMTP AUTH ist für dieses Postfach deaktiviert.")
        }
        Finding::TenantSmtpAuthDisabled => pick_owned(
            lang,
            "SMTP AUTH is turned off for the whole organization.",
            "SMTP AUTH ist für die gesamte Organisation deaktiviert.",
        ),
        Finding::TenantSmtpAuthEnabled => {
            pick_owned(lang, "SMTP AUTH is allowed for the organization.", "SMTP AUTH ist für die Organisation zugelassen.")
        }
        Finding::PolicyBlocksBasicSmtp { policy, via: source } => {
            let source = via(lang, *source);
            match lang {
                Lang::En => format!("The authentication policy '{policy}' ({source}) blocks SMTP AUTH with a password."),
                Lang::De => format!("Die Authentifizierungsrichtlinie '{policy}' ({source}) blockiert SMTP AUTH mit Kennwort."),
            }
        }
        Finding::BasicSmtpAllowedByExchange { policy: Some(policy) } => match lang {
            Lang::En => format!(
                "Exchange allows SMTP AUTH with a password (policy '{policy}' allows it); Entra sign-in rules still decide."
            ),
            Lang::De => format!(
                "Exchange lässt SMTP AUTH mit Kennwort zu (die Richtlinie '{policy}' erlaubt es); ob die Anmeldung gelingt, entscheiden noch die Anmelderegeln von Entra."
            ),
        },
        Finding::BasicSmtpAllowedByExchange { policy: None } => pick_owned(
            lang,
            "Exchange allows SMTP AUTH with a password (no authentication policy applies); Entra sign-in rules still decide.",
            "Exchange lässt SMTP AUTH mit Kennwort zu (keine Authentifizierungsrichtlinie greift); ob die Anmeldung gelingt, entscheiden noch die Anmelderegeln von Entra.",
        ),
        Finding::SecurityDefaultsBlockBasic => pick_owned(
            lang,
            "Entra security defaults are on: they block every sign-in with a password to mail protocols (use OAuth, or replace them with Conditional Access).",
            "Die Sicherheitsstandards in Entra sind aktiviert: Sie blockieren jede Anmeldung mit Kennwort über E-Mail-Protokolle (OAuth nutzen oder sie durch bedingten Zugriff ersetzen).",
        ),
        Finding::BasicSmtpDefaultOffSince { since } => match lang {
            Lang::En => format!(
                "Since {since} SMTP AUTH with a password is off by default for existing tenants; admins can turn it back on, but how is not documented in the sources available: check Message Center MC786329."
            ),
            Lang::De => format!(
                "Seit {since} ist SMTP AUTH mit Kennwort für bestehende Organisationen standardmäßig deaktiviert; Administratoren können es wieder aktivieren, wie genau, ist in den verfügbaren Quellen aber nicht dokumentiert: siehe Message Center MC786329."
            ),
        },
        Finding::BasicSmtpRemoved { since } => match lang {
            Lang::En => format!("SMTP AUTH with a password was removed on {since}."),
            Lang::De => format!("SMTP AUTH mit Kennwort wurde am {since} endgültig entfernt."),
        },
        Finding::BasicSmtpSeenWorking => pick_owned(
            lang,
            "The SMTP AUTH settings were not pasted, but the sign-in log shows successful password sign-ins over SMTP AUTH: it works today.",
            "Die SMTP-AUTH-Einstellungen wurden nicht eingefügt, aber das Anmeldeprotokoll zeigt erfolgreiche Anmeldungen mit Kennwort über SMTP AUTH: Es funktioniert heute.",
        ),
        Finding::OauthSmtpAllowed => pick_owned(
            lang,
            "SMTP AUTH with OAuth passes every Exchange switch.",
            "SMTP AUTH mit OAuth wird von keiner Exchange-Einstellung blockiert.",
        ),
        Finding::ProtocolDisabledForMailbox { protocol: p } => {
            let p = protocol(lang, *p);
            match lang {
                Lang::En => format!("{p} is turned off for this mailbox."),
                Lang::De => format!("{p} ist für dieses Postfach deaktiviert."),
            }
        }
        Finding::BasicPopImapRetired { protocol: p, since } => {
            let p = protocol(lang, *p);
            match lang {
                Lang::En => format!(
                    "{p} with a password has been switched off for good in Exchange Online since {since}; no setting brings it back."
                ),
                Lang::De => format!(
                    "{p} mit Kennwort ist in Exchange Online seit {since} endgültig abgeschaltet; keine Einstellung kann es wieder aktivieren."
                ),
            }
        }
        Finding::OauthPopImapAllowed { protocol: p } => {
            let p = protocol(lang, *p);
            match lang {
                Lang::En => format!("{p} with OAuth is turned on for this mailbox."),
                Lang::De => format!("{p} mit OAuth ist für dieses Postfach aktiviert."),
            }
        }
        Finding::AppOnlyOauthNeedsServicePrincipal { protocol: p } => {
            let p = protocol(lang, *p);
            match lang {
                Lang::En => format!(
                    "{p} with app-only OAuth works only if the app's service principal is registered in Exchange and has permission on the mailbox."
                ),
                Lang::De => format!(
                    "{p} mit App-only-OAuth funktioniert nur, wenn der Dienstprinzipal der App in Exchange registriert ist und Berechtigungen für das Postfach hat."
                ),
            }
        }
        Finding::EnvironmentUnknown => pick_owned(
            lang,
            "Cannot tell whether this is Exchange Online or Exchange Server, and the answer differs.",
            "Nicht feststellbar, ob es sich um Exchange Online oder Exchange Server handelt; die Antwort hängt davon ab.",
        ),
        Finding::OnPremLegacyAuthBlocked { protocol: p, policy, via: source } => {
            let (p, source) = (protocol(lang, *p), via(lang, *source));
            match lang {
                Lang::En => format!("The authentication policy '{policy}' ({source}) blocks legacy sign-in for {p}."),
                Lang::De => {
                    format!("Die Authentifizierungsrichtlinie '{policy}' ({source}) blockiert die Legacyauthentifizierung für {p}.")
                }
            }
        }
        Finding::OnPremModernAuthBlocked { protocol: p, policy, via: source } => {
            let (p, source) = (protocol(lang, *p), via(lang, *source));
            match lang {
                Lang::En => format!("The authentication policy '{policy}' ({source}) blocks modern (OAuth) sign-in for {p}."),
                Lang::De => format!(
                    "Die Authentifizierungsrichtlinie '{policy}' ({source}) blockiert die moderne Authentifizierung (OAuth) für {p}."
                ),
            }
        }
        Finding::OnPremBasicPopImapAllowedByPolicy { protocol: p } => {
            let p = protocol(lang, *p);
            match lang {
                Lang::En => format!("No policy blocks {p} with a password; the server's services and login settings decide."),
                Lang::De => format!(
                    "Keine Richtlinie blockiert {p} mit Kennwort; es entscheiden die Dienste und Anmeldeeinstellungen des Servers."
                ),
            }
        }
        Finding::OnPremOauthPopImapNotSupported { protocol: p } => {
            let p = protocol(lang, *p);
            match lang {
                Lang::En => format!("{p} with OAuth against Exchange Server is reported not to be supported (Hybrid Modern Auth)."),
                Lang::De => format!(
                    "{p} mit OAuth wird für Exchange Server laut Berichten nicht unterstützt (moderne Hybridauthentifizierung, HMA)."
                ),
            }
        }
        Finding::OnPremSmtpDependsOnReceiveConnector => pick_owned(
            lang,
            "SMTP AUTH on Exchange Server depends on the client receive connector, which these cmdlets do not show.",
            "SMTP AUTH hängt bei Exchange Server vom Client-Empfangsconnector ab, den diese Cmdlets nicht anzeigen.",
        ),
    }
}

pub fn warning(lang: Lang, warning: Warning) -> &'static str {
    match warning {
        Warning::SmtpBasicDefaultOff202612 => pick(
            lang,
            "Works today, but switched off by default at the end of December 2026 unless re-enabled; move the client to OAuth.",
            "Funktioniert derzeit, wird aber Ende Dezember 2026 standardmäßig deaktiviert, sofern es nicht wieder aktiviert wird; stellen Sie den Client auf OAuth um.",
        ),
        Warning::PasswordFixHoldsUntil202612 => pick(
            lang,
            "This fix relies on a password sign-in: it works until Microsoft switches Basic SMTP AUTH off by default (end of December 2026); plan OAuth.",
            "Diese Lösung beruht auf einer Anmeldung mit Kennwort: Sie funktioniert nur, bis Microsoft SMTP AUTH mit Kennwort standardmäßig abschaltet (Ende Dezember 2026); planen Sie OAuth ein.",
        ),
        Warning::SmtpBasicReenableCheckMessageCenter => pick(
            lang,
            "How to re-enable it is not documented in the sources available: check Message Center MC786329 and its follow-up.",
            "Wie es sich wieder aktivieren lässt, ist in den verfügbaren Quellen nicht dokumentiert: siehe Message Center MC786329 und die Folgemeldung.",
        ),
        Warning::AllowBasicAuthPopImapHasNoEffect => pick(
            lang,
            "A policy shows AllowBasicAuthPop/AllowBasicAuthImap True: obsolete, it has no effect (the advice to set it is outdated).",
            "Eine Richtlinie zeigt AllowBasicAuthPop/AllowBasicAuthImap True: veraltet und ohne Wirkung (der Rat, diese Einstellung zu setzen, ist überholt).",
        ),
        Warning::ClassicOutlookHasNoOauthForPopImap => pick(
            lang,
            "Classic Outlook cannot use OAuth for POP or IMAP; add the mailbox as a Microsoft 365 account instead.",
            "Das klassische Outlook unterstützt OAuth für POP und IMAP nicht; fügen Sie das Postfach stattdessen als Microsoft 365-Konto hinzu.",
        ),
        Warning::PolicyIsOrganizationDefault => pick(
            lang,
            "This is the organization's default policy: changing it affects everyone without a policy of their own.",
            "Dies ist die Standardrichtlinie der Organisation: Eine Änderung betrifft alle Benutzer ohne eigene Richtlinie.",
        ),
        Warning::PolicyChangeTakesUpTo24Hours => pick(
            lang,
            "Policy changes take up to 24 hours, or about 30 minutes after Set-User -STSRefreshTokensValidFrom.",
            "Richtlinienänderungen werden erst nach bis zu 24 Stunden wirksam, nach Set-User -STSRefreshTokensValidFrom nach etwa 30 Minuten.",
        ),
    }
}

pub fn gate(lang: Lang, gate: &Gate) -> String {
    match gate {
        Gate::SecurityDefaults => pick_owned(
            lang,
            "Entra security defaults must be off (they block every sign-in with a password to mail protocols).",
            "Die Sicherheitsstandards in Entra müssen deaktiviert sein (sie blockieren jede Anmeldung mit Kennwort über E-Mail-Protokolle).",
        ),
        Gate::ConditionalAccessLegacyBlock => pick_owned(
            lang,
            "No Conditional Access policy may block \"Other clients\" (legacy authentication) for this user.",
            "Keine Richtlinie für bedingten Zugriff darf „Andere Clients“ (Legacyauthentifizierung) für diesen Benutzer blockieren.",
        ),
        Gate::PerUserMfa => pick_owned(
            lang,
            "Per-user MFA must not be enforced (an app password is Basic too and only works with per-user MFA).",
            "Die MFA pro Benutzer darf nicht erzwungen sein (auch ein App-Kennwort ist Standardauthentifizierung und funktioniert nur mit MFA pro Benutzer).",
        ),
        Gate::TokenAcquisition => pick_owned(
            lang,
            "MFA and Conditional Access apply when the app gets its token; a non-interactive app cannot answer MFA.",
            "MFA und bedingter Zugriff greifen, wenn die App ihr Token abruft; eine nicht interaktive App kann keine MFA-Abfrage beantworten.",
        ),
        Gate::SmtpTls12 { legacy_tls_opt_in } => {
            let opt_in = match legacy_tls_opt_in {
                Some(true) => pick(
                    lang,
                    " The organization has opted in to smtp-legacy.office365.com for TLS 1.0/1.1 devices.",
                    " Die Organisation hat smtp-legacy.office365.com für Geräte mit TLS 1.0/1.1 aktiviert (Opt-in).",
                ),
                Some(false) => pick(
                    lang,
                    " Legacy TLS devices need Set-TransportConfig -AllowLegacyTLSClients $true and smtp-legacy.office365.com.",
                    " Geräte mit TLS 1.0/1.1 benötigen Set-TransportConfig -AllowLegacyTLSClients $true und smtp-legacy.office365.com.",
                ),
                None => "",
            };
            match lang {
                Lang::En => format!("The client must use TLS 1.2 on smtp.office365.com:587.{opt_in}"),
                Lang::De => format!("Der Client muss TLS 1.2 an smtp.office365.com:587 verwenden.{opt_in}"),
            }
        }
        Gate::PopImapTls12 { phase } => {
            let phase = match phase {
                LegacyTlsPhase::LegacyEndpointOnly => pick(
                    lang,
                    "TLS 1.0/1.1 only via the pop-legacy/imap-legacy endpoints.",
                    "TLS 1.0/1.1 nur noch über die Endpunkte pop-legacy/imap-legacy.",
                ),
                LegacyTlsPhase::BeingRemoved => pick(
                    lang,
                    "TLS 1.0/1.1 and the legacy endpoints are being removed (July to December 2026): expect failure.",
                    "TLS 1.0/1.1 und die Legacy-Endpunkte werden entfernt (Juli bis Dezember 2026): Rechnen Sie mit Fehlern.",
                ),
                LegacyTlsPhase::Removed => {
                    pick(lang, "TLS 1.0/1.1 and the legacy endpoints are gone.", "TLS 1.0/1.1 und die Legacy-Endpunkte sind abgeschaltet.")
                }
            };
            match lang {
                Lang::En => format!("The client must use TLS 1.2 on outlook.office365.com (995/993). {phase}"),
                Lang::De => format!("Der Client muss TLS 1.2 an outlook.office365.com (995/993) verwenden. {phase}"),
            }
        }
        Gate::SendAsFromAddress => pick_owned(
            lang,
            "The From address must be the signed-in mailbox (otherwise 5.7.60; use SMTP relay).",
            "Die Absenderadresse (From) muss das angemeldete Postfach sein (sonst 5.7.60; verwenden Sie SMTP-Relay).",
        ),
        Gate::AppRegistration => pick_owned(
            lang,
            "The app must be registered in Entra with the POP/IMAP delegated permission.",
            "Die App muss in Entra mit der delegierten POP/IMAP-Berechtigung registriert sein.",
        ),
        Gate::ServicePrincipalPermission => pick_owned(
            lang,
            "The app's service principal must exist in Exchange and have permission on the mailbox.",
            "Der Dienstprinzipal der App muss in Exchange vorhanden sein und Berechtigungen für das Postfach haben.",
        ),
        Gate::PopImapServicesStarted => pick_owned(
            lang,
            "The POP3/IMAP4 services must be started and configured on the server.",
            "Die POP3-/IMAP4-Dienste müssen auf dem Server gestartet und konfiguriert sein.",
        ),
        Gate::LoginType => pick_owned(
            lang,
            "Set-PopSettings/Set-ImapSettings -LoginType: plain-text login needs TLS (995/993) with the default SecureLogin.",
            "Set-PopSettings/Set-ImapSettings -LoginType: Mit dem Standardwert SecureLogin ist die Klartextanmeldung nur über TLS (995/993) möglich.",
        ),
        Gate::ReceiveConnectorBasicAuth => pick_owned(
            lang,
            "The \"Client Frontend\" receive connector (port 587) must offer BasicAuth with TLS.",
            "Der Empfangsconnector „Client Frontend“ (Port 587) muss BasicAuth mit TLS anbieten.",
        ),
    }
}

/// "POP3 with a password (Basic), IMAP4 with OAuth".
fn items(lang: Lang, items: &[ProtocolAuth]) -> String {
    let parts: Vec<String> = items.iter().map(|i| format!("{} {}", protocol(lang, i.protocol), auth(lang, i.auth))).collect();
    parts.join(", ")
}

pub fn headline(lang: Lang, headline: &Headline) -> String {
    let who = scenario(lang, headline.scenario);
    let list = items(lang, &headline.items);
    match headline.code {
        HeadlineCode::ClassicOutlookUseMicrosoft365Account => pick_owned(
            lang,
            "Classic Outlook cannot use POP or IMAP with this mailbox; add it as a Microsoft 365 account instead.",
            "Das klassische Outlook kann dieses Postfach nicht über POP oder IMAP nutzen; fügen Sie es stattdessen als Microsoft 365-Konto hinzu.",
        ),
        HeadlineCode::Blocked => match lang {
            Lang::En => format!("{who}: blocked for {list}."),
            Lang::De => format!("{who}: blockiert für {list}."),
        },
        HeadlineCode::NeedsInput => match lang {
            Lang::En => format!("{who}: cannot tell yet for {list}; paste the missing output below."),
            Lang::De => format!("{who}: für {list} noch nicht feststellbar; fügen Sie unten die fehlende Ausgabe ein."),
        },
        HeadlineCode::DependsOnChecks => match lang {
            Lang::En => format!("{who}: Exchange allows {list}; check the items listed."),
            Lang::De => format!("{who}: Exchange lässt {list} zu; prüfen Sie die aufgeführten Punkte."),
        },
        HeadlineCode::Works => match lang {
            Lang::En => format!("{who}: works for {list}."),
            Lang::De => format!("{who}: funktioniert für {list}."),
        },
        HeadlineCode::NothingToSay => match lang {
            Lang::En => format!("{who}: nothing in the paste decides it."),
            Lang::De => format!("{who}: Nichts im eingefügten Text entscheidet darüber."),
        },
    }
}
