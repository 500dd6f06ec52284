//! The widely copied advice `Set-AuthenticationPolicy -AllowBasicAuthPop -AllowBasicAuthImap`
//! (S29) and policies showing `AllowBasicAuthPop : True` are recognised and explained as having
//! no effect; POP/IMAP with a password stays blocked.

#[path = "fixtures/rules/support.rs"]
mod support;

use exo_auth_analyzer::rules::{AuthMethod, Note, Protocol, Status, Warning};
use exo_auth_analyzer::wording::{self, Lang};
use support::*;

#[test]
fn the_pasted_command_is_recognised_and_explained() {
    let text = "PS> Set-AuthenticationPolicy -Identity 'Block Basic Auth' -AllowBasicAuthPop -AllowBasicAuthImap\n\n\
                SmtpClientAuthenticationDisabled : False\n";
    let (_, report) = exo_auth_analyzer::remedy::analyze(text, &today());
    let stale: Vec<&Note> = report.notes.iter().filter(|n| matches!(n, Note::StaleAdvicePopImapSwitch { .. })).collect();
    assert_eq!(stale.len(), 2, "{:#?}", report.notes);
    let sentence = wording::note(Lang::En, stale[0]);
    assert!(sentence.starts_with("Line 1: -AllowBasicAuthPop has had no effect"), "{sentence}");
    assert!(sentence.contains("Only -AllowBasicAuthSmtp still matters"), "{sentence}");
}

#[test]
fn a_policy_showing_pop_allowed_is_obsolete_and_pop_stays_blocked() {
    let policy = record(
        exo_auth_analyzer::parse::ObjectKind::AuthenticationPolicy,
        &[("Name", V::Text("Legacy"), 1), ("AllowBasicAuthPop", V::T, 2), ("AllowBasicAuthImap", V::T, 3), ("AllowBasicAuthSmtp", V::F, 4)],
    );
    let report = evaluate(vec![policy, tenant(V::F, 8), alice_cas(V::T, V::T, Some(V::Blank), 10)], &today());
    assert!(report.notes.contains(&Note::ObsoletePolicySetting { policy: Some("Legacy".into()), setting: exo_auth_analyzer::model::Setting::AuthenticationPolicyAllowBasicAuthPop, line: 2 }));
    for protocol in [Protocol::Pop, Protocol::Imap] {
        let basic = verdict(&report, Some("alice@contoso.com"), protocol, AuthMethod::Basic);
        assert_eq!((basic.status, basic.rule), (Status::Blocked, "P2"));
        assert!(basic.warnings.contains(&Warning::AllowBasicAuthPopImapHasNoEffect));
        assert!(basic.fixes.is_empty(), "no command can bring it back");
    }
    assert!(wording::warning(Lang::En, Warning::AllowBasicAuthPopImapHasNoEffect).contains("no effect"));
}

#[test]
fn on_premises_pastes_are_not_flagged() {
    let text = "BlockLegacyAuthPop : True\n";
    let (_, report) = exo_auth_analyzer::remedy::analyze(&format!("Set-AuthenticationPolicy x -AllowBasicAuthPop\n\n{text}"), &today());
    assert_eq!(report.environment, exo_auth_analyzer::model::Environment::ExchangeServer);
    assert!(report.notes.iter().all(|n| !matches!(n, Note::StaleAdvicePopImapSwitch { .. })));
}
