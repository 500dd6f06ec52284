//! What would change a verdict, as data. [`crate::remedy`] turns these into ordered commands
//! with the real identities and policy names.

use serde::Serialize;

use super::terms::{PolicySource, Protocol};
use crate::model::Setting;

/// An authentication-policy switch that gates a mail protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum PolicySwitch {
    AllowBasicAuthSmtp,
    AllowBasicAuthPop,
    AllowBasicAuthImap,
    BlockLegacyAuthPop,
    BlockLegacyAuthImap,
    BlockModernAuthPop,
    BlockModernAuthImap,
}

impl PolicySwitch {
    /// The parameter and property name.
    pub fn name(self) -> &'static str {
        match self {
            PolicySwitch::AllowBasicAuthSmtp => "AllowBasicAuthSmtp",
            PolicySwitch::AllowBasicAuthPop => "AllowBasicAuthPop",
            PolicySwitch::AllowBasicAuthImap => "AllowBasicAuthImap",
            PolicySwitch::BlockLegacyAuthPop => "BlockLegacyAuthPop",
            PolicySwitch::BlockLegacyAuthImap => "BlockLegacyAuthImap",
            PolicySwitch::BlockModernAuthPop => "BlockModernAuthPop",
            PolicySwitch::BlockModernAuthImap => "BlockModernAuthImap",
        }
    }

    /// The switch as a setting of a policy, as named in `decided_by`.
    pub fn setting(self) -> Setting {
        match self {
            PolicySwitch::AllowBasicAuthSmtp => Setting::AuthenticationPolicyAllowBasicAuthSmtp,
            PolicySwitch::AllowBasicAuthPop => Setting::AuthenticationPolicyAllowBasicAuthPop,
            PolicySwitch::AllowBasicAuthImap => Setting::AuthenticationPolicyAllowBasicAuthImap,
            PolicySwitch::BlockLegacyAuthPop => Setting::AuthenticationPolicyBlockLegacyAuthPop,
            PolicySwitch::BlockLegacyAuthImap => Setting::AuthenticationPolicyBlockLegacyAuthImap,
            PolicySwitch::BlockModernAuthPop => Setting::AuthenticationPolicyBlockModernAuthPop,
            PolicySwitch::BlockModernAuthImap => Setting::AuthenticationPolicyBlockModernAuthImap,
        }
    }

    pub fn block_legacy(protocol: Protocol) -> Option<Self> {
        match protocol {
            Protocol::Pop => Some(PolicySwitch::BlockLegacyAuthPop),
            Protocol::Imap => Some(PolicySwitch::BlockLegacyAuthImap),
            Protocol::Smtp => None,
        }
    }

    pub fn block_modern(protocol: Protocol) -> Option<Self> {
        match protocol {
            Protocol::Pop => Some(PolicySwitch::BlockModernAuthPop),
            Protocol::Imap => Some(PolicySwitch::BlockModernAuthImap),
            Protocol::Smtp => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "fix")]
pub enum Fix {
    /// P1 / O2: `Set-CASMailbox -PopEnabled $true` / `-ImapEnabled $true`.
    EnableProtocolForMailbox { protocol: Protocol },
    /// SA2, and the preferred fix for SA3: `Set-CASMailbox -SmtpClientAuthenticationDisabled $false`.
    EnableSmtpAuthForMailbox,
    /// SA3 alternative (or the only fix without a mailbox): `Set-TransportConfig`.
    EnableSmtpAuthForOrganization,
    /// SA4: a dedicated policy for the user first, changing the effective policy second.
    AllowBasicSmtpInPolicy { policy: String, via: PolicySource },
    /// O3 / O4: `Set-AuthenticationPolicy -Identity '<p>' -BlockLegacyAuthPop:$false`.
    UnblockOnPremPolicy { policy: String, via: PolicySource, switch: PolicySwitch },
    /// P4 / SA9 app-only: service principal and mailbox permission.
    GrantAppOnlyAccess { protocol: Protocol },
}
