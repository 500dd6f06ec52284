//! The exact text of each command (rules.md section 11). Every identity and name goes through
//! [`single_quoted`]; switch parameters are turned off only as `-Switch:$false` (a bare
//! `$false` after a switch becomes a positional argument).

use super::placeholder;
use super::quote::{single_quoted, QuoteError};
use crate::rules::{PolicySwitch, Protocol};

/// `-AllowBasicAuthSmtp` or `-AllowBasicAuthSmtp:$false`.
pub fn switch_parameter(switch: PolicySwitch, on: bool) -> String {
    format!("-{}{}", switch.name(), if on { "" } else { ":$false" })
}

fn bool_literal(value: bool) -> &'static str {
    if value { "$true" } else { "$false" }
}

pub fn protocol_enabled_parameter(protocol: Protocol) -> Option<&'static str> {
    match protocol {
        Protocol::Pop => Some("-PopEnabled"),
        Protocol::Imap => Some("-ImapEnabled"),
        Protocol::Smtp => None,
    }
}

/// `Set-CASMailbox -Identity 'x' -PopEnabled $true -ImapEnabled $true`.
pub fn enable_protocols(identity: &str, protocols: &[Protocol]) -> Result<String, QuoteError> {
    let mut command = format!("Set-CASMailbox -Identity {}", single_quoted(identity)?);
    for parameter in protocols.iter().filter_map(|p| protocol_enabled_parameter(*p)) {
        command.push(' ');
        command.push_str(parameter);
        command.push_str(" $true");
    }
    Ok(command)
}

pub fn set_mailbox_smtp_auth_disabled(identity: &str, disabled: bool) -> Result<String, QuoteError> {
    Ok(format!("Set-CASMailbox -Identity {} -SmtpClientAuthenticationDisabled {}", single_quoted(identity)?, bool_literal(disabled)))
}

pub fn set_tenant_smtp_auth_disabled(disabled: bool) -> String {
    format!("Set-TransportConfig -SmtpClientAuthenticationDisabled {}", bool_literal(disabled))
}

pub fn set_policy_switch(policy: &str, switch: PolicySwitch, on: bool) -> Result<String, QuoteError> {
    Ok(format!("Set-AuthenticationPolicy -Identity {} {}", single_quoted(policy)?, switch_parameter(switch, on)))
}

/// A new Exchange Online policy blocks Basic for every protocol it does not list (S9).
pub fn new_policy(name: &str, allowed: &[PolicySwitch]) -> Result<String, QuoteError> {
    let mut command = format!("New-AuthenticationPolicy -Name {}", single_quoted(name)?);
    for switch in allowed {
        command.push(' ');
        command.push_str(&switch_parameter(*switch, true));
    }
    Ok(command)
}

pub fn assign_policy(identity: &str, policy: &str) -> Result<String, QuoteError> {
    Ok(format!("Set-User -Identity {} -AuthenticationPolicy {}", single_quoted(identity)?, single_quoted(policy)?))
}

pub fn refresh_tokens(identity: &str) -> Result<String, QuoteError> {
    Ok(format!("Set-User -Identity {} -STSRefreshTokensValidFrom $([System.DateTime]::UtcNow)", single_quoted(identity)?))
}

/// The ids are placeholders the admin fills in; the object id is the Enterprise application's,
/// not the app registration's (S22; migration.md §2.3).
pub fn new_service_principal() -> String {
    format!("New-ServicePrincipal -AppId '{}' -ObjectId '{}'", placeholder::APPLICATION_ID, placeholder::ENTERPRISE_OBJECT_ID)
}

/// The service principal as `Get-ServicePrincipal` returns it (migration.md §2.4).
fn service_principal() -> String {
    format!("(Get-ServicePrincipal -Identity '{}').Identity", placeholder::ENTERPRISE_APP_NAME)
}

pub fn add_mailbox_permission(identity: &str) -> Result<String, QuoteError> {
    Ok(format!("Add-MailboxPermission -Identity {} -User {} -AccessRights FullAccess", single_quoted(identity)?, service_principal()))
}

pub fn add_send_as(identity: &str) -> Result<String, QuoteError> {
    Ok(format!("Add-RecipientPermission -Identity {} -AccessRights SendAs -Trustee {}", single_quoted(identity)?, service_principal()))
}

/// Reads back the service principal and its access to the mailbox (migration.md §2.7).
pub fn read_service_principal(identity: &str) -> Result<[String; 2], QuoteError> {
    Ok([
        format!("Get-ServicePrincipal | Where-Object AppId -eq '{}'", placeholder::APPLICATION_ID),
        format!("Get-MailboxPermission -Identity {} -User {}", single_quoted(identity)?, service_principal()),
    ])
}

/// Reads back the Send As right the service principal was given on the mailbox.
pub fn read_send_as(identity: &str) -> Result<String, QuoteError> {
    Ok(format!("Get-RecipientPermission -Identity {} -Trustee {}", single_quoted(identity)?, service_principal()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switches_are_turned_off_only_with_a_colon() {
        assert_eq!(switch_parameter(PolicySwitch::AllowBasicAuthSmtp, true), "-AllowBasicAuthSmtp");
        assert_eq!(switch_parameter(PolicySwitch::BlockLegacyAuthImap, false), "-BlockLegacyAuthImap:$false");
        assert_eq!(
            set_policy_switch("Block Basic Auth", PolicySwitch::AllowBasicAuthSmtp, false).ok(),
            Some("Set-AuthenticationPolicy -Identity 'Block Basic Auth' -AllowBasicAuthSmtp:$false".to_string())
        );
    }

    #[test]
    fn forms_match_the_specification() {
        assert_eq!(
            enable_protocols("user@contoso.com", &[Protocol::Pop, Protocol::Imap]).ok(),
            Some("Set-CASMailbox -Identity 'user@contoso.com' -PopEnabled $true -ImapEnabled $true".to_string())
        );
        assert_eq!(
            new_policy("Allow Basic SMTP", &[PolicySwitch::AllowBasicAuthSmtp]).ok(),
            Some("New-AuthenticationPolicy -Name 'Allow Basic SMTP' -AllowBasicAuthSmtp".to_string())
        );
        assert_eq!(
            refresh_tokens("user@contoso.com").ok(),
            Some("Set-User -Identity 'user@contoso.com' -STSRefreshTokensValidFrom $([System.DateTime]::UtcNow)".to_string())
        );
        assert_eq!(set_tenant_smtp_auth_disabled(false), "Set-TransportConfig -SmtpClientAuthenticationDisabled $false");
    }
}
