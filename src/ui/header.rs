use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::state::Theme;
use super::ui_text::ui_text;
use crate::wording::Lang;

pub struct HeaderProps {
    pub lang: Lang,
    pub theme: Theme,
    pub on_lang: Callback<Lang>,
    pub on_theme: Callback<Theme>,
}

/// Title, promise, and the language and theme switches.
pub fn header(props: &HeaderProps) -> Html {
    let text = ui_text(props.lang);
    let on_lang = props.on_lang.reform(|event: Event| {
        let code = event.target_unchecked_into::<HtmlSelectElement>().value();
        Lang::parse(&code).unwrap_or_default()
    });
    let on_theme = props.on_theme.reform(|event: Event| {
        let code = event.target_unchecked_into::<HtmlSelectElement>().value();
        Theme::parse(&code).unwrap_or_default()
    });
    let theme_label = |theme: Theme| match theme {
        Theme::System => text.theme_system,
        Theme::Light => text.theme_light,
        Theme::Dark => text.theme_dark,
    };
    html! {
        <header class="app-header">
            <div class="title-row">
                <h1>{ text.title }</h1>
                <div class="switches">
                    <label>
                        <span>{ text.language }</span>
                        <select id="lang" onchange={on_lang}>
                            { for Lang::ALL.into_iter().map(|lang| html! {
                                <option value={lang.code()} selected={lang == props.lang}>{ lang.name() }</option>
                            }) }
                        </select>
                    </label>
                    <label>
                        <span>{ text.theme }</span>
                        <select id="theme" onchange={on_theme}>
                            { for Theme::ALL.into_iter().map(|theme| html! {
                                <option value={theme.code().unwrap_or("system")} selected={theme == props.theme}>
                                    { theme_label(theme) }
                                </option>
                            }) }
                        </select>
                    </label>
                </div>
            </div>
            <p class="tagline">{ text.tagline }</p>
        </header>
    }
}
