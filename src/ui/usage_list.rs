use yew::prelude::*;

use crate::remedy::MailboxView;
use crate::wording::{self, Lang};

/// A mailbox's sign-ins per protocol and method, one line each, as the evidence shows them;
/// nothing when there are none.
pub fn usage_list(lang: Lang, mailbox: MailboxView<'_>) -> Html {
    if mailbox.usage().is_empty() {
        return html! {};
    }
    html! {
        <ul class="usage">
            { for mailbox.usage().iter().map(|view| html! { <li>{ wording::usage(lang, view) }</li> }) }
        </ul>
    }
}
