//! The client capability matrix (rules.md 3.5): which protocol × method a client scenario
//! uses, and what the client itself cannot do.
//!
//! - Classic Outlook for Windows with a POP/IMAP account: Basic only; no OAuth for POP/IMAP
//!   ("no plan") → refused by P2; use an Exchange / Microsoft 365 account instead (S4, S29).
//! - Mail apps with OAuth (Thunderbird 78+): OAuth for all three (P3, SA9).
//! - Devices and apps with a username and password: Basic SMTP (until the end of December 2026,
//!   then re-enable), no POP/IMAP (S1, S2, S32).
//! - Apps with app-only OAuth: P4, SA9 app-only (S22).
//!
//! Source: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online

use serde::Serialize;

use super::context::ClientScenario;
use super::terms::Protocol;
use super::verdict::{AuthMethod, Verdict, Warning};
use crate::model::Environment;

pub const RULE: &str = "CM";

/// One protocol × method a client uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Combination {
    pub protocol: Protocol,
    pub auth: AuthMethod,
    /// App-only OAuth (client credentials) rather than delegated.
    #[serde(skip)]
    pub app_only: bool,
}

const fn combination(protocol: Protocol, auth: AuthMethod, app_only: bool) -> Combination {
    Combination { protocol, auth, app_only }
}

pub fn combinations(scenario: ClientScenario) -> Vec<Combination> {
    let each = |auth, app_only| Protocol::ALL.into_iter().map(move |p| combination(p, auth, app_only));
    match scenario {
        ClientScenario::OutlookPopImap | ClientScenario::DeviceBasic => each(AuthMethod::Basic, false).collect(),
        ClientScenario::OauthApp => each(AuthMethod::OAuth, false).collect(),
        ClientScenario::AppOnlyOauth => each(AuthMethod::OAuth, true).collect(),
        ClientScenario::Any => Protocol::ALL
            .into_iter()
            .flat_map(|p| [combination(p, AuthMethod::Basic, false), combination(p, AuthMethod::OAuth, false)])
            .collect(),
    }
}

/// What the client adds to a verdict: classic Outlook cannot fall back to OAuth for POP/IMAP.
pub fn adjust(verdict: Verdict, scenario: ClientScenario, environment: Environment) -> Verdict {
    let outlook_pop_imap = scenario == ClientScenario::OutlookPopImap
        && environment == Environment::ExchangeOnline
        && verdict.protocol != Protocol::Smtp;
    if outlook_pop_imap {
        verdict.warn(Warning::ClassicOutlookHasNoOauthForPopImap)
    } else {
        verdict
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_scenario_uses_its_methods() {
        let cases = [
            (ClientScenario::OutlookPopImap, 3, Some(AuthMethod::Basic)),
            (ClientScenario::DeviceBasic, 3, Some(AuthMethod::Basic)),
            (ClientScenario::OauthApp, 3, Some(AuthMethod::OAuth)),
            (ClientScenario::AppOnlyOauth, 3, Some(AuthMethod::OAuth)),
            (ClientScenario::Any, 6, None),
        ];
        for (scenario, count, only) in cases {
            let combos = combinations(scenario);
            assert_eq!(combos.len(), count, "{scenario}");
            if let Some(auth) = only {
                assert!(combos.iter().all(|c| c.auth == auth), "{scenario}");
            }
        }
        assert!(combinations(ClientScenario::AppOnlyOauth).iter().all(|c| c.app_only));
    }
}
