//! What to run to get a missing input, and one copy-paste script that collects everything for
//! one mailbox or all mailboxes. Output is requested as `Format-List` with the exact
//! properties: the shape the parser reads best (no truncated table cells), and
//! `SmtpClientAuthenticationDisabled` named explicitly because `Get-EXOCasMailbox` shows it in no
//! property set (rules.md 2, 6, 11; S17).

use super::quote::{single_quoted, QuoteError};
use crate::model::Environment;
use crate::rules::{MissingInput, PolicySwitch};

const TRANSPORT: &str = "Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled,AllowLegacyTLSClients";
const ORGANIZATION: &str = "Get-OrganizationConfig | Format-List Name,DefaultAuthenticationPolicy";
const POLICY_ONLINE: &str = "Format-List Name,AllowBasicAuthSmtp,AllowBasicAuthPop,AllowBasicAuthImap";
const POLICY_SERVER: &str = "Format-List Name,BlockLegacyAuthPop,BlockLegacyAuthImap,BlockModernAuthPop,BlockModernAuthImap";
const MAILBOX_PROPERTIES: &str = "Identity,PrimarySmtpAddress,DisplayName,PopEnabled,ImapEnabled,SmtpClientAuthenticationDisabled";
const USER_PROPERTIES: &str = "Identity,UserPrincipalName,DisplayName,AuthenticationPolicy,StsRefreshTokensValidFrom";

/// The command that fetches `input`. `mailbox`: the mailbox's identity for per-mailbox inputs;
/// without one, the command covers all mailboxes.
pub fn command_for(input: &MissingInput, mailbox: Option<&str>, environment: Environment) -> Result<String, QuoteError> {
    let identity = mailbox.map(single_quoted).transpose()?;
    Ok(match input {
        // The form the issue and S7 give; the other properties come with the Minimum set.
        MissingInput::MailboxSmtpSetting => match identity {
            Some(id) => format!("Get-EXOCasMailbox -Identity {id} -Properties SmtpClientAuthenticationDisabled"),
            None => format!("Get-EXOCasMailbox -ResultSize Unlimited -Properties SmtpClientAuthenticationDisabled | Format-List {MAILBOX_PROPERTIES}"),
        },
        MissingInput::MailboxProtocolSwitch { .. } => match (identity, environment) {
            (Some(id), Environment::ExchangeOnline) => format!("Get-EXOCasMailbox -Identity {id} -Properties PopEnabled,ImapEnabled"),
            (Some(id), _) => format!("Get-CASMailbox -Identity {id} | Format-List Identity,PrimarySmtpAddress,PopEnabled,ImapEnabled"),
            (None, _) => "Get-CASMailbox -ResultSize Unlimited | Format-List Identity,PrimarySmtpAddress,PopEnabled,ImapEnabled".to_string(),
        },
        MissingInput::TenantSmtpSetting | MissingInput::Environment => TRANSPORT.to_string(),
        MissingInput::UserPolicy => match identity {
            Some(id) => format!("Get-User -Identity {id} | Format-List {USER_PROPERTIES}"),
            None => format!("Get-User -ResultSize Unlimited | Format-List {USER_PROPERTIES}"),
        },
        MissingInput::OrganizationDefaultPolicy => ORGANIZATION.to_string(),
        MissingInput::PolicySwitch { policy, switch } => {
            let properties = match switch {
                PolicySwitch::AllowBasicAuthSmtp | PolicySwitch::AllowBasicAuthPop | PolicySwitch::AllowBasicAuthImap => POLICY_ONLINE,
                _ => POLICY_SERVER,
            };
            format!("Get-AuthenticationPolicy -Identity {} | {properties}", single_quoted(policy)?)
        }
    })
}

/// Which mailboxes the collect script covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollectTarget<'a> {
    Mailbox(&'a str),
    AllMailboxes,
}

/// One script that gathers every input the rules read. Exchange Online unless the paste
/// showed Exchange Server.
pub fn collect_script(target: CollectTarget, environment: Environment) -> Result<String, QuoteError> {
    let server = environment == Environment::ExchangeServer;
    let mut lines: Vec<String> = Vec::new();
    if !server {
        lines.push(TRANSPORT.to_string());
    }
    lines.push(ORGANIZATION.to_string());
    lines.push(format!("Get-AuthenticationPolicy | {}", if server { POLICY_SERVER } else { POLICY_ONLINE }));
    match (target, server) {
        (CollectTarget::Mailbox(id), false) => {
            let id = single_quoted(id)?;
            lines.push(format!("Get-EXOCasMailbox -Identity {id} -Properties SmtpClientAuthenticationDisabled | Format-List {MAILBOX_PROPERTIES}"));
            lines.push(format!("Get-User -Identity {id} | Format-List {USER_PROPERTIES}"));
        }
        (CollectTarget::Mailbox(id), true) => {
            let id = single_quoted(id)?;
            lines.push(format!("Get-CASMailbox -Identity {id} | Format-List Identity,PrimarySmtpAddress,DisplayName,PopEnabled,ImapEnabled"));
            lines.push(format!("Get-User -Identity {id} | Format-List Identity,UserPrincipalName,DisplayName,AuthenticationPolicy"));
        }
        (CollectTarget::AllMailboxes, false) => {
            lines.push(format!("Get-EXOCasMailbox -ResultSize Unlimited -Properties SmtpClientAuthenticationDisabled | Format-List {MAILBOX_PROPERTIES}"));
            lines.push(format!("Get-User -ResultSize Unlimited | Format-List {USER_PROPERTIES}"));
        }
        (CollectTarget::AllMailboxes, true) => {
            lines.push("Get-CASMailbox -ResultSize Unlimited | Format-List Identity,PrimarySmtpAddress,DisplayName,PopEnabled,ImapEnabled".to_string());
            lines.push("Get-User -ResultSize Unlimited | Format-List Identity,UserPrincipalName,DisplayName,AuthenticationPolicy".to_string());
        }
    }
    let mut script = lines.join("\n");
    script.push('\n');
    Ok(script)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mailbox_smtp_setting_is_fetched_with_properties() {
        assert_eq!(
            command_for(&MissingInput::MailboxSmtpSetting, Some("alice@contoso.com"), Environment::ExchangeOnline).ok(),
            Some("Get-EXOCasMailbox -Identity 'alice@contoso.com' -Properties SmtpClientAuthenticationDisabled".to_string())
        );
    }

    #[test]
    fn the_script_quotes_the_mailbox_and_refuses_line_breaks() {
        let script = collect_script(CollectTarget::Mailbox("O'Brien"), Environment::ExchangeOnline).unwrap_or_default();
        assert!(script.contains("Get-User -Identity 'O''Brien' | Format-List"));
        assert!(script.lines().all(|l| l.starts_with("Get-")));
        assert!(collect_script(CollectTarget::Mailbox("a\nb"), Environment::Unknown).is_err());
    }
}
