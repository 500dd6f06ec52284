//! The columns of sign-in logs and usage reports, by name, and how one row's values become a
//! [`UsageRow`] — the same for CSV, JSON and PowerShell output (evidence.md §1–§4).
//!
//! Names are matched trimmed, with runs of white space as one space and case ignored, so the
//! portal's `Application ID ` and `Autonomous system  number` match; the first of two columns
//! of the same name wins (`Incoming token type` appears twice); never by position.

use std::borrow::Cow;
use std::sync::Arc;

use super::time;
use super::{Outcome, Protocol, SourceKind, TextPool, UsageAuth, UsageProtocol, UsageRow};

/// A column the analysis reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Col {
    Time,
    Account,
    DisplayName,
    ClientApp,
    Status,
    ErrorCode,
    FailureReason,
    App,
    UserAgent,
    Ip,
    Location,
    AuthProtocol,
    ServicePrincipal,
    Sender,
    MessagesSent,
    Tls10,
    Tls11,
    ReportMethod,
    RefreshDate,
    LastActivity,
    ReportPeriod,
    SmtpApp,
    PopApp,
    ImapApp,
    /// The tenant the sign-in went to: two in one paste are two tenants' logs mixed.
    Tenant,
}

/// How many columns there are: one slot per [`Col`].
pub(super) const COLUMNS: usize = Col::Tenant as usize + 1;

impl Col {
    fn index(self) -> usize {
        self as usize
    }
}

/// The column a header or key names, compared as the module doc says.
pub(super) fn column(name: &str) -> Option<Col> {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    }
    let col = match key.as_str() {
        "date (utc)" | "date" | "createddatetime" | "timegenerated" | "timegenerated [utc]" | "time" => Col::Time,
        "username" | "userprincipalname" | "user principal name" => Col::Account,
        "user" | "userdisplayname" | "display name" => Col::DisplayName,
        "client app" | "clientappused" | "client app used" => Col::ClientApp,
        "status" => Col::Status,
        "sign-in error code" | "errorcode" | "error code" | "resulttype" | "status.errorcode" => Col::ErrorCode,
        "failure reason" | "failurereason" | "resultdescription" | "status.failurereason" => Col::FailureReason,
        "application" | "appdisplayname" => Col::App,
        "user agent" | "useragent" => Col::UserAgent,
        "ip address" | "ipaddress" => Col::Ip,
        "location" => Col::Location,
        "authentication protocol" | "authenticationprotocol" => Col::AuthProtocol,
        "service principal id" | "service principal name" | "serviceprincipalid" | "serviceprincipalname" => Col::ServicePrincipal,
        "sender address" => Col::Sender,
        "messages sent" => Col::MessagesSent,
        "tls 1.0 (percentage)" => Col::Tls10,
        "tls 1.1 (percentage)" => Col::Tls11,
        "report refresh date" | "reportrefreshdate" => Col::RefreshDate,
        "last activity date" | "lastactivitydate" => Col::LastActivity,
        "report period" | "reportperiod" => Col::ReportPeriod,
        "smtp app" | "smtpapp" => Col::SmtpApp,
        "pop3 app" | "pop3app" => Col::PopApp,
        "imap4 app" | "imap4app" => Col::ImapApp,
        "resource tenant id" | "resourcetenantid" | "tenantid" | "aadtenantid" => Col::Tenant,
        // The SMTP AUTH clients report's Basic/OAuth column: name undocumented (evidence.md §3).
        other if other.contains("authentication") => Col::ReportMethod,
        _ => return None,
    };
    Some(col)
}

/// Which export a set of columns is, if any.
pub(super) fn source_kind(present: &[bool; COLUMNS]) -> Option<SourceKind> {
    let has = |col: Col| present[col.index()];
    if has(Col::Sender) && has(Col::MessagesSent) {
        return Some(SourceKind::SmtpAuthClientsReport);
    }
    if has(Col::Account) && (has(Col::SmtpApp) || has(Col::PopApp) || has(Col::ImapApp)) {
        return Some(SourceKind::EmailAppsUsage);
    }
    let who = has(Col::Account) || has(Col::ServicePrincipal);
    let what = has(Col::ClientApp) || (has(Col::Time) && (has(Col::Status) || has(Col::ErrorCode)));
    (who && what).then_some(SourceKind::EntraSignins)
}

/// One row's values, by column; texts borrowed from the input where they can be.
#[derive(Default)]
pub(super) struct Fields<'a> {
    values: [Option<Cow<'a, str>>; COLUMNS],
}

impl<'a> Fields<'a> {
    /// Sets a column unless it already has a value (the first occurrence wins).
    pub(super) fn set(&mut self, col: Col, value: Cow<'a, str>) {
        let slot = &mut self.values[col.index()];
        if slot.is_none() {
            *slot = Some(value);
        }
    }

    /// Puts `value` in place of what the column holds: a date read in the order the log tells.
    pub(super) fn replace(&mut self, col: Col, value: Cow<'a, str>) {
        self.values[col.index()] = Some(value);
    }

    pub(super) fn get(&self, col: Col) -> Option<&str> {
        self.values[col.index()].as_deref().map(str::trim).filter(|v| !v.is_empty())
    }

    /// A value shown to people: a .NET type name (an unflattened `Export-Csv` writes
    /// `Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignInLocation`) is none, not a value.
    fn shown(&self, col: Col) -> Option<&str> {
        self.get(col).filter(|v| !crate::parse::is_type_name(v))
    }
}

/// What a row could not tell, reported once per source by the reader.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct RowDoubts {
    pub no_user: bool,
    pub status_type_name: bool,
    pub time_unreadable: bool,
    /// The MessagesSent cell holds something that is not a number.
    pub count_unreadable: bool,
    /// The IP address cell holds several addresses (`203.0.113.5, 198.51.100.7`), not one.
    pub ip_list: bool,
}

/// The usage rows one export row stands for: one for a sign-in, one per protocol an Email apps
/// usage row shows (or one without a protocol, so the account is still seen).
pub(super) fn rows(kind: SourceKind, fields: &Fields<'_>, source: u32, line: u32, pool: &mut TextPool, out: &mut Vec<UsageRow>) -> RowDoubts {
    match kind {
        SourceKind::EntraSignins | SourceKind::GraphSignins => sign_in(fields, source, line, pool, out),
        SourceKind::SmtpAuthClientsReport => smtp_report(fields, source, line, pool, out),
        SourceKind::EmailAppsUsage => email_apps(fields, source, line, pool, out),
        // Read by `parse/message_trace/`, never through these columns.
        SourceKind::MessageTrace => RowDoubts::default(),
    }
}

/// The timestamps of a row that widen its source's window.
pub(super) fn stamps(kind: SourceKind, fields: &Fields<'_>) -> [Option<i64>; 2] {
    match kind {
        SourceKind::EmailAppsUsage => [fields.get(Col::RefreshDate), fields.get(Col::LastActivity)].map(|t| t.and_then(time::read)),
        _ => [fields.get(Col::Time).and_then(time::read), None],
    }
}

fn blank_row(source: u32, line: u32, account: Arc<str>) -> UsageRow {
    UsageRow {
        source,
        line,
        account,
        display_name: None,
        protocol: None,
        auth: UsageAuth::Unknown,
        outcome: Outcome::Success,
        count: 1,
        at: None,
        error_code: None,
        app: None,
        user_agent: None,
        ip: None,
        location: None,
        legacy_tls: false,
    }
}

fn sign_in(fields: &Fields<'_>, source: u32, line: u32, pool: &mut TextPool, out: &mut Vec<UsageRow>) -> RowDoubts {
    let mut doubts = RowDoubts::default();
    let printed = fields.get(Col::Time);
    let at = printed.and_then(time::read);
    doubts.time_unreadable = printed.is_some() && at.is_none();
    let Some(account) = fields.get(Col::Account).and_then(|a| pool.get(a)) else {
        doubts.no_user = fields.get(Col::ServicePrincipal).is_none();
        return doubts;
    };
    let (protocol, auth) = client_app(fields.get(Col::ClientApp));
    let (outcome, error_code) = outcome(fields);
    doubts.status_type_name = outcome == Outcome::Unreadable && fields.get(Col::Status).is_some_and(crate::parse::is_type_name);
    let mut row = blank_row(source, line, account);
    row.display_name = fields.shown(Col::DisplayName).and_then(|t| pool.get(t));
    row.protocol = protocol;
    row.auth = match fields.get(Col::AuthProtocol) {
        Some(p) if protocol.is_none() && p.eq_ignore_ascii_case("ropc") => UsageAuth::Basic,
        _ => auth,
    };
    row.outcome = outcome;
    row.at = at;
    row.error_code = error_code.and_then(|c| pool.get(&c));
    row.app = fields.shown(Col::App).and_then(|t| pool.get(t));
    row.user_agent = fields.shown(Col::UserAgent).and_then(|t| pool.get(t));
    row.ip = fields.shown(Col::Ip).and_then(|t| pool.get(t));
    doubts.ip_list = fields.get(Col::Ip).is_some_and(holds_several);
    row.location = fields.shown(Col::Location).and_then(|t| pool.get(t));
    out.push(row);
    doubts
}

/// Whether an IP address cell holds more than one value: separated by commas, semicolons or
/// blanks. It is kept as printed; read as one address, it is none.
pub(super) fn holds_several(cell: &str) -> bool {
    cell.trim().contains([',', ';', ' '])
}

/// The protocol and method of a `Client app` value (evidence.md §1, exactly as Microsoft lists
/// them, compared case-insensitively): legacy clients sign in with a password.
fn client_app(value: Option<&str>) -> (Option<UsageProtocol>, UsageAuth) {
    let Some(value) = value else { return (None, UsageAuth::Unknown) };
    let is = |name: &str| value.eq_ignore_ascii_case(name);
    let protocol = if is("Authenticated SMTP") || is("SMTP") {
        UsageProtocol::Mail(Protocol::Smtp)
    } else if is("POP3") || is("POP") {
        UsageProtocol::Mail(Protocol::Pop)
    } else if is("IMAP4") || is("IMAP") {
        UsageProtocol::Mail(Protocol::Imap)
    } else if LEGACY_OTHER.iter().any(|name| is(name)) {
        UsageProtocol::Other
    } else {
        return (None, UsageAuth::OAuth);
    };
    (Some(protocol), UsageAuth::Basic)
}

const LEGACY_OTHER: [&str; 10] = [
    "Autodiscover",
    "Exchange ActiveSync",
    "Exchange Online PowerShell",
    "Exchange Web Services",
    "MAPI over HTTP",
    "Offline Address Book",
    "Outlook Anywhere (RPC over HTTP)",
    "Outlook Service",
    "Reporting Web Services",
    "Other clients",
];

/// Success is `errorCode 0` or `Success`; a success may still carry a failure reason
/// (evidence.md §1). The error code decides where both are shown.
fn outcome(fields: &Fields<'_>) -> (Outcome, Option<String>) {
    let code = fields.get(Col::ErrorCode).map(str::to_owned).or_else(|| fields.get(Col::Status).and_then(nested_error_code));
    match code.as_deref().map(|c| c.parse::<i64>()) {
        Some(Ok(0)) => return (Outcome::Success, code),
        Some(Ok(_)) => return (Outcome::Failure, code),
        _ => {}
    }
    let outcome = match fields.get(Col::Status) {
        Some(s) if s.eq_ignore_ascii_case("Success") => Outcome::Success,
        Some(s) if s.eq_ignore_ascii_case("Failure") || s.eq_ignore_ascii_case("Interrupted") => Outcome::Failure,
        _ => Outcome::Unreadable,
    };
    (outcome, None)
}

/// The error code inside a status printed whole: JSON (`{"errorCode":0,…}`, Log Analytics) or
/// PowerShell's `@{errorCode=50055; …}`.
fn nested_error_code(status: &str) -> Option<String> {
    let lower = status.to_ascii_lowercase();
    let at = lower.find("errorcode")? + "errorcode".len();
    let rest = lower.get(at..)?.trim_start_matches(['"', ' ', ':', '=']);
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == '-').collect();
    (!digits.is_empty()).then_some(digits)
}

fn smtp_report(fields: &Fields<'_>, source: u32, line: u32, pool: &mut TextPool, out: &mut Vec<UsageRow>) -> RowDoubts {
    let Some(account) = fields.get(Col::Sender).and_then(|a| pool.get(a)) else {
        return RowDoubts { no_user: true, ..RowDoubts::default() };
    };
    let mut row = blank_row(source, line, account);
    row.protocol = Some(UsageProtocol::Mail(Protocol::Smtp));
    row.auth = match fields.get(Col::ReportMethod).or_else(|| fields.get(Col::AuthProtocol)).map(str::to_ascii_lowercase) {
        Some(method) if method.contains("basic") => UsageAuth::Basic,
        Some(method) if method.contains("oauth") => UsageAuth::OAuth,
        _ => UsageAuth::Unknown,
    };
    // An empty cell is no messages; a value that is not a number is counted as none, and said.
    let count = fields.get(Col::MessagesSent).map(|n| n.replace([',', '.', ' '], "").parse().ok());
    row.count = count.flatten().unwrap_or(0);
    row.legacy_tls = [Col::Tls10, Col::Tls11].iter().any(|col| fields.get(*col).is_some_and(is_positive_share));
    out.push(row);
    RowDoubts { count_unreadable: count.is_some_and(|n| n.is_none()), ..RowDoubts::default() }
}

/// Whether a percentage (`25`, `0.5`, `0,5 %`) is above zero: any digit but 0 says so, and no
/// float parser is linked for it.
fn is_positive_share(text: &str) -> bool {
    let number = text.trim_end_matches('%').trim();
    number.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') && number.bytes().any(|b| (b'1'..=b'9').contains(&b))
}

fn email_apps(fields: &Fields<'_>, source: u32, line: u32, pool: &mut TextPool, out: &mut Vec<UsageRow>) -> RowDoubts {
    let Some(account) = fields.get(Col::Account).and_then(|a| pool.get(a)) else {
        return RowDoubts { no_user: true, ..RowDoubts::default() };
    };
    let display_name = fields.shown(Col::DisplayName).and_then(|t| pool.get(t));
    let mut protocols: Vec<Option<UsageProtocol>> = Vec::new();
    for (col, protocol) in [(Col::SmtpApp, Protocol::Smtp), (Col::PopApp, Protocol::Pop), (Col::ImapApp, Protocol::Imap)] {
        if fields.get(col).is_some_and(shows_use) {
            protocols.push(Some(UsageProtocol::Mail(protocol)));
        }
    }
    if protocols.is_empty() {
        protocols.push(None);
    }
    for protocol in protocols {
        let mut row = blank_row(source, line, Arc::clone(&account));
        row.display_name.clone_from(&display_name);
        row.protocol = protocol;
        out.push(row);
    }
    RowDoubts::default()
}

/// Whether an Email apps usage cell says the app was used. What the cells hold is not
/// documented (evidence.md §4); the JSON form is a list that is empty when unused, so an empty
/// cell, `[]`, `0`, `No` and `False` are read as unused and anything else as used.
fn shows_use(cell: &str) -> bool {
    let cell = cell.trim();
    !(cell.is_empty() || cell == "[]" || cell == "0" || cell.eq_ignore_ascii_case("no") || cell.eq_ignore_ascii_case("false"))
}

/// A user name the report hides behind a 32-digit hash (`displayConcealedNames`, evidence.md §4).
pub(super) fn is_concealed(name: &str) -> bool {
    name.len() == 32 && name.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The command that exports the sign-in log with its status readable (evidence.md §2).
pub const FLATTENED_EXPORT: &str = "Get-MgAuditLogSignIn -Filter \"clientAppUsed eq 'Authenticated SMTP'\" -All | Select-Object UserPrincipalName,ClientAppUsed,CreatedDateTime,AppDisplayName,IPAddress,@{n='ErrorCode';e={$_.Status.ErrorCode}} | Export-Csv signins.csv -NoTypeInformation";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_trimmed_collapsed_and_in_any_case() {
        assert_eq!(column("Application ID "), None);
        assert_eq!(column(" Username "), Some(Col::Account));
        assert_eq!(column("CLIENT   APP"), Some(Col::ClientApp));
        assert_eq!(column("TimeGenerated [UTC]"), Some(Col::Time));
        assert_eq!(column("Authentication Protocol"), Some(Col::AuthProtocol));
        assert_eq!(column("Authentication method"), Some(Col::ReportMethod));
    }

    #[test]
    fn client_apps_tell_the_protocol_and_that_legacy_means_a_password() {
        assert_eq!(client_app(Some("Authenticated SMTP")), (Some(UsageProtocol::Mail(Protocol::Smtp)), UsageAuth::Basic));
        assert_eq!(client_app(Some("smtp")), (Some(UsageProtocol::Mail(Protocol::Smtp)), UsageAuth::Basic));
        assert_eq!(client_app(Some("IMAP4")), (Some(UsageProtocol::Mail(Protocol::Imap)), UsageAuth::Basic));
        assert_eq!(client_app(Some("Other clients")), (Some(UsageProtocol::Other), UsageAuth::Basic));
        assert_eq!(client_app(Some("Mobile Apps and Desktop clients")), (None, UsageAuth::OAuth));
    }

    #[test]
    fn success_is_error_code_zero_even_with_a_failure_reason() {
        let mut fields = Fields::default();
        fields.set(Col::ErrorCode, "0".into());
        fields.set(Col::FailureReason, "Other.".into());
        assert_eq!(outcome(&fields).0, Outcome::Success);
        let mut nested = Fields::default();
        nested.set(Col::Status, "@{errorCode=50055; failureReason=The password is expired.}".into());
        assert_eq!(outcome(&nested), (Outcome::Failure, Some("50055".into())));
        let mut typed = Fields::default();
        typed.set(Col::Status, "Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignInStatus".into());
        assert_eq!(outcome(&typed).0, Outcome::Unreadable);
    }

    #[test]
    fn a_share_is_positive_when_any_digit_is() {
        for (share, positive) in [("25", true), ("0.5", true), ("0,5 %", true), ("0", false), ("0.0", false), ("", false), ("n/a", false)] {
            assert_eq!(is_positive_share(share), positive, "{share}");
        }
    }

    #[test]
    fn an_ip_cell_with_a_list_holds_several() {
        assert!(holds_several("203.0.113.5, 198.51.100.7"));
        assert!(holds_several("203.0.113.5;2001:db8::1"));
        assert!(!holds_several(" 203.0.113.5 "));
        assert!(!holds_several("2001:db8::1"));
    }

    #[test]
    fn concealed_names_are_32_hex_digits() {
        assert!(is_concealed("8F2B3C4D5E6F708192A3B4C5D6E7F809"));
        assert!(!is_concealed("scanner@contoso.com"));
    }
}
