//! SA6: Entra security defaults block every legacy-protocol sign-in, SMTP AUTH with a password
//! included ("If security defaults is enabled … SMTP AUTH is already disabled", S7). The
//! Exchange cmdlets do not show them: unless the security-defaults object
//! (`Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy`) was pasted, an explicit `check` item
//! on Basic verdicts. Pasted, `IsEnabled : True` blocks (rules.md SA6: "BLOCKED"), `False` passes.
//!
//! Fix (by hand): turn security defaults off and replace them with Conditional Access, or move
//! the client to OAuth.
//! Source: https://learn.microsoft.com/entra/fundamentals/security-defaults

use crate::model::Setting;
use crate::rules::sources;
use crate::rules::subject::Subject;
use crate::rules::verdict::{BlockingLayer, DecidingSetting, Finding, Gate, SettingValue, Status, Verdict};

pub const RULE: &str = "SA6";

/// SA6 on a Basic SMTP verdict. Not pasted: a check by hand. Pasted off: passed, and the
/// setting is named. Pasted on: the verdict Exchange let through (SA5) is blocked by SA6; one
/// an earlier layer blocks already (SA2/SA3) gets SA6 as a later layer.
pub fn add(mut verdict: Verdict, subject: &Subject) -> Verdict {
    let pasted = subject.evidence.security_defaults.as_ref().and_then(|s| Some((*s.is_enabled.known()?, s.is_enabled.line()?)));
    let Some((on, line)) = pasted else {
        return verdict.check(RULE, Gate::SecurityDefaults);
    };
    let setting = DecidingSetting { setting: Setting::SecurityDefaultsIsEnabled, value: SettingValue::Bool(on), line };
    match (on, verdict.status) {
        (false, _) => verdict.decided_by.push(setting),
        (true, Status::Blocked) => verdict.also_blocked_by.push(BlockingLayer {
            rule: RULE,
            finding: Finding::SecurityDefaultsBlockBasic,
            decided_by: vec![setting],
            warnings: Vec::new(),
            source: sources::S30_SECURITY_DEFAULTS,
        }),
        (true, _) => {
            verdict.status = Status::Blocked;
            verdict.rule = RULE;
            verdict.finding = Finding::SecurityDefaultsBlockBasic;
            verdict.source = sources::S30_SECURITY_DEFAULTS;
            verdict.decided_by.push(setting);
        }
    }
    verdict
}
