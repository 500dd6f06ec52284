//! A Markdown table for tickets and chats.

use super::rows::{COLUMNS, evidence_cells, evidence_headings, mailbox_rows};
use crate::remedy::Report;
use crate::wording::{self, Lang};

pub fn to_markdown(report: &Report, lang: Lang) -> String {
    let mut header = vec![wording::mailbox_heading(lang).to_string()];
    header.extend(COLUMNS.iter().map(|(protocol, auth)| wording::column(lang, *protocol, *auth)));
    header.push(wording::blocked_by_heading(lang).to_string());
    header.extend(evidence_headings(report, lang));
    let mut out = head(&header);
    for table_row in mailbox_rows(report) {
        let mut cells = vec![wording::markdown_literal(table_row.identity)];
        cells.extend(table_row.statuses.iter().map(|s| s.map_or("—", |s| wording::status(lang, s)).to_string()));
        cells.push(table_row.blocking_rules.join(" "));
        cells.extend(evidence_cells(report, &table_row, lang));
        out.push_str(&row(&cells));
    }
    out
}

/// A Markdown table's header row and the separator row under it.
pub(super) fn head(header: &[String]) -> String {
    format!("| {} |\n|{}\n", header.join(" | "), " --- |".repeat(header.len()))
}

pub(super) fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_separator_have_the_same_width() {
        let with_evidence = Report { december_summary: Some(Default::default()), ..Report::default() };
        for report in [Report::default(), with_evidence] {
            let markdown = to_markdown(&report, Lang::De);
            let lines: Vec<&str> = markdown.lines().collect();
            assert_eq!(lines[0].matches('|').count(), lines[1].matches('|').count());
            assert_eq!(lines[0].contains("| Dezember |"), report.december_summary.is_some(), "{markdown}");
        }
    }
}
