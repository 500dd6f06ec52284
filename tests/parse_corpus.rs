//! Every `expected` fact in `../shared/corpus/*.meta.json`, asserted against the real sample it
//! describes (read by path, never copied into the project).

use std::path::PathBuf;

use exo_auth_analyzer::parse::{Certainty, ObjectKind, Parsed, Record, Shape, Value, decode, parse};
use serde_json::Value as Json;

fn corpus_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/"))
}

/// Every meta file with its parsed sample.
fn samples() -> Vec<(String, Json, Parsed)> {
    let mut metas: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("corpus folder readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".meta.json"))
        .collect();
    metas.sort();
    assert!(metas.len() >= 12, "corpus has {} meta files", metas.len());
    metas
        .into_iter()
        .map(|meta_path| {
            let meta: Json = serde_json::from_slice(&std::fs::read(&meta_path).expect("meta readable")).expect("meta is JSON");
            let file = meta["file"].as_str().expect("meta names its file").to_owned();
            let text = decode(&std::fs::read(corpus_dir().join(&file)).expect("sample readable"));
            (file, meta, parse(&text))
        })
        .collect()
}

/// Keys of `expected` that describe rather than state a value.
const COMMENT_KEYS: &[&str] = &["identity_note", "casmailbox_note", "value_note", "semantics", "locale"];

/// Keys with their own checks below.
const STRUCTURAL_KEYS: &[&str] =
    &["objects", "identity", "property_count", "not_present", "transport_config", "casmailbox_rows", "must_ignore", "errors"];

#[test]
fn every_expected_fact_holds() {
    let mut checked = 0;
    for (file, meta, parsed) in samples() {
        let expected = meta["expected"].as_object().expect("expected is an object");
        if let Some(count) = expected.get("objects").and_then(Json::as_u64) {
            assert_eq!(parsed.records.len() as u64, count, "{file}: object count; records {:#?}", parsed.records);
        }
        let single = (parsed.records.len() == 1).then(|| &parsed.records[0]);
        for (key, value) in expected {
            if COMMENT_KEYS.contains(&key.as_str()) || STRUCTURAL_KEYS.contains(&key.as_str()) {
                continue;
            }
            let record = single.unwrap_or_else(|| panic!("{file}: property fact {key} needs exactly one record"));
            assert_property(&file, record, key, value);
            checked += 1;
        }
        if expected.contains_key("identity") {
            let record = single.expect("identity fact needs one record");
            assert!(expected["identity"].is_null());
            assert!(record.get("Identity").is_none() && record.get("Name").is_none(), "{file}: no identity shown");
            assert_eq!(record.requested_identity, None, "{file}");
            checked += 1;
        }
        if let Some(count) = expected.get("property_count").and_then(Json::as_u64) {
            assert_eq!(single.expect("one record").properties.len() as u64, count, "{file}: property count");
            checked += 1;
        }
        for name in expected.get("not_present").and_then(Json::as_array).into_iter().flatten() {
            let name = name.as_str().expect("name");
            assert!(single.expect("one record").get(name).is_none(), "{file}: {name} must not be present");
            checked += 1;
        }
        if let Some(value_note) = expected.get("value_note").and_then(Json::as_str) {
            assert!(value_note.contains("trailing"));
            for p in &single.expect("one record").properties {
                assert_eq!(&*p.raw, p.raw.trim_end(), "{file}: {} read without trailing spaces", p.name);
            }
        }
        checked += check_transcript_facts(&file, expected, &parsed);
    }
    assert!(checked >= 80, "only {checked} facts checked");
}

/// A fact `"Name": value` about a property. `*_raw` names the raw/decoded text of `Name`; a
/// string with a parenthesised comment (`"u003cu003e (mangled …)"`) states the text before it.
fn assert_property(file: &str, record: &Record, key: &str, expected: &Json) {
    let name = key.strip_suffix("_raw").unwrap_or(key);
    let property = record.get(name).unwrap_or_else(|| panic!("{file}: property {name} missing from {:?}", names(record)));
    let context = format!("{file}: {name} = {:?} ({:?})", property.value, property.certainty);
    match expected {
        Json::Null => {
            assert_eq!(property.value, Value::Null, "{context}");
            assert_eq!(property.certainty, Certainty::NullOrEmpty, "{context}");
        }
        Json::Bool(b) => {
            assert_eq!(property.value, Value::Bool(*b), "{context}");
            assert!(property.certainty.is_known(), "{context}");
        }
        Json::String(s) => {
            let text = s.strip_suffix(" (raw)").unwrap_or(s);
            let text = if key.ends_with("_raw") { text.split(" (").next().unwrap_or(text) } else { text };
            assert_eq!(property.value, Value::Text(text.into()), "{context}");
            assert!(property.certainty.is_known(), "{context}");
        }
        Json::Array(items) => {
            let items: Vec<String> = items.iter().map(|i| i.as_str().expect("string item").to_owned()).collect();
            assert_eq!(property.value, Value::List(items), "{context}");
            assert!(property.certainty.is_known(), "{context}");
        }
        Json::Object(_) => {
            let Value::Text(text) = &property.value else { panic!("{context}: nested object expected as JSON text") };
            let got: Json = serde_json::from_str(text).expect("nested value is JSON");
            for (member, value) in expected.as_object().into_iter().flatten() {
                assert_eq!(&got[member], value, "{context}: member {member}");
            }
        }
        Json::Number(_) => panic!("{context}: numeric facts are not in the corpus"),
    }
}

fn names(record: &Record) -> Vec<&str> {
    record.properties.iter().map(|p| &*p.name).collect()
}

/// Facts about transcripts: the 006 mixed script output and the 019 error fragment.
fn check_transcript_facts(file: &str, expected: &serde_json::Map<String, Json>, parsed: &Parsed) -> usize {
    let mut checked = 0;
    if let Some(facts) = expected.get("transport_config").and_then(Json::as_object) {
        let transport: Vec<&Record> = parsed.records.iter().filter(|r| r.kind == ObjectKind::TransportConfig).collect();
        assert_eq!(transport.len(), 1, "{file}: one transport config");
        for (key, value) in facts {
            assert_property(file, transport[0], key, value);
            checked += 1;
        }
    }
    if let Some(rows) = expected.get("casmailbox_rows").and_then(Json::as_array) {
        let mailboxes: Vec<&Record> = parsed.records.iter().filter(|r| r.kind == ObjectKind::CasMailbox).collect();
        assert_eq!(mailboxes.len(), rows.len(), "{file}: mailbox rows (the '[...]' elision is not a mailbox)");
        for (record, row) in mailboxes.iter().zip(rows) {
            for (key, value) in row.as_object().expect("row facts") {
                assert_property(file, record, key, value);
                checked += 1;
            }
        }
    }
    if expected.contains_key("must_ignore") {
        // DKIM table, the security-defaults list, the banner and WARNING lines: nothing read
        // from them may be classified as one of the Exchange cmdlets (the security-defaults
        // list is read as itself, for rule SA6).
        for record in parsed.records.iter().filter(|r| !matches!(r.kind, ObjectKind::Unknown | ObjectKind::SecurityDefaults)) {
            for banned in ["Selector1KeySize", "IsEnabled", "Description", "Domain"] {
                assert!(record.get(banned).is_none(), "{file}: {banned} read into {:?}", record.kind);
            }
        }
        let warning_lines: Vec<u32> = parsed.diagnostics.iter().filter(|d| d.code() == "stream-message").map(|d| d.line).collect();
        assert_eq!(warning_lines.len(), 6, "{file}: every WARNING:: line reported");
        assert!(parsed.diagnostics.iter().any(|d| d.code() == "banner" && d.line == 12), "{file}: banner skipped");
        for record in &parsed.records {
            assert!(!warning_lines.iter().any(|l| (record.span.first..=record.span.last).contains(l)), "{file}: warning inside a record");
            assert!(!(12..=21).contains(&record.span.first), "{file}: record inside the banner");
        }
        assert!(parsed.diagnostics.iter().any(|d| d.code() == "elision"), "{file}: '[...]' reported");
        checked += 4;
    }
    if let Some(errors) = expected.get("errors").and_then(Json::as_array) {
        let reported: Vec<_> = parsed.diagnostics.iter().filter(|d| d.code() == "error-record").collect();
        assert_eq!(reported.len(), errors.len(), "{file}: errors {:#?}", parsed.diagnostics);
        for (diagnostic, error) in reported.iter().zip(errors) {
            let start = error["message_start"].as_str().expect("message_start");
            let message = exo_auth_analyzer::wording::diagnostic(exo_auth_analyzer::wording::Lang::En, diagnostic);
            assert!(message.contains(start), "{file}: {message:?} should contain {start:?}");
            for key in ["parameter", "command"] {
                if let Some(word) = error.get(key).and_then(Json::as_str) {
                    assert!(message.contains(word), "{file}: {key} {word}");
                }
            }
            checked += 1;
        }
    }
    checked
}

#[test]
fn corpus_spans_point_at_the_pasted_lines() {
    for (file, _, parsed) in samples() {
        let text = decode(&std::fs::read(corpus_dir().join(&file)).expect("sample"));
        let lines: Vec<&str> = text.split('\n').collect();
        for record in &parsed.records {
            for property in &record.properties {
                if record.shape == Shape::Table {
                    assert_eq!(property.span, record.span, "{file}: a cell is on its row's line");
                    continue;
                }
                let line = lines.get(property.span.first as usize - 1).expect("span inside the text");
                assert!(line.contains(&*property.name), "{file}: {} not on line {}: {line:?}", property.name, property.span.first);
                assert!(record.span.first <= property.span.first && property.span.last <= record.span.last, "{file}");
            }
        }
    }
}
