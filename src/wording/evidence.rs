//! Evidence of use: the sources read and their windows, an account's sign-ins per protocol, the
//! December answer (evidence.md §1–§6).

use super::number::number;
use super::plural::{count, form, Form, Noun};
use super::{pick, pick_owned, Lang};
use crate::parse::{iso_utc, SourceKind, UsageAuth, UsageProtocol, FLATTENED_EXPORT};
use crate::remedy::{MailboxView, Report};
use crate::rules::usage_view::{EvidenceRead, UsageView};
use crate::rules::{December, DecemberAnswer, DecemberSummary};

pub fn source_kind(lang: Lang, kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::EntraSignins => pick(lang, "Entra sign-in log", "Entra-Anmeldeprotokoll"),
        SourceKind::GraphSignins => pick(lang, "Graph sign-ins", "Graph-Anmeldungen"),
        SourceKind::SmtpAuthClientsReport => pick(lang, "SMTP AUTH clients report", "Bericht „SMTP AUTH-Clients“"),
        SourceKind::EmailAppsUsage => pick(lang, "Email apps usage report", "Bericht „Nutzung von E-Mail-Apps“"),
        SourceKind::MessageTrace => pick(lang, "Message trace", "Nachrichtenablaufverfolgung"),
    }
}

/// `2026-11-20`: the day part of an ISO 8601 timestamp.
fn day(iso: &str) -> &str {
    // `iso_utc` always gives the 10-character day first; anything else is shown whole.
    iso.get(..10).unwrap_or(iso)
}


/// One line per source: what it is, how many rows (a message trace: messages), the window it
/// covers; for a message trace, its senders that are no mailbox or account of the paste.
pub fn source(lang: Lang, read: &EvidenceRead) -> String {
    source_at(lang, read, true)
}

/// [`source`], with the line it starts at or (in the list of a file's contents) without.
pub(super) fn source_at(lang: Lang, read: &EvidenceRead, with_line: bool) -> String {
    let mut text = source_kind(lang, read.kind).to_string();
    if with_line {
        text.push_str(&format!(" ({} {})", pick(lang, "line", "Zeile"), read.line));
    }
    text.push_str(": ");
    text.push_str(&count(lang, read.records as u64, if read.kind == SourceKind::MessageTrace { Noun::Message } else { Noun::Row }));
    text.push_str(", ");
    match (&read.from, &read.to) {
        (Some(from), Some(to)) => {
            text.push_str(day(from));
            text.push_str(pick(lang, " to ", " bis "));
            text.push_str(day(to));
        }
        // Dates that read two ways (02/07/2024) are not missing: the order could not be told.
        _ => text.push_str(match read.dates_ambiguous {
            true => pick(lang, "dates ambiguous (month or day first?)", "Datumsangaben mehrdeutig (Monat oder Tag zuerst?)"),
            false => pick(lang, "no dates", "ohne Datum"),
        }),
    }
    if let (true, Some(to)) = (read.ended_long_before, &read.to) {
        text.push_str(pick(lang, " — this log ends on ", " – dieses Protokoll endet am "));
        text.push_str(day(to));
        text.push_str(pick(lang, "; newer sign-ins are not in it", "; neuere Anmeldungen fehlen darin"));
    }
    if read.senders_not_in_paste > 0 {
        text.push_str("; ");
        text.push_str(&count(lang, read.senders_not_in_paste as u64, Noun::Sender));
        text.push_str(pick(lang, " not in the paste", " nicht im eingefügten Text"));
    }
    text
}

/// What a source cannot show, said plainly.
pub fn source_limits(lang: Lang, read: &EvidenceRead) -> Vec<String> {
    let mut limits = Vec::new();
    if matches!(read.kind, SourceKind::EntraSignins | SourceKind::GraphSignins) {
        limits.push(pick_owned(lang,
            "Older sign-ins are not in it: Entra keeps sign-in logs 7 days (Entra ID Free) or 30 days (P1/P2). A device that sends less often may not show.",
            "Ältere Anmeldungen fehlen: Entra bewahrt Anmeldeprotokolle 7 Tage (Entra ID Free) oder 30 Tage (P1/P2) auf. Ein Gerät, das seltener sendet, erscheint eventuell nicht."));
    }
    if !read.has_users {
        limits.push(pick_owned(lang,
            "It is a service-principal log: it has no users and cannot show SMTP AUTH, POP3 or IMAP4 sign-ins by users.",
            "Es ist ein Protokoll der Dienstprinzipale: Es enthält keine Benutzer und kann keine Anmeldungen von Benutzern über SMTP AUTH, POP3 oder IMAP4 zeigen."));
    }
    if read.kind == SourceKind::MessageTrace {
        limits.push(pick_owned(lang,
            "A query covers at most 10 days and 5,000 messages, of the last 90 days: a sender that mails outside only now and then may not show. It shows mail sent, not how its sender signs in.",
            "Eine Abfrage umfasst höchstens 10 Tage und 5.000 Nachrichten aus den letzten 90 Tagen: Ein Absender, der nur selten nach außen sendet, erscheint eventuell nicht. Sie zeigt gesendete E-Mails, nicht, wie sich der Absender anmeldet."));
    } else if read.kind == SourceKind::EmailAppsUsage {
        limits.push(pick_owned(lang,
            "It shows that SMTP, POP3 or IMAP4 was used, not whether with a password or OAuth.",
            "Er zeigt, dass SMTP, POP3 oder IMAP4 genutzt wurde, aber nicht, ob mit Kennwort oder OAuth."));
    } else if !read.shows_method {
        limits.push(pick_owned(lang,
            "It has no authentication protocol column: it shows SMTP AUTH use but not whether with a password or OAuth.",
            "Ihm fehlt die Spalte mit dem Authentifizierungsprotokoll: Er zeigt die Nutzung von SMTP AUTH, aber nicht, ob mit Kennwort oder OAuth."));
    }
    if read.concealed_names > 0 {
        let n = read.concealed_names;
        limits.push(match lang {
            Lang::En => format!("{n} user name(s) are concealed hashes and match no mailbox: clear 'Display concealed user, group, and site names in all reports' (Microsoft 365 admin center > Settings > Org settings > Reports) and export again."),
            Lang::De => format!("{n} Benutzername(n) sind verborgene Hashwerte und passen zu keinem Postfach: Deaktivieren Sie „Verborgene Benutzer-, Gruppen- und Websitenamen in allen Berichten anzeigen“ (Microsoft 365 Admin Center > Einstellungen > Organisationseinstellungen > Berichte) und exportieren Sie erneut."),
        });
    }
    limits
}

fn method(lang: Lang, auth: UsageAuth) -> &'static str {
    match auth {
        UsageAuth::Basic => pick(lang, "with a password", "mit Kennwort"),
        UsageAuth::OAuth => pick(lang, "with OAuth", "mit OAuth"),
        UsageAuth::Unknown => pick(lang, "(method not shown)", "(Methode nicht angegeben)"),
    }
}

/// `SMTP AUTH with a password: 3 successful, 1 failed; last success 2026-11-22`.
pub fn usage(lang: Lang, view: &UsageView) -> String {
    let protocol = match (view.protocol, lang) {
        (UsageProtocol::Other, Lang::En) => "Other legacy protocols",
        (UsageProtocol::Other, Lang::De) => "Andere Legacy-Protokolle",
        (UsageProtocol::Mail(protocol), _) => super::terms::protocol(lang, protocol),
    };
    let method = method(lang, view.auth);
    let last = view.last_success.as_deref().map(day);
    let (successes, failures) = (number(lang, view.successes), number(lang, view.failures));
    let mut text = match lang {
        Lang::En => format!("{protocol} {method}: {successes} successful, {failures} failed"),
        Lang::De => format!("{protocol} {method}: {successes} erfolgreich, {failures} fehlgeschlagen"),
    };
    if let Some(last) = last {
        text.push_str(&match lang {
            Lang::En => format!("; last success {last}"),
            Lang::De => format!("; zuletzt erfolgreich am {last}"),
        });
    }
    if view.unreadable > 0 {
        let n = number(lang, view.unreadable);
        text.push_str(&match lang {
            Lang::En => format!("; {n} with an unreadable status"),
            Lang::De => format!("; {n} mit unlesbarem Status"),
        });
    }
    text
}

/// The short label of the bulk table's column and filter.
pub fn december(lang: Lang, december: December) -> &'static str {
    match december {
        December::Breaks => pick(lang, "breaks in December", "fällt im Dezember aus"),
        December::AlreadyFailing => pick(lang, "already failing", "scheitert bereits"),
        December::Unaffected => pick(lang, "unaffected", "nicht betroffen"),
        December::Unknown => pick(lang, "unknown", "unbekannt"),
    }
}

/// The answer in one sentence, for an account that signs in with a password over SMTP AUTH.
pub fn december_answer(lang: Lang, answer: &DecemberAnswer) -> String {
    let n = number(lang, answer.basic_smtp_successes);
    // "once", not "1 times"; German "1-mal" reads right.
    let times = if answer.basic_smtp_successes == 1 { "once".to_string() } else { format!("{n} times") };
    let last = answer.last_success.map(|t| day(&iso_utc(t)).to_string());
    match (lang, answer.after_default_off, last) {
        (Lang::En, false, Some(last)) => format!("Signs in with a password over SMTP AUTH ({times}, last on {last}); this works today and stops when Microsoft switches Basic SMTP AUTH off by default at the end of December 2026."),
        (Lang::En, false, None) => format!("Signs in with a password over SMTP AUTH ({times}); this works today and stops when Microsoft switches Basic SMTP AUTH off by default at the end of December 2026."),
        // No date of the last sign-in: said without it.
        (Lang::En, true, last) => format!("Signed in with a password over SMTP AUTH ({times}{}); since Microsoft switched Basic SMTP AUTH off by default at the end of December 2026, these sign-ins fail unless it was turned back on, and how to do that is not documented yet.", last.map(|l| format!(", last on {l}")).unwrap_or_default()),
        (Lang::De, false, Some(last)) => format!("Meldet sich mit Kennwort über SMTP AUTH an ({n}-mal, zuletzt am {last}); das funktioniert heute und endet, wenn Microsoft Basic-SMTP AUTH Ende Dezember 2026 standardmäßig abschaltet."),
        (Lang::De, false, None) => format!("Meldet sich mit Kennwort über SMTP AUTH an ({n}-mal); das funktioniert heute und endet, wenn Microsoft Basic-SMTP AUTH Ende Dezember 2026 standardmäßig abschaltet."),
        // No date of the last sign-in: said without it.
        (Lang::De, true, last) => format!("Hat sich mit Kennwort über SMTP AUTH angemeldet ({n}-mal{}); seit Microsoft Basic-SMTP AUTH Ende Dezember 2026 standardmäßig abgeschaltet hat, scheitern diese Anmeldungen, sofern es nicht wieder eingeschaltet wurde – wie, ist noch nicht dokumentiert.", last.map(|l| format!(", zuletzt am {l}")).unwrap_or_default()),
    }
}

/// Why an account is not in the "breaks" list, in one sentence.
pub fn december_reason(lang: Lang, december: December) -> &'static str {
    match december {
        December::Breaks => pick(lang, "Signs in with a password over SMTP AUTH: breaks at the end of December 2026.", "Meldet sich mit Kennwort über SMTP AUTH an: fällt Ende Dezember 2026 aus."),
        December::AlreadyFailing => pick(lang,
            "Tries SMTP AUTH with a password, but it fails already (every attempt failed, or the settings refuse it): the December change alters nothing for it; find the device and move it to OAuth or retire it.",
            "Versucht SMTP AUTH mit Kennwort, scheitert aber bereits (jeder Versuch schlug fehl oder die Einstellungen verweigern es): Die Änderung im Dezember ändert dafür nichts; suchen Sie das Gerät und stellen Sie es auf OAuth um oder nehmen Sie es außer Betrieb."),
        December::Unaffected => pick(lang,
            "No password sign-in over SMTP AUTH in the evidence: the December change does not affect it.",
            "Keine Anmeldung mit Kennwort über SMTP AUTH in den Nachweisen: Die Änderung im Dezember betrifft es nicht."),
        December::Unknown => pick(lang,
            "The evidence does not show whether it signs in over SMTP AUTH with a password: paste the Entra sign-in log (Client app 'Authenticated SMTP') to tell.",
            "Die Nachweise zeigen nicht, ob es sich mit Kennwort über SMTP AUTH anmeldet: Fügen Sie das Entra-Anmeldeprotokoll ein (Client-App „Authenticated SMTP“), um es festzustellen."),
    }
}

/// Why the evidence cannot tell of an account whose sign-ins' status is a type name, and how
/// to export the log so that it can (evidence.md §2): not "paste the log", which was pasted.
pub fn status_unreadable(lang: Lang) -> &'static str {
    pick(lang,
        "The sign-in log's status is unreadable (Export-Csv without flattening writes type names): its sign-ins count neither way. Export it flattened:",
        "Der Status im Anmeldeprotokoll ist unlesbar (Export-Csv ohne Auflösen schreibt Typnamen): Seine Anmeldungen zählen weder so noch so. Exportieren Sie es aufgelöst:")
}

/// [`status_unreadable`], when the status of some account's sign-ins is.
pub fn status_unreadable_in(lang: Lang, report: &Report) -> Option<&'static str> {
    report.mailboxes.iter().any(|m| m.usage().iter().any(|usage| usage.unreadable > 0)).then(|| status_unreadable(lang))
}

/// [`december_reason`] of one account; for one whose sign-ins' status is unreadable, that, and
/// the command that exports it readable.
pub fn december_reason_of(lang: Lang, mailbox: MailboxView<'_>) -> String {
    match mailbox.december() {
        December::Unknown if mailbox.usage().iter().any(|usage| usage.unreadable > 0) => format!("{} {FLATTENED_EXPORT}", status_unreadable(lang)),
        december => december_reason(lang, december).to_string(),
    }
}

/// The tenant-wide count, in one sentence, each verb agreeing with its count; from the default
/// change on (`after_default_off`), in the past: they broke.
pub fn december_summary(lang: Lang, summary: &DecemberSummary, after_default_off: bool) -> String {
    let agree = |n: usize, one: &str, many: &str| format!("{} {}", number(lang, n as u64), if form(lang, n as u64) == Form::One { one } else { many });
    let s = summary;
    let (unaffected, unknown) = (number(lang, s.unaffected as u64), number(lang, s.unknown as u64));
    match (lang, after_default_off) {
        (Lang::En, false) => format!(
            "{} at the end of December; {}; {} for SMTP AUTH; {} unaffected; {} unknown.",
            agree(s.breaks, "account breaks", "accounts break"),
            agree(s.already_failing, "already fails", "already fail"),
            agree(s.oauth, "already uses OAuth", "already use OAuth"),
            unaffected,
            unknown
        ),
        (Lang::En, true) => format!(
            "{} at the end of December, when Basic SMTP AUTH was switched off by default; {} before; {} for SMTP AUTH; {} unaffected; {} unknown.",
            agree(s.breaks, "account broke", "accounts broke"),
            agree(s.already_failing, "already failed", "already failed"),
            agree(s.oauth, "uses OAuth", "use OAuth"),
            unaffected,
            unknown
        ),
        (Lang::De, false) => format!(
            "{} Ende Dezember aus; {}; {} für SMTP AUTH; {} nicht betroffen; {} unbekannt.",
            agree(s.breaks, "Konto fällt", "Konten fallen"),
            agree(s.already_failing, "scheitert bereits", "scheitern bereits"),
            agree(s.oauth, "nutzt schon OAuth", "nutzen schon OAuth"),
            unaffected,
            unknown
        ),
        (Lang::De, true) => format!(
            "{} Ende Dezember aus, als Basic-SMTP AUTH standardmäßig abgeschaltet wurde; {}; {} für SMTP AUTH; {} nicht betroffen; {} unbekannt.",
            agree(s.breaks, "Konto fiel", "Konten fielen"),
            agree(s.already_failing, "scheiterte schon vorher", "scheiterten schon vorher"),
            agree(s.oauth, "nutzt OAuth", "nutzen OAuth"),
            unaffected,
            unknown
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_number() {
        let one = DecemberSummary { breaks: 1, ..DecemberSummary::default() };
        assert_eq!(december_summary(Lang::En, &one, false), "1 account breaks at the end of December; 0 already fail; 0 already use OAuth for SMTP AUTH; 0 unaffected; 0 unknown.");
        assert!(december_summary(Lang::De, &DecemberSummary { breaks: 2, ..one }, false).starts_with("2 Konten fallen"));
        assert!(december_summary(Lang::En, &DecemberSummary { breaks: 2, ..one }, true).starts_with("2 accounts broke at the end of December"));
        assert!(december_summary(Lang::De, &one, true).starts_with("1 Konto fiel Ende Dezember aus"));
    }

    #[test]
    fn the_answer_names_the_count_the_last_day_and_the_date_of_the_change() {
        let answer = DecemberAnswer { december: December::Breaks, basic_smtp_successes: 3, last_success: Some(1_795_162_531), after_default_off: false };
        assert_eq!(
            december_answer(Lang::En, &answer),
            "Signs in with a password over SMTP AUTH (3 times, last on 2026-11-20); this works today and stops when Microsoft switches Basic SMTP AUTH off by default at the end of December 2026."
        );
        let after = DecemberAnswer { after_default_off: true, ..answer };
        assert!(december_answer(Lang::De, &after).contains("seit Microsoft"));
        let once = DecemberAnswer { basic_smtp_successes: 1, ..answer };
        assert!(december_answer(Lang::En, &once).starts_with("Signs in with a password over SMTP AUTH (once, last on 2026-11-20);"));
        assert!(december_answer(Lang::En, &DecemberAnswer { last_success: None, ..after }).starts_with("Signed in with a password over SMTP AUTH (3 times);"));
    }
}
