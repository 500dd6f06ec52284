//! The report built a few mailboxes at a time (as the web app does for a bulk paste) is the
//! report built at once.

use exo_auth_analyzer::model::Evidence;
use exo_auth_analyzer::parse::parse;
use exo_auth_analyzer::rules::{Context, Date};
use exo_auth_analyzer::remedy::Evaluation;

fn paste(mailboxes: usize) -> String {
    let mut text = String::from(
        "SmtpClientAuthenticationDisabled : True\n\n\"Identity\",\"PrimarySmtpAddress\",\"PopEnabled\",\"ImapEnabled\",\"SmtpClientAuthenticationDisabled\"\n",
    );
    for i in 0..mailboxes {
        let on = if i % 3 == 0 { "False" } else { "True" };
        let smtp = if i % 4 == 0 { "\"False\"" } else { "" };
        text.push_str(&format!("\"user{i}\",\"user{i}@contoso.com\",\"{on}\",\"{on}\",{smtp}\n"));
    }
    text.push_str("Set-TransportConfig -SmtpClientAuthenticationDisabled $true\n");
    text
}

#[test]
fn stepping_gives_the_report_built_at_once() {
    let text = paste(23);
    let context = Context::new(Date::new(2026, 11, 27).expect("a valid date"));
    let (_, at_once) = exo_auth_analyzer::remedy::analyze(&text, &context);

    let parsed = parse(&text);
    let mut evaluation = Evaluation::new(Evidence::from_parsed(&parsed), &context);
    assert_eq!(evaluation.progress(), (0, 23));
    let mut steps = 0;
    while !evaluation.step(5) {
        steps += 1;
        assert_eq!(evaluation.progress(), (5 * steps, 23));
    }
    assert_eq!(steps, 4);
    assert_eq!(evaluation.progress(), (23, 23));
    // Nothing is left for a further step, and finishing adds no mailbox twice.
    assert!(evaluation.step(5));
    let mut stepped = evaluation.finish();
    exo_auth_analyzer::remedy::add_text_notes(&mut stepped, &text);

    assert_eq!(stepped.mailboxes.len(), 23);
    assert_eq!(stepped, at_once);
}

