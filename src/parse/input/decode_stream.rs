//! [`decode`](crate::parse::decode) for a file read in slices: a sign-in export of 150 MB is read a few
//! megabytes at a time, so the web app paints progress in between. UTF-8 (the portal's and
//! PowerShell 7's encoding) is validated and appended slice by slice, a character cut by a slice
//! boundary completed by the next, CRLF and lone CR turned into LF on the way; anything else
//! (UTF-16 from Windows PowerShell's `>`, Windows-1252) is gathered and decoded whole at the end,
//! as [`decode`](crate::parse::decode) does.

use super::decode::decode_owned;

#[derive(Default)]
pub struct DecodeStream {
    text: String,
    /// Bytes of a character cut by the slice boundary.
    pending: Vec<u8>,
    /// The last slice ended in CR: an LF starting the next one belongs to it.
    after_cr: bool,
    /// Not UTF-8: every byte, decoded at the end.
    whole: Option<Vec<u8>>,
    started: bool,
}

impl DecodeStream {
    pub fn new() -> Self {
        Self::default()
    }

    /// A stream with room for a file of `bytes`: growing the text by doubling would copy a
    /// large file over and over.
    pub fn with_capacity(bytes: usize) -> Self {
        DecodeStream { text: String::with_capacity(bytes), ..Self::default() }
    }

    /// Adds the next slice of the file.
    pub fn push(&mut self, slice: &[u8]) {
        if let Some(bytes) = &mut self.whole {
            bytes.extend_from_slice(slice);
            return;
        }
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(slice);
        if !self.started {
            self.started = true;
            if looks_like_utf16(&bytes) {
                self.whole = Some(bytes);
                return;
            }
        }
        // With or without a UTF-8 byte-order mark.
        let body = if self.text.is_empty() { bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(&bytes) } else { &bytes[..] };
        match std::str::from_utf8(body) {
            Ok(text) => self.append(text),
            Err(error) if error.error_len().is_none() => {
                let (valid, cut) = body.split_at(error.valid_up_to());
                // Up to `valid_up_to` the bytes are UTF-8.
                self.append(std::str::from_utf8(valid).unwrap_or_default());
                self.pending = cut.to_vec();
            }
            Err(_) => {
                // Not UTF-8 after all: the text so far is these bytes (with LF line ends).
                let mut all = std::mem::take(&mut self.text).into_bytes();
                all.extend_from_slice(body);
                self.whole = Some(all);
            }
        }
    }

    fn append(&mut self, text: &str) {
        // After a chunk ending in CR, a leading LF is the rest of its CRLF.
        let text = if self.after_cr { text.strip_prefix('\n').unwrap_or(text) } else { text };
        self.after_cr = text.ends_with('\r');
        if !text.contains('\r') {
            self.text.push_str(text);
            return;
        }
        let mut pieces = text.split('\r').peekable();
        while let Some(piece) = pieces.next() {
            self.text.push_str(piece);
            if let Some(next) = pieces.peek_mut() {
                self.text.push('\n');
                // A lone CR or a CRLF: both become one LF.
                *next = next.strip_prefix('\n').unwrap_or(next);
            }
        }
    }

    /// The whole text, as [`decode`](crate::parse::decode) gives it.
    pub fn finish(mut self) -> String {
        match self.whole.take() {
            Some(bytes) => decode_owned(bytes),
            None if self.pending.is_empty() => self.text,
            None => {
                let mut bytes = self.text.into_bytes();
                bytes.extend_from_slice(&self.pending);
                decode_owned(bytes)
            }
        }
    }
}

/// A UTF-16 byte-order mark, or NUL bytes (BOM-less UTF-16): decoded whole at the end.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || bytes.iter().take(4096).any(|&b| b == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::decode;

    fn streamed(bytes: &[u8], slice: usize) -> String {
        let mut stream = DecodeStream::new();
        for piece in bytes.chunks(slice.max(1)) {
            stream.push(piece);
        }
        stream.finish()
    }

    #[test]
    fn slices_decode_as_the_whole_does() {
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Pop : True\r\nä".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let samples: [&[u8]; 7] = [b"\xEF\xBB\xBFa\r\nb\rc\n", "Grüße, 🙂 ünd €\r\n".as_bytes(), b"Gr\xFC\xDFe \x80\r\n", &utf16, b"", b"\r", b"a\r\r\nb"];
        for bytes in samples {
            for slice in [1, 2, 3, 5, 4096] {
                assert_eq!(streamed(bytes, slice), decode(bytes), "{bytes:?} in slices of {slice}");
            }
        }
    }
}
