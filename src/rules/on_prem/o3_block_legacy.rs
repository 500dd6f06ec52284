//! O3: the effective on-premises policy (the user's, else the organization default) has
//! `BlockLegacyAuthPop`/`BlockLegacyAuthImap : True` → Basic, Digest, NTLM and Kerberos are
//! `blocked` for the protocol (Exchange 2019 CU2+ / SE). Otherwise → `check` the services (O1)
//! and the login type (O5).
//!
//! Fix: `Set-AuthenticationPolicy -Identity '<p>' -BlockLegacyAuthPop:$false`.
//! Source: https://learn.microsoft.com/en-us/exchange/hybrid-deployment/block-legacy-auth-2019-hybrid

use super::{o1_services, o5_login_type};
use crate::rules::effective_policy::{policy_switch, PolicySwitchValue};
use crate::rules::fix::{Fix, PolicySwitch};
use crate::rules::sources;
use crate::rules::subject::{input_missing, Subject};
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, Finding, Status, Verdict};

pub const RULE: &str = "O3";

pub fn evaluate(subject: &Subject, protocol: Protocol) -> Option<Verdict> {
    let switch = PolicySwitch::block_legacy(protocol)?;
    Some(match policy_switch(subject, switch) {
        PolicySwitchValue::Value { value: true, name, via, settings } => Verdict::new(
            protocol,
            AuthMethod::Basic,
            Status::Blocked,
            RULE,
            Finding::OnPremLegacyAuthBlocked { protocol, policy: name.clone(), via },
            sources::S33_HYBRID_2019,
        )
        .decided_by(settings)
        .fix(Fix::UnblockOnPremPolicy { policy: name, via, switch }),
        PolicySwitchValue::Unknown { input, state } => {
            Verdict::new(protocol, AuthMethod::Basic, Status::Unknown, RULE, input_missing(input.clone(), state), sources::S33_HYBRID_2019).missing(input)
        }
        PolicySwitchValue::Value { value: false, settings, .. } | PolicySwitchValue::NoPolicy { settings } => {
            let verdict = Verdict::new(
                protocol,
                AuthMethod::Basic,
                Status::Check,
                o1_services::RULE,
                Finding::OnPremBasicPopImapAllowedByPolicy { protocol },
                sources::S34_ONPREM_POP_IMAP,
            )
            .decided_by(settings);
            o5_login_type::add(o1_services::add(verdict))
        }
    })
}
