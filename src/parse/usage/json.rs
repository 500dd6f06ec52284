//! Sign-in logs and usage reports saved as JSON (evidence.md §1, §2, §4): the portal's bare
//! array, Graph's `{"value": […]}` envelope, Azure Monitor's `{"records": […]}` with a
//! `properties` object per record, and Email apps usage's JSON form.
//!
//! The array's elements are found by a byte walk (strings and nesting tracked), then each is
//! read on its own (`json_object`): a file cut off mid-element still yields every complete
//! one, and an element that is not valid JSON costs that element only. Microsoft's own Graph
//! example has a trailing comma (evidence.md §2): such commas are removed from a copy of the
//! element, and a diagnostic says so.

use super::doubts::SourceDoubts;
use super::fields::{self, Fields};
use super::json_object;
use super::{Source, SourceKind};
use crate::parse::input::lines::Lines;
use crate::parse::shape::json::{Json, scan};
use crate::parse::sink::Sink;
use crate::parse::{CutOff, DiagnosticKind};

/// How much of a document is looked at to tell whether it is an export.
const SNIFF_BYTES: usize = 65_536;

/// Reads the export whose opening bracket is on line `start`; `None` when the JSON there is
/// not one, so the cmdlet JSON reader looks at it.
pub(in crate::parse) fn read(lines: &Lines<'_>, start: usize, keys: &mut ExportKeys, sink: &mut Sink) -> Option<usize> {
    let line = lines.get(start);
    let trimmed = line.trim_start();
    if !trimmed.starts_with(['[', '{']) {
        return None;
    }
    let offset = lines.start(start) + (line.len() - trimmed.len());
    let text = lines.text().get(offset..)?;
    // No export's keys near: not one, told without scanning the whole document.
    sniff(keys, lines.text(), offset, text)?;
    // A value cut before its end runs to the end of the text.
    let end = scan::value_end(text).unwrap_or(text.len());
    let document = text.get(..end)?;
    // Told by its own keys, not a later document's: a usage report after a sign-in log makes
    // the log no usage report.
    let kind = sniff(keys, lines.text(), offset, document)?;
    let (array, kind) = locate_array(document, kind)?;
    let first_line = lines.number(start);
    let mut source = Source::new(kind, first_line);
    let source_index = crate::parse::u32_of(sink.usage().sources.len());
    let rows_before = sink.usage().rows.len();
    let mut doubts = SourceDoubts::default();
    let mut repaired: Option<(usize, u32)> = None;
    let (elements, complete) = elements(document, array);
    for (from, to) in elements {
        let line = lines.number(lines.index_at(offset + from));
        let Some(element) = document.get(from..to) else { continue };
        let json = match serde_json::from_str::<Json>(element) {
            Ok(json) => json,
            Err(_) => match without_trailing_commas(element).and_then(|copy| serde_json::from_str::<Json>(&copy).ok()) {
                Some(json) => {
                    let (count, _) = repaired.get_or_insert((0, line));
                    *count += 1;
                    json
                }
                None => {
                    sink.diagnose(line, DiagnosticKind::EvidenceJsonInvalid);
                    continue;
                }
            },
        };
        let mut fields = Fields::default();
        json_object::read(&json, &mut fields);
        for at in fields::stamps(kind, &fields) {
            source.widen(at);
        }
        source.records += 1;
        let (usage, pool) = sink.usage_and_pool();
        doubts.add(fields::rows(kind, &fields, source_index, line, pool, &mut usage.rows), &fields, line);
    }
    if let Some((count, line)) = repaired {
        sink.diagnose(line, DiagnosticKind::JsonRepaired { first: first_line, count });
    }
    let last_line = lines.index_at(offset + end.saturating_sub(1));
    if !complete {
        let at = lines.number(last_line);
        sink.diagnose(at, DiagnosticKind::CutOff(CutOff::Export { first: first_line, complete: source.records }));
    }
    doubts.push_source(source, rows_before, sink);
    Some(last_line + 1)
}

/// The keys that tell an export ([`sniff`]), in lowercase with their quotes.
const KEYS: [&str; 7] = ["\"smtpapp\"", "\"pop3app\"", "\"imap4app\"", "\"clientappused\"", "\"signinlogs\"", "\"userprincipalname\"", "\"createddatetime\""];

/// Where each of [`KEYS`] stands next in the whole text, in any case: remembered from one
/// line that opens a JSON document to the next, so that the text is searched for each key
/// about once, not once per line, and a paste of many openers stays linear.
#[derive(Default)]
pub(in crate::parse) struct ExportKeys {
    /// Per key of [`KEYS`]: searched from this offset of [`Lines::text`], where it was found
    /// next (`usize::MAX`: nowhere after it); `None` until first searched.
    next: [Option<(usize, usize)>; 7],
}

impl ExportKeys {
    /// Where key `key` of [`KEYS`] next ends in `text`, the first time it stands at or after
    /// `offset`; `usize::MAX` when it does not.
    fn next_end(&mut self, text: &str, key: usize, offset: usize) -> usize {
        let (Some(next), Some(word)) = (self.next.get_mut(key), KEYS.get(key)) else { return usize::MAX };
        let found = match *next {
            Some((from, found)) if from <= offset && offset <= found => found,
            _ => {
                // `offset` is where a line opens JSON in `text`: within it.
                let bytes = text.as_bytes().get(offset..).unwrap_or_default();
                let at = bytes.windows(word.len()).position(|w| w.eq_ignore_ascii_case(word.as_bytes()));
                let found = at.map_or(usize::MAX, |at| offset + at);
                *next = Some((offset, found));
                found
            }
        };
        found.saturating_add(word.len())
    }
}

/// Whether `text`, at byte `offset` of the whole text `all`, opens a sign-in log or an Email
/// apps usage export, by the keys in its first [`SNIFF_BYTES`].
fn sniff(keys: &mut ExportKeys, all: &str, offset: usize, text: &str) -> Option<SourceKind> {
    // Offset 0 is always a character boundary: the search finds one.
    let cut = (0..=SNIFF_BYTES.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let end = offset + cut;
    let mut has = |key: usize| keys.next_end(all, key, offset) <= end;
    // The first three keys are columns of Email apps usage, the others of a sign-in log.
    if has(0) || has(1) || has(2) {
        return Some(SourceKind::EmailAppsUsage);
    }
    let sign_in = has(3) || has(4) || (has(5) && has(6));
    sign_in.then_some(SourceKind::EntraSignins)
}

/// The byte offset of the array of objects, and the kind it makes the source: a bare array;
/// the array under `value` (Graph) or `records` (Azure Monitor); or, for one object on its own,
/// the document itself.
fn locate_array(document: &str, kind: SourceKind) -> Option<(usize, SourceKind)> {
    let start = document.find(['[', '{'])?;
    if document.as_bytes().get(start) == Some(&b'[') {
        return Some((start, kind));
    }
    for (key, graph) in [("\"value\"", true), ("\"records\"", false)] {
        if let Some(at) = top_level_key(document, start, key) {
            let after = document.get(at + key.len()..)?;
            let colon = after.trim_start().strip_prefix(':')?;
            if colon.trim_start().starts_with('[') {
                let array = document.len() - colon.trim_start().len();
                let kind = if graph && kind == SourceKind::EntraSignins { SourceKind::GraphSignins } else { kind };
                return Some((array, kind));
            }
        }
    }
    Some((start, kind))
}

/// Where `key` (with its quotes) stands as a key of the object opened at `open`.
fn top_level_key(document: &str, open: usize, key: &str) -> Option<usize> {
    let bytes = document.as_bytes();
    let mut walk = Walk::default();
    let mut i = open;
    while let Some(&b) = bytes.get(i) {
        if walk.depth == 1 && !walk.in_string && b == b'"' && document.get(i..).is_some_and(|rest| rest.starts_with(key)) {
            return Some(i);
        }
        walk.step(b);
        if walk.depth == 0 && i > open {
            return None;
        }
        i += 1;
    }
    None
}

/// The byte ranges of the objects in the array (or the one object) at `open`, and whether the
/// array was closed before the text ended.
fn elements(document: &str, open: usize) -> (Vec<(usize, usize)>, bool) {
    let bytes = document.as_bytes();
    if bytes.get(open) == Some(&b'{') {
        // `open` is the position of a `{`: a char boundary.
        let end = scan::value_end(document.get(open..).unwrap_or("")).map(|e| open + e);
        // Not closed: no element is whole, and the document is not complete.
        return (end.map(|end| vec![(open, end)]).unwrap_or_default(), end.is_some());
    }
    let mut found = Vec::new();
    let mut walk = Walk::default();
    let mut element_start = None;
    for (i, &b) in bytes.iter().enumerate().skip(open) {
        let was_depth = walk.depth;
        walk.step(b);
        if walk.in_string {
            continue;
        }
        match b {
            b'{' if was_depth == 1 => element_start = Some(i),
            b'}' if walk.depth == 1 => {
                if let Some(start) = element_start.take() {
                    found.push((start, i + 1));
                }
            }
            b']' if walk.depth == 0 => return (found, true),
            _ => {}
        }
    }
    (found, false)
}

/// JSON nesting and strings, byte by byte.
#[derive(Default)]
struct Walk {
    depth: usize,
    in_string: bool,
    escaped: bool,
}

impl Walk {
    fn step(&mut self, b: u8) {
        if self.in_string {
            match b {
                _ if self.escaped => self.escaped = false,
                b'\\' => self.escaped = true,
                b'"' => self.in_string = false,
                _ => {}
            }
            return;
        }
        match b {
            b'"' => self.in_string = true,
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
    }
}

/// A copy of `element` with every comma that stands right before a closing bracket replaced
/// by a space (so positions stay), or `None` when there is none.
fn without_trailing_commas(element: &str) -> Option<String> {
    let mut bytes = element.as_bytes().to_vec();
    let mut walk = Walk::default();
    let mut pending_comma: Option<usize> = None;
    let mut changed = false;
    for i in 0..bytes.len() {
        let b = bytes[i];
        let in_string = walk.in_string;
        walk.step(b);
        if in_string || walk.in_string {
            continue;
        }
        match b {
            b',' => pending_comma = Some(i),
            b'}' | b']' => {
                if let Some(at) = pending_comma.take() {
                    bytes[at] = b' ';
                    changed = true;
                }
            }
            b' ' | b'\t' | b'\r' | b'\n' => {}
            _ => pending_comma = None,
        }
    }
    changed.then(|| String::from_utf8(bytes).ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_objects_of_an_array_even_when_cut() {
        let text = r#"[{"a": "}"}, {"b": [1, {"c": 2}]}, {"d": "#;
        let (found, complete) = elements(text, 0);
        assert_eq!(found.iter().map(|&(a, b)| &text[a..b]).collect::<Vec<_>>(), [r#"{"a": "}"}"#, r#"{"b": [1, {"c": 2}]}"#]);
        assert!(!complete);
    }

    #[test]
    fn trailing_commas_become_spaces_outside_strings() {
        assert_eq!(without_trailing_commas(r#"{"a": [1, 2, ], "b": ",]",}"#).as_deref(), Some(r#"{"a": [1, 2  ], "b": ",]" }"#));
        assert_eq!(without_trailing_commas(r#"{"a": 1}"#), None);
    }

    #[test]
    fn the_array_under_value_or_records_is_found() {
        let graph = r#"{"@odata.context": "x", "value": [{"clientAppUsed": "Browser"}]}"#;
        assert_eq!(locate_array(graph, SourceKind::EntraSignins), Some((33, SourceKind::GraphSignins)));
        let nested = r#"{"x": {"value": 1}, "records": []}"#;
        assert_eq!(locate_array(nested, SourceKind::EntraSignins).map(|(at, _)| at), Some(31));
    }
}
