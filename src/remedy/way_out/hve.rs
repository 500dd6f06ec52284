//! High Volume Email, filled in: the HVE account (a new mail user in the mailbox's domain), its
//! billing policy, the device settings and one check. OAuth for HVE (`Add-HVEAppAccess`, with
//! the Enterprise application's Object ID) is offered as the alternative to its password.
//!
//! Source: `../shared/migration.md` §4 (M3, M5, M6).

use super::{placeholder, DeviceSettings, Fill, List, PathNote, PathSteps, PortalStep, SignIn, Steps, Tls, HVE_SERVER};
use crate::remedy::command::{BlastRadius, Purpose};
use crate::remedy::quote::{single_quoted, QuoteError};
use crate::rules::way_out::Path;

pub(super) fn steps(fill: &Fill) -> Result<PathSteps, QuoteError> {
    let address = match fill.domain() {
        Some(domain) => format!("{}@{domain}", placeholder::HVE_LOCAL_PART),
        None => placeholder::HVE_ADDRESS.to_string(),
    };
    let account = single_quoted(&address)?;
    let mut steps = Steps::default();
    steps.push(
        Purpose::CreateHveAccount,
        BlastRadius::NewAccount,
        false,
        format!("New-MailUser -Name '{}' -Password (Read-Host -AsSecureString) -HVEAccount -PrimarySmtpAddress {account}", placeholder::HVE_NAME),
    );
    steps.push(Purpose::FindHveBillingPolicy, BlastRadius::None, false, "Get-BillingPolicy -ResourceType HVE".to_string());
    steps.push(
        Purpose::SetHveBillingPolicy,
        BlastRadius::NewAccount,
        false,
        format!("Set-HVEAccountBillingPolicy -Identity {account} -BillingPolicyId '{}'", placeholder::BILLING_POLICY_ID),
    );
    steps.check(&["Get-MailUser -HVEAccount".to_string(), format!("Get-HVEAccountSettings -Identity {account}")]);
    // The alternative after the steps it replaces, as in a mailbox's fix: the steps keep their numbers.
    steps.push(
        Purpose::GrantHveAppAccess,
        BlastRadius::NewAccount,
        true,
        format!("Add-HVEAppAccess -Identity {account} -AppIds '{}'", placeholder::ENTERPRISE_OBJECT_ID),
    );
    Ok(PathSteps {
        path: Path::Hve,
        portal: List(&[]),
        commands: steps.commands,
        then: List(&[PortalStep::SendTestMessage]),
        device: Some(DeviceSettings { server: HVE_SERVER.to_string(), port: 587, tls: Tls::StartTls, sign_in: SignIn::Password, account: address, scope: None, token_url: None }),
        spf: None,
        notes: List(&[PathNote::HveInternalOnly, PathNote::HvePasswordUntil2028, PathNote::HveOldHostDeprecated]),
    })
}
