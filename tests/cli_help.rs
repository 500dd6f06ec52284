//! `--version` and `--help`, run as a real process: what a new user types first.

#[path = "fixtures/binary.rs"]
mod binary;

use binary::run_binary;

fn run(args: &[&str]) -> (i32, String, String) {
    let output = run_binary(args, b"");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn version_prints_the_cargo_version() {
    for flag in ["--version", "-V"] {
        let (code, stdout, _) = run(&[flag]);
        assert_eq!(code, 0);
        assert_eq!(stdout, format!("exo-auth-analyzer {}\n", env!("CARGO_PKG_VERSION")));
    }
}

#[test]
fn help_names_both_commands_with_examples() {
    for flag in ["--help", "-h", "help"] {
        let (code, stdout, stderr) = run(&[flag]);
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.starts_with(&format!("exo-auth-analyzer {}\n", env!("CARGO_PKG_VERSION"))), "{stdout}");
        for words in ["exo-auth-analyzer check [OPTIONS]", "exo-auth-analyzer parse [OPTIONS]", "--version", "Examples:"] {
            assert!(stdout.contains(words), "{words} in {stdout}");
        }
    }
}

#[test]
fn each_command_has_its_own_help_listing_every_option() {
    let (code, stdout, _) = run(&["check", "--help"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("exo-auth-analyzer check:"), "{stdout}");
    for option in ["--format text|json", "--as-of YYYY-MM-DD", "--client SCENARIO", "--mailbox ID", "Examples:"] {
        assert!(stdout.contains(option), "{option} in {stdout}");
    }
    for scenario in ["outlook-pop-imap", "oauth-app", "device-basic", "app-only-oauth", "any"] {
        assert!(stdout.contains(&format!("  {scenario} ")), "{scenario} in {stdout}");
    }
    let (code, stdout, _) = run(&["parse", "-h"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("exo-auth-analyzer parse:"), "{stdout}");
    assert!(stdout.contains("--format text|json"), "{stdout}");
}

#[test]
fn help_after_other_options_still_prints_help_and_reads_nothing() {
    let (code, stdout, _) = run(&["check", "--format", "json", "--help", "/nonexistent/file"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("exo-auth-analyzer check:"), "{stdout}");
}

#[test]
fn a_wrong_command_prints_the_usage_line_and_fails() {
    for args in [&[][..], &["verify"][..], &["--versions"][..]] {
        let (code, stdout, stderr) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(stdout, "");
        assert!(stderr.starts_with("usage: exo-auth-analyzer <check|parse>"), "{stderr}");
    }
}
