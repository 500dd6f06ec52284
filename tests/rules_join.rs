//! Evidence: mailboxes and users joined by any shared identity, conflicts reported instead of
//! picked, and the environment told from properties only one side has.

#[path = "fixtures/rules/support.rs"]
mod support;

use exo_auth_analyzer::model::{Conflict, Environment, Evidence, Field, Setting};
use exo_auth_analyzer::parse::ObjectKind;
use support::*;

#[test]
fn cas_and_user_records_join_by_any_identity() {
    let cas = record(ObjectKind::CasMailbox, &[("Identity", V::Text("Alice"), 1), ("PrimarySmtpAddress", V::Text("Alice@Contoso.com"), 2), ("PopEnabled", V::T, 3)]);
    let user = record(ObjectKind::User, &[("UserPrincipalName", V::Text("alice@contoso.com"), 10), ("AuthenticationPolicy", V::Blank, 11)]);
    let by_prompt = with_cmdlet(record(ObjectKind::Unknown, &[("SmtpClientAuthenticationDisabled", V::F, 20)]), "Get-EXOCasMailbox", Some("alice"));
    let evidence = Evidence::from_parsed(&parsed(vec![cas, user, by_prompt]));
    assert_eq!(evidence.mailboxes.len(), 1, "{:#?}", evidence.mailboxes);
    let mailbox = &evidence.mailboxes[0];
    assert!(mailbox.user.is_some());
    let cas = mailbox.cas.as_ref().expect("cas");
    assert!(matches!(cas.smtp_client_authentication_disabled, Field::Known { value: false, .. }), "joined through the prompt's -Identity");
    assert_eq!(evidence.environment, Environment::ExchangeOnline);
}

#[test]
fn disagreeing_readings_and_ambiguous_records_are_conflicts() {
    let alice = |smtp, line| record(ObjectKind::CasMailbox, &[("PrimarySmtpAddress", V::Text("alice@contoso.com"), line), ("SmtpClientAuthenticationDisabled", smtp, line + 1)]);
    let bob = record(ObjectKind::CasMailbox, &[("PrimarySmtpAddress", V::Text("bob@contoso.com"), 30), ("DisplayName", V::Text("Sales"), 31)]);
    let carol = record(ObjectKind::CasMailbox, &[("PrimarySmtpAddress", V::Text("carol@contoso.com"), 40), ("DisplayName", V::Text("Sales"), 41)]);
    let vague = record(ObjectKind::User, &[("DisplayName", V::Text("Sales"), 50), ("AuthenticationPolicy", V::Blank, 51)]);
    let evidence = Evidence::from_parsed(&parsed(vec![alice(V::T, 1), alice(V::F, 10), bob, carol, vague]));
    assert!(evidence.conflicts.contains(&Conflict::SettingDisagrees {
        object: "alice@contoso.com".into(),
        setting: Setting::CasMailboxSmtpClientAuthenticationDisabled,
        lines: vec![2, 11],
    }));
    assert!(evidence.conflicts.contains(&Conflict::AmbiguousIdentity { line: 50, candidates: vec!["bob@contoso.com".into(), "carol@contoso.com".into()] }));
    assert!(evidence.mailboxes.iter().all(|m| m.user.is_none()), "the ambiguous user joined nobody");
}

#[test]
fn environment_detection() {
    let cases = [
        (vec![tenant(V::T, 1)], Environment::ExchangeOnline),
        (vec![online_policy("p", V::F, 1)], Environment::ExchangeOnline),
        (vec![server_policy("p", V::T, V::T, V::F, V::F, 1)], Environment::ExchangeServer),
        (vec![server_policy("p", V::T, V::T, V::F, V::F, 1), tenant(V::T, 9)], Environment::Unknown),
        (vec![org_default(V::Blank, 2)], Environment::Unknown),
        (vec![with_cmdlet(record(ObjectKind::CasMailbox, &[("PopEnabled", V::T, 1)]), "Get-EXOCasMailbox", Some("x"))], Environment::ExchangeOnline),
    ];
    for (records, expected) in cases {
        assert_eq!(Evidence::from_parsed(&parsed(records)).environment, expected);
    }
}

#[test]
fn a_mailbox_table_row_is_not_the_transport_config() {
    // `Get-CASMailbox | ft DisplayName,SmtpClientAuthenticationDisabled` (corpus 006) rows look
    // like the transport config by their one setting.
    let row = record(ObjectKind::TransportConfig, &[("DisplayName", V::Text("First User"), 5), ("SmtpClientAuthenticationDisabled", V::Blank, 5)]);
    let evidence = Evidence::from_parsed(&parsed(vec![tenant(V::T, 1), row]));
    assert_eq!(evidence.mailboxes.len(), 1);
    assert!(matches!(evidence.transport.as_ref().map(|t| &t.smtp_client_authentication_disabled), Some(Field::Known { value: true, .. })));
}
