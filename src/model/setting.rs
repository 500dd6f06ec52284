//! The settings the paste can show and a verdict can be decided by, named as PowerShell prints
//! them (`Cmdlet-object.Property`). A verdict's `decided_by`, a conflict and a note name a
//! setting by this type, not by its text, so a misspelt name cannot compile and the lines of a
//! mailbox's own settings are found by variant ([`crate::rules::settings_key::relocate`]).
//!
//! A new setting is a new variant here with its name in [`Setting::name`], read into a field of
//! its cmdlet's model type; if the rules read it per mailbox, it also goes into
//! [`crate::rules::settings_key::MailboxSettings`].

use serde::{Serialize, Serializer};

use crate::parse::Protocol;

/// One setting, by the object that holds it and its property.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Setting {
    CasMailboxPopEnabled,
    CasMailboxImapEnabled,
    CasMailboxSmtpClientAuthenticationDisabled,
    UserAuthenticationPolicy,
    TransportConfigSmtpClientAuthenticationDisabled,
    TransportConfigAllowLegacyTlsClients,
    OrganizationConfigDefaultAuthenticationPolicy,
    SecurityDefaultsIsEnabled,
    AuthenticationPolicyAllowBasicAuthSmtp,
    AuthenticationPolicyAllowBasicAuthPop,
    AuthenticationPolicyAllowBasicAuthImap,
    AuthenticationPolicyBlockLegacyAuthPop,
    AuthenticationPolicyBlockLegacyAuthImap,
    AuthenticationPolicyBlockModernAuthPop,
    AuthenticationPolicyBlockModernAuthImap,
}

impl Setting {
    /// `Cmdlet-object.Property`, e.g. `TransportConfig.SmtpClientAuthenticationDisabled`: what
    /// every output shows.
    pub fn name(self) -> &'static str {
        match self {
            Setting::CasMailboxPopEnabled => "CasMailbox.PopEnabled",
            Setting::CasMailboxImapEnabled => "CasMailbox.ImapEnabled",
            Setting::CasMailboxSmtpClientAuthenticationDisabled => "CasMailbox.SmtpClientAuthenticationDisabled",
            Setting::UserAuthenticationPolicy => "User.AuthenticationPolicy",
            Setting::TransportConfigSmtpClientAuthenticationDisabled => "TransportConfig.SmtpClientAuthenticationDisabled",
            Setting::TransportConfigAllowLegacyTlsClients => "TransportConfig.AllowLegacyTLSClients",
            Setting::OrganizationConfigDefaultAuthenticationPolicy => "OrganizationConfig.DefaultAuthenticationPolicy",
            Setting::SecurityDefaultsIsEnabled => "SecurityDefaults.IsEnabled",
            Setting::AuthenticationPolicyAllowBasicAuthSmtp => "AuthenticationPolicy.AllowBasicAuthSmtp",
            Setting::AuthenticationPolicyAllowBasicAuthPop => "AuthenticationPolicy.AllowBasicAuthPop",
            Setting::AuthenticationPolicyAllowBasicAuthImap => "AuthenticationPolicy.AllowBasicAuthImap",
            Setting::AuthenticationPolicyBlockLegacyAuthPop => "AuthenticationPolicy.BlockLegacyAuthPop",
            Setting::AuthenticationPolicyBlockLegacyAuthImap => "AuthenticationPolicy.BlockLegacyAuthImap",
            Setting::AuthenticationPolicyBlockModernAuthPop => "AuthenticationPolicy.BlockModernAuthPop",
            Setting::AuthenticationPolicyBlockModernAuthImap => "AuthenticationPolicy.BlockModernAuthImap",
        }
    }

    /// The mailbox's switch for POP or IMAP (`PopEnabled`, `ImapEnabled`); asked only for
    /// those two protocols.
    pub fn pop_imap_switch(protocol: Protocol) -> Setting {
        match protocol {
            Protocol::Imap => Setting::CasMailboxImapEnabled,
            _ => Setting::CasMailboxPopEnabled,
        }
    }
}

impl std::fmt::Display for Setting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Serialised as its name, as the JSON output has always shown it.
impl Serialize for Setting {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant, in declaration order; the match makes a new variant fail to compile here
    /// until it is listed.
    const ALL: [Setting; 15] = [
        Setting::CasMailboxPopEnabled,
        Setting::CasMailboxImapEnabled,
        Setting::CasMailboxSmtpClientAuthenticationDisabled,
        Setting::UserAuthenticationPolicy,
        Setting::TransportConfigSmtpClientAuthenticationDisabled,
        Setting::TransportConfigAllowLegacyTlsClients,
        Setting::OrganizationConfigDefaultAuthenticationPolicy,
        Setting::SecurityDefaultsIsEnabled,
        Setting::AuthenticationPolicyAllowBasicAuthSmtp,
        Setting::AuthenticationPolicyAllowBasicAuthPop,
        Setting::AuthenticationPolicyAllowBasicAuthImap,
        Setting::AuthenticationPolicyBlockLegacyAuthPop,
        Setting::AuthenticationPolicyBlockLegacyAuthImap,
        Setting::AuthenticationPolicyBlockModernAuthPop,
        Setting::AuthenticationPolicyBlockModernAuthImap,
    ];

    fn listed(setting: Setting) -> bool {
        match setting {
            Setting::CasMailboxPopEnabled
            | Setting::CasMailboxImapEnabled
            | Setting::CasMailboxSmtpClientAuthenticationDisabled
            | Setting::UserAuthenticationPolicy
            | Setting::TransportConfigSmtpClientAuthenticationDisabled
            | Setting::TransportConfigAllowLegacyTlsClients
            | Setting::OrganizationConfigDefaultAuthenticationPolicy
            | Setting::SecurityDefaultsIsEnabled
            | Setting::AuthenticationPolicyAllowBasicAuthSmtp
            | Setting::AuthenticationPolicyAllowBasicAuthPop
            | Setting::AuthenticationPolicyAllowBasicAuthImap
            | Setting::AuthenticationPolicyBlockLegacyAuthPop
            | Setting::AuthenticationPolicyBlockLegacyAuthImap
            | Setting::AuthenticationPolicyBlockModernAuthPop
            | Setting::AuthenticationPolicyBlockModernAuthImap => ALL.contains(&setting),
        }
    }

    #[test]
    fn every_setting_keeps_the_name_powershell_prints() {
        let names: Vec<&str> = ALL.iter().map(|s| s.name()).collect();
        assert_eq!(
            names,
            [
                "CasMailbox.PopEnabled",
                "CasMailbox.ImapEnabled",
                "CasMailbox.SmtpClientAuthenticationDisabled",
                "User.AuthenticationPolicy",
                "TransportConfig.SmtpClientAuthenticationDisabled",
                "TransportConfig.AllowLegacyTLSClients",
                "OrganizationConfig.DefaultAuthenticationPolicy",
                "SecurityDefaults.IsEnabled",
                "AuthenticationPolicy.AllowBasicAuthSmtp",
                "AuthenticationPolicy.AllowBasicAuthPop",
                "AuthenticationPolicy.AllowBasicAuthImap",
                "AuthenticationPolicy.BlockLegacyAuthPop",
                "AuthenticationPolicy.BlockLegacyAuthImap",
                "AuthenticationPolicy.BlockModernAuthPop",
                "AuthenticationPolicy.BlockModernAuthImap",
            ]
        );
        for (at, setting) in ALL.iter().enumerate() {
            assert!(listed(*setting));
            assert_eq!(*setting as usize, at, "{setting:?} out of order");
            assert_eq!(setting.to_string(), setting.name());
            assert_eq!(serde_json::to_string(setting).ok(), Some(format!("\"{}\"", setting.name())));
        }
    }
}
