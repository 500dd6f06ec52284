//! The stale advice: `Set-AuthenticationPolicy ... -AllowBasicAuthPop -AllowBasicAuthImap`
//! (from the troubleshooting article the project started from, S29) and policies that still
//! show `AllowBasicAuthPop/Imap : True`. Both have had no effect for POP/IMAP in Exchange Online
//! since Basic was retired for good (S4); Microsoft did not rewrite old policies (O S43). Only
//! `-AllowBasicAuthSmtp` still matters.
//!
//! Source: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online

use serde::Serialize;

use super::sources;
use crate::model::{Environment, Evidence, Field, Setting};

pub const RULE: &str = "P2";
pub const SOURCE: &str = sources::S29_STALE_ARTICLE;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "code")]
pub enum Note {
    /// A pasted command turns on `-AllowBasicAuthPop`/`-AllowBasicAuthImap`: no effect.
    StaleAdvicePopImapSwitch { line: u32, parameter: &'static str },
    /// A pasted policy shows `AllowBasicAuthPop/Imap : True`: obsolete, no effect.
    ObsoletePolicySetting {
        #[serde(skip_serializing_if = "Option::is_none")]
        policy: Option<String>,
        setting: Setting,
        line: u32,
    },
    /// A policy was pasted without its `Name`, so no user or default can be matched to it.
    UnnamedPolicy { line: u32 },
    /// A worksheet row names an account that no other input names (while others name
    /// accounts): its plan rests on the answers alone.
    AccountOnlyInWorksheet { line: u32, account: String },
}

const STALE_PARAMETERS: [(&str, &str); 2] = [("-allowbasicauthpop", "AllowBasicAuthPop"), ("-allowbasicauthimap", "AllowBasicAuthImap")];

/// Commands in the pasted text that turn the POP/IMAP Basic switches on. Exchange Server has no
/// `AllowBasicAuth*` parameters, so on-premises pastes cannot contain them.
pub fn scan_text(text: &str) -> Vec<Note> {
    let mut notes = Vec::new();
    for (index, line) in lines_naming_a_policy_cmdlet(text) {
        let lower = line.to_lowercase();
        if !(lower.contains("set-authenticationpolicy") || lower.contains("new-authenticationpolicy")) {
            continue;
        }
        for token in lower.split_whitespace() {
            // A switch without `:` carries no value.
            let (name, value) = token.split_once(':').unwrap_or((token, ""));
            let turns_on = !value.trim_start_matches('$').starts_with("false");
            let stale = STALE_PARAMETERS.iter().find(|(lowered, _)| *lowered == name);
            if let (Some((_, parameter)), true) = (stale, turns_on) {
                let number = crate::parse::u32_of(index + 1);
                notes.push(Note::StaleAdvicePopImapSwitch { line: number, parameter });
            }
        }
    }
    notes
}

/// The lines (0-based index, text) that contain `AuthenticationPolicy` in any case, found
/// without lowering every line: a sign-in export of 150 MB has none, and lowering all of it
/// would hold the page for a second.
fn lines_naming_a_policy_cmdlet(text: &str) -> impl Iterator<Item = (usize, &str)> {
    const NAME: &[u8] = b"authenticationpolicy";
    let bytes = text.as_bytes();
    let hits: Vec<usize> = memchr::memchr2_iter(b'y', b'Y', bytes)
        .filter(|&end| end + 1 >= NAME.len() && bytes.get(end + 1 - NAME.len()..=end).is_some_and(|word| word.eq_ignore_ascii_case(NAME)))
        .collect();
    // Without a hit the lines need not be walked at all.
    let text = if hits.is_empty() { "" } else { text };
    let mut hits = hits.into_iter().peekable();
    text.split_inclusive('\n').scan(0usize, |start, piece| {
        let at = *start;
        *start += piece.len();
        Some((at, piece.trim_end_matches(['\n', '\r'])))
    })
    .enumerate()
    .filter_map(move |(index, (at, line))| {
        let end = at + line.len();
        while hits.peek().is_some_and(|&hit| hit < at) {
            hits.next();
        }
        hits.peek().is_some_and(|&hit| hit < end).then_some((index, line))
    })
}

/// [`scan_text`] in steps, a part of whole lines at a time: scanning a 200 MB sign-in export
/// at once is a task of over 100 ms.
#[derive(Default)]
pub struct TextScan {
    /// Where the next part starts (after a line break); the lines before `counted`.
    at: usize,
    counted: usize,
    lines: u32,
    pub notes: Vec<Note>,
}

impl TextScan {
    /// Scans `bytes` more, on to the end of a line; true at the end of `text`.
    pub fn step(&mut self, text: &str, bytes: usize) -> bool {
        let all = text.as_bytes();
        let end = part_end(text, self.at.saturating_add(bytes));
        // `at` and `end` are part ends within `text`, on character boundaries (`part_end`).
        let mut found = scan_text(text.get(self.at..end).unwrap_or_default());
        if !found.is_empty() {
            // Lines are counted only before a part with notes: most exports have none.
            let lines = memchr::memchr_iter(b'\n', all.get(self.counted..self.at).unwrap_or_default()).count();
            self.lines = self.lines.saturating_add(crate::parse::u32_of(lines));
            self.counted = self.at;
            for note in &mut found {
                if let Note::StaleAdvicePopImapSwitch { line, .. } = note {
                    *line = line.saturating_add(self.lines);
                }
            }
        }
        self.notes.append(&mut found);
        self.at = end;
        end >= text.len()
    }
}

/// The end of a part of `text` that goes on to `want`: just past the line break there or after
/// it, so that a part never ends inside a word.
pub fn part_end(text: &str, want: usize) -> usize {
    let want = want.min(text.len());
    text.as_bytes().get(want..).and_then(|rest| memchr::memchr(b'\n', rest)).map_or(text.len(), |at| want + at + 1)
}

/// Obsolete switches shown in pasted Exchange Online policies, policies without a name, and
/// worksheet rows whose account nothing else names.
pub fn policy_notes(evidence: &Evidence) -> Vec<Note> {
    let mut notes = Vec::new();
    for policy in &evidence.policies {
        let name = policy.name.known().cloned();
        if evidence.environment != Environment::ExchangeServer {
            for (field, setting) in [
                (&policy.allow_basic_auth_pop, Setting::AuthenticationPolicyAllowBasicAuthPop),
                (&policy.allow_basic_auth_imap, Setting::AuthenticationPolicyAllowBasicAuthImap),
            ] {
                if let Field::Known { value: true, span } = field {
                    notes.push(Note::ObsoletePolicySetting { policy: name.clone(), setting, line: span.first });
                }
            }
        }
    }
    notes.extend(evidence.unnamed_policy_lines().into_iter().map(|line| Note::UnnamedPolicy { line }));
    notes.extend(evidence.answers_alone.iter().map(|(line, account)| Note::AccountOnlyInWorksheet { line: *line, account: account.to_string() }));
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_the_stale_command_in_any_spelling() {
        let text = "x\nSet-AuthenticationPolicy -Identity 'Block Basic' -AllowBasicAuthPop -allowbasicauthIMAP:$true\n";
        assert_eq!(
            scan_text(text),
            vec![
                Note::StaleAdvicePopImapSwitch { line: 2, parameter: "AllowBasicAuthPop" },
                Note::StaleAdvicePopImapSwitch { line: 2, parameter: "AllowBasicAuthImap" },
            ]
        );
    }

    #[test]
    fn turning_the_switch_off_or_other_switches_are_not_stale_advice() {
        let text = "Set-AuthenticationPolicy -Identity p -AllowBasicAuthPop:$false -AllowBasicAuthPowershell -AllowBasicAuthSmtp\n\
                    Get-AuthenticationPolicy | fl AllowBasicAuthPop\n";
        assert!(scan_text(text).is_empty());
    }
}
