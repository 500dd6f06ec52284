//! No identity or policy name, however hostile, can change what a generated command means.
//!
//! The check is a small PowerShell tokenizer written from the language specification's
//! verbatim (single-quoted) string rules (about_Quoting_Rules; PowerShell Language
//! Specification 3.0, §2.3.5.2.2): a verbatim string starts and ends with a
//! single-quote-character — U+0027, U+2018, U+2019, U+201A or U+201B, interchangeably — and
//! inside it two adjacent single-quote-characters stand for one. Nothing else (`$()`,
//! backticks, `;`, `|`, double quotes) is special inside it. Outside strings, tokens are
//! separated by blanks.

#[path = "fixtures/rules/support.rs"]
mod support;

use exo_auth_analyzer::parse::ObjectKind;
use exo_auth_analyzer::remedy::{collect_script, command_for, single_quoted, CollectTarget};
use exo_auth_analyzer::model::Environment;
use exo_auth_analyzer::rules::{ClientScenario, MissingInput};
use proptest::prelude::*;
use support::*;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Bare(String),
    Verbatim(String),
}

fn is_single_quote(c: char) -> bool {
    matches!(c, '\u{27}' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

/// Tokens of one command line; `Err` for an unterminated verbatim string.
fn tokenize(line: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut bare = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if is_single_quote(c) {
            if !bare.is_empty() {
                tokens.push(Token::Bare(std::mem::take(&mut bare)));
            }
            let mut value = String::new();
            loop {
                match chars.next() {
                    None => return Err(format!("unterminated string in {line:?}")),
                    Some(q) if is_single_quote(q) => match chars.peek() {
                        Some(next) if is_single_quote(*next) => {
                            // A doubled quote is one literal quote (the second one's character).
                            value.push(*next);
                            chars.next();
                        }
                        _ => break,
                    },
                    Some(other) => value.push(other),
                }
            }
            tokens.push(Token::Verbatim(value));
        } else if c == ' ' || c == '\t' {
            if !bare.is_empty() {
                tokens.push(Token::Bare(std::mem::take(&mut bare)));
            }
        } else {
            bare.push(c);
        }
    }
    if !bare.is_empty() {
        tokens.push(Token::Bare(bare));
    }
    Ok(tokens)
}

/// The command's shape with every string literal replaced by its position in `literals`.
fn skeleton(line: &str, literals: &[&str]) -> Result<Vec<String>, String> {
    tokenize(line)?
        .into_iter()
        .map(|token| match token {
            Token::Bare(text) => Ok(text),
            Token::Verbatim(value) => match literals.iter().position(|l| *l == value) {
                Some(index) => Ok(format!("<literal {index}>")),
                None if value.starts_with('<') || value == "Allow Basic SMTP" => Ok(format!("<{value}>")),
                None => Err(format!("unexpected literal {value:?} in {line:?}")),
            },
        })
        .collect()
}

/// Hostile fragments mixed with arbitrary Unicode.
fn identity() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just("'".to_string()),
        Just("\u{2018}".to_string()),
        Just("\u{2019}".to_string()),
        Just("\u{201A}".to_string()),
        Just("\u{201B}".to_string()),
        Just("''".to_string()),
        Just("$(Remove-Item C:\\ -Recurse)".to_string()),
        Just("`".to_string()),
        Just(";".to_string()),
        Just("|".to_string()),
        Just("\"".to_string()),
        Just(" ".to_string()),
        Just("@contoso.com".to_string()),
        "\\PC{0,4}".prop_map(|s| s),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(fragment, 1..8).prop_map(|parts| parts.concat())
}

fn commands_for(id: &str, policy: &str) -> exo_auth_analyzer::remedy::Report {
    let cas = record(
        ObjectKind::CasMailbox,
        &[("PrimarySmtpAddress", V::Text(id), 1), ("PopEnabled", V::F, 2), ("ImapEnabled", V::F, 3), ("SmtpClientAuthenticationDisabled", V::Blank, 4)],
    );
    let user = record(ObjectKind::User, &[("PrimarySmtpAddress", V::Text(id), 10), ("AuthenticationPolicy", V::Text(policy), 11)]);
    let records = vec![tenant(V::T, 20), cas, user, online_policy(policy, V::F, 30)];
    // A device that sends: every SMTP AUTH fix, with the identity and the policy name.
    evaluate(records, &scenario(ClientScenario::DeviceBasic))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn quoting_round_trips(value in identity()) {
        match single_quoted(&value) {
            Ok(quoted) => prop_assert_eq!(tokenize(&quoted), Ok(vec![Token::Verbatim(value.clone())])),
            Err(_) => prop_assert!(value.chars().any(char::is_control)),
        }
    }

    #[test]
    fn no_identity_changes_a_commands_meaning(id in identity(), policy in identity()) {
        let (id, policy) = (id.trim().to_string(), policy.trim().to_string());
        prop_assume!(!id.is_empty() && !policy.is_empty() && id != policy);
        let hostile = commands_for(&id, &policy);
        let benign = commands_for("alice@contoso.com", "Block Basic");
        let unsafe_value = id.chars().chain(policy.chars()).any(char::is_control);
        let mailbox = hostile.mailboxes.get(0).expect("one mailbox").report();
        if unsafe_value {
            prop_assert!(mailbox.commands.is_empty());
            prop_assert!(!hostile.refused.is_empty());
        } else {
            let expected = &benign.mailboxes.get(0).expect("a mailbox").report().commands;
            prop_assert_eq!(mailbox.commands.len(), expected.len());
            for (got, want) in mailbox.commands.iter().zip(expected) {
                prop_assert_eq!(skeleton(&got.command, &[&id, &policy]), skeleton(&want.command, &["alice@contoso.com", "Block Basic"]));
            }
            for missing in &hostile.missing {
                prop_assert!(skeleton(&missing.command, &[&id, &policy]).is_ok());
            }
        }
    }

    #[test]
    fn collect_commands_keep_their_shape(id in identity()) {
        for input in [MissingInput::MailboxSmtpSetting, MissingInput::UserPolicy, MissingInput::MailboxProtocolSwitch { protocol: exo_auth_analyzer::rules::Protocol::Pop }] {
            if let (Ok(got), Ok(want)) = (command_for(&input, Some(&id), Environment::ExchangeOnline), command_for(&input, Some("x"), Environment::ExchangeOnline)) {
                prop_assert_eq!(skeleton(&got, &[&id]), skeleton(&want, &["x"]));
            }
        }
        if let (Ok(got), Ok(want)) = (collect_script(CollectTarget::Mailbox(&id), Environment::ExchangeOnline), collect_script(CollectTarget::Mailbox("x"), Environment::ExchangeOnline)) {
            prop_assert_eq!(got.lines().count(), want.lines().count());
            for (g, w) in got.lines().zip(want.lines()) {
                prop_assert_eq!(skeleton(g, &[&id]), skeleton(w, &["x"]));
            }
        }
    }
}

#[test]
fn the_tokenizer_follows_the_specification() {
    assert_eq!(tokenize("a 'b c' d"), Ok(vec![Token::Bare("a".into()), Token::Verbatim("b c".into()), Token::Bare("d".into())]));
    assert_eq!(tokenize("'O''Brien'"), Ok(vec![Token::Verbatim("O'Brien".into())]));
    // Typographic quotes open, close and escape interchangeably.
    assert_eq!(tokenize("\u{2018}O\u{2019}\u{2019}B\u{201B}"), Ok(vec![Token::Verbatim("O\u{2019}B".into())]));
    assert_eq!(tokenize("'a'';b'"), Ok(vec![Token::Verbatim("a';b".into())]));
    assert!(tokenize("'a").is_err());
    // Undoubled, a typographic quote in an identity ends the string early: the rest is code.
    assert!(!matches!(tokenize("'x\u{2019}; Remove-Item y'").as_deref(), Ok([Token::Verbatim(_)])));
}
