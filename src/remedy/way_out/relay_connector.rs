//! SMTP relay through an inbound connector, filled in: the connector for the one public IPv4
//! address the account signed in from (never a private, IPv6 or second address; a marked
//! placeholder where there is none), the certificate form as the alternative, the MX endpoint
//! confirmed with `Resolve-DnsName`, the site's SPF entry and one check. The IP form is
//! assembled from the cmdlet reference, and says so: Microsoft's device page gives admin-center
//! steps only.
//!
//! Source: `../shared/migration.md` §5 (M4, M7, M8, M13).

use super::{mx_endpoint, placeholder, DeviceSettings, Fill, List, PathNote, PathSteps, PortalStep, SignIn, Steps, Tls};
use crate::remedy::command::{BlastRadius, Purpose};
use crate::remedy::quote::{single_quoted, QuoteError};
use crate::rules::way_out::{Path, WayOut};

/// The connector's name for a site: `Relay from 203.0.113.7`.
pub fn connector_name(address: Option<&str>) -> String {
    // No single address: the connector's generic name.
    format!("Relay from {}", address.unwrap_or("device"))
}

pub(super) fn steps(plan: &WayOut, fill: &Fill) -> Result<PathSteps, QuoteError> {
    let address = plan.ip.single();
    let name = single_quoted(&connector_name(address))?;
    // No single address: the placeholder to fill in.
    let ip = single_quoted(address.unwrap_or(placeholder::STATIC_IPV4))?;
    let domain = fill.domain();
    let mut steps = Steps::default();
    steps.push(
        Purpose::CreateRelayConnector,
        BlastRadius::ConnectorSenders,
        false,
        format!("New-InboundConnector -Name {name} -ConnectorType OnPremises -SenderDomains '*' -SenderIPAddresses {ip} -RequireTls $true"),
    );
    // No domain known: the placeholder to fill in.
    steps.push(Purpose::ConfirmMxEndpoint, BlastRadius::None, false, format!("Resolve-DnsName -Name {} -Type MX", single_quoted(domain.unwrap_or(placeholder::DOMAIN))?));
    steps.check(&[format!("Get-InboundConnector -Identity {name} | Format-List Name,ConnectorType,SenderIPAddresses,TlsSenderCertificateName,RequireTls,Enabled")]);
    // The alternative after the steps it replaces, as in a mailbox's fix: the steps keep their numbers.
    steps.push(
        Purpose::CreateCertificateConnector,
        BlastRadius::ConnectorSenders,
        true,
        format!(
            "New-InboundConnector -Name {} -SenderDomains '*' -ConnectorType OnPremises -RequireTls $true -RestrictDomainsToCertificate $true -TlsSenderCertificateName '{}'",
            single_quoted(&connector_name(None))?,
            placeholder::CERTIFICATE_DOMAIN
        ),
    );
    let notes: &[PathNote] = match address {
        Some(_) => &[PathNote::AssembledFromReference, PathNote::ConfirmStaticAddress, PathNote::MxDerived, PathNote::FromAcceptedDomain, PathNote::RelayDeniedError],
        None => &[PathNote::AssembledFromReference, PathNote::NeedsStaticAddress, PathNote::MxDerived, PathNote::FromAcceptedDomain, PathNote::RelayDeniedError],
    };
    Ok(PathSteps {
        path: Path::RelayConnector,
        portal: List(&[]),
        commands: steps.commands,
        then: List(&[PortalStep::PublishSpf, PortalStep::SendTestMessage]),
        device: Some(mx_settings(fill, Tls::StartTls)),
        // No single address: the placeholder to fill in.
        spf: Some(format!("v=spf1 ip4:{} include:spf.protection.outlook.com ~all", address.unwrap_or(placeholder::STATIC_IPV4))),
        notes: List(notes),
    })
}

/// Port 25 to the domain's MX endpoint, no sign-in, the mailbox as the From address.
pub(super) fn mx_settings(fill: &Fill, tls: Tls) -> DeviceSettings {
    let domain = fill.domain();
    // No known MX endpoint or no domain: a placeholder naming what to fill in.
    let server = domain.and_then(mx_endpoint).unwrap_or_else(|| format!("<MX endpoint of {}>", domain.unwrap_or(placeholder::DOMAIN)));
    DeviceSettings { server, port: 25, tls, sign_in: SignIn::None, account: fill.mailbox.to_string(), scope: None, token_url: None }
}
