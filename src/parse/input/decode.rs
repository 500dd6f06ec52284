//! Bytes → text for files (the CLI, the web app's file-open). powershell-format.md §8 rule 1
//! and §4 "Encodings": 5.1 writes UTF-16 LE with BOM for `>`/`Out-File`, ANSI (Windows-1252)
//! for `Set-Content`, UTF-8 with BOM for transcripts; 6+ writes UTF-8 without BOM.

/// Decodes a file's bytes the way a user would expect to see them pasted: BOM-detected UTF-8 /
/// UTF-16 LE / UTF-16 BE, BOM-less UTF-16 guessed from NUL bytes, else UTF-8, else
/// Windows-1252. Line endings become `\n` (what a browser textarea does with pasted CRLF) and a
/// leading U+FEFF is dropped, so the result is the "normalised text" whose 1-based lines the
/// parser's [`LineSpan`](crate::parse::LineSpan)s count.
pub fn decode(bytes: &[u8]) -> String {
    decode_owned(bytes.to_vec())
}

/// [`decode`] of bytes the caller gives up: a UTF-8 file (nearly all) becomes its text without
/// a copy.
pub fn decode_owned(mut bytes: Vec<u8>) -> String {
    let text = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
        utf8_or_windows_1252(bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)
    } else {
        match nul_pattern(&bytes) {
            NulPattern::Utf16Le => utf16(&bytes, u16::from_le_bytes),
            NulPattern::Utf16Be => utf16(&bytes, u16::from_be_bytes),
            NulPattern::None => utf8_or_windows_1252(bytes),
        }
    };
    if text.starts_with('\u{FEFF}') || text.contains('\r') { normalise_line_endings(&text) } else { text }
}

/// CRLF and lone CR become LF; a leading byte-order mark is removed (§8 rules 1-2).
pub fn normalise_line_endings(text: &str) -> String {
    // With or without a byte-order mark.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !text.contains('\r') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

enum NulPattern {
    Utf16Le,
    Utf16Be,
    None,
}

/// BOM-less UTF-16: mostly-ASCII text has a NUL in every other byte, at odd offsets for LE and
/// even offsets for BE. Only a sample is looked at, so huge files cost nothing extra.
fn nul_pattern(bytes: &[u8]) -> NulPattern {
    // At most the length, rounded down to even.
    let sample = bytes.get(..bytes.len().min(4096) & !1).unwrap_or_default();
    let pairs = sample.len() / 2;
    if pairs == 0 {
        return NulPattern::None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // Most characters of a PowerShell paste are ASCII: demand that most pairs show the pattern
    // and that the other position is almost never NUL.
    if odd * 10 >= pairs * 6 && even * 20 <= pairs {
        NulPattern::Utf16Le
    } else if even * 10 >= pairs * 6 && odd * 20 <= pairs {
        NulPattern::Utf16Be
    } else {
        NulPattern::None
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    // An unpaired surrogate becomes U+FFFD, as a decoder does.
    char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

fn utf8_or_windows_1252(bytes: Vec<u8>) -> String {
    // Not UTF-8: read as Windows-1252, as the doc says.
    String::from_utf8(bytes).unwrap_or_else(|error| error.as_bytes().iter().map(|&b| windows_1252(b)).collect())
}

/// Windows-1252: Latin-1 except 0x80-0x9F, which hold typographic characters.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match byte {
        // `byte - 0x80` is below 32, the table's length.
        0x80..=0x9F => HIGH.get(usize::from(byte - 0x80)).copied().unwrap_or('\u{FFFD}'),
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    fn utf16le(text: &str, bom: bool) -> Vec<u8> {
        let mut bytes = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn decodes_every_transport() {
        assert_eq!(decode(b"\xEF\xBB\xBFa\r\nb"), "a\nb");
        assert_eq!(decode(&utf16le("Pop : True\r\n", true)), "Pop : True\n");
        assert_eq!(decode(&utf16le("Pop : True\r\n", false)), "Pop : True\n");
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("x\ry".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&be), "x\ny");
        assert_eq!(decode(b"Gr\xFC\xDFe \x80"), "Grüße €");
        assert_eq!(decode(b""), "");
        assert_eq!(decode(&[0xFF]), "ÿ");
    }
}
