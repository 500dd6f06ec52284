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
