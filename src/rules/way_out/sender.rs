//! What signs in with an account's password, as far as anything tells: the admin's answer (a
//! fact), else a likely reading of the evidence, else unknown.
//!
//! The evidence can only suggest: a mail program's name in the user agent or application
//! (Thunderbird, Apple Mail) reads as a person; a display name or account name that reads like
//! an appliance ("Scanner 3rd floor", `mfp-2@`) as a device; one that reads like a service
//! (`noreply@`, "Backup alerts") as an app. Each is worded "likely", never as fact.
//! `BAV2ROPC`, the user agent of every password sign-in to Exchange Online, says nothing about
//! the client.
//!
//! Source: `../shared/migration.md` §1 "What the evidence can tell" (inference); `evidence.md` E10.

use serde::Serialize;

use crate::parse::{Answer, Sender};
use crate::rules::usage_view::Seen;

/// Where the sender of a plan comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SenderBasis {
    Answer,
    /// Read from names in the evidence: likely, not certain.
    Likely,
    Unknown,
}

/// Which name suggested the sender.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HintFrom {
    DisplayName,
    AccountName,
    /// The user agent or application of its sign-ins.
    MailProgram,
}

/// A likely sender, and the text that suggests it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SenderHint {
    pub sender: Sender,
    pub from: HintFrom,
    /// The name as the evidence shows it (redacted with the report).
    pub text: String,
}

/// The sender of a plan and where it comes from.
pub fn reading(answer: Option<&Answer>, hint: Option<&SenderHint>) -> (Sender, SenderBasis) {
    match (answer.map(|a| a.sender), hint) {
        (Some(sender), _) if sender != Sender::Unknown => (sender, SenderBasis::Answer),
        (_, Some(hint)) => (hint.sender, SenderBasis::Likely),
        _ => (Sender::Unknown, SenderBasis::Unknown),
    }
}

/// Names that read like an appliance, matched at the start of a word (`scanner`, `scan2mail`).
const DEVICE_WORDS: [&str; 22] = [
    "scan", "print", "copier", "mfp", "mfd", "fax", "xerox", "ricoh", "kyocera", "konica", "canon", "lexmark", "toshiba", "epson", "bizhub",
    "imagerunner", "workcentre", "versalink", "laserjet", "officejet", "ecosys", "taskalfa",
];

/// Names that read like a service, matched as whole words.
const APP_WORDS: [&str; 22] = [
    "noreply", "donotreply", "alert", "alerts", "notification", "notifications", "notify", "monitor", "monitoring", "backup", "svc",
    "service", "app", "erp", "crm", "sap", "reports", "reporting", "automation", "bot", "cron", "daemon",
];

/// Mail programs people use, found anywhere in a user agent or application name.
const MAIL_PROGRAMS: [&str; 12] = [
    "thunderbird", "apple mail", "applemail", "outlook", "em client", "emclient", "mailbird", "evolution", "k-9", "fairemail", "postbox", "the bat",
];

/// A likely sender from the evidence of an account known as `account`.
pub fn hint(account: &str, seen: Option<&Seen>) -> Option<SenderHint> {
    let programs = seen.into_iter().flat_map(|s| s.user_agents.iter().chain(&s.apps));
    for program in programs {
        let lower = program.to_lowercase();
        if MAIL_PROGRAMS.iter().any(|name| lower.contains(name)) {
            return Some(SenderHint { sender: Sender::Person, from: HintFrom::MailProgram, text: program.to_string() });
        }
    }
    // `split` always yields a first piece.
    let local_part = account.split('@').next().unwrap_or(account);
    let names = seen.and_then(|s| s.display_name.as_deref()).map(|n| (n, HintFrom::DisplayName)).into_iter().chain([(local_part, HintFrom::AccountName)]);
    for (name, from) in names {
        if let Some(sender) = reads_like(name) {
            let text = if from == HintFrom::AccountName { account } else { name };
            return Some(SenderHint { sender, from, text: text.to_string() });
        }
    }
    None
}

/// Device or app, by the words of a name.
pub(crate) fn reads_like(name: &str) -> Option<Sender> {
    let lower = name.to_lowercase();
    let words = || lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    if words().any(|word| DEVICE_WORDS.iter().any(|device| word.starts_with(device))) {
        return Some(Sender::Device);
    }
    let joined: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    let no_reply = ["noreply", "donotreply"].iter().any(|w| joined.contains(w));
    (no_reply || words().any(|word| APP_WORDS.contains(&word))).then_some(Sender::App)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn seen(display: Option<&str>, agents: &[&str]) -> Seen {
        Seen { display_name: display.map(Arc::from), user_agents: agents.iter().map(|a| Arc::from(*a)).collect(), ..Seen::default() }
    }

    #[test]
    fn names_suggest_a_likely_sender_and_bav2ropc_suggests_nothing() {
        let scanner = hint("scan3@contoso.com", Some(&seen(Some("Scanner 3rd floor"), &["BAV2ROPC"]))).expect("a hint");
        assert_eq!((scanner.sender, scanner.from, scanner.text.as_str()), (Sender::Device, HintFrom::DisplayName, "Scanner 3rd floor"));
        let app = hint("no-reply@contoso.com", None).expect("a hint");
        assert_eq!((app.sender, app.from), (Sender::App, HintFrom::AccountName));
        let person = hint("ann@contoso.com", Some(&seen(Some("Ann Lee"), &["Mozilla/5.0 Thunderbird/128.0"]))).expect("a hint");
        assert_eq!(person.sender, Sender::Person);
        assert_eq!(hint("ann@contoso.com", Some(&seen(Some("Ann Lee"), &["BAV2ROPC"]))), None);
        // "Happy" holds "app" but is no word "app"; "Descanso" holds "scan" but not at a word's start.
        assert_eq!(reads_like("Happy Descanso"), None);
    }

    #[test]
    fn an_answer_wins_over_a_likely_reading() {
        let hint = SenderHint { sender: Sender::Device, from: HintFrom::DisplayName, text: "Scanner".into() };
        let answer = Answer { sender: Sender::App, ..Answer::default() };
        assert_eq!(reading(Some(&answer), Some(&hint)), (Sender::App, SenderBasis::Answer));
        assert_eq!(reading(Some(&Answer::default()), Some(&hint)), (Sender::Device, SenderBasis::Likely));
        assert_eq!(reading(None, None), (Sender::Unknown, SenderBasis::Unknown));
    }
}
