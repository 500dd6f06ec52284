use yew::prelude::*;

use super::announcer::{AnnouncerProps, announcer};
use super::browser;
use super::bulk_view::BulkView;
use super::embed;
use super::chips::{ChipsProps, chips};
use super::copy_button::CopyButton;
use super::diagnostics::{DiagnosticsProps, diagnostics};
use super::first_visit::{FirstVisitProps, first_visit};
use super::footer::{self, footer};
use super::header::{HeaderProps, header};
use super::mailbox_card::{MailboxCardProps, mailbox_card};
use super::missing_list::{MissingListProps, missing_list};
use super::notes::{NotesProps, notes};
use super::organization_card::{OrganizationCardProps, organization_card};
use super::paste_box::PasteBox;
use super::settings_bar::{SettingsBarProps, settings_bar};
use super::share_link::ShareLink;
use super::state::{Action, State, Theme};
use super::symptoms::{SymptomsProps, symptoms};
use super::way_out_section::{WayOutSectionProps, way_out_section};
use super::ui_text::ui_text;
use crate::rules::{ClientScenario, Date};
use crate::wording::{self, Label, Lang};

const EXAMPLE: &str = include_str!("examples/support-call.txt");
/// Up to this many mailboxes each get a card; more are shown as one table.
const CARDS_UP_TO: usize = 5;

#[function_component(App)]
pub fn app() -> Html {
    let options = use_memo((), |_| embed::fragment_options());
    let state = {
        let lang = options.lang.as_deref().and_then(Lang::parse).unwrap_or_else(browser::preferred_lang);
        let theme = options.theme.as_deref().and_then(Theme::parse).unwrap_or_default();
        let scenario = options.client.as_deref().and_then(ClientScenario::parse);
        let as_of = options.date.as_deref().and_then(|d| Date::parse(d).ok());
        let input = options.input.clone();
        use_reducer(move || State::new(browser::today(), lang, theme).restored(scenario, as_of, input))
    };
    embed::use_report_height();
    {
        // A large paste is analysed once typing pauses (see `ANALYSE_AT_ONCE_UP_TO`), then in
        // steps, each in a task of its own so that the browser handles keys and paints between.
        let handle = state.clone();
        use_effect_with((state.revision, state.step, state.pending), move |&(revision, step, pending)| {
            let delay = if step == 0 { 250 } else { 0 };
            let timer = pending.then(|| browser::after_ms(delay, move || handle.dispatch(Action::Analyse(revision))));
            move || drop(timer)
        });
    }
    {
        let (lang, theme) = (state.lang, state.theme);
        use_effect_with((lang, theme), move |_| browser::apply_document_attributes(lang, theme));
    }
    let text = ui_text(state.lang);
    let report = &state.report;
    let input_empty = state.input.trim().is_empty();
    // With evidence of use, a mailbox whose settings were not pasted has only unknowns to
    // show: no card of its own, but one line for all of them.
    let with_evidence = report.december_summary.is_some();
    let unsettled = if with_evidence { report.mailboxes.len().saturating_sub(state.rows.settings_pasted) } else { 0 };
    html! {
        <main class={classes!("app", options.embed.then_some("embed"))}>
            if options.embed {
                <p class="embed-bar">
                    <strong>{ text.title }</strong>
                    <span>
                        <a href={browser::page_without_fragment()} target="_blank" rel="noopener">{ text.open_full_tool }</a>
                        <small class="version">{ footer::VERSION }</small>
                    </span>
                </p>
            } else {
                { header(&HeaderProps { lang: state.lang, theme: state.theme, on_lang: dispatcher(&state, Action::SetLang), on_theme: dispatcher(&state, Action::SetTheme) }) }
            }
            <PasteBox lang={state.lang} value={state.input.clone()} loaded={state.loaded} example={EXAMPLE}
                on_input={dispatcher(&state, Action::Input)} on_load={dispatcher(&state, Action::Load)}
                on_reading={dispatcher(&state, |(done, all)| Action::Reading(done, all))} held={state.held}
                held_lines={state.held_lines} on_paste={dispatcher(&state, Action::Paste)}
                on_show_as_text={dispatcher(&state, |()| Action::ShowAsText)} />
            if input_empty {
                { first_visit(&FirstVisitProps { lang: state.lang }) }
            }
            { settings_bar(&SettingsBarProps { lang: state.lang, scenario: state.scenario, as_of: state.as_of, today: state.today, on_scenario: dispatcher(&state, Action::SetScenario), on_date: dispatcher(&state, Action::SetDate), redact: state.redact, on_redact: dispatcher(&state, Action::SetRedact) }) }
            if !options.embed {
                <ShareLink lang={state.lang} theme={state.theme} scenario={state.scenario} as_of={state.as_of}
                    today={state.today} input={state.input.clone()}
                    private={state.pending || state.held.is_some() || !report.evidence.is_empty() || !report.symptoms.is_empty()} />
            }
            { announcer(&AnnouncerProps { lang: state.lang, report: report.clone(), counts: state.rows.counts, silent: input_empty || state.pending }) }
            if let Some(progress) = state.progress {
                // One bar from opening the files to the table shown. The phase is announced
                // (politely) as it changes; the bar moves silently.
                <div class="analysing">
                    <p id="analysing" role="status">{ text.analysing }{ " " }{ text.phases[progress.phase as usize] }</p>
                    <progress aria-labelledby="analysing" max="1000" value={progress.permille().to_string()} />
                </div>
            }
            <section id="result" class="result" aria-label={text.recognised} aria-busy={state.pending.then_some("true")}>
                if !input_empty {
                    // Not while a new input is analysed: they would be worked out anew on every step.
                    if !state.pending {
                        { chips(&ChipsProps { lang: state.lang, parsed: state.parsed.clone(), report: report.clone(), unsettled }) }
                    }
                    if !report.is_empty() {
                        <div class="ticket-row">
                            <CopyButton lang={state.lang} text="" make={ticket_note(&state)}
                                label={Some(wording::label(state.lang, Label::CopyForTicket))} />
                        </div>
                    }
                    { symptoms(&SymptomsProps { lang: state.lang, report: report.clone() }) }
                    // The shown result is of an earlier input while a new one is analysed.
                    if report.is_empty() && !state.pending {
                        <p id="verdict" class="verdict verdict-none">{ text.nothing_recognised }</p>
                    }
                    { way_out_section(&WayOutSectionProps { lang: state.lang, report: report.clone(), plans: state.plans.clone(), given: state.given.clone(), on_answer: dispatcher(&state, Action::Answer) }) }
                    if !report.organization.verdicts.is_empty() {
                        { organization_card(&OrganizationCardProps { lang: state.lang, report: report.clone() }) }
                    }
                    if report.mailboxes.len() > CARDS_UP_TO {
                        // Without any mailbox's settings every verdict is "unknown": the
                        // worksheet is the table then.
                        if unsettled < report.mailboxes.len() {
                            <BulkView lang={state.lang} report={report.clone()} rows={state.rows.clone()} />
                        }
                    } else {
                        { for report.mailboxes.iter().enumerate().filter(|(_, m)| !with_evidence || m.settings_pasted()).map(|(index, _)| html! {
                            { mailbox_card(&MailboxCardProps { lang: state.lang, report: report.clone(), index }) }
                        }) }
                    }
                    { missing_list(&MissingListProps { lang: state.lang, report: report.clone(), unsettled }) }
                    { notes(&NotesProps { lang: state.lang, report: report.clone() }) }
                    { diagnostics(&DiagnosticsProps { lang: state.lang, parsed: state.parsed.clone() }) }
                }
            </section>
            if !options.embed {
                { footer() }
            }
        </main>
    }
}

/// The note for the ticket, made when the button is clicked: in the page's language, from the
/// report as shown (redacted when names are hidden).
fn ticket_note(state: &UseReducerHandle<State>) -> Callback<(), String> {
    let (lang, parsed, report) = (state.lang, state.parsed.clone(), state.report.clone());
    Callback::from(move |()| wording::ticket_note(lang, &parsed, &report))
}

/// A callback that turns a value into an action on the one state.
fn dispatcher<T: 'static>(state: &UseReducerHandle<State>, make: fn(T) -> Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.dispatch(make(value)))
}
