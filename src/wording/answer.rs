//! The answer first: one sentence per group of sign-ins with the same outcome and reason
//! ([`crate::rules::answer`]), what the fix needs, and how long it holds.

use std::fmt::Write;

use super::plural::{form, noun, Noun};
use super::terms::{auth, protocol, status};
use super::verdicts::finding;
use super::{pick, Lang};
use crate::rules::answer::{AnswerGroup, AnswerReason};
use crate::rules::{ProtocolAuth, Status};

/// `SMTP AUTH with a password (Basic), SMTP AUTH with OAuth`.
pub fn items(lang: Lang, items: &[ProtocolAuth]) -> String {
    items.iter().map(|i| format!("{} {}", protocol(lang, i.protocol), auth(lang, i.auth))).collect::<Vec<_>>().join(", ")
}

/// `SMTP AUTH with a password (Basic): blocked.`
pub fn group_head(lang: Lang, group: &AnswerGroup) -> String {
    format!("{}: {}.", items(lang, &group.items), status(lang, group.status))
}

/// `Also blocked by SA4:`, before a later layer.
pub fn also_blocked_by(lang: Lang, rule: &str) -> String {
    format!("{} {rule}:", pick(lang, "Also blocked by", "Zusätzlich blockiert durch"))
}

/// `Also blocked by SA4:`, or `SMTP AUTH with a password (Basic) – also blocked by SA4:` when
/// it concerns only some of the group.
pub fn reason_lead(lang: Lang, reason: &AnswerReason) -> Option<String> {
    if !reason.also {
        return None;
    }
    Some(if reason.only.is_empty() {
        also_blocked_by(lang, reason.rule)
    } else {
        format!("{} – {} {}:", items(lang, &reason.only), pick(lang, "also blocked by", "zusätzlich blockiert durch"), reason.rule)
    })
}

/// `line 3` / `lines 3, 26` (`Zeile 3` / `Zeilen 3, 26`).
pub fn lines(lang: Lang, lines: &[u32]) -> String {
    let word = noun(lang, Noun::Line, form(lang, lines.len() as u64));
    format!("{word} {}", super::notes::line_list(lines))
}

/// One reason in plain text: `SMTP AUTH is turned off for the whole organization (lines 3, 26) [SA3]`.
pub fn reason(lang: Lang, reason: &AnswerReason) -> String {
    let mut text = String::new();
    if let Some(lead) = reason_lead(lang, reason) {
        text.push_str(&lead);
        text.push(' ');
    }
    let sentence = finding(lang, reason.finding);
    // A finding without a final stop is kept whole.
    text.push_str(sentence.strip_suffix('.').unwrap_or(&sentence));
    if !reason.lines.is_empty() {
        text.push_str(&format!(" ({})", lines(lang, &reason.lines)));
    }
    if !reason.also {
        text.push_str(&format!(" [{}]", reason.rule));
    }
    text.push('.');
    text
}

/// The whole group in plain text.
pub fn group(lang: Lang, group: &AnswerGroup) -> String {
    let mut text = group_head(lang, group);
    for r in &group.reasons {
        text.push(' ');
        text.push_str(&reason(lang, r));
    }
    text
}

/// Over the fix: each blocking layer needs its own steps.
pub fn layers_needed(lang: Lang, needed: Option<(ProtocolAuth, usize)>) -> Option<String> {
    let (which, layers) = needed.filter(|(_, n)| *n > 1)?;
    let which = items(lang, &[which]);
    Some(match (layers, lang) {
        (2, Lang::En) => format!("{which} is blocked by two layers: both steps are needed, fixing one alone does not help."),
        (2, Lang::De) => format!("{which} wird von zwei Ebenen blockiert: Beide Schritte sind nötig, einer allein hilft nicht."),
        (n, Lang::En) => format!("{which} is blocked by {n} layers: every step is needed, fixing one alone does not help."),
        (n, Lang::De) => format!("{which} wird von {n} Ebenen blockiert: Jeder Schritt ist nötig, einer allein hilft nicht."),
    })
}

/// Over a command holding the mailbox's placeholder, named as the command shows it in `lang`.
pub fn placeholder_note(lang: Lang) -> String {
    let placeholder = crate::remedy::MAILBOX_PLACEHOLDER;
    let note = match lang {
        Lang::En => format!("Replace '{placeholder}' with the mailbox before running the command."),
        Lang::De => format!("Ersetzen Sie '{placeholder}' vor dem Ausführen durch das Postfach."),
    };
    super::command_text(lang, &note).into_owned()
}

/// The screen readers' sentence after each analysis: `1 mailbox evaluated: 5 ways to sign in
/// work, 3 are blocked.` (`totals`: sign-in methods per status; none left out but zeros).
pub fn verdict_tally(lang: Lang, mailboxes: u64, totals: &[(Status, usize)]) -> String {
    // Per status (in `Status` order), one and more, then what is counted (named by the first).
    let forms = pick(lang, TALLY_EN, TALLY_DE);
    // TALLY_EN and TALLY_DE hold two forms per status and two for the noun: every index asked.
    let form = |i: usize| forms.split('|').nth(i).unwrap_or_default();
    let mut text = format!("{} {}", super::count(lang, mailboxes, super::Noun::Mailbox), pick(lang, "evaluated", "ausgewertet"));
    for (i, (status, n)) in totals.iter().filter(|(_, n)| *n > 0).enumerate() {
        let many = usize::from(*n != 1);
        let what = if i == 0 { form(8 + many) } else { "" };
        let said = form(*status as usize * 2 + many);
        let _ = write!(text, "{}{}{what} {said}", if i == 0 { ": " } else { ", " }, super::number(lang, *n as u64));
    }
    text.push('.');
    text
}

/// Per status, its verb in the singular and the plural; then what is counted, in both. One
/// string each, not a table of ten: smaller in the app.
const TALLY_EN: &str = "works|work|is blocked|are blocked|is unknown|are unknown|needs a check by hand|need a check by hand| way to sign in| ways to sign in";
const TALLY_DE: &str = "funktioniert|funktionieren|ist blockiert|sind blockiert|ist unbekannt|sind unbekannt|ist von Hand zu prüfen|sind von Hand zu prüfen| Anmeldeweg| Anmeldewege";
