//! Sites: accounts whose password sign-ins all come from the same public IPv4 address sit
//! behind one connection to the internet, so one inbound connector and one SPF entry cover all
//! of them.
//!
//! Source: `../shared/migration.md` §1 "Source IP", §5 (M7: the connector and the SPF record
//! name the site's address).

use rustc_hash::FxHashMap;
use serde::Serialize;

/// One site: its address and the accounts that sign in from it, in paste order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Site {
    pub ip: String,
    pub accounts: Vec<String>,
}

/// Sites gathered account by account.
#[derive(Default)]
pub struct Sites {
    sites: Vec<Site>,
    by_ip: FxHashMap<String, usize>,
}

impl Sites {
    /// Adds an account whose one public IPv4 address is `ip`.
    pub fn add(&mut self, ip: &str, account: &str) {
        let at = match self.by_ip.get(ip) {
            Some(&at) => at,
            None => {
                self.sites.push(Site { ip: ip.to_string(), accounts: Vec::new() });
                self.by_ip.insert(ip.to_string(), self.sites.len() - 1);
                self.sites.len() - 1
            }
        };
        if let Some(site) = self.sites.get_mut(at) {
            site.accounts.push(account.to_string());
        }
    }

    /// The sites in order of first appearance.
    pub fn finish(self) -> Vec<Site> {
        self.sites
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_from_one_address_are_one_site() {
        let mut sites = Sites::default();
        sites.add("203.0.113.7", "scanner@contoso.com");
        sites.add("198.51.100.2", "app@contoso.com");
        sites.add("203.0.113.7", "printer@contoso.com");
        let sites = sites.finish();
        assert_eq!(sites.len(), 2);
        assert_eq!((sites[0].ip.as_str(), sites[0].accounts.clone()), ("203.0.113.7", vec!["scanner@contoso.com".to_string(), "printer@contoso.com".to_string()]));
    }
}
