//! `Get-AcceptedDomain`: a domain the organization receives mail for as its own. Recipients
//! outside every accepted domain mean HVE and Direct Send do not fit (`../shared/migration.md`
//! §1, "Sends outside or not").

use super::field::{bool_field, text_field, Field};
use crate::parse::Record;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AcceptedDomain {
    /// `DomainName`; `Name` is the object's name, most often the domain too.
    pub domain_name: Field<String>,
    pub name: Field<String>,
    /// `True`: mail to its subdomains is accepted as well.
    pub match_subdomains: Field<bool>,
}

impl AcceptedDomain {
    pub fn from_record(record: &Record) -> Self {
        AcceptedDomain {
            domain_name: text_field(record.get("DomainName")),
            name: text_field(record.get("Name")),
            match_subdomains: bool_field(record.get("MatchSubDomains")),
        }
    }

    /// The domain as [`super::OrganizationDomains`] holds it (`*.contoso.com` when its
    /// subdomains match too); `None` when it was not printed whole. `Name` stands in for a
    /// `DomainName` not shown only when it is a domain name itself.
    pub fn pattern(&self) -> Option<String> {
        let domain = match (&self.domain_name, self.name.known()) {
            (Field::Absent, Some(name)) if is_domain(name) => name,
            (domain_name, _) => domain_name.known().filter(|d| is_domain(d))?,
        };
        let domain = without_wildcards(domain);
        Some(if self.match_subdomains.known() == Some(&true) { format!("*.{domain}") } else { domain.to_string() })
    }
}

fn is_domain(text: &str) -> bool {
    let text = without_wildcards(text);
    text.contains('.') && !text.starts_with('.') && text.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

/// `text` trimmed, without its leading `*.`s. Stripped one by one: `trim_start_matches` with
/// a text pattern links a substring searcher of its own.
fn without_wildcards(text: &str) -> &str {
    let mut text = text.trim();
    while let Some(rest) = text.strip_prefix("*.") {
        text = rest;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn patterns(text: &str) -> Vec<Option<String>> {
        parse(text).records.iter().map(|record| AcceptedDomain::from_record(record).pattern()).collect()
    }

    #[test]
    fn the_domain_name_decides_and_subdomains_widen_it() {
        let table = "\nName                       DomainName                 DomainType     Default\n----                       ----------                 ----------     -------\ncontoso.com                contoso.com                Authoritative  True\nContoso Subsidiaries       fabrikam.com               InternalRelay  False\ncontoso.onmicrosoft.com    contoso.onmicrosoft.com    Authoritative  False\nLong                       contoso-long-domain-na...  Authoritative  False\n";
        assert_eq!(patterns(table), [Some("contoso.com".into()), Some("fabrikam.com".into()), Some("contoso.onmicrosoft.com".into()), None]);
        let list = "DomainName      : northwind.example\nMatchSubDomains : True\n\nName : Tailspin\n\nName : tailspin.example\n";
        assert_eq!(patterns(list), [Some("*.northwind.example".into()), None, Some("tailspin.example".into())]);
    }
}
