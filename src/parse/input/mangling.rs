//! Undoing what chat tools, forums and Markdown do to pasted console text (issue 3 "Mangling";
//! corpus/README.md; powershell-format.md §8 rule 5). Each function works on one line and
//! never changes the number of physical lines, so line numbers stay those of the paste.

use std::borrow::Cow;

/// Removes Markdown blockquote markers (`> `, a bare `>`, nested `> > `). `>>` is left alone:
/// it is PowerShell's continuation prompt (§6.1), not a quote.
pub(super) fn strip_blockquote(mut line: &str) -> &str {
    loop {
        if line == ">" {
            return "";
        }
        match line.strip_prefix('>') {
            // With or without the one space after `>`.
            Some(rest) if !rest.starts_with('>') => line = rest.strip_prefix(' ').unwrap_or(rest),
            _ => return line,
        }
    }
}

/// A Markdown code fence line (```` ``` ````, ```` ```text ````, `~~~`): read as a blank line.
pub(super) fn is_code_fence(line: &str) -> bool {
    let trimmed = line.trim_start();
    trimmed.starts_with("```") || trimmed.starts_with("~~~")
}

/// Splits a line at HTML line breaks (`<br>`, `<br/>`, `<br />`, any case) and drops
/// `<pre>`/`<code>` tags. Other `<…>` text is kept: `<>` is a real Exchange value.
pub(super) fn split_html_breaks(line: &str) -> Vec<String> {
    let mut pieces = vec![String::new()];
    let mut rest = line;
    while let Some(open) = rest.find('<') {
        let (before, tag_and_after) = rest.split_at(open);
        if let Some(last) = pieces.last_mut() {
            last.push_str(before);
        }
        match known_tag(tag_and_after) {
            Some((Tag::Break, len)) => {
                pieces.push(String::new());
                // `len` ends just after the tag's ASCII `>`.
                rest = tag_and_after.get(len..).unwrap_or("");
            }
            // `len` ends just after the tag's ASCII `>`.
            Some((Tag::Dropped, len)) => rest = tag_and_after.get(len..).unwrap_or(""),
            None => {
                if let Some(last) = pieces.last_mut() {
                    last.push('<');
                }
                // The text starts with the ASCII `<`.
                rest = tag_and_after.get(1..).unwrap_or("");
            }
        }
    }
    if let Some(last) = pieces.last_mut() {
        last.push_str(rest);
    }
    pieces
}

enum Tag {
    Break,
    Dropped,
}

fn known_tag(text: &str) -> Option<(Tag, usize)> {
    let close = text.find('>')?;
    let inner = text.get(1..close)?.trim().trim_end_matches('/').trim().to_ascii_lowercase();
    let tag = match inner.as_str() {
        "br" => Tag::Break,
        "pre" | "/pre" | "code" | "/code" | "p" | "/p" | "tt" | "/tt" => Tag::Dropped,
        _ => return None,
    };
    Some((tag, close + 1))
}

/// Decodes the HTML entities that web pages leave in copied text (`&gt;`, `&amp;`, `&#39;`,
/// `&nbsp;`, numeric forms).
pub(super) fn decode_entities(line: &str) -> Cow<'_, str> {
    if !line.contains('&') {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(amp) = rest.find('&') {
        let (before, from_amp) = rest.split_at(amp);
        out.push_str(before);
        match entity(from_amp) {
            Some((c, len)) => {
                out.push(c);
                // `len` ends just after the entity's ASCII `;`.
                rest = from_amp.get(len..).unwrap_or("");
            }
            None => {
                out.push('&');
                // The text starts with the ASCII `&`.
                rest = from_amp.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn entity(text: &str) -> Option<(char, usize)> {
    let semicolon = text.get(..text.len().min(12))?.find(';')?;
    let name = text.get(1..semicolon)?;
    let c = match name {
        "gt" => '>',
        "lt" => '<',
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((c, semicolon + 1))
}

/// Forum decoration: a Markdown image (`![image](https://…)`) is no part of any output. It is
/// blanked with spaces, so that the columns after it stay where they were and a line of only
/// an image is blank.
pub(super) fn blank_images(line: &str) -> String {
    let mut out = line.to_owned();
    while let Some(start) = out.find("![") {
        // `![alt](target)`: both ends are ASCII, so the range is on character boundaries.
        let rest = out.get(start..).unwrap_or("");
        let Some(length) = rest.find("](").and_then(|link| Some(link + rest.get(link..)?.find(')')? + 1)) else { break };
        out.replace_range(start..start + length, &" ".repeat(length));
    }
    out
}

/// Undoes Markdown backslash escapes of punctuation (`PS\>`, `\<`, `\_`, `\*`, `\[`).
/// `C:\>` keeps its backslash: there it is the root of a drive in a prompt (§6.1).
pub(super) fn unescape_markdown(line: &str) -> Cow<'_, str> {
    if !line.contains('\\') {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut previous = '\0';
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let escaped = chars.peek().copied().filter(|next| is_markdown_escapable(*next));
        match escaped {
            Some(next) if c == '\\' && !(next == '>' && previous == ':') => {
                out.push(next);
                chars.next();
                previous = next;
            }
            _ => {
                out.push(c);
                previous = c;
            }
        }
    }
    Cow::Owned(out)
}

fn is_markdown_escapable(c: char) -> bool {
    matches!(c, '<' | '>' | '_' | '*' | '[' | ']' | '#' | '`' | '|' | '~')
}

/// Non-breaking and zero-width spaces become plain spaces or nothing (§8 rule 5); tabs in the
/// leading indentation are expanded to 8-column stops so indentation can be measured.
pub(super) fn normalise_spaces(line: &str) -> Cow<'_, str> {
    let needs_work = line.contains(['\u{a0}', '\u{200b}', '\u{feff}', '\u{202f}'])
        || line.trim_start_matches(' ').starts_with('\t');
    if !needs_work {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut leading = true;
    for c in line.chars() {
        match c {
            '\t' if leading => {
                let pad = 8 - out.len() % 8;
                out.extend(std::iter::repeat_n(' ', pad));
            }
            '\u{a0}' | '\u{202f}' => out.push(' '),
            '\u{200b}' | '\u{feff}' => {}
            _ => {
                leading &= c == ' ';
                out.push(c);
            }
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blockquotes() {
        assert_eq!(strip_blockquote("> > Pop : True"), "Pop : True");
        assert_eq!(strip_blockquote(">"), "");
        assert_eq!(strip_blockquote(">Pop : True"), "Pop : True");
        assert_eq!(strip_blockquote(">> Get-User"), ">> Get-User");
    }

    #[test]
    fn html() {
        assert_eq!(split_html_breaks("a<br>b<BR />c"), vec!["a", "b", "c"]);
        assert_eq!(split_html_breaks("To : <><code>x</code>"), vec!["To : <>x"]);
        assert_eq!(decode_entities("PS C:\\&gt; a &amp;&#39;&#x41;&bogus;"), "PS C:\\> a &'A&bogus;");
    }

    #[test]
    fn markdown_escapes_and_spaces() {
        assert_eq!(unescape_markdown("PS\\> Get\\-X \\_y C:\\>"), "PS> Get\\-X _y C:\\>");
        assert_eq!(normalise_spaces("\tA\u{a0}:\u{200b}b"), "        A :b");
    }
}
