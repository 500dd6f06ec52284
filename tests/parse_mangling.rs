//! Each paste mangling named in issue 3 and corpus/README.md, applied to one constructed
//! Get-AuthenticationPolicy list (powershell-format.md §5.6 label set) and read back.

use exo_auth_analyzer::parse::{Certainty, ObjectKind, Parsed, Value, parse};

/// Constructed: `Get-AuthenticationPolicy | fl` subset, labels padded to 34 (§5.6).
const POLICY: &str = "PS C:\\> Get-AuthenticationPolicy 'No Basic'\n\nAllowBasicAuthImap                 : True\nAllowBasicAuthPop                  : False\nAllowBasicAuthReportingWebServices : False\nAllowBasicAuthSmtp                 : True\nName                               : No Basic\n";

fn assert_policy(parsed: &Parsed, what: &str) {
    let records: Vec<_> = parsed.records.iter().filter(|r| r.kind == ObjectKind::AuthenticationPolicy).collect();
    assert_eq!(records.len(), 1, "{what}: {:#?}", parsed);
    let policy = records[0];
    for (name, expected) in [("AllowBasicAuthImap", true), ("AllowBasicAuthPop", false), ("AllowBasicAuthSmtp", true)] {
        let property = policy.get(name).unwrap_or_else(|| panic!("{what}: {name} missing"));
        assert_eq!(property.value, Value::Bool(expected), "{what}: {name}");
        assert!(property.certainty.is_known(), "{what}: {name}");
    }
    assert_eq!(policy.get("Name").map(|p| &p.value), Some(&Value::Text("No Basic".into())), "{what}");
}

fn each_line(text: &str, f: impl Fn(&str) -> String) -> String {
    text.lines().map(f).collect::<Vec<_>>().join("\n")
}

#[test]
fn untouched() {
    let parsed = parse(POLICY);
    assert_policy(&parsed, "plain");
    assert_eq!(parsed.records[0].requested_identity.as_deref(), Some("No Basic"));
}

#[test]
fn markdown_blockquote_and_code_fence() {
    let fenced = format!("Here is my output:\n\n```powershell\n{POLICY}```\nWhat is wrong?");
    assert_policy(&parse(&fenced), "fence");
    assert_policy(&parse(&each_line(&fenced, |l| format!("> {l}"))), "blockquote");
    assert_policy(&parse(&each_line(&fenced, |l| format!("> > {l}  "))), "nested quote + hard breaks");
}

#[test]
fn html_breaks_and_entities() {
    let html = POLICY.replace('\n', "<br>\n").replace('>', "&gt;").replace("&gt;\n", ">\n").replace("<br&gt;", "<br>");
    assert!(html.contains("PS C:\\&gt;"));
    assert_policy(&parse(&html), "entities + <br> at line ends");
    let one_line = POLICY.replace('\n', "<br />");
    let parsed = parse(&one_line);
    assert_policy(&parsed, "everything on one line joined by <br />");
    assert!(parsed.records[0].properties.iter().all(|p| p.span.first == 1));
}

#[test]
fn markdown_escapes() {
    let escaped = POLICY.replace("PS C:\\>", "PS C:\\\\>").replace("_", "\\_");
    assert_policy(&parse(&escaped.replace("PS C:\\\\>", "PS\\>")), "PS\\>");
}

#[test]
fn collapsed_padding_and_missing_space_before_colon() {
    let collapsed = each_line(POLICY, |l| l.split_whitespace().collect::<Vec<_>>().join(" "));
    assert_policy(&parse(&collapsed), "Key : Value");
    let tight = collapsed.replace(" : ", ": ");
    assert_policy(&parse(&tight), "Key: Value");
}

#[test]
fn doubled_lines_and_nbsp() {
    let doubled = each_line(POLICY, |l| format!("{l}\n"));
    assert_policy(&parse(&doubled), "every line doubled");
    assert_policy(&parse(&POLICY.replace(' ', "\u{a0}")), "non-breaking spaces");
    assert_policy(&parse(&POLICY.replace('\n', "\r\n")), "CRLF");
    assert_policy(&parse(&POLICY.replace('\n', "\r")), "CR");
    let tabs = POLICY.replace("AllowBasicAuthImap                 :", "AllowBasicAuthImap\t\t\t\t :");
    assert_policy(&parse(&tabs), "tabs in the padding");
}

#[test]
fn elisions_and_prose_around() {
    let elided = POLICY.replace("AllowBasicAuthSmtp", "[...]\nAllowBasicAuthSmtp");
    let parsed = parse(&format!("Hi all,\nwe ran this:\n{elided}\nThanks in advance!\n"));
    assert_policy(&parsed, "elision + prose");
    assert!(parsed.diagnostics.iter().any(|d| d.code() == "elision"));
    assert!(parsed.diagnostics.iter().any(|d| d.code() == "unrecognised-block" && d.line == 1));
}

#[test]
fn cut_off_mid_value_and_mid_key() {
    let mid_value = POLICY.replace("Name                               : No Basic\n", "Name                               : No Basic\nAllowBasicAuthWebServices          : Fa");
    let parsed = parse(&mid_value);
    assert_policy(&parsed, "cut mid-value");
    let cut = parsed.records[0].get("AllowBasicAuthWebServices").expect("cut property kept");
    assert_eq!(cut.certainty, Certainty::Truncated);
    assert!(parsed.diagnostics.iter().any(|d| d.code() == "cut-off"));
    let mid_key = format!("{POLICY}AllowBasicAuthWe");
    let parsed = parse(&mid_key);
    assert_policy(&parsed, "cut mid-key");
    assert!(parsed.records[0].get("AllowBasicAuthWe").is_none());
    assert!(parsed.diagnostics.iter().any(|d| d.code() == "unrecognised-block"));
}

#[test]
fn ansi_codes_and_lost_escape_bytes() {
    let coloured = each_line(POLICY, |l| match l.split_once(" : ") {
        Some((label, value)) => format!("\u{1b}[32;1m{label} : \u{1b}[0m{value}"),
        None => l.to_owned(),
    });
    assert_policy(&parse(&coloured), "ANSI");
    assert_policy(&parse(&coloured.replace('\u{1b}', "")), "ESC lost");
}
