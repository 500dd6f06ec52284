//! `exo-auth-analyzer parse [--format json|text] [FILE|-]...`: what the parser read, for
//! scripts (one JSON document, the shape fixed by issue 3, plus an ISO 8601 `date` beside each
//! date value) and for people (a summary).

use std::io::Write;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use crate::parse::{Certainty, DateCulture, ObjectKind, Parsed, Property, Severity, Shape, Value, date_in, dotnet_date_millis, paste_date_culture};
use crate::rules::Date;
use crate::wording::{self, cli_refusal, parse_diagnostic, parse_object, parse_summary, CliRefusal, Lang};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
}

pub(super) fn run(args: &[String], out: &mut dyn Write) -> Result<(), String> {
    let (format, paths) = options(args)?;
    let (text, files) = super::read_inputs(&paths)?;
    let parsed = crate::parse::parse_files(&text, &files);
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
            "--format" | "-f" => Some(iter.next().ok_or_else(|| cli_refusal(CliRefusal::ParseNeedsFormat))?.as_str()),
            other => other.strip_prefix("--format="),
        };
        match value {
            Some("json") => format = Format::Json,
            Some("text") => format = Format::Text,
            Some(other) => return Err(cli_refusal(CliRefusal::ParseUnknownFormat(other))),
            None if arg.starts_with("--") => return Err(cli_refusal(CliRefusal::ParseUnknownOption(arg))),
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

/// Properties as a JSON object in source order; a name repeated exactly is written once. Dates
/// are read in the paste's date culture.
struct PropertiesOut<'a>(&'a [Property], Option<DateCulture>);

#[derive(Serialize)]
struct PropertyOut<'a> {
    value: ValueOut<'a>,
    certainty: Certainty,
    /// Beyond the contract, for date values only: the date as ISO 8601.
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
}

/// `True`/`False` → booleans, empty → null, collections → arrays of strings, else the text.
struct ValueOut<'a>(&'a Value);

#[derive(Serialize)]
struct DiagnosticOut<'a> {
    severity: Severity,
    line: u32,
    code: &'a str,
    /// Worded in English, as the CLI's parse output has always been.
    message: String,
}

impl Serialize for PropertiesOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (index, property) in self.0.iter().enumerate() {
            let seen = self.0.iter().take(index).any(|p| p.name == property.name);
            if !seen {
                let date = iso_date(&property.value, self.1);
                map.serialize_entry(&*property.name, &PropertyOut { value: ValueOut(&property.value), certainty: property.certainty, date })?;
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

/// A date value as ISO 8601: Windows PowerShell 5.1 JSON's `/Date(ms)/` in UTC, PowerShell 7
/// JSON's ISO text as printed, or a date printed in the writer's culture (powershell-format.md
/// §3.4, §8 rules 19-20), in the writer's local time. `None` for everything else.
fn iso_date(value: &Value, culture: Option<DateCulture>) -> Option<String> {
    let Value::Text(text) = value else { return None };
    if let Some(millis) = dotnet_date_millis(text) {
        let seconds = millis.div_euclid(1000);
        let of_day = seconds.rem_euclid(86_400);
        let fraction = match millis.rem_euclid(1000) {
            0 => String::new(),
            milliseconds => format!(".{milliseconds:03}"),
        };
        let date = Date::from_unix_seconds(seconds);
        return Some(format!("{date}T{:02}:{:02}:{:02}{fraction}Z", of_day / 3600, of_day / 60 % 60, of_day % 60));
    }
    if is_iso_date_time(text) {
        return Some(text.to_string());
    }
    date_in(text, culture).map(|date| date.iso())
}

/// `2024-06-15T10:30:00`, optionally with fractional seconds and `Z` or an offset (§3.4).
fn is_iso_date_time(text: &str) -> bool {
    let (Some(day), Some(b'T'), Some(clock)) = (text.get(..10), text.as_bytes().get(10), text.get(11..19)) else { return false };
    let clock_shape = clock.bytes().enumerate().all(|(i, b)| if i == 2 || i == 5 { b == b':' } else { b.is_ascii_digit() });
    let rest_shape = text.get(19..).is_some_and(|rest| rest.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'Z' | b'+' | b'-' | b':')));
    Date::parse(day).is_ok() && clock_shape && rest_shape
}

fn write_json(parsed: &Parsed, out: &mut dyn Write) -> std::io::Result<()> {
    let culture = paste_date_culture(parsed);
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
                properties: PropertiesOut(&r.properties, culture),
            })
            .collect(),
        diagnostics: parsed
            .diagnostics
            .iter()
            .map(|d| DiagnosticOut { severity: d.severity(), line: d.line, code: d.code(), message: wording::diagnostic(Lang::En, d) })
            .collect(),
    };
    serde_json::to_writer(&mut *out, &document)?;
    writeln!(out)
}

fn write_summary(parsed: &Parsed, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{}", parse_summary(parsed.records.len(), parsed.diagnostics.len()))?;
    for record in &parsed.records {
        writeln!(out, "{}", parse_object(record))?;
    }
    for d in &parsed.diagnostics {
        writeln!(out, "{}", parse_diagnostic(d.line, d.severity(), d.code(), &wording::diagnostic(Lang::En, d)))?;
    }
    Ok(())
}
