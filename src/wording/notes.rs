//! What the paste itself shows: notes on stale advice and obsolete settings, and conflicting
//! records.

use super::Lang;
use crate::model::Conflict;
use crate::rules::Note;

pub fn note(lang: Lang, note: &Note) -> String {
    match note {
        Note::StaleAdvicePopImapSwitch { line, parameter } => match lang {
            Lang::En => format!(
                "Line {line}: -{parameter} has had no effect in Exchange Online since POP/IMAP with a password was switched off for good; the advice is outdated. Only -AllowBasicAuthSmtp still matters."
            ),
            Lang::De => format!(
                "Zeile {line}: -{parameter} hat in Exchange Online keine Wirkung mehr, seit POP/IMAP mit Kennwort endgültig abgeschaltet wurde; der Rat ist überholt. Nur -AllowBasicAuthSmtp ist noch von Bedeutung."
            ),
        },
        Note::ObsoletePolicySetting { policy, setting, line } => match lang {
            Lang::En => {
                // A policy without a name: the setting alone.
                let policy = policy.as_deref().map(|p| format!(" of '{p}'")).unwrap_or_default();
                format!("Line {line}: {setting}{policy} is True, but it is obsolete and has no effect.")
            }
            Lang::De => {
                // A policy without a name: the setting alone.
                let policy = policy.as_deref().map(|p| format!(" der Richtlinie '{p}'")).unwrap_or_default();
                format!("Zeile {line}: {setting}{policy} ist True, aber veraltet und ohne Wirkung.")
            }
        },
        Note::AccountOnlyInWorksheet { line, account } => match lang {
            Lang::En => format!("Line {line}: account {account} is not in the sign-in log or the settings pasted; its plan uses your answers only."),
            Lang::De => format!(
                "Zeile {line}: Das Konto {account} steht weder im Anmeldeprotokoll noch in den eingefügten Einstellungen; sein Plan beruht allein auf Ihren Antworten."
            ),
        },
        Note::UnnamedPolicy { line } => match lang {
            Lang::En => format!(
                "Line {line}: an authentication policy without its Name line; it cannot be matched to a user or the default."
            ),
            Lang::De => format!(
                "Zeile {line}: eine Authentifizierungsrichtlinie ohne ihre Name-Zeile; sie lässt sich weder einem Benutzer noch der Standardrichtlinie zuordnen."
            ),
        },
    }
}

pub fn conflict(lang: Lang, conflict: &Conflict) -> String {
    match conflict {
        Conflict::SettingDisagrees { object, setting, lines } => {
            let lines = line_list(lines);
            match lang {
                Lang::En => format!("{setting} of {object} is shown with different values (lines {lines}); it decides nothing."),
                Lang::De => format!(
                    "{setting} von {object} erscheint mit unterschiedlichen Werten (Zeilen {lines}); die Einstellung wird daher nicht ausgewertet."
                ),
            }
        }
        Conflict::AmbiguousIdentity { line, candidates } => {
            let candidates = candidates.join(", ");
            match lang {
                Lang::En => format!("The record at line {line} matches several mailboxes ({candidates}); it was not used."),
                Lang::De => format!(
                    "Der Datensatz in Zeile {line} passt zu mehreren Postfächern ({candidates}); er wurde nicht verwendet."
                ),
            }
        }
        Conflict::AnswerDisagrees { account, lines } => {
            // `AnswerDisagrees` always has two lines (`join.rs`): the later is the last.
            let later = lines.last().copied().unwrap_or_default();
            let lines = line_list(lines);
            match lang {
                Lang::En => format!("The worksheet answers for {account} twice, differently (lines {lines}); where they differ, the answer of line {later} is used."),
                Lang::De => format!(
                    "Das Arbeitsblatt beantwortet {account} zweimal, verschieden (Zeilen {lines}); wo sich die Antworten widersprechen, gilt die aus Zeile {later}."
                ),
            }
        }
        Conflict::EnvironmentMarkersDisagree { online_line, server_line } => match lang {
            Lang::En => format!(
                "Exchange Online (line {online_line}) and Exchange Server (line {server_line}) properties are both in the paste."
            ),
            Lang::De => format!(
                "Der eingefügte Text enthält sowohl Eigenschaften von Exchange Online (Zeile {online_line}) als auch von Exchange Server (Zeile {server_line})."
            ),
        },
    }
}

/// Line numbers as a list: `2, 9`.
pub(super) fn line_list(lines: &[u32]) -> String {
    lines.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
}
