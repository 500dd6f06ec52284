use super::*;
use crate::parse::Answer;
use crate::rules::{ClientScenario, Context, Date};

/// A flattened sign-in export (evidence.md §2): per account its address and error code.
fn sign_ins(rows: &[(&str, &str, &str, u32)]) -> String {
    let mut text = String::from("\"UserPrincipalName\",\"ClientAppUsed\",\"CreatedDateTime\",\"AppDisplayName\",\"IPAddress\",\"ErrorCode\"\n");
    for (account, app, ip, error) in rows {
        text.push_str(&format!("\"{account}\",\"Authenticated SMTP\",\"11/20/2026 9:02:10 AM\",\"{app}\",\"{ip}\",\"{error}\"\n"));
    }
    text
}

fn report_of(text: &str, client: ClientScenario) -> Report {
    let context = Context::new(Date::new(2026, 12, 5).unwrap_or_default()).with_client(client);
    crate::remedy::analyze(text, &context).1
}

/// Ten accounts: two scanners behind one address, a printer that fails already, a person's
/// mail program, an app on a private address, a device on two addresses, and four more devices
/// behind a second address.
fn tenant() -> Report {
    let office = "Office 365 Exchange Online";
    report_of(
        &sign_ins(&[
            ("printer-hall@contoso.com", office, "203.0.113.9", 50126),
            ("scanner1@contoso.com", office, "203.0.113.10", 0),
            ("ann@contoso.com", "Mozilla Thunderbird", "198.51.100.7", 0),
            ("scanner2@contoso.com", office, "203.0.113.10", 0),
            ("alerts@contoso.com", office, "10.1.2.3", 0),
            ("copier@contoso.com", office, "203.0.113.20", 0),
            ("copier@contoso.com", office, "198.51.100.8", 0),
            ("fax1@contoso.com", office, "192.0.2.50", 0),
            ("fax2@contoso.com", office, "192.0.2.50", 0),
            ("fax3@contoso.com", office, "192.0.2.50", 0),
        ]),
        ClientScenario::Any,
    )
}

fn built(report: &Report, given: &Given, count: usize) -> PlanRows {
    let mut build = PlanRowsBuild::new(report);
    let mut last = 0;
    while !build.step(report, given, count) {
        let (done, all) = build.progress(report);
        assert!(done > last && done <= all, "{done} of {all} after {last}");
        last = done;
    }
    build.finish(report)
}

fn accounts(report: &Report, rows: &PlanRows, positions: &[u32]) -> Vec<String> {
    positions.iter().filter_map(|at| rows.rows.get(*at as usize)).filter_map(|row| report.mailboxes.get(row.mailbox as usize)).map(|m| m.identity().to_string()).collect()
}

fn all(rows: &PlanRows) -> Vec<u32> {
    (0..rows.rows.len() as u32).collect()
}

fn row_of<'a>(report: &Report, rows: &'a PlanRows, account: &str) -> &'a PlanRow {
    rows.rows.iter().find(|row| report.mailboxes.get(row.mailbox as usize).is_some_and(|m| m.identity() == account)).expect("a row")
}

#[test]
fn breaking_accounts_first_then_failing_then_the_rest_in_report_order() {
    let report = tenant();
    let rows = built(&report, &Given::default(), 3);
    let names = accounts(&report, &rows, &all(&rows));
    let failing = names.iter().position(|n| n == "printer-hall@contoso.com").expect("the printer");
    assert_eq!(failing, names.len() - 1, "{names:?}");
    assert_eq!(names.len(), 9);
    let in_report: Vec<String> = report.mailboxes.iter().filter(|m| m.has_plan() && m.december() == December::Breaks).map(|m| m.identity().to_string()).collect();
    assert_eq!(names[..failing], in_report[..]);

    // With the client "device with a password" every mailbox has a plan: those without a
    // password sign-in in the evidence come last.
    let text = format!("{}\"alice@contoso.com\",\"Browser\",\"11/20/2026 9:02:10 AM\",\"Office 365 Exchange Online\",\"192.0.2.1\",\"0\"\n", sign_ins(&[("printer@contoso.com", "x", "192.0.2.9", 50126), ("scanner@contoso.com", "x", "192.0.2.10", 0)]));
    let report = report_of(&text, ClientScenario::DeviceBasic);
    let rows = built(&report, &Given::default(), 1);
    assert_eq!(accounts(&report, &rows, &all(&rows)), ["scanner@contoso.com", "printer@contoso.com", "alice@contoso.com"]);
    assert_eq!(rows.rows.last().map(|r| r.december), Some(December::Unaffected));
}

#[test]
fn rows_built_in_steps_are_the_rows_built_at_once() {
    let report = tenant();
    let whole = built(&report, &Given::default(), usize::MAX);
    for count in [1, 2, 7] {
        assert_eq!(built(&report, &Given::default(), count), whole, "{count} per step");
    }
    let empty = report_of("", ClientScenario::Any);
    assert_eq!(built(&empty, &Given::default(), 5), PlanRows::default());
}

#[test]
fn rows_carry_the_plan_the_answers_and_the_site() {
    let report = tenant();
    let rows = built(&report, &Given::default(), 4);
    let scanner = row_of(&report, &rows, "scanner1@contoso.com");
    assert_eq!((scanner.sender, scanner.sender_likely, scanner.recommended), (Sender::Device, true, Some(Path::RelayConnector)));
    let site = scanner.site.and_then(|s| report.sites.get(s as usize)).expect("a site");
    assert_eq!(site.ip, "203.0.113.10");
    assert_eq!(row_of(&report, &rows, "ann@contoso.com").sender, Sender::Person);
    assert_eq!(row_of(&report, &rows, "ann@contoso.com").recommended, Some(Path::OauthDelegated));
    for (account, why) in [("alerts@contoso.com", "a private address"), ("copier@contoso.com", "two addresses")] {
        assert_eq!(row_of(&report, &rows, account).site, None, "{why}");
    }
    let key = scanner.key;
    let mut given = Given::default();
    given.insert(key, Answer { sender: Sender::App, ..Answer::default() });
    let answered = built(&report, &given, 4);
    let scanner = row_of(&report, &answered, "scanner1@contoso.com");
    assert_eq!((scanner.sender, scanner.sender_likely, scanner.recommended), (Sender::App, false, Some(Path::OauthAppOnly)));
}

#[test]
fn shared_sites_largest_first_each_with_its_first_account() {
    let report = tenant();
    let rows = built(&report, &Given::default(), 2);
    let ips: Vec<&str> = rows.shared_sites.iter().filter_map(|s| report.sites.get(*s as usize)).map(|s| s.ip.as_str()).collect();
    assert_eq!(ips, ["192.0.2.50", "203.0.113.10"]);
    let first = |ip: &str| {
        let at = report.sites.iter().position(|s| s.ip == ip)?;
        let mailbox = rows.site_first.get(at).copied().flatten()?;
        report.mailboxes.get(mailbox as usize).map(|m| m.identity().to_string())
    };
    assert_eq!(first("203.0.113.10").as_deref(), Some("scanner1@contoso.com"));
    assert_eq!(first("192.0.2.50").as_deref(), Some("fax1@contoso.com"));
    assert_eq!(rows.site_first.len(), report.sites.len());
}

#[test]
fn filters_by_path_site_december_and_text_together() {
    let report = tenant();
    let rows = built(&report, &Given::default(), 5);
    let shown = |filter: PlanFilter| accounts(&report, &rows, &rows.visible(&report, &filter));
    assert_eq!(shown(PlanFilter::default()).len(), rows.rows.len());
    assert_eq!(shown(PlanFilter { recommended: Some(Some(Path::OauthDelegated)), ..PlanFilter::default() }), ["ann@contoso.com"]);
    let asking = shown(PlanFilter { recommended: Some(None), ..PlanFilter::default() });
    assert!(asking.contains(&"copier@contoso.com".to_string()) && asking.contains(&"printer-hall@contoso.com".to_string()), "{asking:?}");
    let site = report.sites.iter().position(|s| s.ip == "192.0.2.50").map(|s| s as u32);
    assert_eq!(shown(PlanFilter { site, ..PlanFilter::default() }), ["fax1@contoso.com", "fax2@contoso.com", "fax3@contoso.com"]);
    assert_eq!(shown(PlanFilter { december: Some(December::AlreadyFailing), ..PlanFilter::default() }), ["printer-hall@contoso.com"]);
    assert_eq!(shown(PlanFilter { text: " SCANNER ".into(), ..PlanFilter::default() }), ["scanner1@contoso.com", "scanner2@contoso.com"]);
    // The site's address is searched too.
    assert_eq!(shown(PlanFilter { text: "203.0.113.1".into(), ..PlanFilter::default() }), ["scanner1@contoso.com", "scanner2@contoso.com"]);
    assert_eq!(shown(PlanFilter { text: "fax".into(), site, december: Some(December::Breaks), recommended: Some(Some(Path::RelayConnector)) }).len(), 3);
    assert!(shown(PlanFilter { text: "fax".into(), december: Some(December::AlreadyFailing), ..PlanFilter::default() }).is_empty());
    let counts = rows.by_recommended();
    assert_eq!(counts.iter().sum::<usize>(), rows.rows.len());
    assert_eq!(counts[Path::OauthDelegated as usize], 1);
    assert_eq!(counts[6], asking.len());
}

#[test]
fn an_answer_for_many_changes_only_what_it_says_and_only_their_rows() {
    let report = tenant();
    let mut given = Given::default();
    let mut rows = built(&report, &given, 5);
    let before = rows.rows.clone();
    let faxes = rows.visible(&report, &PlanFilter { text: "fax".into(), ..PlanFilter::default() });
    let mut keys: Vec<u64> = faxes.iter().filter_map(|at| rows.rows.get(*at as usize)).map(|row| row.key).collect();
    keys.sort_unstable();
    // An answer already given for one of them keeps what the new one does not say.
    given.insert(keys[0], Answer { sends_outside: Some(true), ..Answer::default() });
    AnswerChange { keys: keys.clone(), sender: Some(Sender::App), sends_outside: None }.apply(&mut given);
    assert_eq!(given.get(&keys[0]).map(|a| (a.sender, a.sends_outside)), Some((Sender::App, Some(true))));
    assert_eq!(given.get(&keys[1]).map(|a| (a.sender, a.sends_outside)), Some((Sender::App, None)));
    // An answer in `given` for an account not named is not looked at: only named rows are worked out.
    let scanner = row_of(&report, &rows, "scanner1@contoso.com").key;
    given.insert(scanner, Answer { sender: Sender::Person, ..Answer::default() });
    rows.answered(&report, &given, &keys);
    for (old, new) in before.iter().zip(&rows.rows) {
        if keys.contains(&old.key) {
            assert_eq!((new.sender, new.sender_likely, new.recommended), (Sender::App, false, Some(Path::OauthAppOnly)));
        } else {
            assert_eq!(old, new);
        }
    }
    // Worked out again, the answered rows are those a whole new build gives.
    given.remove(&scanner);
    assert_eq!(rows, built(&report, &given, 5));
    // "Not sure" takes a given answer back.
    AnswerChange { keys: keys.clone(), sender: Some(Sender::Unknown), sends_outside: Some(None) }.apply(&mut given);
    rows.answered(&report, &given, &keys);
    assert_eq!(rows.rows, before);
}

#[test]
fn answers_given_while_the_rows_are_built_reach_the_rows_built_before() {
    let report = tenant();
    let mut given = Given::default();
    let mut build = PlanRowsBuild::new(&report);
    assert!(!build.step(&report, &given, 6));
    let keys: Vec<u64> = {
        let mut keys: Vec<u64> = report.mailboxes.iter().filter_map(|m| m.answer_key()).collect();
        keys.sort_unstable();
        keys
    };
    let change = AnswerChange { keys: keys.clone(), sender: None, sends_outside: Some(Some(false)) };
    change.apply(&mut given);
    build.answered(&report, &given, &keys);
    while !build.step(&report, &given, 6) {}
    assert_eq!(build.finish(&report), built(&report, &given, usize::MAX));
}

#[test]
fn a_control_sets_its_part_of_the_filter() {
    let mut filter = PlanFilter::default();
    filter.set("path", "ask");
    assert_eq!(filter.recommended, Some(None));
    filter.set("path", "relay-connector");
    assert_eq!(filter.recommended, Some(Some(Path::RelayConnector)));
    filter.set("site", "3");
    filter.set("december", "already-failing");
    filter.set("text", "Scanner");
    filter.set("colour", "blue");
    assert_eq!(filter, PlanFilter { text: "Scanner".into(), recommended: Some(Some(Path::RelayConnector)), site: Some(3), december: Some(December::AlreadyFailing) });
    for part in ["path", "site", "december", "text"] {
        filter.set(part, "");
    }
    assert_eq!(filter, PlanFilter::default());
}

#[test]
fn text_is_found_without_case_and_without_copies() {
    assert!(contains_ignoring_ascii_case("Scanner@Contoso.com", "scanner@contoso"));
    assert!(contains_ignoring_ascii_case("abc", ""));
    assert!(!contains_ignoring_ascii_case("ab", "abc"));
    assert!(contains_ignoring_ascii_case("Jürgen Müller", "ürgen"));
    assert!(!contains_ignoring_ascii_case("", "a"));
}
