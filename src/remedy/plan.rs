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
use crate::rules::{Fix, PolicySource, PolicySwitch, Protocol};

/// The dedicated policy offered before any shared policy is changed.
pub const DEDICATED_SMTP_POLICY: &str = "Allow Basic SMTP";

/// Stands for the mailbox in a fix command when the paste names none; replace it before running.
pub const MAILBOX_PLACEHOLDER: &str = "<mailbox of the device or app>";

/// The organization's fix names the paste's mailboxes up to this many, else the placeholder.
const NAMED_MAILBOXES_UP_TO: usize = 5;

/// What a step changes, for the check step to read back.
#[derive(Clone, PartialEq, Eq)]
enum Change {
    /// A CAS mailbox property of the mailbox named.
    Mailbox(String, &'static str),
    /// A `Get-TransportConfig` property.
    Organization(&'static str),
    /// An authentication policy switch.
    Policy(&'static str),
    /// A `Get-User` property of the user named.
    User(String, &'static str),
    /// The app's service principal and its access to the mailbox named (and Send As).
    App(String, bool),
}

#[derive(Default)]
struct Steps {
    commands: Vec<Command>,
    changes: Vec<Change>,
}

impl Steps {
    fn push(&mut self, purpose: Purpose, blast_radius: BlastRadius, alternative: bool, command: String, protocol: Option<Protocol>) {
        if self.commands.iter().any(|c| c.command == command) {
            return;
        }
        let step = u32::try_from(self.commands.len() + 1).unwrap_or(u32::MAX);
        self.commands.push(Command { step, purpose, blast_radius, alternative, command, protocol });
    }

    /// A step that changes `change`, over `protocol`.
    fn change(&mut self, purpose: Purpose, blast_radius: BlastRadius, alternative: bool, command: String, protocol: Protocol, change: Change) {
        self.push(purpose, blast_radius, alternative, command, Some(protocol));
        if !self.changes.contains(&change) {
            self.changes.push(change);
        }
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
/// `needing`: the positions in the evidence's mailboxes of those that need SMTP AUTH, which the
/// organization's fix enables (read only without `identity`).
pub fn plan(identity: Option<&str>, fixes: &[Fix], evidence: &Evidence, needing: &[usize]) -> Result<Vec<Command>, QuoteError> {
    let tenant = Tenant::of(evidence);
    match identity {
        Some(id) => mailbox_plan(id, fixes, &tenant),
        None => steps(None, fixes, &tenant, &organization_mailboxes(evidence, needing)),
    }
}

/// [`plan`] for one mailbox: all it reads of the evidence is the [`Tenant`].
pub fn mailbox_plan(identity: &str, fixes: &[Fix], tenant: &Tenant) -> Result<Vec<Command>, QuoteError> {
    steps(Some(identity), fixes, tenant, &[])
}

/// `organization` is the mailboxes the organization's fix names (read only without `identity`).
fn steps(identity: Option<&str>, fixes: &[Fix], tenant: &Tenant, organization: &[&str]) -> Result<Vec<Command>, QuoteError> {
    let mut steps = Steps::default();
    // Grouped by protocol, SMTP AUTH first.
    for protocol in Protocol::ALL {
        let of_protocol: Vec<Fix> = fixes.iter().filter(|fix| fix.protocol() == protocol).cloned().collect();
        preferred(&mut steps, identity, &of_protocol, tenant, organization)?;
    }
    let mut wider = Steps::default();
    alternatives(&mut wider, identity, fixes, tenant.online)?;
    if !steps.commands.is_empty() {
        let changes: Vec<Change> = steps.changes.iter().chain(&wider.changes).cloned().collect();
        steps.push(Purpose::Verify, BlastRadius::None, false, verify(&changes, tenant.online)?, None);
    }
    for command in wider.commands {
        steps.push(command.purpose, command.blast_radius, true, command.command, command.protocol);
    }
    for (step, command) in steps.commands.iter_mut().enumerate() {
        command.step = u32::try_from(step + 1).unwrap_or(u32::MAX);
    }
    Ok(steps.commands)
}

/// The preferred steps of `fixes`, all of one protocol.
fn preferred(steps: &mut Steps, identity: Option<&str>, fixes: &[Fix], tenant: &Tenant, organization: &[&str]) -> Result<(), QuoteError> {
    const SMTP_SWITCH: &str = "SmtpClientAuthenticationDisabled";
    if identity.is_none() && fixes.contains(&Fix::EnableSmtpAuthForOrganization) {
        for id in organization {
            let change = Change::Mailbox(id.to_string(), SMTP_SWITCH);
            steps.change(Purpose::EnableSmtpAuthForMailbox, BlastRadius::ThisMailbox, false, build::set_mailbox_smtp_auth_disabled(id, false)?, Protocol::Smtp, change);
        }
    }
    for fix in fixes {
        match (fix, identity) {
            (Fix::EnableProtocolForMailbox { protocol }, Some(id)) => {
                let property = if *protocol == Protocol::Pop { "PopEnabled" } else { "ImapEnabled" };
                let change = Change::Mailbox(id.to_string(), property);
                steps.change(Purpose::EnableProtocolForMailbox, BlastRadius::ThisMailbox, false, build::enable_protocols(id, &[*protocol])?, *protocol, change);
            }
            (Fix::EnableSmtpAuthForMailbox, Some(id)) => {
                let change = Change::Mailbox(id.to_string(), SMTP_SWITCH);
                steps.change(Purpose::EnableSmtpAuthForMailbox, BlastRadius::ThisMailbox, false, build::set_mailbox_smtp_auth_disabled(id, false)?, Protocol::Smtp, change);
            }
            (Fix::AllowBasicSmtpInPolicy { .. }, Some(id)) => dedicated_policy(steps, id, tenant)?,
            (Fix::AllowBasicSmtpInPolicy { policy, via }, None) => {
                let command = build::set_policy_switch(policy, PolicySwitch::AllowBasicAuthSmtp, true)?;
                steps.change(Purpose::AllowBasicSmtpInPolicy, policy_radius(*via), false, command, Protocol::Smtp, Change::Policy(PolicySwitch::AllowBasicAuthSmtp.name()));
            }
            (Fix::UnblockOnPremPolicy { policy, via, switch }, _) => {
                let command = build::set_policy_switch(policy, *switch, false)?;
                steps.change(Purpose::UnblockPolicySwitch, policy_radius(*via), false, command, fix.protocol(), Change::Policy(switch.name()));
            }
            (Fix::GrantAppOnlyAccess { protocol }, Some(id)) => {
                let send_as = *protocol == Protocol::Smtp;
                let change = Change::App(id.to_string(), send_as);
                steps.change(Purpose::CreateServicePrincipal, BlastRadius::App, false, build::new_service_principal(), *protocol, change.clone());
                steps.change(Purpose::GrantMailboxPermission, BlastRadius::App, false, build::add_mailbox_permission(id)?, *protocol, change.clone());
                if send_as {
                    steps.change(Purpose::GrantSendAs, BlastRadius::App, false, build::add_send_as(id)?, *protocol, change);
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
    let smtp = Protocol::Smtp;
    let switch = Change::Policy(PolicySwitch::AllowBasicAuthSmtp.name());
    match tenant.dedicated_policy {
        None => {
            let command = build::new_policy(DEDICATED_SMTP_POLICY, &[PolicySwitch::AllowBasicAuthSmtp])?;
            steps.change(Purpose::CreateDedicatedPolicy, BlastRadius::ThisUser, false, command, smtp, switch);
        }
        Some(Some(true)) => {}
        Some(_) => {
            let command = build::set_policy_switch(DEDICATED_SMTP_POLICY, PolicySwitch::AllowBasicAuthSmtp, true)?;
            steps.change(Purpose::AllowBasicSmtpInDedicatedPolicy, BlastRadius::UsersOfPolicy, false, command, smtp, switch);
        }
    }
    let user = |property| Change::User(identity.to_string(), property);
    steps.change(Purpose::AssignDedicatedPolicy, BlastRadius::ThisUser, false, build::assign_policy(identity, DEDICATED_SMTP_POLICY)?, smtp, user("AuthenticationPolicy"));
    refresh_tokens(steps, identity, false)
}

/// `Set-User -STSRefreshTokensValidFrom`, read back as `Get-User` prints it.
fn refresh_tokens(steps: &mut Steps, identity: &str, alternative: bool) -> Result<(), QuoteError> {
    let change = Change::User(identity.to_string(), "StsRefreshTokensValidFrom");
    steps.change(Purpose::RefreshTokens, BlastRadius::ThisUser, alternative, build::refresh_tokens(identity)?, Protocol::Smtp, change);
    Ok(())
}

/// The mailboxes the organization's fix enables one by one: the paste's that need SMTP AUTH
/// (`needing`: positions in the evidence's mailboxes, up to one more than are named), when
/// there are a few, else the placeholder.
fn organization_mailboxes<'a>(evidence: &'a Evidence, needing: &[usize]) -> Vec<&'a str> {
    let named: Vec<&str> = needing.iter().filter_map(|at| evidence.mailboxes.get(*at)?.identities.best()).take(NAMED_MAILBOXES_UP_TO + 1).collect();
    if named.is_empty() || named.len() > NAMED_MAILBOXES_UP_TO { vec![MAILBOX_PLACEHOLDER] } else { named }
}

/// The steps with a wider reach, each marked an alternative.
fn alternatives(steps: &mut Steps, identity: Option<&str>, fixes: &[Fix], online: bool) -> Result<(), QuoteError> {
    if fixes.contains(&Fix::EnableSmtpAuthForOrganization) {
        let change = Change::Organization("SmtpClientAuthenticationDisabled");
        steps.change(Purpose::EnableSmtpAuthForOrganization, BlastRadius::Organization, true, build::set_tenant_smtp_auth_disabled(false), Protocol::Smtp, change);
    }
    let Some(id) = identity else {
        return Ok(());
    };
    for fix in fixes {
        if let Fix::AllowBasicSmtpInPolicy { policy, via } = fix {
            let command = build::set_policy_switch(policy, PolicySwitch::AllowBasicAuthSmtp, true)?;
            steps.change(Purpose::AllowBasicSmtpInPolicy, policy_radius(*via), true, command, Protocol::Smtp, Change::Policy(PolicySwitch::AllowBasicAuthSmtp.name()));
            if online {
                refresh_tokens(steps, id, true)?;
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

/// One read-only step that reads back exactly what the steps change, from the object each
/// changes, one command per object, in the shape the parser reads best; pasted back, it shows
/// whether the fix took.
fn verify(changes: &[Change], online: bool) -> Result<String, QuoteError> {
    let mut reads: Vec<String> = Vec::new();
    // Mailboxes, the organization, users, policies, apps: the order of the objects in a paste.
    let rank = |change: &Change| match change {
        Change::Mailbox(..) => 0,
        Change::Organization(_) => 1,
        Change::User(..) => 2,
        Change::Policy(_) => 3,
        Change::App(..) => 4,
    };
    for change in (0..5).flat_map(|r| changes.iter().filter(move |c| rank(c) == r)) {
        let read = match change {
            Change::Mailbox(id, _) => {
                let properties = properties_of(changes, |c| match c {
                    Change::Mailbox(other, p) if other == id => Some(*p),
                    _ => None,
                });
                let (cmdlet, extra) = match (online, properties.contains("SmtpClientAuthenticationDisabled")) {
                    (true, true) => ("Get-EXOCasMailbox", " -Properties SmtpClientAuthenticationDisabled"),
                    (true, false) => ("Get-EXOCasMailbox", ""),
                    (false, _) => ("Get-CASMailbox", ""),
                };
                vec![format!("{cmdlet} -Identity {}{extra} | Format-List Identity,PrimarySmtpAddress,{properties}", single_quoted(id)?)]
            }
            Change::User(id, _) => {
                let properties = properties_of(changes, |c| match c {
                    Change::User(other, p) if other == id => Some(*p),
                    _ => None,
                });
                vec![format!("Get-User -Identity {} | Format-List {properties}", single_quoted(id)?)]
            }
            Change::App(id, send_as) => {
                let mut read = build::read_service_principal(id)?.to_vec();
                if *send_as {
                    read.push(build::read_send_as(id)?);
                }
                read
            }
            Change::Organization(_) => vec![format!("Get-TransportConfig | Format-List {}", properties_of(changes, |c| if let Change::Organization(p) = c { Some(*p) } else { None }))],
            Change::Policy(_) => vec![format!("Get-AuthenticationPolicy | Format-List Name,{}", properties_of(changes, |c| if let Change::Policy(p) = c { Some(*p) } else { None }))],
        };
        for command in read {
            if !reads.contains(&command) {
                reads.push(command);
            }
        }
    }
    Ok(reads.join("\n"))
}

/// The properties `pick` finds in `changes`, each once, comma-separated.
fn properties_of(changes: &[Change], pick: impl Fn(&Change) -> Option<&'static str>) -> String {
    let mut properties: Vec<&str> = Vec::new();
    for property in changes.iter().filter_map(pick) {
        if !properties.contains(&property) {
            properties.push(property);
        }
    }
    properties.join(",")
}
