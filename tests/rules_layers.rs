//! Every layer that blocks a sign-in, in the order a sign-in meets it (rules.md 3.4: SA1–SA3
//! for every method, then SA4–SA8 for a password): the headline reason first, each later
//! layer with its own deciding settings and warnings, and a fix that covers them all.

#[path = "fixtures/rules/support.rs"]
mod support;

use exo_auth_analyzer::remedy::{Purpose, Report};
use exo_auth_analyzer::rules::answer::{answer_groups, layers_to_fix};
use exo_auth_analyzer::rules::{AuthMethod, ClientScenario, Protocol, Status, Verdict, Warning};
use support::*;

const ALICE: Option<&str> = Some("alice@contoso.com");

fn smtp_basic(report: &Report) -> Verdict {
    verdict(report, ALICE, Protocol::Smtp, AuthMethod::Basic)
}

/// `rule: setting=value@line, ...` for the headline reason and each later layer, in order.
fn layers(verdict: &Verdict) -> Vec<String> {
    verdict
        .refusals()
        .map(|refusal| {
            let rule = refusal.rule;
            let settings: Vec<String> = refusal.decided_by.iter().map(|d| format!("{}={}@{}", d.setting, d.value, d.line)).collect();
            format!("{rule}: {}", settings.join(", "))
        })
        .collect()
}

fn purposes(report: &Report) -> Vec<Purpose> {
    report.mailboxes.get(0).expect("a mailbox").report().commands.iter().filter(|c| !c.alternative).map(|c| c.purpose).collect()
}

#[test]
fn tenant_switch_and_user_policy_both_block() {
    let records = vec![tenant(V::T, 1), alice_cas(V::T, V::T, Some(V::Blank), 3), alice_user(V::Text("Block Basic Auth"), 10), online_policy("Block Basic Auth", V::F, 20)];
    let report = evaluate(records, &scenario(ClientScenario::DeviceBasic));
    let basic = smtp_basic(&report);
    assert_eq!((basic.status, basic.rule), (Status::Blocked, "SA3"));
    assert_eq!(
        layers(&basic),
        [
            "SA3: CasMailbox.SmtpClientAuthenticationDisabled=null@6, TransportConfig.SmtpClientAuthenticationDisabled=true@1",
            "SA4: User.AuthenticationPolicy=\"Block Basic Auth\"@11, AuthenticationPolicy.AllowBasicAuthSmtp=false@23",
        ]
    );
    assert!(basic.warnings.is_empty(), "the policy's warning sits with the policy layer: {:?}", basic.warnings);
    assert_eq!(basic.also_blocked_by[0].warnings, [Warning::PolicyChangeTakesUpTo24Hours]);
    assert_eq!(
        purposes(&report),
        [Purpose::EnableSmtpAuthForMailbox, Purpose::CreateDedicatedPolicy, Purpose::AssignDedicatedPolicy, Purpose::RefreshTokens, Purpose::Verify],
        "both layers are fixed, then one step reads everything back"
    );
    let (which, n) = layers_to_fix(report.mailboxes.get(0).expect("a mailbox").report().verdicts.iter()).expect("a fix");
    assert_eq!((which.protocol, which.auth, n), (Protocol::Smtp, AuthMethod::Basic, 2));
}

#[test]
fn mailbox_override_and_organization_default_policy_both_block() {
    let records = vec![tenant(V::F, 1), alice_cas(V::T, V::T, Some(V::T), 3), alice_user(V::Blank, 10), org_default(V::Text("Strict"), 15), online_policy("Strict", V::F, 20)];
    let report = evaluate(records.clone(), &scenario(ClientScenario::Any));
    let basic = smtp_basic(&report);
    assert_eq!(
        layers(&basic),
        [
            "SA2: CasMailbox.SmtpClientAuthenticationDisabled=true@6",
            "SA4: OrganizationConfig.DefaultAuthenticationPolicy=\"Strict\"@15, AuthenticationPolicy.AllowBasicAuthSmtp=false@23",
        ]
    );
    assert_eq!(basic.also_blocked_by[0].warnings, [Warning::PolicyChangeTakesUpTo24Hours, Warning::PolicyIsOrganizationDefault]);
    let oauth = verdict(&report, ALICE, Protocol::Smtp, AuthMethod::OAuth);
    assert!(oauth.also_blocked_by.is_empty(), "policies govern passwords only");
    // A device that sends is the reason to turn SMTP AUTH on.
    let device = evaluate(records, &scenario(ClientScenario::DeviceBasic));
    assert_eq!(purposes(&device)[0], Purpose::EnableSmtpAuthForMailbox);
    assert!(purposes(&device).contains(&Purpose::AssignDedicatedPolicy));
}

#[test]
fn security_defaults_are_checked_after_the_tenant_switch() {
    let records = vec![tenant(V::T, 1), alice_cas(V::T, V::T, Some(V::Blank), 3), alice_user(V::Blank, 10), org_default(V::Blank, 15)];
    let report = evaluate(records, &scenario(ClientScenario::DeviceBasic));
    let basic = smtp_basic(&report);
    assert_eq!(layers(&basic), ["SA3: CasMailbox.SmtpClientAuthenticationDisabled=null@6, TransportConfig.SmtpClientAuthenticationDisabled=true@1"]);
    let checks: Vec<&str> = basic.checks.iter().map(|c| c.rule).collect();
    assert_eq!(checks, ["SA6", "SA7", "SA8"], "the Entra gates a password meets once the switch is on, in order");
    assert_eq!(layers_to_fix(report.mailboxes.get(0).expect("a mailbox").report().verdicts.iter()).map(|(_, n)| n), Some(1));
}

#[test]
fn the_answer_says_a_shared_reason_once() {
    let records = vec![tenant(V::T, 1), alice_cas(V::T, V::T, Some(V::Blank), 3), alice_user(V::Text("Block Basic Auth"), 10), online_policy("Block Basic Auth", V::F, 20)];
    let report = evaluate(records, &scenario(ClientScenario::Any));
    let mailbox = report.mailboxes.get(0).expect("a mailbox").report();
    let groups = answer_groups(&mailbox.verdicts);
    let smtp = &groups[0];
    assert_eq!(smtp.items.len(), 2, "SMTP AUTH with a password and with OAuth share the tenant switch");
    let reasons: Vec<(&str, bool, usize)> = smtp.reasons.iter().map(|r| (r.rule, r.also, r.only.len())).collect();
    assert_eq!(reasons, [("SA3", false, 0), ("SA4", true, 1)], "the policy blocks only the password");
    assert_eq!(smtp.reasons[0].lines, [1, 6]);
    let works: Vec<_> = groups.iter().filter(|g| g.status == Status::Works).collect();
    assert!(works.len() <= 1, "everything that works is one group");
}
