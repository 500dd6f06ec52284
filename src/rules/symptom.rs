//! A client error alone already names the layer that refused (rules.md §8, evidence.md §5):
//! which layer, the rule row it belongs to, what to paste to confirm it, and the fixes.
//!
//! Why: customers often paste only the error their printer, script or app shows; the tool
//! should say as much from it as rules.md allows, and ask for the cmdlet output that proves it.
//! Gates the cmdlets cannot change (security defaults, Conditional Access, retired Basic, TLS
//! on the client, Send As over Basic) have no fix here, only their layer. The SA4 fix needs
//! the effective policy's name, so it comes from the SA4 verdict once `Get-User` and
//! `Get-OrganizationConfig` are pasted, not from the error.
//! Source: rules.md §8 and §3.2–3.4, each explanation with the source of its row.

use serde::Serialize;

use crate::model::{Evidence, Field};
use crate::parse::ErrorCause;
use crate::rules::pop_imap::{p2_basic_retired, p3_oauth_delegated, p5_legacy_tls};
use crate::rules::smtp::{date_switch, sa10_tls, sa11_send_as, sa2_mailbox_override, sa3_tenant_switch, sa4_policy_blocks_basic};
use crate::rules::smtp::{sa6_security_defaults, sa7_conditional_access};
use crate::rules::{sources, Fix, MissingInput, Protocol};

/// The rules.md §8 rows that have no row of their own in the decision tables: the reply says
/// that sign-in failed, not which setting refused it.
pub const RULE: &str = "ERR";

/// The layer a client error names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layer {
    TenantSwitch,
    MailboxSwitch,
    AuthenticationPolicy,
    SecurityDefaults,
    ConditionalAccess,
    Credentials,
    Tls,
    SendAs,
    NotAuthenticated,
    BasicRetired,
    Unknown,
}

/// What a client error tells.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub layer: Layer,
    pub rule: &'static str,
    /// The cmdlet output that would confirm it (the remedy stage gives the command for each).
    pub confirm: Vec<MissingInput>,
    /// The fixes; the remedy stage turns them into commands with the mailbox's identity.
    pub fixes: Vec<Fix>,
    pub source: &'static str,
}

fn explanation(layer: Layer, rule: &'static str, source: &'static str) -> Explanation {
    Explanation { layer, rule, confirm: Vec::new(), fixes: Vec::new(), source }
}

impl Explanation {
    fn confirm(mut self, inputs: impl IntoIterator<Item = MissingInput>) -> Self {
        self.confirm.extend(inputs);
        self
    }

    fn fix(mut self, fixes: impl IntoIterator<Item = Fix>) -> Self {
        self.fixes.extend(fixes);
        self
    }
}

/// What the error `cause`, seen on `protocol`, means. The protocol matters where SMTP and
/// POP/IMAP differ: Basic retired is the date switch for SMTP but P2 for POP/IMAP.
pub fn explain(cause: ErrorCause, protocol: Protocol) -> Explanation {
    let smtp = protocol == Protocol::Smtp;
    match cause {
        // The mailbox inherits (blank): both settings together show it.
        ErrorCause::SmtpAuthDisabledTenant => explanation(Layer::TenantSwitch, sa3_tenant_switch::RULE, sources::S7_SMTP_AUTH)
            .confirm([MissingInput::TenantSmtpSetting, MissingInput::MailboxSmtpSetting])
            .fix([Fix::EnableSmtpAuthForMailbox, Fix::EnableSmtpAuthForOrganization]),
        ErrorCause::SmtpAuthDisabledMailbox => explanation(Layer::MailboxSwitch, sa2_mailbox_override::RULE, sources::S7_SMTP_AUTH)
            .confirm([MissingInput::MailboxSmtpSetting])
            .fix([Fix::EnableSmtpAuthForMailbox]),
        ErrorCause::BasicAuthDisabled if smtp => {
            explanation(Layer::AuthenticationPolicy, sa4_policy_blocks_basic::RULE, sources::S8_DISABLE_BASIC)
                .confirm([MissingInput::UserPolicy, MissingInput::OrganizationDefaultPolicy])
        }
        // IMAP's "Basic authentication is disabled" (consumer Outlook.com) and "LOGIN failed":
        // Basic POP/IMAP is gone in Exchange Online, whatever the settings say.
        ErrorCause::BasicAuthDisabled | ErrorCause::BasicAuthRetired if !smtp => {
            explanation(Layer::BasicRetired, p2_basic_retired::RULE, sources::S4_BASIC_DEPRECATION)
        }
        ErrorCause::BasicAuthDisabled | ErrorCause::BasicAuthRetired => {
            explanation(Layer::BasicRetired, date_switch::RULE, sources::S2_SMTP_TIMELINE_2026)
        }
        ErrorCause::SecurityDefaults => explanation(Layer::SecurityDefaults, sa6_security_defaults::RULE, sources::S30_SECURITY_DEFAULTS),
        ErrorCause::ConditionalAccess => {
            explanation(Layer::ConditionalAccess, sa7_conditional_access::RULE, sources::S31_CONDITIONAL_ACCESS)
        }
        ErrorCause::BadCredentials if smtp => explanation(Layer::Credentials, RULE, sources::S32_DEVICES),
        // Documented for a refused XOAUTH2 token (S22).
        ErrorCause::BadCredentials => explanation(Layer::Credentials, p3_oauth_delegated::RULE, sources::S22_OAUTH_POP_IMAP_SMTP),
        ErrorCause::NotAuthenticated => explanation(Layer::NotAuthenticated, RULE, sources::S32_DEVICES),
        // Relay is the documented fix; Add-RecipientPermission only for app-only OAuth (S22).
        ErrorCause::SendAsDenied => explanation(Layer::SendAs, sa11_send_as::RULE, sources::S32_DEVICES),
        // The transport output shows AllowLegacyTLSClients beside SmtpClientAuthenticationDisabled.
        ErrorCause::LegacyTls if smtp => {
            explanation(Layer::Tls, sa10_tls::RULE, sources::S23_LEGACY_TLS_SMTP).confirm([MissingInput::TenantSmtpSetting])
        }
        ErrorCause::LegacyTls => explanation(Layer::Tls, p5_legacy_tls::RULE, sources::S26_POP_IMAP_LEGACY_TLS),
        // "Bad credentials, SMTP AUTH disabled, MFA" (S32): the switches are what can be pasted.
        ErrorCause::GenericAuthFailure if smtp => explanation(Layer::Unknown, RULE, sources::S32_DEVICES).confirm([
            MissingInput::TenantSmtpSetting,
            MissingInput::MailboxSmtpSetting,
            MissingInput::UserPolicy,
            MissingInput::OrganizationDefaultPolicy,
        ]),
        // A rejected token, the protocol switched off, or a missing service principal (S22).
        ErrorCause::GenericAuthFailure => explanation(Layer::Unknown, RULE, sources::S22_OAUTH_POP_IMAP_SMTP)
            .confirm([MissingInput::MailboxProtocolSwitch { protocol }]),
    }
}

/// Whether the pasted settings agree with the error: `Some(false)` when they contradict it
/// (the error may be older than the settings, or from another tenant or mailbox), `None` when
/// the paste does not show the setting the error names.
pub fn consistent_with(cause: ErrorCause, evidence: &Evidence) -> Option<bool> {
    match cause {
        ErrorCause::SmtpAuthDisabledTenant => evidence.transport.as_ref()?.smtp_client_authentication_disabled.known().copied(),
        // The error is about one mailbox; only a paste of exactly one can contradict it.
        ErrorCause::SmtpAuthDisabledMailbox => match evidence.mailboxes.as_slice() {
            [mailbox] => match &mailbox.cas.as_ref()?.smtp_client_authentication_disabled {
                Field::Known { value, .. } => Some(*value),
                // Blank inherits: the refusal would have named the tenant.
                Field::Blank { .. } => Some(false),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;
    use ErrorCause::*;
    use Protocol::{Imap, Pop, Smtp};

    #[test]
    fn every_cause_names_its_layer_rule_and_source() {
        let cases: [(ErrorCause, Protocol, Layer, &str, &str); 20] = [
            (SmtpAuthDisabledTenant, Smtp, Layer::TenantSwitch, "SA3", sources::S7_SMTP_AUTH),
            (SmtpAuthDisabledMailbox, Smtp, Layer::MailboxSwitch, "SA2", sources::S7_SMTP_AUTH),
            (BasicAuthDisabled, Smtp, Layer::AuthenticationPolicy, "SA4", sources::S8_DISABLE_BASIC),
            (BasicAuthDisabled, Imap, Layer::BasicRetired, "P2", sources::S4_BASIC_DEPRECATION),
            (BasicAuthRetired, Smtp, Layer::BasicRetired, "SA-DATE", sources::S2_SMTP_TIMELINE_2026),
            (BasicAuthRetired, Imap, Layer::BasicRetired, "P2", sources::S4_BASIC_DEPRECATION),
            (BasicAuthRetired, Pop, Layer::BasicRetired, "P2", sources::S4_BASIC_DEPRECATION),
            (SecurityDefaults, Smtp, Layer::SecurityDefaults, "SA6", sources::S30_SECURITY_DEFAULTS),
            (ConditionalAccess, Smtp, Layer::ConditionalAccess, "SA7", sources::S31_CONDITIONAL_ACCESS),
            (ConditionalAccess, Imap, Layer::ConditionalAccess, "SA7", sources::S31_CONDITIONAL_ACCESS),
            (BadCredentials, Smtp, Layer::Credentials, RULE, sources::S32_DEVICES),
            (BadCredentials, Pop, Layer::Credentials, "P3", sources::S22_OAUTH_POP_IMAP_SMTP),
            (NotAuthenticated, Smtp, Layer::NotAuthenticated, RULE, sources::S32_DEVICES),
            (SendAsDenied, Smtp, Layer::SendAs, "SA11", sources::S32_DEVICES),
            (LegacyTls, Smtp, Layer::Tls, "SA10", sources::S23_LEGACY_TLS_SMTP),
            (LegacyTls, Pop, Layer::Tls, "P5", sources::S26_POP_IMAP_LEGACY_TLS),
            (LegacyTls, Imap, Layer::Tls, "P5", sources::S26_POP_IMAP_LEGACY_TLS),
            (GenericAuthFailure, Smtp, Layer::Unknown, RULE, sources::S32_DEVICES),
            (GenericAuthFailure, Imap, Layer::Unknown, RULE, sources::S22_OAUTH_POP_IMAP_SMTP),
            (GenericAuthFailure, Pop, Layer::Unknown, RULE, sources::S22_OAUTH_POP_IMAP_SMTP),
        ];
        for (cause, protocol, layer, rule, source) in cases {
            let explanation = explain(cause, protocol);
            assert_eq!((explanation.layer, explanation.rule, explanation.source), (layer, rule, source), "{cause:?} {protocol:?}");
        }
    }

    #[test]
    fn switches_have_their_fixes_and_what_confirms_them() {
        let tenant = explain(SmtpAuthDisabledTenant, Smtp);
        assert_eq!(tenant.confirm, [MissingInput::TenantSmtpSetting, MissingInput::MailboxSmtpSetting]);
        // Per mailbox first: Microsoft recommends keeping the tenant off (SA3).
        assert_eq!(tenant.fixes, [Fix::EnableSmtpAuthForMailbox, Fix::EnableSmtpAuthForOrganization]);
        let mailbox = explain(SmtpAuthDisabledMailbox, Smtp);
        assert_eq!((mailbox.confirm, mailbox.fixes), (vec![MissingInput::MailboxSmtpSetting], vec![Fix::EnableSmtpAuthForMailbox]));
        let policy = explain(BasicAuthDisabled, Smtp);
        assert_eq!(policy.confirm, [MissingInput::UserPolicy, MissingInput::OrganizationDefaultPolicy]);
        assert_eq!(explain(LegacyTls, Smtp).confirm, [MissingInput::TenantSmtpSetting]);
        assert_eq!(explain(GenericAuthFailure, Imap).confirm, [MissingInput::MailboxProtocolSwitch { protocol: Protocol::Imap }]);
        assert_eq!(explain(GenericAuthFailure, Smtp).confirm.len(), 4);
    }

    #[test]
    fn gates_without_a_powershell_fix_name_only_their_layer() {
        for (cause, protocol) in [
            (SecurityDefaults, Smtp),
            (ConditionalAccess, Smtp),
            (BasicAuthRetired, Smtp),
            (BasicAuthRetired, Imap),
            (BasicAuthDisabled, Imap),
            (SendAsDenied, Smtp),
            (LegacyTls, Pop),
            (BadCredentials, Smtp),
            (NotAuthenticated, Smtp),
        ] {
            let explanation = explain(cause, protocol);
            assert!(explanation.fixes.is_empty() && explanation.confirm.is_empty(), "{cause:?}: {explanation:?}");
        }
        for protocol in [Smtp, Pop, Imap] {
            assert!(explain(BasicAuthDisabled, protocol).fixes.is_empty(), "the policy fix needs the policy's name");
        }
    }

    #[test]
    fn the_explanation_serialises_as_codes() {
        let json = serde_json::to_string(&explain(SmtpAuthDisabledTenant, Smtp)).unwrap_or_default();
        assert!(json.starts_with(r#"{"layer":"tenant-switch","rule":"SA3","confirm":[{"kind":"tenant-smtp-setting"}"#), "{json}");
        assert!(json.contains(r#""fixes":[{"fix":"enable-smtp-auth-for-mailbox"}"#), "{json}");
    }

    fn evidence(text: &str) -> Evidence {
        Evidence::from_parsed(&parse(text))
    }

    #[test]
    fn pasted_tenant_setting_confirms_or_contradicts_the_error() {
        let on = evidence("PS> Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled\n\nSmtpClientAuthenticationDisabled : True\n");
        let off = evidence("PS> Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled\n\nSmtpClientAuthenticationDisabled : False\n");
        assert_eq!(consistent_with(SmtpAuthDisabledTenant, &on), Some(true));
        assert_eq!(consistent_with(SmtpAuthDisabledTenant, &off), Some(false));
        assert_eq!(consistent_with(SmtpAuthDisabledTenant, &Evidence::default()), None);
        assert_eq!(consistent_with(GenericAuthFailure, &on), None);
    }

    #[test]
    fn one_pasted_mailbox_confirms_or_contradicts_the_mailbox_error() {
        let mailbox = |value: &str| {
            evidence(&format!(
                "PS> Get-EXOCasMailbox anna -Properties SmtpClientAuthenticationDisabled | Format-List\n\nIdentity                         : anna\nPrimarySmtpAddress               : anna@contoso.com\nPopEnabled                       : True\nImapEnabled                      : True\nSmtpClientAuthenticationDisabled : {value}\n"
            ))
        };
        assert_eq!(consistent_with(SmtpAuthDisabledMailbox, &mailbox("True")), Some(true));
        assert_eq!(consistent_with(SmtpAuthDisabledMailbox, &mailbox("False")), Some(false));
        assert_eq!(consistent_with(SmtpAuthDisabledMailbox, &mailbox("")), Some(false));
        assert_eq!(consistent_with(SmtpAuthDisabledMailbox, &Evidence::default()), None);
    }
}
