//! Finding e-mail addresses and GUIDs in free text, without a regular-expression engine.

/// Every `8-4-4-4-12` hexadecimal GUID in `text`.
pub fn guids(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_hexdigit() || c == '-')).filter(|token| is_guid(token))
}

fn is_guid(token: &str) -> bool {
    let groups: Vec<&str> = token.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(group, len)| group.len() == len && group.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Every dotted-quad IPv4 address in `text` (IPv6 addresses are learned from the sign-in
/// logs' address column, where they stand alone).
pub fn ipv4_addresses(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.')).map(|token| token.trim_matches('.')).filter(|token| is_ipv4(token))
}

fn is_ipv4(token: &str) -> bool {
    let parts: Vec<&str> = token.split('.').collect();
    parts.len() == 4 && parts.iter().all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u8>().is_ok())
}

/// Every `local@domain.tld` in `text`.
pub fn email_addresses(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '@' | '.' | '-' | '_' | '+' | '\'')))
        .map(|token| token.trim_matches(|c| c == '.' || c == '\''))
        .filter(|token| is_email_address(token))
}

pub fn is_email_address(token: &str) -> bool {
    let Some((local, domain)) = token.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_ipv4_addresses_but_not_versions() {
        assert_eq!(ipv4_addresses("from 192.0.2.30, via 10.1.2.3. Version 5.7.139 and 1.2.3.4.5").collect::<Vec<_>>(), ["192.0.2.30", "10.1.2.3"]);
    }

    #[test]
    fn finds_guids_and_addresses_in_prose() {
        let text = "Guid : 5b1c2f4e-0000-4000-8000-000000000001, {SMTP:ann@contoso.com, smtp:a.b@x.contoso.com}.";
        assert_eq!(guids(text).collect::<Vec<_>>(), ["5b1c2f4e-0000-4000-8000-000000000001"]);
        assert_eq!(email_addresses(text).collect::<Vec<_>>(), ["ann@contoso.com", "a.b@x.contoso.com"]);
        assert!(!is_email_address("@contoso.com") && !is_email_address("ann@localhost"));
    }
}
