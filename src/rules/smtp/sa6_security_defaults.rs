//! SA6: Entra security defaults block every legacy-protocol sign-in, SMTP AUTH with a password
//! included ("If security defaults is enabled … SMTP AUTH is already disabled", S7). The
//! Exchange cmdlets do not show them: unless the security-defaults object
//! (`Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy`) was pasted, an explicit `check` item
//! on Basic verdicts. Pasted, `IsEnabled : True` blocks (rules.md SA6: "BLOCKED"), `False` passes.
//!
//! Fix (by hand): turn security defaults off and replace them with Conditional Access, or move
//! the client to OAuth.
//! Source: https://learn.microsoft.com/entra/fundamentals/security-defaults

use crate::rules::sources;
use crate::rules::subject::{deciding_bool, Subject};
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, DecidingSetting, Finding, Gate, SettingValue, Status, Verdict};

pub const RULE: &str = "SA6";
const SETTING: &str = "SecurityDefaults.IsEnabled";

/// `IsEnabled` as pasted, when it was printed `True` or `False`.
fn pasted(subject: &Subject) -> Option<DecidingSetting> {
    deciding_bool(SETTING, &subject.evidence.security_defaults.as_ref()?.is_enabled).filter(|s| s.value != SettingValue::Null)
}

/// The refusal, when the pasted security defaults are on.
pub fn blocking(subject: &Subject) -> Option<Verdict> {
    let setting = pasted(subject).filter(|s| s.value == SettingValue::Bool(true))?;
    Some(Verdict::new(Protocol::Smtp, AuthMethod::Basic, Status::Blocked, RULE, Finding::SecurityDefaultsBlockBasic, sources::S30_SECURITY_DEFAULTS).decided_by([setting]))
}

/// Security defaults pasted off pass, and the setting is named; pasted on, [`blocking`] tells
/// the refusal; not pasted, they are to check by hand.
pub fn add(verdict: Verdict, subject: &Subject) -> Verdict {
    match pasted(subject) {
        Some(setting) if setting.value == SettingValue::Bool(false) => verdict.decided_by([setting]),
        Some(_) => verdict,
        None => verdict.check(RULE, Gate::SecurityDefaults),
    }
}
