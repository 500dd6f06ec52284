//! What the rules read of a mailbox, apart from where it was read. Verdicts depend on a
//! mailbox's settings (its CAS switches and the policy its user names), the tenant and the
//! context, never on its name. The rules see a mailbox only as its [`MailboxSettings`], which
//! compares and hashes without lines: mailboxes with equal settings get the same verdicts but
//! for the lines their values were read on ([`OwnLines`]), which [`relocate`] puts in. A tenant
//! of 100,000 mailboxes has a handful of distinct settings, so each is evaluated once.
//!
//! A setting the rules read per mailbox is a field here: then it is in the group key and its
//! line in [`OwnLines`] by construction.

use std::hash::{Hash, Hasher};

use super::verdict::Verdict;
use crate::model::{Field, Mailbox, Setting};
use crate::parse::{Protocol, UsageAuth, UsageProtocol};

const NOT_PASTED_BOOL: &Field<bool> = &Field::Absent;
const NOT_PASTED_TEXT: &Field<String> = &Field::Absent;

/// All the rules read of one mailbox, and its settings group's key: two mailboxes with equal
/// settings get the same verdicts, but for their lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MailboxSettings<'a> {
    /// Whether its CAS mailbox was pasted; if not, its switches read as absent.
    pub cas_pasted: bool,
    pub pop_enabled: Reading<'a, bool>,
    pub imap_enabled: Reading<'a, bool>,
    pub smtp_client_authentication_disabled: Reading<'a, bool>,
    /// Whether its user was pasted; if not, its policy reads as absent.
    pub user_pasted: bool,
    pub authentication_policy: Reading<'a, String>,
    /// Whether its evidence shows a password sign-in over SMTP AUTH working, which decides
    /// where the settings cannot (rule SEEN, `rules/smtp/seen_in_sign_in_log.rs`).
    pub seen_working: bool,
}

/// Whether the mailbox's evidence shows a successful password sign-in over SMTP AUTH.
fn seen_working(mailbox: &Mailbox) -> bool {
    mailbox.usage.as_deref().and_then(|u| u.entry(UsageProtocol::Mail(Protocol::Smtp), UsageAuth::Basic)).is_some_and(|e| e.successes > 0)
}

impl<'a> MailboxSettings<'a> {
    pub fn of(mailbox: &'a Mailbox) -> Self {
        let cas = mailbox.cas.as_deref();
        let user = mailbox.user.as_deref();
        MailboxSettings {
            cas_pasted: cas.is_some(),
            pop_enabled: Reading(cas.map_or(NOT_PASTED_BOOL, |c| &c.pop_enabled)),
            imap_enabled: Reading(cas.map_or(NOT_PASTED_BOOL, |c| &c.imap_enabled)),
            smtp_client_authentication_disabled: Reading(cas.map_or(NOT_PASTED_BOOL, |c| &c.smtp_client_authentication_disabled)),
            user_pasted: user.is_some(),
            authentication_policy: Reading(user.map_or(NOT_PASTED_TEXT, |u| &u.authentication_policy)),
            seen_working: seen_working(mailbox),
        }
    }

    /// Whether any of its own settings (CAS mailbox, user) were pasted.
    pub fn pasted(&self) -> bool {
        self.cas_pasted || self.user_pasted
    }

    /// Where its settings were read: all a mailbox adds to its group's verdicts.
    pub fn own_lines(&self) -> OwnLines {
        OwnLines {
            pop_enabled: self.pop_enabled.0.line(),
            imap_enabled: self.imap_enabled.0.line(),
            smtp_client_authentication_disabled: self.smtp_client_authentication_disabled.0.line(),
            authentication_policy: self.authentication_policy.0.line(),
        }
    }
}

/// One setting as the rules read it: its state and value compare and hash, the line it was read
/// on does not (nor how uncertain an unreadable value was, which decides nothing).
#[derive(Debug)]
pub struct Reading<'a, T>(&'a Field<T>);

// Not derived: a reference is copied whatever it points at.
impl<T> Clone for Reading<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Reading<'_, T> {}

impl<'a, T> Reading<'a, T> {
    pub fn field(self) -> &'a Field<T> {
        self.0
    }
}

impl<T: PartialEq> PartialEq for Reading<'_, T> {
    fn eq(&self, other: &Self) -> bool {
        match (self.0, other.0) {
            (Field::Known { value, .. }, Field::Known { value: other, .. }) => value == other,
            (this, other) => std::mem::discriminant(this) == std::mem::discriminant(other),
        }
    }
}

impl<T: Eq> Eq for Reading<'_, T> {}

impl<T: Hash> Hash for Reading<'_, T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self.0).hash(state);
        if let Field::Known { value, .. } = self.0 {
            value.hash(state);
        }
    }
}

/// Where a mailbox's own settings were read: all a mailbox adds to its group's verdicts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OwnLines {
    pop_enabled: Option<u32>,
    imap_enabled: Option<u32>,
    smtp_client_authentication_disabled: Option<u32>,
    authentication_policy: Option<u32>,
}

impl OwnLines {
    /// The line `setting` was read on, if it is one of the mailbox's own and was printed.
    fn of_setting(&self, setting: Setting) -> Option<u32> {
        match setting {
            Setting::CasMailboxPopEnabled => self.pop_enabled,
            Setting::CasMailboxImapEnabled => self.imap_enabled,
            Setting::CasMailboxSmtpClientAuthenticationDisabled => self.smtp_client_authentication_disabled,
            Setting::UserAuthenticationPolicy => self.authentication_policy,
            _ => None,
        }
    }
}

/// Puts the lines a mailbox's own settings were read on into verdicts evaluated for another
/// mailbox with the same settings. The tenant's settings and policies are the same for both.
pub fn relocate(verdicts: &mut [Verdict], lines: &OwnLines) {
    // The headline reason's settings and those of every later layer that also blocks.
    let settings = verdicts.iter_mut().flat_map(|v| v.decided_by.iter_mut().chain(v.also_blocked_by.iter_mut().flat_map(|l| l.decided_by.iter_mut())));
    for deciding in settings {
        if let Some(line) = lines.of_setting(deciding.setting) {
            deciding.line = line;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{AccountUsage, CasMailbox, UsageEntry, User};
    use crate::parse::{Certainty, LineSpan, UsageAuth, UsageProtocol};
    use crate::rules::verdict::{AuthMethod, DecidingSetting, Finding, SettingValue, Status};
    use crate::rules::Protocol;

    fn cas(mailbox: &mut Mailbox) -> &mut CasMailbox {
        mailbox.cas.get_or_insert_with(Box::default)
    }

    fn known<T>(value: T, line: u32) -> Field<T> {
        Field::Known { value, span: LineSpan::line(line) }
    }

    /// A mailbox with every setting the rules read pasted, each on a line of its own from
    /// `line` on.
    pub(crate) fn pasted_mailbox(line: u32) -> Mailbox {
        Mailbox {
            cas: Some(Box::new(CasMailbox {
                pop_enabled: known(true, line),
                imap_enabled: known(true, line + 1),
                smtp_client_authentication_disabled: Field::Blank { span: LineSpan::line(line + 2) },
                ..CasMailbox::default()
            })),
            user: Some(Box::new(User { authentication_policy: known("Block Basic".to_string(), line + 3), ..User::default() })),
            ..Mailbox::default()
        }
    }

    /// The mailbox of [`pasted_mailbox`] with each setting the rules read changed in turn, in
    /// each way a change can matter (value, state, pasted or not), named.
    pub(crate) fn each_setting_changed() -> Vec<(&'static str, Mailbox)> {
        let change = |name, edit: fn(&mut Mailbox)| {
            let mut mailbox = pasted_mailbox(1);
            edit(&mut mailbox);
            (name, mailbox)
        };
        // Every field of the settings: a new one fails to compile here until a change of it is
        // added below.
        let MailboxSettings { cas_pasted: _, pop_enabled: _, imap_enabled: _, smtp_client_authentication_disabled: _, user_pasted: _, authentication_policy: _, seen_working: _ } =
            MailboxSettings::of(&Mailbox::default());
        vec![
            change("cas_pasted", |m| m.cas = None),
            change("pop_enabled false", |m| cas(m).pop_enabled = known(false, 1)),
            change("pop_enabled absent", |m| cas(m).pop_enabled = Field::Absent),
            change("pop_enabled blank", |m| cas(m).pop_enabled = Field::Blank { span: LineSpan::line(1) }),
            change("pop_enabled unreadable", |m| cas(m).pop_enabled = Field::Unreadable { span: LineSpan::line(1), certainty: Certainty::Truncated }),
            change("pop_enabled conflicting", |m| cas(m).pop_enabled = Field::Conflicting { spans: vec![LineSpan::line(1), LineSpan::line(9)] }),
            change("imap_enabled false", |m| cas(m).imap_enabled = known(false, 2)),
            change("imap_enabled absent", |m| cas(m).imap_enabled = Field::Absent),
            change("smtp_client_authentication_disabled true", |m| cas(m).smtp_client_authentication_disabled = known(true, 3)),
            change("smtp_client_authentication_disabled false", |m| cas(m).smtp_client_authentication_disabled = known(false, 3)),
            change("smtp_client_authentication_disabled absent", |m| cas(m).smtp_client_authentication_disabled = Field::Absent),
            change("user_pasted", |m| m.user = None),
            change("authentication_policy named otherwise", |m| {
                if let Some(user) = &mut m.user {
                    user.authentication_policy = known("Allow Basic".to_string(), 4);
                }
            }),
            change("authentication_policy blank", |m| {
                if let Some(user) = &mut m.user {
                    user.authentication_policy = Field::Blank { span: LineSpan::line(4) };
                }
            }),
            change("seen_working", |m| {
                let entry = UsageEntry { protocol: Some(UsageProtocol::Mail(Protocol::Smtp)), auth: Some(UsageAuth::Basic), successes: 1, ..UsageEntry::default() };
                m.usage = Some(Box::new(AccountUsage { entries: vec![entry], ..AccountUsage::default() }));
            }),
        ]
    }

    #[test]
    fn settings_compare_without_their_lines() {
        let (here, there) = (pasted_mailbox(1), pasted_mailbox(50));
        assert_eq!(MailboxSettings::of(&here), MailboxSettings::of(&there));
        let hash = |m: &Mailbox| std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, MailboxSettings::of(m));
        assert_eq!(hash(&here), hash(&there));
        for (name, changed) in each_setting_changed() {
            assert_ne!(MailboxSettings::of(&changed), MailboxSettings::of(&here), "{name}");
        }
    }

    #[test]
    fn relocate_puts_in_the_lines_of_each_own_setting_and_only_those() {
        let deciding = |setting, line| DecidingSetting { setting, value: SettingValue::Null, line };
        let own = [Setting::CasMailboxPopEnabled, Setting::CasMailboxImapEnabled, Setting::CasMailboxSmtpClientAuthenticationDisabled, Setting::UserAuthenticationPolicy];
        let mut verdict = Verdict::new(Protocol::Smtp, AuthMethod::Basic, Status::Works, "SA5", Finding::OauthSmtpAllowed, "");
        verdict.decided_by = own.iter().map(|s| deciding(*s, 1)).chain([deciding(Setting::TransportConfigSmtpClientAuthenticationDisabled, 7)]).collect();
        let mut verdicts = vec![verdict];
        relocate(&mut verdicts, &MailboxSettings::of(&pasted_mailbox(20)).own_lines());
        let lines: Vec<(Setting, u32)> = verdicts.iter().flat_map(|v| &v.decided_by).map(|d| (d.setting, d.line)).collect();
        let mut want: Vec<(Setting, u32)> = own.iter().copied().zip(20..).collect();
        want.push((Setting::TransportConfigSmtpClientAuthenticationDisabled, 7));
        assert_eq!(lines, want);
    }
}
