//! Keeping the password for now, filled in: the mailbox's own fix (what must stay, or be turned
//! on, for the password to keep working), and the date it holds until. After the default change
//! there is nothing to fill in: re-enabling is not documented, so no command is given.
//!
//! Source: `../shared/migration.md` §1 (M9); `rules.md` §9.

use super::{DeviceSettings, Fill, List, PathNote, PathSteps, SignIn, Tls, SUBMISSION_SERVER};
use crate::rules::way_out::Path;

pub(super) fn steps(fill: &Fill) -> PathSteps {
    PathSteps {
        path: Path::KeepForNow,
        portal: List(&[]),
        commands: fill.keep_commands.to_vec(),
        then: List(&[]),
        device: Some(DeviceSettings { server: SUBMISSION_SERVER.to_string(), port: 587, tls: Tls::StartTls, sign_in: SignIn::Password, account: fill.mailbox.to_string(), scope: None, token_url: None }),
        spf: None,
        notes: List(&[PathNote::HoldsUntilDefaultOff]),
    }
}
