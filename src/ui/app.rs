use yew::prelude::*;

use super::browser;
use super::chips::Chips;
use super::diagnostics::Diagnostics;
use super::first_visit::FirstVisit;
use super::header::Header;
use super::mailbox_card::MailboxCard;
use super::missing_list::MissingList;
use super::notes::Notes;
use super::organization_card::OrganizationCard;
use super::paste_box::PasteBox;
use super::settings_bar::SettingsBar;
use super::state::{Action, State};
use super::ui_text::ui_text;

const EXAMPLE: &str = include_str!("examples/support-call.txt");

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State::new(browser::today(), browser::preferred_lang()));
    {
        let (lang, theme) = (state.lang, state.theme);
        use_effect_with((lang, theme), move |_| browser::apply_document_attributes(lang, theme));
    }
    let text = ui_text(state.lang);
    let report = &state.report;
    let input_empty = state.input.trim().is_empty();
    html! {
        <main class="app">
            <Header lang={state.lang} theme={state.theme}
                on_lang={dispatcher(&state, Action::SetLang)} on_theme={dispatcher(&state, Action::SetTheme)} />
            <PasteBox lang={state.lang} value={state.input.clone()} example={EXAMPLE}
                on_input={dispatcher(&state, Action::Input)} />
            if input_empty {
                <FirstVisit lang={state.lang} />
            }
            <SettingsBar lang={state.lang} scenario={state.scenario} as_of={state.as_of} today={state.today}
                on_scenario={dispatcher(&state, Action::SetScenario)} on_date={dispatcher(&state, Action::SetDate)} />
            <section id="result" class="result" aria-live="polite" aria-label={text.recognised}>
                if !input_empty {
                    <Chips lang={state.lang} parsed={state.parsed.clone()} report={report.clone()} />
                    if report.is_empty() {
                        <p id="verdict" class="verdict verdict-none">{ text.nothing_recognised }</p>
                    }
                    if !report.organization.verdicts.is_empty() {
                        <OrganizationCard lang={state.lang} report={report.clone()} />
                    }
                    { for report.mailboxes.iter().enumerate().map(|(index, _)| html! {
                        <MailboxCard lang={state.lang} report={report.clone()} {index} />
                    }) }
                    <MissingList lang={state.lang} report={report.clone()} />
                    <Notes lang={state.lang} report={report.clone()} />
                    <Diagnostics lang={state.lang} parsed={state.parsed.clone()} />
                }
            </section>
        </main>
    }
}

/// A callback that turns a value into an action on the one state.
fn dispatcher<T: 'static>(state: &UseReducerHandle<State>, make: fn(T) -> Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.dispatch(make(value)))
}
