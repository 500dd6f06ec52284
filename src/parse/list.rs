//! Format-List blocks: `Label : value` lines, objects separated by blank lines.

use super::{Certainty, LineSpan, Parsed, Property, Record, Shape, Value};

pub(super) fn read_blocks(lines: &[&str], parsed: &mut Parsed) {
    let mut current: Vec<Property> = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        match split_label(line) {
            Some((label, raw)) => current.push(property(label, raw, number)),
            None => flush(&mut current, parsed),
        }
    }
    flush(&mut current, parsed);
}

fn flush(current: &mut Vec<Property>, parsed: &mut Parsed) {
    if current.is_empty() {
        return;
    }
    let properties = std::mem::take(current);
    let span = LineSpan {
        first: properties.first().map_or(0, |p| p.span.first),
        last: properties.last().map_or(0, |p| p.span.last),
    };
    parsed.records.push(Record {
        kind: super::kind_from_properties(properties.iter().map(|p| p.name.as_str())),
        cmdlet: None,
        requested_identity: None,
        shape: Shape::List,
        span,
        properties,
    });
}

fn split_label(line: &str) -> Option<(&str, &str)> {
    let (label, value) = line.split_once(" :")?;
    let label = label.trim_end();
    let valid = !label.is_empty()
        && !label.starts_with(' ')
        && label.chars().all(|c| c.is_alphanumeric() || c == '_' || c == ' ');
    valid.then(|| (label, value.trim()))
}

fn property(label: &str, raw: &str, line: u32) -> Property {
    let (value, certainty) = match raw {
        "" => (Value::Null, Certainty::NullOrEmpty),
        "True" => (Value::Bool(true), Certainty::Exact),
        "False" => (Value::Bool(false), Certainty::Exact),
        _ => (Value::Text(raw.to_string()), Certainty::Exact),
    };
    Property { name: label.to_string(), raw: raw.to_string(), value, certainty, span: LineSpan::line(line) }
}

#[cfg(test)]
mod tests {
    use super::super::{parse, ObjectKind, Value};

    #[test]
    fn reads_a_single_property_list() {
        let parsed = parse("\nSmtpClientAuthenticationDisabled : True\n\n");
        assert_eq!(parsed.records.len(), 1);
        let record = &parsed.records[0];
        assert_eq!(record.kind, ObjectKind::TransportConfig);
        let property = record.get("SmtpClientAuthenticationDisabled").expect("property read");
        assert_eq!(property.value, Value::Bool(true));
        assert_eq!(property.span.first, 2);
    }

    #[test]
    fn garbage_yields_no_record() {
        assert!(parse("hello world\n: : :\n\u{0}").records.is_empty());
    }
}
