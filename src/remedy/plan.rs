//! Fixes → ordered, numbered commands for one mailbox (or the organization).
//!
//! Order: grouped by protocol (SMTP AUTH first), the narrowest preferred steps first (this
//! mailbox's switches, a dedicated policy for this user and the token refresh), then one
//! read-only step that reads back exactly what the steps and their alternatives change, from
//! the object each changes, one command per object; the alternatives with a wider blast radius
//! (the tenant switch, changing a shared policy) come last, marked. The organization's fix for
//! a tenant switch that is off enables the mailboxes of the paste that need SMTP AUTH (or a
//! placeholder to replace) before the tenant switch. Source: rules.md 3.4 (SA3 preferred per mailbox, S7, S19; SA4 dedicated
//! policy, S8) and section 11 for the syntax.

use super::build;
use super::command::{BlastRadius, Command, Purpose};
use super::quote::{single_quoted, QuoteError};
use crate::model::{Environment, Evidence};
use crate::rules::need::Needs;
use crate::rules::{Fix, PolicySource, PolicySwitch, Protocol};
use crate::parse::u32_of;

/// The dedicated policy offered before any shared policy is changed.
pub const DEDICATED_SMTP_POLICY: &str = "Allow Basic SMTP";

/// Stands for the mailbox in a fix command when the paste names none; replace it before running.
pub const MAILBOX_PLACEHOLDER: &str = "<mailbox of the device or app>";

/// The organization's fix names the paste's mailboxes up to this many, else the placeholder.
pub(super) const NAMED_MAILBOXES_UP_TO: usize = 5;

#[derive(Default)]
struct Steps {
    commands: Vec<Command>,
}

impl Steps {
    fn push(&mut self, purpose: Purpose, blast_radius: BlastRadius, alternative: bool, command: String, protocol: Option<Protocol>) {
        if self.commands.iter().any(|c| c.command == command) {
            return;
        }
        let step = u32_of(self.commands.len() + 1);
        self.commands.push(Command { step, purpose, blast_radius, alternative, command, protocol });
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
/// Only the fixes that turn on a protocol in `needs` are planned ([`crate::rules::need`]).
/// `needing`: the positions in the evidence's mailboxes of those that need SMTP AUTH, which the
/// organization's fix enables (read only without `identity`).
pub fn plan(identity: Option<&str>, fixes: &[Fix], evidence: &Evidence, needing: &[usize], needs: Needs) -> Result<Vec<Command>, QuoteError> {
    let tenant = Tenant::of(evidence);
    match identity {
        Some(id) => mailbox_plan(id, fixes, &tenant, needs),
        None => steps(None, fixes, &tenant, &organization_mailboxes(evidence, needing), needs),
    }
}

/// [`plan`] for one mailbox: all it reads of the evidence is the [`Tenant`].
pub fn mailbox_plan(identity: &str, fixes: &[Fix], tenant: &Tenant, needs: Needs) -> Result<Vec<Command>, QuoteError> {
    steps(Some(identity), fixes, tenant, &[], needs)
}

/// `organization` is the mailboxes the organization's fix names (read only without `identity`).
fn steps(identity: Option<&str>, fixes: &[Fix], tenant: &Tenant, organization: &[&str], needs: Needs) -> Result<Vec<Command>, QuoteError> {
    let mut steps = Steps::default();
    // Grouped by protocol, SMTP AUTH first.
    for protocol in Protocol::ALL.into_iter().filter(|p| needs.has(*p)) {
        preferred(&mut steps, identity, fixes, protocol, tenant, organization)?;
    }
    if !steps.commands.is_empty() {
        verify(&mut steps, identity, fixes, organization, tenant.online, needs)?;
    }
    // Every alternative turns on SMTP AUTH.
    if needs.has(Protocol::Smtp) {
        alternatives(&mut steps, identity, fixes, tenant.online)?;
    }
    Ok(steps.commands)
}

/// The preferred steps of those `fixes` that turn on `of`, in their order.
fn preferred(steps: &mut Steps, identity: Option<&str>, fixes: &[Fix], of: Protocol, tenant: &Tenant, organization: &[&str]) -> Result<(), QuoteError> {
    let smtp = Some(Protocol::Smtp);
    if of == Protocol::Smtp && identity.is_none() && fixes.contains(&Fix::EnableSmtpAuthForOrganization) {
        for id in organization {
            steps.push(Purpose::EnableSmtpAuthForMailbox, BlastRadius::ThisMailbox, false, build::set_mailbox_smtp_auth_disabled(id, false)?, smtp);
        }
    }
    for fix in fixes.iter().filter(|fix| fix.protocol() == of) {
        let protocol = Some(of);
        match (fix, identity) {
            (Fix::EnableProtocolForMailbox { protocol: p }, Some(id)) => {
                steps.push(Purpose::EnableProtocolForMailbox, BlastRadius::ThisMailbox, false, build::enable_protocols(id, &[*p])?, protocol);
            }
            (Fix::EnableSmtpAuthForMailbox, Some(id)) => {
                steps.push(Purpose::EnableSmtpAuthForMailbox, BlastRadius::ThisMailbox, false, build::set_mailbox_smtp_auth_disabled(id, false)?, smtp);
            }
            (Fix::AllowBasicSmtpInPolicy { .. }, Some(id)) => dedicated_policy(steps, id, tenant)?,
            (Fix::AllowBasicSmtpInPolicy { policy, via }, None) => {
                steps.push(Purpose::AllowBasicSmtpInPolicy, policy_radius(*via), false, build::set_policy_switch(policy, PolicySwitch::AllowBasicAuthSmtp, true)?, smtp);
            }
            (Fix::UnblockOnPremPolicy { policy, via, switch }, _) => {
                steps.push(Purpose::UnblockPolicySwitch, policy_radius(*via), false, build::set_policy_switch(policy, *switch, false)?, protocol);
            }
            (Fix::GrantAppOnlyAccess { protocol: p }, Some(id)) => {
                steps.push(Purpose::CreateServicePrincipal, BlastRadius::App, false, build::new_service_principal(), protocol);
                steps.push(Purpose::GrantMailboxPermission, BlastRadius::App, false, build::add_mailbox_permission(id)?, protocol);
                if *p == Protocol::Smtp {
                    steps.push(Purpose::GrantSendAs, BlastRadius::App, false, build::add_send_as(id)?, protocol);
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
    let smtp = Some(Protocol::Smtp);
    match tenant.dedicated_policy {
        None => steps.push(
            Purpose::CreateDedicatedPolicy,
            BlastRadius::ThisUser,
            false,
            build::new_policy(DEDICATED_SMTP_POLICY, &[PolicySwitch::AllowBasicAuthSmtp])?,
            smtp,
        ),
        Some(Some(true)) => {}
        Some(_) => steps.push(
            Purpose::AllowBasicSmtpInDedicatedPolicy,
            BlastRadius::UsersOfPolicy,
            false,
            build::set_policy_switch(DEDICATED_SMTP_POLICY, PolicySwitch::AllowBasicAuthSmtp, true)?,
            smtp,
        ),
    }
    steps.push(Purpose::AssignDedicatedPolicy, BlastRadius::ThisUser, false, build::assign_policy(identity, DEDICATED_SMTP_POLICY)?, smtp);
    steps.push(Purpose::RefreshTokens, BlastRadius::ThisUser, false, build::refresh_tokens(identity)?, smtp);
    Ok(())
}

/// The mailboxes the organization's fix enables one by one: the paste's that need SMTP AUTH
/// (`needing`: positions in the evidence's mailboxes, up to one more than are named), when
/// there are a few, else the placeholder.
fn organization_mailboxes<'a>(evidence: &'a Evidence, needing: &[usize]) -> Vec<&'a str> {
    let named: Vec<&str> = needing.iter().filter_map(|at| evidence.mailboxes.get(*at)?.identities.best()).take(NAMED_MAILBOXES_UP_TO + 1).collect();
    if named.is_empty() || named.len() > NAMED_MAILBOXES_UP_TO { vec![MAILBOX_PLACEHOLDER] } else { named }
}

fn alternatives(steps: &mut Steps, identity: Option<&str>, fixes: &[Fix], online: bool) -> Result<(), QuoteError> {
    let smtp = Some(Protocol::Smtp);
    if fixes.contains(&Fix::EnableSmtpAuthForOrganization) {
        steps.push(Purpose::EnableSmtpAuthForOrganization, BlastRadius::Organization, true, build::set_tenant_smtp_auth_disabled(false), smtp);
    }
    let Some(id) = identity else {
        return Ok(());
    };
    for fix in fixes {
        if let Fix::AllowBasicSmtpInPolicy { policy, via } = fix {
            steps.push(Purpose::AllowBasicSmtpInPolicy, policy_radius(*via), true, build::set_policy_switch(policy, PolicySwitch::AllowBasicAuthSmtp, true)?, smtp);
            if online {
                steps.push(Purpose::RefreshTokens, BlastRadius::ThisUser, true, build::refresh_tokens(id)?, smtp);
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

/// One read-only step that reads back exactly what the fix changes (its alternatives too),
/// from the object each changes, one command per object, in the shape the parser reads best;
/// pasted back, it shows whether the fix took.
fn verify(steps: &mut Steps, identity: Option<&str>, fixes: &[Fix], organization: &[&str], online: bool, needs: Needs) -> Result<(), QuoteError> {
    const SMTP_SWITCH: &str = "SmtpClientAuthenticationDisabled";
    let mut mailbox: Vec<&str> = Vec::new();
    let mut switches: Vec<&str> = Vec::new();
    let mut reads = String::new();
    // Each fix is listed once, and each property is changed by one fix only.
    let smtp = needs.has(Protocol::Smtp);
    for fix in fixes.iter().filter(|fix| needs.keeps(fix)) {
        match (fix, identity) {
            (Fix::EnableProtocolForMailbox { protocol: Protocol::Pop }, Some(_)) => mailbox.push("PopEnabled"),
            (Fix::EnableProtocolForMailbox { protocol: Protocol::Imap }, Some(_)) => mailbox.push("ImapEnabled"),
            (Fix::EnableSmtpAuthForMailbox, Some(_)) | (Fix::EnableSmtpAuthForOrganization, None) => mailbox.push(SMTP_SWITCH),
            (Fix::AllowBasicSmtpInPolicy { .. }, _) if !switches.contains(&"AllowBasicAuthSmtp") => switches.push(PolicySwitch::AllowBasicAuthSmtp.name()),
            (Fix::UnblockOnPremPolicy { switch, .. }, _) if !switches.contains(&switch.name()) => switches.push(switch.name()),
            _ => {}
        }
    }
    if !mailbox.is_empty() {
        let properties = mailbox.join(",");
        // The SMTP switch is in none of Get-EXOCasMailbox's property sets (rules.md §6).
        let (cmdlet, extra) = match (online, mailbox.contains(&SMTP_SWITCH)) {
            (true, true) => ("Get-EXOCasMailbox", " -Properties SmtpClientAuthenticationDisabled"),
            (true, false) => ("Get-EXOCasMailbox", ""),
            (false, _) => ("Get-CASMailbox", ""),
        };
        for id in if identity.is_some() { identity.as_slice() } else { organization } {
            read(&mut reads, &format!("{cmdlet} -Identity {}{extra} | Format-List Identity,PrimarySmtpAddress,{properties}", single_quoted(id)?));
        }
    }
    if smtp && fixes.contains(&Fix::EnableSmtpAuthForOrganization) {
        read(&mut reads, "Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled");
    }
    if let (Some(id), true) = (identity, smtp && fixes.iter().any(|f| matches!(f, Fix::AllowBasicSmtpInPolicy { .. }))) {
        read(&mut reads, &format!("Get-User -Identity {} | Format-List AuthenticationPolicy,StsRefreshTokensValidFrom", single_quoted(id)?));
    }
    if !switches.is_empty() {
        read(&mut reads, &format!("Get-AuthenticationPolicy | Format-List Name,{}", switches.join(",")));
    }
    let app = |p: Option<Protocol>| fixes.iter().any(|f| matches!(f, Fix::GrantAppOnlyAccess { protocol } if needs.has(*protocol) && p.is_none_or(|p| p == *protocol)));
    if let (Some(id), true) = (identity, app(None)) {
        for line in build::read_service_principal(id)? {
            read(&mut reads, &line);
        }
        if app(Some(Protocol::Smtp)) {
            read(&mut reads, &build::read_send_as(id)?);
        }
    }
    steps.push(Purpose::Verify, BlastRadius::None, false, reads, None);
    Ok(())
}

/// `line` after the `reads` before it, each on a line of its own.
fn read(reads: &mut String, line: &str) {
    if !reads.is_empty() {
        reads.push('\n');
    }
    reads.push_str(line);
}
