//! Everything around the output in a console or transcript paste (powershell-format.md §6):
//! prompts and the commands typed after them, `WARNING:`-style stream lines, `Start-Transcript`
//! headers, module banners between dash rules.

use super::command::parse_command;
use super::lines::Lines;
use super::sink::{Context, Sink, code};
use super::Severity;

/// How far ahead a transcript header's closing asterisk line, or a banner's closing rule, is
/// looked for; bounded so a stray rule cannot make parsing quadratic.
const HEADER_LOOKAHEAD: usize = 64;
const BANNER_LOOKAHEAD: usize = 200;

/// Stream prefixes written by the console host, English and German 5.1 UI (§6.2, §7).
const STREAM_PREFIXES: &[&str] =
    &["WARNING:", "VERBOSE:", "DEBUG:", "INFO:", "WARNUNG:", "AUSFÜHRLICH:", "DEBUGGEN:", "INFORMATIONEN:"];

/// The command typed after a prompt (§6.1, §8 rule 7): `PS C:\Users\ann> `, `PS /home/ann> `,
/// `PS>`, nested `PS C:\>> `, `[PS] C:\Windows\system32>` (EMS, often no space), remote
/// `[server]: PS C:\> `.
pub(super) fn prompt_command(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    let after_prompt = if let Some(rest) = trimmed.strip_prefix("[PS]") {
        after_angle(rest)?
    } else if trimmed.starts_with('[') {
        let (_, rest) = trimmed.split_once("]: ")?;
        ps_prompt(rest.trim_start())?
    } else {
        ps_prompt(trimmed)?
    };
    // `PS>TerminatingError(Get-X): "…"` is a transcript's error line, not a prompt (§6.4).
    (!after_prompt.starts_with("TerminatingError(")).then_some(after_prompt)
}

pub(super) fn is_prompt(line: &str) -> bool {
    prompt_command(line).is_some()
}

fn ps_prompt(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("PS")?;
    if rest.starts_with('>') {
        return after_angle(rest);
    }
    let path = rest.strip_prefix(' ')?;
    let location = path.get(..path.find('>')?)?;
    let looks_like_path = location.contains(['\\', '/', ':', '~']) || location.starts_with("Microsoft.PowerShell");
    if looks_like_path { after_angle(path) } else { None }
}

/// Text after the first run of `>` and one optional space.
fn after_angle(text: &str) -> Option<&str> {
    let from = text.find('>')?;
    let rest = text.get(from..)?.trim_start_matches('>');
    Some(rest.strip_prefix(' ').unwrap_or(rest))
}

/// Reads a prompt line and its `>> ` continuation lines; the command becomes the context of
/// the blocks that follow until the next prompt.
pub(super) fn read_prompt(lines: &Lines<'_>, start: usize, context: &mut Context) -> Option<usize> {
    let mut command = prompt_command(lines.get(start))?.trim().to_owned();
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

/// The stream prefix a line starts with, if any.
pub(super) fn stream_prefix(trimmed: &str) -> Option<&'static str> {
    STREAM_PREFIXES.iter().copied().find(|p| trimmed.starts_with(p))
}

/// A `WARNING:`/`VERBOSE:`/… line: reported, and remembered when it says JSON was cut at the
/// `-Depth` limit (§3.3, §8 rule 18).
pub(super) fn read_stream(lines: &Lines<'_>, start: usize, context: &mut Context, sink: &mut Sink) -> Option<usize> {
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
    sink.diagnose(Severity::Info, line, code::STREAM, || format!("Line {line} is a message, not output: {trimmed}"), None);
    Some(start + 1)
}

fn is_asterisk_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 10 && t.bytes().all(|b| b == b'*')
}

/// A `Start-Transcript` header or footer, or an invocation header: everything between two lines
/// of asterisks (§6.4, §8 rule 9).
pub(super) fn read_header(lines: &Lines<'_>, start: usize, sink: &mut Sink) -> Option<usize> {
    if !is_asterisk_rule(lines.get(start)) {
        return None;
    }
    let limit = lines.len().min(start + 1 + HEADER_LOOKAHEAD);
    let close = (start + 1..limit).find(|&i| is_asterisk_rule(lines.get(i)))?;
    let title = lines.get(start + 1).trim();
    let version = (start + 1..close).find_map(|i| lines.get(i).trim().strip_prefix("PSVersion:").map(str::trim));
    let (first, last) = (lines.number(start), lines.number(close));
    sink.diagnose(
        Severity::Info,
        first,
        code::TRANSCRIPT_HEADER,
        || match version {
            Some(v) => format!("Lines {first}-{last}: transcript header ({title}, PowerShell {v}) skipped."),
            None => format!("Lines {first}-{last}: transcript header ({title}) skipped."),
        },
        None,
    );
    Some(close + 1)
}

fn dash_rule_length(line: &str) -> Option<usize> {
    let t = line.trim();
    (t.len() >= 10 && t.bytes().all(|b| b == b'-')).then_some(t.len())
}

/// A module banner (`Connect-ExchangeOnline`'s text between two long dash rules, §6.2): a rule
/// after a blank line, up to the next rule of the same length.
pub(super) fn read_banner(lines: &Lines<'_>, start: usize, sink: &mut Sink) -> Option<usize> {
    let length = dash_rule_length(lines.get(start))?;
    if start > 0 && !lines.is_blank(start - 1) {
        return None; // a heading's underline, not a banner
    }
    let limit = lines.len().min(start + 1 + BANNER_LOOKAHEAD);
    let close = (start + 1..limit).find(|&i| dash_rule_length(lines.get(i)) == Some(length))?;
    let (first, last) = (lines.number(start), lines.number(close));
    sink.diagnose(Severity::Info, first, code::BANNER, || format!("Lines {first}-{last}: a module banner, skipped."), None);
    Some(close + 1)
}

#[cfg(test)]
mod tests {
    use super::prompt_command;

    #[test]
    fn recognises_prompts() {
        assert_eq!(prompt_command("PS C:\\Users\\ann> Get-User x"), Some("Get-User x"));
        assert_eq!(prompt_command("PS /home/ann> Get-User"), Some("Get-User"));
        assert_eq!(prompt_command("PS>Get-User"), Some("Get-User"));
        assert_eq!(prompt_command("PS C:\\>> Get-User"), Some("Get-User"));
        assert_eq!(prompt_command("[PS] C:\\Windows\\system32>Get-CASMailbox"), Some("Get-CASMailbox"));
        assert_eq!(prompt_command("[ex01.contoso.com]: PS C:\\> Get-User"), Some("Get-User"));
        assert_eq!(prompt_command("PS>TerminatingError(Get-User): \"x\""), None);
        assert_eq!(prompt_command("PS I love > you"), None);
        assert_eq!(prompt_command("PS C:\\>"), Some(""));
    }
}
