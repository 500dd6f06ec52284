//! SA1: the effective SMTP AUTH switch cannot be told → `unknown`.
//!
//! What: the mailbox's `SmtpClientAuthenticationDisabled` line is absent (or the tenant's,
//! when the mailbox inherits), truncated or contradicted.
//! Why: `Get-EXOCasMailbox` shows the property only with `-Properties SmtpClientAuthenticationDisabled`;
//! an absent line is not "inherit" (S17, S18).
//! Source: https://learn.microsoft.com/powershell/exchange/cmdlet-property-sets

use crate::rules::effective_smtp::EffectiveSmtpAuth;
use crate::rules::sources;
use crate::rules::subject::input_missing;
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, Status, Verdict};

pub const RULE: &str = "SA1";

pub fn evaluate(effective: &EffectiveSmtpAuth, auth: AuthMethod) -> Option<Verdict> {
    let EffectiveSmtpAuth::Unknown { input, state } = effective else {
        return None;
    };
    Some(
        Verdict::new(Protocol::Smtp, auth, Status::Unknown, RULE, input_missing(input.clone(), *state), sources::S7_SMTP_AUTH)
            .missing(input.clone()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::missing::MissingInput;
    use crate::rules::verdict::MissingState;

    #[test]
    fn only_an_unknown_switch_matches() {
        let unknown = EffectiveSmtpAuth::Unknown { input: MissingInput::MailboxSmtpSetting, state: MissingState::Absent };
        let verdict = evaluate(&unknown, AuthMethod::Basic).expect("matches");
        assert_eq!((verdict.status, verdict.rule), (Status::Unknown, "SA1"));
        assert_eq!(verdict.missing, vec![MissingInput::MailboxSmtpSetting]);
        let known = EffectiveSmtpAuth::Tenant { disabled: false, settings: Vec::new() };
        assert!(evaluate(&known, AuthMethod::OAuth).is_none());
    }
}
