use yew::prelude::*;

use super::markup::{el, text};
use crate::remedy::MailboxView;
use crate::wording::{self, Lang};

/// A mailbox's sign-ins per protocol and method, one line each, as the evidence shows them;
/// nothing when there are none.
pub fn usage_list(lang: Lang, mailbox: MailboxView<'_>) -> Html {
    if mailbox.usage().is_empty() {
        return Html::default();
    }
    el("ul", "usage", mailbox.usage().iter().map(|view| text("li", "", wording::usage(lang, view))).collect())
}
