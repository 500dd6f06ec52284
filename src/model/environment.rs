//! Exchange Online or Exchange Server: decided from properties only one of them has.
//!
//! Why: the same question has different answers (POP with a password is impossible in
//! Exchange Online and configurable on-premises), so rules that differ must know which.
//! Source: rules.md section 2 "Environment detection" [I], section 4 (`SmtpClientAuthenticationDisabled`
//! on the transport config and CAS mailbox, `AllowBasicAuth*` exist only in Exchange Online; S9, S14, S19).

use serde::Serialize;

use crate::parse::{ObjectKind, Record};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Environment {
    ExchangeOnline,
    ExchangeServer,
    #[default]
    Unknown,
}

/// The mailbox cmdlet the admin's session has: Exchange Online's REST `Get-EXOCasMailbox` (EXO V3
/// module, S17), or `Get-CASMailbox`, the only one on Exchange Server. Every command of one
/// answer uses the same, the one the paste shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CasCmdlet {
    #[default]
    Exo,
    Classic,
}

/// The first line that marked each environment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EnvironmentMarkers {
    pub online: Option<u32>,
    pub server: Option<u32>,
    /// Which mailbox cmdlets the paste's prompts show: `Get-EXOCasMailbox`, `Get-CASMailbox`.
    exo_cas: bool,
    classic_cas: bool,
}

impl EnvironmentMarkers {
    /// Learns the markers of one more record, in paste order.
    pub fn add(&mut self, record: &Record) {
        let exo_cmdlet = record.cmdlet.as_deref().is_some_and(|c| starts_with_ignore_case(c, "Get-EXO"));
        // A mailbox the prompt names the cmdlet of: Get-EXOCasMailbox or Get-CASMailbox.
        if record.cmdlet.is_some() && record.kind == ObjectKind::CasMailbox {
            self.exo_cas |= exo_cmdlet;
            self.classic_cas |= !exo_cmdlet;
        }
        if exo_cmdlet && self.online.is_none() {
            self.online = Some(record.span.first);
        }
        for property in &record.properties {
            let name: &str = &property.name;
            let online = starts_with_ignore_case(name, "AllowBasicAuth") || name.eq_ignore_ascii_case("SmtpClientAuthenticationDisabled");
            let server = starts_with_ignore_case(name, "BlockLegacyAuth") || starts_with_ignore_case(name, "BlockModernAuth");
            if online && self.online.is_none() {
                self.online = Some(property.span.first);
            }
            if server && self.server.is_none() {
                self.server = Some(property.span.first);
            }
        }
    }

    /// Both kinds of marker in one paste (a hybrid admin pasting both sides) decide nothing.
    pub fn environment(self) -> Environment {
        match (self.online, self.server) {
            (Some(_), None) => Environment::ExchangeOnline,
            (None, Some(_)) => Environment::ExchangeServer,
            _ => Environment::Unknown,
        }
    }

    /// `Get-CASMailbox` where only it exists or only it was used; else the V3 module's cmdlet.
    pub fn cas_cmdlet(self) -> CasCmdlet {
        if self.environment() == Environment::ExchangeServer || (self.classic_cas && !self.exo_cas) {
            CasCmdlet::Classic
        } else {
            CasCmdlet::Exo
        }
    }
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}
