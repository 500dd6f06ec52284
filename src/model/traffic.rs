//! What a message trace shows an account sends, and which domains are the organization's own:
//! the only proof of whether a sender mails outside (`../shared/migration.md` §1).

use std::sync::Arc;

use serde::Serialize;

/// The messages of one sender in the message traces pasted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SenderTraffic {
    pub messages: u64,
    /// Distinct recipient addresses, ASCII-lowercased.
    pub recipients: Vec<Arc<str>>,
    /// Recipients printed without a domain (or cut off): they count neither way.
    pub unreadable_recipients: u64,
    /// The first and last message, in seconds since 1970 UTC.
    pub first: Option<i64>,
    pub last: Option<i64>,
}

/// Which list said what the organization's domains are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DomainsFrom {
    /// `Get-AcceptedDomain` was pasted.
    AcceptedDomains,
    /// Without it: the domains of the pasted mailboxes and accounts.
    #[default]
    PastedMailboxes,
}

/// The organization's domains, ASCII-lowercased; `*.contoso.com` covers its subdomains.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrganizationDomains {
    pub domains: Vec<Box<str>>,
    pub from: DomainsFrom,
}

impl OrganizationDomains {
    /// Whether `address` (or a bare domain) is in one of the organization's domains; `None`
    /// when it has no domain to tell by.
    pub fn is_internal(&self, address: &str) -> Option<bool> {
        let domain = address.rsplit_once('@').map_or(address, |(_, domain)| domain).trim().trim_end_matches('.');
        if domain.is_empty() || !domain.contains('.') {
            return None;
        }
        Some(self.domains.iter().any(|own| match own.strip_prefix("*.") {
            Some(parent) => domain.eq_ignore_ascii_case(parent) || ends_with_subdomain(domain, parent),
            None => domain.eq_ignore_ascii_case(own),
        }))
    }

    /// Adds a domain unless it is there already.
    pub fn add(&mut self, domain: &str) {
        let domain = domain.trim().trim_end_matches('.');
        if !domain.is_empty() && !self.domains.iter().any(|d| d.eq_ignore_ascii_case(domain)) {
            self.domains.push(domain.to_ascii_lowercase().into());
        }
    }
}

fn ends_with_subdomain(domain: &str, parent: &str) -> bool {
    domain.len() > parent.len() + 1
        && domain.get(domain.len() - parent.len()..).is_some_and(|tail| tail.eq_ignore_ascii_case(parent))
        && domain.as_bytes().get(domain.len() - parent.len() - 1) == Some(&b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_internal_by_its_domain_and_wildcards_cover_subdomains() {
        let mut own = OrganizationDomains::default();
        own.add("Contoso.com");
        own.add("*.fabrikam.com");
        own.add("contoso.com");
        assert_eq!(own.domains.len(), 2);
        assert_eq!(own.is_internal("ann@CONTOSO.com"), Some(true));
        assert_eq!(own.is_internal("bob@mail.fabrikam.com"), Some(true));
        assert_eq!(own.is_internal("bob@fabrikam.com"), Some(true));
        assert_eq!(own.is_internal("eve@notfabrikam.com"), Some(false));
        assert_eq!(own.is_internal("eve@sub.contoso.com"), Some(false));
        assert_eq!(own.is_internal("undisclosed-recipients"), None);
        assert_eq!(own.is_internal("x@"), None);
    }
}
