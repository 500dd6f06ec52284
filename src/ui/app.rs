use yew::prelude::*;

use super::command_list::CommandList;
use super::paste_box::PasteBox;
use super::state::{Action, State};
use super::verdict_view::VerdictView;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    let on_input = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(Action::Input(text)))
    };
    html! {
        <main class="app">
            <header class="app-header">
                <h1>{ "Exchange sign-in analyzer" }</h1>
                <p class="tagline">{ "Paste Exchange PowerShell output. See who can sign in over POP3, IMAP4 and SMTP AUTH, and the commands that fix it. Nothing you paste leaves this page." }</p>
            </header>
            <PasteBox value={state.input.clone()} {on_input} />
            <section id="result" class="result" aria-live="polite">
                <VerdictView input_empty={state.input.trim().is_empty()} report={state.report.clone()} />
                <CommandList commands={state.report.commands.clone()} />
            </section>
        </main>
    }
}
