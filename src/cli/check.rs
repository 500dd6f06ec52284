//! `exo-auth-analyzer check`: verdicts and fixes, in English.

use std::io::Write;

use crate::rules::{self, Finding, Status};

pub(super) fn run(args: &[String], out: &mut dyn Write) -> Result<(), String> {
    let text = super::read_inputs(args)?;
    let report = rules::evaluate(&crate::parse::parse(&text));
    write(&report, out).map_err(|e| e.to_string())
}

fn write(report: &rules::Report, out: &mut dyn Write) -> std::io::Result<()> {
    if report.is_empty() {
        writeln!(out, "Nothing recognised: paste the output of Get-TransportConfig, Get-EXOCasMailbox, Get-AuthenticationPolicy, Get-User or Get-OrganizationConfig.")?;
        return Ok(());
    }
    if let Some(verdict) = report.organization.first() {
        writeln!(out, "{}", finding_en(&verdict.finding))?;
        for setting in &verdict.decided_by {
            writeln!(out, "  decided by {} = {} (line {})", setting.setting, setting.value, setting.line)?;
        }
        writeln!(out, "  rule {} ({})", verdict.rule, verdict.source)?;
    }
    for verdict in &report.organization {
        writeln!(out, "  {:?} {:?}: {}", verdict.protocol, verdict.auth, status_en(verdict.status))?;
    }
    if !report.commands.is_empty() {
        writeln!(out, "\nTo fix:")?;
        for command in &report.commands {
            writeln!(out, "  {}. {}", command.step, command.command)?;
        }
    }
    Ok(())
}

fn finding_en(finding: &Finding) -> &'static str {
    match finding {
        Finding::TenantSmtpAuthDisabled => "SMTP AUTH is turned off for the whole organization.",
        Finding::TenantSmtpAuthEnabled => "SMTP AUTH is allowed for the organization.",
    }
}

fn status_en(status: Status) -> &'static str {
    match status {
        Status::Works => "works",
        Status::Blocked => "blocked",
        Status::Unknown => "unknown",
        Status::Check => "check",
    }
}
