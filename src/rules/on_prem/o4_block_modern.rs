//! O4: the effective on-premises policy has `BlockModernAuthPop`/`BlockModernAuthImap : True`
//! (Exchange 2019 CU13+ / SE) → OAuth `blocked` for the protocol. Otherwise O6 applies.
//!
//! Fix: `Set-AuthenticationPolicy -Identity '<p>' -BlockModernAuthPop:$false`.
//! Source: https://learn.microsoft.com/powershell/module/exchangepowershell/set-authenticationpolicy

use crate::rules::effective_policy::{policy_switch, PolicySwitchValue};
use crate::rules::fix::{Fix, PolicySwitch};
use crate::rules::sources;
use crate::rules::subject::{input_missing, Subject};
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, Finding, Status, Verdict};

pub const RULE: &str = "O4";

pub fn evaluate(subject: &Subject, protocol: Protocol) -> Option<Verdict> {
    let switch = PolicySwitch::block_modern(protocol)?;
    match policy_switch(subject, switch) {
        PolicySwitchValue::Value { value: true, name, via, settings } => Some(
            Verdict::new(
                protocol,
                AuthMethod::OAuth,
                Status::Blocked,
                RULE,
                Finding::OnPremModernAuthBlocked { protocol, policy: name.clone(), via },
                sources::S9_NEW_AUTH_POLICY,
            )
            .decided_by(settings)
            .fix(Fix::UnblockOnPremPolicy { policy: name, via, switch }),
        ),
        PolicySwitchValue::Unknown { input, state } => Some(
            Verdict::new(protocol, AuthMethod::OAuth, Status::Unknown, RULE, input_missing(input.clone(), state), sources::S9_NEW_AUTH_POLICY)
                .missing(input),
        ),
        PolicySwitchValue::Value { value: false, .. } | PolicySwitchValue::NoPolicy { .. } => None,
    }
}
