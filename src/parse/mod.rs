//! Text → records. One file per input shape; `parse` normalises the paste
//! (`input::normalise`), splits it into segments (`segment`) and hands each to the reader for
//! its shape (`shape::list`, `shape::table`, `shape::json`, `shape::csv`; prompts, stream lines,
//! transcript headers and banners in `console::transcript`, error records in `console::errors`).
//! Rules cite `../shared/powershell-format.md`. Dates printed in the writer's culture are read
//! on request (`printed::date`), beside the raw text.
//! Values are ranges of one shared copy of the normalised text ([`Text`]): a paste of 100 k
//! mailboxes allocates per object, not per value.
//!
//! A folder per input family: `input` (bytes and pasted text → numbered lines), `console`
//! (prompts, stream lines, error records, and which cmdlet an object came from), `shape` (the
//! readers of cmdlet output), `printed` (printed values and dates), `usage` (sign-in logs and
//! usage reports → usage rows), `message_trace` (message traces read by the shape readers →
//! trace rows), `worksheet` (the worksheet read back → the admin's own answers about each
//! account) and `client_error` (client errors anywhere in the text). Beside them: what the
//! parser produces (`record`) and tells about the paste (`diagnostic`: a kind per code with
//! the values it names, worded only in `wording`), where readers put it (`sink`), the walk
//! over the segments (`segment`, which holds the one list of readers in the order they are
//! tried) and a large text read in parts (`parts`).
//!
//! Line numbers: every [`LineSpan`] and [`Diagnostic::line`] is a 1-based line of the text as
//! given, split at `\r\n`, `\r` or `\n` — for files, of [`decode`]'s result, which is also
//! what a textarea holds after a paste. Normalisation removes prefixes (`> `, escape codes)
//! and splits at `<br>` but never moves a line to another number.

mod client_error;
mod console;
mod diagnostic;
mod files;
mod input;
mod message_trace;
mod parts;
mod printed;
mod record;
pub mod security_defaults;
mod segment;
mod shape;
mod sink;
mod usage;
mod worksheet;

pub use worksheet::{parse_sends_outside, Answer, AnswerRow, Sender, FORMULA_STARTS};
pub use printed::date::{DateCulture, PrintedDate, date_in, paste_date_culture};
pub use input::decode::{decode, decode_owned, normalise_line_endings};
pub use input::decode_stream::DecodeStream;
pub use parts::PartedParse;
pub use files::{join_files, parse_files, OpenedFile};
pub use record::{
    Certainty, LineSpan, ObjectKind, Parsed, Property, Record, Severity, Shape, Value,
};
pub use diagnostic::{code as diagnostic_code, CutOff, Diagnostic, DiagnosticKind, TenantsMixed, TraceCap};
pub use input::text::Text;
pub use input::bounds::{u32_of, usize_of, MAX_TEXT_BYTES};
pub use usage::time::{civil_from_days, iso_utc};
pub use usage::{FLATTENED_EXPORT, ErrorCause, Outcome, Protocol, Source, SourceKind, Symptom, TraceRow, Usage, UsageAuth, UsageProtocol, UsageRow};
pub use printed::value::{dotnet_date_millis, is_type_name};

use input::normalise;

/// Reads every PowerShell object out of pasted text. Never panics; what cannot be read is
/// reported in `Parsed::diagnostics`.
pub fn parse(text: &str) -> Parsed {
    let mut parsed = parse_numbered(text, normalise::Numbering::default(), segment::Carry::default()).0;
    message_trace::check_caps(&mut parsed);
    parsed
}

/// [`parse`] with the lines numbered as `numbering` says, carrying on from an earlier part of
/// the same text (a part of a larger text, [`parts`]); what the whole text tells is checked by
/// the caller once it is read.
fn parse_numbered(text: &str, numbering: normalise::Numbering, carry: segment::Carry) -> (Parsed, segment::Carry) {
    let (mut parsed, carry) = segment::run_carried(&normalise::normalise_numbered(text, numbering), None, carry);
    parsed.usage.symptoms = client_error::scan(text);
    for symptom in &mut parsed.usage.symptoms {
        symptom.line = numbering.number(symptom.line);
    }
    // A line read as a client error was recognised: it is not said to be skipped. (A run of
    // lines around one stays said: the others were skipped.)
    let symptoms = &parsed.usage.symptoms;
    parsed.diagnostics.retain(|d| !(matches!(d.kind, DiagnosticKind::Unrecognised { last, .. } if last == d.line) && symptoms.iter().any(|s| s.line == d.line)));
    (parsed, carry)
}

/// Reads `text` as one shape only (a file known to be CSV or JSON, say); lines that are not
/// that shape are reported as unrecognised.
pub fn parse_as(shape: Shape, text: &str) -> Parsed {
    let mut parsed = segment::run(&normalise::normalise(text), Some(shape));
    message_trace::check_caps(&mut parsed);
    parsed
}
