//! `check`'s text, the default: the answer first, as the page gives it, in `--lang`. What was
//! evaluated and pasted; the errors a client showed; who breaks in December; per subject one
//! sentence per outcome and reason, the evidence of use and the way out, the fix in order with
//! its warnings; what to paste next and the notes; each rule's source once, at the end.
//! `--verbose` adds the page's Details per subject: every sign-in method with its deciding
//! settings, later layers, checks by hand and source.

use std::fmt::Write;

use crate::parse::Parsed;
use crate::remedy::{Command, MailboxView, Report};
use crate::rules::answer::{answer_groups, layers_to_fix};
use crate::rules::{Headline, Verdict};
use crate::wording::{self as words, cli_word, way_out, CliWord, Label, Lang};

pub(super) fn text(lang: Lang, verbose: bool, parsed: &Parsed, report: &Report) -> String {
    let mut text = Text { lang, verbose, out: String::new(), sources: Vec::new() };
    if report.is_empty() {
        text.line("", cli_word(lang, CliWord::NothingRecognised));
        return text.out;
    }
    text.line("", &words::evaluated(lang, report));
    text.line("", &format!("{}: {}", words::label(lang, Label::Pasted), words::pasted(lang, parsed, report)));
    text.symptoms(report);
    text.evidence(report);
    if !report.organization.verdicts.is_empty() {
        let organization = &report.organization;
        text.subject(words::label(lang, Label::Organization), &organization.verdicts, &organization.commands, report, organization.headline.as_ref(), None);
    }
    // With evidence of use, an account whose settings were not pasted has only unknowns to
    // show: said once, below, with the script that fetches them.
    let has_evidence = report.december_summary.is_some();
    let mut unsettled = 0;
    for mailbox in report.mailboxes.iter() {
        let heading = format!("{}: {}", words::label(lang, Label::Mailbox), mailbox.identity());
        if has_evidence && !mailbox.settings_pasted() {
            unsettled += 1;
            text.heading(&heading);
            text.usage(mailbox);
        } else {
            text.subject(&heading, &mailbox.verdicts(), &mailbox.commands(), report, Some(mailbox.headline()), has_evidence.then_some(mailbox));
        }
    }
    text.next(report, unsettled);
    text.sources();
    text.out
}

struct Text {
    lang: Lang,
    verbose: bool,
    out: String,
    /// Each source once, with the rules it stands for.
    sources: Vec<(String, &'static str)>,
}

impl Text {
    fn line(&mut self, indent: &str, text: &str) {
        let _ = writeln!(self.out, "{indent}{text}");
    }

    fn heading(&mut self, heading: &str) {
        let _ = writeln!(self.out, "\n{heading}");
    }

    fn cite(&mut self, rule: &str, source: &'static str) {
        match self.sources.iter_mut().find(|(_, s)| *s == source) {
            Some((rules, _)) if !rules.split(", ").any(|r| r == rule) => {
                rules.push_str(", ");
                rules.push_str(rule);
            }
            Some(_) => {}
            None => self.sources.push((rule.to_string(), source)),
        }
    }

    /// The errors a device or app showed: which layer refused, what confirms it, the fix.
    fn symptoms(&mut self, report: &Report) {
        let lang = self.lang;
        if !report.symptoms.is_empty() {
            self.heading(cli_word(lang, CliWord::Symptoms));
        }
        for item in &report.symptoms {
            let symptom = &item.symptom;
            self.line("  ", &format!("{}: {}", words::answer_lines(lang, &[symptom.line]), symptom.text));
            self.line("    ", &format!("{} → {} [{}]", words::symptom(lang, symptom.cause, symptom.protocol), words::layer(lang, item.layer), item.rule));
            if item.consistent == Some(false) {
                self.line("    ", cli_word(lang, CliWord::SymptomDisagrees));
            }
            if !item.confirm.is_empty() {
                self.line("    ", cli_word(lang, CliWord::SymptomConfirm));
            }
            for command in &item.confirm {
                self.line("      ", command);
            }
            self.commands(&item.commands);
            self.cite(item.rule, item.source);
        }
    }

    /// The sources read with their windows and limits, and who breaks at the end of December.
    fn evidence(&mut self, report: &Report) {
        let lang = self.lang;
        if !report.evidence.is_empty() {
            self.heading(cli_word(lang, CliWord::EvidenceRead));
        }
        for read in &report.evidence {
            self.line("  ", &words::source(lang, read));
            for limit in words::source_limits(lang, read) {
                self.line("    - ", &limit);
            }
        }
        if let Some(summary) = &report.december_summary {
            let after = report.mailboxes.organization().after_default_off;
            self.heading(way_out::heading(lang, after));
            self.line("  ", &words::december_summary(lang, summary, after));
        }
    }

    /// One subject: the answer, its evidence of use and way out, the fix, the warnings; the
    /// details with `--verbose`.
    /// `mailbox`: with evidence of use, the mailbox whose sign-ins and way out are told.
    fn subject(&mut self, heading: &str, verdicts: &[Verdict], commands: &[Command], report: &Report, headline: Option<&Headline>, mailbox: Option<MailboxView<'_>>) {
        let lang = self.lang;
        self.heading(heading);
        for group in answer_groups(verdicts) {
            self.line("  ", &words::answer_group(lang, &group));
        }
        if let Some(mailbox) = mailbox {
            self.usage(mailbox);
        }
        if !commands.is_empty() {
            if let Some(needed) = words::layers_needed(lang, layers_to_fix(verdicts)) {
                self.line("\n  ", &needed);
            }
            self.commands(commands);
        }
        let warnings = words::warnings_of(verdicts, commands, report.as_of);
        if !warnings.is_empty() {
            self.line("\n  ", &format!("{}:", words::label(lang, Label::Warnings)));
        }
        for warning in warnings {
            self.line("    - ", words::warning(lang, warning));
        }
        for verdict in verdicts {
            for refusal in verdict.refusals() {
                self.cite(refusal.rule, refusal.source);
            }
        }
        if self.verbose {
            self.details(verdicts, headline);
        }
    }

    /// An account's sign-ins per protocol, what the evidence saw, its December answer and,
    /// if it has one, its way out.
    fn usage(&mut self, mailbox: MailboxView<'_>) {
        let lang = self.lang;
        for usage in mailbox.usage() {
            self.line("  ", &format!("{} ({})", words::usage(lang, usage), words::answer_lines(lang, &[usage.line])));
        }
        if let Some(seen) = mailbox.seen() {
            for (label, values) in [(CliWord::Applications, &seen.apps), (CliWord::UserAgents, &seen.user_agents), (CliWord::IpAddresses, &seen.ips), (CliWord::Locations, &seen.locations)] {
                if !values.is_empty() {
                    let values: Vec<&str> = values.iter().map(|v| &**v).collect();
                    self.line("    ", &format!("{}: {}", cli_word(lang, label), values.join("; ")));
                }
            }
        }
        let december = match mailbox.december_detail() {
            Some(detail) => words::december_answer(lang, detail),
            None => words::december_reason_of(lang, mailbox),
        };
        self.line("  ", &format!("{}: {december}", words::december_heading(lang)));
        let Some(plan) = mailbox.way_out(None) else { return };
        self.line("  ", &way_out::recommended(lang, &plan));
        for line in [way_out::sender_reading(lang, &plan), way_out::outside_reading(lang, &plan), way_out::ip_reading(lang, &plan.ip)] {
            self.line("    ", &line);
        }
        for fit in &plan.paths {
            self.line("    ", &format!("{} [{}]: {}", way_out::path(lang, fit.path), way_out::fit(lang, fit.fit), way_out::why(lang, fit.why)));
        }
        if let Some(steps) = plan.recommended.and_then(|path| mailbox.path_steps(&plan, path)) {
            self.commands(&steps.commands);
        }
    }

    /// The fix in order, each step with what it does and whom it affects.
    fn commands(&mut self, commands: &[Command]) {
        if commands.is_empty() {
            return;
        }
        self.line("\n  ", &format!("{}:", words::label(self.lang, Label::CommandsHeading)));
        words::numbered_commands(&mut self.out, self.lang, commands, "    ", false);
    }

    /// The page's Details: the headline, then every sign-in method with its deciding settings,
    /// the later layers, the checks by hand and the source.
    fn details(&mut self, verdicts: &[Verdict], headline: Option<&Headline>) {
        let lang = self.lang;
        self.line("\n  ", &format!("{}:", words::label(lang, Label::Details)));
        if let Some(headline) = headline {
            self.line("    ", &words::headline(lang, headline));
        }
        for verdict in verdicts {
            let method = format!("{} {}", words::protocol(lang, verdict.protocol), words::auth(lang, verdict.auth));
            self.line("    ", &format!("{method}: {} [{}] {}", words::status(lang, verdict.status), verdict.rule, words::finding(lang, &verdict.finding)));
            for (position, layer) in verdict.refusals().enumerate() {
                let indent = if position == 0 { "      " } else { "        " };
                if position > 0 {
                    self.line("      ", &format!("{} {}", words::also_blocked_by(lang, layer.rule), words::finding(lang, layer.finding)));
                }
                for setting in layer.decided_by {
                    let value = words::setting_value(lang, &setting.value);
                    self.line(indent, &format!("{} {} = {value} ({})", cli_word(lang, CliWord::DecidedBy), setting.setting, words::answer_lines(lang, &[setting.line])));
                }
                for warning in layer.warnings {
                    self.line(indent, &format!("{}: {}", cli_word(lang, CliWord::Warning), words::warning(lang, *warning)));
                }
            }
            for item in &verdict.checks {
                self.line("      ", &format!("{} [{}]: {}", cli_word(lang, CliWord::Check), item.rule, words::gate(lang, &item.gate)));
            }
            self.line("      ", &format!("{}: {}", cli_word(lang, CliWord::Source), verdict.source));
        }
    }

    /// What to paste next (the collect script for the accounts whose settings are missing),
    /// the notes, the conflicts and the values no command could be written for.
    fn next(&mut self, report: &Report, unsettled: usize) {
        let lang = self.lang;
        let missing: Vec<_> = report.missing.iter().filter(|item| unsettled == 0 || !item.kind.is_per_mailbox()).collect();
        let script = report.collect_script.as_ref().filter(|_| unsettled > 0);
        if !missing.is_empty() || script.is_some() {
            self.heading(cli_word(lang, CliWord::MissingHeading));
        }
        if let Some(script) = script {
            self.line("  ", &way_out::settings_not_pasted(lang, unsettled));
            for line in script.lines() {
                self.line("    ", line);
            }
        }
        for item in missing {
            // A tenant-wide command names no mailbox.
            let whose = item.mailbox.as_deref().map(|m| format!(" ({m})")).unwrap_or_default();
            self.line("  ", &format!("{}{whose}:", item.input));
            self.line("    ", &words::command_text(lang, &item.command));
        }
        for note in &report.notes {
            self.heading(&format!("{}: {}", cli_word(lang, CliWord::Note), words::note(lang, note)));
        }
        for conflict in &report.conflicts {
            self.heading(&format!("{}: {}", cli_word(lang, CliWord::Conflict), words::conflict(lang, conflict)));
        }
        for refusal in &report.refused {
            self.heading(&words::refusal(lang, refusal));
        }
    }

    fn sources(&mut self) {
        if self.sources.is_empty() {
            return;
        }
        self.heading(&format!("{}:", cli_word(self.lang, CliWord::Sources)));
        let sources = std::mem::take(&mut self.sources);
        for (rules, source) in sources {
            self.line("  ", &format!("{rules}: {source}"));
        }
    }
}
