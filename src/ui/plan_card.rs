use yew::prelude::*;

use super::command_line::command_line;
use super::markup::{el, el_with, list, tag, text, when, words};
use super::path_view::path_view;
use super::ui_text::{UiText, ui_text};
use super::usage_list::usage_list;
use crate::parse::Sender;
use crate::remedy::way_out::{fetch_command, Given};
use crate::remedy::{MailboxView, Report};
use crate::rules::usage_view::Seen;
use crate::rules::way_out::{Fit, OutsideBasis, Path, PathFit, SenderBasis, WayOut};
use crate::rules::December;
use crate::wording::{self, way_out as words, Lang};

/// The answers to "sends outside", in the order of [`UiText::outside_answers`], and their codes.
const OUTSIDE: [Option<bool>; 3] = [Some(true), Some(false), None];
const OUTSIDE_CODES: [&str; 3] = ["yes", "no", "unknown"];

/// The paths in the order a fitting one is recommended, keeping the password last.
const ORDER: [Path; 6] = {
    let preferred = Path::PREFERRED;
    [preferred[0], preferred[1], preferred[2], preferred[3], preferred[4], Path::KeepForNow]
};

/// One account's way out: its December answer; what signs in and whether it sends outside,
/// each as the evidence reads it with the admin's answer beside it; where it signs in from;
/// the recommended path, or the questions that decide it with the commands that answer them;
/// then the six paths, the recommended one (or, when none fits, each to check) filled in,
/// the other possible ones collapsed, those that do not fit in a line each. The answers are
/// radio buttons named `sender-<mailbox>` and `outside-<mailbox>`, read by the page's listener.
/// `index`: the account's position in `Report::mailboxes`.
pub fn plan_card(lang: Lang, report: &Report, given: &Given, index: usize) -> Html {
    let Some(mailbox) = report.mailboxes.get(index) else { return Html::default() };
    let Some(key) = mailbox.answer_key() else { return Html::default() };
    let Some(plan) = mailbox.way_out(given.get(&key)) else { return Html::default() };
    let ui = ui_text(lang);
    let headings = words::worksheet_headings(lang);
    let heading_id = format!("plan-{}", index);
    let december = match mailbox.december_detail() {
        Some(detail) => Some(wording::december_answer(lang, detail)),
        None => (mailbox.december() != December::Unknown).then(|| wording::december_reason(lang, mailbox.december()).to_string()),
    };
    // The admin's own answers are checked; a reading of the evidence leaves "Not sure".
    let sender = if plan.sender_from == SenderBasis::Answer { plan.sender } else { Sender::Unknown };
    let outside = if plan.outside_from == OutsideBasis::Answer { plan.sends_outside } else { None };
    // With no path to take: the questions after the first (the recommended line asks that one) and
    // the commands that answer them all.
    let (mut questions, mut fetch) = (Vec::new(), Vec::new());
    if plan.recommended.is_none() {
        for (at, question) in plan.questions.iter().enumerate() {
            if at > 0 {
                questions.push(words::question(lang, *question));
            }
            if let Ok(Some(command)) = fetch_command(*question, mailbox.identity()) {
                fetch.push(command);
            }
        }
    }
    let mut paths = Vec::new();
    for fit in [Fit::Fits, Fit::Check, Fit::No] {
        for path in ORDER {
            let path = plan.path(path);
            if path.fit == fit {
                paths.push(path_item(lang, mailbox, &plan, path));
            }
        }
    }
    let mut parts = vec![el_with("h3", &["id", "tabindex"], vec![Some(heading_id.clone().into()), Some("-1".into())], vec![words(mailbox.identity().to_string())])];
    // Each part keeps its place (`when`), whatever an answer changes.
    parts.push(december.map_or_else(Html::default, |december| text("p", "answer", december)));
    parts.push(text("p", "reading", words::sender_reading(lang, &plan)));
    let sender_codes = Sender::ALL.map(Sender::code);
    // `Sender::ALL` holds every sender: the answer is always found.
    parts.push(answer_group(headings[1], "sender", index, &ui.sender_answers, &sender_codes, Sender::ALL.iter().position(|s| *s == sender).unwrap_or_default()));
    parts.push(text("p", "reading", words::outside_reading(lang, &plan)));
    // `OUTSIDE` holds all three values: the answer is always found.
    parts.push(answer_group(headings[2], "outside", index, &ui.outside_answers, &OUTSIDE_CODES, OUTSIDE.iter().position(|o| *o == outside).unwrap_or_default()));
    parts.push(text("p", "reading", words::ip_reading(lang, &plan.ip)));
    parts.push(text("p", "recommended", words::recommended(lang, &plan)));
    parts.push(list("ul", "questions", questions));
    parts.push(when(!fetch.is_empty(), || {
        let mut commands = vec![text("p", "", ui.fetch_intro)];
        commands.extend(fetch.into_iter().map(|command| command_line(lang, command.into(), None)));
        Html::from_iter(commands)
    }));
    parts.push(el("ul", "paths", paths));
    parts.push(mailbox.seen().map_or_else(Html::default, |seen| el("details", "seen", vec![text("summary", "", ui.seen_heading), usage_list(lang, mailbox), seen_list(ui, seen)])));
    el_with("article", &["class", "aria-labelledby"], vec![Some("plan".into()), Some(heading_id.into())], parts)
}

/// A path with its fit and reason: filled in and open when it is the one to take (or, with
/// none to take, one to check), collapsed when it is possible too, a line when it does not fit.
fn path_item(lang: Lang, mailbox: MailboxView<'_>, plan: &WayOut, path: PathFit) -> Html {
    let head = vec![
        text("span", fit_class(path.fit), words::fit(lang, path.fit)),
        words(" "),
        text("strong", "", words::path(lang, path.path)),
        words(format!(": {}", words::why(lang, path.why))),
    ];
    if path.fit == Fit::No {
        return el("li", "path path-no", head);
    }
    let open = plan.recommended.map_or(path.fit == Fit::Check, |recommended| recommended == path.path);
    let steps = mailbox.path_steps(plan, path.path).map_or_else(|| text("p", "reading", words::no_steps(lang)), |steps| path_view(lang, &steps));
    let details = el_with("details", &["open"], vec![open.then_some("".into())], vec![el("summary", "", head), steps]);
    el("li", if open { "path path-open" } else { "path" }, vec![details])
}

/// A fit's badge, in the colours of the verdicts it is like.
fn fit_class(fit: Fit) -> &'static str {
    match fit {
        Fit::Fits => "status status-works",
        Fit::Check => "status status-unknown",
        Fit::No => "status fit-no",
    }
}

/// A question the admin answers with one of `answers` (radio buttons named `<question>-<index>`,
/// valued by `codes`); the one at `chosen` is checked.
fn answer_group(legend: &'static str, question: &str, index: usize, answers: &[&'static str], codes: &[&'static str], chosen: usize) -> Html {
    let name = AttrValue::from(format!("{question}-{index}"));
    let mut choices = vec![text("legend", "visually-hidden", legend)];
    for (at, (answer, code)) in answers.iter().zip(codes).enumerate() {
        let mut radio = tag("input", &["type", "name", "value"], vec![Some("radio".into()), Some(name.clone()), Some((*code).into())], Vec::new());
        radio.set_checked(at == chosen);
        choices.push(el("label", "", vec![radio.into(), words(*answer)]));
    }
    el("fieldset", "answer-control", choices)
}

/// What identifies the device or app: names, user agents, addresses and places, as text.
fn seen_list(ui: &UiText, seen: &Seen) -> Html {
    let display_name = seen.display_name.as_slice();
    let rows = [
        (ui.display_name, display_name),
        (ui.apps, &seen.apps[..]),
        (ui.user_agents, &seen.user_agents[..]),
        (ui.ip_addresses, &seen.ips[..]),
        (ui.locations, &seen.locations[..]),
        (ui.error_codes, &seen.error_codes[..]),
    ];
    let mut pairs = Vec::new();
    for (label, values) in rows {
        if !values.is_empty() {
            // Semicolons: locations such as "Seattle, Washington, US" hold commas.
            pairs.push(text("dt", "", label));
            pairs.push(text("dd", "", values.join("; ")));
        }
    }
    el("dl", "pairs", pairs)
}
