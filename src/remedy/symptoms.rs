//! The client errors found in the paste, each explained: the layer that refused, what confirms
//! it, the commands that fix it.

use super::report::{push_refusal, Refusal, RefusalObject, SymptomReport};
use super::{Asking, MAILBOX_PLACEHOLDER};
use crate::model::Evidence;
use crate::remedy;
use crate::rules::need::Needs;
use crate::rules::symptom;
use crate::rules::Context;

/// Each client error explained; the commands use the mailbox asked about, or the paste's only
/// mailbox.
pub(super) fn symptom_reports(evidence: &Evidence, context: &Context, refused: &mut Vec<Refusal>) -> Vec<SymptomReport> {
    let only = match evidence.mailboxes.as_slice() {
        [mailbox] => mailbox.identities.best(),
        _ => None,
    };
    let identity = context.mailbox.as_deref().or(only);
    evidence
        .symptoms
        .iter()
        .map(|symptom| {
            let explanation = symptom::explain(symptom.cause, symptom.protocol);
            let confirm = explanation
                .confirm
                .iter()
                .filter_map(|input| match remedy::command_for(input, identity, Asking::of(evidence)) {
                    Ok(command) => Some(command),
                    Err(error) => {
                        push_refusal(refused, Refusal::new(RefusalObject::of(identity), &error));
                        None
                    }
                })
                .collect();
            // Microsoft's advice for a tenant-wide refusal is to enable the mailbox that needs it
            // (rules.md SA3): without a mailbox in the paste, a placeholder marks what to fill in.
            let commands = remedy::plan(Some(identity.unwrap_or(MAILBOX_PLACEHOLDER)), &explanation.fixes, evidence, &[], Needs::ALL).unwrap_or_else(|error| {
                push_refusal(refused, Refusal::new(RefusalObject::of(identity), &error));
                Vec::new()
            });
            SymptomReport {
                symptom: symptom.clone(),
                layer: explanation.layer,
                rule: explanation.rule,
                source: explanation.source,
                confirm,
                commands,
                consistent: symptom::consistent_with(symptom.cause, evidence),
            }
        })
        .collect()
}
