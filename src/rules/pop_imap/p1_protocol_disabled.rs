//! P1 (Exchange Online) and O2 (Exchange Server): `PopEnabled`/`ImapEnabled : False` on the
//! mailbox → `blocked` for every method; absent or unreadable → `unknown`.
//!
//! Why: `False` disables the protocol and makes the other POP/IMAP settings irrelevant (S14).
//! The default is `True`, except the `ExchangeOnlineDeskless` CAS mailbox plan (S20).
//! Fix: `Set-CASMailbox -Identity '<id>' -PopEnabled $true` (or `-ImapEnabled $true`).
//! Source: https://learn.microsoft.com/powershell/module/exchangepowershell/set-casmailbox

use crate::model::{Field, Setting};
use crate::rules::fix::Fix;
use crate::rules::missing::MissingInput;
use crate::rules::sources;
use crate::rules::subject::{deciding_bool, input_missing, missing_state, Subject};
use crate::rules::terms::Protocol;
use crate::rules::verdict::{AuthMethod, Finding, Status, Verdict};

pub const RULE_ONLINE: &str = "P1";
pub const RULE_SERVER: &str = "O2";

/// `None` when the switch is `True`, or in the organization view (no mailbox to look at).
pub fn evaluate(subject: &Subject, protocol: Protocol, auth: AuthMethod, rule: &'static str) -> Option<Verdict> {
    subject.mailbox?;
    let field = subject.protocol_switch(protocol);
    if let Some(state) = missing_state(field) {
        let input = MissingInput::MailboxProtocolSwitch { protocol };
        return Some(
            Verdict::new(protocol, auth, Status::Unknown, rule, input_missing(input.clone(), state), sources::S14_SET_CASMAILBOX)
                .missing(input),
        );
    }
    match field {
        // A blank switch is not something Exchange prints for a boolean: treat it as unreadable.
        Field::Blank { .. } => {
            let input = MissingInput::MailboxProtocolSwitch { protocol };
            Some(
                Verdict::new(protocol, auth, Status::Unknown, rule, input_missing(input.clone(), crate::rules::verdict::MissingState::Truncated), sources::S14_SET_CASMAILBOX)
                    .missing(input),
            )
        }
        Field::Known { value: false, .. } => Some(
            Verdict::new(protocol, auth, Status::Blocked, rule, Finding::ProtocolDisabledForMailbox { protocol }, sources::S14_SET_CASMAILBOX)
                .decided_by(deciding_bool(Setting::pop_imap_switch(protocol), field))
                .fix(Fix::EnableProtocolForMailbox { protocol }),
        ),
        _ => None,
    }
}
