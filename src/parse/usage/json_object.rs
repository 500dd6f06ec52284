//! One sign-in (or Email apps usage) object of a JSON export into [`Fields`]: the keys the
//! analysis uses are kept, borrowed from the decoded object. The object is decoded by the same
//! [`Json`] reader as cmdlet JSON: a reader of its own links more of serde_json's decoder into
//! the web app, which the size budget cannot afford.
//!
//! Nested objects that matter: `status` (`errorCode`, `failureReason`), `location` (`city`,
//! `state`, `countryOrRegion`) and an Azure Monitor record's `properties`, which holds the
//! sign-in itself (evidence.md §2).

use std::borrow::Cow;

use super::fields::{self, Col, Fields};
use crate::parse::shape::json::Json;

/// The object's keys into `fields`; anything but an object holds nothing to read.
pub(super) fn read<'a>(json: &'a Json, fields: &mut Fields<'a>) {
    let Json::Object(members) = json else { return };
    for (key, value) in members {
        match key.as_str() {
            "status" | "Status" => status(value, fields),
            "location" | "Location" | "LocationDetails" => {
                if let Some(place) = location(value) {
                    fields.set(Col::Location, place);
                }
            }
            "properties" => read(value, fields),
            _ => {
                if let (Some(col), Some(text)) = (fields::column(key), text(value)) {
                    fields.set(col, text);
                }
            }
        }
    }
}

/// A value as text: strings, numbers and booleans; a list as its items joined (an empty list
/// is `[]`, which Email apps usage means "not used"); objects and `null` as nothing.
fn text(value: &Json) -> Option<Cow<'_, str>> {
    match value {
        Json::String(text) | Json::Number(text) => Some(Cow::Borrowed(text)),
        Json::Bool(true) => Some(Cow::Borrowed("True")),
        Json::Bool(false) => Some(Cow::Borrowed("False")),
        Json::Array(items) if items.is_empty() => Some(Cow::Borrowed("[]")),
        Json::Array(items) => Some(Cow::Owned(items.iter().map(Json::item_text).collect::<Vec<_>>().join(", "))),
        Json::Null | Json::Object(_) => None,
    }
}

/// `status`: an object with `errorCode` and `failureReason` (Graph, the portal's JSON), or
/// already a value (`Success`, a number).
fn status<'a>(value: &'a Json, fields: &mut Fields<'a>) {
    match value {
        Json::Object(members) => {
            for (key, value) in members {
                let col = match key.as_str() {
                    "errorCode" | "ErrorCode" => Col::ErrorCode,
                    "failureReason" | "FailureReason" => Col::FailureReason,
                    _ => continue,
                };
                if let Some(text) = text(value) {
                    fields.set(col, text);
                }
            }
        }
        Json::Number(code) => fields.set(Col::ErrorCode, Cow::Borrowed(code)),
        other => {
            if let Some(text) = text(other) {
                fields.set(Col::Status, text);
            }
        }
    }
}

/// `location`: `city, state, countryOrRegion` as the portal's CSV writes it, or a value.
fn location(value: &Json) -> Option<Cow<'_, str>> {
    let Json::Object(members) = value else { return text(value) };
    let part = |name: &str| members.iter().find(|(key, _)| key == name).and_then(|(_, v)| text(v)).filter(|t| !t.is_empty());
    let mut place: Vec<Cow<'_, str>> = Vec::new();
    for name in ["city", "state", "countryOrRegion"] {
        place.extend(part(name));
    }
    (!place.is_empty()).then(|| Cow::Owned(place.join(", ")))
}
