//! Constructed fixtures (tests/fixtures/README.md) for every shape the corpus lacks.

use exo_auth_analyzer::parse::{Certainty, ObjectKind, Parsed, Record, Shape, Value, decode, parse};
use exo_auth_analyzer::wording::{diagnostic, Lang};

fn fixture(name: &str) -> Parsed {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/").to_owned() + name;
    parse(&decode(&std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))))
}

fn value<'a>(record: &'a Record, name: &str) -> &'a Value {
    &record.get(name).unwrap_or_else(|| panic!("{name} missing")).value
}

fn certainty(record: &Record, name: &str) -> Certainty {
    record.get(name).unwrap_or_else(|| panic!("{name} missing")).certainty
}

fn text(s: &str) -> Value {
    Value::Text(s.into())
}

#[test]
fn exo_casmailbox_list() {
    let parsed = fixture("exo-casmailbox-fl.txt");
    assert_eq!(parsed.records.len(), 3);
    for record in &parsed.records {
        assert_eq!((record.kind, record.shape, record.cmdlet.as_deref()), (ObjectKind::CasMailbox, Shape::List, Some("Get-EXOCasMailbox")));
        assert_eq!(record.properties.len(), 17);
        assert_eq!(value(record, "ServerLegacyDN"), &text("/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=NAMPR01MB0001"));
        assert_eq!(certainty(record, "ServerLegacyDN"), Certainty::Rejoined);
    }
    let [ann, bob, cyd] = [&parsed.records[0], &parsed.records[1], &parsed.records[2]];
    assert_eq!((value(ann, "PopEnabled"), value(ann, "ImapEnabled")), (&Value::Bool(true), &Value::Bool(false)));
    assert_eq!((value(ann, "SmtpClientAuthenticationDisabled"), certainty(ann, "SmtpClientAuthenticationDisabled")), (&Value::Null, Certainty::NullOrEmpty));
    assert_eq!(value(bob, "SmtpClientAuthenticationDisabled"), &Value::Bool(true));
    assert_eq!(certainty(bob, "EmailAddresses"), Certainty::Truncated, "more than 4 addresses: the rest are not in the text");
    assert_eq!(value(bob, "EmailAddresses"), &Value::List(vec!["SMTP:bob@contoso.example".into(), "smtp:bob0@contoso0.mail.example".into(), "smtp:bob1@contoso1.mail.example".into(), "smtp:bob2@contoso2.mail.example".into()]));
    let addresses = cyd.get("EmailAddresses").expect("addresses");
    assert_eq!((addresses.certainty, addresses.span.first, addresses.span.last), (Certainty::Rejoined, 48, 49));
    assert_eq!(value(cyd, "SmtpClientAuthenticationDisabled"), &Value::Bool(false));
    assert_eq!(ann.span.first, 6);
}

#[test]
fn get_user_list() {
    let parsed = fixture("user-fl.txt");
    assert_eq!(parsed.records.len(), 2);
    let [ann, bob] = [&parsed.records[0], &parsed.records[1]];
    assert!(parsed.records.iter().all(|r| r.kind == ObjectKind::User && r.cmdlet.as_deref() == Some("Get-User")));
    assert_eq!(value(ann, "AuthenticationPolicy"), &text("Block Basic Auth"));
    assert_eq!(certainty(bob, "AuthenticationPolicy"), Certainty::NullOrEmpty);
    assert_eq!(value(ann, "StsRefreshTokensValidFrom"), &text("1/15/2024 10:20:30 AM"));
    assert_eq!(value(ann, "RunspaceId"), &text("a1b2c3d4-0000-4000-8000-000000000001"));
}

#[test]
fn organization_config_list() {
    let parsed = fixture("orgconfig-fl.txt");
    assert_eq!(parsed.records.len(), 1);
    let org = &parsed.records[0];
    assert_eq!((org.kind, org.cmdlet.as_deref()), (ObjectKind::OrganizationConfig, Some("Get-OrganizationConfig")));
    assert_eq!(value(org, "DefaultAuthenticationPolicy"), &text("Block Basic Auth"));
    assert_eq!(certainty(org, "AcceptedDomains"), Certainty::Truncated);
    assert_eq!(value(org, "AcceptedDomains"), &Value::List(vec!["contoso.example".into(), "contoso.onmicrosoft.com".into(), "contoso.mail.onmicrosoft.com".into(), "fabrikam.example".into()]));
}

#[test]
fn casmailbox_default_table_view() {
    let parsed = fixture("casmailbox-table-view.txt");
    assert_eq!(parsed.records.len(), 4);
    assert!(parsed.records.iter().all(|r| r.kind == ObjectKind::CasMailbox && r.shape == Shape::Table));
    let bob = &parsed.records[1];
    assert_eq!((value(bob, "Name"), value(bob, "PopEnabled"), value(bob, "ImapEnabled")), (&text("bob"), &Value::Bool(false), &Value::Bool(true)));
    let cut = &parsed.records[2];
    assert_eq!(certainty(cut, "Name"), Certainty::Truncated);
    assert_eq!(value(cut, "MapiEnabled"), &Value::Bool(false));
    assert_eq!(cut.span.first, 10);
}

#[test]
fn truncated_51_table_with_a_dropped_column() {
    let parsed = fixture("casmailbox-table-51-truncated.txt");
    assert_eq!(parsed.records.len(), 3);
    let [ann, cut, bob] = [&parsed.records[0], &parsed.records[1], &parsed.records[2]];
    assert_eq!((value(ann, "PopEnabled"), certainty(ann, "SmtpClientAuthenticationDisabled")), (&Value::Bool(true), Certainty::NullOrEmpty));
    assert_eq!((certainty(cut, "Name"), certainty(cut, "DisplayName")), (Certainty::Truncated, Certainty::Truncated));
    assert_eq!(value(cut, "SmtpClientAuthenticationDisabled"), &Value::Bool(true));
    assert_eq!(value(bob, "SmtpClientAuthenticationDisabled"), &Value::Bool(false));
    assert!(ann.get("ImapEnabled").is_none(), "a column dropped for width is not shown, never invented");
    assert!(parsed.diagnostics.iter().any(|d| d.code() == "column-not-shown" && diagnostic(Lang::En, d).contains("ImapEnabled")));
}

fn assert_casmailbox_csv(parsed: &Parsed, quoted_empty_is_text: bool) {
    assert_eq!(parsed.records.len(), 3, "{:#?}", parsed.diagnostics);
    let [ann, bob, cyd] = [&parsed.records[0], &parsed.records[1], &parsed.records[2]];
    assert!(parsed.records.iter().all(|r| r.kind == ObjectKind::CasMailbox && r.shape == Shape::Csv));
    assert_eq!((value(ann, "PopEnabled"), value(ann, "ImapEnabled")), (&Value::Bool(true), &Value::Bool(false)));
    assert_eq!(certainty(ann, "SmtpClientAuthenticationDisabled"), Certainty::NullOrEmpty);
    assert_eq!(value(bob, "SmtpClientAuthenticationDisabled"), &Value::Bool(true));
    assert_eq!(value(bob, "DisplayName"), &text("Bob \"B\" Lee"));
    assert_eq!(certainty(ann, "EmailAddresses"), Certainty::TypeNameOnly);
    let expected = if quoted_empty_is_text { (text(""), Certainty::Exact) } else { (Value::Null, Certainty::NullOrEmpty) };
    assert_eq!((value(cyd, "DisplayName").clone(), certainty(cyd, "DisplayName")), expected);
}

#[test]
fn export_csv_51_with_type_line() {
    let parsed = fixture("casmailbox-51.csv");
    assert_casmailbox_csv(&parsed, true);
    assert_eq!(parsed.records[0].span.first, 3);
}

#[test]
fn export_csv_7_without_type_line() {
    assert_casmailbox_csv(&fixture("casmailbox-7.csv"), true);
    assert_casmailbox_csv(&fixture("casmailbox-7-asneeded.csv"), false);
}

#[test]
fn export_csv_german_use_culture() {
    let parsed = fixture("casmailbox-de.csv");
    assert_casmailbox_csv(&parsed, true);
    assert_eq!(value(&parsed.records[0], "WhenChanged"), &text("15.01.2024 10:20:30"));
}

#[test]
fn utf16_and_bom_files() {
    for name in ["authpolicy-utf16le.txt", "authpolicy-utf16be.txt", "authpolicy-utf8bom.txt"] {
        let parsed = fixture(name);
        assert_eq!(parsed.records.len(), 1, "{name}");
        let policy = &parsed.records[0];
        assert_eq!(policy.kind, ObjectKind::AuthenticationPolicy, "{name}");
        assert_eq!((policy.span.first, policy.span.last), (2, 9), "{name}");
        assert_eq!(value(policy, "AllowBasicAuthSmtp"), &Value::Bool(true), "{name}");
        assert_eq!(value(policy, "Name"), &text("Allow SMTP only"), "{name}");
    }
}

#[test]
fn crlf_list() {
    let parsed = fixture("transportconfig-crlf.txt");
    let transport = &parsed.records[0];
    assert_eq!(transport.kind, ObjectKind::TransportConfig);
    assert_eq!(value(transport, "SmtpClientAuthenticationDisabled"), &Value::Bool(true));
    assert_eq!(certainty(transport, "AllowLegacyTLSClients"), Certainty::NullOrEmpty);
    assert_eq!(value(transport, "SupervisionTags"), &Value::List(vec!["Reject".into(), "Allow".into()]));
    // CRLF read directly, without decode: the same lines.
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/transportconfig-crlf.txt")).expect("fixture");
    assert_eq!(parse(&raw).records, parsed.records);
}

#[test]
fn ansi_coloured_powershell_7_output() {
    let parsed = fixture("casmailbox-ansi.txt");
    assert_eq!(parsed.records.len(), 3);
    assert_eq!(parsed.records[1].get("Name").map(|p| &*p.raw), Some("bob"));
    assert_eq!(value(&parsed.records[1], "ImapEnabled"), &Value::Bool(true));
    let list = &parsed.records[2];
    assert_eq!((list.shape, list.kind), (Shape::List, ObjectKind::CasMailbox));
    assert_eq!(certainty(list, "SmtpClientAuthenticationDisabled"), Certainty::NullOrEmpty);
    assert_eq!(value(list, "DisplayName"), &text("Ann Lee"));
}

#[test]
fn windows_powershell_transcript() {
    let parsed = fixture("transcript-51.txt");
    assert_eq!(parsed.records.len(), 3, "{:#?}", parsed.records);
    let [transport, mailbox, policy] = [&parsed.records[0], &parsed.records[1], &parsed.records[2]];
    assert_eq!((transport.kind, transport.span.first), (ObjectKind::TransportConfig, 17));
    assert_eq!(value(transport, "SmtpClientAuthenticationDisabled"), &Value::Bool(false));
    assert_eq!((mailbox.kind, mailbox.requested_identity.as_deref()), (ObjectKind::CasMailbox, Some("Ann Lee")));
    assert_eq!(value(mailbox, "ImapEnabled"), &Value::Bool(false));
    assert_eq!((policy.kind, policy.shape), (ObjectKind::AuthenticationPolicy, Shape::Json));
    assert_eq!(certainty(policy, "Identity"), Certainty::TypeNameOnly, "cut by -Depth: unknown");
    let codes: Vec<&str> = parsed.diagnostics.iter().map(|d| d.code()).collect();
    assert_eq!(codes.iter().filter(|c| **c == "transcript-header").count(), 2, "{codes:?}");
    let error = parsed.diagnostics.iter().find(|d| d.code() == "error-record").expect("error reported");
    assert_eq!(error.line, 23);
    assert!(diagnostic(Lang::En, error).contains("'nobody' couldn't be found"));
    assert!(!parsed.records.iter().any(|r| r.get("CategoryInfo").is_some() || r.get("FullyQualifiedErrorId").is_some()));
    assert!(codes.contains(&"stream-message"));
}

#[test]
fn table_with_wrapped_header_labels() {
    let parsed = fixture("casmailbox-table-wrapped-header.txt");
    assert_eq!(parsed.records.len(), 3, "{:#?}", parsed.diagnostics);
    let names: Vec<&str> = parsed.records[0].properties.iter().map(|p| &*p.name).collect();
    assert_eq!(names, ["Name", "PopEnabled", "ImapEnabled", "SmtpClientAuthenticationDisabled"]);
    let [ann, bob, cut] = [&parsed.records[0], &parsed.records[1], &parsed.records[2]];
    assert!(parsed.records.iter().all(|r| r.kind == ObjectKind::CasMailbox && r.shape == Shape::Table));
    assert_eq!((value(ann, "PopEnabled"), value(ann, "ImapEnabled")), (&Value::Bool(true), &Value::Bool(false)));
    assert_eq!(certainty(ann, "SmtpClientAuthenticationDisabled"), Certainty::NullOrEmpty);
    assert_eq!(value(bob, "SmtpClientAuthenticationDisabled"), &Value::Bool(true));
    assert_eq!((certainty(cut, "Name"), value(cut, "SmtpClientAuthenticationDisabled")), (Certainty::Truncated, &Value::Bool(false)));
    assert_eq!((ann.span.first, cut.span.last), (11, 13), "the header's lines are not rows");
    assert!(parsed.diagnostics.iter().all(|d| d.code() != "column-not-shown"), "{:#?}", parsed.diagnostics);
}

#[test]
fn json_hard_wrapped_at_the_console_width() {
    let parsed = fixture("authpolicy-json-hardwrapped.txt");
    assert_eq!(parsed.records.len(), 2, "{:#?}", parsed.diagnostics);
    assert!(parsed.diagnostics.iter().all(|d| d.code() != "json-invalid"), "{:#?}", parsed.diagnostics);
    let [block, allow] = [&parsed.records[0], &parsed.records[1]];
    assert!(parsed.records.iter().all(|r| r.kind == ObjectKind::AuthenticationPolicy && r.shape == Shape::Json));
    assert_eq!((block.span.first, block.span.last, allow.span.first, allow.span.last), (7, 17, 18, 28));
    assert_eq!((value(block, "AllowBasicAuthSmtp"), value(allow, "AllowBasicAuthSmtp")), (&Value::Bool(false), &Value::Bool(true)));
    let dn = allow.get("DistinguishedName").expect("DistinguishedName");
    assert_eq!(dn.value, text("CN=Allow SMTP for scanners,CN=Auth Policies,CN=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=NAMPR01A001,DC=prod,DC=outlook,DC=com"));
    assert_eq!((dn.certainty, dn.span.first, dn.span.last), (Certainty::Rejoined, 24, 26));
    assert_eq!(dn.raw.lines().count(), 3, "the raw text keeps the printed lines");
    assert_eq!(certainty(allow, "Identity"), Certainty::Exact);
}

#[test]
fn export_csv_51_ascii_lost_letters() {
    let parsed = fixture("casmailbox-51-ascii.csv");
    assert_eq!(parsed.records.len(), 3);
    let juergen = &parsed.records[1];
    assert_eq!((value(juergen, "DisplayName"), value(juergen, "SmtpClientAuthenticationDisabled")), (&text("J?rgen M?ller"), &Value::Bool(true)));
    let warnings: Vec<_> = parsed.diagnostics.iter().filter(|d| d.code() == "csv-ascii-export").collect();
    assert_eq!(warnings.len(), 1, "one warning per CSV block: {:#?}", parsed.diagnostics);
    assert_eq!(warnings[0].line, 4);
}
