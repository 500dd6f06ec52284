//! The ways in: a text (or opened files) parsed and evaluated into its [`Report`], with the
//! notes on stale advice in the pasted commands themselves.

use super::evaluation::Evaluation;
use super::report::Report;
use crate::model::{Environment, Evidence};
use crate::parse::Parsed;
use crate::rules::stale_advice;
use crate::rules::Context;

/// Verdicts for everything the parsed paste shows.
pub fn evaluate(parsed: &Parsed, context: &Context) -> Report {
    Evaluation::new(Evidence::from_parsed(parsed), context).finish()
}

/// Parses, evaluates, and also recognises stale advice in the pasted commands themselves.
pub fn analyze(text: &str, context: &Context) -> (Parsed, Report) {
    analyze_files(text, &[], context)
}

/// [`analyze`] of the joined text of opened files, each read on its own.
pub fn analyze_files(text: &str, files: &[crate::parse::OpenedFile], context: &Context) -> (Parsed, Report) {
    let parsed = crate::parse::parse_files(text, files);
    let mut report = evaluate(&parsed, context);
    add_text_notes(&mut report, text);
    (parsed, report)
}

/// Adds the notes on stale advice in the pasted commands themselves to the report of `text`.
pub fn add_text_notes(report: &mut Report, text: &str) {
    add_text_notes_in_steps(report, text, &mut stale_advice::TextScan::default(), usize::MAX);
}

/// [`add_text_notes`] `bytes` of the text more at a time (see [`stale_advice::TextScan`]); true
/// when done.
pub fn add_text_notes_in_steps(report: &mut Report, text: &str, scan: &mut stale_advice::TextScan, bytes: usize) -> bool {
    if report.environment == Environment::ExchangeServer {
        return true;
    }
    let done = scan.step(text, bytes);
    report.notes.append(&mut scan.notes);
    done
}
