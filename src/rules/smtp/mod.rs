//! SMTP AUTH client submission in Exchange Online (rules.md 3.4): SA1–SA3 for every method,
//! then SA4–SA8 for Basic or SA9 for OAuth; SA10–SA11 always. First match wins; where SA1 cannot
//! tell, a password sign-in seen working decides ([`seen_in_sign_in_log`]).

pub mod date_switch;
pub mod sa10_tls;
pub mod sa11_send_as;
pub mod sa1_unknown_setting;
pub mod sa2_mailbox_override;
pub mod sa3_tenant_switch;
pub mod sa4_policy_blocks_basic;
pub mod sa5_policy_allows_basic;
pub mod sa6_security_defaults;
pub mod sa7_conditional_access;
pub mod sa8_per_user_mfa;
pub mod sa9_oauth;
pub mod seen_in_sign_in_log;

use super::effective_smtp::effective_smtp_auth;
use super::subject::Subject;
use super::verdict::{AuthMethod, Status, Verdict};

/// The SMTP AUTH verdict for one method.
pub fn evaluate(subject: &Subject, auth: AuthMethod, app_only: bool) -> Option<Verdict> {
    let effective = effective_smtp_auth(subject);
    let for_mailbox = subject.mailbox.is_some();
    let switch_verdict = sa1_unknown_setting::evaluate(&effective, auth)
        .or_else(|| sa2_mailbox_override::evaluate(&effective, auth))
        .or_else(|| sa3_tenant_switch::evaluate(&effective, auth, for_mailbox));
    match (switch_verdict, auth) {
        (Some(verdict), AuthMethod::Basic) if verdict.status == Status::Blocked => Some(with_later_layers(verdict, subject)),
        // The sign-in log adds nothing: the switch's verdict stands.
        (Some(verdict), AuthMethod::Basic) if verdict.status == Status::Unknown => Some(seen_in_sign_in_log::evaluate(subject, &verdict).unwrap_or(verdict)),
        (Some(verdict), _) => Some(verdict),
        (None, AuthMethod::Basic) => {
            sa4_policy_blocks_basic::evaluate(subject).or_else(|| sa5_policy_allows_basic::evaluate(subject, &effective))
        }
        (None, AuthMethod::OAuth) => sa9_oauth::evaluate(subject, &effective, app_only),
    }
}

/// Fixing the switch alone would only lead to the next refusal (rules.md 3.4 evaluates SA4–SA8
/// after SA1–SA3 for a password): a blocking policy is the next layer, with its own setting,
/// warnings and fix; the Entra gates SA6–SA8 come after it and are checked by hand.
fn with_later_layers(verdict: Verdict, subject: &Subject) -> Verdict {
    let verdict = match sa4_policy_blocks_basic::evaluate(subject).filter(|v| v.status == Status::Blocked) {
        Some(policy) => verdict.also_blocked_by(policy),
        None => verdict,
    };
    sa8_per_user_mfa::add(sa7_conditional_access::add(sa6_security_defaults::add(verdict, subject)))
}
