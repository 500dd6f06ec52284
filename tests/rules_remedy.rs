//! Remedies: ordered steps with real identities and policy names, the narrowest fix first, the
//! token refresh after policy changes, verify commands, and no command for unsafe values.

#[path = "fixtures/rules/support.rs"]
mod support;

use exo_auth_analyzer::parse::ObjectKind;
use exo_auth_analyzer::remedy::{BlastRadius, Command, Purpose};
use exo_auth_analyzer::rules::{ClientScenario, Context};
use exo_auth_analyzer::wording::{self, Lang};
use support::*;

fn lines(commands: &[Command]) -> Vec<String> {
    commands.iter().map(|c| format!("{}{} {}", c.step, if c.alternative { "*" } else { "" }, c.command)).collect()
}

#[test]
fn tenant_off_and_default_policy_blocking_gives_the_narrowest_steps_first() {
    let records = vec![
        tenant(V::T, 1),
        alice_cas(V::T, V::T, Some(V::Blank), 3),
        alice_user(V::Blank, 10),
        org_default(V::Text("Block Basic Auth"), 15),
        online_policy("Block Basic Auth", V::F, 20),
    ];
    let report = evaluate(records, &scenario(ClientScenario::DeviceBasic));
    let mailbox = &report.mailboxes.get(0).expect("a mailbox").report();
    assert_eq!(
        lines(&mailbox.commands),
        [
            "1 Set-CASMailbox -Identity 'alice@contoso.com' -SmtpClientAuthenticationDisabled $false",
            "2 New-AuthenticationPolicy -Name 'Allow Basic SMTP' -AllowBasicAuthSmtp",
            "3 Set-User -Identity 'alice@contoso.com' -AuthenticationPolicy 'Allow Basic SMTP'",
            "4 Set-User -Identity 'alice@contoso.com' -STSRefreshTokensValidFrom $([System.DateTime]::UtcNow)",
            "5 Get-EXOCasMailbox -Identity 'alice@contoso.com' -Properties SmtpClientAuthenticationDisabled | Format-List Identity,PrimarySmtpAddress,SmtpClientAuthenticationDisabled\n\
             Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled\n\
             Get-User -Identity 'alice@contoso.com' | Format-List AuthenticationPolicy,StsRefreshTokensValidFrom\n\
             Get-AuthenticationPolicy | Format-List Name,AllowBasicAuthSmtp",
            "6* Set-TransportConfig -SmtpClientAuthenticationDisabled $false",
            "7* Set-AuthenticationPolicy -Identity 'Block Basic Auth' -AllowBasicAuthSmtp",
        ]
    );
    assert_eq!(mailbox.commands.iter().filter(|c| c.purpose == Purpose::Verify).count(), 1, "one step reads everything back");
    let radius: Vec<BlastRadius> = mailbox.commands.iter().map(|c| c.blast_radius).collect();
    assert_eq!(radius[0], BlastRadius::ThisMailbox);
    assert_eq!(radius[5], BlastRadius::Organization);
    assert_eq!(radius[6], BlastRadius::UsersWithoutOwnPolicy);
    assert_eq!(mailbox.commands[3].purpose, Purpose::RefreshTokens);
    let basic = verdict(&report, Some("alice@contoso.com"), exo_auth_analyzer::rules::Protocol::Smtp, exo_auth_analyzer::rules::AuthMethod::Basic);
    let layers: Vec<&str> = basic.also_blocked_by.iter().map(|l| l.rule).collect();
    assert_eq!(layers, ["SA4"], "the policy block is told before the tenant fix is applied");
}

#[test]
fn an_existing_dedicated_policy_is_reused() {
    let records = vec![
        tenant(V::F, 1),
        alice_cas(V::T, V::T, Some(V::Blank), 3),
        alice_user(V::Text("Strict"), 10),
        online_policy("Strict", V::F, 20),
        online_policy("Allow Basic SMTP", V::T, 30),
    ];
    let report = evaluate(records, &scenario(ClientScenario::DeviceBasic));
    let commands = lines(&report.mailboxes.get(0).expect("a mailbox").report().commands);
    assert_eq!(commands[0], "1 Set-User -Identity 'alice@contoso.com' -AuthenticationPolicy 'Allow Basic SMTP'");
    assert!(commands.iter().any(|c| c.ends_with("Set-AuthenticationPolicy -Identity 'Strict' -AllowBasicAuthSmtp")));
    let mailbox = report.mailboxes.get(0).expect("a mailbox").report();
    let shared = mailbox.commands.iter().find(|c| c.command.contains("'Strict'")).expect("the shared policy");
    assert_eq!((shared.blast_radius, shared.alternative), (BlastRadius::UsersOfPolicy, true));
}

#[test]
fn disabled_protocols_are_enabled_one_command_per_protocol_for_oauth() {
    let report = evaluate(vec![tenant(V::F, 9), alice_cas(V::F, V::F, Some(V::Blank), 1)], &scenario(ClientScenario::OauthApp));
    let commands = lines(&report.mailboxes.get(0).expect("a mailbox").report().commands);
    assert_eq!(commands[..2], ["1 Set-CASMailbox -Identity 'alice@contoso.com' -PopEnabled $true", "2 Set-CASMailbox -Identity 'alice@contoso.com' -ImapEnabled $true"]);
}

#[test]
fn on_premises_policies_are_unblocked_with_the_colon_form() {
    let records = vec![
        record(ObjectKind::CasMailbox, &[("PrimarySmtpAddress", V::Text("alice@contoso.com"), 1), ("PopEnabled", V::T, 2), ("ImapEnabled", V::T, 3)]),
        alice_user(V::Blank, 10),
        org_default(V::Text("Block Legacy"), 15),
        server_policy("Block Legacy", V::F, V::T, V::F, V::F, 20),
    ];
    let report = evaluate(records, &scenario(ClientScenario::OutlookPopImap));
    let commands = lines(&report.mailboxes.get(0).expect("a mailbox").report().commands);
    assert_eq!(commands[0], "1 Set-AuthenticationPolicy -Identity 'Block Legacy' -BlockLegacyAuthImap:$false");
    assert_eq!(report.mailboxes.get(0).expect("a mailbox").report().commands[0].blast_radius, BlastRadius::UsersWithoutOwnPolicy);
    assert!(commands.iter().all(|c| !c.contains("STSRefreshTokensValidFrom")), "Exchange Online only");
}

#[test]
fn app_only_access_uses_placeholders_and_the_real_mailbox() {
    let report = evaluate(vec![tenant(V::F, 9), alice_cas(V::T, V::T, Some(V::Blank), 1)], &scenario(ClientScenario::AppOnlyOauth));
    let commands = lines(&report.mailboxes.get(0).expect("a mailbox").report().commands);
    assert_eq!(
        commands[..3],
        [
            "1 New-ServicePrincipal -AppId '<Application (client) ID>' -ObjectId '<Object ID of the Enterprise application>'",
            "2 Add-MailboxPermission -Identity 'alice@contoso.com' -User (Get-ServicePrincipal -Identity '<display name of the Enterprise application>').Identity -AccessRights FullAccess",
            "3 Add-RecipientPermission -Identity 'alice@contoso.com' -AccessRights SendAs -Trustee (Get-ServicePrincipal -Identity '<display name of the Enterprise application>').Identity",
        ]
    );
}

#[test]
fn identities_are_quoted_and_control_characters_refused() {
    let cas = |name: &str| record(ObjectKind::CasMailbox, &[("PrimarySmtpAddress", V::Text(name), 1), ("PopEnabled", V::T, 2), ("ImapEnabled", V::T, 3), ("SmtpClientAuthenticationDisabled", V::T, 4)]);
    let report = evaluate(vec![tenant(V::F, 9), cas("o’brien@contoso.com")], &scenario(ClientScenario::DeviceBasic));
    assert_eq!(report.mailboxes.get(0).expect("a mailbox").report().commands[0].command, "Set-CASMailbox -Identity 'o’’brien@contoso.com' -SmtpClientAuthenticationDisabled $false");
    let report = evaluate(vec![tenant(V::F, 9), cas("evil\u{7}@contoso.com")], &scenario(ClientScenario::DeviceBasic));
    assert!(report.mailboxes.get(0).expect("a mailbox").report().commands.is_empty());
    assert_eq!(report.refused[0].character, "U+0007");
}

#[test]
fn the_organization_view_enables_mailboxes_before_the_tenant_switch() {
    // Microsoft recommends keeping the tenant switch off and enabling the mailboxes that need
    // it (rules.md SA3): without a mailbox in the paste, a placeholder to replace. A device
    // that sends is the reason to enable one.
    let report = evaluate(vec![tenant(V::T, 1)], &scenario(ClientScenario::DeviceBasic));
    assert_eq!(
        lines(&report.organization.commands),
        [
            "1 Set-CASMailbox -Identity '<mailbox of the device or app>' -SmtpClientAuthenticationDisabled $false",
            "2 Get-EXOCasMailbox -Identity '<mailbox of the device or app>' -Properties SmtpClientAuthenticationDisabled | Format-List Identity,PrimarySmtpAddress,SmtpClientAuthenticationDisabled\n\
             Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled",
            "3* Set-TransportConfig -SmtpClientAuthenticationDisabled $false",
        ]
    );
    let named = evaluate(vec![tenant(V::T, 1), alice_cas(V::T, V::T, Some(V::Blank), 3)], &scenario(ClientScenario::DeviceBasic));
    assert_eq!(named.organization.commands[0].command, "Set-CASMailbox -Identity 'alice@contoso.com' -SmtpClientAuthenticationDisabled $false");
}

#[test]
fn a_mailbox_asked_for_but_not_pasted_gets_its_collect_commands() {
    let report = evaluate(vec![tenant(V::F, 1)], &Context { mailbox: Some("bob@contoso.com".into()), ..today() });
    assert_eq!(report.mailboxes.get(0).expect("a mailbox").report().identity, "bob@contoso.com");
    let commands: Vec<&str> = report.missing.iter().map(|m| m.command.as_str()).collect();
    assert!(commands.contains(&"Get-EXOCasMailbox -Identity 'bob@contoso.com' -Properties SmtpClientAuthenticationDisabled"), "{commands:#?}");
    let script = report.collect_script.as_deref().unwrap_or_default();
    assert!(script.contains("Get-User -Identity 'bob@contoso.com' | Format-List"), "{script}");
}

#[test]
fn a_refusal_without_a_mailbox_names_the_organization() {
    // No mailbox in the paste: the policy name is refused in the organization's commands, once
    // in the command that fetches the unpasted policy, once in the command that changes it.
    let unpasted = vec![tenant(V::F, 1), org_default(V::Text("Block\nBasic"), 15)];
    let pasted = vec![tenant(V::T, 1), org_default(V::Text("Block\nBasic"), 15), online_policy("Block\nBasic", V::F, 20)];
    for records in [unpasted, pasted] {
        let report = evaluate(records, &scenario(ClientScenario::DeviceBasic));
        assert!(!report.refused.is_empty());
        for refusal in &report.refused {
            let english = wording::refusal(Lang::En, refusal);
            let german = wording::refusal(Lang::De, refusal);
            assert_eq!(english, "No command was generated for the organization: its value contains the control character U+000A.");
            assert_eq!(german, "Für die Organisation wurde kein Befehl erzeugt: Der Wert enthält das Steuerzeichen U+000A.");
            let object = serde_json::to_value(refusal).ok().and_then(|json| json["object"].as_str().map(str::to_string));
            assert_eq!(object.as_deref(), Some("organization"), "the JSON names the organization as before");
        }
    }
}
