//! The note for the ticket: what was pasted, the answer per mailbox with its deciding settings
//! and lines, the fix in order, the dated warnings and the evaluation date, as Markdown that
//! also reads as plain text. The web app copies it; `check --format markdown` prints it.
//! Redaction is the report's: a redacted report gives a redacted note.

use std::fmt::Write;

use super::answer::{group, layers_needed};
use super::labels::{client, label, Label};
use super::remedies::{blast_radius, purpose};
use super::terms::{environment_told, setting_value};
use super::verdicts::warning;
use super::way_out as words;
use super::{evidence, symptoms, Lang};
use crate::parse::Parsed;
use crate::remedy::way_out::{fetch_command, PathSteps, PortalStep};
use crate::remedy::{Command, MailboxView, Report};
use crate::rules::answer::{answer_groups, layers_to_fix};
use crate::rules::smtp::date_switch::password_fix_warning;
use crate::rules::{Date, December, Verdict, Warning};

pub fn ticket_note(lang: Lang, parsed: &Parsed, report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", label(lang, Label::TicketHeading));
    let _ = writeln!(
        out,
        "{}: {} · {}: {} · {}: {}\n",
        label(lang, Label::EvaluatedOn),
        report.as_of,
        label(lang, Label::Environment),
        environment_told(lang, report.environment, report.environment_from),
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
    way_out(&mut out, lang, report);
    if !report.organization.verdicts.is_empty() {
        subject(&mut out, lang, label(lang, Label::Organization), &report.organization.verdicts, &report.organization.commands, report.as_of);
    }
    // With evidence of use, an account whose settings were not pasted has nothing but unknowns
    // to show: said once, below.
    let with_evidence = report.december_summary.is_some();
    let mut unsettled = 0;
    for mailbox in report.mailboxes.iter() {
        if with_evidence && !mailbox.settings_pasted() {
            unsettled += 1;
            continue;
        }
        let heading = format!("{}: {}", label(lang, Label::Mailbox), markdown_literal(mailbox.identity()));
        subject(&mut out, lang, &heading, &mailbox.verdicts(), &mailbox.commands(), report.as_of);
    }
    if unsettled > 0 {
        let _ = writeln!(out, "{}\n", words::settings_not_pasted(lang, unsettled));
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// The cmdlets recognised, with how many objects each printed, and the logs with their window.
fn pasted(lang: Lang, parsed: &Parsed, report: &Report) -> String {
    let mut parts = super::files::read_in(lang, parsed, report, None);
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
        numbered_commands(out, lang, commands);
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

/// Commands in order, each with what it is for and whom it affects, in a code block.
fn numbered_commands(out: &mut String, lang: Lang, commands: &[Command]) {
    for command in commands {
        let _ = write!(out, "{}. ", command.step);
        if command.alternative {
            let _ = write!(out, "{}: ", label(lang, Label::Alternative));
        }
        let _ = writeln!(
            out,
            "{} · {}: {}\n   ```powershell",
            purpose(lang, command.purpose),
            label(lang, Label::Affects),
            blast_radius(lang, command.blast_radius)
        );
        for line in command.command.lines() {
            let _ = writeln!(out, "   {line}");
        }
        let _ = writeln!(out, "   ```");
    }
}

/// Up to this many accounts get their plan in the note; the rest are in the worksheet.
const PLANS_UP_TO: usize = 20;

/// The December answer and, per account that signs in with a password, its way out: what
/// signs in, whether it sends outside, the recommended path with its commands and settings, or
/// the question that decides it.
fn way_out(out: &mut String, lang: Lang, report: &Report) {
    let after = report.mailboxes.organization().after_default_off;
    let planned = report.mailboxes.iter().filter(|m| m.has_plan()).count();
    if report.december_summary.is_none() && planned == 0 {
        return;
    }
    let _ = writeln!(out, "### {}\n", words::heading(lang, after));
    if let Some(summary) = &report.december_summary {
        let _ = writeln!(out, "{}\n", evidence::december_summary(lang, summary, after));
    }
    if let Some(unreadable) = evidence::status_unreadable_in(lang, report) {
        let _ = writeln!(out, "{unreadable}\n\n```powershell\n{}\n```\n", crate::parse::FLATTENED_EXPORT);
    }
    for mailbox in planned_in_order(report).take(PLANS_UP_TO) {
        let Some(plan) = mailbox.way_out(None) else { continue };
        let _ = writeln!(out, "#### {}\n", markdown_literal(mailbox.identity()));
        if let Some(detail) = mailbox.december_detail() {
            let _ = writeln!(out, "- {}", evidence::december_answer(lang, detail));
        } else if mailbox.december() != December::Unknown {
            let _ = writeln!(out, "- {}", evidence::december_reason(lang, mailbox.december()));
        }
        for line in [words::sender_reading(lang, &plan), words::outside_reading(lang, &plan), words::ip_reading(lang, &plan.ip)] {
            let _ = writeln!(out, "- {}", markdown_literal(&line));
        }
        let _ = writeln!(out, "\n**{}**\n", markdown_literal(&words::recommended(lang, &plan)));
        for question in plan.questions.iter().skip(1) {
            let _ = writeln!(out, "- {}", words::question(lang, *question));
        }
        let fetch: Vec<String> = plan.questions.iter().filter_map(|q| fetch_command(*q, mailbox.identity()).ok().flatten()).collect();
        if !fetch.is_empty() {
            let _ = writeln!(out, "\n```powershell\n{}\n```", fetch.join("\n"));
        }
        if let Some(steps) = plan.recommended.and_then(|path| mailbox.path_steps(&plan, path)) {
            filled_path(out, lang, &steps);
        }
        out.push('\n');
    }
    if planned > PLANS_UP_TO {
        let _ = writeln!(out, "{}\n", words::more_in_worksheet(lang, planned - PLANS_UP_TO));
    }
    let shared: Vec<String> = report.sites.iter().filter(|s| s.accounts.len() > 1).map(|s| format!("- {}", markdown_literal(&words::site(lang, s)))).collect();
    if !shared.is_empty() {
        let _ = writeln!(out, "**{}**\n\n{}\n", words::sites_heading(lang), shared.join("\n"));
    }
}

/// The accounts with a plan: those that break first, then those that already fail, then the
/// rest, each group in report order.
pub(super) fn planned_in_order(report: &Report) -> impl Iterator<Item = MailboxView<'_>> {
    let rank = |m: &MailboxView<'_>| match m.december() {
        December::Breaks => 0,
        December::AlreadyFailing => 1,
        _ => 2,
    };
    (0..3).flat_map(move |wanted| report.mailboxes.iter().filter(move |m| m.has_plan() && rank(m) == wanted))
}

/// One path, filled in: the steps before, the commands, the steps after, the settings.
fn filled_path(out: &mut String, lang: Lang, steps: &PathSteps) {
    let numbered = |out: &mut String, list: &[PortalStep]| {
        for (number, step) in list.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", number + 1, words::portal_step(lang, *step));
        }
        if !list.is_empty() {
            out.push('\n');
        }
    };
    numbered(out, &steps.portal);
    numbered_commands(out, lang, &steps.commands);
    if !steps.then.is_empty() {
        out.push('\n');
    }
    numbered(out, &steps.then);
    if let Some(device) = &steps.device {
        let settings: Vec<String> = words::device_settings(lang, device).into_iter().map(|(name, value)| format!("{name}: {}", markdown_literal(&value))).collect();
        let _ = writeln!(out, "{}", settings.join(" · "));
    }
    if let Some(spf) = &steps.spf {
        let _ = writeln!(out, "\nSPF: `{spf}`");
    }
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
