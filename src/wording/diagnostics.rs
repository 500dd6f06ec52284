//! The parser's diagnostics, worded from their kind and the values it carries. One function per
//! language, each matching every kind: what a sentence names differs by language (German adds
//! what to do about it, English the block a row belongs to), so each reads whole. A new kind
//! fails to compile here until every language words it; a new language is one more function.

use super::Lang;
use crate::parse::{CutOff, Diagnostic, DiagnosticKind as K, TenantsMixed, TraceCap, FLATTENED_EXPORT};

/// A parser diagnostic, naming its line and what it found.
pub fn diagnostic(lang: Lang, diagnostic: &Diagnostic) -> String {
    match lang {
        Lang::En => english(diagnostic.line, &diagnostic.kind),
        Lang::De => german(diagnostic.line, &diagnostic.kind),
    }
}

/// In English: also the `message` of the CLI's JSON.
fn english(line: u32, kind: &K) -> String {
    match kind {
        K::ErrorRecord { shown } => shown.clone(),
        K::Unrecognised { last, excerpt } if *last == line => format!("Line {line} is not cmdlet output and was skipped: '{excerpt}'"),
        K::Unrecognised { last, excerpt } => format!("Lines {line}-{last} are not cmdlet output and were skipped: '{excerpt}'"),
        K::Stream { text } => format!("Line {line} is a message, not output: {text}"),
        K::TranscriptHeader { last, title, version: Some(version) } => format!("Lines {line}-{last}: transcript header ({title}, PowerShell {version}) skipped."),
        K::TranscriptHeader { last, title, version: None } => format!("Lines {line}-{last}: transcript header ({title}) skipped."),
        K::Banner { last } => format!("Lines {line}-{last}: a module banner, skipped."),
        K::Elision { shown } => format!("Line {line} ('{shown}') marks output left out of the paste: objects or properties may be missing."),
        K::KindAmbiguous { fits: (a, b) } => format!("The object at line {line} fits both {} and {}; it is left unclassified.", a.name(), b.name()),
        K::KindAssumed => at_line("The object at line ", line, " shows only SmtpClientAuthenticationDisabled; it is read as Get-TransportConfig output."),
        K::JsonInvalid { first, complete } => format!("The JSON starting at line {first} is not valid at line {line}; {complete} complete object(s) read before the error."),
        K::JsonNotObject => at_line("The JSON at line ", line, " holds no objects, so there is nothing to read."),
        K::CsvEmpty => at_line("The CSV header at line ", line, " has no rows under it."),
        K::CsvAsciiExport { header_line, value } => format!("Line {line} of the CSV starting at line {header_line} has the value '{value}' with a '?' inside a word: Windows PowerShell 5.1's Export-Csv writes ASCII by default and replaces every character outside it with '?', so text in this CSV may have lost letters."),
        K::ColumnNotShown { columns } => format!("The table at line {line} does not show {}: the console was too narrow, so their values are unknown.", columns.join(", ")),
        K::CutOff(CutOff::Json { first, complete }) => format!("The JSON starting at line {first} ends before it is complete; {complete} complete object(s) read, the complete properties of a cut object kept."),
        K::CutOff(CutOff::Value { name }) => format!("The paste ends inside the value of {name} (line {line})."),
        K::CutOff(CutOff::Export { first, complete }) => format!("The JSON export starting at line {first} ends at line {line} before it is complete; the {complete} complete object(s) before were read."),
        K::More { code, hidden } => format!("{hidden} more diagnostics with code {code} were not listed."),
        K::NoUser { start, count } => format!("{count} row(s) of the export starting at line {start} have no user name (first at line {line}); they are counted but belong to no account."),
        K::StatusUnreadable { count } => format!("Line {line}: the sign-in status shows only its type name (Microsoft.Graph.PowerShell.Models…) in {count} row(s), so success and failure cannot be told; those rows are counted neither way."),
        K::TimeUnreadable { start, count } => format!("{count} timestamp(s) of the export starting at line {start} could not be read for sure (first at line {line}); the window leaves them out."),
        K::CountUnreadable { start, count } => format!("{count} MessagesSent value(s) of the SMTP AUTH clients report starting at line {start} are not numbers (first at line {line}); those rows count no messages."),
        K::ServicePrincipals => at_line("The export at line ", line, " is a service-principal (application) sign-in log: it has no users and no client app, so it cannot show SMTP AUTH, POP3 or IMAP4 sign-ins by users."),
        K::ConcealedNames { count } => format!("The Email apps usage report at line {line} hides {count} user name(s) behind hashes, so they cannot be matched to mailboxes."),
        K::MethodNotShown => at_line("The SMTP AUTH clients report at line ", line, " has no authentication protocol column, so it shows SMTP AUTH use but not whether with a password or OAuth."),
        K::EvidenceRowCut { got, want, header_line } => format!("Line {line} has {got} of the {want} columns of the export's header at line {header_line}: the row is cut off or not part of the export; the export is read up to the line before."),
        K::JsonRepaired { first, count } => format!("The JSON starting at line {first} has a comma before a closing bracket (as in Microsoft's own Graph example) in {count} object(s), first at line {line}; it was read without the comma."),
        K::EvidenceJsonInvalid => at_line("The sign-in object at line ", line, " is not valid JSON and was skipped."),
        K::TenantsMixed(TenantsMixed::InExport { start, first, other }) => format!("Line {line} is a sign-in to tenant {other}, the export starting at line {start} began with tenant {first}: {TENANTS_MIXED}"),
        K::TenantsMixed(TenantsMixed::Exports { tenant, earlier_line, earlier }) => format!("The export starting at line {line} is from tenant {tenant}, the one at line {earlier_line} from tenant {earlier}: {TENANTS_MIXED}"),
        K::TraceCapped { cap } => {
            let without = if *cap == TraceCap::Default { " without -ResultSize" } else { "" };
            format!("The message trace at line {line} has exactly {} messages, the most one query returns{without}: later ones may be missing.", cap.messages())
        }
        K::TraceRowCut { start, count } => format!("{count} row(s) of the message trace at line {start} are cut off (first at line {line}) and left out."),
        K::TraceSenderUnreadable { start, count } => format!("{count} message(s) of the message trace at line {start} show no whole sender (first at line {line}); they belong to no account."),
        K::TraceRecipientUnreadable { start, count } => format!("{count} recipient(s) of the message trace at line {start} have no domain or were cut off (first at line {line}); they count neither inside nor outside."),
        K::TraceTimeUnreadable { start, count } => format!("{count} Received date(s) of the message trace at line {start} could not be read for sure (first at line {line}); its window leaves them out."),
        K::IpList { cell, start, count } => format!("Line {line}: the IP address cell '{cell}' holds several addresses ({count} row(s) of the export at line {start}); such a cell never goes into a connector."),
        K::WorksheetSenderUnknown { value, account } => format!("Line {line}: the Sender '{value}' is not one of device, app or person; what signs in as {account} is left unknown."),
        K::WorksheetOutsideUnknown { value, account } => format!("Line {line}: Sends outside '{value}' is not yes or no; whether {account} sends outside is left unknown."),
        K::WorksheetNoAccount { header_line } => format!("Line {line} of the worksheet starting at line {header_line} has no account: its answers belong to no one and were left out."),
        K::WorksheetRowCut { got, want, header_line } => format!("Line {line} has {got} of the {want} columns of the worksheet's header at line {header_line}: the row is cut off; the cells it has are read, the others count as blank."),
    }
}

/// In German, with what to do about it.
fn german(line: u32, kind: &K) -> String {
    match kind {
        // The record is PowerShell's own message: data, not wording.
        K::ErrorRecord { shown } => format!("Zeile {line}: Hier ist ein Befehl fehlgeschlagen; diese Zeilen sind eine Fehlermeldung, keine Ausgabe, und wurden nicht gelesen: {shown}"),
        K::Stream { text } => format!("Zeile {line} ist eine Meldung, keine Ausgabe: {text}"),
        K::Unrecognised { last, excerpt } if *last == line => format!("Zeile {line} ist keine Cmdlet-Ausgabe und wurde übersprungen: '{excerpt}'"),
        K::Unrecognised { last, excerpt } => format!("Zeilen {line}-{last} sind keine Cmdlet-Ausgabe und wurden übersprungen: '{excerpt}'"),
        K::TranscriptHeader { last, .. } => format!("Zeilen {line}-{last}: Transkriptkopf übersprungen."),
        K::Banner { last } => format!("Zeilen {line}-{last}: Modulbanner übersprungen."),
        K::Elision { .. } => at_line("Zeile ", line, " kennzeichnet ausgelassene Ausgabe: Objekte oder Eigenschaften können fehlen. Fügen Sie die vollständige Ausgabe ein, damit jedes Objekt geprüft wird."),
        K::KindAmbiguous { fits: (a, b) } => format!(
            "Das Objekt in Zeile {line} passt sowohl zu {} als auch zu {}; es bleibt unklassifiziert. Fügen Sie die Befehlszeile (die PS-Eingabeaufforderung) mit der Ausgabe ein oder nehmen Sie Identity/Name in die Ausgabe auf.",
            a.name(),
            b.name()
        ),
        K::KindAssumed => at_line("Das Objekt in Zeile ", line, " zeigt nur SmtpClientAuthenticationDisabled; es wird als Ausgabe von Get-TransportConfig gelesen. Stammt es von Get-CASMailbox, fügen Sie die Befehlszeile ein oder nehmen Sie Identity in die Ausgabe auf."),
        K::JsonInvalid { .. } => at_line("Das JSON ist in Zeile ", line, " ungültig; gelesen wurden nur die vollständigen Objekte vor dem Fehler. Fügen Sie die Ausgabe von ConvertTo-Json unverändert ein; ein Terminal kann lange Zeilen umbrochen haben."),
        K::JsonNotObject => at_line("Das JSON in Zeile ", line, " enthält keine Objekte; es gibt nichts zu lesen."),
        K::CsvEmpty => at_line("Unter der CSV-Kopfzeile in Zeile ", line, " stehen keine Datenzeilen."),
        K::CsvAsciiExport { value, .. } => format!("Zeile {line}: Der CSV-Wert '{value}' enthält ein '?' mitten im Wort. Export-Csv schreibt in Windows PowerShell 5.1 ohne Angabe ASCII und ersetzt jedes andere Zeichen durch '?'; Texte dieser CSV-Datei können daher Buchstaben verloren haben. Exportieren Sie erneut mit -Encoding UTF8 (Export-Csv -Path datei.csv -Encoding UTF8) und fügen Sie diese Datei ein."),
        K::ColumnNotShown { columns } => format!("Die Tabelle in Zeile {line} zeigt nicht alle Spalten ({}): Die Konsole war zu schmal, ihre Werte sind daher unbekannt. Führen Sie den Befehl mit | Format-List oder mit weniger Eigenschaften aus und fügen Sie das Ergebnis ein.", columns.join(", ")),
        K::CutOff(_) => at_line("Der eingefügte Text endet in Zeile ", line, " mitten in einem Wert oder Objekt; gelesen wurde nur, was vollständig davor steht. Fügen Sie die Ausgabe erneut und vollständig ein."),
        K::More { code, hidden } => format!("{hidden} weitere Hinweise mit dem Code {code} wurden nicht aufgeführt."),
        K::NoUser { count, .. } => format!("{count} Zeile(n) des Exports (zuerst Zeile {line}) haben keinen Benutzernamen; sie werden gezählt, gehören aber zu keinem Konto."),
        K::StatusUnreadable { .. } => format!("Zeile {line}: Der Anmeldestatus zeigt nur seinen Typnamen (Microsoft.Graph.PowerShell.Models…), daher sind Erfolg und Fehlschlag nicht erkennbar; diese Zeilen werden weder als Erfolg noch als Fehlschlag gezählt. Exportieren Sie mit aufgelöstem Status: {FLATTENED_EXPORT}"),
        K::TimeUnreadable { .. } => at_line("Zeitstempel des Exports (zuerst Zeile ", line, ") ließen sich nicht sicher lesen; der Zeitraum lässt sie aus. Exportieren Sie das Protokoll so, wie Portal oder Graph es schreiben (ISO 8601, UTC)."),
        K::CountUnreadable { start, count } => format!("{count} Wert(e) von MessagesSent im Bericht „SMTP AUTH-Clients“ ab Zeile {start} sind keine Zahlen (zuerst Zeile {line}); diese Zeilen zählen keine Nachrichten."),
        K::ServicePrincipals => at_line("Der Export in Zeile ", line, " ist ein Anmeldeprotokoll der Dienstprinzipale: Er enthält keine Benutzer und keine Client-App und kann daher keine Anmeldungen von Benutzern über SMTP AUTH, POP3 oder IMAP4 zeigen. Laden Sie stattdessen die interaktiven und nicht interaktiven Benutzeranmeldungen herunter."),
        K::ConcealedNames { .. } => at_line("Der Bericht „Nutzung von E-Mail-Apps“ in Zeile ", line, " verbirgt Benutzernamen hinter Hashwerten; sie passen zu keinem Postfach. Deaktivieren Sie im Microsoft 365 Admin Center unter Einstellungen > Organisationseinstellungen > Berichte die verborgenen Namen und exportieren Sie erneut."),
        K::MethodNotShown => at_line("Dem Bericht „SMTP AUTH-Clients“ in Zeile ", line, " fehlt die Spalte mit dem Authentifizierungsprotokoll: Er zeigt die Nutzung von SMTP AUTH, aber nicht, ob mit Kennwort oder OAuth. Exportieren Sie ihn erneut aus dem Exchange Admin Center (Berichte > Nachrichtenfluss > SMTP AUTH-Clients)."),
        K::EvidenceRowCut { .. } => at_line("Zeile ", line, " hat nicht so viele Spalten wie die Kopfzeile des Exports: Die Zeile ist abgeschnitten oder gehört nicht dazu; gelesen wurde der Export bis zur Zeile davor. Fügen Sie die Datei vollständig ein, wie sie heruntergeladen wurde."),
        K::JsonRepaired { .. } => at_line("Das JSON hat ab Zeile ", line, " ein Komma vor einer schließenden Klammer (wie Microsofts eigenes Graph-Beispiel); es wurde ohne das Komma gelesen."),
        K::EvidenceJsonInvalid => at_line("Das Anmeldeobjekt in Zeile ", line, " ist kein gültiges JSON und wurde übersprungen. Fügen Sie die Datei ein, wie sie heruntergeladen wurde."),
        K::TenantsMixed(_) => at_line("Ab Zeile ", line, " stammen die Anmeldungen von einer anderen Organisation: Protokolle zweier Organisationen sind gemischt, Konten werden über beide hinweg nach Namen verknüpft. Fügen Sie die Protokolle jeder Organisation getrennt ein, mit deren Cmdlet-Ausgabe."),
        K::TraceCapped { cap } => {
            let without = if *cap == TraceCap::Default { " ohne -ResultSize" } else { "" };
            format!("Die Nachrichtenablaufverfolgung ab Zeile {line} enthält genau {} Nachrichten, so viele, wie eine Abfrage{without} höchstens liefert: Spätere können fehlen. Fragen Sie kürzere Zeiträume ab (-StartDate, -EndDate), bis jede Abfrage mit -ResultSize 5000 weniger als 5.000 Nachrichten liefert, und fügen Sie jede ein.", cap.messages())
        }
        K::TraceRowCut { count, .. } => format!("{count} Zeile(n) der Nachrichtenablaufverfolgung sind abgeschnitten (zuerst Zeile {line}) und wurden ausgelassen. Fügen Sie die ganze Ablaufverfolgung erneut ein."),
        K::TraceSenderUnreadable { count, .. } => format!("{count} Nachricht(en) der Nachrichtenablaufverfolgung zeigen keinen vollständigen Absender (zuerst Zeile {line}); sie gehören zu keinem Konto. {WHOLE_ADDRESSES}"),
        K::TraceRecipientUnreadable { count, .. } => format!("{count} Empfänger der Nachrichtenablaufverfolgung haben keine Domäne oder sind abgeschnitten (zuerst Zeile {line}); sie zählen weder als intern noch als extern. {WHOLE_ADDRESSES}"),
        K::TraceTimeUnreadable { count, .. } => format!("{count} Empfangszeitpunkt(e) (Received) der Nachrichtenablaufverfolgung ließen sich nicht sicher lesen (zuerst Zeile {line}); ihr Zeitraum lässt sie aus. Fügen Sie sie als Ausgabe von ConvertTo-Json ein (Datumsangaben unabhängig von der Kultur); ein Datum nach dem 12. unterscheidet auch Tag und Monat."),
        K::IpList { cell, .. } => format!("Zeile {line}: Die Zelle der IP-Adresse '{cell}' enthält mehrere Adressen; eine solche Zelle kommt nie in einen Connector. Ein Relay-Connector braucht die eine öffentliche IPv4-Adresse, von der das Gerät sendet: Sehen Sie am Gerät nach oder fragen Sie, wer sein Netz betreibt."),
        K::WorksheetSenderUnknown { value, account } => format!("Zeile {line}: Sender '{value}' ist weder device noch app noch person; wer sich als {account} anmeldet, bleibt unbekannt. Schreiben Sie device, app oder person (auch Gerät, Anwendung, Benutzer) in die Spalte Sender oder lassen Sie sie leer."),
        K::WorksheetOutsideUnknown { value, account } => format!("Zeile {line}: Sends outside '{value}' ist weder yes noch no; ob {account} nach außen sendet, bleibt unbekannt. Schreiben Sie yes oder no (auch ja, nein) in die Spalte Sends outside oder lassen Sie sie leer."),
        K::WorksheetNoAccount { .. } => at_line("Zeile ", line, " des Arbeitsblatts nennt kein Konto: Ihre Antworten wurden ausgelassen. Lassen Sie die Spalte Account, wie das Arbeitsblatt sie schrieb."),
        K::WorksheetRowCut { got, want, .. } => format!("Zeile {line} hat nur {got} der {want} Spalten der Kopfzeile des Arbeitsblatts: Ihre Zellen werden gelesen, die fehlenden gelten als leer. Speichern Sie das Arbeitsblatt erneut und fügen Sie die ganze Datei ein."),
    }
}

/// What mixing two tenants' logs does.
const TENANTS_MIXED: &str = "logs of two tenants are mixed, and accounts are joined by name across them.";

/// What to run for a message trace whose addresses Format-Table cut.
const WHOLE_ADDRESSES: &str = "Führen Sie die Ablaufverfolgung mit | Format-List oder | Export-Csv aus: Sie geben Adressen vollständig aus.";

/// A sentence that names only its line, formatted by one function for all such sentences (each
/// `format!` of its own costs code in the page).
fn at_line(before: &str, line: u32, after: &str) -> String {
    format!("{before}{line}{after}")
}
