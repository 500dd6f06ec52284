//! Commands: what each step is for, whom it affects, the steps as one script, and values that
//! were refused a command.

use super::{pick, Lang};
use crate::remedy::{BlastRadius, Command, Purpose};
use crate::remedy::{Refusal, RefusalObject};

pub fn purpose(lang: Lang, purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::EnableProtocolForMailbox => {
            pick(lang, "turn the protocol on for this mailbox", "das Protokoll für dieses Postfach aktivieren")
        }
        Purpose::EnableSmtpAuthForMailbox => pick(
            lang,
            "turn SMTP AUTH on for this mailbox only (recommended)",
            "SMTP AUTH nur für dieses Postfach aktivieren (empfohlen)",
        ),
        Purpose::EnableSmtpAuthForOrganization => {
            pick(lang, "turn SMTP AUTH on for the whole organization", "SMTP AUTH für die gesamte Organisation aktivieren")
        }
        Purpose::CreateDedicatedPolicy => pick(
            lang,
            "create a policy that allows only SMTP AUTH with a password",
            "eine Richtlinie erstellen, die nur SMTP AUTH mit Kennwort zulässt",
        ),
        Purpose::AllowBasicSmtpInDedicatedPolicy => pick(
            lang,
            "let the dedicated policy allow SMTP AUTH with a password",
            "in der eigens erstellten Richtlinie SMTP AUTH mit Kennwort zulassen",
        ),
        Purpose::AssignDedicatedPolicy => {
            pick(lang, "assign that policy to this user only", "diese Richtlinie nur diesem Benutzer zuweisen")
        }
        Purpose::AllowBasicSmtpInPolicy => pick(
            lang,
            "allow SMTP AUTH with a password in the policy that applies now",
            "SMTP AUTH mit Kennwort in der derzeit geltenden Richtlinie zulassen",
        ),
        Purpose::UnblockPolicySwitch => {
            pick(lang, "stop the policy from blocking this sign-in", "verhindern, dass die Richtlinie diese Anmeldung blockiert")
        }
        Purpose::RefreshTokens => pick(
            lang,
            "apply the policy change within about 30 minutes",
            "die Richtlinienänderung innerhalb von etwa 30 Minuten wirksam machen",
        ),
        Purpose::CreateServicePrincipal => {
            pick(lang, "register the app's service principal in Exchange", "den Dienstprinzipal der App in Exchange registrieren")
        }
        Purpose::GrantMailboxPermission => pick(lang, "give the app access to the mailbox", "der App Zugriff auf das Postfach gewähren"),
        Purpose::GrantSendAs => pick(lang, "let the app send as the mailbox", "der App erlauben, als dieses Postfach zu senden"),
        Purpose::GrantSendAsIfFromDiffers => pick(
            lang,
            "only if the app sends with another From address: let it send as that address",
            "nur wenn die App mit einer anderen Absenderadresse sendet: ihr erlauben, als diese Adresse zu senden",
        ),
        Purpose::EnableSmtpAuthForOauth => pick(
            lang,
            "keep SMTP AUTH on for this mailbox only: OAuth needs it",
            "SMTP AUTH nur für dieses Postfach eingeschaltet lassen: OAuth braucht es",
        ),
        Purpose::CreateHveAccount => pick(lang, "create the High Volume Email account", "das High-Volume-Email-Konto erstellen"),
        Purpose::FindHveBillingPolicy => pick(lang, "find the billing policy for HVE", "die Abrechnungsrichtlinie für HVE ermitteln"),
        Purpose::SetHveBillingPolicy => pick(lang, "link the HVE account to that billing policy", "das HVE-Konto mit dieser Abrechnungsrichtlinie verknüpfen"),
        Purpose::GrantHveAppAccess => pick(
            lang,
            "instead of the HVE account's password: let an app send with OAuth (Mail.Send)",
            "statt des Kennworts des HVE-Kontos: einer App das Senden mit OAuth erlauben (Mail.Send)",
        ),
        Purpose::CreateRelayConnector => pick(
            lang,
            "create the connector that relays mail from the site's address (assembled from the cmdlet reference)",
            "den Connector erstellen, der E-Mails von der Adresse des Standorts weiterleitet (aus der Cmdlet-Referenz zusammengesetzt)",
        ),
        Purpose::CreateCertificateConnector => pick(
            lang,
            "or, for a device that presents a certificate: the connector by certificate",
            "oder, für ein Gerät mit Zertifikat: der Connector per Zertifikat",
        ),
        Purpose::ConfirmMxEndpoint => pick(lang, "confirm the MX endpoint the device sends to", "den MX-Endpunkt bestätigen, an den das Gerät sendet"),
        Purpose::Verify => pick(lang, "check the result", "das Ergebnis prüfen"),
    }
}

pub fn blast_radius(lang: Lang, radius: BlastRadius) -> &'static str {
    match radius {
        BlastRadius::None => pick(lang, "reads only", "nur lesend"),
        BlastRadius::ThisMailbox => pick(lang, "this mailbox only", "nur dieses Postfach"),
        BlastRadius::ThisUser => pick(lang, "this user only", "nur dieser Benutzer"),
        BlastRadius::UsersOfPolicy => pick(lang, "everyone the policy is assigned to", "alle, denen die Richtlinie zugewiesen ist"),
        BlastRadius::UsersWithoutOwnPolicy => {
            pick(lang, "everyone without a policy of their own", "alle Benutzer ohne eigene Richtlinie")
        }
        BlastRadius::Organization => pick(lang, "every mailbox without its own setting", "jedes Postfach ohne eigene Einstellung"),
        BlastRadius::App => pick(lang, "the app's access", "der Zugriff der App"),
        BlastRadius::NewAccount => pick(lang, "the new account only", "nur das neue Konto"),
        BlastRadius::ConnectorSenders => pick(
            lang,
            "mail from the addresses or certificate the connector names",
            "E-Mails von den Adressen oder dem Zertifikat, die der Connector nennt",
        ),
    }
}

pub fn refusal(lang: Lang, refusal: &Refusal) -> String {
    let character = &refusal.character;
    let object = match &refusal.object {
        RefusalObject::Mailbox(mailbox) => mailbox.as_str(),
        RefusalObject::Organization => pick(lang, "the organization", "die Organisation"),
    };
    match lang {
        Lang::En => format!("No command was generated for {object}: its value contains the control character {character}."),
        Lang::De => format!("Für {object} wurde kein Befehl erzeugt: Der Wert enthält das Steuerzeichen {character}."),
    }
}

/// The steps as one script, each preceded by a comment saying what it does and whom it
/// affects. Only the comments are worded; the commands are PowerShell and stay as they are.
pub fn script(lang: Lang, commands: &[Command]) -> String {
    let mut script = String::new();
    for command in commands {
        let (label, run) = if command.alternative {
            // An alternative replaces earlier steps with a wider one: shown, but not run.
            (pick(lang, "Alternative, not run", "Alternative, wird nicht ausgeführt"), "# ")
        } else {
            ("", "")
        };
        let label = if label.is_empty() { String::new() } else { format!("{label}: ") };
        script.push_str(&format!(
            "# {}. {label}{} ({})\n{run}{}\n",
            command.step,
            purpose(lang, command.purpose),
            blast_radius(lang, command.blast_radius),
            super::command_text(lang, &command.command)
        ));
    }
    script
}
