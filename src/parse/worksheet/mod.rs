//! The worksheet read back as the admin's answers (`../shared/migration.md` §1): the CSV the
//! page and `check --format worksheet` write (`export::worksheet_csv`), in which an admin
//! filled in per account what signs in (`Sender`), whether it sends outside (`Sends outside`)
//! and a `Status` of their own, pasted or opened again, alone or with the exports it was made
//! from.
//!
//! It is known by its header alone: its first four columns are `Account,Sender,Sends
//! outside,Recommended` (trimmed, case ignored), whatever a spreadsheet did to the others;
//! every column read is found by its name. Each row becomes an [`AnswerRow`]; joining it to
//! the account it names is the model's job. The parts: the answers and how a cell reads
//! (`answer`), and the reader (`csv`).

mod answer;
pub(super) mod csv;

use std::sync::Arc;

pub use answer::{parse_sends_outside, Answer, Sender};

/// What a cell a spreadsheet would read as a formula starts with: the worksheet's writer puts
/// a `'` in front of such a cell (`export`'s `defuse_formula`), and its reader takes it off
/// again.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One account's row of a worksheet read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRow {
    /// The row's first line (1-based).
    pub line: u32,
    /// The account as the sheet names it: trimmed, without the `'` a formula was defused with.
    pub account: Arc<str>,
    pub answer: Answer,
}

/// A cell without the `'` the writer put in front of a formula, and trimmed.
fn undefused(cell: &str) -> &str {
    let cell = cell.trim();
    match cell.strip_prefix('\'') {
        Some(formula) if formula.starts_with(FORMULA_STARTS) => formula.trim(),
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::undefused;

    #[test]
    fn only_a_defused_formula_loses_its_quote() {
        assert_eq!(undefused(" '=cmd|' /C calc'!A0 "), "=cmd|' /C calc'!A0");
        assert_eq!(undefused("'@SUM(A1)"), "@SUM(A1)");
        assert_eq!(undefused("'-1"), "-1");
        assert_eq!(undefused("'quoted'"), "'quoted'");
        assert_eq!(undefused("o'brien@contoso.com"), "o'brien@contoso.com");
        assert_eq!(undefused("'"), "'");
    }
}
