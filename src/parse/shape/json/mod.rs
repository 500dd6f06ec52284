//! ConvertTo-Json output (powershell-format.md §3 and §8 rule 18), 5.1 and 7 layouts, arrays or
//! single objects, parsed with serde_json. Keys keep their source order. Where each object and
//! member sits is found by `scan`; JSON broken at the console width is rejoined by `wrap`.

pub(in crate::parse) mod scan;
mod wrap;

use std::borrow::Cow;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::parse::input::intern::Interner;
use crate::parse::input::lines::Lines;
use crate::parse::printed::value;
use crate::parse::sink::{Context, Sink};
use crate::parse::{CutOff, DiagnosticKind};
use crate::parse::{Certainty, LineSpan, Property, Shape, Text, Value};
use scan::ObjectSpan;

/// What JSON reading remembers across attempts in one paste.
#[derive(Default)]
pub(in crate::parse) struct JsonState {
    /// Rejoining console-width breaks was tried on the text up to here (see [`wrap::rejoin`]).
    no_rejoin_before: usize,
}

/// Reads the JSON document starting on line `start`, or returns `None` when the line does not
/// open one (`[` or `{` followed by a key, an element or nothing).
pub(in crate::parse) fn read(lines: &Lines<'_>, start: usize, context: &Context, state: &mut JsonState, sink: &mut Sink) -> Option<usize> {
    let line = lines.get(start);
    let trimmed = line.trim_start();
    let after_bracket = trimmed.strip_prefix(['[', '{'])?.trim_start();
    if !(after_bracket.is_empty() || after_bracket.starts_with(['"', '{', '[', ']', '}'])) {
        return None;
    }
    let offset = lines.start(start) + (line.len() - trimmed.len());
    let text = lines.text().get(offset..)?;
    let (end, failure) = extent(text);
    if let Some(failure) = failure.as_ref().filter(|f| !f.eof) {
        if let Some(next) = read_rejoined(lines, start, offset, failure, context, state, sink) {
            return Some(next);
        }
        if failure.offset <= line.len() {
            return None; // not JSON after all; let the other readers look at the line
        }
    }
    // serde's column may fall inside a multi-byte character: cut at the boundary before it.
    // Offset 0 is always a character boundary: the search finds one.
    let end = (0..=end.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    // `end` is a char boundary, found above.
    let document = text.get(..end).unwrap_or(text);
    Some(read_document(lines, start, document, &Origin::Paste { offset }, failure.as_ref(), context, sink))
}

/// Reads the document again with the breaks at the console width removed (§8 rule 18); `None`
/// when there are none or the text still is not JSON, so the first failure is reported.
fn read_rejoined(
    lines: &Lines<'_>,
    start: usize,
    offset: usize,
    failure: &Failure,
    context: &Context,
    state: &mut JsonState,
    sink: &mut Sink,
) -> Option<usize> {
    let rejoined = wrap::rejoin(lines, start, offset, failure.offset, &mut state.no_rejoin_before)?;
    let (end, None) = extent(&rejoined.text) else { return None };
    let document = rejoined.text.get(..end)?;
    Some(read_document(lines, start, document, &Origin::Rejoined(&rejoined), None, context, sink))
}

/// Where the parsed text's bytes are in the paste.
enum Origin<'r> {
    /// The paste itself, from byte `offset` of [`Lines::text`].
    Paste { offset: usize },
    /// The paste with its console-width breaks removed.
    Rejoined(&'r wrap::Rejoined),
}

impl Origin<'_> {
    fn line_index(&self, lines: &Lines<'_>, position: usize) -> usize {
        match self {
            Origin::Paste { offset } => lines.index_at(offset + position),
            Origin::Rejoined(rejoined) => rejoined.line_index(position),
        }
    }

    /// [`Self::line_index`] of a position on line `from` or after it.
    fn line_index_from(&self, lines: &Lines<'_>, position: usize, from: usize) -> usize {
        match self {
            Origin::Paste { offset } => lines.index_at_from(offset + position, from),
            Origin::Rejoined(rejoined) => rejoined.line_index(position),
        }
    }

    /// The text of `[start, end)` as printed.
    fn printed(&self, lines: &Lines<'_>, document: &str, start: usize, end: usize) -> Text {
        match self {
            // `start..end` is a member's range, found in `document` by the scanner.
            Origin::Paste { .. } => lines.share(document.get(start..end).unwrap_or_default()),
            Origin::Rejoined(rejoined) => Text::from(rejoined.printed(start, end)),
        }
    }

    /// Whether a break inside `[start, end)` was undone.
    fn joined_within(&self, start: usize, end: usize) -> bool {
        match self {
            Origin::Paste { .. } => false,
            Origin::Rejoined(rejoined) => rejoined.joined_within(start, end),
        }
    }
}

/// Pushes the records of one JSON document and reports how it ended; returns the line after it.
fn read_document(
    lines: &Lines<'_>,
    start: usize,
    document: &str,
    origin: &Origin<'_>,
    failure: Option<&Failure>,
    context: &Context,
    sink: &mut Sink,
) -> usize {
    let end = document.len();
    let objects = scan::scan(document);
    // Objects and members come in order: each line is looked for from the one before.
    let mut line = origin.line_index(lines, 0);
    for object in &objects {
        let first_index = origin.line_index_from(lines, object.start, line);
        let (properties, last_member) = properties(lines, document, object, origin, first_index, &mut sink.text);
        if properties.is_empty() && object.end.is_none() {
            continue; // cut before its first complete member: nothing to keep
        }
        // An object cut before its end runs to the end of the document.
        line = origin.line_index_from(lines, object.end.unwrap_or(end).saturating_sub(1), last_member);
        let first = lines.number(first_index);
        let span = LineSpan { first, last: lines.number(line).max(first) };
        sink.push_classified(context, Shape::Json, span, properties);
    }
    let last_line = origin.line_index_from(lines, end.saturating_sub(1), line);
    report(lines, start, last_line, &objects, failure, sink);
    last_line + 1
}

/// Where serde_json stopped. Its message is not kept: it counts lines from the document's start,
/// not the paste's, and the paste's line of the error is what the diagnostic names.
struct Failure {
    offset: usize,
    eof: bool,
}

/// Byte length of the JSON value at the start of `text`, and why it stopped early if it did.
fn extent(text: &str) -> (usize, Option<Failure>) {
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<IgnoredAny>();
    match stream.next() {
        Some(Ok(_)) => (stream.byte_offset(), None),
        Some(Err(error)) => {
            let offset = if error.is_eof() { text.len() } else { offset_of(text, error.line(), error.column()) };
            (offset, Some(Failure { offset, eof: error.is_eof() }))
        }
        None => (text.len(), None),
    }
}

/// Byte offset of serde_json's 1-based line and column.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1)
    };
    (line_start + column).min(text.len())
}

/// The object's properties, and the line its last one ends on (`first_line` with none).
fn properties(lines: &Lines<'_>, document: &str, object: &ObjectSpan, origin: &Origin<'_>, first_line: usize, text: &mut Interner) -> (Vec<Property>, usize) {
    let mut properties = Vec::with_capacity(object.members.len());
    let mut line = first_line;
    for member in &object.members {
        let (Some(key_text), Some(value_text)) =
            (document.get(member.key.0..member.key.1), document.get(member.value.0..member.value.1))
        else {
            continue;
        };
        let (Some(name), Some((value, certainty))) = (string(key_text), member_value(lines, value_text)) else {
            continue;
        };
        // A key or value the terminal broke was joined back (§8 rule 18); lower certainties stay.
        let rejoined = certainty == Certainty::Exact && origin.joined_within(member.key.0, member.value.1);
        let certainty = if rejoined { Certainty::Rejoined } else { certainty };
        let raw = origin.printed(lines, document, member.value.0, member.value.1);
        let name = text.name(&name);
        line = origin.line_index_from(lines, member.key.0, line);
        let first = lines.number(line);
        line = origin.line_index_from(lines, member.value.1.saturating_sub(1), line);
        let last = lines.number(line);
        properties.push(Property { name, raw, value, certainty, span: LineSpan { first, last } });
    }
    (properties, line)
}

/// A JSON string's text: borrowed from `json` when it has no escapes, else decoded.
fn string(json: &str) -> Option<Cow<'_, str>> {
    if let Some(plain) = plain_string(json) {
        return Some(Cow::Borrowed(plain));
    }
    // Through the one JSON reader the app links ([`Json`]): its own `String` reader would link
    // a second copy of serde_json's decoder.
    match serde_json::from_str::<Json>(json) {
        Ok(Json::String(text)) => Some(Cow::Owned(text)),
        _ => None,
    }
}

/// The text of a JSON string without escapes (nearly every key and value): what serde_json
/// would read, told without running it. Checked without an early exit, so it vectorises.
fn plain_string(json: &str) -> Option<&str> {
    let inner = json.strip_prefix('"')?.strip_suffix('"')?;
    let special = inner.bytes().fold(false, |found, b| found | (b == b'"') | (b == b'\\') | (b < 0x20));
    (!special).then_some(inner)
}

/// A member's value, read as what it is: strings and literals directly (a string without
/// escapes shares the paste's text); arrays and objects through [`Json`].
fn member_value(lines: &Lines<'_>, json: &str) -> Option<(Value, Certainty)> {
    match json {
        "true" => return Some((Value::Bool(true), Certainty::Exact)),
        "false" => return Some((Value::Bool(false), Certainty::Exact)),
        "null" => return Some((Value::Null, Certainty::NullOrEmpty)),
        _ => {}
    }
    if json.starts_with('"') {
        let text = match string(json)? {
            Cow::Borrowed(text) => lines.share(text),
            Cow::Owned(text) => Text::from(text),
        };
        let certainty = string_certainty(&text);
        return Some((Value::Text(text), certainty));
    }
    serde_json::from_str::<Json>(json).ok().map(|json| json.to_value())
}

fn report(lines: &Lines<'_>, start: usize, last_line: usize, objects: &[ObjectSpan], failure: Option<&Failure>, sink: &mut Sink) {
    let (first, last) = (lines.number(start), lines.number(last_line));
    let complete = objects.iter().filter(|o| o.end.is_some()).count();
    match failure {
        Some(failure) if failure.eof => sink.diagnose(last, DiagnosticKind::CutOff(CutOff::Json { first, complete })),
        Some(_) => sink.diagnose(last, DiagnosticKind::JsonInvalid { first, complete }),
        None if objects.is_empty() => sink.diagnose(first, DiagnosticKind::JsonNotObject),
        None => {}
    }
}

/// A JSON value with object keys in source order (serde_json's own map sorts them).
#[derive(Debug, Clone, PartialEq)]
pub(in crate::parse) enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value as the contract wants it: booleans, null, strings as printed, arrays
    /// of strings; nested objects as compact JSON text.
    fn to_value(&self) -> (Value, Certainty) {
        match self {
            Json::Null => (Value::Null, Certainty::NullOrEmpty),
            Json::Bool(b) => (Value::Bool(*b), Certainty::Exact),
            Json::Number(n) => (Value::Text(n.as_str().into()), Certainty::Exact),
            Json::String(s) => (Value::Text(s.as_str().into()), string_certainty(s)),
            Json::Array(items) => (Value::List(items.iter().map(Json::item_text).collect()), Certainty::Exact),
            Json::Object(_) => (Value::Text(self.compact().into()), Certainty::Exact),
        }
    }

    pub(in crate::parse) fn item_text(&self) -> String {
        match self {
            Json::Null => String::new(),
            Json::Bool(true) => "True".to_owned(),
            Json::Bool(false) => "False".to_owned(),
            Json::Number(n) | Json::String(n) => n.clone(),
            Json::Array(_) | Json::Object(_) => self.compact(),
        }
    }

    fn compact(&self) -> String {
        let mut out = String::new();
        self.write_compact(&mut out);
        out
    }

    fn write_compact(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(n),
            // Serialising a `str` cannot fail.
            Json::String(s) => out.push_str(&serde_json::to_string(s).unwrap_or_default()),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_compact(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (i, (key, item)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    // Serialising a `str` cannot fail.
                    out.push_str(&serde_json::to_string(key).unwrap_or_default());
                    out.push(':');
                    item.write_compact(out);
                }
                out.push('}');
            }
        }
    }
}

/// A string where an object was cut by `-Depth` (§3.3): a type name, or `@{…}`.
fn string_certainty(text: &str) -> Certainty {
    if value::is_type_name(text) {
        Certainty::TypeNameOnly
    } else if text.starts_with("@{") && text.ends_with('}') {
        Certainty::Truncated
    } else {
        Certainty::Exact
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Number(n.to_string()))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Number(n.to_string()))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
        // zmij (serde_json's own float printer) instead of `f64`'s Display, which would ship
        // core's second float formatter (about 7 KB brotli). Shortest form that reads back as
        // the same number: `1.5`, `1.0`, `1e+21`.
        Ok(Json::Number(zmij::Buffer::new().format(n).to_owned()))
    }
    fn visit_str<E>(self, s: &str) -> Result<Json, E> {
        Ok(Json::String(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Json, E> {
        Ok(Json::String(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut members = Vec::new();
        while let Some((key, item)) = map.next_entry::<String, Json>()? {
            members.push((key, item));
        }
        Ok(Json::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::{Certainty, DiagnosticKind, ObjectKind, Shape, Value, parse};

    #[test]
    fn reads_51_and_7_layouts() {
        let text = "{\n    \"Name\":  \"Policy A\",\n    \"Domains\":  [\n                    \"contoso.com\"\n                ],\n    \"Empty\":  [\n\n              ],\n    \"Nested\":  {\n                   \"Mode\":  2\n               },\n    \"When\":  \"\\/Date(1705310430000)\\/\",\n    \"AllowBasicAuthPop\":  false\n}\n";
        let parsed = parse(text);
        let record = &parsed.records[0];
        assert_eq!((record.shape, record.kind, record.span.first, record.span.last), (Shape::Json, ObjectKind::AuthenticationPolicy, 1, 14));
        let names: Vec<&str> = record.properties.iter().map(|p| &*p.name).collect();
        assert_eq!(names, ["Name", "Domains", "Empty", "Nested", "When", "AllowBasicAuthPop"]);
        assert_eq!(record.get("Domains").map(|p| (p.span.first, p.span.last)), Some((3, 5)));
        assert_eq!(record.get("Empty").map(|p| &p.value), Some(&Value::List(vec![])));
        assert_eq!(record.get("Nested").map(|p| &p.value), Some(&Value::Text("{\"Mode\":2}".into())));
        assert_eq!(record.get("When").map(|p| &p.value), Some(&Value::Text("/Date(1705310430000)/".into())));
    }

    #[test]
    fn numbers_read_as_the_shortest_text_of_their_value() {
        let parsed = parse("{\"PopEnabled\": true, \"A\": 7, \"B\": -2, \"C\": 1.5, \"D\": 1.0, \"E\": 25e-1, \"F\": 1e21}");
        let values: Vec<&Value> = ["A", "B", "C", "D", "E", "F"].iter().filter_map(|n| parsed.records[0].get(n)).map(|p| &p.value).collect();
        let expected = ["7", "-2", "1.5", "1.0", "2.5", "1e+21"].map(|n| Value::Text(n.into()));
        assert_eq!(values, expected.iter().collect::<Vec<_>>());
        assert_eq!(parsed.records[0].get("E").map(|p| &*p.raw), Some("25e-1"), "the raw text stays as pasted");
    }

    #[test]
    fn an_invalid_document_names_the_paste_line_of_the_error() {
        let parsed = parse("Get-User | ConvertTo-Json\n[\n  {\"Name\": \"a\"},\n  {\"Name\": \"b\" \"x\"}\n]\n");
        let invalid = parsed.diagnostics.iter().find(|d| d.code() == "json-invalid");
        assert_eq!(invalid.map(|d| (d.line, &d.kind)), Some((4, &DiagnosticKind::JsonInvalid { first: 2, complete: 1 })), "{parsed:#?}");
    }

    #[test]
    fn spans_stay_ordered_when_an_error_falls_inside_a_character() {
        // Found by fuzzing (paste target): serde's error column split the `ث`.
        let parsed = parse("[\n{\u{62b}}\n{\"\":\"\",");
        assert!(parsed.records.iter().all(|r| r.span.first <= r.span.last), "{parsed:#?}");
    }

    #[test]
    fn recovers_complete_objects_of_a_cut_array() {
        let text = "[{\"PopEnabled\": true, \"Name\": \"a\"},\n {\"PopEnabled\": false, \"Name\": \"b\"},\n {\"PopEnabled\": tr";
        let parsed = parse(text);
        assert_eq!(parsed.records.len(), 2);
        assert!(parsed.diagnostics.iter().any(|d| d.code() == "cut-off"));
        let depth = parse("{\"Identity\": \"System.Collections.Hashtable\", \"Rdn\": \"@{a=1}\"}");
        assert_eq!(depth.records[0].get("Identity").map(|p| p.certainty), Some(Certainty::TypeNameOnly));
        assert_eq!(depth.records[0].get("Rdn").map(|p| p.certainty), Some(Certainty::Truncated));
    }
}
