//! A file the browser could not read is named as unreadable, not called empty: its chip says
//! what happened, in both languages, beside the files that were read.

use exo_auth_analyzer::parse::join_files;
use exo_auth_analyzer::remedy::analyze_files;
use exo_auth_analyzer::rules::{Context, Date};
use exo_auth_analyzer::wording::{file_read, Lang};

#[test]
fn a_file_that_could_not_be_read_says_so_and_one_that_is_empty_says_that() {
    let files = vec![("gone.csv".to_string(), String::new()), ("empty.txt".to_string(), String::new())];
    let (text, mut opened) = join_files(files);
    opened[0].unreadable = true;
    let context = Context::new(Date::new(2026, 12, 5).expect("a valid date"));
    let (parsed, report) = analyze_files(&text, &opened, &context);
    let said = |lang, at: usize| file_read(lang, &opened[at], at + 1, false, &parsed, &report);
    assert_eq!(said(Lang::En, 0), ("gone.csv: nothing here was recognised: the browser could not read the file".to_string(), false));
    assert_eq!(said(Lang::De, 0), ("gone.csv: hier wurde nichts erkannt: der Browser konnte die Datei nicht lesen".to_string(), false));
    assert_eq!(said(Lang::En, 1).0, "empty.txt: nothing here was recognised: the file is empty");
    let hidden = file_read(Lang::En, &opened[0], 1, true, &parsed, &report).0;
    assert_eq!(hidden, "file 1: nothing here was recognised: the browser could not read the file", "no name while names are hidden");
}
