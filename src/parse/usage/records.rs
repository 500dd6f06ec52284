//! Sign-ins printed by PowerShell as objects (evidence.md §2): `Get-MgAuditLogSignIn` and
//! `Get-EntraAuditSignInLogs` piped to Format-List or Format-Table. The list and table readers
//! read them as records like any cmdlet's; those whose properties are a sign-in's become usage
//! rows instead. Nested values print as `@{errorCode=0; …}`, or as a type name when PowerShell
//! did not expand them (`Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignInStatus`).

use std::borrow::Cow;
use std::sync::Arc;

use super::doubts::SourceDoubts;
use super::fields::{self, COLUMNS, Col, Fields};
use super::time::{iso_utc, PaddedOrder};
use super::{Source, SourceKind};
use crate::parse::sink::Sink;
use crate::parse::{Record, Shape};
use crate::parse::u32_of;

/// Moves the sign-in records the sink holds into its usage, as one source. Out of line: the
/// whole paste's reading and the reading in parts share one copy.
#[inline(never)]
pub(in crate::parse) fn take_sign_ins(sink: &mut Sink) {
    let mut memo = SignInMemo::default();
    let records = sink.records();
    if !records.iter().any(|record| memo.is_sign_in(record)) {
        return;
    }
    let (sign_ins, others): (Vec<Record>, Vec<Record>) = std::mem::take(records).into_iter().partition(|record| memo.is_sign_in(record));
    *records = others;
    let line = sign_ins.first().map_or(1, |r| r.span.first);
    let mut source = Source::new(SourceKind::EntraSignins, line);
    let source_index = u32_of(sink.usage().sources.len());
    let rows_before = sink.usage().rows.len();
    let mut doubts = SourceDoubts::default();
    // A date that reads two ways is read in the order the log's other dates tell. The cmdlets
    // that print `02/07/2024 04:18:26` name it createdDateTime (evidence.md §2).
    let mut order = PaddedOrder::default();
    for property in sign_ins.iter().filter_map(|record| record.get("createdDateTime")) {
        order.learn(&property.raw);
    }
    for record in &sign_ins {
        let mut fields = sign_in_fields(record);
        // Without a time column the row's time is empty, which reads as no time.
        match order.read(fields.get(Col::Time).unwrap_or_default()) {
            Some(Some(at)) => fields.replace(Col::Time, Cow::Owned(iso_utc(at))),
            Some(None) => source.dates_ambiguous = true,
            None => {}
        }
        for at in fields::stamps(SourceKind::EntraSignins, &fields) {
            source.widen(at);
        }
        source.records += 1;
        let (usage, pool) = sink.usage_and_pool();
        doubts.add(fields::rows(SourceKind::EntraSignins, &fields, source_index, record.span.first, pool, &mut usage.rows), &fields, record.span.first);
    }
    doubts.push_source(source, rows_before, sink);
}

/// The columns of a sign-in record that were printed whole.
fn sign_in_fields(record: &Record) -> Fields<'_> {
    let mut fields = Fields::default();
    for property in &record.properties {
        // A value cut by the formatter is not read (never guess); a whole `@{…}` is.
        let raw: &str = &property.raw;
        let whole = property.certainty.is_known() || crate::parse::is_type_name(raw) || (raw.starts_with("@{") && raw.ends_with('}'));
        if let (Some(col), true) = (fields::column(&property.name), whole) {
            fields.set(col, Cow::Borrowed(&property.raw));
        }
    }
    fields
}

/// [`is_sign_in`] decided once for a run of records with the same (shared) property names, as
/// the objects of one paste have: 100 k mailboxes would otherwise look up every name anew.
#[derive(Default)]
struct SignInMemo {
    names: Vec<Arc<str>>,
    sign_in: bool,
}

impl SignInMemo {
    fn is_sign_in(&mut self, record: &Record) -> bool {
        if !matches!(record.shape, Shape::List | Shape::Table) {
            return false;
        }
        let same = self.names.len() == record.properties.len()
            && self.names.iter().zip(&record.properties).all(|(name, property)| Arc::ptr_eq(name, &property.name));
        if !same {
            self.sign_in = is_sign_in(record);
            self.names.clear();
            self.names.extend(record.properties.iter().map(|p| Arc::clone(&p.name)));
        }
        self.sign_in
    }
}

/// A list or table object with a user and a client app or a sign-in's time and status.
fn is_sign_in(record: &Record) -> bool {
    if !matches!(record.shape, Shape::List | Shape::Table) {
        return false;
    }
    let mut present = [false; COLUMNS];
    for col in record.properties.iter().filter_map(|p| fields::column(&p.name)) {
        present[col as usize] = true;
    }
    fields::source_kind(&present) == Some(SourceKind::EntraSignins) && present[Col::Account as usize]
}
