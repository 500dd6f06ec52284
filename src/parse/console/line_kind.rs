//! What one line is, told from the line alone: a prompt, a stream message, a line of an error
//! record's body, a `Label : value` line. The readers that must tell where their block ends
//! share these tests.

use crate::parse::input::lines::cell_width;

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

/// A command line pasted without its prompt (§8 rule 7): indented as code in a Markdown answer,
/// or alone on a line after a chat message. Only a cmdlet the analyzer reads starts one
/// (`Get-CASMailbox -Identity x | fl`); `Get-User : message` is an error record.
pub(super) fn bare_command(line: &str) -> Option<&str> {
    let trimmed = line.trim();
    let name = trimmed.split_whitespace().next()?;
    super::kind::known_cmdlet(name)?;
    let rest = trimmed.get(name.len()..)?.trim_start();
    (!rest.starts_with(':')).then_some(trimmed)
}

pub(in crate::parse) fn is_prompt(line: &str) -> bool {
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
    // With or without the one space.
    Some(rest.strip_prefix(' ').unwrap_or(rest))
}

/// The stream prefix a line starts with, if any.
pub(in crate::parse) fn stream_prefix(trimmed: &str) -> Option<&'static str> {
    STREAM_PREFIXES.iter().copied().find(|p| trimmed.starts_with(p))
}

/// A body line of an error record: `+ CategoryInfo`, `+ FullyQualifiedErrorId`,
/// `+ PSComputerName`, `+ ~~~~` (forums may turn `+` into `-` or `•`, §8 rule 5).
pub(in crate::parse) fn is_error_detail(trimmed: &str) -> bool {
    let Some(rest) = trimmed.strip_prefix(['+', '-', '•']) else { return false };
    let rest = rest.trim_start();
    ["CategoryInfo", "FullyQualifiedErrorId", "PSComputerName"].iter().any(|k| rest.starts_with(k))
        || (trimmed.starts_with('+') && (rest.starts_with('~') || trimmed.starts_with("+ ")))
}

/// A parsed label line: byte ranges into the line.
pub(in crate::parse) struct LabelLine {
    pub name: (usize, usize),
    pub value: (usize, usize),
    pub value_column: Option<usize>,
}

/// A padded `Label : value` line at column 0 (used to tell where an error record ends).
pub(super) fn is_label_line(line: &str) -> bool {
    label_line(line, 0).is_some_and(|label| label.value_column.is_some())
}

/// `Label<pad> : value`, `Label :` (empty), or, at column 0 only, `Key: Value` (a paste that
/// lost the padding, issue 3 "Mangling").
pub(in crate::parse) fn label_line(line: &str, block_indent: usize) -> Option<LabelLine> {
    let body = line.get(block_indent..)?;
    if line.len() - line.trim_start_matches(' ').len() != block_indent {
        return None;
    }
    let first = body.chars().next()?;
    if !(first.is_alphanumeric() || first == '_') {
        return None;
    }
    padded_label(body, block_indent).or_else(|| unpadded_label(body, block_indent))
}

fn padded_label(body: &str, block_indent: usize) -> Option<LabelLine> {
    // The first ` :` followed by a blank or the end; found by its colon (memchr), as the
    // two-byte substring search costs more than the rest of the line's reading.
    let bytes = body.as_bytes();
    let separator = memchr::memchr_iter(b':', bytes)
        .filter(|&colon| colon > 0 && bytes.get(colon - 1) == Some(&b' '))
        .find(|&colon| matches!(bytes.get(colon + 1), None | Some(b' ' | b'\t')))?
        - 1;
    let name = body.get(..separator)?.trim_ascii_end();
    let label_chars = if name.is_ascii() { name.bytes().all(|b| is_label_char(char::from(b))) } else { name.chars().all(is_label_char) };
    if name.is_empty() || !label_chars {
        return None;
    }
    let value_start = (separator + 3).min(body.len());
    let value_column = cell_width(body.get(..separator)?) + 3;
    Some(LabelLine {
        name: (block_indent, block_indent + name.len()),
        value: (block_indent + value_start, block_indent + body.len()),
        value_column: Some(value_column),
    })
}

fn unpadded_label(body: &str, block_indent: usize) -> Option<LabelLine> {
    if block_indent != 0 {
        return None;
    }
    let name_len = body.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
    let after = body.get(name_len..)?.strip_prefix(':')?;
    if !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    let value_start = (name_len + 2).min(body.len());
    Some(LabelLine { name: (0, name_len), value: (value_start, body.len()), value_column: None })
}

/// Property names, and calculated-property labels with spaces; never `-` (that is
/// `Get-X : error`) or `:`.
fn is_label_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | ' ' | '.' | '(' | ')' | '#' | '/')
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

    #[test]
    fn recognises_a_command_line_without_its_prompt() {
        use super::bare_command;
        assert_eq!(bare_command("    Get-CASMailbox -Identity x | fl"), Some("Get-CASMailbox -Identity x | fl"));
        assert_eq!(bare_command("get-user"), Some("get-user"));
        assert_eq!(bare_command("Get-User : The operation couldn't be performed"), None);
        assert_eq!(bare_command("Get-Date"), None);
        assert_eq!(bare_command("Name : Get-User"), None);
    }
}
