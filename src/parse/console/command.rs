//! The command typed after a prompt (powershell-format.md §8 rule 7): which cmdlet produced
//! the next block, which identity was asked for, which properties were selected.

use std::sync::Arc;

use super::kind::known_cmdlet;
use crate::parse::ObjectKind;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(in crate::parse) struct Command {
    /// The producing cmdlet, canonical spelling for those the analyzer reads.
    /// Shared with every record read under this prompt.
    pub cmdlet: Option<Arc<str>>,
    /// `Some(kind)` for one of those, `None` for another producing cmdlet.
    pub kind: Option<ObjectKind>,
    pub identity: Option<Arc<str>>,
    /// Properties named by `Select-Object`/`Format-Table`/`Format-List` (no wildcards).
    pub selected: Vec<String>,
    /// `-ExpandProperty X` or `(Get-X).X`: the output is bare values of this property.
    pub expand: Option<String>,
}

/// Cmdlets that pass objects through or read them from a file: they never name the producer.
const PASS_THROUGH: &[&str] = &[
    "select", "select-object", "ft", "format-table", "fl", "format-list", "where", "where-object", "?", "sort",
    "sort-object", "convertto-json", "convertto-csv", "export-csv", "out-file", "out-string", "out-host", "tee-object",
    "foreach-object", "%", "import-csv", "get-content", "gc", "cat", "type", "convertfrom-json", "convertfrom-csv",
    "import-clixml", "write-output", "echo", "set-content", "add-content", "clip", "more", "out-gridview",
];

pub(super) fn parse_command(text: &str) -> Command {
    let mut command = Command::default();
    let segments = split_outside_quotes(text, '|');
    let mut producer: Option<(String, Vec<String>)> = None;
    for segment in &segments {
        let tokens = tokens(segment);
        let Some((name, args)) = tokens.split_first() else { continue };
        let (name, member) = unwrap_member_access(name);
        if let Some(member) = member {
            command.expand = Some(member);
        }
        let lower = name.to_ascii_lowercase();
        if matches!(lower.as_str(), "select" | "select-object" | "ft" | "format-table" | "fl" | "format-list") {
            read_selection(args, &mut command);
        }
        if let Some((canonical, kind)) = known_cmdlet(&name) {
            command.cmdlet = Some(canonical.into());
            command.kind = Some(kind);
            producer = Some((name, args.to_vec()));
        } else if producer.is_none() && looks_like_cmdlet(&lower) && !PASS_THROUGH.contains(&lower.as_str()) {
            command.cmdlet = Some(name.as_str().into());
            producer = Some((name, args.to_vec()));
        }
    }
    if let Some((_, args)) = producer {
        command.identity = identity(&args).map(Arc::from);
    }
    command
}

/// `(Get-TransportConfig).SmtpClientAuthenticationDisabled` → the cmdlet and the member.
fn unwrap_member_access(token: &str) -> (String, Option<String>) {
    let Some(inner) = token.strip_prefix('(') else { return (token.to_owned(), None) };
    match inner.split_once(").") {
        Some((cmdlet, member)) => {
            // A blank cmdlet is kept as it is.
            let cmdlet = cmdlet.split_whitespace().next().unwrap_or(cmdlet);
            (cmdlet.to_owned(), Some(member.to_owned()).filter(|m| is_property_name(m)))
        }
        None => (inner.trim_end_matches(')').to_owned(), None),
    }
}

fn looks_like_cmdlet(name: &str) -> bool {
    name.split_once('-').is_some_and(|(verb, noun)| {
        !verb.is_empty() && !noun.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    })
}

fn read_selection(args: &[String], command: &mut Command) {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let lower = arg.to_ascii_lowercase();
        if lower.starts_with("-expand") {
            command.expand = iter.next().cloned().filter(|m| is_property_name(m));
        } else if lower.starts_with("-prop") {
            if let Some(list) = iter.next() {
                add_names(list, command);
            }
        } else if lower.starts_with('-') {
            iter.next();
        } else {
            add_names(arg, command);
        }
    }
}

fn add_names(list: &str, command: &mut Command) {
    let names = list.split(',').map(|n| n.trim().trim_matches(['\'', '"'])).filter(|n| is_property_name(n));
    command.selected.extend(names.map(str::to_owned));
}

fn is_property_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `-Identity x`, `-Identity:x`, or the first positional argument.
fn identity(args: &[String]) -> Option<String> {
    let mut iter = args.iter().enumerate();
    while let Some((index, arg)) = iter.next() {
        let lower = arg.to_ascii_lowercase();
        if let Some(value) = lower.strip_prefix("-identity:") {
            // ASCII lowercasing keeps lengths: the value's start is a char boundary of `arg`.
            return Some(arg.get(arg.len() - value.len()..).unwrap_or(value).to_owned()).filter(|v| !v.is_empty());
        }
        if lower == "-identity" {
            return iter.next().map(|(_, value)| value.clone());
        }
        if index == 0 && !arg.starts_with('-') && !arg.starts_with('$') {
            return Some(arg.clone());
        }
    }
    None
}

/// Splits at `separator` outside single or double quotes.
fn split_outside_quotes(text: &str, separator: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, _) if c == separator => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(part) = parts.last_mut() {
            part.push(c);
        }
    }
    parts
}

/// Whitespace-separated tokens with their quotes removed (`'Block Basic'` is one token).
fn tokens(segment: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    let mut quoted = false;
    for c in segment.chars() {
        match (quote, c) {
            (None, '\'' | '"') => {
                quote = Some(c);
                quoted = true;
            }
            (Some(q), _) if c == q => quote = None,
            (None, _) if c.is_whitespace() => {
                if !current.is_empty() || quoted {
                    tokens.push(std::mem::take(&mut current));
                }
                quoted = false;
            }
            _ => current.push(c),
        }
    }
    if !current.is_empty() || quoted {
        tokens.push(current);
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_producer_identity_and_selection() {
        let c = parse_command("Get-EXOCasMailbox -Identity 'ann@contoso.com' -Properties SmtpClientAuthenticationDisabled | fl");
        assert_eq!(c.cmdlet.as_deref(), Some("Get-EXOCasMailbox"));
        assert_eq!(c.identity.as_deref(), Some("ann@contoso.com"));
        let c = parse_command("get-casmailbox \"Ann Lee\" | Select Name,PopEnabled, ImapEnabled");
        assert_eq!((c.cmdlet.as_deref(), c.identity.as_deref()), (Some("Get-CASMailbox"), Some("Ann Lee")));
        assert_eq!(c.selected, vec!["Name", "PopEnabled", "ImapEnabled"]);
        let c = parse_command("Get-Mailbox -ResultSize Unlimited | Get-CASMailbox");
        assert_eq!((c.cmdlet.as_deref(), c.identity), (Some("Get-CASMailbox"), None));
        let c = parse_command("(Get-TransportConfig).SmtpClientAuthenticationDisabled");
        assert_eq!(c.expand.as_deref(), Some("SmtpClientAuthenticationDisabled"));
        assert_eq!(c.kind, Some(ObjectKind::TransportConfig));
        let c = parse_command("Get-DkimSigningConfig | ft");
        assert_eq!((c.cmdlet.as_deref(), c.kind), (Some("Get-DkimSigningConfig"), None));
        let c = parse_command("Import-Csv x.csv | ft");
        assert_eq!(c.cmdlet, None);
        assert_eq!(parse_command("Get-User -Identity:bob").identity.as_deref(), Some("bob"));
    }
}
