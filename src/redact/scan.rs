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
    fn finds_guids_and_addresses_in_prose() {
        let text = "Guid : 5b1c2f4e-0000-4000-8000-000000000001, {SMTP:ann@contoso.com, smtp:a.b@x.contoso.com}.";
        assert_eq!(guids(text).collect::<Vec<_>>(), ["5b1c2f4e-0000-4000-8000-000000000001"]);
        assert_eq!(email_addresses(text).collect::<Vec<_>>(), ["ann@contoso.com", "a.b@x.contoso.com"]);
        assert!(!is_email_address("@contoso.com") && !is_email_address("ann@localhost"));
    }
}
