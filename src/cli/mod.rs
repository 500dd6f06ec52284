//! The `exo-auth-analyzer` command line: the same core as the web app, for saved transcripts
//! and scripts.

mod check;
mod parse;

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: exo-auth-analyzer check [--format json|text|markdown] [--lang en|de] [--redact] [--as-of YYYY-MM-DD] [--client outlook-pop-imap|oauth-app|device-basic|app-only-oauth|any] [--mailbox ID] [FILE|-]...";

/// Runs the command line; output goes to `out`, problems to standard error.
pub fn run(args: &[String], out: &mut dyn Write) -> ExitCode {
    match args.split_first() {
        Some((command, rest)) if command == "check" => report(check::run(rest, out)),
        Some((command, rest)) if command == "parse" => report(parse::run(rest, out)),
        Some((flag, _)) if flag == "--help" || flag == "-h" => report(writeln!(out, "{USAGE}").map_err(|e| e.to_string())),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn report(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("exo-auth-analyzer: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the named files (or standard input for `-` or no name), decodes each (BOM, UTF-16,
/// Windows-1252; see `parse::decode`) and joins them.
fn read_inputs(paths: &[String]) -> Result<String, String> {
    use std::io::Read;
    let stdin_only = [String::from("-")];
    let paths = if paths.is_empty() { &stdin_only[..] } else { paths };
    let mut text = String::new();
    for path in paths {
        let mut bytes = Vec::new();
        let read = if path == "-" {
            std::io::stdin().read_to_end(&mut bytes)
        } else {
            std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
        };
        read.map_err(|e| format!("cannot read {path}: {e}"))?;
        text.push_str(&crate::parse::decode(&bytes));
        text.push('\n');
    }
    Ok(text)
}
