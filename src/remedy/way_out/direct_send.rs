//! Direct Send, filled in: nothing to create; first read `RejectDirectSend` (it refuses Direct
//! Send where it is `True`), confirm the MX endpoint, then point the device at it.
//!
//! Source: `../shared/migration.md` §6 (M7, M8).

use super::relay_connector::mx_settings;
use super::{placeholder, Fill, List, PathNote, PathSteps, PortalStep, Steps, Tls};
use crate::remedy::command::{BlastRadius, Purpose};
use crate::remedy::quote::{single_quoted, QuoteError};
use crate::rules::way_out::Path;

pub(super) fn steps(fill: &Fill) -> Result<PathSteps, QuoteError> {
    let mut steps = Steps::default();
    // No domain known: the placeholder to fill in.
    steps.push(Purpose::ConfirmMxEndpoint, BlastRadius::None, false, format!("Resolve-DnsName -Name {} -Type MX", single_quoted(fill.domain().unwrap_or(placeholder::DOMAIN))?));
    steps.check(&["Get-OrganizationConfig | Format-List RejectDirectSend".to_string()]);
    Ok(PathSteps {
        path: Path::DirectSend,
        portal: List(&[]),
        commands: steps.commands,
        then: List(&[PortalStep::SendTestMessage]),
        device: Some(mx_settings(fill, Tls::Optional)),
        spf: None,
        notes: List(&[PathNote::MxDerived, PathNote::FromAcceptedDomain, PathNote::DirectSendRejectedError, PathNote::DirectSendFiltered]),
    })
}
