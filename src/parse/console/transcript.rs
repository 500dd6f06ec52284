//! Everything around the output in a console or transcript paste (powershell-format.md §6):
//! prompts and the commands typed after them, `WARNING:`-style stream lines, `Start-Transcript`
//! headers, module banners between dash rules.

use super::command::parse_command;
use super::line_kind::{bare_command, prompt_command, stream_prefix};
use crate::parse::input::lines::Lines;
use crate::parse::sink::{Context, Sink};
use crate::parse::DiagnosticKind;

/// How far ahead a transcript header's closing asterisk line, or a banner's closing rule, is
/// looked for; bounded so a stray rule cannot make parsing quadratic.
const HEADER_LOOKAHEAD: usize = 64;
const BANNER_LOOKAHEAD: usize = 200;

/// Reads a prompt line and its `>> ` continuation lines, or a command line pasted without its
/// prompt; the command becomes the context of the blocks that follow until the next prompt.
pub(in crate::parse) fn read_prompt(lines: &Lines<'_>, start: usize, context: &mut Context) -> Option<usize> {
    let line = lines.get(start);
    let prompted = prompt_command(line);
    let mut command = prompted.or_else(|| bare_command(line))?.trim().to_owned();
    context.unprompted = prompted.is_none();
    let mut index = start + 1;
    while let Some(more) = lines.get(index).strip_prefix(">>").filter(|_| index < lines.len()) {
        command.push(' ');
        command.push_str(more.trim());
        index += 1;
    }
    context.command = (!command.is_empty()).then(|| parse_command(&command));
    context.json_depth_warning = false;
    Some(index)
}

/// A `WARNING:`/`VERBOSE:`/… line: reported, and remembered when it says JSON was cut at the
/// `-Depth` limit (§3.3, §8 rule 18).
pub(in crate::parse) fn read_stream(lines: &Lines<'_>, start: usize, context: &mut Context, sink: &mut Sink) -> Option<usize> {
    let trimmed = lines.get(start).trim();
    let transcript_notice =
        trimmed.starts_with("Transcript started, output file is") || trimmed.starts_with("Transcript stopped, output file is");
    if stream_prefix(trimmed).is_none() && !transcript_notice {
        return None;
    }
    if trimmed.contains("Resulting JSON is truncated") {
        context.json_depth_warning = true;
    }
    let line = lines.number(start);
    sink.diagnose(line, DiagnosticKind::Stream { text: trimmed.to_string() });
    Some(start + 1)
}

fn is_asterisk_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 10 && t.bytes().all(|b| b == b'*')
}

/// A `Start-Transcript` header or footer, or an invocation header: everything between two lines
/// of asterisks (§6.4, §8 rule 9).
pub(in crate::parse) fn read_header(lines: &Lines<'_>, start: usize, sink: &mut Sink) -> Option<usize> {
    if !is_asterisk_rule(lines.get(start)) {
        return None;
    }
    let limit = lines.len().min(start + 1 + HEADER_LOOKAHEAD);
    let close = (start + 1..limit).find(|&i| is_asterisk_rule(lines.get(i)))?;
    let title = lines.get(start + 1).trim();
    let version = (start + 1..close).find_map(|i| lines.get(i).trim().strip_prefix("PSVersion:").map(str::trim));
    let (first, last) = (lines.number(start), lines.number(close));
    sink.diagnose(first, DiagnosticKind::TranscriptHeader { last, title: title.to_string(), version: version.map(str::to_string) });
    Some(close + 1)
}

fn dash_rule_length(line: &str) -> Option<usize> {
    let t = line.trim();
    (t.len() >= 10 && t.bytes().all(|b| b == b'-')).then_some(t.len())
}

/// A module banner (`Connect-ExchangeOnline`'s text between two long dash rules, §6.2): a rule
/// after a blank line, up to the next rule of the same length.
pub(in crate::parse) fn read_banner(lines: &Lines<'_>, start: usize, sink: &mut Sink) -> Option<usize> {
    let length = dash_rule_length(lines.get(start))?;
    if start > 0 && !lines.is_blank(start - 1) {
        return None; // a heading's underline, not a banner
    }
    let limit = lines.len().min(start + 1 + BANNER_LOOKAHEAD);
    let close = (start + 1..limit).find(|&i| dash_rule_length(lines.get(i)) == Some(length))?;
    let (first, last) = (lines.number(start), lines.number(close));
    sink.diagnose(first, DiagnosticKind::Banner { last });
    Some(close + 1)
}
