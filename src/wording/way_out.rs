//! The way out of an account that signs in with a password, worded: the paths and their fit,
//! the reasons, what the evidence suggests (worded "likely"), the questions that decide a plan,
//! the portal steps, device settings and notes of each path, and the sites.

use super::plural::{count, form, Form, Noun};
use super::{pick, Lang};
use crate::parse::{iso_utc, Sender};
use crate::remedy::way_out::{DeviceSettings, PathNote, PortalStep, SignIn, Tls};
use crate::rules::way_out::sender::HintFrom;
use crate::rules::way_out::sites::Site;
use crate::rules::way_out::{Fit, IpReading, OutsideBasis, Path, Question, SenderBasis, WayOut, Why};
use crate::model::DomainsFrom;

pub fn path(lang: Lang, path: Path) -> &'static str {
    match path {
        Path::OauthAppOnly => pick(lang, "OAuth, app-only (the app's own token)", "OAuth, nur App (eigenes Token der App)"),
        Path::OauthDelegated => pick(lang, "OAuth, delegated (the user signs in)", "OAuth, delegiert (der Benutzer meldet sich an)"),
        Path::Hve => pick(lang, "High Volume Email (HVE)", "High Volume Email (HVE)"),
        Path::RelayConnector => pick(lang, "SMTP relay through a connector", "SMTP-Relay über einen Connector"),
        Path::DirectSend => pick(lang, "Direct Send", "Direct Send"),
        Path::KeepForNow => pick(lang, "Keep the password for now", "Vorerst beim Kennwort bleiben"),
    }
}

/// Said in place of a path's steps when they cannot be filled in: a value they would carry
/// (the identity, an address, a name from the evidence) holds a control character, which no
/// command may quote (`remedy::single_quoted`).
pub fn no_steps(lang: Lang) -> &'static str {
    pick(
        lang,
        "No steps: a value of this account cannot be put into a command safely (it holds a control character).",
        "Keine Schritte: Ein Wert dieses Kontos lässt sich nicht sicher in einen Befehl setzen (er enthält ein Steuerzeichen).",
    )
}

pub fn fit(lang: Lang, fit: Fit) -> &'static str {
    match fit {
        Fit::Fits => pick(lang, "fits", "passt"),
        Fit::Check => pick(lang, "check", "prüfen"),
        Fit::No => pick(lang, "does not fit", "passt nicht"),
    }
}

pub fn why(lang: Lang, why: Why) -> &'static str {
    match why {
        Why::AppUsesClientCredentials => pick(lang, "The app sends with its own token: no password, no user.", "Die App sendet mit eigenem Token: kein Kennwort, kein Benutzer."),
        Why::PersonSignsIn => pick(lang, "A person's mail program signs the user in with OAuth.", "Das Mailprogramm einer Person meldet den Benutzer mit OAuth an."),
        Why::OneAddressSeen => pick(lang, "All its password sign-ins came from one public IPv4 address; confirm it is static.", "Alle Anmeldungen mit Kennwort kamen von einer öffentlichen IPv4-Adresse; bestätigen Sie, dass sie statisch ist."),
        Why::InternalOnly => pick(lang, "It mails internal recipients only; HVE keeps the password until September 2028.", "Es sendet nur an interne Empfänger; HVE erlaubt das Kennwort bis September 2028."),
        Why::InternalOnlyDirectSendAllowed => pick(lang, "It mails internal recipients only, and Direct Send is not refused.", "Es sendet nur an interne Empfänger, und Direct Send wird nicht abgelehnt."),
        Why::FirmwareDecides => pick(lang, "Only if the device's firmware can sign in with OAuth (XOAUTH2).", "Nur wenn die Firmware des Geräts sich mit OAuth (XOAUTH2) anmelden kann."),
        Why::SenderUnknown => pick(lang, "Depends on what signs in.", "Hängt davon ab, was sich anmeldet."),
        Why::AppNeedsUserToken => pick(lang, "Only if the app can hold a user's token (one interactive sign-in, then refresh); app-only suits an app better.", "Nur wenn die App das Token eines Benutzers halten kann (eine interaktive Anmeldung, dann Aktualisierung); OAuth nur als App passt besser."),
        Why::OutsideUnknown => pick(lang, "Only if it mails internal recipients only: a message trace tells.", "Nur wenn es ausschließlich an interne Empfänger sendet: Eine Nachrichtenablaufverfolgung zeigt es."),
        Why::NeedsStaticAddress => pick(lang, "No single public IPv4 address seen: it needs a static one or a certificate.", "Keine einzelne öffentliche IPv4-Adresse gesehen: Es braucht eine statische oder ein Zertifikat."),
        Why::RejectDirectSendUnknown => pick(lang, "Only if the organization does not refuse Direct Send (RejectDirectSend).", "Nur wenn die Organisation Direct Send nicht ablehnt (RejectDirectSend)."),
        Why::BuysDaysOnly => pick(lang, "Only until Basic SMTP AUTH is off by default at the end of December 2026.", "Nur bis Basic-SMTP AUTH Ende Dezember 2026 standardmäßig aus ist."),
        Why::SendsOutside => pick(lang, "It mails outside the organization, which this path refuses.", "Es sendet nach außen, was dieser Weg ablehnt."),
        Why::PersonsMailProgram => pick(lang, "A person's mail program cannot use it.", "Das Mailprogramm einer Person kann ihn nicht nutzen."),
        Why::PersonUsesDelegated => pick(lang, "A person signs in as themselves: delegated OAuth.", "Eine Person meldet sich selbst an: delegiertes OAuth."),
        Why::DirectSendRejected => pick(lang, "RejectDirectSend is True.", "RejectDirectSend ist True."),
        Why::DefaultAlreadyOff => pick(lang, "Basic SMTP AUTH was switched off by default at the end of December 2026; turning it back on is not documented.", "Basic-SMTP AUTH wurde Ende Dezember 2026 standardmäßig abgeschaltet; das Wiedereinschalten ist nicht dokumentiert."),
        Why::AlreadyFailing => pick(lang, "Its password sign-ins fail already.", "Seine Anmeldungen mit Kennwort scheitern bereits."),
    }
}

pub fn question(lang: Lang, question: Question) -> &'static str {
    match question {
        Question::WhatSignsIn => pick(lang, "What signs in: a device (printer, scanner), an app, or a person's mail program?", "Was meldet sich an: ein Gerät (Drucker, Scanner), eine App oder das Mailprogramm einer Person?"),
        Question::FirmwareOauth => pick(lang, "Can the device's firmware sign in with OAuth (XOAUTH2)? Its vendor's notes tell.", "Kann die Firmware des Geräts sich mit OAuth (XOAUTH2) anmelden? Die Hinweise des Herstellers sagen es."),
        Question::StaticAddress => pick(lang, "Does it send from one static public IPv4 address, or can it present a certificate?", "Sendet es von einer statischen öffentlichen IPv4-Adresse, oder kann es ein Zertifikat vorweisen?"),
        Question::SendsOutside => pick(lang, "Does it mail outside the organization? A message trace tells.", "Sendet es nach außen? Eine Nachrichtenablaufverfolgung zeigt es."),
        Question::RejectDirectSend => pick(lang, "Is RejectDirectSend True? Get-OrganizationConfig tells.", "Ist RejectDirectSend True? Get-OrganizationConfig zeigt es."),
    }
}

/// `device`, `app`, `person`, `unknown`: the short word of a table cell or a choice.
pub fn sender(lang: Lang, sender: Sender) -> &'static str {
    match sender {
        Sender::Device => pick(lang, "device", "Gerät"),
        Sender::App => pick(lang, "app", "App"),
        Sender::Person => pick(lang, "person", "Person"),
        Sender::Unknown => pick(lang, "unknown", "unbekannt"),
    }
}

/// `yes`, `no`, `unknown`.
pub fn yes_no(lang: Lang, value: Option<bool>) -> &'static str {
    match value {
        Some(true) => pick(lang, "yes", "ja"),
        Some(false) => pick(lang, "no", "nein"),
        None => pick(lang, "unknown", "unbekannt"),
    }
}

/// What signs in, and where that comes from: an answer, a likely reading, or nothing.
pub fn sender_reading(lang: Lang, plan: &WayOut) -> String {
    let what = sender(lang, plan.sender);
    match (plan.sender_from, &plan.sender_hint, lang) {
        (SenderBasis::Answer, _, Lang::En) => format!("What signs in: {what} (your answer)."),
        (SenderBasis::Answer, _, Lang::De) => format!("Was sich anmeldet: {what} (Ihre Antwort)."),
        (SenderBasis::Likely, Some(hint), _) => {
            let text = &hint.text;
            match (hint.from, lang) {
                (HintFrom::DisplayName, Lang::En) => format!("What signs in: likely a {what}: the display name reads “{text}”. Please confirm."),
                (HintFrom::DisplayName, Lang::De) => format!("Was sich anmeldet: wahrscheinlich {}: Der Anzeigename lautet „{text}“. Bitte bestätigen.", with_article_de(plan.sender)),
                (HintFrom::AccountName, Lang::En) => format!("What signs in: likely a {what}: the account name reads “{text}”. Please confirm."),
                (HintFrom::AccountName, Lang::De) => format!("Was sich anmeldet: wahrscheinlich {}: Der Kontoname lautet „{text}“. Bitte bestätigen.", with_article_de(plan.sender)),
                (HintFrom::MailProgram, Lang::En) => format!("What signs in: likely a {what}: its sign-ins name the mail program “{text}”. Please confirm."),
                (HintFrom::MailProgram, Lang::De) => format!("Was sich anmeldet: wahrscheinlich {}: Ihre Anmeldungen nennen das Mailprogramm „{text}“. Bitte bestätigen.", with_article_de(plan.sender)),
            }
        }
        (_, _, Lang::En) => "What signs in: not known yet (a sign-in log shows BAV2ROPC for every password sign-in).".to_string(),
        (_, _, Lang::De) => "Was sich anmeldet: noch nicht bekannt (ein Anmeldeprotokoll zeigt bei jeder Anmeldung mit Kennwort BAV2ROPC).".to_string(),
    }
}

fn with_article_de(sender: Sender) -> &'static str {
    match sender {
        Sender::Device => "ein Gerät",
        Sender::App => "eine App",
        Sender::Person => "eine Person",
        Sender::Unknown => "unbekannt",
    }
}

/// Whether it sends outside, and what shows it.
pub fn outside_reading(lang: Lang, plan: &WayOut) -> String {
    let value = yes_no(lang, plan.sends_outside);
    match (plan.outside_from, &plan.traffic, lang) {
        (OutsideBasis::Answer, _, Lang::En) => format!("Sends outside the organization: {value} (your answer)."),
        (OutsideBasis::Answer, _, Lang::De) => format!("Sendet nach außen: {value} (Ihre Antwort)."),
        (OutsideBasis::MessageTrace, Some(traffic), _) => {
            let window = match (traffic.first, traffic.last) {
                (Some(first), Some(last)) => format!(", {} – {}", day(first), day(last)),
                _ => String::new(),
            };
            let domains = match (traffic.domains_from, lang) {
                (DomainsFrom::AcceptedDomains, Lang::En) => "the accepted domains",
                (DomainsFrom::AcceptedDomains, Lang::De) => "den akzeptierten Domänen",
                (DomainsFrom::PastedMailboxes, Lang::En) => "the pasted mailboxes' domains (no Get-AcceptedDomain)",
                (DomainsFrom::PastedMailboxes, Lang::De) => "den Domänen der eingefügten Postfächer (ohne Get-AcceptedDomain)",
            };
            let (n, of) = (traffic.outside, super::number(lang, traffic.recipients));
            let verb = |one, many| if n == 1 { one } else { many };
            let n = super::number(lang, n);
            match lang {
                Lang::En => {
                    let verb = verb("is", "are");
                    format!("Sends outside the organization: {value}: {n} of {of} recipients in the message trace ({}{window}) {verb} outside {domains}.", count(lang, traffic.messages, Noun::Message))
                }
                Lang::De => {
                    let verb = verb("liegt", "liegen");
                    format!("Sendet nach außen: {value}: {n} von {of} Empfängern in der Nachrichtenablaufverfolgung ({}{window}) {verb} außerhalb von {domains}.", count(lang, traffic.messages, Noun::Message))
                }
            }
        }
        (_, _, Lang::En) => "Sends outside the organization: not known; a message trace tells.".to_string(),
        (_, _, Lang::De) => "Sendet nach außen: nicht bekannt; eine Nachrichtenablaufverfolgung zeigt es.".to_string(),
    }
}

fn day(seconds: i64) -> String {
    // `iso_utc` always begins with the ten ASCII characters of the day.
    iso_utc(seconds).get(..10).unwrap_or_default().to_string()
}

/// Where its password sign-ins came from, as a connector needs it.
pub fn ip_reading(lang: Lang, ip: &IpReading) -> String {
    match (ip, lang) {
        (IpReading::One { address }, Lang::En) => format!("Its password sign-ins came from one public IPv4 address: {address}."),
        (IpReading::One { address }, Lang::De) => format!("Seine Anmeldungen mit Kennwort kamen von einer öffentlichen IPv4-Adresse: {address}."),
        (IpReading::Several { addresses }, Lang::En) => format!("Its password sign-ins came from {} addresses ({}): none alone fits a connector.", addresses.len(), addresses.join(", ")),
        (IpReading::Several { addresses }, Lang::De) => format!("Seine Anmeldungen mit Kennwort kamen von {} Adressen ({}): Keine allein passt in einen Connector.", addresses.len(), addresses.join(", ")),
        (IpReading::NotPublicIpv4 { address }, Lang::En) => format!("Its password sign-ins came from {address}, not a public IPv4 address as a connector needs."),
        (IpReading::NotPublicIpv4 { address }, Lang::De) => format!("Seine Anmeldungen mit Kennwort kamen von {address}, keiner öffentlichen IPv4-Adresse, wie ein Connector sie braucht."),
        (IpReading::None, Lang::En) => "No successful password sign-in shows an address.".to_string(),
        (IpReading::None, Lang::De) => "Keine erfolgreiche Anmeldung mit Kennwort zeigt eine Adresse.".to_string(),
    }
}

/// The plan in one sentence: the recommended path, or the question that decides it.
pub fn recommended(lang: Lang, plan: &WayOut) -> String {
    match (plan.recommended, plan.questions.first(), lang) {
        (Some(way), _, Lang::En) => format!("Recommended: {}.", path(lang, way)),
        (Some(way), _, Lang::De) => format!("Empfohlen: {}.", path(lang, way)),
        (None, Some(first), Lang::En) => format!("No way out fits for sure yet. What decides it: {}", question(lang, *first)),
        (None, Some(first), Lang::De) => format!("Noch passt kein Weg sicher. Was entscheidet: {}", question(lang, *first)),
        (None, None, Lang::En) => "No way out fits yet.".to_string(),
        (None, None, Lang::De) => "Noch passt kein Weg.".to_string(),
    }
}

/// The short name of the recommended path for a table cell, or "ask".
pub fn recommended_short(lang: Lang, recommended: Option<Path>) -> &'static str {
    match recommended {
        Some(Path::OauthAppOnly) => pick(lang, "OAuth (app-only)", "OAuth (nur App)"),
        Some(Path::OauthDelegated) => pick(lang, "OAuth (delegated)", "OAuth (delegiert)"),
        Some(Path::Hve) => "HVE",
        Some(Path::RelayConnector) => pick(lang, "relay connector", "Relay-Connector"),
        Some(Path::DirectSend) => "Direct Send",
        Some(Path::KeepForNow) => pick(lang, "keep for now", "vorerst behalten"),
        None => pick(lang, "ask", "klären"),
    }
}

pub fn portal_step(lang: Lang, step: PortalStep) -> &'static str {
    match step {
        PortalStep::RegisterApp => pick(lang,
            "Entra admin center > App registrations > New registration (this directory only).",
            "Entra Admin Center > App-Registrierungen > Neue Registrierung (nur dieses Verzeichnis)."),
        PortalStep::AddSmtpSendAsApp => pick(lang,
            "API permissions > Add a permission > APIs my organization uses > Office 365 Exchange Online > Application permissions > SMTP.SendAsApp.",
            "API-Berechtigungen > Berechtigung hinzufügen > Von meiner Organisation verwendete APIs > Office 365 Exchange Online > Anwendungsberechtigungen > SMTP.SendAsApp."),
        PortalStep::GrantAdminConsent => pick(lang,
            "Grant admin consent (as an Application Administrator or Cloud Application Administrator).",
            "Administratorzustimmung erteilen (als Anwendungs- oder Cloudanwendungsadministrator)."),
        PortalStep::CopyIds => pick(lang,
            "Note the Application (client) ID and the Object ID from Enterprise applications, not from App registrations.",
            "Notieren Sie die Anwendungs-ID (Client) und die Objekt-ID aus Unternehmensanwendungen, nicht aus App-Registrierungen."),
        PortalStep::AddSmtpSendDelegated => pick(lang,
            "For an app of your own: API permissions > delegated SMTP.Send and offline_access, then consent.",
            "Für eine eigene App: API-Berechtigungen > delegiert SMTP.Send und offline_access, dann zustimmen."),
        PortalStep::ChooseOauthInMailProgram => pick(lang,
            "In the mail program, set the outgoing server's sign-in to OAuth 2.0 (Microsoft 365) and sign in as the user.",
            "Im Mailprogramm die Anmeldung des Postausgangsservers auf OAuth 2.0 (Microsoft 365) stellen und sich als Benutzer anmelden."),
        PortalStep::SendTestMessage => pick(lang,
            "Send a test message; if it fails, the check above shows what is set.",
            "Senden Sie eine Testnachricht; schlägt sie fehl, zeigt die Prüfung oben, was eingestellt ist."),
        PortalStep::PublishSpf => pick(lang,
            "Add the site's address to the domain's SPF record (below).",
            "Die Adresse des Standorts in den SPF-Eintrag der Domäne aufnehmen (unten)."),
    }
}

pub fn path_note(lang: Lang, note: PathNote) -> &'static str {
    match note {
        PathNote::ObjectIdFromEnterpriseApplications => pick(lang,
            "The most common mistake: an Object ID from App registrations in New-ServicePrincipal causes an authentication failure.",
            "Der häufigste Fehler: Eine Objekt-ID aus App-Registrierungen in New-ServicePrincipal führt zu einem Authentifizierungsfehler."),
        PathNote::OauthErrorsAfterMove => pick(lang,
            "535 5.7.3: wrong token scope or service principal; 430 4.2.0 STOREDRV: no mailbox permission. Changes can take 15–30 minutes.",
            "535 5.7.3: falscher Token-Bereich oder Dienstprinzipal; 430 4.2.0 STOREDRV: keine Postfachberechtigung. Änderungen können 15–30 Minuten dauern."),
        PathNote::KeepsSmtpAuthForMailbox => pick(lang,
            "SMTP AUTH stays on for this mailbox only (OAuth needs it too); the organization's switch is not touched.",
            "SMTP AUTH bleibt nur für dieses Postfach an (auch OAuth braucht es); der Schalter der Organisation bleibt unberührt."),
        PathNote::UserSignInPolicies => pick(lang,
            "Conditional Access and MFA apply when the user signs in.",
            "Bedingter Zugriff und MFA gelten bei der Anmeldung des Benutzers."),
        PathNote::HveInternalOnly => pick(lang,
            "Mail to outside recipients gets 550 5.5.105. Limits: Microsoft's High Volume Email page.",
            "E-Mail an externe Empfänger erhält 550 5.5.105. Grenzwerte: Microsofts Seite zu High Volume Email."),
        PathNote::HvePasswordUntil2028 => pick(lang,
            "Billed per recipient since 2026-06-01.",
            "Seit 2026-06-01 pro Empfänger abgerechnet."),
        PathNote::HveOldHostDeprecated => pick(lang,
            "Use smtp.hve.mx.microsoft; smtp-hve.office365.com will be deprecated.",
            "smtp.hve.mx.microsoft verwenden; smtp-hve.office365.com wird abgekündigt."),
        PathNote::AssembledFromReference => pick(lang,
            "The IP connector command is assembled from the cmdlet reference (Microsoft's device page gives admin-center steps only).",
            "Der Befehl für den IP-Connector ist aus der Cmdlet-Referenz zusammengesetzt (Microsofts Geräteseite nennt nur Schritte im Admin Center)."),
        PathNote::ConfirmStaticAddress => pick(lang,
            "A connector takes no dynamic address.",
            "Ein Connector nimmt keine dynamische Adresse."),
        PathNote::NeedsStaticAddress => pick(lang,
            "Put in the site's static public IPv4 address, or use the certificate connector.",
            "Tragen Sie die statische öffentliche IPv4-Adresse des Standorts ein oder nutzen Sie den Connector per Zertifikat."),
        PathNote::MxDerived => pick(lang,
            "The MX endpoint is derived from the domain; Resolve-DnsName confirms it.",
            "Der MX-Endpunkt ist aus der Domäne abgeleitet; Resolve-DnsName bestätigt ihn."),
        PathNote::RelayDeniedError => pick(lang,
            "550 5.7.64 TenantAttribution; Relay Access Denied: address or certificate does not match the connector.",
            "550 5.7.64 TenantAttribution; Relay Access Denied: Adresse oder Zertifikat passt nicht zum Connector."),
        PathNote::FromAcceptedDomain => pick(lang,
            "The From address must be in one of the organization's accepted domains.",
            "Die Absenderadresse muss in einer akzeptierten Domäne der Organisation liegen."),
        PathNote::DirectSendRejectedError => pick(lang,
            "Where RejectDirectSend is True: 550 5.7.68 TenantInboundAttribution; Direct Send not allowed.",
            "Wo RejectDirectSend True ist: 550 5.7.68 TenantInboundAttribution; Direct Send not allowed."),
        PathNote::DirectSendFiltered => pick(lang,
            "Filtered like mail from outside; never point a device at a connector and Direct Send at once.",
            "Gefiltert wie E-Mail von außen; ein Gerät nie zugleich auf Connector und Direct Send richten."),
        PathNote::HoldsUntilDefaultOff => pick(lang,
            "Move to another path before then.",
            "Stellen Sie vorher auf einen anderen Weg um."),
    }
}

pub fn tls(lang: Lang, tls: Tls) -> &'static str {
    match tls {
        Tls::StartTls => "STARTTLS",
        Tls::Optional => pick(lang, "STARTTLS if the device offers it", "STARTTLS, wenn das Gerät es anbietet"),
    }
}

pub fn sign_in(lang: Lang, sign_in: SignIn) -> &'static str {
    match sign_in {
        SignIn::Oauth => pick(lang, "OAuth 2.0 (XOAUTH2)", "OAuth 2.0 (XOAUTH2)"),
        SignIn::Password => pick(lang, "user name and password", "Benutzername und Kennwort"),
        SignIn::None => pick(lang, "none", "keine"),
    }
}

/// The device or app settings as label and value, in the order a settings page asks for them.
pub fn device_settings(lang: Lang, settings: &DeviceSettings) -> Vec<(&'static str, String)> {
    let account = match settings.sign_in {
        SignIn::None => pick(lang, "From address", "Absenderadresse"),
        SignIn::Oauth | SignIn::Password => pick(lang, "Account", "Konto"),
    };
    let mut lines = vec![
        (pick(lang, "Server", "Server"), settings.server.clone()),
        (pick(lang, "Port", "Port"), settings.port.to_string()),
        (pick(lang, "Encryption", "Verschlüsselung"), tls(lang, settings.tls).to_string()),
        (pick(lang, "Sign-in", "Anmeldung"), sign_in(lang, settings.sign_in).to_string()),
        (account, settings.account.clone()),
    ];
    if let Some(scope) = settings.scope {
        lines.push((pick(lang, "Token scope", "Token-Bereich"), scope.to_string()));
    }
    if let Some(url) = &settings.token_url {
        lines.push((pick(lang, "Token from", "Token von"), url.clone()));
    }
    lines
}

/// The heading of the way out: before the default change, and after it.
pub fn heading(lang: Lang, after_default_off: bool) -> &'static str {
    match after_default_off {
        false => pick(lang, "Signs in with a password: the way out before the end of December", "Meldet sich mit Kennwort an: der Weg hinaus vor Ende Dezember"),
        true => pick(lang, "Signed in with a password: what broke and what to move to", "Hat sich mit Kennwort angemeldet: was ausfiel und wohin umstellen"),
    }
}

pub fn sites_heading(lang: Lang) -> &'static str {
    pick(lang, "Sites: accounts that send from the same address", "Standorte: Konten, die von derselben Adresse senden")
}

/// The accounts whose plans a note leaves to the worksheet.
pub fn more_in_worksheet(lang: Lang, n: usize) -> String {
    let accounts = count(lang, n as u64, Noun::Account);
    match lang {
        Lang::En => format!("{accounts} more: see the worksheet (CSV or Markdown) for every plan."),
        Lang::De => format!("{accounts} mehr: Jeder Plan steht im Arbeitsblatt (CSV oder Markdown)."),
    }
}

/// Said once for the accounts whose settings were not pasted, instead of their unknowns.
pub fn settings_not_pasted(lang: Lang, n: usize) -> String {
    let accounts = count(lang, n as u64, Noun::Account);
    match lang {
        Lang::En => format!("The settings of {accounts} were not pasted: paste the collect script's output to see what decides each protocol."),
        Lang::De => format!("Die Einstellungen von {accounts} wurden nicht eingefügt: Fügen Sie die Ausgabe des Sammelskripts ein, um zu sehen, was jedes Protokoll entscheidet."),
    }
}

/// The Markdown worksheet's headings.
pub fn worksheet_headings(lang: Lang) -> [&'static str; 9] {
    match lang {
        Lang::En => ["Account", "What signs in", "Sends outside", "Recommended", "Server, port, sign-in", "Site", "Password sign-ins", "Last success", "Status"],
        Lang::De => ["Konto", "Was sich anmeldet", "Sendet nach außen", "Empfohlen", "Server, Port, Anmeldung", "Standort", "Anmeldungen mit Kennwort", "Zuletzt erfolgreich", "Status"],
    }
}

/// Beside a reading of the evidence: not a fact.
pub fn likely(lang: Lang) -> &'static str {
    pick(lang, "likely", "wahrscheinlich")
}

/// A site's accounts named in its sentence: a site behind one address can be a whole office.
const SITE_ACCOUNTS_NAMED: usize = 5;

/// A site in one sentence, naming its first few accounts.
pub fn site(lang: Lang, site: &Site) -> String {
    let n = site.accounts.len() as u64;
    let mut accounts = site.accounts.iter().take(SITE_ACCOUNTS_NAMED).map(String::as_str).collect::<Vec<_>>().join(", ");
    let more = site.accounts.len().saturating_sub(SITE_ACCOUNTS_NAMED);
    if more > 0 {
        let more = super::number(lang, more as u64);
        accounts.push_str(&match lang {
            Lang::En => format!(" and {more} more"),
            Lang::De => format!(" und {more} weitere"),
        });
    }
    let (form, n) = (form(lang, n), super::number(lang, n));
    match (lang, form) {
        (Lang::En, Form::One) => format!("{}: 1 account ({accounts}).", site.ip),
        (Lang::En, Form::Other) => format!("{}: {n} accounts ({accounts}): one connector and one SPF entry cover them.", site.ip),
        (Lang::De, Form::One) => format!("{}: 1 Konto ({accounts}).", site.ip),
        (Lang::De, Form::Other) => format!("{}: {n} Konten ({accounts}): Ein Connector und ein SPF-Eintrag decken sie ab.", site.ip),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::december::December;
    use crate::rules::way_out::{decide, AccountFacts, Organization};

    #[test]
    fn every_code_is_worded_in_both_languages_and_readings_say_likely() {
        for lang in Lang::ALL {
            for way in Path::ALL {
                assert!(!path(lang, way).is_empty());
            }
        }
        let facts = AccountFacts {
            sender_hint: Some(crate::rules::way_out::SenderHint { sender: Sender::Device, from: HintFrom::DisplayName, text: "Scanner 3rd floor".into() }),
            ..AccountFacts::default()
        };
        let plan = decide(&facts, None, &Organization::default(), December::Breaks);
        assert_eq!(sender_reading(Lang::En, &plan), "What signs in: likely a device: the display name reads “Scanner 3rd floor”. Please confirm.");
        assert!(sender_reading(Lang::De, &plan).contains("wahrscheinlich ein Gerät"));
        assert!(recommended(Lang::En, &plan).starts_with("No way out fits for sure yet. What decides it: Can the device's firmware"));
    }

    #[test]
    fn a_site_names_its_first_accounts_only() {
        let office = Site { ip: "203.0.113.7".into(), accounts: (1..=7).map(|i| format!("scanner{i}@contoso.com")).collect() };
        assert_eq!(site(Lang::En, &office), "203.0.113.7: 7 accounts (scanner1@contoso.com, scanner2@contoso.com, scanner3@contoso.com, scanner4@contoso.com, scanner5@contoso.com and 2 more): one connector and one SPF entry cover them.");
        assert!(site(Lang::De, &office).contains("scanner5@contoso.com und 2 weitere): Ein Connector"));
        let two = Site { ip: "203.0.113.7".into(), accounts: vec!["a@contoso.com".into(), "b@contoso.com".into()] };
        assert_eq!(site(Lang::En, &two), "203.0.113.7: 2 accounts (a@contoso.com, b@contoso.com): one connector and one SPF entry cover them.");
    }
}
