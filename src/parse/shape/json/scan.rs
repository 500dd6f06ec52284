//! Where each record object and each of its members sits in a JSON text, found in one linear
//! pass. serde_json validates and decodes; this scan only supplies byte ranges, so properties
//! keep their source order and line spans, and a cut-off paste still yields its complete
//! members (issue 3: "a paste cut off mid-value").

/// One `"key": value` of a record object: byte ranges of the key (with quotes) and the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Member {
    pub key: (usize, usize),
    pub value: (usize, usize),
}

#[derive(Debug, Default)]
pub(super) struct ObjectSpan {
    pub start: usize,
    /// `None` when the text ends inside the object.
    pub end: Option<usize>,
    pub members: Vec<Member>,
}

/// Record objects: the top-level object, or the objects directly inside a top-level array
/// (ConvertTo-Json of one object vs. several, powershell-format.md §3.2).
pub(super) fn scan(text: &str) -> Vec<ObjectSpan> {
    let mut scanner = Scanner::default();
    scanner.run(text);
    scanner.objects
}

/// Byte offset just past the top-level value of `text`, found as [`scan`] finds objects (a line
/// break inside a string does not end it), or `None` when the text ends first.
pub(in crate::parse) fn value_end(text: &str) -> Option<usize> {
    Scanner::default().run(text).map(|i| i + 1)
}

#[derive(Default)]
struct Scanner {
    stack: Vec<u8>,
    in_string: bool,
    escaped: bool,
    string_is_key: bool,
    in_record: bool,
    expecting_key: bool,
    after_colon: bool,
    key: Option<(usize, usize)>,
    value_start: Option<usize>,
    last_significant: usize,
    objects: Vec<ObjectSpan>,
}

impl Scanner {
    /// Steps through `text` until the top-level value closes; returns where it did. Inside a
    /// string only a quote or a backslash can matter, so the bytes between are skipped.
    fn run(&mut self, text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if self.in_string && !self.escaped {
                // `i < bytes.len()` (the loop's condition).
                i += memchr::memchr2(b'"', b'\\', bytes.get(i..).unwrap_or_default())?;
            }
            let &b = bytes.get(i)?;
            if self.step(i, b) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// Depth at which a record object's members sit.
    fn record_depth(&self) -> usize {
        if self.stack.first() == Some(&b'[') { 2 } else { 1 }
    }

    fn at_record_level(&self) -> bool {
        self.in_record && self.stack.len() == self.record_depth()
    }

    /// Processes byte `b` at `i`; returns true once the top-level value is closed.
    fn step(&mut self, i: usize, b: u8) -> bool {
        if self.in_string {
            self.string_byte(i, b);
            return false;
        }
        if b.is_ascii_whitespace() {
            return false;
        }
        let done = match b {
            b'"' => {
                if self.at_record_level() && self.expecting_key {
                    self.key = Some((i, i));
                    self.string_is_key = true;
                    self.expecting_key = false;
                } else {
                    self.start_value(i);
                }
                self.in_string = true;
                false
            }
            b'{' | b'[' => {
                self.start_value(i);
                self.stack.push(b);
                if b == b'{' && self.stack.len() == self.record_depth() {
                    self.objects.push(ObjectSpan { start: i, end: None, members: Vec::new() });
                    self.in_record = true;
                    self.expecting_key = true;
                }
                false
            }
            b'}' | b']' => {
                if self.at_record_level() {
                    self.finish_member();
                    if let Some(object) = self.objects.last_mut() {
                        object.end = Some(i + 1);
                    }
                    self.in_record = false;
                }
                self.stack.pop();
                self.stack.is_empty()
            }
            b':' => {
                self.after_colon |= self.at_record_level();
                false
            }
            b',' => {
                if self.at_record_level() {
                    self.finish_member();
                    self.expecting_key = true;
                }
                false
            }
            _ => {
                self.start_value(i);
                false
            }
        };
        self.last_significant = i;
        done
    }

    fn string_byte(&mut self, i: usize, b: u8) {
        self.last_significant = i;
        if self.escaped {
            self.escaped = false;
        } else if b == b'\\' {
            self.escaped = true;
        } else if b == b'"' {
            self.in_string = false;
            if self.string_is_key {
                self.string_is_key = false;
                if let Some(key) = &mut self.key {
                    key.1 = i + 1;
                }
            }
        }
    }

    fn start_value(&mut self, i: usize) {
        if self.at_record_level() && self.after_colon && self.value_start.is_none() {
            self.value_start = Some(i);
        }
    }

    fn finish_member(&mut self) {
        if let (Some(key), Some(value_start)) = (self.key, self.value_start) {
            let member = Member { key, value: (value_start, self.last_significant + 1) };
            if let Some(object) = self.objects.last_mut() {
                object.members.push(member);
            }
        }
        self.key = None;
        self.value_start = None;
        self.after_colon = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_members_in_arrays_and_single_objects() {
        let text = r#"[ {"a":  [1, {"x": "}"}], "b" : "q\"" }, {"c":null} ]"#;
        let objects = scan(text);
        assert_eq!(objects.len(), 2);
        let slices: Vec<&str> = objects[0].members.iter().map(|m| &text[m.value.0..m.value.1]).collect();
        assert_eq!(slices, vec![r#"[1, {"x": "}"}]"#, r#""q\"""#]);
        assert_eq!(&text[objects[1].members[0].key.0..objects[1].members[0].key.1], r#""c""#);
        let single = scan(r#"{"a": 1, "b": {"c": 2}}"#);
        assert_eq!(single.len(), 1);
        assert_eq!(single[0].members.len(), 2);
    }

    #[test]
    fn a_cut_object_keeps_its_complete_members() {
        let objects = scan(r#"{"a": true, "b": "cut"#);
        assert_eq!(objects[0].end, None);
        assert_eq!(objects[0].members.len(), 1);
    }
}
