//! The mailbox's placeholder in commands (`'<mailbox of the device or app>'`) in the words of
//! the page's language. The report keeps the English one (`remedy::MAILBOX_PLACEHOLDER`, also
//! in the JSON); each command shown, copied or written into the note or the text goes through
//! [`command_text`]. The German placeholder keeps its `<…>` and holds no quote, so it stays a
//! visible, safely quoted literal to replace.

use std::borrow::Cow;

use super::Lang;
use crate::remedy::MAILBOX_PLACEHOLDER;

const MAILBOX_DE: &str = "<Postfach des Geräts oder der App>";

/// A command (or a sentence naming its placeholder) as shown in `lang`: the mailbox's
/// placeholder in that language's words. A text without it (most commands: they name what
/// was pasted) is not copied.
pub fn command_text(lang: Lang, command: &str) -> Cow<'_, str> {
    if lang == Lang::En || !command.contains(MAILBOX_PLACEHOLDER) {
        return Cow::Borrowed(command);
    }
    Cow::Owned(command.replace(MAILBOX_PLACEHOLDER, MAILBOX_DE))
}
