//! # exo-auth-analyzer
//!
//! Reads the text people paste from Exchange PowerShell (`Get-TransportConfig`,
//! `Get-EXOCasMailbox`/`Get-CASMailbox`, `Get-AuthenticationPolicy`, `Get-User`,
//! `Get-OrganizationConfig`, `Get-AcceptedDomain`) and tells, per mailbox, whether POP3, IMAP4
//! and SMTP AUTH sign-in works with a password or with OAuth, which setting decides it, and the PowerShell commands
//! that change it. It also reads the evidence of who actually signs in how (Entra sign-in logs,
//! the SMTP AUTH clients and Email apps usage reports, `../shared/evidence.md`), who mails whom
//! (message traces) and the errors clients show, and tells which accounts break when SMTP AUTH
//! with a password is switched off by default at the end of December 2026, and the way out for
//! each: which path fits (OAuth, High Volume Email, a relay connector, Direct Send), with the
//! commands and device settings filled in from the paste, and a worksheet to work through
//! (`../shared/migration.md`).
//!
//! ## Pipeline
//!
//! Data flows one way; no stage reaches back:
//!
//! ```text
//! text ──parse──▶ records and usage rows (with line spans) ──model──▶ typed evidence
//!      ──rules──▶ verdicts per settings group (with the deciding setting and its line)
//!      ──remedy──▶ the report: per mailbox its own part; its verdicts and commands on demand
//!      ──wording──▶ words in the user's language ──ui / cli / export──▶ what the user sees
//! ```
//!
//! A tenant's mailboxes share a handful of setting combinations. The rules see a mailbox only as
//! its settings ([`rules::settings_key::MailboxSettings`]: what they read of it, compared and
//! hashed without lines), run once per distinct settings and produce that group's verdicts. Per
//! mailbox the report ([`remedy::Mailboxes`]) keeps only what is its own: its identity, its
//! group, where its values were read ([`rules::settings_key::OwnLines`]) and its evidence of
//! use. When a mailbox is shown, copied, exported, redacted or serialised, its verdicts are
//! its group's with its own lines put in ([`rules::settings_key::relocate`]), and remedy turns
//! them into its commands, filled in with its identity ([`remedy::MailboxView`]); only whether
//! a mailbox's commands are refused is known up front, from a quoting check of its identity.
//! Nothing flows back: the rules never see a command, remedy never decides a verdict.
//!
//! The way out of an account that signs in with a password is made the same way, when it is
//! asked for: the evaluation keeps what the evidence shows of the account
//! ([`rules::way_out::AccountFacts`]: a likely sender, its one public address, what a message
//! trace shows it sends); [`rules::way_out::decide`] weighs each path with the admin's answers
//! given by then (a fit per path, one rule per file, and the recommended path or the questions
//! that decide it); and remedy fills in each path that is not ruled out
//! ([`remedy::way_out`]). Choosing a path is a rule; turning it into commands is remedy.
//!
//! ## Folders
//!
//! - [`parse`]: text → [`parse::Record`]s. One file per input shape (Format-List, tables,
//!   JSON, CSV, transcripts), in a folder per input family (`parse/input/`, `parse/console/`,
//!   `parse/shape/`, `parse/printed/`, `parse/usage/`, `parse/message_trace/`,
//!   `parse/worksheet/`, `parse/client_error/`). A new input shape is a new file in its family's
//!   folder (a shape of cmdlet output in `parse/shape/`), declared in that folder's `mod.rs`,
//!   and one line in the one list of readers, in the order they are tried (`Walk::read` in
//!   `parse/segment.rs`): the line names the [`parse::Shape`] it reads for [`parse::parse_as`]
//!   and calls the file's reader. A record's values are [`parse::Text`]s, ranges
//!   of one shared copy of the text, so reading allocates per object, not per value. Sign-in
//!   logs and usage reports (`parse/usage/`) become compact [`parse::UsageRow`]s that share
//!   their repeated texts, the records of message traces compact [`parse::TraceRow`]s
//!   (`parse/message_trace/`), a worksheet pasted back becomes the admin's answers per account
//!   ([`parse::AnswerRow`], `parse/worksheet/`), and client errors anywhere in the text become
//!   [`parse::Symptom`]s (`parse/client_error/`); a large text can be read part by part
//!   ([`parse::PartedParse`]). Offsets, line numbers and counts are stored as `u32`: a text is
//!   at most [`parse::MAX_TEXT_BYTES`] (the command line refuses a larger input), and a
//!   conversion goes through [`parse::u32_of`], which says why it fits.
//!   The mail protocol is one type for every layer, [`parse::Protocol`] (the rules' `Protocol`
//!   is the same), as a client error names it, a usage row shows it ([`parse::UsageProtocol`])
//!   and a verdict is decided for it.
//!   A new diagnostic is a variant of [`parse::DiagnosticKind`] (`parse/diagnostic.rs`) with
//!   its own code, carrying the values it names (lines, counts, the value cut off); the reader
//!   only builds it, and `wording/diagnostics.rs` words it in every language from those values.
//! - [`model`]: typed views of each cmdlet's records, and the usage rows added up per account
//!   ([`model::AccountUsage`]), joined to the mailboxes by address or user principal name; the
//!   message traces added up per sender ([`model::SenderTraffic`]) and joined the same way, and
//!   the organization's domains ([`model::OrganizationDomains`]) they are told against; after
//!   them a worksheet's answers, joined to the account they name or listed as accounts of
//!   their own. Records are joined through an index of their identities' hashes, each match
//!   confirmed by comparison; a mailbox's identities are the parser's texts, not copies. A
//!   setting a verdict, a conflict or a note names is a [`model::Setting`]: a new setting is a
//!   variant there (with the name PowerShell prints) and a field of its cmdlet's type; one the
//!   rules read per mailbox is also a field of [`rules::settings_key::MailboxSettings`], which
//!   puts it in the group key and its line in the mailbox's own lines.
//! - [`rules`]: one small module per rule row of the specification, each with a doc comment
//!   (what / why / source) and its own tests. A new rule is a new file there, called from
//!   `rules/mod.rs`. A verdict keeps every rule that refuses it, in the order a sign-in meets
//!   them ([`rules::BlockingLayer`]); [`rules::answer`] groups verdicts by outcome and reason
//!   for the answer first. [`rules::december`] answers who breaks at the end of December 2026,
//!   and [`rules::way_out`] which way out fits each of them (a new path is a new file there,
//!   listed in `Path`); [`rules::symptom`] says which layer a client error names;
//!   [`rules::need`] which protocols a mailbox's fix may turn on (the chosen client's, or those
//!   the paste gives a reason for), so remedy never turns on what nothing uses.
//! - [`remedy`]: commands built from verdicts, every identity quoted by
//!   [`remedy::single_quoted`]; and the whole answer, [`remedy::Report`] ([`remedy::analyze`]):
//!   the organization's verdicts and commands, and the mailboxes, whose verdicts and commands
//!   are built one mailbox at a time when asked for (the JSON streams them as it is written).
//!   [`remedy::way_out`] fills in each path of a plan (one file per path): the commands, the
//!   device settings, the portal steps, one check. The rules never see a command.
//! - [`wording`]: every code of the core (findings, headlines, warnings, gates, purposes,
//!   notes, conflicts, diagnostics, ...) worded for people in each [`wording::Lang`], all
//!   languages side by side in one match arm (the parser's diagnostics: one function per
//!   language). A new language is a new `Lang` variant and one more branch per arm. Counts go
//!   through one plural rule per language; the note for the ticket ([`wording::ticket_note`])
//!   is built here, so the page and `check --format markdown`
//!   give the same text.
//! - [`export`]: the bulk verdict table, and the worksheet of the way out per account, as CSV
//!   and Markdown.
//! - [`redact`]: names, domains and GUIDs replaced by stable placeholders in what is shown,
//!   through the one walk of each report type's texts ([`remedy::Texts`]): a text field added
//!   to a report type goes into its type's walk.
//! - `ui` (wasm32 only): one view per file, with all state in one reducer (`ui::state`); views
//!   get data and callbacks only. A view is a Yew function component only if it keeps state of
//!   its own (hooks), otherwise a plain function returning `Html`; views with many plain
//!   elements build them with `ui::markup` rather than `html!`, which costs wasm per element.
//!   The analysis is shared, never copied, between views (`ui::shared`). The admin's answers
//!   about the accounts that sign in with a password live in the one state too, kept through
//!   every new analysis and nowhere else. A large paste is held as data, not laid out in the
//!   text box, and analysed in short steps on the main thread, every phase of it (reading
//!   in parts, [`parse::PartedParse`]; joining, [`model::EvidenceBuild`]; evaluating,
//!   [`remedy::Evaluation`]; the bulk table's and the worksheet's rows built,
//!   [`ui_support::bulk_rows`], [`ui_support::plan_rows`]), stepped by
//!   [`ui_support::analysis`] with the clock passed in, under one progress bar
//!   ([`ui_support::progress`]), so typing and scrolling stay responsive. The reducer never
//!   changes a state: the job under way is held by the page beside it, and each step's result
//!   is an action. The web app allocates with Talc (`src/main.rs`), which is smaller in the
//!   shipped wasm than the standard library's allocator.
//! - [`ui_support`]: the UI's logic without web dependencies (URL fragment options, the bulk
//!   table's rows and its filter and sort ([`ui_support::bulk_filter`]; a control's value is a
//!   code, never a worded text: [`rules::Status::code`]), the worksheet's rows with their
//!   filters and the answers given for many accounts at once, the analysis in steps and the
//!   progress bar's phases), tested natively.
//! - `cli` (native only): the `exo-auth-analyzer` command line. Its own words (headings, what
//!   `--help` and `--version` print, what it refuses, `parse`'s summary) are in `wording::cli`
//!   like every other text; `cli` only puts them where they go.
//!
//! The core (`parse`, `model`, `rules`, `remedy`, `wording`, `export`) has no web dependency and
//! is tested natively with `cargo test`; `tests/browser.rs` and `tests/e2e/` drive the real app
//! in headless Chromium.

pub mod export;
pub mod model;
pub mod parse;
pub mod redact;
pub mod remedy;
pub mod rules;
pub mod ui_support;
pub mod wording;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(target_arch = "wasm32")]
pub mod ui;
