//! Typed views of each cmdlet's records (transport config, CAS mailboxes, authentication
//! policies, users, organization config, accepted domains), each value keeping its line span
//! and certainty.
//!
//! [`Evidence::from_parsed`] sorts records by cmdlet, merges repeated pastes of the same object
//! (disagreements become [`Conflict`]s, never a pick), joins CAS mailboxes and users by any
//! identity they share, then the accounts of the evidence of use and a worksheet's answers,
//! adds the message traces to the accounts they show, learns the organization's domains, and
//! detects the environment.

mod accepted_domain;
mod auth_policy;
mod cas_mailbox;
mod classify;
mod environment;
mod field;
mod identity;
mod join;
mod organization;
mod security_defaults;
mod setting;
mod transport;
mod traffic;
mod usage;
mod user;

pub use accepted_domain::AcceptedDomain;
pub use auth_policy::AuthPolicy;
pub use cas_mailbox::CasMailbox;
pub use classify::{classify, EvidenceKind};
pub use environment::{CasCmdlet, Environment, EnvironmentMarkers};
pub use field::{bool_field, text_field, Field};
pub use identity::{identity_hash, identity_key, same_identity, Identities};
pub use join::{Conflict, Mailbox};
pub use organization::OrganizationConfig;
pub use security_defaults::SecurityDefaults;
pub use setting::Setting;
pub use transport::TransportConfig;
pub use traffic::{DomainsFrom, OrganizationDomains, SenderTraffic};
pub use usage::{accounts, AccountTally, AccountUsage, UsageEntry};
pub use user::User;

use std::sync::Arc;

use crate::parse::{Parsed, Source, SourceKind, Symptom};

/// Everything the paste says, typed and joined.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    pub environment: Environment,
    /// The mailbox cmdlet the paste shows, for the commands that ask for more.
    pub cas_cmdlet: CasCmdlet,
    /// The export that told the environment when no setting did: a sign-in log, the SMTP AUTH
    /// clients report or a message trace is Exchange Online's.
    pub environment_from: Option<SourceKind>,
    pub transport: Option<TransportConfig>,
    pub organization: Option<OrganizationConfig>,
    /// Entra's security defaults, when pasted (SA6).
    pub security_defaults: Option<SecurityDefaults>,
    pub policies: Vec<AuthPolicy>,
    /// In order of first appearance.
    pub mailboxes: Vec<Mailbox>,
    pub conflicts: Vec<Conflict>,
    /// The sign-in logs and usage reports read, with their windows.
    pub usage_sources: Vec<Source>,
    /// Client errors found in the paste.
    pub symptoms: Vec<Symptom>,
    /// The organization's domains, for telling the recipients of a message trace apart: the
    /// accepted domains if `Get-AcceptedDomain` was pasted, else those of the pasted mailboxes
    /// and accounts.
    pub domains: OrganizationDomains,
    /// The worksheet rows (line, account) whose account no other input names, where other
    /// inputs name accounts: their plans rest on the answers alone.
    pub answers_alone: Vec<(u32, Arc<str>)>,
}

impl Evidence {
    pub fn from_parsed(parsed: &Parsed) -> Self {
        Self::from_parsed_with_accounts(parsed, accounts(&parsed.usage))
    }

    /// [`Evidence::from_parsed`] with the usage already added up per account ([`AccountTally`]).
    pub fn from_parsed_with_accounts(parsed: &Parsed, accounts: Vec<AccountUsage>) -> Self {
        let mut building = EvidenceBuild::new(parsed, accounts);
        building.step(parsed, usize::MAX);
        building.finish(parsed)
    }

    /// The policy with this name, if it was pasted.
    pub fn policy_named(&self, name: &str) -> Option<&AuthPolicy> {
        self.policies.iter().find(|p| p.is_named(name))
    }

    /// Policies printed without their name (an excerpt): they cannot be matched to anyone.
    pub fn unnamed_policy_lines(&self) -> Vec<u32> {
        self.policies
            .iter()
            .filter(|p| p.name.known().is_none())
            .filter_map(|p| p.span.map(|s| s.first))
            .collect()
    }
}

/// [`Evidence`] built some records at a time: the web app joins the records of 100,000
/// mailboxes in steps, between which the page paints. Everyone else builds it at once
/// ([`Evidence::from_parsed_with_accounts`]); both take the same path.
pub struct EvidenceBuild {
    evidence: Evidence,
    /// Learnt record by record, in the steps: no pass over all records in one task.
    markers: EnvironmentMarkers,
    /// Learnt record by record too: the accepted domains pasted, and the domains of the
    /// mailboxes and accounts, which stand in for them when they were not.
    accepted: OrganizationDomains,
    pasted: OrganizationDomains,
    joiner: join::Joiner,
    /// The accounts of the evidence of use, joined after the records.
    accounts: std::vec::IntoIter<AccountUsage>,
    /// The messages of the message traces, added to the mailboxes and accounts after them.
    traffic: traffic::TrafficTally,
    /// Records read so far.
    next: usize,
    /// Worksheet answers joined so far.
    answered: usize,
}

impl EvidenceBuild {
    pub fn new(parsed: &Parsed, accounts: Vec<AccountUsage>) -> Self {
        let mut joiner = join::Joiner::with_capacity(parsed.records.len());
        // Accounts no record names are looked for by the answers and the traces after them.
        joiner.answers_follow = !parsed.answers.is_empty() || !parsed.usage.traces.is_empty();
        EvidenceBuild {
            evidence: Evidence::default(),
            markers: EnvironmentMarkers::default(),
            accepted: OrganizationDomains { domains: Vec::new(), from: DomainsFrom::AcceptedDomains },
            pasted: OrganizationDomains { domains: Vec::new(), from: DomainsFrom::PastedMailboxes },
            joiner,
            accounts: accounts.into_iter(),
            traffic: traffic::TrafficTally::default(),
            next: 0,
            answered: 0,
        }
    }

    /// Reads up to `count` more records (or, after them, accounts, then a worksheet's answers,
    /// then the messages of message traces) of `parsed`, the one given to
    /// [`EvidenceBuild::new`]; true when all are read.
    pub fn step(&mut self, parsed: &Parsed, count: usize) -> bool {
        let EvidenceBuild { evidence, markers, accepted, pasted, joiner, accounts, traffic, next, answered } = self;
        // `next` counts the records already read: at most their number.
        let records = parsed.records.get(*next..).unwrap_or_default();
        let taken = records.len().min(count);
        for record in &records[..taken] {
            markers.add(record);
            match classify(record) {
                Some(EvidenceKind::TransportConfig) => {
                    let read = TransportConfig::from_record(record);
                    evidence.transport = Some(match evidence.transport.take() {
                        Some(earlier) => earlier.merge(read),
                        None => read,
                    });
                }
                Some(EvidenceKind::OrganizationConfig) => {
                    let read = OrganizationConfig::from_record(record);
                    evidence.organization = Some(match evidence.organization.take() {
                        Some(earlier) => earlier.merge(read),
                        None => read,
                    });
                }
                Some(EvidenceKind::SecurityDefaults) => SecurityDefaults::add(&mut evidence.security_defaults, record),
                Some(EvidenceKind::AuthenticationPolicy) => add_policy(&mut evidence.policies, AuthPolicy::from_record(record)),
                Some(EvidenceKind::CasMailbox) => {
                    let cas = CasMailbox::from_record(record);
                    learn_domains(pasted, &cas.identities);
                    joiner.add_cas(cas, record.span.first);
                }
                Some(EvidenceKind::User) => {
                    let user = User::from_record(record);
                    learn_domains(pasted, &user.identities);
                    joiner.add_user(user, record.span.first);
                }
                Some(EvidenceKind::AcceptedDomain) => {
                    if let Some(domain) = AcceptedDomain::from_record(record).pattern() {
                        accepted.add(&domain);
                    }
                }
                None => {}
            }
        }
        *next += taken;
        let mut left = count - taken;
        for account in accounts.take(left) {
            if let Some(domain) = traffic::domain_of(&account.account) {
                pasted.add(domain);
            }
            joiner.add_usage(account);
            left -= 1;
        }
        // The answers after the accounts: they join the accounts of every other input.
        let rows = parsed.answers.get(*answered..).unwrap_or_default();
        for row in rows.iter().take(left) {
            if joiner.add_answer(row) {
                evidence.answers_alone.push((row.line, Arc::clone(&row.account)));
            }
        }
        let joined = rows.len().min(left);
        *answered += joined;
        left -= joined;
        // Senders are looked for among the mailboxes and accounts once all of them are placed.
        if accounts.len() == 0 && *answered >= parsed.answers.len() {
            traffic.add(&parsed.usage, left, joiner);
        }
        let done = *next >= parsed.records.len() && accounts.len() == 0 && *answered >= parsed.answers.len() && traffic.is_done(&parsed.usage);
        if done {
            // The index of 100,000 identities is let go here, in a step, not in `finish`.
            joiner.release_index();
        }
        done
    }

    /// Records read so far, and in all.
    pub fn progress(&self, parsed: &Parsed) -> (usize, usize) {
        (self.next, parsed.records.len())
    }

    /// The evidence, once every step is done.
    pub fn finish(self, parsed: &Parsed) -> Evidence {
        let EvidenceBuild { mut evidence, markers, accepted, pasted, joiner, traffic, .. } = self;
        evidence.environment = markers.environment();
        evidence.cas_cmdlet = markers.cas_cmdlet();
        if evidence.environment == Environment::Unknown && markers.server.is_none() {
            // Only Exchange Online writes these; nothing in the paste says otherwise.
            evidence.environment_from = parsed.usage.sources.iter().map(|s| s.kind).find(|kind| kind.is_exchange_online());
            if evidence.environment_from.is_some() {
                evidence.environment = Environment::ExchangeOnline;
            }
        }
        if let (Some(online), Some(server)) = (markers.online, markers.server) {
            evidence.conflicts.push(Conflict::EnvironmentMarkersDisagree { online_line: online, server_line: server });
        }
        evidence.usage_sources.clone_from(&parsed.usage.sources);
        for (source, strangers) in evidence.usage_sources.iter_mut().zip(&traffic.strangers_per_source) {
            source.senders_not_in_paste = *strangers;
        }
        evidence.domains = if accepted.domains.is_empty() { pasted } else { accepted };
        evidence.symptoms.clone_from(&parsed.usage.symptoms);
        let (mailboxes, conflicts, merged) = joiner.finish();
        evidence.mailboxes = mailboxes;
        evidence.conflicts.extend(conflicts);
        evidence.conflicts.extend(setting_conflicts(&evidence, &merged));
        evidence
    }
}

/// The domains of a mailbox's or user's addresses: its primary SMTP address, user principal
/// name, and the identity the command asked for when that is an address.
fn learn_domains(domains: &mut OrganizationDomains, identities: &Identities) {
    for address in [&identities.primary_smtp_address, &identities.user_principal_name, &identities.requested].into_iter().flatten() {
        if let Some(domain) = traffic::domain_of(address) {
            domains.add(domain);
        }
    }
}

/// Policies with the same name are the same object; unnamed excerpts stay separate.
fn add_policy(policies: &mut Vec<AuthPolicy>, read: AuthPolicy) {
    let same = read.name.known().and_then(|name| policies.iter().position(|p| p.is_named(name)));
    match same {
        Some(index) => {
            if let Some(slot) = policies.get_mut(index) {
                let earlier = std::mem::take(slot);
                *slot = earlier.merge(read);
            }
        }
        None => policies.push(read),
    }
}

/// Settings that records of the same object print differently. Only a mailbox that more than
/// one record was merged into (`merged`, in order) can have any: the others are not looked at.
fn setting_conflicts(evidence: &Evidence, merged: &[usize]) -> Vec<Conflict> {
    let mut found = Vec::new();
    let mut check = |object: &str, setting: Setting, lines: Option<Vec<u32>>| {
        if let Some(lines) = lines {
            found.push(Conflict::SettingDisagrees { object: object.to_string(), setting, lines });
        }
    };
    if let Some(transport) = &evidence.transport {
        check("organization", Setting::TransportConfigSmtpClientAuthenticationDisabled, conflict_lines(&transport.smtp_client_authentication_disabled));
        check("organization", Setting::TransportConfigAllowLegacyTlsClients, conflict_lines(&transport.allow_legacy_tls_clients));
    }
    if let Some(organization) = &evidence.organization {
        check("organization", Setting::OrganizationConfigDefaultAuthenticationPolicy, conflict_lines(&organization.default_authentication_policy));
    }
    if let Some(security_defaults) = &evidence.security_defaults {
        check("organization", Setting::SecurityDefaultsIsEnabled, conflict_lines(&security_defaults.is_enabled));
    }
    for policy in &evidence.policies {
        // Unnamed policies are never merged (`add_policy`): only a named one can conflict.
        let name = policy.name.known().cloned().unwrap_or_default();
        check(&name, Setting::AuthenticationPolicyAllowBasicAuthSmtp, conflict_lines(&policy.allow_basic_auth_smtp));
        check(&name, Setting::AuthenticationPolicyBlockLegacyAuthPop, conflict_lines(&policy.block_legacy_auth_pop));
        check(&name, Setting::AuthenticationPolicyBlockLegacyAuthImap, conflict_lines(&policy.block_legacy_auth_imap));
        check(&name, Setting::AuthenticationPolicyBlockModernAuthPop, conflict_lines(&policy.block_modern_auth_pop));
        check(&name, Setting::AuthenticationPolicyBlockModernAuthImap, conflict_lines(&policy.block_modern_auth_imap));
    }
    for mailbox in merged.iter().filter_map(|index| evidence.mailboxes.get(*index)) {
        // Named only when a conflict is found: no copy per mailbox of a bulk paste.
        let name = mailbox.identities.best().unwrap_or_default();
        if let Some(cas) = &mailbox.cas {
            check(name, Setting::CasMailboxPopEnabled, conflict_lines(&cas.pop_enabled));
            check(name, Setting::CasMailboxImapEnabled, conflict_lines(&cas.imap_enabled));
            check(name, Setting::CasMailboxSmtpClientAuthenticationDisabled, conflict_lines(&cas.smtp_client_authentication_disabled));
        }
        if let Some(user) = &mailbox.user {
            check(name, Setting::UserAuthenticationPolicy, conflict_lines(&user.authentication_policy));
        }
    }
    found
}

fn conflict_lines<T>(field: &Field<T>) -> Option<Vec<u32>> {
    match field {
        Field::Conflicting { spans } => Some(spans.iter().map(|s| s.first).collect()),
        _ => None,
    }
}
