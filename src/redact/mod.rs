//! Redaction: the names, domains and GUIDs of a paste replaced by stable placeholders, so that
//! a verdict, its commands and its exports can be shown on a shared screen or put in a ticket.
//!
//! The same value always gets the same placeholder within one paste (`mailbox-1`,
//! `user-2@domain-1.example`, `00000000-0000-0000-0000-000000000003`), so the commands still
//! line up with each other. Values are learned from the identity properties of every record
//! and from every e-mail address and GUID anywhere in the paste.

mod scan;
mod steps;

pub use steps::Redacting;

use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::parse::{ObjectKind, Parsed, Record, UsageRow, Value};
use crate::remedy::{is_single_quote, Report, Texts};

/// Properties whose values name a mailbox or user (read from mailbox, user and unrecognised
/// records only: a policy's `Name` is a setting, not a person).
const IDENTITY_PROPERTIES: [&str; 11] = [
    "Identity",
    "Name",
    "DisplayName",
    "PrimarySmtpAddress",
    "UserPrincipalName",
    "WindowsEmailAddress",
    "Alias",
    "SamAccountName",
    "DistinguishedName",
    "OrganizationId",
    "EmailAddresses",
];

/// What to replace, learned from one paste.
#[derive(Clone, Debug, Default)]
pub struct Redactor {
    /// ASCII-lowercased original → its placeholder in `placeholders`. A map from a text to a
    /// position, as the crate has others of: no hash table code of its own in the app.
    replacements: FxHashMap<String, usize>,
    placeholders: Vec<String>,
    /// The byte lengths of the originals, longest first: at each word start, the longest
    /// original that matches wins (`ann@contoso.com` before `contoso.com`).
    lengths: Vec<usize>,
}

impl Redactor {
    pub fn new(text: &str, parsed: &Parsed) -> Self {
        let mut learning = steps::Learning::default();
        while !learning.learn(text, parsed, usize::MAX) {}
        learning.learner.finish()
    }

    /// `text` with every learned value replaced where it stands as a whole word (or words),
    /// compared ignoring ASCII case. One pass over the text: a bulk report of tens of
    /// thousands of mailboxes is redacted in linear time.
    pub fn text(&self, text: &str) -> String {
        // ASCII lowercasing keeps byte offsets, so positions in `lower` are positions in `text`.
        let lower = text.to_ascii_lowercase();
        let bytes = lower.as_bytes();
        let mut out = String::with_capacity(text.len());
        let (mut at, mut copied) = (0, 0);
        while at < bytes.len() {
            let word_start = at == 0 || !bytes.get(at - 1).copied().is_some_and(is_word_byte);
            let found = word_start
                .then(|| {
                    self.lengths.iter().find_map(|len| {
                        let end = at + len;
                        let word_end = !bytes.get(end).copied().is_some_and(is_word_byte);
                        let key = lower.get(at..end).filter(|_| word_end)?;
                        self.replacements.get(key).and_then(|&at| self.placeholders.get(at)).map(|placeholder| (end, placeholder))
                    })
                })
                .flatten();
            match found {
                Some((end, placeholder)) => {
                    // `copied` and `at` are 0 or ends and starts of keys in `lower`: boundaries.
                    out.push_str(text.get(copied..at).unwrap_or_default());
                    out.push_str(placeholder);
                    (at, copied) = (end, end);
                }
                None => at += 1,
            }
        }
        // `copied` is 0 or the end of a key found in `lower`: a char boundary.
        out.push_str(text.get(copied..).unwrap_or_default());
        out
    }

    /// The report with every identity, command, missing input and setting value redacted:
    /// every text of its walk ([`Texts`]).
    pub fn report(&self, mut report: Report) -> Report {
        report.rewrite_texts(&|value| self.text(value));
        report
    }
}

/// What a value that is not a name tells ([`Learner::label`]): its placeholders are counted
/// per kind, and named after it (`ip-address-1`, `location-2`).
#[derive(Clone, Copy)]
#[repr(u8)]
enum Label {
    IpAddress,
    UserAgent,
    Location,
}

impl Label {
    /// The placeholders' stem.
    fn stem(self) -> &'static str {
        match self {
            Label::IpAddress => "ip-address",
            Label::UserAgent => "user-agent",
            Label::Location => "location",
        }
    }
}

/// Hands out placeholders in order of first sight.
#[derive(Default)]
struct Learner {
    /// Original → position of its placeholder in `placeholders`.
    names: FxHashMap<String, usize>,
    domains: FxHashMap<String, usize>,
    placeholders: Vec<String>,
    users: usize,
    mailboxes: usize,
    guids: usize,
    /// Placeholders handed out per kind of label, at the index of its [`Label`].
    labels: [usize; 3],
    /// The sign-in logs' texts learned (rows share them): their addresses.
    seen: FxHashSet<u64>,
}

impl Learner {
    /// The GUIDs, e-mail addresses and IPv4 addresses in `text`. A text scanned in parts
    /// gets the placeholders it gets at once: each kind is counted on its own, in text order,
    /// and no value is of two kinds.
    fn scan(&mut self, text: &str) {
        for guid in scan::guids(text) {
            self.guid(guid);
        }
        for address in scan::email_addresses(text) {
            self.email(address);
        }
        for address in scan::ipv4_addresses(text) {
            self.label(address, Label::IpAddress);
        }
    }

    /// The names a record gives: the identity it was asked for, its domain and, for a
    /// mailbox, user or unrecognised record, its identity properties.
    fn record(&mut self, record: &Record) {
        if let Some(requested) = &record.requested_identity {
            self.name(requested);
        }
        if let Some(Value::Text(root)) = record.get("OrganizationalUnitRoot").map(|p| &p.value) {
            self.domain(root.trim());
        }
        let names_people = matches!(record.kind, ObjectKind::CasMailbox | ObjectKind::User | ObjectKind::Unknown);
        let identities = record.properties.iter().filter(|p| IDENTITY_PROPERTIES.iter().any(|n| p.name.eq_ignore_ascii_case(n)));
        for property in identities.filter(|_| names_people) {
            match &property.value {
                Value::Text(value) => self.name(value),
                Value::List(values) => values.iter().for_each(|v| self.name(v)),
                Value::Bool(_) | Value::Null => {}
            }
        }
    }

    fn guid(&mut self, guid: &str) {
        let key = guid.to_ascii_lowercase();
        if !self.names.contains_key(key.as_str()) {
            self.guids += 1;
            let at = self.placeholder(format!("00000000-0000-0000-0000-{:012}", self.guids));
            self.names.insert(key, at);
        }
    }

    fn domain(&mut self, domain: &str) -> String {
        let key = domain.to_ascii_lowercase();
        let at = match self.domains.get(key.as_str()) {
            Some(&at) => at,
            None => {
                let at = self.placeholder(format!("domain-{}.example", self.domains.len() + 1));
                self.domains.insert(key, at);
                at
            }
        };
        // `at` was returned by `placeholder`: an index into `placeholders`.
        self.placeholders.get(at).cloned().unwrap_or_default()
    }

    /// Keeps a new placeholder; returns its position.
    fn placeholder(&mut self, placeholder: String) -> usize {
        self.placeholders.push(placeholder);
        self.placeholders.len() - 1
    }

    fn email(&mut self, address: &str) {
        let key = address.to_ascii_lowercase();
        if self.names.contains_key(key.as_str()) {
            return;
        }
        let Some((_, domain)) = address.rsplit_once('@') else {
            return;
        };
        let domain = self.domain(domain);
        self.users += 1;
        let at = self.placeholder(format!("user-{}@{domain}", self.users));
        self.names.insert(key, at);
    }

    fn name(&mut self, value: &str) {
        let value = value.trim();
        // Short values (`Unlimited`, `SMTP`) would mangle ordinary words; booleans are no names.
        if value.chars().count() < 3 || value.eq_ignore_ascii_case("true") || value.eq_ignore_ascii_case("false") {
            return;
        }
        // `SMTP:ann@contoso.com` in EmailAddresses: the address part is learned as an address.
        let address = value.split_once(':').map_or(value, |(_, rest)| rest);
        if scan::is_email_address(address) {
            self.email(address);
            return;
        }
        let key = value.to_ascii_lowercase();
        if !self.names.contains_key(key.as_str()) {
            self.mailboxes += 1;
            let at = self.placeholder(format!("mailbox-{}", self.mailboxes));
            self.names.insert(key, at);
        }
    }

    /// A value that is not a name but still tells who or where: an IP address, a user agent,
    /// a place.
    fn label(&mut self, value: &str, kind: Label) {
        let key = value.trim().to_ascii_lowercase();
        if key.is_empty() || self.names.contains_key(key.as_str()) {
            return;
        }
        // One counter per kind: the index is always in the array.
        let count = &mut self.labels[kind as usize];
        *count += 1;
        let placeholder = format!("{}-{count}", kind.stem());
        let at = self.placeholder(placeholder);
        self.names.insert(key, at);
    }

    /// What sign-in logs name beside accounts (whose addresses the text scan finds): display
    /// names, addresses, user agents, places. Rows share their texts, so each is learned once.
    fn usage(&mut self, rows: &[UsageRow]) {
        for row in rows {
            if let Some(name) = row.display_name.as_ref().filter(|n| self.first_time(n)) {
                self.name(name);
            }
            if let Some(ip) = row.ip.as_ref().filter(|v| self.first_time(v)) {
                self.label(ip, Label::IpAddress);
            }
            // `BAV2ROPC` names the legacy sign-in flow, not a device: it stays readable.
            if let Some(agent) = row.user_agent.as_ref().filter(|v| self.first_time(v) && !v.eq_ignore_ascii_case("BAV2ROPC")) {
                self.label(agent, Label::UserAgent);
            }
            if let Some(place) = row.location.as_ref().filter(|v| self.first_time(v)) {
                self.label(place, Label::Location);
            }
        }
    }

    /// Whether a sign-in log's text is seen for the first time. Of the set type the crate has
    /// already (`parse::shape::list`): no hash table code of its own in the app.
    fn first_time(&mut self, value: &Arc<str>) -> bool {
        self.seen.insert(Arc::as_ptr(value).cast::<u8>() as usize as u64)
    }

    fn finish(self) -> Redactor {
        // Extended, not collected anew: rehashing 100,000 names held the page.
        let mut replacements = self.names;
        replacements.extend(self.domains);
        // A command quotes a value with its quotes doubled (`'o''brien@contoso.com'`): that
        // form is replaced as well.
        let quoted: Vec<(String, usize)> = replacements
            .iter()
            .filter(|(original, _)| original.contains(is_single_quote))
            .map(|(original, &placeholder)| (original.chars().flat_map(|c| std::iter::repeat_n(c, 1 + usize::from(is_single_quote(c)))).collect(), placeholder))
            .collect();
        replacements.extend(quoted);
        // Kept in order while collected rather than sorted after: a sort call would link
        // another copy of the sort algorithm into the web app.
        let mut lengths: Vec<usize> = Vec::new();
        for original in replacements.keys() {
            let at = lengths.partition_point(|&len| len > original.len());
            if lengths.get(at) != Some(&original.len()) {
                lengths.insert(at, original.len());
            }
        }
        Redactor { replacements, placeholders: self.placeholders, lengths }
    }
}

/// Letters and digits (any non-ASCII byte counts as part of a word): a value is replaced only
/// where it is not part of a longer word, so `Ann` never changes `Announcement`.
fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte >= 0x80
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Context, Date};
use crate::remedy::analyze;

    const PASTE: &str = "PS C:\\> Get-EXOCasMailbox -Identity 'Ann.Smith@Contoso.com'\n\n\
        Identity           : Ann Smith\n\
        PrimarySmtpAddress : ann.smith@contoso.com\n\
        Guid               : 5b1c2f4e-0000-4000-8000-00000000abcd\n\
        PopEnabled         : False\n\
        ImapEnabled        : True\n\
        SmtpClientAuthenticationDisabled :\n\n\
        SmtpClientAuthenticationDisabled : True\n";

    fn report_and_redactor() -> (Report, Redactor) {
        let context = Context::new(Date::new(2026, 11, 27).unwrap_or_default());
        let (parsed, report) = analyze(PASTE, &context);
        (report, Redactor::new(PASTE, &parsed))
    }

    #[test]
    fn no_identity_domain_or_guid_survives_in_the_report() {
        let (report, redactor) = report_and_redactor();
        let redacted = serde_json::to_string(&redactor.report(report)).unwrap_or_default();
        for secret in ["ann", "Ann", "smith", "contoso", "abcd"] {
            assert!(!redacted.contains(secret), "{secret} in {redacted}");
        }
        assert!(redacted.contains("user-1@domain-1.example"), "{redacted}");
    }

    #[test]
    fn the_same_value_gets_the_same_placeholder() {
        let (_, redactor) = report_and_redactor();
        assert_eq!(
            redactor.text("Set-CASMailbox -Identity 'ANN.SMITH@contoso.com'; Get-User 'ann.smith@CONTOSO.COM'"),
            "Set-CASMailbox -Identity 'user-1@domain-1.example'; Get-User 'user-1@domain-1.example'"
        );
        assert_eq!(redactor.text("Ann Smith on contoso.com"), "mailbox-1 on domain-1.example");
        assert_eq!(redactor.text("5B1C2F4E-0000-4000-8000-00000000ABCD"), "00000000-0000-0000-0000-000000000001");
    }

    #[test]
    fn only_whole_words_are_replaced() {
        let (_, redactor) = report_and_redactor();
        assert_eq!(redactor.text("Ann Smithson, contoso.community"), "Ann Smithson, contoso.community");
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        let (_, redactor) = report_and_redactor();
        assert_eq!(redactor.text("Set-TransportConfig -SmtpClientAuthenticationDisabled $false"), "Set-TransportConfig -SmtpClientAuthenticationDisabled $false");
    }

    #[test]
    fn commands_name_the_placeholder_even_for_an_identity_with_a_quote() {
        let paste = "SmtpClientAuthenticationDisabled : True\n\n\"Identity\",\"PrimarySmtpAddress\",\"PopEnabled\",\"ImapEnabled\",\"SmtpClientAuthenticationDisabled\"\n\
            \"Sean OBrien\",\"o'brien@contoso.com\",\"False\",\"True\",\"True\"\n";
        // A device sends over SMTP AUTH: the reason for its fix.
        let context = Context::new(Date::new(2026, 11, 27).unwrap_or_default()).with_client(crate::rules::ClientScenario::DeviceBasic);
        let (parsed, report) = analyze(paste, &context);
        let redacted = Redactor::new(paste, &parsed).report(report);
        let commands = redacted.mailboxes.get(0).map(|m| m.commands()).unwrap_or_default();
        assert!(!commands.is_empty());
        let json = serde_json::to_string(&redacted).unwrap_or_default();
        for secret in ["brien", "contoso", "OBrien"] {
            assert!(!json.contains(secret), "{secret} in {json}");
        }
        assert!(commands.iter().all(|c| !c.command.contains("-Identity") || c.command.contains("-Identity 'user-")), "{commands:#?}");
    }
}
