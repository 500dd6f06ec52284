//! OAuth delegated, filled in: the mail program (or an app of one's own) signs the user in;
//! in Exchange only SMTP AUTH stays on for the mailbox, and one check reads it back.
//!
//! Source: `../shared/migration.md` §3 (M1).

use super::oauth_app_only::keep_smtp_auth_on;
use super::{DeviceSettings, Fill, List, PathNote, PathSteps, PortalStep, SignIn, Steps, Tls, SUBMISSION_SERVER};
use crate::remedy::quote::QuoteError;
use crate::rules::way_out::Path;

/// The user's token for SMTP AUTH, with a refresh token.
pub const SCOPE: &str = "https://outlook.office.com/SMTP.Send offline_access";

pub(super) fn steps(fill: &Fill) -> Result<PathSteps, QuoteError> {
    let mut steps = Steps::default();
    let mut reads = Vec::new();
    keep_smtp_auth_on(&mut steps, &mut reads, fill)?;
    steps.check(&reads);
    Ok(PathSteps {
        path: Path::OauthDelegated,
        portal: List(&[PortalStep::ChooseOauthInMailProgram, PortalStep::AddSmtpSendDelegated]),
        commands: steps.commands,
        then: List(&[PortalStep::SendTestMessage]),
        device: Some(DeviceSettings {
            server: SUBMISSION_SERVER.to_string(),
            port: 587,
            tls: Tls::StartTls,
            sign_in: SignIn::Oauth,
            account: fill.mailbox.to_string(),
            scope: Some(SCOPE),
            token_url: None,
        }),
        spf: None,
        notes: List(&[PathNote::KeepsSmtpAuthForMailbox, PathNote::UserSignInPolicies]),
    })
}
