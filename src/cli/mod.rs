//! The `exo-auth-analyzer` command line: the same core as the web app, for saved transcripts
//! and scripts.

mod check;
mod help;
mod parse;
mod text;

use std::io::Write;
use std::process::ExitCode;

/// Runs the command line; output goes to `out`, problems to standard error.
pub fn run(args: &[String], out: &mut dyn Write) -> ExitCode {
    let asks_help = |rest: &[String]| rest.iter().any(|arg| arg == "--help" || arg == "-h");
    match args.split_first() {
        Some((command, rest)) if command == "check" && asks_help(rest) => print(out, help::CHECK),
        Some((command, rest)) if command == "parse" && asks_help(rest) => print(out, help::PARSE),
        Some((command, rest)) if command == "check" => report(check::run(rest, out)),
        Some((command, rest)) if command == "parse" => report(parse::run(rest, out)),
        Some((flag, _)) if flag == "--help" || flag == "-h" || flag == "help" => print(out, help::MAIN),
        Some((flag, _)) if flag == "--version" || flag == "-V" => print(out, help::VERSION),
        _ => {
            eprintln!("{}", help::USAGE);
            ExitCode::from(2)
        }
    }
}

fn print(out: &mut dyn Write, text: &str) -> ExitCode {
    report(writeln!(out, "{}", text.trim_end()).map_err(|e| e.to_string()))
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
        let decoded = crate::parse::decode_owned(bytes);
        // One file (the usual case) is taken as it is, not copied.
        if text.is_empty() {
            text = decoded;
        } else {
            text.push_str(&decoded);
        }
        text.push('\n');
    }
    Ok(text)
}
