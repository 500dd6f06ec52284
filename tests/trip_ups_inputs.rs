//! What the paste already says is used, and what it lacks is asked for once (issue 22, points
//! 6 and 7): the security-defaults object decides SA6; missing inputs of several mailboxes are
//! one command, with the CAS cmdlet the paste uses.

use exo_auth_analyzer::parse::parse;
use exo_auth_analyzer::remedy::{analyze, Report};
use exo_auth_analyzer::rules::{AuthMethod, ClientScenario, Context, Date, Protocol, Status, Verdict};

fn context() -> Context {
    Context::new(Date::parse("2026-11-27").expect("a date")).with_client(ClientScenario::DeviceBasic)
}

fn shared(file: &str) -> String {
    std::fs::read_to_string(format!("{}/../shared/corpus/{file}", env!("CARGO_MANIFEST_DIR"))).expect("the shared corpus")
}

/// Three mailboxes of one tenant, listed by `cmdlet`, without their users or POP/IMAP switches.
fn three_mailboxes(cmdlet: &str) -> String {
    let mut text = String::from(
        "PS C:\\> Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled\n\nSmtpClientAuthenticationDisabled : False\n\n",
    );
    text.push_str(&format!("PS C:\\> {cmdlet} -ResultSize Unlimited | Format-List PrimarySmtpAddress,SmtpClientAuthenticationDisabled\n\n"));
    for name in ["ann", "bob", "cy"] {
        text.push_str(&format!("PrimarySmtpAddress               : {name}@contoso.com\nSmtpClientAuthenticationDisabled :\n\n"));
    }
    text
}

fn asked(report: &Report) -> Vec<String> {
    let mut commands: Vec<String> = report.missing.iter().map(|m| m.command.clone()).collect();
    commands.extend(report.collect_script.iter().flat_map(|s| s.lines().map(str::to_string)));
    commands
}

#[test]
fn missing_inputs_of_several_mailboxes_are_asked_once_for_all() {
    let (_, report) = analyze(&three_mailboxes("Get-EXOCasMailbox"), &context());
    let missing: Vec<&str> = report.missing.iter().map(|m| m.command.as_str()).collect();
    assert!(missing.iter().all(|c| !c.contains("-Identity")), "one command for all, not one per mailbox: {missing:#?}");
    assert_eq!(missing.iter().filter(|c| c.starts_with("Get-User")).count(), 1, "{missing:#?}");
    assert!(report.missing.iter().all(|m| m.mailbox.is_none()), "{:#?}", report.missing);
}

#[test]
fn the_cas_cmdlet_is_the_one_the_paste_uses() {
    for (used, other) in [("Get-CASMailbox", "Get-EXOCasMailbox"), ("Get-EXOCasMailbox", "Get-CASMailbox")] {
        let (_, report) = analyze(&three_mailboxes(used), &context());
        let commands = asked(&report);
        assert!(commands.iter().any(|c| c.starts_with(used)), "{used}: {commands:#?}");
        assert!(commands.iter().all(|c| !c.contains(other)), "{used} pasted, so never {other}: {commands:#?}");
    }
}

fn smtp_basic(report: &Report) -> Verdict {
    let mailbox = report.mailboxes.get(0).expect("a mailbox");
    mailbox.verdicts().into_iter().find(|v| v.protocol == Protocol::Smtp && v.auth == AuthMethod::Basic).expect("an SMTP Basic verdict")
}

/// A mailbox every Exchange switch lets through (SA5), with the security-defaults object as
/// `Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy` prints it (corpus 006), or without.
fn exchange_allows_basic(security_defaults: Option<&str>) -> String {
    let mut text = String::from(
        "PS C:\\> Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled\n\nSmtpClientAuthenticationDisabled : False\n\n\
         PS C:\\> Get-EXOCasMailbox -Identity 'scanner@contoso.com' -Properties SmtpClientAuthenticationDisabled | Format-List PrimarySmtpAddress,PopEnabled,ImapEnabled,SmtpClientAuthenticationDisabled\n\n\
         PrimarySmtpAddress               : scanner@contoso.com\nPopEnabled                       : True\nImapEnabled                      : True\nSmtpClientAuthenticationDisabled :\n\n\
         PS C:\\> Get-User -Identity 'scanner@contoso.com' | Format-List AuthenticationPolicy\n\nAuthenticationPolicy :\n\n\
         PS C:\\> Get-OrganizationConfig | Format-List DefaultAuthenticationPolicy\n\nDefaultAuthenticationPolicy :\n\n",
    );
    if let Some(enabled) = security_defaults {
        text.push_str(&format!(
            "PS C:\\> Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy | Format-List\n\n\
             Description : Security defaults is a set of basic identity security mechanisms recommended by Microsoft.\n\
             DisplayName : Security Defaults\nIsEnabled   : {enabled}\n"
        ));
    }
    text
}

#[test]
fn the_security_defaults_object_is_read_as_such() {
    let parsed = parse(&shared("006-transcript-mixed.txt"));
    let record = parsed.records.first().expect("the first object");
    assert_eq!((record.kind.name(), record.span.first), ("SecurityDefaults", 5));
}

#[test]
fn security_defaults_enabled_block_basic_smtp() {
    let (_, report) = analyze(&exchange_allows_basic(Some("True")), &context());
    let verdict = smtp_basic(&report);
    assert_eq!((verdict.status, verdict.rule), (Status::Blocked, "SA6"), "{verdict:#?}");
    assert!(verdict.decided_by.iter().any(|d| d.setting == exo_auth_analyzer::model::Setting::SecurityDefaultsIsEnabled), "{verdict:#?}");
    assert!(verdict.checks.iter().all(|c| c.rule != "SA6"), "decided, not to check by hand: {verdict:#?}");
    // After the December default change it is still the security defaults that refuse it.
    let (_, later) = analyze(&exchange_allows_basic(Some("True")), &Context::new(Date::parse("2027-01-15").expect("a date")).with_client(ClientScenario::DeviceBasic));
    assert_eq!(smtp_basic(&later).rule, "SA6");
    // Behind a tenant switch that is off, they are the next layer.
    let (_, tenant_off) = analyze(&exchange_allows_basic(Some("True")).replacen("SmtpClientAuthenticationDisabled : False", "SmtpClientAuthenticationDisabled : True", 1), &context());
    let verdict = smtp_basic(&tenant_off);
    assert_eq!(verdict.rule, "SA3");
    assert!(verdict.also_blocked_by.iter().any(|layer| layer.rule == "SA6"), "{verdict:#?}");
}

#[test]
fn security_defaults_off_pass_sa6_and_missing_ones_are_asked_for() {
    let (_, off) = analyze(&exchange_allows_basic(Some("False")), &context());
    let verdict = smtp_basic(&off);
    assert_eq!((verdict.status, verdict.rule), (Status::Check, "SA5"), "{verdict:#?}");
    assert!(verdict.checks.iter().all(|c| c.rule != "SA6"), "{verdict:#?}");
    assert!(!off.collect_script.as_deref().unwrap_or_default().contains("SecurityDefault"), "pasted: not asked again");
    let (_, absent) = analyze(&exchange_allows_basic(None), &context());
    assert!(smtp_basic(&absent).checks.iter().any(|c| c.rule == "SA6"));
    let script = absent.collect_script.unwrap_or_default();
    assert!(script.lines().any(|l| l.starts_with("Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy")), "{script}");
}

fn evidence_fixture(file: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/evidence/{file}", env!("CARGO_MANIFEST_DIR"))).expect("an evidence fixture")
}

/// The flattened sign-in log ends on 2026-11-22 (tests/fixtures/evidence/README.md).
fn sign_ins_on(as_of: &str) -> (exo_auth_analyzer::parse::Parsed, Report) {
    analyze(&evidence_fixture("mg-signin-flattened.csv"), &Context::new(Date::parse(as_of).expect("a date")))
}

#[test]
fn a_log_that_ended_long_before_the_evaluation_date_says_so() {
    use exo_auth_analyzer::wording::{source, ticket_note, Lang};
    let (parsed, report) = sign_ins_on("2027-02-15");
    let read = report.evidence.first().expect("the sign-in log");
    assert!(source(Lang::En, read).contains("this log ends on 2026-11-22; newer sign-ins are not in it"), "{}", source(Lang::En, read));
    assert!(source(Lang::De, read).contains("dieses Protokoll endet am 2026-11-22; neuere Anmeldungen fehlen darin"), "{}", source(Lang::De, read));
    for lang in [Lang::En, Lang::De] {
        assert!(ticket_note(lang, &parsed, &report).contains("2026-11-22;"), "{lang:?}");
    }
    // 30 days after its last entry it is still as fresh as a 30-day download can be.
    let (_, recent) = sign_ins_on("2026-12-22");
    let read = recent.evidence.first().expect("the sign-in log");
    assert!(!source(Lang::En, read).contains("this log ends"), "{}", source(Lang::En, read));
}

/// The Format-List sign-in log of the fixtures with its two dates replaced.
fn list_sign_ins(first: &str, second: &str) -> String {
    evidence_fixture("entra-signinlogs-list.txt").replace("11/20/2026 08:15:31", first).replace("11/19/2026 22:40:03", second)
}

#[test]
fn a_padded_list_date_is_read_where_another_date_of_the_log_tells_the_order() {
    use exo_auth_analyzer::wording::{source, Lang};
    // 02/13 has no 13th month: the log writes month first, so 02/07 is 7 February.
    let (_, report) = analyze(&list_sign_ins("02/07/2024 04:18:26", "02/13/2024 09:00:00"), &context());
    let read = report.evidence.first().expect("the sign-in log");
    assert_eq!((read.from.as_deref(), read.to.as_deref()), (Some("2024-02-07T04:18:26Z"), Some("2024-02-13T09:00:00Z")), "{read:#?}");
    // 13/02: day first, so 02/07 is 2 July.
    let (_, report) = analyze(&list_sign_ins("02/07/2024 04:18:26", "13/02/2024 09:00:00"), &context());
    let read = report.evidence.first().expect("the sign-in log");
    assert_eq!((read.from.as_deref(), read.to.as_deref()), (Some("2024-02-13T09:00:00Z"), Some("2024-07-02T04:18:26Z")), "{read:#?}");
    // Nothing tells: never guessed, and said to be ambiguous rather than missing.
    let (_, report) = analyze(&list_sign_ins("02/07/2024 04:18:26", "03/08/2024 09:00:00"), &context());
    let read = report.evidence.first().expect("the sign-in log");
    assert_eq!((read.from.as_deref(), read.to.as_deref()), (None, None));
    let (en, de) = (source(Lang::En, read), source(Lang::De, read));
    assert!(en.contains("ambiguous") && !en.contains("no dates"), "{en}");
    assert!(de.contains("mehrdeutig") && !de.contains("ohne Datum"), "{de}");
}
