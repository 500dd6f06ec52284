//! The note for the ticket: what was pasted, the answer per mailbox with its deciding settings
//! and lines, the fix in order, the dated warnings and the evaluation date, as Markdown that
//! also reads as plain text. The web app copies it; `check --format markdown` prints it.
//! Redaction is the report's: a redacted report gives a redacted note.

use std::fmt::Write;

use super::answer::{group, layers_needed};
use super::labels::{client, label, Label};
use super::plural::{count, Noun};
use super::remedies::{blast_radius, purpose};
use super::terms::{environment, setting_value};
use super::verdicts::warning;
use super::{evidence, symptoms, Lang};
use crate::parse::{ObjectKind, Parsed};
use crate::remedy::{Command, Report};
use crate::rules::answer::{answer_groups, layers_to_fix};
use crate::rules::smtp::date_switch::password_fix_warning;
use crate::rules::{Date, Verdict, Warning};

pub fn ticket_note(lang: Lang, parsed: &Parsed, report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", label(lang, Label::TicketHeading));
    let _ = writeln!(
        out,
        "{}: {} · {}: {} · {}: {}\n",
        label(lang, Label::EvaluatedOn),
        report.as_of,
        label(lang, Label::Environment),
        environment(lang, report.environment),
        label(lang, Label::Client),
        client(lang, report.client)
    );
    let _ = writeln!(out, "**{}:** {}\n", label(lang, Label::Pasted), pasted(lang, parsed, report));
    for symptom in &report.symptoms {
        let _ = writeln!(
            out,
            "- {} → {} [{}]",
            symptoms::symptom(lang, symptom.symptom.cause, symptom.symptom.protocol),
            symptoms::layer(lang, symptom.layer),
            symptom.rule
        );
    }
    if !report.symptoms.is_empty() {
        out.push('\n');
    }
    if !report.organization.verdicts.is_empty() {
        subject(&mut out, lang, label(lang, Label::Organization), &report.organization.verdicts, &report.organization.commands, report.as_of);
    }
    for mailbox in report.mailboxes.iter() {
        let heading = format!("{}: {}", label(lang, Label::Mailbox), markdown_literal(mailbox.identity()));
        subject(&mut out, lang, &heading, &mailbox.verdicts(), &mailbox.commands(), report.as_of);
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// The cmdlets recognised, with how many objects each printed, and the logs with their window.
fn pasted(lang: Lang, parsed: &Parsed, report: &Report) -> String {
    let records = |kind: ObjectKind| parsed.records.iter().filter(move |r| r.kind == kind);
    let classic = records(ObjectKind::CasMailbox).any(|r| r.cmdlet.as_deref().is_some_and(|c| c.eq_ignore_ascii_case("Get-CASMailbox")));
    let kinds = [
        (ObjectKind::TransportConfig, "Get-TransportConfig", None),
        (ObjectKind::CasMailbox, if classic { "Get-CASMailbox" } else { "Get-EXOCasMailbox" }, Some(Noun::Mailbox)),
        (ObjectKind::User, "Get-User", Some(Noun::User)),
        (ObjectKind::AuthenticationPolicy, "Get-AuthenticationPolicy", Some(Noun::AuthenticationPolicy)),
        (ObjectKind::OrganizationConfig, "Get-OrganizationConfig", None),
    ];
    let mut parts: Vec<String> = Vec::new();
    for (kind, cmdlet, noun) in kinds {
        let n = records(kind).count() as u64;
        match (n, noun) {
            (0, _) => {}
            (_, Some(noun)) => parts.push(format!("{cmdlet} ({})", count(lang, n, noun))),
            (_, None) => parts.push(cmdlet.to_string()),
        }
    }
    parts.extend(report.evidence.iter().map(|read| evidence::source(lang, read)));
    if parts.is_empty() {
        parts.push("—".to_string());
    }
    parts.join("; ")
}

fn subject(out: &mut String, lang: Lang, heading: &str, verdicts: &[Verdict], commands: &[Command], as_of: Date) {
    let _ = writeln!(out, "### {heading}\n");
    let mut warnings: Vec<Warning> = Vec::new();
    for answer in answer_groups(verdicts) {
        let _ = writeln!(out, "- {}", group(lang, &answer));
        for reason in &answer.reasons {
            for setting in reason.settings {
                let _ = writeln!(
                    out,
                    "  - `{}` = {} ({})",
                    setting.setting,
                    markdown_literal(&setting_value(lang, &setting.value)),
                    super::answer::lines(lang, &[setting.line])
                );
            }
        }
    }
    for refusal in verdicts.iter().flat_map(Verdict::refusals) {
        for w in refusal.warnings {
            if !warnings.contains(w) {
                warnings.push(*w);
            }
        }
    }
    if !commands.is_empty() {
        out.push('\n');
        if let Some(needed) = layers_needed(lang, layers_to_fix(verdicts)) {
            let _ = writeln!(out, "{needed}\n");
        }
        let _ = writeln!(out, "**{}**\n", label(lang, Label::CommandsHeading));
        for command in commands {
            let alternative = if command.alternative { format!("{}: ", label(lang, Label::Alternative)) } else { String::new() };
            let _ = writeln!(
                out,
                "{}. {alternative}{} · {}: {}\n   ```powershell",
                command.step,
                purpose(lang, command.purpose),
                label(lang, Label::Affects),
                blast_radius(lang, command.blast_radius)
            );
            for line in command.command.lines() {
                let _ = writeln!(out, "   {line}");
            }
            let _ = writeln!(out, "   ```");
        }
        if let Some(dated) = password_fix_warning(verdicts, as_of) {
            warnings.insert(0, dated);
        }
    }
    if !warnings.is_empty() {
        let _ = writeln!(out, "\n**{}**\n", label(lang, Label::Warnings));
        for w in warnings {
            let _ = writeln!(out, "- {}", warning(lang, w));
        }
    }
    out.push('\n');
}

/// Text from the paste as literal Markdown: no markup, no line breaks, no table cell breaks.
pub fn markdown_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_text_cannot_become_markup() {
        assert_eq!(markdown_literal("a|b\nc <x>"), "a\\|b c \\<x\\>");
    }
}
