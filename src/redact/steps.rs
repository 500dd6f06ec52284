//! Redaction in steps, for the page: learning from a paste of 100,000 mailboxes and rewriting
//! its report at once was a task of seconds. Learned in the same order as at once, so the
//! placeholders are the same.

use super::{Learner, Redactor};
use crate::parse::Parsed;
use crate::remedy::Report;
use crate::rules::stale_advice::part_end;

/// Bytes of the text scanned for each unit of a step's `count`.
const BYTES_PER_COUNT: usize = 64;

/// Learning from the text, then the sign-in rows, the worksheet's answers and the records; then
/// the mailboxes rewritten, then the rest of the report and the messages about the paste.
pub enum Redacting {
    Learning(Learning),
    /// Everything learned: the mailbox to rewrite next.
    Rewriting { redactor: Redactor, at: usize },
}

impl Default for Redacting {
    fn default() -> Self {
        Redacting::Learning(Learning::default())
    }
}

/// What is learned so far, and from where next.
#[derive(Default)]
pub struct Learning {
    pub(super) learner: Learner,
    /// The part being learned from (the order of [`Redacting`]) and how far into it.
    part: u8,
    at: usize,
}

impl Learning {
    /// Learns from `count` more rows, answers or records, or `count` times 64 bytes of the
    /// text (on to a line break, so that no word is cut); true once all is learned.
    pub(super) fn learn(&mut self, text: &str, parsed: &Parsed, count: usize) -> bool {
        let to = self.at.saturating_add(count);
        let (end, all) = match self.part {
            0 => {
                let end = part_end(text, self.at.saturating_add(count.saturating_mul(BYTES_PER_COUNT)));
                // `self.at` and `end` are 0 or from `part_end`, after a line break: boundaries.
                self.learner.scan(text.get(self.at..end).unwrap_or_default());
                (end, text.len())
            }
            1 => {
                // While a part is learned `self.at` is below its length: the range is within it.
                self.learner.usage(parsed.usage.rows.get(self.at..to.min(parsed.usage.rows.len())).unwrap_or_default());
                (to, parsed.usage.rows.len())
            }
            2 => {
                // While a part is learned `self.at` is below its length: the range is within it.
                parsed.answers.get(self.at..to.min(parsed.answers.len())).unwrap_or_default().iter().for_each(|row| self.learner.name(&row.account));
                (to, parsed.answers.len())
            }
            3 => {
                // While a part is learned `self.at` is below its length: the range is within it.
                parsed.records.get(self.at..to.min(parsed.records.len())).unwrap_or_default().iter().for_each(|record| self.learner.record(record));
                (to, parsed.records.len())
            }
            _ => return true,
        };
        self.at = end;
        if end >= all {
            (self.part, self.at) = (self.part + 1, 0);
        }
        false
    }
}

impl Redacting {
    /// Does `count` more units of work (see [`Learning::learn`]; mailboxes when rewriting);
    /// true when `report` and the messages in `parsed` are redacted.
    pub fn step(&mut self, text: &str, parsed: &mut Parsed, report: &mut Report, count: usize) -> bool {
        let (redactor, at) = match self {
            Redacting::Learning(learning) => {
                if learning.learn(text, parsed, count) {
                    let redactor = std::mem::take(&mut learning.learner).finish();
                    *self = Redacting::Rewriting { redactor, at: 0 };
                }
                return false;
            }
            Redacting::Rewriting { redactor, at } => (redactor, at),
        };
        let from = *at;
        *at = from.saturating_add(count);
        if !report.mailboxes.rewrite_part(from, count, &|value| redactor.text(value)) {
            return false;
        }
        report.rewrite_beside_mailboxes(&|value| redactor.text(value));
        for diagnostic in &mut parsed.diagnostics {
            diagnostic.kind.texts_mut(&mut |text| *text = redactor.text(text));
        }
        true
    }
}
