//! One table per rule row of `../shared/rules.md` sections 3–6: inputs → status, rule id and
//! the deciding settings (`setting=value@line`). Records are built by hand.

#[path = "fixtures/rules/support.rs"]
mod support;

use exo_auth_analyzer::parse::{ObjectKind, Record};
use exo_auth_analyzer::rules::{AuthMethod, ClientScenario, Context, Gate, Protocol, Status};
use support::*;

use AuthMethod::{Basic, OAuth};
use Protocol::{Imap, Pop, Smtp};

struct Case {
    name: &'static str,
    records: Vec<Record>,
    context: Context,
    /// `None` = the organization view.
    mailbox: Option<&'static str>,
    protocol: Protocol,
    auth: AuthMethod,
    status: Status,
    rule: &'static str,
    decided: &'static [&'static str],
}

fn case(name: &'static str, records: Vec<Record>, mailbox: Option<&'static str>, protocol: Protocol, auth: AuthMethod) -> Case {
    Case { name, records, context: today(), mailbox, protocol, auth, status: Status::Unknown, rule: "", decided: &[] }
}

impl Case {
    fn expect(mut self, status: Status, rule: &'static str, decided: &'static [&'static str]) -> Self {
        self.status = status;
        self.rule = rule;
        self.decided = decided;
        self
    }

    fn context(mut self, context: Context) -> Self {
        self.context = context;
        self
    }
}

const ALICE: Option<&str> = Some("alice@contoso.com");

fn run(cases: Vec<Case>) {
    for case in cases {
        let report = evaluate(case.records, &case.context);
        let verdict = verdict(&report, case.mailbox, case.protocol, case.auth);
        assert_eq!((verdict.status, verdict.rule), (case.status, case.rule), "{}: {verdict:#?}", case.name);
        assert_eq!(decided(&verdict), case.decided, "{}", case.name);
    }
}

#[test]
fn sa1_an_absent_or_unreadable_smtp_switch_is_unknown() {
    let two_readings = vec![alice_cas(V::T, V::T, Some(V::T), 1), alice_cas(V::T, V::T, Some(V::F), 10), tenant(V::F, 20)];
    run(vec![
        case("mailbox line absent", vec![tenant(V::F, 1), alice_cas(V::T, V::T, None, 3)], ALICE, Smtp, Basic).expect(Status::Unknown, "SA1", &[]),
        case("mailbox line absent, OAuth", vec![tenant(V::F, 1), alice_cas(V::T, V::T, None, 3)], ALICE, Smtp, OAuth).expect(Status::Unknown, "SA1", &[]),
        case("mailbox value cut off", vec![tenant(V::F, 1), alice_cas(V::T, V::T, Some(V::Cut("Tr")), 3)], ALICE, Smtp, Basic).expect(Status::Unknown, "SA1", &[]),
        case("inherits, tenant not pasted", vec![alice_cas(V::T, V::T, Some(V::Blank), 3)], ALICE, Smtp, OAuth).expect(Status::Unknown, "SA1", &[]),
        case("two readings disagree", two_readings, ALICE, Smtp, OAuth).expect(Status::Unknown, "SA1", &[]),
    ]);
}

#[test]
fn sa1_names_the_missing_input_and_its_command() {
    let report = evaluate(vec![tenant(V::F, 1), alice_cas(V::T, V::T, None, 3)], &today());
    let missing = report.missing.iter().find(|m| m.input == "CasMailbox.SmtpClientAuthenticationDisabled").expect("missing entry");
    assert_eq!(missing.command, "Get-EXOCasMailbox -Identity 'alice@contoso.com' -Properties SmtpClientAuthenticationDisabled");
}

#[test]
fn sa2_the_mailbox_override_blocks_basic_and_oauth() {
    let decided: &[&str] = &["CasMailbox.SmtpClientAuthenticationDisabled=true@4"];
    run(vec![
        case("override, tenant on", vec![tenant(V::F, 9), alice_cas(V::T, V::T, Some(V::T), 1)], ALICE, Smtp, Basic).expect(Status::Blocked, "SA2", decided),
        case("override, OAuth", vec![tenant(V::F, 9), alice_cas(V::T, V::T, Some(V::T), 1)], ALICE, Smtp, OAuth).expect(Status::Blocked, "SA2", decided),
        case("override, tenant not pasted", vec![alice_cas(V::T, V::T, Some(V::T), 1)], ALICE, Smtp, OAuth).expect(Status::Blocked, "SA2", decided),
    ]);
}

#[test]
fn sa3_the_tenant_switch_blocks_inheriting_mailboxes() {
    let inherit: &[&str] = &["CasMailbox.SmtpClientAuthenticationDisabled=null@4", "TransportConfig.SmtpClientAuthenticationDisabled=true@9"];
    let org: &[&str] = &["TransportConfig.SmtpClientAuthenticationDisabled=true@9"];
    run(vec![
        case("inherits", vec![tenant(V::T, 9), alice_cas(V::T, V::T, Some(V::Blank), 1)], ALICE, Smtp, Basic).expect(Status::Blocked, "SA3", inherit),
        case("inherits, OAuth", vec![tenant(V::T, 9), alice_cas(V::T, V::T, Some(V::Blank), 1)], ALICE, Smtp, OAuth).expect(Status::Blocked, "SA3", inherit),
        case("organization view", vec![tenant(V::T, 9)], None, Smtp, Basic).expect(Status::Blocked, "SA3", org),
        case("organization view, OAuth", vec![tenant(V::T, 9)], None, Smtp, OAuth).expect(Status::Blocked, "SA3", org),
        case("mailbox False overrides the tenant", vec![tenant(V::T, 9), alice_cas(V::T, V::T, Some(V::F), 1)], ALICE, Smtp, OAuth)
            .expect(Status::Works, "SA9", &["CasMailbox.SmtpClientAuthenticationDisabled=false@4"]),
    ]);
}

#[test]
fn sa4_the_effective_policy_blocks_basic_smtp() {
    let open = || vec![tenant(V::F, 1), alice_cas(V::T, V::T, Some(V::Blank), 3)];
    let with = |mut records: Vec<Record>, more: Vec<Record>| {
        records.extend(more);
        records
    };
    run(vec![
        case("user policy", with(open(), vec![alice_user(V::Text("Block Basic"), 10), online_policy("Block Basic", V::F, 20)]), ALICE, Smtp, Basic)
            .expect(Status::Blocked, "SA4", &["User.AuthenticationPolicy=\"Block Basic\"@11", "AuthenticationPolicy.AllowBasicAuthSmtp=false@23"]),
        case(
            "organization default",
            with(open(), vec![alice_user(V::Blank, 10), org_default(V::Text("Default"), 15), online_policy("Default", V::F, 20)]),
            ALICE,
            Smtp,
            Basic,
        )
        .expect(Status::Blocked, "SA4", &["OrganizationConfig.DefaultAuthenticationPolicy=\"Default\"@15", "AuthenticationPolicy.AllowBasicAuthSmtp=false@23"]),
        case("user policy wins over the default", with(open(), vec![alice_user(V::Text("Allow"), 10), org_default(V::Text("Default"), 15), online_policy("Default", V::F, 20), online_policy("Allow", V::T, 30)]), ALICE, Smtp, Basic)
            .expect(Status::Check, "SA5", &["CasMailbox.SmtpClientAuthenticationDisabled=null@6", "TransportConfig.SmtpClientAuthenticationDisabled=false@1", "User.AuthenticationPolicy=\"Allow\"@11", "AuthenticationPolicy.AllowBasicAuthSmtp=true@33"]),
        case("named policy not pasted", with(open(), vec![alice_user(V::Text("Block Basic"), 10)]), ALICE, Smtp, Basic).expect(Status::Unknown, "SA4", &[]),
        case("no Get-User", open(), ALICE, Smtp, Basic).expect(Status::Unknown, "SA4", &[]),
        case("no organization config", with(open(), vec![alice_user(V::Blank, 10)]), ALICE, Smtp, Basic).expect(Status::Unknown, "SA4", &[]),
        case("OAuth ignores the policy", with(open(), vec![alice_user(V::Text("Block Basic"), 10), online_policy("Block Basic", V::F, 20)]), ALICE, Smtp, OAuth)
            .expect(Status::Works, "SA9", &["CasMailbox.SmtpClientAuthenticationDisabled=null@6", "TransportConfig.SmtpClientAuthenticationDisabled=false@1"]),
    ]);
}

#[test]
fn sa5_no_blocking_policy_leaves_the_entra_gates_to_check() {
    let records = vec![tenant(V::F, 1), alice_cas(V::T, V::T, Some(V::Blank), 3), alice_user(V::Blank, 10), org_default(V::Blank, 15)];
    run(vec![case("nothing blocks", records.clone(), ALICE, Smtp, Basic).expect(
        Status::Check,
        "SA5",
        &[
            "CasMailbox.SmtpClientAuthenticationDisabled=null@6",
            "TransportConfig.SmtpClientAuthenticationDisabled=false@1",
            "User.AuthenticationPolicy=null@11",
            "OrganizationConfig.DefaultAuthenticationPolicy=null@15",
        ],
    )]);
    let report = evaluate(records, &today());
    let checks: Vec<&str> = verdict(&report, ALICE, Smtp, Basic).checks.iter().map(|c| c.rule).collect();
    assert_eq!(checks, ["SA6", "SA7", "SA8", "SA10", "SA11"]);
}

#[test]
fn sa6_to_sa8_and_sa10_sa11_are_explicit_check_items() {
    let records = vec![tenant(V::F, 1), alice_cas(V::T, V::T, Some(V::Blank), 3), alice_user(V::Blank, 10), org_default(V::Blank, 15)];
    let report = evaluate(records, &today());
    let basic = verdict(&report, ALICE, Smtp, Basic);
    let gates: Vec<(&str, &Gate)> = basic.checks.iter().map(|c| (c.rule, &c.gate)).collect();
    assert!(gates.contains(&("SA6", &Gate::SecurityDefaults)));
    assert!(gates.contains(&("SA7", &Gate::ConditionalAccessLegacyBlock)));
    assert!(gates.contains(&("SA8", &Gate::PerUserMfa)));
    assert!(gates.contains(&("SA10", &Gate::SmtpTls12 { legacy_tls_opt_in: None })));
    assert!(gates.contains(&("SA11", &Gate::SendAsFromAddress)));
    let oauth: Vec<&str> = verdict(&report, ALICE, Smtp, OAuth).checks.iter().map(|c| c.rule).collect();
    assert_eq!(oauth, ["SA9", "SA10", "SA11"], "OAuth is not subject to the Basic-only gates SA6–SA8");
}

#[test]
fn sa10_carries_the_legacy_tls_opt_in_when_shown() {
    for (value, expected) in [(V::T, Some(true)), (V::F, Some(false)), (V::Blank, Some(false))] {
        let transport = record(ObjectKind::TransportConfig, &[("SmtpClientAuthenticationDisabled", V::F, 1), ("AllowLegacyTLSClients", value, 2)]);
        let report = evaluate(vec![transport, alice_cas(V::T, V::T, Some(V::Blank), 3)], &today());
        let oauth = verdict(&report, ALICE, Smtp, OAuth);
        assert!(oauth.checks.iter().any(|c| c.rule == "SA10" && c.gate == Gate::SmtpTls12 { legacy_tls_opt_in: expected }), "{value:?}");
    }
}

#[test]
fn sa9_oauth_passes_the_exchange_switches() {
    let records = || vec![tenant(V::F, 1), alice_cas(V::T, V::T, Some(V::Blank), 3)];
    let inherit: &[&str] = &["CasMailbox.SmtpClientAuthenticationDisabled=null@6", "TransportConfig.SmtpClientAuthenticationDisabled=false@1"];
    run(vec![
        case("delegated", records(), ALICE, Smtp, OAuth).expect(Status::Works, "SA9", inherit),
        case("app-only", records(), ALICE, Smtp, OAuth).context(scenario(ClientScenario::AppOnlyOauth)).expect(Status::Check, "SA9", inherit),
        case("organization view", vec![tenant(V::F, 1)], None, Smtp, OAuth).expect(Status::Works, "SA9", &["TransportConfig.SmtpClientAuthenticationDisabled=false@1"]),
    ]);
}

#[test]
fn p1_a_disabled_protocol_is_blocked() {
    let smtp = Some(V::Blank);
    run(vec![
        case("POP off, OAuth", vec![tenant(V::F, 9), alice_cas(V::F, V::T, smtp, 1)], ALICE, Pop, OAuth).expect(Status::Blocked, "P1", &["CasMailbox.PopEnabled=false@2"]),
        case("IMAP off, OAuth", vec![tenant(V::F, 9), alice_cas(V::T, V::F, smtp, 1)], ALICE, Imap, OAuth).expect(Status::Blocked, "P1", &["CasMailbox.ImapEnabled=false@3"]),
        case("POP off, Basic", vec![tenant(V::F, 9), alice_cas(V::F, V::T, smtp, 1)], ALICE, Pop, Basic).expect(Status::Blocked, "P1", &["CasMailbox.PopEnabled=false@2"]),
        case("IMAP switch cut off", vec![tenant(V::F, 9), alice_cas(V::T, V::Cut("Tr"), smtp, 1)], ALICE, Imap, OAuth).expect(Status::Unknown, "P1", &[]),
    ]);
    let report = evaluate(vec![tenant(V::F, 9), alice_cas(V::F, V::T, smtp, 1)], &today());
    let layers: Vec<&str> = verdict(&report, ALICE, Pop, Basic).also_blocked_by.iter().map(|l| l.rule).collect();
    assert_eq!(layers, ["P2"], "enabling POP would not help a password");
}

#[test]
fn p2_pop_and_imap_with_a_password_are_gone_for_good() {
    let records = || vec![tenant(V::F, 9), alice_cas(V::T, V::T, Some(V::Blank), 1), online_policy("Old", V::T, 20)];
    run(vec![
        case("POP", records(), ALICE, Pop, Basic).expect(Status::Blocked, "P2", &[]),
        case("IMAP", records(), ALICE, Imap, Basic).expect(Status::Blocked, "P2", &[]),
        case("organization view", records(), None, Pop, Basic).expect(Status::Blocked, "P2", &[]),
    ]);
}

#[test]
fn p3_delegated_oauth_works_with_checks() {
    let records = vec![tenant(V::F, 9), alice_cas(V::T, V::T, Some(V::Blank), 1)];
    run(vec![case("POP", records.clone(), ALICE, Pop, OAuth).expect(Status::Works, "P3", &["CasMailbox.PopEnabled=true@2"])]);
    let report = evaluate(records, &today());
    let rules: Vec<&str> = verdict(&report, ALICE, Imap, OAuth).checks.iter().map(|c| c.rule).collect();
    assert_eq!(rules, ["P3", "P3", "P5"]);
}

#[test]
fn p4_app_only_oauth_needs_a_service_principal() {
    let records = vec![tenant(V::F, 9), alice_cas(V::T, V::T, Some(V::Blank), 1)];
    run(vec![case("IMAP", records, ALICE, Imap, OAuth)
        .context(scenario(ClientScenario::AppOnlyOauth))
        .expect(Status::Check, "P4", &["CasMailbox.ImapEnabled=true@3"])]);
}

#[test]
fn p5_the_legacy_tls_phase_follows_the_date() {
    use exo_auth_analyzer::rules::timeline::LegacyTlsPhase;
    for (day, phase) in [("2026-06-30", LegacyTlsPhase::LegacyEndpointOnly), ("2026-11-27", LegacyTlsPhase::BeingRemoved), ("2027-01-01", LegacyTlsPhase::Removed)] {
        let report = evaluate(vec![tenant(V::F, 9), alice_cas(V::T, V::T, Some(V::Blank), 1)], &on(day));
        let pop = verdict(&report, ALICE, Pop, OAuth);
        assert!(pop.checks.iter().any(|c| c.rule == "P5" && c.gate == Gate::PopImapTls12 { phase }), "{day}");
    }
}

fn server_mailbox(pop: V, imap: V) -> Record {
    record(ObjectKind::CasMailbox, &[("PrimarySmtpAddress", V::Text("alice@contoso.com"), 1), ("PopEnabled", pop, 2), ("ImapEnabled", imap, 3)])
}

#[test]
fn on_premises_rows_o1_to_o7() {
    let policy = |lp, li, mp, mi| server_policy("Block Legacy", lp, li, mp, mi, 20);
    let assigned = || alice_user(V::Text("Block Legacy"), 10);
    let none_blocked = || vec![server_mailbox(V::T, V::T), assigned(), policy(V::F, V::F, V::F, V::F)];
    run(vec![
        case("O2 POP off", vec![server_mailbox(V::F, V::T), assigned(), policy(V::F, V::F, V::F, V::F)], ALICE, Pop, Basic)
            .expect(Status::Blocked, "O2", &["CasMailbox.PopEnabled=false@2"]),
        case("O3 legacy blocked", vec![server_mailbox(V::T, V::T), assigned(), policy(V::T, V::F, V::F, V::F)], ALICE, Pop, Basic)
            .expect(Status::Blocked, "O3", &["User.AuthenticationPolicy=\"Block Legacy\"@11", "AuthenticationPolicy.BlockLegacyAuthPop=true@21"]),
        case("O3 passes, O1 services to check", none_blocked(), ALICE, Imap, Basic)
            .expect(Status::Check, "O1", &["User.AuthenticationPolicy=\"Block Legacy\"@11", "AuthenticationPolicy.BlockLegacyAuthImap=false@22"]),
        case("O4 modern blocked", vec![server_mailbox(V::T, V::T), assigned(), policy(V::F, V::F, V::F, V::T)], ALICE, Imap, OAuth)
            .expect(Status::Blocked, "O4", &["User.AuthenticationPolicy=\"Block Legacy\"@11", "AuthenticationPolicy.BlockModernAuthImap=true@24"]),
        case("O6 OAuth reported unsupported", none_blocked(), ALICE, Pop, OAuth).expect(Status::Check, "O6", &[]),
        case("O7 SMTP depends on the receive connector", none_blocked(), ALICE, Smtp, Basic).expect(Status::Check, "O7", &[]),
        case("O3 policy not pasted", vec![server_mailbox(V::T, V::T), alice_user(V::Text("Other"), 10), policy(V::F, V::F, V::F, V::F)], ALICE, Pop, Basic)
            .expect(Status::Unknown, "O3", &[]),
    ]);
    let report = evaluate(none_blocked(), &today());
    let rules: Vec<&str> = verdict(&report, ALICE, Imap, Basic).checks.iter().map(|c| c.rule).collect();
    assert_eq!(rules, ["O1", "O5"]);
}

#[test]
fn env_an_undecidable_environment_is_unknown_except_a_disabled_protocol() {
    let mailbox = || record(ObjectKind::CasMailbox, &[("PrimarySmtpAddress", V::Text("alice@contoso.com"), 1), ("PopEnabled", V::F, 2), ("ImapEnabled", V::T, 3)]);
    run(vec![
        case("POP off is off anywhere", vec![mailbox()], ALICE, Pop, Basic).expect(Status::Blocked, "P1", &["CasMailbox.PopEnabled=false@2"]),
        case("IMAP depends on the environment", vec![mailbox()], ALICE, Imap, Basic).expect(Status::Unknown, "ENV", &[]),
        case("SMTP too", vec![mailbox()], ALICE, Smtp, OAuth).expect(Status::Unknown, "ENV", &[]),
    ]);
}

#[test]
fn client_matrix_chooses_the_methods_and_the_headline() {
    use exo_auth_analyzer::rules::{HeadlineCode, Warning};
    use exo_auth_analyzer::wording::{self, Lang};
    let records = || vec![tenant(V::F, 9), alice_cas(V::T, V::T, Some(V::Blank), 1)];
    let outlook = evaluate(records(), &scenario(ClientScenario::OutlookPopImap));
    let mailbox = &outlook.mailboxes.get(0).expect("a mailbox").report();
    assert_eq!(mailbox.headline.code, HeadlineCode::ClassicOutlookUseMicrosoft365Account);
    assert_eq!(
        wording::headline(Lang::En, mailbox.headline),
        "Classic Outlook cannot use POP or IMAP with this mailbox; add it as a Microsoft 365 account instead."
    );
    assert!(mailbox.verdicts.iter().all(|v| v.auth == Basic));
    assert!(verdict(&outlook, ALICE, Pop, Basic).warnings.contains(&Warning::ClassicOutlookHasNoOauthForPopImap));
    let oauth = evaluate(records(), &scenario(ClientScenario::OauthApp));
    assert!(oauth.mailboxes.get(0).expect("a mailbox").report().verdicts.iter().all(|v| v.auth == OAuth));
    assert_eq!(oauth.mailboxes.get(0).expect("a mailbox").report().headline.code, HeadlineCode::Works);
    let device = evaluate(vec![tenant(V::T, 9), alice_cas(V::T, V::T, Some(V::Blank), 1)], &scenario(ClientScenario::DeviceBasic));
    assert_eq!(device.mailboxes.get(0).expect("a mailbox").report().headline.code, HeadlineCode::Blocked);
    assert_eq!(device.mailboxes.get(0).expect("a mailbox").report().headline.rule, Some("SA3"));
}
