//! Verdicts as tables people take elsewhere: one row per mailbox, one column per protocol ×
//! method, as CSV (for spreadsheets) and Markdown (for tickets), worded in the user's language.

mod csv_table;
mod markdown;
mod rows;
mod worksheet;

pub use csv_table::to_csv;
pub use markdown::to_markdown;
pub use rows::{COLUMNS, MailboxRow, mailbox_row, mailbox_rows};
pub use worksheet::{worksheet_csv, worksheet_markdown, WORKSHEET_HEADER};
