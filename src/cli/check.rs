//! `exo-auth-analyzer check [--format json|text|markdown|worksheet] [--lang en|de] [--redact]
//! [--as-of YYYY-MM-DD] [--client SCENARIO] [--mailbox ID] [FILE|-]...`: verdicts and fixes,
//! as JSON, readable English, the ticket note the web app copies (in `--lang`), or the
//! worksheet CSV of the way out per account.

use std::io::Write;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::rules::{ClientScenario, Context, Date, December, Verdict};
use crate::remedy::{MailboxView, Report};
use crate::wording::{self, way_out, Lang};

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
    for diagnostic in parsed.diagnostics.iter().filter(|d| crate::parse::diagnostic_code::WORKSHEET.contains(&d.code)) {
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
        Format::Text => super::write_files(&super::files_read(Lang::En, &files, &parsed, &report, redactor.as_ref()), out).and_then(|()| write_text(&report, out)),
    };
    written.map_err(|e| e.to_string())
}

/// Today's UTC date from the system clock: the only place the clock is read.
fn today() -> Date {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    Date::from_unix_seconds(i64::try_from(seconds).unwrap_or(i64::MAX))
}

fn parse_options(args: &[String], today: Date) -> Result<Options, String> {
    let mut options = Options { format: Format::Text, lang: Lang::En, redact: false, context: Context::new(today), files: Vec::new() };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| inline.clone().or_else(|| rest.next().cloned()).ok_or_else(|| format!("{name} needs a value"));
        match flag {
            "--format" => {
                options.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    "markdown" => Format::Markdown,
                    "worksheet" => Format::Worksheet,
                    other => return Err(format!("unknown --format '{other}' (json, text, markdown or worksheet)")),
                }
            }
            "--lang" => {
                let code = value("--lang")?;
                options.lang = Lang::parse(&code).ok_or_else(|| format!("unknown --lang '{code}' (en or de)"))?;
            }
            "--redact" => options.redact = true,
            "--as-of" => options.context.as_of = Date::parse(&value("--as-of")?).map_err(|e| e.to_string())?,
            "--client" => {
                let code = value("--client")?;
                let codes: Vec<&str> = ClientScenario::ALL.iter().map(|c| c.code()).collect();
                options.context.client =
                    ClientScenario::parse(&code).ok_or_else(|| format!("unknown --client '{code}' ({})", codes.join(", ")))?;
            }
            "--mailbox" => options.context.mailbox = Some(value("--mailbox")?),
            "-" => options.files.push(arg.clone()),
            _ if flag.starts_with('-') => return Err(format!("unknown option '{arg}'")),
            _ => options.files.push(arg.clone()),
        }
    }
    Ok(options)
}

fn write_text(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    if report.is_empty() {
        writeln!(out, "Nothing recognised: paste the output of Get-TransportConfig, Get-EXOCasMailbox, Get-AuthenticationPolicy, Get-User or Get-OrganizationConfig.")?;
        return Ok(());
    }
    writeln!(out, "As of {}, {}; client: {}.", report.as_of, wording::environment(Lang::En, report.environment), report.client)?;
    write_evidence(report, out)?;
    if !report.organization.verdicts.is_empty() {
        writeln!(out, "\nOrganization")?;
        if let Some(headline) = &report.organization.headline {
            writeln!(out, "  {}", wording::headline(Lang::En, headline))?;
        }
        write_verdicts(&report.organization.verdicts, out)?;
        write_commands(&report.organization.commands, out)?;
    }
    let has_evidence = report.december_summary.is_some();
    let mut unsettled = 0;
    for mailbox in report.mailboxes.iter() {
        writeln!(out, "\nMailbox {}", mailbox.identity())?;
        // With evidence of use, an account whose settings were not pasted has only unknowns to
        // show: said once, below.
        let settled = !has_evidence || mailbox.settings_pasted();
        if settled {
            writeln!(out, "  {}", wording::headline(Lang::En, mailbox.headline()))?;
        }
        write_usage(mailbox, has_evidence, out)?;
        if settled {
            write_verdicts(&mailbox.verdicts(), out)?;
            write_commands(&mailbox.commands(), out)?;
        } else {
            unsettled += 1;
        }
    }
    if unsettled > 0 {
        writeln!(out, "\n{}", way_out::settings_not_pasted(Lang::En, unsettled))?;
    }
    if !report.missing.is_empty() {
        writeln!(out, "\nMissing input, and the command that shows it:")?;
        for missing in &report.missing {
            let whose = missing.mailbox.as_deref().map(|m| format!(" ({m})")).unwrap_or_default();
            writeln!(out, "  {}{whose}:\n    {}", missing.input, missing.command)?;
        }
    }
    for note in &report.notes {
        writeln!(out, "\nNote: {}", wording::note(Lang::En, note))?;
    }
    for conflict in &report.conflicts {
        writeln!(out, "\nConflict: {}", wording::conflict(Lang::En, conflict))?;
    }
    for refusal in &report.refused {
        writeln!(
            out,
            "\nNo command for {:?}: it contains the control character {}, which would break the command when pasted.",
            refusal.object, refusal.character
        )?;
    }
    Ok(())
}

/// The sources read with their windows and limits, and who breaks at the end of December.
fn write_evidence(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    if !report.evidence.is_empty() {
        writeln!(out, "\nEvidence read:")?;
        for read in &report.evidence {
            writeln!(out, "  {}", wording::source(Lang::En, read))?;
            for limit in wording::source_limits(Lang::En, read) {
                writeln!(out, "    note: {limit}")?;
            }
        }
    }
    if let Some(summary) = &report.december_summary {
        writeln!(out, "\nSigns in with a password: {}", wording::december_summary(Lang::En, summary, report.mailboxes.organization().after_default_off))?;
        for mailbox in report.mailboxes.iter().filter(|m| m.december() == December::Breaks) {
            let sentence = mailbox.december_detail().map(|d| wording::december_answer(Lang::En, d)).unwrap_or_default();
            writeln!(out, "  {}: {sentence}", mailbox.identity())?;
        }
    }
    for item in &report.symptoms {
        let symptom = &item.symptom;
        writeln!(out, "\nError at line {}: {}", symptom.line, symptom.text)?;
        writeln!(out, "  {} [{}] (refused by: {})", wording::symptom(Lang::En, symptom.cause, symptom.protocol), item.rule, wording::layer(Lang::En, item.layer))?;
        if item.consistent == Some(false) {
            writeln!(out, "  The pasted settings disagree with this error: it may be older than the settings, or from another tenant or mailbox.")?;
        }
        for command in &item.confirm {
            writeln!(out, "  confirm with: {command}")?;
        }
        write_commands(&item.commands, out)?;
        writeln!(out, "  source: {}", item.source)?;
    }
    Ok(())
}

/// An account's sign-ins per protocol, its December answer and, if it has one, its way out.
fn write_usage(mailbox: MailboxView<'_>, has_evidence: bool, out: &mut dyn Write) -> std::io::Result<()> {
    if !has_evidence {
        return Ok(());
    }
    for usage in mailbox.usage() {
        writeln!(out, "  {} (line {})", wording::usage(Lang::En, usage), usage.line)?;
    }
    if let Some(seen) = mailbox.seen() {
        for (label, values) in [("applications", &seen.apps), ("user agents", &seen.user_agents), ("IP addresses", &seen.ips), ("locations", &seen.locations)] {
            if !values.is_empty() {
                let values: Vec<&str> = values.iter().map(|v| &**v).collect();
                writeln!(out, "      {label}: {}", values.join("; "))?;
            }
        }
    }
    match mailbox.december_detail() {
        Some(detail) => writeln!(out, "  December: {}", wording::december_answer(Lang::En, detail))?,
        None => writeln!(out, "  December: {}", wording::december_reason_of(Lang::En, mailbox))?,
    }
    write_way_out(mailbox, out)
}

/// The plan of an account that signs in with a password: the recommended path (or the question
/// that decides it) and every path's fit; `--format json` and the worksheet have the commands.
fn write_way_out(mailbox: MailboxView<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    let Some(plan) = mailbox.way_out(None) else { return Ok(()) };
    writeln!(out, "  Way out: {}", way_out::recommended(Lang::En, &plan))?;
    for line in [way_out::sender_reading(Lang::En, &plan), way_out::outside_reading(Lang::En, &plan), way_out::ip_reading(Lang::En, &plan.ip)] {
        writeln!(out, "    {line}")?;
    }
    for fit in &plan.paths {
        writeln!(out, "    {} [{}]: {}", way_out::path(Lang::En, fit.path), way_out::fit(Lang::En, fit.fit), way_out::why(Lang::En, fit.why))?;
    }
    if let Some(steps) = plan.recommended.and_then(|path| mailbox.path_steps(&plan, path)) {
        write_commands(&steps.commands, out)?;
    }
    Ok(())
}

fn write_verdicts(verdicts: &[Verdict], out: &mut dyn Write) -> std::io::Result<()> {
    for verdict in verdicts {
        writeln!(
            out,
            "  {} {}: {} [{}] {}",
            wording::protocol(Lang::En, verdict.protocol),
            wording::auth(Lang::En, verdict.auth),
            wording::status(Lang::En, verdict.status),
            verdict.rule,
            wording::finding(Lang::En, &verdict.finding)
        )?;
        for setting in &verdict.decided_by {
            writeln!(out, "      decided by {} = {} (line {})", setting.setting, setting.value, setting.line)?;
        }
        for warning in &verdict.warnings {
            writeln!(out, "      warning: {}", wording::warning(Lang::En, *warning))?;
        }
        for item in &verdict.checks {
            writeln!(out, "      check [{}]: {}", item.rule, wording::gate(Lang::En, &item.gate))?;
        }
        for layer in &verdict.also_blocked_by {
            writeln!(out, "      also blocked by [{}] {}", layer.rule, wording::finding(Lang::En, &layer.finding))?;
            for setting in &layer.decided_by {
                writeln!(out, "        decided by {} = {} (line {})", setting.setting, setting.value, setting.line)?;
            }
            for warning in &layer.warnings {
                writeln!(out, "        warning: {}", wording::warning(Lang::En, *warning))?;
            }
        }
        writeln!(out, "      source: {}", verdict.source)?;
    }
    Ok(())
}

fn write_commands(commands: &[crate::remedy::Command], out: &mut dyn Write) -> std::io::Result<()> {
    if commands.is_empty() {
        return Ok(());
    }
    writeln!(out, "  To fix:")?;
    for command in commands {
        let alternative = if command.alternative { "alternative: " } else { "" };
        writeln!(
            out,
            "    {}. {alternative}{} ({})\n       {}",
            command.step,
            wording::purpose(Lang::En, command.purpose),
            wording::blast_radius(Lang::En, command.blast_radius),
            command.command.replace('\n', "\n       ")
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn today() -> Date {
        Date::parse("2026-11-27").unwrap_or_default()
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
        assert_eq!((options.format, options.context.as_of, options.context.client), (Format::Text, today(), ClientScenario::Any));
    }

    #[test]
    fn refuses_bad_values() {
        for bad in [&["--as-of", "2026-02-30"][..], &["--client", "outlook"], &["--format", "xml"], &["--mailbox"], &["--bogus"]] {
            assert!(parse_options(&args(bad), today()).is_err(), "{bad:?}");
        }
    }
}
