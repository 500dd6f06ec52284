//! What a console paste holds besides the objects: prompts and the commands typed after them
//! (`transcript`, `command`), stream lines, transcript headers and banners (`transcript`), error
//! records (`errors`); which cmdlet an object came from (`kind`); and the tests that tell these
//! lines from output (`line_kind`).

pub(super) mod command;
pub(super) mod errors;
pub(super) mod kind;
pub(super) mod line_kind;
pub(super) mod transcript;
