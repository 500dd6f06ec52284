//! Property tests: random objects formatted the way PowerShell formats them (in every shape,
//! per ../shared/powershell-format.md), wrapped at random widths, mangled, parsed back.
//! Case counts are moderate so `cargo test` stays fast.

use exo_auth_analyzer::parse::{Certainty, Parsed, Shape, Value, parse};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Cell {
    Bool(bool),
    Empty,
    Text(String),
    List(Vec<String>),
}

type Object = Vec<(String, Cell)>;

fn word() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9@.=/-]{0,10}[a-z0-9]"
}

fn text_value() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..8).prop_map(|w| w.join(" "))
}

fn cell() -> impl Strategy<Value = Cell> {
    prop_oneof![
        any::<bool>().prop_map(Cell::Bool),
        Just(Cell::Empty),
        text_value().prop_map(Cell::Text),
        prop::collection::vec("[a-z][a-z0-9:@.]{0,13}[a-z0-9]", 0..7).prop_map(Cell::List),
    ]
}

/// Unique PascalCase property names (never `Name`/`Identity`, which steer kind detection).
fn object(max: usize) -> impl Strategy<Value = Object> {
    prop::collection::btree_map("P[a-z]{1,8}[A-Z][a-z]{0,20}", cell(), 1..max)
        .prop_map(|map| map.into_iter().collect::<Vec<_>>())
        .prop_shuffle()
}

/// What a property must read back as.
fn expected(cell: &Cell) -> (Value, bool) {
    match cell {
        Cell::Bool(b) => (Value::Bool(*b), false),
        Cell::Empty => (Value::Null, false),
        Cell::Text(t) => (Value::Text(t.as_str().into()), false),
        // `$FormatEnumerationLimit` = 4 (§1.6): more items are cut, the rest unknown.
        Cell::List(items) => (Value::List(items.iter().take(4).cloned().collect()), items.len() > 4),
    }
}

fn display(cell: &Cell) -> String {
    match cell {
        Cell::Bool(true) => "True".into(),
        Cell::Bool(false) => "False".into(),
        Cell::Empty => String::new(),
        Cell::Text(t) => t.clone(),
        Cell::List(items) => {
            let shown = items.iter().take(4).cloned().collect::<Vec<_>>().join(", ");
            format!("{{{shown}{}}}", if items.len() > 4 { "…" } else { "" })
        }
    }
}

/// PowerShell's word wrap (§1.4): a word keeps its trailing space and goes on the line if it
/// fits; words here are shorter than the field, so no word is split. Hard wrap cuts at exactly
/// the field width.
fn wrap(value: &str, field: usize, hard: bool) -> Vec<String> {
    if hard && !value.is_empty() {
        let chars: Vec<char> = value.chars().collect();
        return chars.chunks(field.max(1)).map(|c| c.iter().collect()).collect();
    }
    let mut lines = vec![String::new()];
    for (i, word) in value.split(' ').enumerate() {
        let last = i + 1 == value.split(' ').count();
        let piece = if last { word.to_owned() } else { format!("{word} ") };
        let current = lines.last_mut().expect("a line");
        if current.chars().count() + piece.chars().count() <= field || current.is_empty() {
            current.push_str(&piece);
        } else {
            lines.push(piece);
        }
    }
    lines
}

fn format_list(objects: &[Object], width: usize, hard: bool, keep_trailing: bool) -> String {
    let mut out = String::from("\n");
    for object in objects {
        let label_width = object.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
        for (name, cell) in object {
            let parts = wrap(&display(cell), width - (label_width + 3), hard);
            for (i, part) in parts.iter().enumerate() {
                let part = if keep_trailing { part.as_str() } else { part.trim_end() };
                if i == 0 {
                    let line = format!("{name:<label_width$} : {part}");
                    out.push_str(if keep_trailing { &line } else { line.trim_end() });
                } else {
                    out.push_str(&format!("{:1$}{part}", "", label_width + 3));
                }
                out.push('\n');
            }
        }
        out.push('\n');
    }
    out
}

/// Property-based table (§2.1-2.2): widths = max(label, values), one space between columns,
/// bools right-aligned, the rest left-aligned, last column not padded (6.1+).
fn format_table(objects: &[Object]) -> String {
    let columns: Vec<&String> = objects[0].iter().map(|(n, _)| n).collect();
    let cell_text = |o: &Object, c: usize| display(&o[c].1);
    let widths: Vec<usize> = (0..columns.len())
        .map(|c| objects.iter().map(|o| cell_text(o, c).chars().count()).chain([columns[c].len()]).max().unwrap_or(1))
        .collect();
    let right: Vec<bool> = (0..columns.len()).map(|c| matches!(objects[0][c].1, Cell::Bool(_))).collect();
    let pad = |text: &str, c: usize| {
        let w = widths[c];
        if right[c] { format!("{text:>w$}") } else { format!("{text:<w$}") }
    };
    let row = |texts: Vec<String>| texts.iter().enumerate().map(|(c, t)| pad(t, c)).collect::<Vec<_>>().join(" ").trim_end().to_owned();
    let mut out = String::from("\n");
    out.push_str(&row(columns.iter().map(|c| c.to_string()).collect()));
    out.push('\n');
    out.push_str(&row(columns.iter().map(|c| "-".repeat(c.len())).collect()));
    out.push('\n');
    for object in objects {
        out.push_str(&row((0..columns.len()).map(|c| cell_text(object, c)).collect()));
        out.push('\n');
    }
    out.push('\n');
    out
}

/// `Format-Table` with an explicit width per column (§2.3-2.4): a label longer than its width
/// wraps over several header lines, cut every `width` characters (property names have no
/// spaces), top-aligned and aligned like its column; dashes = min(width, label length).
fn format_table_with_widths(objects: &[Object], widths: &[usize]) -> String {
    let columns: Vec<&String> = objects[0].iter().map(|(n, _)| n).collect();
    let right: Vec<bool> = (0..columns.len()).map(|c| matches!(objects[0][c].1, Cell::Bool(_))).collect();
    let pad = |text: &str, c: usize| {
        let w = widths[c];
        if right[c] { format!("{text:>w$}") } else { format!("{text:<w$}") }
    };
    let row = |texts: Vec<String>| texts.iter().enumerate().map(|(c, t)| pad(t, c)).collect::<Vec<_>>().join(" ").trim_end().to_owned();
    let pieces: Vec<Vec<String>> = columns
        .iter()
        .zip(widths)
        .map(|(label, &w)| label.chars().collect::<Vec<_>>().chunks(w).map(|chunk| chunk.iter().collect()).collect())
        .collect();
    let header_lines = pieces.iter().map(Vec::len).max().unwrap_or(1);
    let mut out = String::from("\n");
    for line in 0..header_lines {
        out.push_str(&row(pieces.iter().map(|p| p.get(line).cloned().unwrap_or_default()).collect()));
        out.push('\n');
    }
    out.push_str(&row(columns.iter().zip(widths).map(|(c, &w)| "-".repeat(c.len().min(w))).collect()));
    out.push('\n');
    for object in objects {
        out.push_str(&row((0..columns.len()).map(|c| display(&object[c].1)).collect()));
        out.push('\n');
    }
    out.push('\n');
    out
}

/// The terminal's soft wraps copied as line breaks (§3.6): every line cut at `width`.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for line in text.lines() {
        let chars: Vec<char> = line.chars().collect();
        let mut pieces = chars.chunks(width).map(|piece| piece.iter().collect::<String>()).peekable();
        if pieces.peek().is_none() {
            out.push('\n');
        }
        for piece in pieces {
            out.push_str(&piece);
            out.push('\n');
        }
    }
    out
}

fn json_of(cell: &Cell) -> serde_json::Value {
    match cell {
        Cell::Bool(b) => serde_json::Value::Bool(*b),
        Cell::Empty => serde_json::Value::Null,
        Cell::Text(t) => serde_json::Value::String(t.clone()),
        Cell::List(items) => serde_json::Value::Array(items.iter().map(|i| serde_json::Value::String(i.clone())).collect()),
    }
}

/// 7 layout (Newtonsoft indented, §3.2) or 5.1 layout (4 spaces, two after the colon, hanging
/// arrays, empty arrays as `[` blank `]`, §3.1).
fn format_json(objects: &[Object], windows_51: bool) -> String {
    if !windows_51 {
        let array: Vec<serde_json::Value> = objects
            .iter()
            .map(|o| {
                let members = o.iter().map(|(n, c)| format!("{}: {}", serde_json::to_string(n).unwrap(), json_of(c))).collect::<Vec<_>>();
                serde_json::from_str(&format!("{{{}}}", members.join(","))).unwrap()
            })
            .collect();
        // serde_json sorts keys; PowerShell does not, and neither may the parser rely on order.
        return serde_json::to_string_pretty(&array).unwrap();
    }
    let mut out = String::from("[\n");
    for (i, object) in objects.iter().enumerate() {
        out.push_str("    {\n");
        for (j, (name, cell)) in object.iter().enumerate() {
            let key = format!("        \"{name}\":  ");
            let value = match cell {
                Cell::List(items) => {
                    let hang = " ".repeat(key.len());
                    let inner = if items.is_empty() { String::from("\n") } else {
                        items.iter().map(|i| format!("{hang}    {}", serde_json::to_string(i).unwrap())).collect::<Vec<_>>().join(",\n") + "\n"
                    };
                    format!("[\n{inner}{hang}]")
                }
                other => json_of(other).to_string(),
            };
            out.push_str(&format!("{key}{value}{}\n", if j + 1 < object.len() { "," } else { "" }));
        }
        out.push_str(if i + 1 < objects.len() { "    },\n" } else { "    }\n" });
    }
    out.push(']');
    out
}

/// Export-Csv (§4): 5.1 with `#TYPE` and every value quoted, 7 without, German `;`.
/// Collections print their type name; `$null` is an unquoted empty field.
fn format_csv(objects: &[Object], delimiter: char, type_line: bool) -> String {
    let mut out = String::new();
    if type_line {
        out.push_str("#TYPE System.Management.Automation.PSCustomObject\r\n");
    }
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    out.push_str(&objects[0].iter().map(|(n, _)| quote(n)).collect::<Vec<_>>().join(&delimiter.to_string()));
    out.push_str("\r\n");
    for object in objects {
        let fields: Vec<String> = object
            .iter()
            .map(|(_, cell)| match cell {
                Cell::Empty => String::new(),
                Cell::List(_) => quote("System.Object[]"),
                other => quote(&display(other)),
            })
            .collect();
        out.push_str(&fields.join(&delimiter.to_string()));
        out.push_str("\r\n");
    }
    out
}

fn assert_objects(parsed: &Parsed, objects: &[Object], shape: Shape, text: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(parsed.records.len(), objects.len(), "records of:\n{}\n{:#?}", text, parsed);
    for (record, object) in parsed.records.iter().zip(objects) {
        prop_assert_eq!(record.shape, shape);
        prop_assert_eq!(record.properties.len(), object.len(), "{}", text);
        for (name, cell) in object {
            let property = record.get(name).ok_or_else(|| TestCaseError::fail(format!("{name} missing in\n{text}")))?;
            let (value, truncated) = match (shape, cell) {
                (Shape::Csv, Cell::List(_)) => {
                    prop_assert_eq!(property.certainty, Certainty::TypeNameOnly);
                    continue;
                }
                (Shape::Json, Cell::List(items)) => (Value::List(items.clone()), false),
                _ => expected(cell),
            };
            prop_assert_eq!(&property.value, &value, "{} in\n{}", name, text);
            if truncated {
                prop_assert_eq!(property.certainty, Certainty::Truncated);
            } else {
                prop_assert!(property.certainty.is_known() || property.certainty == Certainty::Uncertain, "{name}: {:?}", property.certainty);
            }
        }
    }
    Ok(())
}

fn same_names(first: &Object, more: &[Vec<Cell>]) -> Vec<Object> {
    let mut objects = vec![first.clone()];
    for cells in more {
        objects.push(first.iter().zip(cells).map(|((n, _), c)| (n.clone(), c.clone())).collect());
    }
    objects
}

fn mangle(text: &str, how: u8) -> String {
    match how {
        0 => text.to_owned(),
        1 => text.replace('\n', "\r\n"),
        2 => text.lines().map(|l| format!("> {l}")).collect::<Vec<_>>().join("\n"),
        3 => format!("Here is the output:\n```\n{text}```\nthanks"),
        4 => text.lines().map(|l| match l.split_once(" : ") {
            Some((label, value)) => format!("\u{1b}[32;1m{label} : \u{1b}[0m{value}"),
            None => l.to_owned(),
        }).collect::<Vec<_>>().join("\n"),
        _ => text.replace(' ', "\u{a0}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn lists_round_trip(first in object(8), more in prop::collection::vec(prop::collection::vec(cell(), 8), 0..3), wide in any::<bool>(), hard in any::<bool>(), keep_trailing in any::<bool>(), how in 0u8..6) {
        // Objects of one Format-List output share their property names (one cmdlet's type).
        let objects = same_names(&first, &more);
        let text = mangle(&format_list(&objects, if wide { 119 } else { 79 }, hard, keep_trailing), how);
        assert_objects(&parse(&text), &objects, Shape::List, &text)?;
    }

    #[test]
    fn tables_round_trip(first in text_value(), rest in object(4), rows in prop::collection::vec(prop::collection::vec(cell(), 3), 1..6), how in 0u8..4) {
        // Same columns in every row, each column of one type (bool or text, either may be
        // null) as Exchange properties are; the first column is never blank (a blank first
        // cell reads as a -Wrap continuation, §2.4). Collections never print in tables here.
        let columns: Vec<String> = std::iter::once("Pname".to_owned()).chain(rest.iter().map(|(n, _)| n.clone())).take(4).collect();
        let objects: Vec<Object> = rows
            .iter()
            .enumerate()
            .map(|(r, cells)| {
                let mut object = vec![(columns[0].clone(), Cell::Text(format!("{first}{r}")))];
                for (c, name) in columns.iter().enumerate().skip(1) {
                    let column_is_bool = c % 2 == 1;
                    let cell = match &cells[(c - 1) % 3] {
                        Cell::Bool(b) if column_is_bool => Cell::Bool(*b),
                        Cell::Text(t) if !column_is_bool => Cell::Text(t.clone()),
                        _ => Cell::Empty,
                    };
                    object.push((name.clone(), cell));
                }
                object
            })
            .collect();
        let text = mangle(&format_table(&objects), how);
        assert_objects(&parse(&text), &objects, Shape::Table, &text)?;
    }

    #[test]
    fn json_round_trips(objects in prop::collection::vec(object(8), 1..4), windows_51 in any::<bool>(), crlf in any::<bool>()) {
        let mut text = format_json(&objects, windows_51);
        if crlf { text = text.replace('\n', "\r\n"); }
        assert_objects(&parse(&text), &objects, Shape::Json, &text)?;
    }

    #[test]
    fn tables_with_wrapped_headers_round_trip(words in prop::collection::vec(word(), 1..5), rest in object(4), bools in prop::collection::vec(any::<bool>(), 5), extra in prop::collection::vec(0usize..3, 4), prose in any::<bool>()) {
        // Explicit widths at least as wide as every value, so only labels wrap (§2.4); the
        // first column holds text, the others alternate bool and text as in `tables_round_trip`.
        let columns: Vec<String> = std::iter::once("Pname".to_owned()).chain(rest.iter().map(|(n, _)| n.clone())).take(4).collect();
        let objects: Vec<Object> = words
            .iter()
            .enumerate()
            .map(|(r, word)| {
                let mut object = vec![(columns[0].clone(), Cell::Text(word.clone()))];
                for (c, name) in columns.iter().enumerate().skip(1) {
                    let cell = if c % 2 == 1 { Cell::Bool(bools[r]) } else { Cell::Text(words[(r + c) % words.len()].clone()) };
                    object.push((name.clone(), cell));
                }
                object
            })
            .collect();
        let widths: Vec<usize> = (0..columns.len())
            // A label wraps over at most 12 lines (`MAX_HEADER_LINES` in src/parse/shape/table.rs).
            .map(|c| objects.iter().map(|o| display(&o[c].1).chars().count()).max().unwrap_or(1).max(columns[c].len().div_ceil(12)) + extra[c])
            .collect();
        let mut text = format_table_with_widths(&objects, &widths);
        if prose {
            text = format!("Output of the command\n{text}");
        }
        assert_objects(&parse(&text), &objects, Shape::Table, &text)?;
    }

    #[test]
    fn json_hard_wrapped_at_the_console_width_round_trips(objects in prop::collection::vec(object(8), 1..4), layout in 0u8..3, width in 20usize..100, crlf in any::<bool>()) {
        let json = match layout {
            0 => {
                let array: Vec<serde_json::Value> = objects.iter().map(|o| o.iter().map(|(n, c)| (n.clone(), json_of(c))).collect::<serde_json::Map<_, _>>().into()).collect();
                serde_json::to_string(&array).unwrap() // -Compress
            }
            1 => format_json(&objects, false),
            _ => format_json(&objects, true),
        };
        let mut text = format!("PS> $x | ConvertTo-Json\n{}\nPS>", hard_wrap(&json, width));
        if crlf { text = text.replace('\n', "\r\n"); }
        assert_objects(&parse(&text), &objects, Shape::Json, &text)?;
    }

    #[test]
    fn csv_round_trips(first in object(8).prop_filter("two columns: a one-column CSV without #TYPE is just a quoted line", |o| o.len() >= 2), more in prop::collection::vec(prop::collection::vec(cell(), 8), 0..4), german in any::<bool>(), type_line in any::<bool>()) {
        let objects = same_names(&first, &more);
        let text = format_csv(&objects, if german { ';' } else { ',' }, type_line);
        // A quoted empty string is not null in CSV (§4); this generator prints Empty as null.
        assert_objects(&parse(&text), &objects, Shape::Csv, &text)?;
    }

    #[test]
    fn never_panics_on_arbitrary_text(text in "(?s).{0,400}") {
        let _ = parse(&text);
    }

    #[test]
    fn never_panics_on_shaped_noise(lines in prop::collection::vec(prop_oneof![
        Just("PS C:\\> Get-CASMailbox | ft".to_owned()), Just("----- ---".to_owned()), Just("{".to_owned()), Just("[".to_owned()),
        Just("\"a\",\"b\"".to_owned()), Just("#TYPE X".to_owned()), Just("**********************".to_owned()),
        "[A-Za-z ]{0,12} : [a-z{}, …]{0,20}", " {0,40}[a-z…. ]{0,10}", "[\\-+ ~:|>\"\\[\\]{},;\u{1b}]{0,20}",
    ], 0..40)) {
        let text = lines.join("\n");
        let parsed = parse(&text);
        for record in &parsed.records {
            prop_assert!(record.span.first <= record.span.last);
        }
    }
}
