//! The `parse` subcommand's contract (issue 3), run as scripts run it: the built binary.

#[path = "fixtures/binary.rs"]
mod binary;

use binary::run_binary;

use serde_json::{Value, json};

fn run(args: &[&str], stdin: &[u8]) -> (bool, String, String) {
    let output = run_binary(args, stdin);
    (output.status.success(), String::from_utf8_lossy(&output.stdout).into_owned(), String::from_utf8_lossy(&output.stderr).into_owned())
}

const PASTE: &str = "PS C:\\> Get-EXOCasMailbox -Identity ann -Properties SmtpClientAuthenticationDisabled\n\
\n\
PopEnabled                       : True\n\
SmtpClientAuthenticationDisabled :\n\
EmailAddresses                   : {SMTP:a@contoso.com}\n\
\n\
PS C:\\> Get-User x\n\
Get-User : The operation couldn't be performed because object 'x' couldn't be found.\n\
    + CategoryInfo          : NotSpecified: (:) [Get-User], ManagementObjectNotFoundException\n\
\n";

#[test]
fn json_output_has_exactly_the_issue_shape() {
    let (ok, stdout, stderr) = run(&["parse", "--format", "json", "-"], PASTE.as_bytes());
    assert!(ok, "{stderr}");
    let document: Value = serde_json::from_str(&stdout).expect("one JSON document");
    let expected = json!({
        "objects": [{
            "kind": "CasMailbox", "cmdlet": "Get-EXOCasMailbox", "shape": "list", "first_line": 3, "last_line": 5,
            "properties": {
                "PopEnabled": {"value": true, "certainty": "exact"},
                "SmtpClientAuthenticationDisabled": {"value": null, "certainty": "null_or_empty"},
                "EmailAddresses": {"value": ["SMTP:a@contoso.com"], "certainty": "exact"}
            }
        }],
        "diagnostics": [{
            "severity": "warning", "line": 8, "code": "error-record",
            "message": "Get-User : The operation couldn't be performed because object 'x' couldn't be found."
        }]
    });
    assert_eq!(document, expected);
    // Properties keep source order in the text, not sorted.
    let pop = stdout.find("PopEnabled").expect("pop");
    let smtp = stdout.find("SmtpClientAuthenticationDisabled").expect("smtp");
    assert!(pop < smtp);
}

#[test]
fn files_are_decoded_utf16_and_lines_counted_in_the_decoded_text() {
    let dir = std::env::temp_dir().join(format!("exo-parse-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("policy.txt");
    // Constructed: 5.1 `Get-AuthenticationPolicy > policy.txt` writes UTF-16 LE with BOM and CRLF
    // (powershell-format.md §4 "Encodings").
    let text = "\r\nAllowBasicAuthSmtp : False\r\nAllowBasicAuthPop  : True\r\n\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&path, bytes).expect("fixture written");
    let (ok, stdout, stderr) = run(&["parse", "--format=json", path.to_str().expect("utf-8 path")], b"");
    assert!(ok, "{stderr}");
    let document: Value = serde_json::from_str(&stdout).expect("JSON");
    let object = &document["objects"][0];
    assert_eq!(object["kind"], "AuthenticationPolicy");
    assert_eq!((object["first_line"].as_u64(), object["last_line"].as_u64()), (Some(2), Some(3)));
    assert_eq!(object["properties"]["AllowBasicAuthPop"]["value"], true);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn text_summary_by_default() {
    let (ok, stdout, _) = run(&["parse"], PASTE.as_bytes());
    assert!(ok);
    assert!(stdout.starts_with("1 object(s), 1 diagnostic(s)"), "{stdout}");
    assert!(stdout.contains("lines 3-5: CasMailbox (list from Get-EXOCasMailbox), 3 properties"), "{stdout}");
    assert!(stdout.contains("line 8: Warning [error-record]"), "{stdout}");
}

#[test]
fn bad_options_fail_with_usage() {
    let (ok, _, stderr) = run(&["parse", "--format", "xml"], b"");
    assert!(!ok);
    assert!(stderr.contains("usage: exo-auth-analyzer parse"), "{stderr}");
    let (ok, _, _) = run(&["parse", "/nonexistent/file"], b"");
    assert!(!ok);
}

#[test]
fn empty_input_is_an_empty_document() {
    let (ok, stdout, _) = run(&["parse", "--format", "json"], b"");
    assert!(ok);
    assert_eq!(serde_json::from_str::<Value>(&stdout).expect("JSON"), json!({"objects": [], "diagnostics": []}));
}

/// The `"date"` beside each date value's `value`, by property name (powershell-format.md §3.4,
/// §8 rules 19-20); `null` where there is none.
fn dates(paste: &str) -> std::collections::BTreeMap<String, Value> {
    let (ok, stdout, stderr) = run(&["parse", "--format", "json", "-"], paste.as_bytes());
    assert!(ok, "{stderr}");
    let document: Value = serde_json::from_str(&stdout).expect("one JSON document");
    let objects = document["objects"].as_array().cloned().unwrap_or_default();
    objects
        .iter()
        .filter_map(|o| o["properties"].as_object().cloned())
        .flatten()
        .map(|(name, property)| (name, property.get("date").cloned().unwrap_or(Value::Null)))
        .collect()
}

#[test]
fn date_values_gain_an_iso_date_read_in_the_paste_culture() {
    // Constructed: en-US list output; `10/11/2024` alone could be en-GB, the AM/PM date settles it.
    let us = dates("WhenCreated : 10/11/2024\nWhenChanged : 1/15/2024 1:20:30 PM\nName        : Block Basic Auth\n");
    assert_eq!((&us["WhenCreated"], &us["WhenChanged"], &us["Name"]), (&json!("2024-10-11"), &json!("2024-01-15T13:20:30"), &Value::Null));
    // Constructed: German `-UseCulture` CSV (§4), 5.1 JSON `\/Date(ms)\/` and PowerShell 7 ISO text.
    let de = dates("\"Name\";\"WhenChanged\"\n\"ann\";\"15.01.2024 10:20:30\"\n\n{\"When\": \"\\/Date(1705314030000)\\/\", \"Iso\": \"2024-06-15T10:30:00+01:00\"}\n");
    assert_eq!(de["WhenChanged"], json!("2024-01-15T10:20:30"));
    assert_eq!(de["When"], json!("2024-01-15T10:20:30Z"));
    assert_eq!(de["Iso"], json!("2024-06-15T10:30:00+01:00"));
    // Nothing settles `10/11/2024`: no date rather than a guess.
    assert_eq!(dates("WhenCreated : 10/11/2024\nName        : x\n")["WhenCreated"], Value::Null);
}
