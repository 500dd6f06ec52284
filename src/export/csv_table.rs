//! CSV as RFC 4180 describes it, with spreadsheet formula injection defused. Written by hand
//! (twenty lines; the round trip through the `csv` crate's reader is tested below): the `csv`
//! crate's writer, and `csv_core`'s underneath it, each made the web app 14.5 KB brotli larger
//! when measured (its float handling and tables come along), for quoting this table does not
//! need.

use super::rows::{COLUMNS, evidence_cells, evidence_headings, mailbox_rows};
use crate::parse::FORMULA_STARTS;
use crate::remedy::Report;
use crate::wording::{self, Lang};

/// The verdict table as CSV (comma-separated, RFC 4180 quoting, header row, `\n` after every
/// record).
pub fn to_csv(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    let mut header = vec![wording::mailbox_heading(lang).to_string()];
    header.extend(COLUMNS.iter().map(|(protocol, auth)| wording::column(lang, *protocol, *auth)));
    header.push(wording::blocked_by_heading(lang).to_string());
    header.extend(evidence_headings(report, lang));
    push_record(&mut out, &header);
    for row in mailbox_rows(report) {
        let mut record = vec![defuse_formula(row.identity)];
        // No verdict for a column's protocol and method: an empty cell.
        record.extend(row.statuses.iter().map(|s| s.map_or("", |s| wording::status(lang, s)).to_string()));
        record.push(row.blocking_rules.join(" "));
        record.extend(evidence_cells(report, &row, lang));
        push_record(&mut out, &record);
    }
    out
}

/// One record: fields joined by commas; a field holding a comma, a quote or a line break is
/// quoted, with its quotes doubled (what spreadsheets and the `csv` reader expect).
pub(super) fn push_record(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
}

/// A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR:
/// [`FORMULA_STARTS`], which the worksheet's reader takes the `'` off again) gets a leading
/// `'`, so an identity from the paste can never run in the admin's spreadsheet.
pub(super) fn defuse_formula(value: &str) -> String {
    if value.starts_with(FORMULA_STARTS) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Context, Date};
use crate::remedy::analyze;

    fn report(text: &str) -> Report {
        let date = Date::new(2026, 11, 27).unwrap_or_default();
        analyze(text, &Context::new(date)).1
    }

    #[test]
    fn sign_in_logs_add_the_password_sign_ins_and_the_december_answer() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/evidence/");
        let read = |name: &str| std::fs::read_to_string(format!("{dir}{name}")).unwrap_or_default();
        let text = format!("{}\n{}", read("transcript-scanner.txt"), read("portal-interactive.csv"));
        let csv = to_csv(&report(&text), Lang::En);
        let header = csv.lines().next().unwrap_or_default();
        assert!(header.ends_with(",SMTP AUTH password successes,SMTP AUTH password failures,SMTP AUTH password last success,December"), "{csv}");
        assert!(csv.lines().any(|l| l.starts_with("scanner@contoso.com,") && l.ends_with(",3,1,2026-11-22T08:14:47Z,breaks in December")), "{csv}");
        assert!(csv.lines().any(|l| l.starts_with("printer@contoso.com,") && l.ends_with(",0,2,,already failing")), "{csv}");
        // Without evidence of use the columns stay out: every answer would be "unknown".
        assert!(!to_csv(&report("Identity : a@contoso.com\nPopEnabled : False\n"), Lang::En).contains("December"));
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
    fn fields_are_quoted_only_when_they_must_be() {
        let mut out = String::new();
        let fields = ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", ""].map(String::from);
        push_record(&mut out, &fields);
        assert_eq!(out, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",\n");
        // What the csv crate (the parser's reader) reads back is what was written.
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(out.as_bytes());
        let read: Vec<String> = reader.records().flatten().flat_map(|r| r.iter().map(String::from).collect::<Vec<_>>()).collect();
        assert_eq!(read, fields);
    }

    #[test]
    fn formulas_from_the_paste_are_defused() {
        assert_eq!(defuse_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse_formula("ann@contoso.com"), "ann@contoso.com");
    }
}
