//! Labels the views and the ticket note share, so both say the same thing.

use super::{pick, Lang};
use crate::rules::ClientScenario;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Organization,
    Mailbox,
    EvaluatedOn,
    Client,
    Environment,
    CommandsHeading,
    Alternative,
    Alternatives,
    Affects,
    DecidingSetting,
    Details,
    Pasted,
    Warnings,
    TicketHeading,
    CopyForTicket,
}

pub fn label(lang: Lang, label: Label) -> &'static str {
    match label {
        Label::Organization => pick(lang, "Organization", "Organisation"),
        Label::Mailbox => pick(lang, "Mailbox", "Postfach"),
        Label::EvaluatedOn => pick(lang, "Evaluated on", "Ausgewertet am"),
        Label::Client => pick(lang, "Client", "Client"),
        Label::Environment => pick(lang, "Environment", "Umgebung"),
        Label::CommandsHeading => pick(lang, "Commands that fix it", "Befehle, die es beheben"),
        Label::Alternative => pick(lang, "Alternative", "Alternative"),
        Label::Alternatives => pick(lang, "Alternatives with a wider reach", "Alternativen mit größerer Reichweite"),
        Label::Affects => pick(lang, "Affects", "Betrifft"),
        Label::DecidingSetting => pick(lang, "Deciding setting", "Entscheidende Einstellung"),
        Label::Details => pick(lang, "Details: every sign-in method, sources and checks", "Details: jede Anmeldemethode, Quellen und Prüfungen"),
        Label::Pasted => pick(lang, "Pasted", "Eingefügt"),
        Label::Warnings => pick(lang, "Warnings", "Warnungen"),
        Label::TicketHeading => pick(lang, "Sign-in over SMTP AUTH, POP3 and IMAP4: diagnosis", "Anmeldung über SMTP AUTH, POP3 und IMAP4: Diagnose"),
        Label::CopyForTicket => pick(lang, "Copy for the ticket", "Für das Ticket kopieren"),
    }
}

/// The client choices, as the settings offer them.
pub fn client(lang: Lang, scenario: ClientScenario) -> &'static str {
    match scenario {
        ClientScenario::OutlookPopImap => pick(lang, "Classic Outlook with a POP/IMAP account", "Klassisches Outlook mit POP-/IMAP-Konto"),
        ClientScenario::OauthApp => pick(lang, "Mail app with OAuth (e.g. Thunderbird)", "Mail-App mit OAuth (z. B. Thunderbird)"),
        ClientScenario::DeviceBasic => pick(lang, "Device or app with username and password", "Gerät oder App mit Benutzername und Kennwort"),
        ClientScenario::AppOnlyOauth => pick(lang, "App with app-only OAuth", "App mit App-only-OAuth"),
        ClientScenario::Any => pick(lang, "Not sure: show all", "Nicht sicher: alles zeigen"),
    }
}
