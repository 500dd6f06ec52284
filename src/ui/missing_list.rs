use yew::prelude::*;

use super::command_line::command_line;
use super::markup::{card, el, text, words, el_fixed, Fixed};
use super::ui_text::ui_text;
use crate::remedy::{Missing, Report};
use crate::wording::{way_out as words, Lang};

/// "Paste the output of this next": the settings not pasted for the accounts the evidence
/// shows, said once, with the script that collects everything; then one command per other
/// missing input, filled in with the mailbox. `unsettled`: mailboxes seen in the evidence
/// whose own settings were not pasted.
pub fn missing_list(lang: Lang, report: &Report, unsettled: usize) -> Html {
    // The script fetches every mailbox's settings: its missing inputs are not listed again.
    let missing: Vec<&Missing> = report.missing.iter().filter(|item| unsettled == 0 || !item.kind.is_per_mailbox()).collect();
    let script = report.collect_script.as_ref().filter(|_| unsettled > 0);
    if missing.is_empty() && script.is_none() {
        return Html::default();
    }
    let ui = ui_text(lang);
    let mut parts = Vec::new();
    if let Some(script) = script {
        parts.push(el_fixed("p", &[("id", Fixed("settings-not-pasted"))], vec![words(words::settings_not_pasted(lang, unsettled))]));
        parts.push(command_line(lang, script.clone().into(), None));
    }
    if !missing.is_empty() {
        parts.push(text("p", "", ui.missing_text));
    }
    let items = missing.into_iter().map(|item| {
        // A tenant-wide command names no mailbox.
        let mailbox = item.mailbox.as_deref().map(|m| format!(" ({m})")).unwrap_or_default();
        el("li", "", vec![el("p", "missing-input", vec![text("code", "", item.input), words(mailbox)]), command_line(lang, item.command.clone().into(), None)])
    });
    let items: Vec<Html> = items.collect();
    if !items.is_empty() {
        parts.push(el("ul", "", items));
    }
    card("section", "card missing", "missing-heading", ui.missing_heading, parts)
}
