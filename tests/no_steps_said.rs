//! A path whose steps cannot be filled in says why instead of showing nothing: an account whose
//! name holds a control character signs in with a password, so it has a plan, but no command
//! may quote its name.

use exo_auth_analyzer::remedy::analyze;
use exo_auth_analyzer::rules::{Context, Date};
use exo_auth_analyzer::rules::way_out::Path;
use exo_auth_analyzer::wording::{way_out, Lang};

const SIGN_INS: &str = "\
Date (UTC),Username,User,Client app,Status,Sign-in error code,IP address,User agent
2026-11-20T08:00:00Z,scan\u{b}1@contoso.com,Scanner,Authenticated SMTP,Success,0,203.0.113.7,BAV2ROPC
";

#[test]
fn a_plan_whose_steps_cannot_be_quoted_has_none_and_the_page_says_why() {
    let context = Context::new(Date::new(2026, 12, 5).expect("a valid date"));
    let (_, report) = analyze(SIGN_INS, &context);
    let mailbox = report.mailboxes.iter().find(|m| m.identity().contains('\u{b}')).expect("the account is read with its control character");
    let plan = mailbox.way_out(None).expect("a password sign-in has a plan");
    // App-only OAuth grants the app this mailbox by name; a relay connector names no mailbox.
    assert!(mailbox.path_steps(&plan, Path::OauthAppOnly).is_none(), "no command may quote the name");
    assert!(mailbox.path_steps(&plan, Path::RelayConnector).is_some(), "a connector's steps name no mailbox");
    let (en, de) = (way_out::no_steps(Lang::En), way_out::no_steps(Lang::De));
    assert!(en.contains("control character") && de.contains("Steuerzeichen"), "{en} / {de}");
}
