//! Issue 22, points 3-5: a fix turns on only what the client or the paste gives a reason for
//! (grouped per protocol), every check step reads back exactly what its fix changed, and SMTP
//! AUTH off by the organization's own secure default is no fault for mailboxes nothing needs.

use exo_auth_analyzer::model::Evidence;
use exo_auth_analyzer::remedy::{self, analyze, Command, Purpose, Report};
use exo_auth_analyzer::rules::need::{secure_default, Needs};
use exo_auth_analyzer::rules::{ClientScenario, Context, Date, Fix, PolicySource, PolicySwitch, Protocol};

const EXAMPLE: &str = include_str!("../src/ui/examples/support-call.txt");

fn report(text: &str, client: ClientScenario) -> Report {
    let context = Context::new(Date::new(2026, 12, 5).unwrap_or_default()).with_client(client);
    analyze(text, &context).1
}

fn mailbox_commands(report: &Report, identity: &str) -> Vec<Command> {
    report.mailboxes.iter().find(|m| m.identity() == identity).map(|m| m.commands()).unwrap_or_default()
}

fn texts(commands: &[Command]) -> String {
    commands.iter().map(|c| c.command.as_str()).collect::<Vec<_>>().join("\n")
}

// ---- point 3: the fix is no wider than the need ----

#[test]
fn the_example_with_not_sure_starts_with_smtp_auth_and_turns_no_protocol_on() {
    let report = report(EXAMPLE, ClientScenario::Any);
    let commands = mailbox_commands(&report, "scanner@contoso.com");
    assert_eq!(
        commands.first().map(|c| c.command.as_str()),
        Some("Set-CASMailbox -Identity 'scanner@contoso.com' -SmtpClientAuthenticationDisabled $false"),
        "{}",
        texts(&commands)
    );
    assert!(!texts(&commands).contains("-PopEnabled $true"), "nothing in the paste uses POP3:\n{}", texts(&commands));
    let organization = texts(&report.organization.commands);
    assert!(organization.starts_with("Set-CASMailbox -Identity 'scanner@contoso.com'"), "{organization}");
}

const ALICE_POP_OFF: &str = "PS> Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled\n\nSmtpClientAuthenticationDisabled : False\n\n\
PS> Get-EXOCasMailbox -Identity 'alice@contoso.com' -Properties SmtpClientAuthenticationDisabled\n\n\
Identity                         : alice\nPrimarySmtpAddress               : alice@contoso.com\nPopEnabled                       : False\n\
ImapEnabled                      : False\nSmtpClientAuthenticationDisabled : True\n";

#[test]
fn a_client_that_does_not_use_a_protocol_never_gets_it_turned_on() {
    let device = texts(&mailbox_commands(&report(ALICE_POP_OFF, ClientScenario::DeviceBasic), "alice@contoso.com"));
    assert!(device.contains("-SmtpClientAuthenticationDisabled $false"), "{device}");
    assert!(!device.contains("-PopEnabled") && !device.contains("-ImapEnabled"), "a device sends over SMTP AUTH only:\n{device}");
    let any = texts(&mailbox_commands(&report(ALICE_POP_OFF, ClientScenario::Any), "alice@contoso.com"));
    assert_eq!(any, "", "with the client \"not sure\" and nothing that shows use, nothing is turned on");
    let mail_app = mailbox_commands(&report(ALICE_POP_OFF, ClientScenario::OauthApp), "alice@contoso.com");
    assert!(texts(&mail_app).contains("-PopEnabled $true") && texts(&mail_app).contains("-ImapEnabled $true"), "{}", texts(&mail_app));
}

#[test]
fn with_not_sure_a_sign_in_or_an_error_over_a_protocol_is_the_reason_to_turn_it_on() {
    let log = "\n\"UserPrincipalName\",\"ClientAppUsed\",\"CreatedDateTime\",\"AppDisplayName\",\"IPAddress\",\"ErrorCode\"\n\
\"alice@contoso.com\",\"POP3\",\"11/20/2026 9:02:10 AM\",\"x\",\"192.0.2.1\",\"0\"\n";
    let with_log = texts(&mailbox_commands(&report(&format!("{ALICE_POP_OFF}{log}"), ClientScenario::Any), "alice@contoso.com"));
    assert!(with_log.contains("-PopEnabled $true"), "a POP3 sign-in is the reason:\n{with_log}");
    assert!(!with_log.contains("-ImapEnabled") && !with_log.contains("SmtpClientAuthenticationDisabled $false"), "{with_log}");
    let error = "\nsmtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox')\n";
    let with_error = texts(&mailbox_commands(&report(&format!("{ALICE_POP_OFF}{error}"), ClientScenario::Any), "alice@contoso.com"));
    assert!(with_error.contains("-SmtpClientAuthenticationDisabled $false") && !with_error.contains("-PopEnabled"), "{with_error}");
}

#[test]
fn the_steps_are_grouped_per_protocol_smtp_auth_first() {
    let commands = mailbox_commands(&report(ALICE_POP_OFF, ClientScenario::OauthApp), "alice@contoso.com");
    let order: Vec<Option<Protocol>> = commands.iter().filter(|c| !c.alternative && c.purpose != Purpose::Verify).map(|c| c.protocol).collect();
    assert_eq!(order, [Some(Protocol::Smtp), Some(Protocol::Pop), Some(Protocol::Imap)], "{}", texts(&commands));
    let steps: Vec<u32> = commands.iter().map(|c| c.step).collect();
    assert_eq!(steps, (1..=commands.len() as u32).collect::<Vec<_>>());
}

// ---- point 4: every check step reads back exactly what its fix changed ----

/// Every fix the rules can give, each variant listed so that a new one fails to compile here.
fn every_fix() -> Vec<Fix> {
    let switches = [
        PolicySwitch::AllowBasicAuthSmtp,
        PolicySwitch::AllowBasicAuthPop,
        PolicySwitch::AllowBasicAuthImap,
        PolicySwitch::BlockLegacyAuthPop,
        PolicySwitch::BlockLegacyAuthImap,
        PolicySwitch::BlockModernAuthPop,
        PolicySwitch::BlockModernAuthImap,
    ];
    let mut all = vec![Fix::EnableSmtpAuthForMailbox, Fix::EnableSmtpAuthForOrganization];
    for protocol in [Protocol::Pop, Protocol::Imap] {
        all.push(Fix::EnableProtocolForMailbox { protocol });
    }
    for protocol in Protocol::ALL {
        all.push(Fix::GrantAppOnlyAccess { protocol });
    }
    for via in [PolicySource::User, PolicySource::OrganizationDefault] {
        all.push(Fix::AllowBasicSmtpInPolicy { policy: "Block Basic Auth".into(), via });
        for switch in switches {
            all.push(Fix::UnblockOnPremPolicy { policy: "Block Legacy".into(), via, switch });
        }
    }
    for fix in &all {
        match fix {
            Fix::EnableProtocolForMailbox { .. }
            | Fix::EnableSmtpAuthForMailbox
            | Fix::EnableSmtpAuthForOrganization
            | Fix::AllowBasicSmtpInPolicy { .. }
            | Fix::UnblockOnPremPolicy { .. }
            | Fix::GrantAppOnlyAccess { .. } => {}
        }
    }
    all
}

/// The cmdlet that reads back what `cmdlet` changes.
fn reader_of(cmdlet: &str) -> &'static [&'static str] {
    match cmdlet {
        "Set-CASMailbox" => &["Get-EXOCasMailbox", "Get-CASMailbox"],
        "Set-TransportConfig" => &["Get-TransportConfig"],
        "Set-AuthenticationPolicy" | "New-AuthenticationPolicy" => &["Get-AuthenticationPolicy"],
        "Set-User" => &["Get-User"],
        "New-ServicePrincipal" => &["Get-ServicePrincipal"],
        "Add-MailboxPermission" => &["Get-MailboxPermission"],
        "Add-RecipientPermission" => &["Get-RecipientPermission"],
        other => panic!("no read-back known for {other}"),
    }
}

/// The value after `-Identity` (quoted), if any.
fn identity_of(command: &str) -> Option<&str> {
    let rest = command.split_once("-Identity '")?.1;
    let end = rest.find("' ").or_else(|| rest.strip_suffix('\'').map(str::len)).unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The parameters a command sets (not those naming the object).
fn parameters(command: &str) -> Vec<String> {
    const NAMING: [&str; 8] = ["identity", "name", "user", "trustee", "accessrights", "appid", "objectid", "properties"];
    command
        .split_whitespace()
        .filter_map(|token| token.strip_prefix('-'))
        .filter(|name| name.starts_with(|c: char| c.is_ascii_alphabetic()))
        .map(|name| name.split(':').next().unwrap_or(name).to_ascii_lowercase())
        .filter(|name| !NAMING.contains(&name.as_str()))
        .collect()
}

fn listed(read: &str) -> Vec<String> {
    read.split_once("Format-List ").map_or_else(Vec::new, |(_, list)| list.split(',').map(|p| p.trim().to_ascii_lowercase()).collect())
}

/// Exactly one check step when anything changes, reading each change from its object, and
/// nothing it did not change.
fn assert_reads_back_exactly(commands: &[Command], case: &str) {
    let changing: Vec<&Command> = commands.iter().filter(|c| c.purpose != Purpose::Verify).collect();
    let checks: Vec<&Command> = commands.iter().filter(|c| c.purpose == Purpose::Verify).collect();
    if changing.iter().all(|c| c.alternative) {
        assert!(checks.is_empty(), "{case}: a check without a fix");
        return;
    }
    assert_eq!(checks.len(), 1, "{case}: one check step\n{}", texts(commands));
    let reads: Vec<&str> = checks[0].command.lines().collect();
    let mut read_back: Vec<(&str, Option<&str>, String)> = Vec::new();
    for command in &changing {
        let cmdlet = command.command.split_whitespace().next().unwrap_or_default();
        let readers = reader_of(cmdlet);
        let identity = if cmdlet.ends_with("AuthenticationPolicy") || cmdlet == "New-ServicePrincipal" { None } else { identity_of(&command.command) };
        let read = reads
            .iter()
            .find(|read| readers.iter().any(|r| read.starts_with(r)) && identity.is_none_or(|id| identity_of(read) == Some(id)))
            .unwrap_or_else(|| panic!("{case}: nothing reads back `{}`:\n{}", command.command, checks[0].command));
        for parameter in parameters(&command.command) {
            assert!(listed(read).contains(&parameter), "{case}: `{read}` does not read {parameter} that `{}` changes", command.command);
            if parameter == "smtpclientauthenticationdisabled" && read.starts_with("Get-EXOCasMailbox") {
                assert!(read.contains("-Properties SmtpClientAuthenticationDisabled"), "{case}: not in any property set: {read}");
            }
            read_back.push((read, identity, parameter));
        }
    }
    for read in &reads {
        for property in listed(read).into_iter().filter(|p| !["identity", "primarysmtpaddress", "name"].contains(&p.as_str())) {
            assert!(read_back.iter().any(|(r, _, p)| r == read && *p == property), "{case}: `{read}` reads {property}, which no step changes");
        }
    }
}

const ONLINE: &str = "PS> Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled\n\nSmtpClientAuthenticationDisabled : True\n";
const DEDICATED_OFF: &str = "\nPS> Get-AuthenticationPolicy | Format-List Name,AllowBasicAuthSmtp\n\nName               : Allow Basic SMTP\nAllowBasicAuthSmtp : False\n";
const DEDICATED_ON: &str = "\nPS> Get-AuthenticationPolicy | Format-List Name,AllowBasicAuthSmtp\n\nName               : Allow Basic SMTP\nAllowBasicAuthSmtp : True\n";
const ON_PREMISES: &str = "PS> Get-AuthenticationPolicy | Format-List Name,BlockLegacyAuthPop\n\nName               : Block Legacy\nBlockLegacyAuthPop : True\nBlockModernAuthPop : False\n";

#[test]
fn every_check_step_reads_back_exactly_what_its_fix_changed() {
    let evidences = [
        ("online", ONLINE.to_string()),
        ("online, dedicated policy off", format!("{ONLINE}{DEDICATED_OFF}")),
        ("online, dedicated policy on", format!("{ONLINE}{DEDICATED_ON}")),
        ("on-premises", ON_PREMISES.to_string()),
        ("environment unknown", String::new()),
    ];
    let fixes = every_fix();
    let mut cases = 0;
    for (name, text) in &evidences {
        let evidence = Evidence::from_parsed(&exo_auth_analyzer::parse::parse(text));
        // Each fix alone, every pair, and all of them at once.
        let mut sets: Vec<Vec<Fix>> = fixes.iter().map(|f| vec![f.clone()]).collect();
        for (i, a) in fixes.iter().enumerate() {
            for b in &fixes[i + 1..] {
                sets.push(vec![a.clone(), b.clone()]);
            }
        }
        sets.push(fixes.clone());
        for set in &sets {
            for identity in [Some("alice@contoso.com"), Some("<mailbox of the device or app>"), None] {
                let commands = remedy::plan(identity, set, &evidence, &[], Needs::ALL).expect("quotable");
                assert_reads_back_exactly(&commands, &format!("{name}, {identity:?}, {set:?}"));
                cases += 1;
            }
        }
    }
    println!("{cases} plans checked");
}

#[test]
fn the_tenant_error_alone_is_checked_by_reading_the_switch_it_changes() {
    let report = report("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant", ClientScenario::Any);
    let commands = &report.symptoms.first().expect("the error is read").commands;
    let check = commands.iter().find(|c| c.purpose == Purpose::Verify).expect("a check step");
    assert!(check.command.contains("SmtpClientAuthenticationDisabled"), "{}", check.command);
    assert_reads_back_exactly(commands, "535 5.7.139 tenant");
}

#[test]
fn the_reports_check_steps_read_back_exactly_for_every_client() {
    for client in ClientScenario::ALL {
        for text in [EXAMPLE, ALICE_POP_OFF] {
            let report = report(text, client);
            assert_reads_back_exactly(&report.organization.commands, &format!("{client} organization"));
            for mailbox in report.mailboxes.iter() {
                assert_reads_back_exactly(&mailbox.commands(), &format!("{client} {}", mailbox.identity()));
            }
        }
    }
}

// ---- point 5: the organization's secure default is no fault ----

fn org_off_tenant(extra: &str) -> String {
    let mut text = String::from("SmtpClientAuthenticationDisabled : True\n\n");
    text.push_str("\"Identity\",\"PrimarySmtpAddress\",\"PopEnabled\",\"ImapEnabled\",\"SmtpClientAuthenticationDisabled\"\n");
    for i in 0..3000 {
        text.push_str(&format!("\"user{i}\",\"user{i}@contoso.com\",\"True\",\"True\",\n"));
    }
    text.push_str(extra);
    text
}

#[test]
fn smtp_auth_off_for_the_organization_offers_no_fix_for_mailboxes_nothing_needs() {
    let report = report(&org_off_tenant(""), ClientScenario::Any);
    assert_eq!(report.mailboxes.len(), 3000);
    assert!(report.organization.commands.is_empty(), "{}", texts(&report.organization.commands));
    for mailbox in report.mailboxes.iter() {
        assert!(mailbox.commands().is_empty(), "{}: {}", mailbox.identity(), texts(&mailbox.commands()));
        let smtp: Vec<_> = mailbox.settings_verdicts().iter().filter(|v| v.protocol == Protocol::Smtp).collect();
        assert!(!smtp.is_empty() && smtp.iter().all(|v| secure_default(v, mailbox.needs())), "{}", mailbox.identity());
    }
}

#[test]
fn only_the_mailboxes_that_need_smtp_auth_are_enabled() {
    let log = "\n\"UserPrincipalName\",\"ClientAppUsed\",\"CreatedDateTime\",\"AppDisplayName\",\"IPAddress\",\"ErrorCode\"\n\
\"user7@contoso.com\",\"Authenticated SMTP\",\"11/20/2026 9:02:10 AM\",\"x\",\"192.0.2.1\",\"535\"\n";
    let report = report(&org_off_tenant(log), ClientScenario::Any);
    let needing: Vec<&str> = report.mailboxes.iter().filter(|m| !m.commands().is_empty()).map(|m| m.identity()).collect();
    assert_eq!(needing, ["user7@contoso.com"]);
    let user7 = report.mailboxes.iter().find(|m| m.identity() == "user7@contoso.com").expect("user7");
    assert!(user7.settings_verdicts().iter().filter(|v| v.protocol == Protocol::Smtp).all(|v| !secure_default(v, user7.needs())), "a needed mailbox is blocked");
    let organization = texts(&report.organization.commands);
    assert!(organization.starts_with("Set-CASMailbox -Identity 'user7@contoso.com' -SmtpClientAuthenticationDisabled $false"), "{organization}");
    // The client the admin chose is a reason for every mailbox.
    let devices = report_for_devices();
    assert!(devices.mailboxes.iter().all(|m| texts(&m.commands()).contains("-SmtpClientAuthenticationDisabled $false")));
}

fn report_for_devices() -> Report {
    report(&org_off_tenant(""), ClientScenario::DeviceBasic)
}
