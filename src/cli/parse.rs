//! `exo-auth-analyzer parse [--format json|text] [FILE|-]...`: what the parser read, for
//! scripts (one JSON document, the shape fixed by issue 3) and for people (a summary).

use std::io::Write;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use crate::parse::{Certainty, ObjectKind, Parsed, Property, Record, Severity, Shape, Value};

const USAGE: &str = "usage: exo-auth-analyzer parse [--format json|text] [FILE|-]...";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
}

pub(super) fn run(args: &[String], out: &mut dyn Write) -> Result<(), String> {
    let (format, paths) = options(args)?;
    let text = super::read_inputs(&paths)?;
    let parsed = crate::parse::parse(&text);
    let written = match format {
        Format::Json => write_json(&parsed, out),
        Format::Text => write_summary(&parsed, out),
    };
    written.map_err(|e| e.to_string())
}

fn options(args: &[String]) -> Result<(Format, Vec<String>), String> {
    let mut format = Format::Text;
    let mut paths = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let value = match arg.as_str() {
            "--format" | "-f" => Some(iter.next().ok_or_else(|| format!("--format needs a value\n{USAGE}"))?.as_str()),
            other => other.strip_prefix("--format="),
        };
        match value {
            Some("json") => format = Format::Json,
            Some("text") => format = Format::Text,
            Some(other) => return Err(format!("unknown format {other:?}\n{USAGE}")),
            None if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}")),
            None => paths.push(arg.clone()),
        }
    }
    Ok((format, paths))
}

/// `{"objects": [...], "diagnostics": [...]}` exactly as issue 3 specifies.
#[derive(Serialize)]
struct Document<'a> {
    objects: Vec<ObjectOut<'a>>,
    diagnostics: Vec<DiagnosticOut<'a>>,
}

#[derive(Serialize)]
struct ObjectOut<'a> {
    kind: ObjectKind,
    cmdlet: Option<&'a str>,
    shape: Shape,
    first_line: u32,
    last_line: u32,
    properties: PropertiesOut<'a>,
}

/// Properties as a JSON object in source order; a name repeated exactly is written once.
struct PropertiesOut<'a>(&'a [Property]);

#[derive(Serialize)]
struct PropertyOut<'a> {
    value: ValueOut<'a>,
    certainty: Certainty,
}

/// `True`/`False` → booleans, empty → null, collections → arrays of strings, else the text.
struct ValueOut<'a>(&'a Value);

#[derive(Serialize)]
struct DiagnosticOut<'a> {
    severity: Severity,
    line: u32,
    code: &'a str,
    message: &'a str,
}

impl Serialize for PropertiesOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (index, property) in self.0.iter().enumerate() {
            let seen = self.0.iter().take(index).any(|p| p.name == property.name);
            if !seen {
                map.serialize_entry(&*property.name, &PropertyOut { value: ValueOut(&property.value), certainty: property.certainty })?;
            }
        }
        map.end()
    }
}

impl Serialize for ValueOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Null => serializer.serialize_unit(),
            Value::Text(text) => serializer.serialize_str(text),
            Value::List(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
        }
    }
}

fn write_json(parsed: &Parsed, out: &mut dyn Write) -> std::io::Result<()> {
    let document = Document {
        objects: parsed
            .records
            .iter()
            .map(|r| ObjectOut {
                kind: r.kind,
                cmdlet: r.cmdlet.as_deref(),
                shape: r.shape,
                first_line: r.span.first,
                last_line: r.span.last,
                properties: PropertiesOut(&r.properties),
            })
            .collect(),
        diagnostics: parsed
            .diagnostics
            .iter()
            .map(|d| DiagnosticOut { severity: d.severity, line: d.line, code: d.code, message: &d.message })
            .collect(),
    };
    serde_json::to_writer(&mut *out, &document)?;
    writeln!(out)
}

fn write_summary(parsed: &Parsed, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{} object(s), {} diagnostic(s)", parsed.records.len(), parsed.diagnostics.len())?;
    for record in &parsed.records {
        write_record(record, out)?;
    }
    for d in &parsed.diagnostics {
        writeln!(out, "line {}: {:?} [{}] {}", d.line, d.severity, d.code, d.message)?;
    }
    Ok(())
}

fn write_record(record: &Record, out: &mut dyn Write) -> std::io::Result<()> {
    let name = ["Identity", "Name", "DisplayName", "PrimarySmtpAddress"]
        .iter()
        .find_map(|n| record.get(n).filter(|p| !p.raw.is_empty()))
        .map(|p| format!(" '{}'", p.raw))
        .unwrap_or_default();
    let shape = match record.shape {
        Shape::List => "list",
        Shape::Table => "table",
        Shape::Json => "json",
        Shape::Csv => "csv",
    };
    let cmdlet = record.cmdlet.as_deref().map(|c| format!(" from {c}")).unwrap_or_default();
    let doubtful = record.properties.iter().filter(|p| !p.certainty.is_known()).count();
    writeln!(
        out,
        "lines {}-{}: {:?}{name} ({shape}{cmdlet}), {} properties, {doubtful} not certain",
        record.span.first,
        record.span.last,
        record.kind,
        record.properties.len()
    )
}
