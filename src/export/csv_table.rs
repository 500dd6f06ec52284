//! CSV written by the `csv` crate, with spreadsheet formula injection defused.

use super::rows::{COLUMNS, mailbox_rows};
use crate::rules::Report;
use crate::wording::{self, Lang};

/// The verdict table as CSV (comma-separated, RFC 4180 quoting, header row).
pub fn to_csv(report: &Report, lang: Lang) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![wording::mailbox_heading(lang).to_string()];
    header.extend(COLUMNS.iter().map(|(protocol, auth)| wording::column(lang, *protocol, *auth)));
    header.push(wording::blocked_by_heading(lang).to_string());
    // Writing to a Vec cannot fail; a failed row would only be missing from the export.
    let _ = writer.write_record(&header);
    for row in mailbox_rows(report) {
        let mut record = vec![defuse_formula(row.identity)];
        record.extend(row.statuses.iter().map(|s| s.map_or("", |s| wording::status(lang, s)).to_string()));
        record.push(row.blocking_rules.join(" "));
        let _ = writer.write_record(&record);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading
/// `'`, so an identity from the paste can never run in the admin's spreadsheet.
fn defuse_formula(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Context, Date, analyze};

    fn report(text: &str) -> Report {
        let date = Date::new(2026, 11, 27).unwrap_or_default();
        analyze(text, &Context::new(date)).1
    }

    #[test]
    fn one_row_per_mailbox_under_a_header() {
        let csv = to_csv(&report("Identity : a@contoso.com\nPopEnabled : False\nImapEnabled : True\n"), Lang::En);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 2, "{csv}");
        assert!(lines[0].starts_with("Mailbox,POP3"), "{csv}");
        assert!(lines[1].starts_with("a@contoso.com,blocked,blocked"), "{csv}");
    }

    #[test]
    fn formulas_from_the_paste_are_defused() {
        assert_eq!(defuse_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse_formula("ann@contoso.com"), "ann@contoso.com");
    }
}
