use yew::prelude::*;

use super::command_line::command_line;
use super::markup::{card, el, text, words};
use super::ui_text::ui_text;
use crate::model::Environment;
// The sign-in log of SMTP AUTH by PowerShell, flattened: piped to `Export-Csv` as is, the
// status becomes a type name and says nothing (evidence.md §2).
use crate::parse::FLATTENED_EXPORT;
use crate::remedy::{collect_script, CollectTarget};
use crate::wording::Lang;

/// With nothing pasted yet: the one script that collects the settings, ready to copy, and where
/// the evidence of who signs in with a password comes from.
pub fn first_visit(lang: Lang) -> Html {
    let ui = ui_text(lang);
    // The script has no identity in it, so quoting cannot refuse it.
    let script = collect_script(CollectTarget::AllMailboxes, Environment::ExchangeOnline.into()).unwrap_or_default();
    let [sign_ins, others @ ..] = &ui.evidence_howto;
    let mut howto = vec![el("li", "", vec![words(*sign_ins), command_line(lang, FLATTENED_EXPORT.into(), Some("sign-ins-command"))])];
    howto.extend(others.iter().map(|item| text("li", "", *item)));
    card("section", "first-visit", "first-visit-heading", ui.first_visit_heading, vec![
        text("p", "", ui.first_visit_text),
        command_line(lang, script.into(), Some("collect-script")),
        text("p", "", ui.first_visit_evidence),
        el("ul", "howto", howto),
    ])
}
