//! ANSI/VT escape removal, powershell-format.md §1.9 and §8 rule 3: PowerShell 7.2+ wraps list
//! labels, table headers and dash rows in `ESC[32;1m` … `ESC[0m`. They are removed before any
//! column is measured.

/// Removes CSI (`ESC [ … final`) and OSC (`ESC ] … BEL` / `ESC ] … ESC \`) sequences and any
/// other `ESC x` pair.
pub(super) fn strip_escapes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('[') => {
                // Parameter and intermediate bytes, then one final byte in @..~.
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            Some(']') => {
                while let Some(c) = chars.next() {
                    if c == '\u{7}' || (c == '\u{1b}' && chars.next_if_eq(&'\\').is_some()) {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Removes SGR codes whose ESC byte was lost in copying (`[32;1m`, `[0m`), but only where
/// PowerShell puts them (§8 rule 3): at the start of a line, right after a list's `" : "`, and
/// at the end of a line. Elsewhere such text could be a value.
pub(super) fn strip_bare_sgr(line: &str) -> String {
    let mut text = line;
    while let Some(rest) = sgr_prefix_end(text).and_then(|end| text.get(end..)) {
        text = rest;
    }
    let mut out = text.to_owned();
    while let Some(start) = sgr_suffix_start(&out) {
        out.truncate(start);
    }
    if let Some(colon) = out.find(" : ") {
        let value_start = colon + 3;
        if let Some(len) = out.get(value_start..).and_then(sgr_prefix_end) {
            out.replace_range(value_start..value_start + len, "");
        }
    }
    out
}

/// Length of a bare `[digits;…m` at the start of `text`.
fn sgr_prefix_end(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('[')?;
    let body_len = rest.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
    let after = rest.get(body_len..)?;
    (body_len > 0 && after.starts_with('m')).then_some(body_len + 2)
}

/// Start of a bare `[digits;…m` at the end of `text`.
fn sgr_suffix_start(text: &str) -> Option<usize> {
    let body = text.strip_suffix('m')?;
    let digits = body.len() - body.trim_end_matches(|c: char| c.is_ascii_digit() || c == ';').len();
    let open = body.len().checked_sub(digits + 1)?;
    (digits > 0 && body.get(open..open + 1) == Some("[")).then_some(open)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_colour_and_hyperlinks() {
        assert_eq!(strip_escapes("\u{1b}[32;1mPopEnabled : \u{1b}[0mTrue"), "PopEnabled : True");
        assert_eq!(strip_escapes("a\u{1b}]8;;http://x\u{7}b\u{1b}]8;;\u{1b}\\c"), "abc");
        assert_eq!(strip_escapes("cut \u{1b}["), "cut ");
    }

    #[test]
    fn strips_bare_codes_only_where_powershell_puts_them() {
        assert_eq!(strip_bare_sgr("[32;1mPopEnabled : [0mTrue"), "PopEnabled : True");
        assert_eq!(strip_bare_sgr("[32;1mName Enabled[0m"), "Name Enabled");
        assert_eq!(strip_bare_sgr("Note : a[0mb"), "Note : a[0mb");
        assert_eq!(strip_bare_sgr("[0m"), "");
    }
}
