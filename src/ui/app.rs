use web_sys::{Element, HtmlInputElement};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::announcer::announcer;
use super::browser::{self, focus, select_input_lines};
use super::bulk_view::bulk_view;
use super::embed;
use super::chips::chips;
use super::copy_button::copy;
use super::diagnostics::diagnostics;
use super::download::download_text;
use super::file_input::{files_of, read_files};
use super::first_visit::first_visit;
use super::footer::{self, footer};
use super::header::header;
use super::mailbox_card::mailbox_card;
use super::missing_list::missing_list;
use super::notes::notes;
use super::organization_card::organization_card;
use super::paste_box::{PasteBoxProps, paste_box};
use super::settings_bar::settings_bar;
use super::share_link::share_link;
use super::state::{Action, Running, State, Theme};
use super::symptoms::symptoms;
use super::way_out_section::way_out_section;
use super::markup::{el, el_fixed, el_with, text as text_of, when, words, Fixed};
use super::ui_text::ui_text;
use crate::export::{to_csv, to_markdown, worksheet_csv, worksheet_markdown};
use crate::ui_support::bulk_filter::SortKey;
use crate::wording::{self, Label, Lang};

const EXAMPLE: &str = include_str!("examples/support-call.txt");
/// Up to this many mailboxes each get a card; more are shown as one table.
const CARDS_UP_TO: usize = 5;

/// The page. Two listeners on it serve every control below (events bubble up to them): `input`
/// for the form controls, by their `id` (see `State::control`), and `click` for the buttons, by
/// their `id` or their `data-act` ("lines 3-5", "sort 2", "mailbox 7", "plan 7").
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let options = embed::fragment_options();
        // No or unknown language in the fragment: the browser's.
        let lang = options.lang.as_deref().and_then(Lang::parse).unwrap_or_else(browser::preferred_lang);
        // No or unknown theme in the fragment: the system's.
        let theme = options.theme.as_deref().and_then(Theme::parse).unwrap_or_default();
        State::new(browser::today(), lang, theme).restored(options)
    });
    let embedded = state.embed;
    {
        // A large paste is analysed once typing pauses (see `ANALYSE_AT_ONCE_UP_TO`), then in
        // steps, each in a task of its own so that the browser handles keys and paints between.
        // The job is held here, beside the state (see `Running`); one of an older input is
        // dropped as soon as a new one is there, not only when the new one takes a step.
        let running = use_mut_ref(Running::default);
        let handle = state.clone();
        use_effect_with((state.revision, state.step, state.pending), move |&(revision, step, pending)| {
            if running.borrow().as_ref().is_some_and(|(of, _)| *of != revision) || !pending {
                *running.borrow_mut() = None;
            }
            let delay = if step == 0 { 250 } else { 0 };
            let timer = pending.then(|| {
                browser::after_ms(delay, move || {
                    if let Some(step) = handle.analyse_step(&mut running.borrow_mut()) {
                        handle.dispatch(Action::Stepped(revision, step));
                    }
                })
            });
            move || drop(timer)
        });
    }
    // Set on every render, not by an effect hook of its own: setting them again changes nothing.
    browser::apply_document_attributes(state.lang, state.theme);
    {
        // The text is written into the box only when it did not come from typing in it.
        let (value, held) = (state.input.clone(), state.held.is_some());
        use_effect_with(state.loaded, move |_| {
            // Found by its id once rendered, as the line links find it: no node reference.
            if let Some(element) = browser::paste_area() {
                element.set_value(if held { "" } else { &value });
                // Where line links into held data showed their lines.
                let _ = element.remove_attribute("placeholder");
            }
            browser::hold_text(held.then_some(value));
        });
    }
    let oninput = {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            let control = event.target_unchecked_into::<HtmlInputElement>();
            // A control is known by its id; a radio button, which has none, by its name. Read as
            // attributes, by the binding the click listener needs anyway.
            let key = control.get_attribute("id").or_else(|| control.get_attribute("name")).unwrap_or_default();
            match key.as_str() {
                "input" => state.dispatch(Action::Input(control.value())),
                "open-file" => {
                    let files = files_of(control.files());
                    if !files.is_empty() {
                        read_files(files, state.dispatcher());
                    }
                    // Choosing the same file again is a new choice.
                    control.set_value("");
                }
                _ => state.dispatch(Action::Control(key, control.value(), control.checked())),
            }
        })
    };
    let onclick = {
        let state = state.clone();
        Callback::from(move |event: MouseEvent| {
            let Some(target) = event.target_dyn_into::<Element>() else { return };
            if let Some(act) = target.get_attribute("data-act") {
                // An act without argument ("copy"): the verb alone.
                let (verb, what) = act.split_once(' ').unwrap_or((&act, ""));
                // One number, not a range: from it to itself.
                let (first, last) = what.split_once('-').unwrap_or((what, what));
                // The page writes its acts with a number; the verbs without one do not read it.
                let number = first.parse().unwrap_or(0);
                match verb {
                    // Every copy button carries `data-copy` (`copy_button`).
                    "copy" => copy(target.clone(), target.get_attribute("data-copy").unwrap_or_default(), state.lang),
                    // One line, not a range: from it to itself.
                    "lines" => select_input_lines(number, last.parse().unwrap_or(number)),
                    "sort" => state.dispatch(Action::Sort(first.parse().map_or(SortKey::Identity, SortKey::Column))),
                    // The mailbox picked in the bulk table and the plan picked in the worksheet
                    // open below them and take the focus (and so come into view) once the page
                    // shows them: in a task after the render. One shown already only takes the
                    // focus again.
                    _ => {
                        let sheet = verb == "plan";
                        if (if sheet { state.sheet_picked } else { state.bulk_picked }) != Some(number as usize) {
                            state.dispatch(Action::Pick(sheet, number as usize));
                        }
                        let id = format!("{verb}-{number}");
                        browser::after_ms(0, move || focus(&id)).forget();
                    }
                }
                return;
            }
            let (report, lang) = (&state.report, state.lang);
            // No `id`: none of the page's controls, nothing to do.
            match target.get_attribute("id").unwrap_or_default().as_str() {
                // The skip link: the focus moves to the results (no fragment: the page's
                // fragment carries its options).
                "skip" => {
                    event.prevent_default();
                    focus("result");
                }
                // The note for the ticket, in the page's language, from the report as shown
                // (redacted when names are hidden).
                "copy-ticket" => copy(target.clone(), wording::ticket_note(lang, &state.parsed, report), lang),
                "load-example" => state.dispatch(Action::Load(EXAMPLE.to_string())),
                "clear" => state.dispatch(Action::Load(String::new())),
                "show-as-text" => state.dispatch(Action::ShowAsText),
                "as-of-today" => state.dispatch(Action::Control("as-of".to_string(), String::new(), false)),
                "worksheet-apply" => state.dispatch(Action::Apply(chosen("worksheet-sender"), chosen("worksheet-outside"))),
                "export-csv" => download_text("exo-auth-verdicts.csv", "text/csv;charset=utf-8", &to_csv(report, lang)),
                "export-markdown" => download_text("exo-auth-verdicts.md", "text/markdown;charset=utf-8", &to_markdown(report, lang)),
                "worksheet-csv" => download_text("exo-auth-worksheet.csv", "text/csv;charset=utf-8", &worksheet_csv(report, &state.given, lang)),
                "worksheet-markdown" => download_text("exo-auth-worksheet.md", "text/markdown;charset=utf-8", &worksheet_markdown(report, &state.given, lang)),
                _ => {}
            }
        })
    };
    let dispatcher = state.dispatcher();
    // The state this render shows, looked up through the handle once.
    let state: &State = &state;
    let lang = state.lang;
    let text = ui_text(lang);
    let report = &state.report;
    let input_empty = state.input.trim().is_empty();
    // With evidence of use, a mailbox whose settings were not pasted has only unknowns to
    // show: no card of its own, but one line for all of them.
    let with_evidence = report.december_summary.is_some();
    let unsettled = if with_evidence { report.mailboxes.len().saturating_sub(state.rows.settings_pasted) } else { 0 };
    // A part not shown keeps its place (`when`).
    let mut result = Vec::new();
    if !input_empty {
        // The date the verdicts are for, printed with them (the settings bar is not).
        result.push(text_of("p", "print-only", format!("{}: {}", wording::label(lang, Label::EvaluatedOn), state.as_of)));
        // Not while a new input is analysed: they would be worked out anew on every step.
        result.push(when(!state.pending, || chips(lang, &state.parsed, report, &state.files, state.redact, unsettled)));
        // The note for the ticket is made when the button is clicked (see `onclick`).
        let ticket = || el_fixed("button", &[("type", Fixed("button")), ("id", Fixed("copy-ticket")), ("class", Fixed("copy"))], vec![words(wording::label(lang, Label::CopyForTicket))]);
        result.push(when(!report.is_empty(), || el("div", "ticket-row", vec![ticket()])));
        result.push(symptoms(lang, report));
        // The shown result is of an earlier input while a new one is analysed.
        result.push(when(report.is_empty() && !state.pending, || el_fixed("p", &[("id", Fixed("verdict")), ("class", Fixed("verdict verdict-none"))], vec![words(text.nothing_recognised)])));
        result.push(way_out_section(state));
        result.push(when(!report.organization.verdicts.is_empty(), || organization_card(lang, report)));
        if report.mailboxes.len() > CARDS_UP_TO {
            // Without any mailbox's settings every verdict is "unknown": the worksheet is the
            // table then.
            result.push(when(unsettled < report.mailboxes.len(), || bulk_view(state)));
        } else {
            let cards = report.mailboxes.iter().enumerate().filter(|(_, mailbox)| !with_evidence || mailbox.settings_pasted());
            result.push(cards.map(|(index, _)| mailbox_card(lang, report, index)).collect());
        }
        result.push(missing_list(lang, report, unsettled));
        result.push(notes(lang, report));
        result.push(diagnostics(lang, &state.parsed));
    }
    // First in the tab order, seen when focused: past the controls to the results.
    let skip = el_fixed("a", &[("id", Fixed("skip")), ("class", Fixed("skip")), ("href", Fixed("#result"))], vec![words(text.skip_to_results)]);
    let mut page = vec![when(!input_empty, || skip)];
    if embedded {
        let link = el_with("a", &["href", "target", "rel"], vec![Some(browser::page_without_fragment().into()), Some("_blank".into()), Some("noopener".into())], vec![words(text.open_full_tool)]);
        page.push(el("p", "embed-bar", vec![text_of("strong", "", text.title), el("span", "", vec![link, text_of("small", "version", footer::VERSION)])]));
    } else {
        page.push(header(lang, state.theme));
    }
    page.push(paste_box(&PasteBoxProps { lang, held: state.held, held_lines: state.held_lines, redacted: state.redact && !input_empty, dispatcher }));
    page.push(when(input_empty, || first_visit(lang)));
    page.push(settings_bar(state));
    // Why the share link leaves the paste out, if it does: the reason that holds.
    let private = if !state.pending && (!report.evidence.is_empty() || !report.symptoms.is_empty()) {
        Some(text.share_private)
    } else if state.held.is_some() {
        Some(text.share_held)
    } else {
        state.pending.then_some(text.share_pending)
    };
    page.push(when(!embedded, || share_link(state, private)));
    page.push(announcer(lang, report, state.rows.counts, input_empty || state.pending));
    // One bar from opening the files to the table shown. The phase is announced (politely) as
    // it changes; the bar moves silently.
    page.push(state.progress.map_or_else(Html::default, |progress| {
        let phase = el_fixed("p", &[("id", Fixed("analysing")), ("role", Fixed("status"))], vec![words(text.analysing), words(" "), words(text.phase(progress.phase))]);
        let bar = el_with("progress", &["aria-labelledby", "max", "value"], vec![Some("analysing".into()), Some("1000".into()), Some(progress.permille().to_string().into())], Vec::new());
        el("div", "analysing", vec![phase, bar])
    }));
    let busy = state.pending.then_some(AttrValue::Static("true"));
    page.push(el_with("section", &["id", "class", "aria-label", "aria-busy", "tabindex"], vec![Some("result".into()), Some("result".into()), Some(text.recognised.into()), busy, Some("-1".into())], result));
    page.push(when(!embedded, footer));
    // A literal class in each: one chosen at run time would go through Yew's `Classes`, an
    // ordered set with hashing code of its own that nothing else on the page needs.
    if embedded {
        html! { <main class="app embed" {oninput} {onclick}>{ for page }</main> }
    } else {
        html! { <main class="app" {oninput} {onclick}>{ for page }</main> }
    }
}

/// The value chosen in the drop-down `id`. Read as the input listener reads every control, by
/// the `value` property they all have (no `HtmlSelectElement` bindings of its own).
fn chosen(id: &str) -> String {
    // The drop-downs are in the page while it runs; absent, nothing is chosen.
    browser::element(id).map(|select| select.unchecked_into::<HtmlInputElement>().value()).unwrap_or_default()
}
