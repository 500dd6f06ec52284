//! One setting as the paste showed it: absent, blank, a known value, unreadable, or
//! contradicted by another record. Every state that was printed keeps its line span, so a
//! verdict can point at the line that decided it.

use crate::parse::{Certainty, LineSpan, Property, Value};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Field<T> {
    /// The property is not in the paste (the admin did not ask for it).
    #[default]
    Absent,
    /// Printed empty: `$null` or an empty string. For tri-state settings this means "inherit".
    Blank { span: LineSpan },
    /// Read with certainty.
    Known { value: T, span: LineSpan },
    /// Printed, but cut off, uncertain or not of the expected type; it must not decide anything.
    Unreadable { span: LineSpan, certainty: Certainty },
    /// Two records for the same object disagree; it must not decide anything.
    Conflicting { spans: Vec<LineSpan> },
}

impl<T: Clone + PartialEq> Field<T> {
    pub fn known(&self) -> Option<&T> {
        match self {
            Field::Known { value, .. } => Some(value),
            _ => None,
        }
    }

    /// The first line the setting was printed on, if it was printed.
    pub fn line(&self) -> Option<u32> {
        match self {
            Field::Absent => None,
            Field::Blank { span } | Field::Known { span, .. } | Field::Unreadable { span, .. } => Some(span.first),
            Field::Conflicting { spans } => spans.first().map(|s| s.first),
        }
    }

    /// Combines two readings of the same setting of the same object. Equal values stay
    /// (the first span is kept); different ones become a conflict, because guessing which
    /// paste is newer would be a guess.
    pub fn merge(self, other: Field<T>) -> Field<T> {
        match (self, other) {
            (Field::Absent, other) => other,
            (this, Field::Absent) => this,
            (Field::Known { value: a, span }, Field::Known { value: b, span: other_span }) => {
                if a == b {
                    Field::Known { value: a, span }
                } else {
                    Field::Conflicting { spans: vec![span, other_span] }
                }
            }
            (Field::Blank { span }, Field::Blank { .. }) => Field::Blank { span },
            (this, other) => {
                let mut spans = this.spans();
                spans.extend(other.spans());
                Field::Conflicting { spans }
            }
        }
    }

    fn spans(&self) -> Vec<LineSpan> {
        match self {
            Field::Absent => Vec::new(),
            Field::Blank { span } | Field::Known { span, .. } | Field::Unreadable { span, .. } => vec![*span],
            Field::Conflicting { spans } => spans.clone(),
        }
    }
}

/// Reads a `True`/`False` property. Text spellings are accepted because CSV and some
/// transcripts carry booleans as text.
pub fn bool_field(property: Option<&Property>) -> Field<bool> {
    read(property, |value| match value {
        Value::Bool(b) => Some(*b),
        Value::Text(text) => match text.trim().to_ascii_lowercase().as_str() {
            "true" | "$true" => Some(true),
            "false" | "$false" => Some(false),
            _ => None,
        },
        _ => None,
    })
}

/// Reads a text property (a name, an address, a date as printed).
pub fn text_field(property: Option<&Property>) -> Field<String> {
    read(property, |value| match value {
        Value::Text(text) if !text.trim().is_empty() => Some(text.trim().to_string()),
        _ => None,
    })
}

fn read<T>(property: Option<&Property>, typed: impl Fn(&Value) -> Option<T>) -> Field<T> {
    let Some(property) = property else {
        return Field::Absent;
    };
    let span = property.span;
    if !property.certainty.is_known() {
        return Field::Unreadable { span, certainty: property.certainty };
    }
    match &property.value {
        Value::Null => Field::Blank { span },
        Value::Text(text) if text.trim().is_empty() => Field::Blank { span },
        value => match typed(value) {
            Some(value) => Field::Known { value, span },
            None => Field::Unreadable { span, certainty: Certainty::Uncertain },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn property(value: Value, certainty: Certainty) -> Property {
        Property { name: "X".into(), raw: "".into(), value, certainty, span: LineSpan::line(7) }
    }

    #[test]
    fn reads_each_state() {
        let cases = [
            (property(Value::Bool(true), Certainty::Exact), Field::Known { value: true, span: LineSpan::line(7) }),
            (property(Value::Text("False".into()), Certainty::Exact), Field::Known { value: false, span: LineSpan::line(7) }),
            (property(Value::Null, Certainty::NullOrEmpty), Field::Blank { span: LineSpan::line(7) }),
            (
                property(Value::Text("Tr".into()), Certainty::Truncated),
                Field::Unreadable { span: LineSpan::line(7), certainty: Certainty::Truncated },
            ),
            (
                property(Value::Text("maybe".into()), Certainty::Exact),
                Field::Unreadable { span: LineSpan::line(7), certainty: Certainty::Uncertain },
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(bool_field(Some(&input)), expected);
        }
        assert_eq!(bool_field(None), Field::Absent);
    }

    #[test]
    fn different_values_of_the_same_object_conflict() {
        let a = Field::Known { value: true, span: LineSpan::line(1) };
        let b = Field::Known { value: false, span: LineSpan::line(9) };
        assert!(matches!(a.clone().merge(b), Field::Conflicting { .. }));
        assert_eq!(a.clone().merge(Field::Absent), a);
        assert_eq!(a.clone().merge(Field::Known { value: true, span: LineSpan::line(3) }), a);
    }
}
