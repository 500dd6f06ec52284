//! What to run to get a missing input, and one copy-paste script that collects everything for
//! one mailbox or all mailboxes. Output is requested as `Format-List` with the exact
//! properties: the shape the parser reads best (no truncated table cells), and
//! `SmtpClientAuthenticationDisabled` named explicitly because `Get-EXOCasMailbox` shows it in no
//! property set (rules.md 2, 6, 11; S17).

use std::fmt::Write;

use super::quote::{single_quoted, QuoteError};
use crate::model::{CasCmdlet, Environment, Evidence};
use crate::parse::security_defaults::CMDLET;
use crate::rules::{MissingInput, PolicySwitch};

const TRANSPORT: &str = "Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled,AllowLegacyTLSClients";
const ORGANIZATION: &str = "Get-OrganizationConfig | Format-List Name,DefaultAuthenticationPolicy";
const POLICY_ONLINE: &str = "Format-List Name,AllowBasicAuthSmtp,AllowBasicAuthPop,AllowBasicAuthImap";
const POLICY_SERVER: &str = "Format-List Name,BlockLegacyAuthPop,BlockLegacyAuthImap,BlockModernAuthPop,BlockModernAuthImap";
const MAILBOX_PROPERTIES: &str = "Identity,PrimarySmtpAddress,DisplayName,PopEnabled,ImapEnabled,SmtpClientAuthenticationDisabled";
const USER_PROPERTIES: &str = "Identity,UserPrincipalName,DisplayName,AuthenticationPolicy,StsRefreshTokensValidFrom";

/// What the commands that ask for more depend on: the environment, the mailbox cmdlet the
/// paste shows (one per answer, never both), and whether security defaults were pasted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Asking {
    pub environment: Environment,
    pub cas: CasCmdlet,
    pub security_defaults_pasted: bool,
}

impl Asking {
    pub fn of(evidence: &Evidence) -> Self {
        Asking { environment: evidence.environment, cas: evidence.cas_cmdlet, security_defaults_pasted: evidence.security_defaults.is_some() }
    }
}

/// Nothing pasted but the environment: `Get-CASMailbox` on Exchange Server, the V3 module's
/// cmdlet otherwise.
impl From<Environment> for Asking {
    fn from(environment: Environment) -> Self {
        let cas = if environment == Environment::ExchangeServer { CasCmdlet::Classic } else { CasCmdlet::Exo };
        Asking { environment, cas, security_defaults_pasted: false }
    }
}

/// The command that fetches `input`. `mailbox`: the mailbox's identity for per-mailbox inputs;
/// without one, the command covers all mailboxes.
pub fn command_for(input: &MissingInput, mailbox: Option<&str>, asking: Asking) -> Result<String, QuoteError> {
    let which = which_mailboxes(mailbox)?;
    Ok(match input {
        // The form the issue and S7 give; the other properties come with the Minimum set.
        MissingInput::MailboxSmtpSetting | MissingInput::MailboxProtocolSwitch { .. } => {
            let (fetched, listed) = match input {
                MissingInput::MailboxSmtpSetting => ("SmtpClientAuthenticationDisabled", MAILBOX_PROPERTIES),
                _ => ("PopEnabled,ImapEnabled", "Identity,PrimarySmtpAddress,PopEnabled,ImapEnabled"),
            };
            match (mailbox, asking.cas) {
                (Some(_), CasCmdlet::Exo) => format!("Get-EXOCasMailbox {which} -Properties {fetched}"),
                _ => cas_list(asking.cas, &which, fetched, listed),
            }
        }
        MissingInput::TenantSmtpSetting | MissingInput::Environment => TRANSPORT.to_string(),
        MissingInput::UserPolicy => format!("Get-User {which} | Format-List {USER_PROPERTIES}"),
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

/// The mailboxes `which` picks, listed: `Get-EXOCasMailbox` fetches `fetched` beyond its
/// Minimum set only when named (S17), `Get-CASMailbox` fetches every property.
fn cas_list(cas: CasCmdlet, which: &str, fetched: &str, listed: &str) -> String {
    match cas {
        CasCmdlet::Exo => format!("Get-EXOCasMailbox {which} -Properties {fetched} | Format-List {listed}"),
        CasCmdlet::Classic => format!("Get-CASMailbox {which} | Format-List {listed}"),
    }
}

/// The parameter that picks the mailboxes a command reads: one by its identity, or all.
fn which_mailboxes(mailbox: Option<&str>) -> Result<String, QuoteError> {
    Ok(match mailbox {
        Some(id) => format!("-Identity {}", single_quoted(id)?),
        None => "-ResultSize Unlimited".to_string(),
    })
}

/// Which mailboxes the collect script covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollectTarget<'a> {
    Mailbox(&'a str),
    AllMailboxes,
}

/// One script that gathers every input the rules read. Exchange Online unless the paste
/// showed Exchange Server; security defaults (an Entra setting) only in Exchange Online, and
/// only when not pasted.
pub fn collect_script(target: CollectTarget, asking: Asking) -> Result<String, QuoteError> {
    let which = which_mailboxes(match target {
        CollectTarget::Mailbox(id) => Some(id),
        CollectTarget::AllMailboxes => None,
    })?;
    let mut script = String::new();
    let _ = if asking.environment == Environment::ExchangeServer {
        writeln!(
            script,
            "{ORGANIZATION}\nGet-AuthenticationPolicy | {POLICY_SERVER}\n\
             Get-CASMailbox {which} | Format-List Identity,PrimarySmtpAddress,DisplayName,PopEnabled,ImapEnabled\n\
             Get-User {which} | Format-List Identity,UserPrincipalName,DisplayName,AuthenticationPolicy"
        )
    } else {
        // Entra's security defaults (SA6) as Microsoft Graph PowerShell reads them: the documented
        // cmdlet (Microsoft.Graph.Identity.SignIns, permission Policy.Read.All;
        // https://learn.microsoft.com/powershell/module/microsoft.graph.identity.signins/get-mgpolicyidentitysecuritydefaultenforcementpolicy),
        // listed with the two properties the parser knows it by (corpus 006).
        let (line_break, security_defaults, listed) = if asking.security_defaults_pasted { ("", "", "") } else { ("\n", CMDLET, " | Format-List DisplayName,IsEnabled") };
        writeln!(
            script,
            "{TRANSPORT}\n{ORGANIZATION}\nGet-AuthenticationPolicy | {POLICY_ONLINE}\n{}\n\
             Get-User {which} | Format-List {USER_PROPERTIES}{line_break}{security_defaults}{listed}",
            cas_list(asking.cas, &which, "SmtpClientAuthenticationDisabled", MAILBOX_PROPERTIES)
        )
    };
    Ok(script)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mailbox_smtp_setting_is_fetched_with_properties() {
        assert_eq!(
            command_for(&MissingInput::MailboxSmtpSetting, Some("alice@contoso.com"), Environment::ExchangeOnline.into()).ok(),
            Some("Get-EXOCasMailbox -Identity 'alice@contoso.com' -Properties SmtpClientAuthenticationDisabled".to_string())
        );
    }

    #[test]
    fn the_script_quotes_the_mailbox_and_refuses_line_breaks() {
        let script = collect_script(CollectTarget::Mailbox("O'Brien"), Environment::ExchangeOnline.into()).unwrap_or_default();
        assert!(script.contains("Get-User -Identity 'O''Brien' | Format-List"));
        assert!(script.lines().all(|l| l.starts_with("Get-")));
        assert!(collect_script(CollectTarget::Mailbox("a\nb"), Environment::Unknown.into()).is_err());
    }
}
