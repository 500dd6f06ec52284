//! One sign-in (or Email apps usage) object of a JSON export, read straight into [`Fields`]:
//! the keys the analysis uses are kept, borrowed from the text where no escape needs
//! decoding; every other key is skipped without building a value.
//!
//! Nested objects that matter: `status` (`errorCode`, `failureReason`), `location` (`city`,
//! `state`, `countryOrRegion`) and an Azure Monitor record's `properties`, which holds the
//! sign-in itself (evidence.md §2).

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::usage_fields::{self, Col, Fields};

/// Reads one object's keys into `fields`.
pub(super) struct ObjectSeed<'f, 'a>(pub &'f mut Fields<'a>);

impl<'de: 'a, 'a> DeserializeSeed<'de> for ObjectSeed<'_, 'a> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de: 'a, 'a> Visitor<'de> for ObjectSeed<'_, 'a> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a sign-in object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(Text(key)) = map.next_key::<Text<'de>>()? {
            match &*key {
                "status" | "Status" => map.next_value_seed(StatusSeed(self.0))?,
                "location" | "Location" | "LocationDetails" => {
                    if let Some(place) = map.next_value_seed(LocationSeed)? {
                        self.0.set(Col::Location, Cow::Owned(place));
                    }
                }
                "properties" => map.next_value_seed(ObjectSeed(&mut *self.0))?,
                _ => match usage_fields::column(&key) {
                    Some(col) => {
                        if let Some(value) = map.next_value::<Scalar<'de>>()?.0 {
                            self.0.set(col, value);
                        }
                    }
                    None => {
                        map.next_value::<IgnoredAny>()?;
                    }
                },
            }
        }
        Ok(())
    }

    /// Anything but an object (a number in an array of sign-ins) holds nothing to read.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

/// A string, borrowed when it has no escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de> serde::Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Text<'de>, E> {
        Ok(Text(Cow::Borrowed(text)))
    }
    fn visit_str<E>(self, text: &str) -> Result<Text<'de>, E> {
        Ok(Text(Cow::Owned(text.to_owned())))
    }
    fn visit_string<E>(self, text: String) -> Result<Text<'de>, E> {
        Ok(Text(Cow::Owned(text)))
    }
}

/// A value as text: strings, numbers and booleans; a list as its items joined (an empty list
/// is `[]`, which Email apps usage means "not used"); objects and `null` as nothing.
struct Scalar<'a>(Option<Cow<'a, str>>);

impl<'de> serde::Deserialize<'de> for Scalar<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a value")
    }
    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Scalar<'de>, E> {
        Ok(Scalar(Some(Cow::Borrowed(text))))
    }
    fn visit_str<E>(self, text: &str) -> Result<Scalar<'de>, E> {
        Ok(Scalar(Some(Cow::Owned(text.to_owned()))))
    }
    fn visit_string<E>(self, text: String) -> Result<Scalar<'de>, E> {
        Ok(Scalar(Some(Cow::Owned(text))))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Scalar<'de>, E> {
        Ok(Scalar(Some(Cow::Owned(n.to_string()))))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Scalar<'de>, E> {
        Ok(Scalar(Some(Cow::Owned(n.to_string()))))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Scalar<'de>, E> {
        Ok(Scalar(Some(Cow::Owned(zmij::Buffer::new().format(n).to_owned()))))
    }
    fn visit_bool<E>(self, b: bool) -> Result<Scalar<'de>, E> {
        Ok(Scalar(Some(Cow::Borrowed(if b { "True" } else { "False" }))))
    }
    fn visit_unit<E>(self) -> Result<Scalar<'de>, E> {
        Ok(Scalar(None))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar<'de>, A::Error> {
        let mut items: Vec<String> = Vec::new();
        while let Some(Scalar(item)) = seq.next_element::<Scalar<'de>>()? {
            items.extend(item.map(Cow::into_owned));
        }
        Ok(Scalar(Some(if items.is_empty() { Cow::Borrowed("[]") } else { Cow::Owned(items.join(", ")) })))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar(None))
    }
}

/// `status`: an object with `errorCode` and `failureReason` (Graph, the portal's JSON), or
/// already a value (`Success`, a Log Analytics column).
struct StatusSeed<'f, 'a>(&'f mut Fields<'a>);

impl<'de: 'a, 'a> DeserializeSeed<'de> for StatusSeed<'_, 'a> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de: 'a, 'a> Visitor<'de> for StatusSeed<'_, 'a> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a sign-in status")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(Text(key)) = map.next_key::<Text<'de>>()? {
            let col = match &*key {
                "errorCode" | "ErrorCode" => Some(Col::ErrorCode),
                "failureReason" | "FailureReason" => Some(Col::FailureReason),
                _ => None,
            };
            match col {
                Some(col) => {
                    if let Some(value) = map.next_value::<Scalar<'de>>()?.0 {
                        self.0.set(col, value);
                    }
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<(), E> {
        self.0.set(Col::Status, Cow::Borrowed(text));
        Ok(())
    }
    fn visit_str<E>(self, text: &str) -> Result<(), E> {
        self.0.set(Col::Status, Cow::Owned(text.to_owned()));
        Ok(())
    }
    fn visit_i64<E>(self, n: i64) -> Result<(), E> {
        self.0.set(Col::ErrorCode, Cow::Owned(n.to_string()));
        Ok(())
    }
    fn visit_u64<E>(self, n: u64) -> Result<(), E> {
        self.0.set(Col::ErrorCode, Cow::Owned(n.to_string()));
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

/// `location`: `city, state, countryOrRegion` as the portal's CSV writes it, or a value.
struct LocationSeed;

impl<'de> DeserializeSeed<'de> for LocationSeed {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<String>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for LocationSeed {
    type Value = Option<String>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a location")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<String>, A::Error> {
        let mut parts: [Option<String>; 3] = [None, None, None];
        while let Some(Text(key)) = map.next_key::<Text<'de>>()? {
            let slot = match &*key {
                "city" => Some(0),
                "state" => Some(1),
                "countryOrRegion" => Some(2),
                _ => None,
            };
            match slot.and_then(|i| parts.get_mut(i)) {
                Some(part) => *part = map.next_value::<Scalar<'de>>()?.0.map(Cow::into_owned).filter(|p| !p.is_empty()),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let place: Vec<String> = parts.into_iter().flatten().collect();
        Ok((!place.is_empty()).then(|| place.join(", ")))
    }
    fn visit_str<E>(self, text: &str) -> Result<Option<String>, E> {
        Ok(Some(text.to_owned()))
    }
    fn visit_unit<E>(self) -> Result<Option<String>, E> {
        Ok(None)
    }
}
