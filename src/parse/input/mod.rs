//! The text before any reader sees it: bytes decoded (`decode`, `decode_stream`), the paste
//! cut into numbered lines (`lines`) by `normalise`, which removes escape codes (`ansi`) and
//! undoes what chat tools and forums do to pasted text (`mangling`), the shared copies that
//! values (`text`) and property names (`intern`) are, and the rows of a CSV block with the lines
//! they start on (`csv_block`).

mod ansi;
pub(super) mod bounds;
pub(super) mod csv_block;
pub(super) mod decode;
pub(super) mod decode_stream;
pub(super) mod intern;
pub(super) mod lines;
mod mangling;
pub(super) mod normalise;
pub(super) mod text;
