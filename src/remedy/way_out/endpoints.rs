//! The servers a device or app is pointed at.
//!
//! Source: `../shared/migration.md` §1 (device settings), §4 (M5: `smtp.hve.mx.microsoft` is
//! recommended, `smtp-hve.office365.com` "will be deprecated"), §5 (M7: the MX endpoint, e.g.
//! `contoso-com.mail.protection.outlook.com` for `contoso.com`, confirmed with `Resolve-DnsName`).

/// SMTP AUTH client submission.
pub const SUBMISSION_SERVER: &str = "smtp.office365.com";

/// High Volume Email.
pub const HVE_SERVER: &str = "smtp.hve.mx.microsoft";

/// The MX endpoint of `domain` as Microsoft's example derives it (the dots become dashes), or
/// `None` where that rule is not enough to tell: a domain that already holds a dash, or is no
/// domain at all. Either way `Resolve-DnsName` confirms it (newer tenants may have another form).
pub fn mx_endpoint(domain: &str) -> Option<String> {
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let plain = domain.contains('.') && domain.split('.').all(|label| !label.is_empty() && label.bytes().all(|b| b.is_ascii_alphanumeric()));
    plain.then(|| format!("{}.mail.protection.outlook.com", domain.replace('.', "-")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mx_endpoint_is_derived_only_where_the_rule_tells() {
        assert_eq!(mx_endpoint("Contoso.com").as_deref(), Some("contoso-com.mail.protection.outlook.com"));
        assert_eq!(mx_endpoint("mail.fabrikam.co.uk").as_deref(), Some("mail-fabrikam-co-uk.mail.protection.outlook.com"));
        assert_eq!(mx_endpoint("my-company.com"), None);
        assert_eq!(mx_endpoint("localhost"), None);
        assert_eq!(mx_endpoint("<your domain>"), None);
    }
}
