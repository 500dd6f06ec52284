//! `exo-auth-analyzer check [--format json|text|markdown|worksheet] [--lang en|de] [--verbose]
//! [--redact] [--as-of YYYY-MM-DD] [--client SCENARIO] [--mailbox ID] [FILE|-]...`: verdicts
//! and fixes, as JSON, readable text (the answer first, as the page gives it; `super::text`),
//! the ticket note the web app copies, or the worksheet CSV of the way out per account; the
//! last three in `--lang`.

use std::io::Write;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::rules::{ClientScenario, Context, Date};
use crate::wording::{self, cli_refusal, CliRefusal, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    /// The note for the ticket, as the web app's "Copy for the ticket" gives it.
    Markdown,
    /// The worksheet CSV: per account that signs in with a password, its way out.
    Worksheet,
}

#[derive(Debug, PartialEq, Eq)]
struct Options {
    format: Format,
    lang: Lang,
    /// The text with every sign-in method's details and source.
    verbose: bool,
    redact: bool,
    context: Context,
    files: Vec<String>,
}

pub(super) fn run(args: &[String], out: &mut dyn Write) -> Result<(), String> {
    let options = parse_options(args, today())?;
    let (text, files) = super::read_inputs(&options.files)?;
    let (parsed, report) = crate::remedy::analyze_files(&text, &files, &options.context);
    let redactor = options.redact.then(|| crate::redact::Redactor::new(&text, &parsed));
    // The answers of a worksheet given back that could not be read: the admin gave them.
    for diagnostic in parsed.diagnostics.iter().filter(|d| crate::parse::diagnostic_code::WORKSHEET.contains(&d.code())) {
        let said = wording::diagnostic(options.lang, diagnostic);
        eprintln!("exo-auth-analyzer: {}", redactor.as_ref().map_or(said.clone(), |r| r.text(&said)));
    }
    let report = match &redactor {
        Some(redactor) => redactor.report(report),
        None => report,
    };
    super::warn_unread(&super::files_read(options.lang, &files, &parsed, &report, redactor.as_ref()));
    let written = match options.format {
        Format::Markdown => write!(out, "{}", wording::ticket_note(options.lang, &parsed, &report)),
        Format::Worksheet => write!(out, "{}", crate::export::worksheet_csv(&report, &Default::default(), options.lang)),
        // Written as it is serialised: the JSON of 100,000 mailboxes is hundreds of megabytes.
        // Through a buffer of a known type, so that each token is a copy, not a call through `out`.
        Format::Json => {
            let mut buffered = std::io::BufWriter::with_capacity(1 << 16, &mut *out);
            serde_json::to_writer_pretty(&mut buffered, &report)
                .map_err(|e| std::io::Error::other(e.to_string()))
                .and_then(|()| writeln!(buffered))
                .and_then(|()| buffered.flush())
        }
        Format::Text => super::write_files(options.lang, &super::files_read(options.lang, &files, &parsed, &report, redactor.as_ref()), out)
            .and_then(|()| write!(out, "{}", super::text::text(options.lang, options.verbose, &parsed, &report))),
    };
    written.map_err(|e| e.to_string())
}

/// Today's UTC date from the system clock: the only place the clock is read. `None` when the
/// clock reads a time before 1970 (a clock not set): verdicts for 1970 would be wrong, not
/// today's, so `check` then needs `--as-of`.
fn today() -> Option<Date> {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs();
    // Seconds since 1970 fit an i64 for billions of years.
    Some(Date::from_unix_seconds(i64::try_from(seconds).unwrap_or(i64::MAX)))
}

fn parse_options(args: &[String], today: Option<Date>) -> Result<Options, String> {
    let mut as_of = today;
    let mut options = Options { format: Format::Text, lang: Lang::En, verbose: false, redact: false, context: Context::new(Date::default()), files: Vec::new() };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| inline.clone().or_else(|| rest.next().cloned()).ok_or_else(|| cli_refusal(CliRefusal::NeedsValue(name)));
        match flag {
            "--format" => {
                options.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    "markdown" => Format::Markdown,
                    "worksheet" => Format::Worksheet,
                    other => return Err(cli_refusal(CliRefusal::UnknownFormat(other))),
                }
            }
            "--lang" => {
                let code = value("--lang")?;
                options.lang = Lang::parse(&code).ok_or_else(|| cli_refusal(CliRefusal::UnknownLang(&code)))?;
            }
            "--redact" => options.redact = true,
            "--verbose" | "-v" => options.verbose = true,
            "--as-of" => as_of = Some(Date::parse(&value("--as-of")?).map_err(|e| cli_refusal(CliRefusal::BadDate(&e)))?),
            "--client" => {
                let code = value("--client")?;
                options.context.client = ClientScenario::parse(&code).ok_or_else(|| cli_refusal(CliRefusal::UnknownClient(&code)))?;
            }
            "--mailbox" => options.context.mailbox = Some(value("--mailbox")?),
            "-" => options.files.push(arg.clone()),
            _ if flag.starts_with('-') => return Err(cli_refusal(CliRefusal::UnknownOption(arg))),
            _ => options.files.push(arg.clone()),
        }
    }
    options.context.as_of = as_of.ok_or_else(|| cli_refusal(CliRefusal::ClockBeforeEpoch))?;
    Ok(options)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn today() -> Option<Date> {
        Date::parse("2026-11-27").ok()
    }

    #[test]
    fn reads_every_option() {
        let options = parse_options(
            &args(&["--format", "json", "--as-of=2027-01-01", "--client", "device-basic", "--mailbox", "a@b.c", "x.txt", "-"]),
            today(),
        )
        .expect("valid");
        assert_eq!(options.format, Format::Json);
        assert_eq!(options.context.as_of.to_string(), "2027-01-01");
        assert_eq!(options.context.client, ClientScenario::DeviceBasic);
        assert_eq!(options.context.mailbox.as_deref(), Some("a@b.c"));
        assert_eq!(options.files, args(&["x.txt", "-"]));
    }

    #[test]
    fn defaults_to_today_and_any_client() {
        let options = parse_options(&[], today()).expect("valid");
        assert_eq!((options.format, Some(options.context.as_of), options.context.client), (Format::Text, today(), ClientScenario::Any));
    }

    /// A clock before 1970 gives no today: not verdicts for 1970 in silence, but a refusal
    /// that asks for the date, unless it is given.
    #[test]
    fn without_a_clock_the_date_is_asked_for() {
        let refused = parse_options(&[], None).err().unwrap_or_default();
        assert_eq!(refused, cli_refusal(CliRefusal::ClockBeforeEpoch));
        let given = parse_options(&args(&["--as-of", "2026-12-01"]), None).expect("valid");
        assert_eq!(given.context.as_of.to_string(), "2026-12-01");
    }

    #[test]
    fn refuses_bad_values() {
        for bad in [&["--as-of", "2026-02-30"][..], &["--client", "outlook"], &["--format", "xml"], &["--mailbox"], &["--bogus"]] {
            assert!(parse_options(&args(bad), today()).is_err(), "{bad:?}");
        }
    }
}
