//! Which cmdlet produced an object: from the prompt's command when the paste has one, else from
//! the type name (CSV `#TYPE`), else from the property signature (rules.md §2, "Environment
//! detection"). A signature that fits two cmdlets equally is reported, not guessed.

use std::sync::Arc;

use crate::parse::{ObjectKind, Property, Value};

/// The cmdlets the analyzer reads, spelled as Microsoft documents them.
const CMDLETS: [(&str, ObjectKind); 8] = [
    ("Get-TransportConfig", ObjectKind::TransportConfig),
    ("Get-EXOCasMailbox", ObjectKind::CasMailbox),
    ("Get-CASMailbox", ObjectKind::CasMailbox),
    ("Get-AuthenticationPolicy", ObjectKind::AuthenticationPolicy),
    ("Get-User", ObjectKind::User),
    ("Get-OrganizationConfig", ObjectKind::OrganizationConfig),
    ("Get-AcceptedDomain", ObjectKind::AcceptedDomain),
    (crate::parse::security_defaults::CMDLET, ObjectKind::SecurityDefaults),
];

/// The canonical spelling and kind of one of the analyzer's cmdlets.
pub(super) fn known_cmdlet(name: &str) -> Option<(&'static str, ObjectKind)> {
    CMDLETS.iter().find(|(known, _)| known.eq_ignore_ascii_case(name)).copied()
}

/// Kind from a .NET type name (`#TYPE Deserialized.Microsoft.Exchange.Data.Directory.Management.CASMailbox`).
pub(in crate::parse) fn kind_from_type_name(type_name: &str) -> Option<ObjectKind> {
    // `rsplit` always yields a last piece.
    let last = type_name.rsplit('.').next().unwrap_or(type_name).to_ascii_lowercase();
    match last.as_str() {
        "casmailbox" => Some(ObjectKind::CasMailbox),
        "transportconfigcontainer" | "transportconfig" => Some(ObjectKind::TransportConfig),
        "authenticationpolicy" => Some(ObjectKind::AuthenticationPolicy),
        "user" => Some(ObjectKind::User),
        "organizationconfig" | "organization" => Some(ObjectKind::OrganizationConfig),
        "accepteddomain" => Some(ObjectKind::AcceptedDomain),
        _ => None,
    }
}

/// What the evidence said about a record's kind, when it was not clear-cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::parse) enum Doubt {
    /// Two cmdlets fit the signature equally; the record is `Unknown`.
    Ambiguous(ObjectKind, ObjectKind),
    /// Only `SmtpClientAuthenticationDisabled` was shown: read as the organization's transport
    /// config, which `Get-CASMailbox | fl SmtpClientAuthenticationDisabled` would also print.
    OnlySmtpSwitch,
}

/// How a record's kind was decided.
pub(in crate::parse) struct Evidence<'a> {
    /// Cmdlet named on the prompt line: `Some(None)` for a cmdlet that is not one of [`CMDLETS`].
    pub cmdlet: Option<Option<ObjectKind>>,
    pub type_name: Option<ObjectKind>,
    pub properties: &'a [Property],
}

/// The signature decision for the last list of property names, reused while objects show the
/// same (shared, see `intern`) names in the same order: 100 k mailboxes would otherwise repeat
/// some sixty name comparisons per property.
#[derive(Default)]
pub(in crate::parse) struct SignatureMemo {
    names: Vec<Arc<str>>,
    decision: Option<(ObjectKind, Option<Doubt>)>,
}

impl SignatureMemo {
    fn decide(&mut self, properties: &[Property]) -> (ObjectKind, Option<Doubt>) {
        let same_names = self.names.len() == properties.len()
            && self.names.iter().zip(properties).all(|(name, property)| Arc::ptr_eq(name, &property.name));
        if let (true, Some(decision)) = (same_names, self.decision) {
            return decision;
        }
        let decision = from_names(properties);
        self.names.clear();
        self.names.extend(properties.iter().map(|p| Arc::clone(&p.name)));
        self.decision = Some(decision);
        decision
    }
}

pub(in crate::parse) fn decide(evidence: &Evidence<'_>, memo: &mut SignatureMemo) -> (ObjectKind, Option<Doubt>) {
    match evidence.cmdlet {
        Some(Some(kind)) => return (kind, None),
        Some(None) => return (ObjectKind::Unknown, None),
        None => {}
    }
    if let Some(kind) = evidence.type_name {
        return (kind, None);
    }
    from_signature(evidence.properties, memo)
}

const CAS_MARKERS: &[&str] = &[
    "PopEnabled", "ImapEnabled", "ActiveSyncEnabled", "OWAEnabled", "MAPIEnabled", "EwsEnabled", "ECPEnabled",
    "PopUseProtocolDefaults", "ImapUseProtocolDefaults", "OwaMailboxPolicy", "ActiveSyncMailboxPolicy",
    "UniversalOutlookEnabled", "OutlookMobileEnabled", "MacOutlookEnabled", "ServerLegacyDN",
    "PopMessagesRetrievalMimeFormat", "ImapMessagesRetrievalMimeFormat", "HasActiveSyncDevicePartnership",
];
const USER_MARKERS: &[&str] = &[
    "AuthenticationPolicy", "UserPrincipalName", "StsRefreshTokensValidFrom", "FirstName", "LastName",
    "WindowsEmailAddress", "UserAccountControl", "Department", "Manager", "Title",
];
const ORG_MARKERS: &[&str] = &[
    "DefaultAuthenticationPolicy", "OAuth2ClientProfileEnabled", "AuditDisabled", "BasicAuthBlockedApps",
    "ActivityBasedAuthenticationTimeoutEnabled", "MailTipsAllTipsEnabled", "IsDehydrated",
    "DefaultPublicFolderMailbox", "CustomerLockboxEnabled", "HybridConfigurationStatus",
    // `Get-OrganizationConfig | Format-List RejectDirectSend` (migration.md §6).
    "RejectDirectSend",
];
/// `Get-AcceptedDomain`'s default table is Name, DomainName, DomainType, Default.
const ACCEPTED_DOMAIN_MARKERS: &[&str] = &[
    "DomainName", "DomainType", "MatchSubDomains", "AddressBookEnabled", "InitialDomain", "PendingRemoval",
    "PendingCompletion", "SendingFromDomainDisabled", "OutboundOnly", "LiveIdInstanceType",
];
const TRANSPORT_MARKERS: &[&str] = &[
    "AllowLegacyTLSClients", "MaxRecipientEnvelopeLimit", "JournalingReportNdrTo", "ExternalDsnDefaultLanguage",
    "InternalSMTPServers", "TLSReceiveDomainSecureList", "TLSSendDomainSecureList", "SafetyNetHoldTime",
    "ShadowRedundancyEnabled", "GenerateCopyOfDSNFor", "ExternalPostmasterAddress", "SupervisionTags",
    "DSNConversionMode", "HeaderPromotionModeSetting", "Xexch50Enabled", "TransportRuleMinProductVersion",
];
/// Properties a mailbox shows and the transport config never does.
const MAILBOX_IDENTITY: &[&str] =
    &["DisplayName", "PrimarySmtpAddress", "Alias", "SamAccountName", "EmailAddresses", "ExternalDirectoryObjectId"];

/// The transport config is the one object named `Transport Settings`; otherwise the names
/// decide (an authentication policy's `AllowBasicAuth…` names win over any name value).
fn from_signature(properties: &[Property], memo: &mut SignatureMemo) -> (ObjectKind, Option<Doubt>) {
    let decision = memo.decide(properties);
    let named_transport = properties.iter().any(|p| {
        ["Identity", "Name"].iter().any(|n| n.eq_ignore_ascii_case(&p.name))
            && matches!(&p.value, Value::Text(t) if &**t == "Transport Settings")
    });
    if named_transport && decision.0 != ObjectKind::AuthenticationPolicy {
        return (ObjectKind::TransportConfig, None);
    }
    if crate::parse::security_defaults::is_security_defaults(properties) {
        return (ObjectKind::SecurityDefaults, None);
    }
    decision
}

fn from_names(properties: &[Property]) -> (ObjectKind, Option<Doubt>) {
    let is = |name: &str, set: &[&str]| set.iter().any(|m| m.eq_ignore_ascii_case(name));
    let starts = |name: &str, prefix: &str| name.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    let (mut cas, mut user, mut org, mut transport, mut accepted) = (0, 0, 0, 0, 0);
    let (mut smtp_switch, mut mailbox_identity) = (false, false);
    for property in properties {
        let name: &str = &property.name;
        if ["AllowBasicAuth", "BlockLegacyAuth", "BlockModernAuth"].iter().any(|p| starts(name, p)) {
            return (ObjectKind::AuthenticationPolicy, None);
        }
        cas += usize::from(is(name, CAS_MARKERS));
        user += usize::from(is(name, USER_MARKERS));
        org += usize::from(is(name, ORG_MARKERS));
        transport += usize::from(is(name, TRANSPORT_MARKERS));
        accepted += usize::from(is(name, ACCEPTED_DOMAIN_MARKERS));
        smtp_switch |= name.eq_ignore_ascii_case("SmtpClientAuthenticationDisabled");
        mailbox_identity |= is(name, MAILBOX_IDENTITY);
    }
    if smtp_switch {
        if mailbox_identity {
            cas += 1;
        } else {
            transport += 1;
        }
    }
    let scores = [
        (cas, ObjectKind::CasMailbox),
        (user, ObjectKind::User),
        (org, ObjectKind::OrganizationConfig),
        (transport, ObjectKind::TransportConfig),
        (accepted, ObjectKind::AcceptedDomain),
    ];
    // `scores` is a fixed list that is not empty.
    let best = scores.iter().map(|(score, _)| *score).max().unwrap_or(0);
    let mut winners = scores.iter().filter(|(score, _)| *score == best && best > 0).map(|(_, kind)| *kind);
    match (winners.next(), winners.next()) {
        (None, _) => (ObjectKind::Unknown, None),
        (Some(first), Some(second)) => (ObjectKind::Unknown, Some(Doubt::Ambiguous(first, second))),
        (Some(ObjectKind::TransportConfig), None) if transport == 1 && smtp_switch => {
            (ObjectKind::TransportConfig, Some(Doubt::OnlySmtpSwitch))
        }
        (Some(kind), None) => (kind, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{Certainty, LineSpan};

    fn props(names: &[(&str, &str)]) -> Vec<Property> {
        names
            .iter()
            .map(|(n, v)| Property {
                name: (*n).into(),
                raw: (*v).into(),
                value: Value::Text((*v).into()),
                certainty: Certainty::Exact,
                span: LineSpan::line(1),
            })
            .collect()
    }

    fn kind(names: &[(&str, &str)]) -> (ObjectKind, Option<Doubt>) {
        decide(&Evidence { cmdlet: None, type_name: None, properties: &props(names) }, &mut SignatureMemo::default())
    }

    #[test]
    fn signatures() {
        assert_eq!(kind(&[("AllowBasicAuthPop", "")]).0, ObjectKind::AuthenticationPolicy);
        assert_eq!(kind(&[("DisplayName", "x"), ("SmtpClientAuthenticationDisabled", "")]).0, ObjectKind::CasMailbox);
        assert_eq!(kind(&[("SmtpClientAuthenticationDisabled", "")]), (ObjectKind::TransportConfig, Some(Doubt::OnlySmtpSwitch)));
        assert_eq!(kind(&[("Name", "Transport Settings"), ("SmtpClientAuthenticationDisabled", "")]).1, None);
        assert_eq!(kind(&[("AuthenticationPolicy", "")]).0, ObjectKind::User);
        assert_eq!(kind(&[("DefaultAuthenticationPolicy", "")]).0, ObjectKind::OrganizationConfig);
        for shown in [&[("RejectDirectSend", "True")][..], &[("Name", "Contoso"), ("RejectDirectSend", "False")], &[("Identity", "contoso.onmicrosoft.com"), ("RejectDirectSend", "True")]] {
            assert_eq!(kind(shown), (ObjectKind::OrganizationConfig, None), "{shown:?}");
        }
        assert_eq!(kind(&[("Name", "contoso.com"), ("DomainName", "contoso.com"), ("DomainType", "Authoritative"), ("Default", "True")]), (ObjectKind::AcceptedDomain, None));
        assert_eq!(kind(&[("PopEnabled", ""), ("AuthenticationPolicy", "")]).1, Some(Doubt::Ambiguous(ObjectKind::CasMailbox, ObjectKind::User)));
        assert_eq!(kind(&[("Foo", "")]), (ObjectKind::Unknown, None));
    }

    #[test]
    fn prompt_wins() {
        let p = props(&[("AllowBasicAuthPop", "")]);
        let e = Evidence { cmdlet: Some(Some(ObjectKind::User)), type_name: None, properties: &p };
        assert_eq!(decide(&e, &mut SignatureMemo::default()).0, ObjectKind::User);
        assert_eq!(known_cmdlet("get-exocasmailbox"), Some(("Get-EXOCasMailbox", ObjectKind::CasMailbox)));
        assert_eq!(kind_from_type_name("Deserialized.Microsoft.Exchange.Data.Directory.Management.CASMailbox"), Some(ObjectKind::CasMailbox));
    }
}
