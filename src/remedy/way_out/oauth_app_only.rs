//! OAuth app-only, filled in: the app registration in the Entra admin center, the service
//! principal in Exchange Online, the mailbox grant, SMTP AUTH kept on for that mailbox only
//! (never the tenant switch), the app's settings and one check.
//!
//! Source: `../shared/migration.md` §2 (M1, M2, M3, M11).

use super::{placeholder, read_smtp_switch, DeviceSettings, Fill, List, PathNote, PathSteps, PortalStep, SignIn, Steps, Tls, SUBMISSION_SERVER};
use crate::remedy::build;
use crate::remedy::command::{BlastRadius, Purpose};
use crate::remedy::quote::QuoteError;
use crate::rules::way_out::Path;

/// The token's scope: a Graph-scoped token gets `535 5.7.3` (M11).
pub const SCOPE: &str = "https://outlook.office365.com/.default";

pub(super) fn steps(fill: &Fill) -> Result<PathSteps, QuoteError> {
    let mailbox = fill.mailbox;
    let mut steps = Steps::default();
    steps.push(Purpose::CreateServicePrincipal, BlastRadius::App, false, build::new_service_principal());
    steps.push(Purpose::GrantMailboxPermission, BlastRadius::App, false, build::add_mailbox_permission(mailbox)?);
    steps.push(Purpose::GrantSendAsIfFromDiffers, BlastRadius::App, false, build::add_send_as(placeholder::FROM_ADDRESS)?);
    let mut reads = build::read_service_principal(mailbox)?.to_vec();
    keep_smtp_auth_on(&mut steps, &mut reads, fill)?;
    steps.check(&reads);
    // No tenant known: the placeholder to fill in.
    let tenant = fill.tenant.unwrap_or(placeholder::TENANT);
    Ok(PathSteps {
        path: Path::OauthAppOnly,
        portal: List(&[PortalStep::RegisterApp, PortalStep::AddSmtpSendAsApp, PortalStep::GrantAdminConsent, PortalStep::CopyIds]),
        commands: steps.commands,
        then: List(&[PortalStep::SendTestMessage]),
        device: Some(DeviceSettings {
            server: SUBMISSION_SERVER.to_string(),
            port: 587,
            tls: Tls::StartTls,
            sign_in: SignIn::Oauth,
            account: mailbox.to_string(),
            scope: Some(SCOPE),
            token_url: Some(format!("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token")),
        }),
        spf: None,
        notes: List(&[PathNote::ObjectIdFromEnterpriseApplications, PathNote::KeepsSmtpAuthForMailbox, PathNote::OauthErrorsAfterMove]),
    })
}

/// OAuth submissions are refused while SMTP AUTH is off for the mailbox (M11): it is turned on
/// for this mailbox only, unless the settings show it on already.
pub(super) fn keep_smtp_auth_on(steps: &mut Steps, reads: &mut Vec<String>, fill: &Fill) -> Result<(), QuoteError> {
    if fill.smtp_auth_on != Some(true) {
        steps.push(Purpose::EnableSmtpAuthForOauth, BlastRadius::ThisMailbox, false, build::set_mailbox_smtp_auth_disabled(fill.mailbox, false)?);
    }
    reads.push(read_smtp_switch(fill.mailbox)?);
    Ok(())
}
