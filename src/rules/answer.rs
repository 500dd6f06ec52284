//! The answer first (rules.md 3.4 order): the verdicts of one subject grouped by outcome and
//! headline reason, so a reason shared by several sign-ins is said once; each reason with the
//! lines that decide it, and the later layers that refuse too.

use super::headline::ProtocolAuth;
use super::terms::Protocol;
use super::verdict::{DecidingSetting, Finding, Status, Verdict, Warning};

/// Sign-ins with the same outcome and the same headline reason; everything that works is one
/// group.
#[derive(Clone, Debug)]
pub struct AnswerGroup<'a> {
    pub status: Status,
    pub items: Vec<ProtocolAuth>,
    /// Empty for the group of what works: its reasons are in the detail.
    pub reasons: Vec<AnswerReason<'a>>,
}

/// One refusing (or deciding) rule, in the order a sign-in meets it.
#[derive(Clone, Debug)]
pub struct AnswerReason<'a> {
    pub rule: &'static str,
    pub finding: &'a Finding,
    pub settings: &'a [DecidingSetting],
    /// The lines of its deciding settings, in order, each once.
    pub lines: Vec<u32>,
    pub warnings: &'a [Warning],
    /// A later layer that refuses too.
    pub also: bool,
    /// The sign-ins of the group it applies to, when not all of them.
    pub only: Vec<ProtocolAuth>,
}

fn item(verdict: &Verdict) -> ProtocolAuth {
    ProtocolAuth { protocol: verdict.protocol, auth: verdict.auth }
}

/// A reason is told apart by its rule and protocol: one rule words the same finding for both
/// methods of a protocol (SA3, P1), and each protocol's own (P2 for POP3 and for IMAP4).
pub fn answer_groups(verdicts: &[Verdict]) -> Vec<AnswerGroup<'_>> {
    let mut groups: Vec<(Option<(&'static str, Protocol)>, AnswerGroup)> = Vec::new();
    for verdict in verdicts {
        let key = (verdict.status != Status::Works).then_some((verdict.rule, verdict.protocol));
        let index = match groups.iter().position(|(k, g)| *k == key && g.status == verdict.status) {
            Some(index) => index,
            None => {
                groups.push((key, AnswerGroup { status: verdict.status, items: Vec::new(), reasons: Vec::new() }));
                groups.len() - 1
            }
        };
        let group = &mut groups[index].1;
        group.items.push(item(verdict));
        if key.is_none() {
            continue;
        }
        for (position, refusal) in verdict.refusals().enumerate() {
            match group.reasons.iter_mut().find(|r| r.rule == refusal.rule) {
                Some(reason) => reason.only.push(item(verdict)),
                None => {
                    let mut lines: Vec<u32> = refusal.decided_by.iter().map(|s| s.line).collect();
                    lines.sort_unstable();
                    lines.dedup();
                    group.reasons.push(AnswerReason {
                        rule: refusal.rule,
                        finding: refusal.finding,
                        settings: refusal.decided_by,
                        lines,
                        warnings: refusal.warnings,
                        also: position > 0,
                        only: vec![item(verdict)],
                    });
                }
            }
        }
    }
    groups
        .into_iter()
        .map(|(_, mut group)| {
            for reason in &mut group.reasons {
                if reason.only.len() == group.items.len() {
                    reason.only.clear();
                }
            }
            group
        })
        .collect()
}

/// The sign-in whose fix covers the most layers, and how many: two or more means every
/// layer's steps are needed, one alone does not help.
pub fn layers_to_fix<'a>(verdicts: impl IntoIterator<Item = &'a Verdict>) -> Option<(ProtocolAuth, usize)> {
    verdicts
        .into_iter()
        .filter(|v| v.status != Status::Works && !v.fixes.is_empty())
        .map(|v| (item(v), 1 + v.also_blocked_by.len()))
        .max_by_key(|(_, n)| *n)
}
