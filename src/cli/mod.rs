//! The `exo-auth-analyzer` command line: the same core as the web app, for saved transcripts
//! and scripts.

mod check;
mod parse;
mod text;

use std::io::Write;
use std::process::ExitCode;

use crate::parse::{OpenedFile, Parsed};
use crate::redact::Redactor;
use crate::remedy::Report;
use crate::wording::{self, cli_help as help, cli_refusal, cli_word, CliRefusal, CliWord, Lang};

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
/// Windows-1252; see `parse::decode`) and joins them, each to be read on its own
/// (`parse::parse_files`).
fn read_inputs(paths: &[String]) -> Result<(String, Vec<crate::parse::OpenedFile>), String> {
    use std::io::Read;
    let stdin_only = [String::from("-")];
    let paths = if paths.is_empty() { &stdin_only[..] } else { paths };
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        let mut bytes = Vec::new();
        let read = if path == "-" {
            std::io::stdin().read_to_end(&mut bytes)
        } else {
            std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
        };
        read.map_err(|e| cli_refusal(CliRefusal::CannotRead(path, &e)))?;
        let name = std::path::Path::new(path).file_name().map_or_else(|| path.clone(), |name| name.to_string_lossy().into_owned());
        files.push((name, crate::parse::decode_owned(bytes)));
    }
    let (text, files) = crate::parse::join_files(files);
    // Every offset, line number and count in a text fits a u32 (`parse::u32_of`).
    if text.len() > crate::parse::MAX_TEXT_BYTES {
        return Err(cli_refusal(CliRefusal::TooLarge));
    }
    Ok((text, files))
}

/// Each opened file with what was read from it, or why nothing was (`wording::file_read`),
/// redacted as the report is: listed when several inputs were read or a named file gave nothing
/// (standard input alone that gives nothing is answered by the output itself).
fn files_read(lang: Lang, files: &[OpenedFile], parsed: &Parsed, report: &Report, redactor: Option<&Redactor>) -> Vec<(String, bool)> {
    let listed: Vec<(String, bool)> = files
        .iter()
        .enumerate()
        .map(|(at, file)| {
            let (said, read) = wording::file_read(lang, file, at + 1, redactor.is_some(), parsed, report);
            (redactor.map_or_else(|| said.clone(), |r| r.text(&said)), read)
        })
        .collect();
    let worth_saying = listed.len() > 1 || files.iter().zip(&listed).any(|(file, (_, read))| !read && file.name != "-");
    if worth_saying { listed } else { Vec::new() }
}

/// A file that gave nothing is said on standard error too, whatever the format.
fn warn_unread(listed: &[(String, bool)]) {
    for (said, _) in listed.iter().filter(|(_, read)| !read) {
        eprintln!("exo-auth-analyzer: {said}");
    }
}

/// The files read, before the text output's answer.
fn write_files(lang: Lang, listed: &[(String, bool)], out: &mut dyn Write) -> std::io::Result<()> {
    if listed.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", cli_word(lang, CliWord::FilesRead))?;
    for (said, _) in listed {
        writeln!(out, "  {said}")?;
    }
    writeln!(out)
}
