use yew::prelude::*;

use super::markup::{el, el_with, text, words, act_button};
use super::ui_text::ui_text;
use crate::parse::{ObjectKind, OpenedFile, Parsed};
use crate::rules::MissingInput;
use crate::remedy::Report;
use crate::wording::{self, Label, Lang, Noun};

/// What was recognised in the paste: one chip per opened file, by its name, with what was read
/// from it or why nothing was; for what was typed or pasted, one chip per cmdlet and per
/// sign-in log, usage report or message trace (with the window it covers). A chip selects its
/// lines in the input. What the evidence cannot show is listed under the chips, as text: it
/// decides how far its answer goes. `unsettled`: mailboxes seen in the evidence whose own
/// settings were not pasted. With names hidden (`redacted`), files are numbered, not named.
pub fn chips(lang: Lang, parsed: &Parsed, report: &Report, files: &[OpenedFile], redacted: bool, unsettled: usize) -> Html {
    let ui = ui_text(lang);
    let in_file = |line: u32| files.iter().any(|file| file.holds(line));
    // A singleton shows a tick; a list its count, in the right number.
    // Per kind: records, first line, last line; in one pass (a bulk paste has 100,000 records).
    let mut found = [(0, u32::MAX, 0); 7];
    for record in parsed.records.iter().filter(|record| !in_file(record.span.first)) {
        if let Some((count, first, last)) = found.get_mut(record.kind as usize) {
            *count += 1;
            *first = record.span.first.min(*first);
            *last = record.span.last.max(*last);
        }
    }
    let chip = |kind: ObjectKind, label: Result<&'static str, Noun>| -> Option<Html> {
        let &(count, first, last) = found.get(kind as usize).filter(|(count, ..)| *count > 0)?;
        let words = match label {
            Ok(label) => format!("{label} ✓"),
            Err(noun) => wording::count(lang, count, noun),
        };
        Some(found_chip(words, format!("lines {first}-{last}")))
    };
    // One chip per missing setting, however many mailboxes lack it; a mailbox's own settings
    // not pasted for the accounts a log shows are said once, below, with the script.
    let mut missing: Vec<&str> = Vec::new();
    for item in &report.missing {
        let said_below = unsettled > 0 && item.kind.is_per_mailbox();
        // Whether Exchange Online or Exchange Server is no setting: named in the page's words.
        let input = if item.kind == MissingInput::Environment { wording::label(lang, Label::Environment) } else { item.input };
        if !said_below && !missing.contains(&input) {
            missing.push(input);
        }
    }
    let evidence = &report.evidence;
    // Two logs of one kind have the same limits: each is said once.
    let mut limits: Vec<String> = Vec::new();
    for read in evidence {
        for limit in wording::source_limits(lang, read) {
            let line = format!("{}: {limit}", wording::source_kind(lang, read.kind));
            if !limits.contains(&line) {
                limits.push(line);
            }
        }
    }
    let mut items: Vec<Html> = files
        .iter()
        .enumerate()
        .map(|(at, file)| match wording::file_read(lang, file, at + 1, redacted, parsed, report) {
            (said, true) => found_chip(said, format!("lines {}-{}", file.first_line, file.last_line)),
            (said, false) => text_chip("chip chip-missing", said),
        })
        .collect();
    items.extend([
        chip(ObjectKind::TransportConfig, Ok(ui.transport_config)),
        chip(ObjectKind::OrganizationConfig, Ok(ui.org_config)),
        chip(ObjectKind::CasMailbox, Err(Noun::Mailbox)),
        chip(ObjectKind::User, Err(Noun::User)),
        chip(ObjectKind::AuthenticationPolicy, Err(Noun::AuthenticationPolicy)),
        chip(ObjectKind::AcceptedDomain, Err(Noun::AcceptedDomain)),
    ]
    .into_iter()
    .flatten());
    items.extend(evidence.iter().filter(|read| !in_file(read.line)).map(|read| found_chip(wording::source(lang, read), format!("lines {}", read.line))));
    items.extend(missing.into_iter().map(|input| text_chip("chip chip-missing", format!("{input}: {}", ui.missing_chip))));
    let environment = format!("{}: {}", wording::label(lang, Label::Environment), wording::environment_told(lang, report.environment, report.environment_from));
    let row = el("div", "chips-row", vec![
        text("span", "chips-label", format!("{}:", ui.recognised)),
        el_with("ul", &["class", "aria-label"], vec![Some("chips".into()), Some(ui.recognised.into())], items),
        text("span", "environment", environment),
    ]);
    if limits.is_empty() {
        return row;
    }
    let limits = limits.into_iter().map(|limit| text("li", "", limit)).collect();
    Html::from_iter([row, el_with("ul", &["class", "aria-label"], vec![Some("limits".into()), Some(ui.evidence_limits.into())], limits)])
}

/// A chip that is text only: what is missing, a file nothing was read from.
fn text_chip(class: &'static str, said: String) -> Html {
    el("li", "", vec![text("span", class, said)])
}

/// A chip of what was recognised: a button that selects its lines in the input (`data-act`,
/// read by the page's click listener).
fn found_chip(label: String, act: String) -> Html {
    el("li", "", vec![act_button("chip chip-found", act, words(label))])
}
