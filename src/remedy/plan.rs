//! Fixes → ordered, numbered commands for one mailbox (or the organization).
//!
//! Order: the narrowest preferred steps first (this mailbox's switches, a dedicated policy for
//! this user and the token refresh), then one read-only step that reads back everything the
//! fix changes, one command per cmdlet; the alternatives with a wider blast radius (the tenant
//! switch, changing a shared policy) come last, marked. The organization's fix for a tenant
//! switch that is off enables the mailboxes of the paste (or a placeholder to replace) before
//! the tenant switch. Source: rules.md 3.4 (SA3 preferred per mailbox, S7, S19; SA4 dedicated
//! policy, S8) and section 11 for the syntax.

use super::build;
use super::command::{BlastRadius, Command, Purpose};
use super::quote::{single_quoted, QuoteError};
use crate::model::{Environment, Evidence};
use crate::rules::{Fix, PolicySource, PolicySwitch, Protocol};

/// The dedicated policy offered before any shared policy is changed.
pub const DEDICATED_SMTP_POLICY: &str = "Allow Basic SMTP";

/// Stands for the mailbox in a fix command when the paste names none; replace it before running.
pub const MAILBOX_PLACEHOLDER: &str = "<mailbox of the device or app>";

/// The organization's fix names the paste's mailboxes up to this many, else the placeholder.
const NAMED_MAILBOXES_UP_TO: usize = 5;

struct Steps {
    commands: Vec<Command>,
}

impl Steps {
    fn push(&mut self, purpose: Purpose, blast_radius: BlastRadius, alternative: bool, command: String) {
        if self.commands.iter().any(|c| c.command == command) {
            return;
        }
        let step = u32::try_from(self.commands.len() + 1).unwrap_or(u32::MAX);
        self.commands.push(Command { step, purpose, blast_radius, alternative, command });
    }
}

/// What a mailbox's fix reads of the tenant besides the fixes: the environment and whether the
/// dedicated policy is already there. Kept with the report, so that a mailbox's commands are
/// built when they are asked for ([`mailbox_plan`]), without the evidence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tenant {
    online: bool,
    /// The pasted [`DEDICATED_SMTP_POLICY`]'s `AllowBasicAuthSmtp` (`Some(None)`: not readable);
    /// `None` when no policy of that name is pasted.
    dedicated_policy: Option<Option<bool>>,
}

impl Tenant {
    pub fn of(evidence: &Evidence) -> Self {
        Tenant {
            online: evidence.environment == Environment::ExchangeOnline,
            dedicated_policy: evidence.policy_named(DEDICATED_SMTP_POLICY).map(|p| p.allow_basic_auth_smtp.known().copied()),
        }
    }
}

/// Commands for the fixes of one subject. `identity` is the mailbox's best identity, `None`
/// for the organization view. Fails, producing no command at all, if any identity or policy
/// name cannot be quoted safely.
pub fn plan(identity: Option<&str>, fixes: &[Fix], evidence: &Evidence) -> Result<Vec<Command>, QuoteError> {
    let tenant = Tenant::of(evidence);
    match identity {
        Some(id) => mailbox_plan(id, fixes, &tenant),
        None => steps(None, fixes, &tenant, &organization_mailboxes(evidence)),
    }
}

/// [`plan`] for one mailbox: all it reads of the evidence is the [`Tenant`].
pub fn mailbox_plan(identity: &str, fixes: &[Fix], tenant: &Tenant) -> Result<Vec<Command>, QuoteError> {
    steps(Some(identity), fixes, tenant, &[])
}

/// `organization` is the mailboxes the organization's fix names (read only without `identity`).
fn steps(identity: Option<&str>, fixes: &[Fix], tenant: &Tenant, organization: &[&str]) -> Result<Vec<Command>, QuoteError> {
    let mut steps = Steps { commands: Vec::new() };
    preferred(&mut steps, identity, fixes, tenant, organization)?;
    if !steps.commands.is_empty() {
        verify(&mut steps, identity, fixes, organization, tenant.online)?;
    }
    alternatives(&mut steps, identity, fixes, tenant.online)?;
    Ok(steps.commands)
}

fn preferred(steps: &mut Steps, identity: Option<&str>, fixes: &[Fix], tenant: &Tenant, organization: &[&str]) -> Result<(), QuoteError> {
    if let Some(id) = identity {
        let protocols: Vec<Protocol> = fixes
            .iter()
            .filter_map(|fix| match fix {
                Fix::EnableProtocolForMailbox { protocol } => Some(*protocol),
                _ => None,
            })
            .fold(Vec::new(), |mut acc, p| {
                if !acc.contains(&p) {
                    acc.push(p);
                }
                acc
            });
        if !protocols.is_empty() {
            steps.push(Purpose::EnableProtocolForMailbox, BlastRadius::ThisMailbox, false, build::enable_protocols(id, &protocols)?);
        }
        if fixes.contains(&Fix::EnableSmtpAuthForMailbox) {
            steps.push(Purpose::EnableSmtpAuthForMailbox, BlastRadius::ThisMailbox, false, build::set_mailbox_smtp_auth_disabled(id, false)?);
        }
    } else if fixes.contains(&Fix::EnableSmtpAuthForOrganization) {
        for id in organization {
            steps.push(Purpose::EnableSmtpAuthForMailbox, BlastRadius::ThisMailbox, false, build::set_mailbox_smtp_auth_disabled(id, false)?);
        }
    }
    for fix in fixes {
        match (fix, identity) {
            (Fix::AllowBasicSmtpInPolicy { .. }, Some(id)) => dedicated_policy(steps, id, tenant)?,
            (Fix::AllowBasicSmtpInPolicy { policy, via }, None) => {
                steps.push(Purpose::AllowBasicSmtpInPolicy, policy_radius(*via), false, build::set_policy_switch(policy, PolicySwitch::AllowBasicAuthSmtp, true)?);
            }
            (Fix::UnblockOnPremPolicy { policy, via, switch }, _) => {
                steps.push(Purpose::UnblockPolicySwitch, policy_radius(*via), false, build::set_policy_switch(policy, *switch, false)?);
            }
            (Fix::GrantAppOnlyAccess { protocol }, Some(id)) => {
                steps.push(Purpose::CreateServicePrincipal, BlastRadius::App, false, build::new_service_principal());
                steps.push(Purpose::GrantMailboxPermission, BlastRadius::App, false, build::add_mailbox_permission(id)?);
                if *protocol == Protocol::Smtp {
                    steps.push(Purpose::GrantSendAs, BlastRadius::App, false, build::add_send_as(id)?);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// A policy of its own for this user, allowing only Basic SMTP, so nobody else is affected.
/// An already pasted policy of that name is reused.
fn dedicated_policy(steps: &mut Steps, identity: &str, tenant: &Tenant) -> Result<(), QuoteError> {
    match tenant.dedicated_policy {
        None => steps.push(
            Purpose::CreateDedicatedPolicy,
            BlastRadius::ThisUser,
            false,
            build::new_policy(DEDICATED_SMTP_POLICY, &[PolicySwitch::AllowBasicAuthSmtp])?,
        ),
        Some(Some(true)) => {}
        Some(_) => steps.push(
            Purpose::AllowBasicSmtpInDedicatedPolicy,
            BlastRadius::UsersOfPolicy,
            false,
            build::set_policy_switch(DEDICATED_SMTP_POLICY, PolicySwitch::AllowBasicAuthSmtp, true)?,
        ),
    }
    steps.push(Purpose::AssignDedicatedPolicy, BlastRadius::ThisUser, false, build::assign_policy(identity, DEDICATED_SMTP_POLICY)?);
    steps.push(Purpose::RefreshTokens, BlastRadius::ThisUser, false, build::refresh_tokens(identity)?);
    Ok(())
}

/// The mailboxes the organization's fix enables one by one: the paste's, when it has a few,
/// else the placeholder.
fn organization_mailboxes(evidence: &Evidence) -> Vec<&str> {
    let named: Vec<&str> = evidence.mailboxes.iter().filter_map(|m| m.identities.best()).take(NAMED_MAILBOXES_UP_TO + 1).collect();
    if named.is_empty() || named.len() > NAMED_MAILBOXES_UP_TO { vec![MAILBOX_PLACEHOLDER] } else { named }
}

fn alternatives(steps: &mut Steps, identity: Option<&str>, fixes: &[Fix], online: bool) -> Result<(), QuoteError> {
    if fixes.contains(&Fix::EnableSmtpAuthForOrganization) {
        steps.push(Purpose::EnableSmtpAuthForOrganization, BlastRadius::Organization, true, build::set_tenant_smtp_auth_disabled(false));
    }
    let Some(id) = identity else {
        return Ok(());
    };
    for fix in fixes {
        if let Fix::AllowBasicSmtpInPolicy { policy, via } = fix {
            steps.push(Purpose::AllowBasicSmtpInPolicy, policy_radius(*via), true, build::set_policy_switch(policy, PolicySwitch::AllowBasicAuthSmtp, true)?);
            if online {
                steps.push(Purpose::RefreshTokens, BlastRadius::ThisUser, true, build::refresh_tokens(id)?);
            }
        }
    }
    Ok(())
}

fn policy_radius(via: PolicySource) -> BlastRadius {
    match via {
        PolicySource::User => BlastRadius::UsersOfPolicy,
        PolicySource::OrganizationDefault => BlastRadius::UsersWithoutOwnPolicy,
    }
}

/// One read-only step that shows every setting the fix changes, one command per cmdlet, in
/// the shape the parser reads best; pasted back, it shows whether the fix took.
fn verify(steps: &mut Steps, identity: Option<&str>, fixes: &[Fix], organization: &[&str], online: bool) -> Result<(), QuoteError> {
    let mut reads: Vec<String> = Vec::new();
    let touches_mailbox = fixes.iter().any(|f| matches!(f, Fix::EnableProtocolForMailbox { .. } | Fix::EnableSmtpAuthForMailbox));
    let mailboxes = match identity {
        Some(id) if touches_mailbox => vec![id],
        Some(_) => Vec::new(),
        None if fixes.contains(&Fix::EnableSmtpAuthForOrganization) => organization.to_vec(),
        None => Vec::new(),
    };
    for id in mailboxes {
        reads.push(if online {
            format!(
                "Get-EXOCasMailbox -Identity {} -Properties SmtpClientAuthenticationDisabled | Format-List Identity,PrimarySmtpAddress,PopEnabled,ImapEnabled,SmtpClientAuthenticationDisabled",
                single_quoted(id)?
            )
        } else {
            format!("Get-CASMailbox -Identity {} | Format-List Identity,PrimarySmtpAddress,PopEnabled,ImapEnabled", single_quoted(id)?)
        });
    }
    if fixes.contains(&Fix::EnableSmtpAuthForOrganization) {
        reads.push("Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled,AllowLegacyTLSClients".to_string());
    }
    let policy_fix = fixes.iter().any(|f| matches!(f, Fix::AllowBasicSmtpInPolicy { .. } | Fix::UnblockOnPremPolicy { .. }));
    if policy_fix {
        if let Some(id) = identity {
            let properties = if online { "AuthenticationPolicy,StsRefreshTokensValidFrom" } else { "AuthenticationPolicy" };
            reads.push(format!("Get-User -Identity {} | Format-List {properties}", single_quoted(id)?));
        }
        let properties = if online {
            "Name,AllowBasicAuthSmtp"
        } else {
            "Name,BlockLegacyAuthPop,BlockLegacyAuthImap,BlockModernAuthPop,BlockModernAuthImap"
        };
        reads.push(format!("Get-AuthenticationPolicy | Format-List {properties}"));
    }
    if !reads.is_empty() {
        steps.push(Purpose::Verify, BlastRadius::None, false, reads.join("\n"));
    }
    Ok(())
}
