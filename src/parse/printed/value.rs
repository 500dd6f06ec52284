//! Printed text → typed value and certainty (powershell-format.md §8 rule 12, §1.6-1.8,
//! §4 for CSV). The raw text is always kept beside the interpretation by the callers.

use crate::parse::{Certainty, Text, Value};

/// A value as Format-List or Format-Table printed it. `base` is the certainty of the text
/// itself (exact, rejoined, uncertain); the value's own markers can only lower it.
pub(in crate::parse) fn display(text: &Text, base: Certainty) -> (Value, Certainty) {
    if text.is_empty() {
        return (Value::Null, Certainty::NullOrEmpty);
    }
    if let Some(inner) = text.strip_prefix('{') {
        return collection(inner, base);
    }
    scalar(text, base)
}

/// A value that is never a `{…}` collection display (CSV cells, JSON strings).
pub(in crate::parse) fn scalar(text: &Text, base: Certainty) -> (Value, Certainty) {
    match &**text {
        "True" => (Value::Bool(true), base),
        "False" => (Value::Bool(false), base),
        _ if is_type_name(text) => (Value::Text(text.clone()), Certainty::TypeNameOnly),
        _ => (Value::Text(text.clone()), base),
    }
}

/// `{a, b}`; `{}`; `{a, b, c, d…}` / `{…...}` when `$FormatEnumerationLimit` cut it (§1.6); a
/// `{` never closed means the paste or the column cut it.
fn collection(inner: &str, base: Certainty) -> (Value, Certainty) {
    let (items, closed) = match inner.strip_suffix('}') {
        Some(items) => (items, true),
        None => (inner, false),
    };
    let (items, limited) = strip_ellipsis(items);
    let list = if items.trim().is_empty() {
        Vec::new()
    } else {
        items.split(", ").map(str::to_owned).collect()
    };
    let certainty = if limited || !closed { Certainty::Truncated } else { base };
    (Value::List(list), certainty)
}

/// Removes a trailing `…` (6.2+) or `...` (5.1) and tells whether one was there.
pub(in crate::parse) fn strip_ellipsis(text: &str) -> (&str, bool) {
    match text.strip_suffix('…').or_else(|| text.strip_suffix("...")) {
        Some(kept) => (kept, true),
        None => (text, false),
    }
}

/// A .NET or Exchange type name printed instead of a value (§1.7, §4, §8 rule 12):
/// `System.Object[]`, `System.Collections.ArrayList`,
/// ``Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]``, `Deserialized.…`.
pub fn is_type_name(text: &str) -> bool {
    // With or without the `Deserialized.` prefix.
    let name = text.strip_prefix("Deserialized.").unwrap_or(text);
    if !(name.starts_with("System.") || name.starts_with("Microsoft.")) {
        return false;
    }
    // One pass (this runs on every value): only name characters, no `. ` (prose), and no
    // space before the generic arguments' `[`.
    let mut previous = 0u8;
    let mut in_arguments = false;
    for b in name.bytes() {
        let allowed = b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'`' | b'[' | b']' | b',' | b' ' | b'+');
        if !allowed || (b == b' ' && (previous == b'.' || !in_arguments)) {
            return false;
        }
        in_arguments |= b == b'[';
        previous = b;
    }
    true
}

/// Milliseconds since 1970 in a Windows PowerShell 5.1 JSON date, `\/Date(1705310430000)\/`
/// (decoded by JSON to `/Date(…)/`; §3.4). An offset suffix (`+0100`) is ignored.
pub fn dotnet_date_millis(text: &str) -> Option<i64> {
    let inner = text.trim().strip_prefix("/Date(")?.strip_suffix(")/")?;
    let digits_end = inner.char_indices().skip(1).find(|(_, c)| !c.is_ascii_digit()).map_or(inner.len(), |(i, _)| i);
    inner.get(..digits_end)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Certainty::*;

    #[test]
    fn decodes_list_values() {
        assert_eq!(display(&Text::from(""), Exact), (Value::Null, NullOrEmpty));
        assert_eq!(display(&Text::from("True"), Rejoined), (Value::Bool(true), Rejoined));
        assert_eq!(display(&Text::from("{}"), Exact), (Value::List(vec![]), Exact));
        assert_eq!(display(&Text::from("{Reject, Allow}"), Exact), (Value::List(vec!["Reject".into(), "Allow".into()]), Exact));
        assert_eq!(display(&Text::from("{a, b, c, d…}"), Exact).1, Truncated);
        assert_eq!(display(&Text::from("{a, b, c, d...}"), Exact).0, Value::List(vec!["a".into(), "b".into(), "c".into(), "d".into()]));
        assert_eq!(display(&Text::from("{a, b"), Exact).1, Truncated);
        assert_eq!(display(&Text::from("System.Object[]"), Exact).1, TypeNameOnly);
        assert_eq!(display(&Text::from("Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"), Exact).1, TypeNameOnly);
        assert_eq!(display(&Text::from("Microsoft Exchange Hosted Organizations"), Exact).1, Exact);
        assert_eq!(display(&Text::from("10 MB (10,485,760 bytes)"), Exact).0, Value::Text("10 MB (10,485,760 bytes)".into()));
    }

    #[test]
    fn reads_dotnet_dates() {
        assert_eq!(dotnet_date_millis("/Date(1777880361000)/"), Some(1_777_880_361_000));
        assert_eq!(dotnet_date_millis("/Date(-5+0100)/"), Some(-5));
        assert_eq!(dotnet_date_millis("Date"), None);
    }
}
