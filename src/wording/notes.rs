//! What the paste itself shows: notes on stale advice and obsolete settings, conflicting
//! records, and the parser's diagnostics.

use super::Lang;
use crate::model::Conflict;
use crate::parse::{diagnostic_code as code, Diagnostic};
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
                let policy = policy.as_deref().map(|p| format!(" of '{p}'")).unwrap_or_default();
                format!("Line {line}: {setting}{policy} is True, but it is obsolete and has no effect.")
            }
            Lang::De => {
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

/// A parser diagnostic. The parser words each one in English itself (`message`, naming the
/// line and what was expected); other languages word it from its stable `code` and `line`,
/// and fall back to the English message for a code not known here. Details that only the
/// English message carries (a skipped excerpt, the missing columns) are taken from it where
/// its shape is recognised, and left out otherwise.
pub fn diagnostic(lang: Lang, diagnostic: &Diagnostic) -> String {
    let worded = match lang {
        Lang::En => None,
        Lang::De => german(diagnostic),
    };
    worded.unwrap_or_else(|| diagnostic.message.clone())
}

/// A parser diagnostic in German; `None` for a code not known here. A new language is one more
/// function like this one.
fn german(diagnostic: &Diagnostic) -> Option<String> {
    let line = diagnostic.line;
    let message = diagnostic.message.as_str();
    let worded = match diagnostic.code {
        code::ERROR_RECORD => {
            // The message is the error record as PowerShell printed it: data, not wording.
            format!("Zeile {line}: Hier ist ein Befehl fehlgeschlagen; diese Zeilen sind eine Fehlermeldung, keine Ausgabe, und wurden nicht gelesen: {message}")
        }
        code::UNRECOGNISED => {
            let excerpt = message.split_once(": '").map(|(_, e)| format!(": '{e}")).unwrap_or_default();
            match range(message) {
                Some(range) => format!("Zeilen {range} sind keine Cmdlet-Ausgabe und wurden übersprungen{excerpt}"),
                None => format!("Zeile {line} ist keine Cmdlet-Ausgabe und wurde übersprungen{excerpt}"),
            }
        }
        code::STREAM => {
            let text = message.split_once("not output: ").map(|(_, t)| format!(": {t}")).unwrap_or_else(|| ".".to_string());
            format!("Zeile {line} ist eine Meldung, keine Ausgabe{text}")
        }
        code::TRANSCRIPT_HEADER => {
            format!("{}: Transkriptkopf übersprungen.", lines(line, message))
        }
        code::BANNER => format!("{}: Modulbanner übersprungen.", lines(line, message)),
        code::ELISION => {
            format!("Zeile {line} kennzeichnet ausgelassene Ausgabe: Objekte oder Eigenschaften können fehlen. Fügen Sie die vollständige Ausgabe ein, damit jedes Objekt geprüft wird.")
        }
        code::KIND_AMBIGUOUS => {
            let kinds = between(message, "fits both ", ";")
                .and_then(|both| both.split_once(" and "))
                .map(|(a, b)| format!(" sowohl zu {a} als auch zu {b}"))
                .unwrap_or_else(|| " zu mehreren Cmdlets".to_string());
            format!("Das Objekt in Zeile {line} passt{kinds}; es bleibt unklassifiziert. Fügen Sie die Befehlszeile (die PS-Eingabeaufforderung) mit der Ausgabe ein oder nehmen Sie Identity/Name in die Ausgabe auf.")
        }
        code::KIND_ASSUMED => {
            format!("Das Objekt in Zeile {line} zeigt nur SmtpClientAuthenticationDisabled; es wird als Ausgabe von Get-TransportConfig gelesen. Stammt es von Get-CASMailbox, fügen Sie die Befehlszeile ein oder nehmen Sie Identity in die Ausgabe auf.")
        }
        code::JSON_INVALID => {
            format!("Das JSON ist in Zeile {line} ungültig; gelesen wurden nur die vollständigen Objekte vor dem Fehler. Fügen Sie die Ausgabe von ConvertTo-Json unverändert ein; ein Terminal kann lange Zeilen umbrochen haben.")
        }
        code::JSON_NOT_OBJECT => {
            format!("Das JSON in Zeile {line} enthält keine Objekte; es gibt nichts zu lesen.")
        }
        code::CSV_EMPTY => format!("Unter der CSV-Kopfzeile in Zeile {line} stehen keine Datenzeilen."),
        code::CSV_ASCII_EXPORT => {
            let value = between(message, "has the value '", "' with a '?'").map(|v| format!(" '{v}'")).unwrap_or_default();
            format!("Zeile {line}: Der CSV-Wert{value} enthält ein '?' mitten im Wort. Export-Csv schreibt in Windows PowerShell 5.1 ohne Angabe ASCII und ersetzt jedes andere Zeichen durch '?'; Texte dieser CSV-Datei können daher Buchstaben verloren haben. Exportieren Sie erneut mit -Encoding UTF8 (Export-Csv -Path datei.csv -Encoding UTF8) und fügen Sie diese Datei ein.")
        }
        code::COLUMN_NOT_SHOWN => {
            let columns = between(message, "does not show ", ": ").map(|c| format!(" ({c})")).unwrap_or_default();
            format!("Die Tabelle in Zeile {line} zeigt nicht alle Spalten{columns}: Die Konsole war zu schmal, ihre Werte sind daher unbekannt. Führen Sie den Befehl mit | Format-List oder mit weniger Eigenschaften aus und fügen Sie das Ergebnis ein.")
        }
        code::CUT_OFF => {
            format!("Der eingefügte Text endet in Zeile {line} mitten in einem Wert oder Objekt; gelesen wurde nur, was vollständig davor steht. Fügen Sie die Ausgabe erneut und vollständig ein.")
        }
        code::EVIDENCE_NO_USER => {
            let count = count_prefix(message);
            format!("{count}Zeile(n) des Exports (zuerst Zeile {line}) haben keinen Benutzernamen; sie werden gezählt, gehören aber zu keinem Konto.")
        }
        code::EVIDENCE_STATUS_UNREADABLE => {
            format!("Zeile {line}: Der Anmeldestatus zeigt nur seinen Typnamen (Microsoft.Graph.PowerShell.Models…), daher sind Erfolg und Fehlschlag nicht erkennbar; diese Zeilen werden weder als Erfolg noch als Fehlschlag gezählt. Exportieren Sie mit aufgelöstem Status: {}", diagnostic.help.as_deref().and_then(|h| h.split_once(": ")).map_or("", |(_, command)| command))
        }
        code::EVIDENCE_TIME_UNREADABLE => {
            format!("Zeitstempel des Exports (zuerst Zeile {line}) ließen sich nicht sicher lesen; der Zeitraum lässt sie aus. Exportieren Sie das Protokoll so, wie Portal oder Graph es schreiben (ISO 8601, UTC).")
        }
        code::EVIDENCE_NO_USERS_IN_FILE => {
            format!("Der Export in Zeile {line} ist ein Anmeldeprotokoll der Dienstprinzipale: Er enthält keine Benutzer und keine Client-App und kann daher keine Anmeldungen von Benutzern über SMTP AUTH, POP3 oder IMAP4 zeigen. Laden Sie stattdessen die interaktiven und nicht interaktiven Benutzeranmeldungen herunter.")
        }
        code::EVIDENCE_CONCEALED_NAMES => {
            format!("Der Bericht „Nutzung von E-Mail-Apps“ in Zeile {line} verbirgt Benutzernamen hinter Hashwerten; sie passen zu keinem Postfach. Deaktivieren Sie im Microsoft 365 Admin Center unter Einstellungen > Organisationseinstellungen > Berichte die verborgenen Namen und exportieren Sie erneut.")
        }
        code::EVIDENCE_METHOD_NOT_SHOWN => {
            format!("Dem Bericht „SMTP AUTH-Clients“ in Zeile {line} fehlt die Spalte mit dem Authentifizierungsprotokoll: Er zeigt die Nutzung von SMTP AUTH, aber nicht, ob mit Kennwort oder OAuth. Exportieren Sie ihn erneut aus dem Exchange Admin Center (Berichte > Nachrichtenfluss > SMTP AUTH-Clients).")
        }
        code::EVIDENCE_ROW_CUT => {
            format!("Zeile {line} hat nicht so viele Spalten wie die Kopfzeile des Exports: Die Zeile ist abgeschnitten oder gehört nicht dazu; gelesen wurde der Export bis zur Zeile davor. Fügen Sie die Datei vollständig ein, wie sie heruntergeladen wurde.")
        }
        code::EVIDENCE_JSON_REPAIRED => {
            format!("Das JSON hat ab Zeile {line} ein Komma vor einer schließenden Klammer (wie Microsofts eigenes Graph-Beispiel); es wurde ohne das Komma gelesen.")
        }
        code::EVIDENCE_JSON_INVALID => {
            format!("Das Anmeldeobjekt in Zeile {line} ist kein gültiges JSON und wurde übersprungen. Fügen Sie die Datei ein, wie sie heruntergeladen wurde.")
        }
        code::EVIDENCE_TENANTS_MIXED => {
            format!("Ab Zeile {line} stammen die Anmeldungen von einer anderen Organisation: Protokolle zweier Organisationen sind gemischt, Konten werden über beide hinweg nach Namen verknüpft. Fügen Sie die Protokolle jeder Organisation getrennt ein, mit deren Cmdlet-Ausgabe.")
        }
        code::MESSAGE_TRACE_CAPPED => {
            let count = between(message, "has exactly ", " messages").unwrap_or("5000");
            let without = if message.contains("without -ResultSize") { " ohne -ResultSize" } else { "" };
            format!("Die Nachrichtenablaufverfolgung ab Zeile {line} enthält genau {count} Nachrichten, so viele, wie eine Abfrage{without} höchstens liefert: Spätere können fehlen. Fragen Sie kürzere Zeiträume ab (-StartDate, -EndDate), bis jede Abfrage mit -ResultSize 5000 weniger als 5.000 Nachrichten liefert, und fügen Sie jede ein.")
        }
        code::MESSAGE_TRACE_ROW_CUT => {
            let count = count_prefix(message);
            format!("{count}Zeile(n) der Nachrichtenablaufverfolgung sind abgeschnitten (zuerst Zeile {line}) und wurden ausgelassen. Fügen Sie die ganze Ablaufverfolgung erneut ein.")
        }
        code::MESSAGE_TRACE_SENDER_UNREADABLE => {
            let count = count_prefix(message);
            format!("{count}Nachricht(en) der Nachrichtenablaufverfolgung zeigen keinen vollständigen Absender (zuerst Zeile {line}); sie gehören zu keinem Konto. {WHOLE_ADDRESSES}")
        }
        code::MESSAGE_TRACE_RECIPIENT_UNREADABLE => {
            let count = count_prefix(message);
            format!("{count}Empfänger der Nachrichtenablaufverfolgung haben keine Domäne oder sind abgeschnitten (zuerst Zeile {line}); sie zählen weder als intern noch als extern. {WHOLE_ADDRESSES}")
        }
        code::MESSAGE_TRACE_TIME_UNREADABLE => {
            let count = count_prefix(message);
            format!("{count}Empfangszeitpunkt(e) (Received) der Nachrichtenablaufverfolgung ließen sich nicht sicher lesen (zuerst Zeile {line}); ihr Zeitraum lässt sie aus. Fügen Sie sie als Ausgabe von ConvertTo-Json ein (Datumsangaben unabhängig von der Kultur); ein Datum nach dem 12. unterscheidet auch Tag und Monat.")
        }
        code::EVIDENCE_IP_LIST => {
            let cell = between(message, "address cell '", "' holds").map(|c| format!(" '{c}'")).unwrap_or_default();
            format!("Zeile {line}: Die Zelle der IP-Adresse{cell} enthält mehrere Adressen; eine solche Zelle kommt nie in einen Connector. Ein Relay-Connector braucht die eine öffentliche IPv4-Adresse, von der das Gerät sendet: Sehen Sie am Gerät nach oder fragen Sie, wer sein Netz betreibt.")
        }
        code::WORKSHEET_SENDER_UNKNOWN => {
            let value = between(message, "the Sender '", "' is not one of").map(|v| format!(" '{v}'")).unwrap_or_default();
            let account = between(message, "signs in as ", " is left unknown").map(|a| format!(" als {a}")).unwrap_or_default();
            format!("Zeile {line}: Sender{value} ist weder device noch app noch person; wer sich{account} anmeldet, bleibt unbekannt. Schreiben Sie device, app oder person (auch Gerät, Anwendung, Benutzer) in die Spalte Sender oder lassen Sie sie leer.")
        }
        code::WORKSHEET_OUTSIDE_UNKNOWN => {
            let value = between(message, "Sends outside '", "' is not yes or no").map(|v| format!(" '{v}'")).unwrap_or_default();
            let account = between(message, "; whether ", " sends outside is left").map(|a| format!(" {a}")).unwrap_or_else(|| " das Konto".to_string());
            format!("Zeile {line}: Sends outside{value} ist weder yes noch no; ob{account} nach außen sendet, bleibt unbekannt. Schreiben Sie yes oder no (auch ja, nein) in die Spalte Sends outside oder lassen Sie sie leer.")
        }
        code::WORKSHEET_NO_ACCOUNT => {
            format!("Zeile {line} des Arbeitsblatts nennt kein Konto: Ihre Antworten wurden ausgelassen. Lassen Sie die Spalte Account, wie das Arbeitsblatt sie schrieb.")
        }
        code::WORKSHEET_ROW_CUT => {
            let columns = between(message, " has ", " columns of").and_then(|c| c.split_once(" of the ")).map_or_else(|| "weniger Spalten als die".to_string(), |(got, want)| format!("nur {got} der {want} Spalten der"));
            format!("Zeile {line} hat {columns} Kopfzeile des Arbeitsblatts: Ihre Zellen werden gelesen, die fehlenden gelten als leer. Speichern Sie das Arbeitsblatt erneut und fügen Sie die ganze Datei ein.")
        }
        code::MORE => {
            let count = count_prefix(message);
            let of = between(message, "with code ", " ").map(|c| format!(" mit dem Code {c}")).unwrap_or_default();
            format!("{count}weitere Hinweise{of} wurden nicht aufgeführt.")
        }
        _ => return None,
    };
    Some(worded)
}

/// What to run for a message trace whose addresses Format-Table cut.
const WHOLE_ADDRESSES: &str = "Führen Sie die Ablaufverfolgung mit | Format-List oder | Export-Csv aus: Sie geben Adressen vollständig aus.";

/// "Zeile 3", or "Zeilen 3-7" when the English message names a range of lines.
fn lines(line: u32, message: &str) -> String {
    match range(message) {
        Some(range) => format!("Zeilen {range}"),
        None => format!("Zeile {line}"),
    }
}

/// The range of lines ("3-7") an English message starting with "Lines 3-7" names.
fn range(message: &str) -> Option<&str> {
    message.strip_prefix("Lines ").and_then(|rest| rest.split([' ', ':']).next()).filter(|r| r.contains('-'))
}

/// The number an English message starts with (`3 row(s) …`) and a space, or nothing.
fn count_prefix(message: &str) -> String {
    message.split_whitespace().next().filter(|n| n.parse::<u32>().is_ok()).map(|n| format!("{n} ")).unwrap_or_default()
}

/// The text between `start` and the next `end` in `message`.
fn between<'a>(message: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let (_, rest) = message.split_once(start)?;
    rest.split_once(end).map(|(inside, _)| inside).filter(|inside| !inside.is_empty())
}
