//! Reading a stored event quickly. serde reads an internally tagged enum (the
//! `"type"` key names the variant) by first copying the whole object into a tree
//! of its own, because that key may come anywhere; in canonical JSON, whose keys
//! are sorted, it comes near the end. Replaying a long log spent much of its time
//! building and dropping those trees. Here the variant is found first, by a pass
//! that only skips over the values, and the object is then read straight into it.

use std::borrow::Cow;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use serde_json::de::StrRead;

use super::clock::Timestamp;
use super::event::{ConsentEvent, ConsentRecord, ReceiptKind, ReviewReason, Withdrawal};
use super::reference::{ConsentId, ReferenceCode};
use super::safeguards::{ConfirmationInterview, FlagKind, FlagOutcome};

impl ConsentEvent {
    /// Reads an event from its JSON: the same event, and the same refusals, as
    /// `serde_json::from_str`, without the copy serde makes to find the variant.
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        /// The one key that names the variant; every other value is skipped.
        #[derive(Deserialize)]
        struct Tag<'a> {
            #[serde(rename = "type", borrow)]
            kind: Cow<'a, str>,
        }
        let tag = serde_json::from_str::<Tag<'_>>(json)?.kind;
        read_as(json, &tag, false)
    }

    /// [`ConsentEvent::from_json`] told the variant beforehand (the store keeps
    /// each event's kind beside it, unsealed): one pass over the object, whose
    /// own `"type"` must name that variant. When it does not, or anything else
    /// fails, the body is read as `from_json` reads it: what is returned depends
    /// on the body alone, never on the hint.
    pub fn from_json_of_kind(json: &str, kind: &str) -> Result<Self, serde_json::Error> {
        Self::read_told(json, kind).or_else(|_| Self::from_json(json))
    }

    /// The one pass of [`ConsentEvent::from_json_of_kind`], without the slower
    /// way after it.
    pub(super) fn read_told(json: &str, kind: &str) -> Result<Self, serde_json::Error> {
        read_as(json, kind, true)
    }
}

/// The object `json` read as the variant `tag`, in one pass; with `check_type`,
/// its own `"type"` must name that variant.
fn read_as(json: &str, tag: &str, check_type: bool) -> Result<ConsentEvent, serde_json::Error> {
    let mut reader = serde_json::Deserializer::from_str(json);
    let event = ByTag::deserialize(Tagged {
        tag,
        object: &mut reader,
        check_type,
    })?;
    reader.end()?;
    Ok(event)
}

/// [`ConsentEvent`] as serde would read it if the variant were named outside the
/// object: each variant and field exactly as there (serde's `remote` derive
/// refuses to build if a field is missing or of another type; the tests read
/// every variant both ways).
#[derive(Deserialize)]
#[serde(remote = "ConsentEvent", rename_all = "snake_case")]
enum ByTag {
    Signed {
        consent_id: ConsentId,
        reference: ReferenceCode,
        #[serde(with = "time::serde::rfc3339")]
        cooling_off_until: Timestamp,
        record: ConsentRecord,
    },
    Declined {
        consent_id: ConsentId,
        reference: ReferenceCode,
        record: ConsentRecord,
    },
    Withdrawn {
        consent_id: ConsentId,
        withdrawal: Withdrawal,
    },
    MarkedForReview {
        consent_id: ConsentId,
        reason: ReviewReason,
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        #[serde(default)]
        account_id: Option<String>,
    },
    Reconsented {
        consent_id: ConsentId,
        #[serde(with = "time::serde::rfc3339")]
        cooling_off_until: Timestamp,
        record: ConsentRecord,
    },
    ReceiptIssued {
        consent_id: ConsentId,
        kind: ReceiptKind,
        sha256: String,
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        #[serde(default)]
        account_id: Option<String>,
    },
    DepartureRecorded {
        consent_id: ConsentId,
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        #[serde(default)]
        account_id: Option<String>,
    },
    FlagResolved {
        consent_id: ConsentId,
        flag: FlagKind,
        outcome: FlagOutcome,
        reason: String,
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        #[serde(default)]
        account_id: Option<String>,
    },
    ConfirmationRecorded {
        consent_id: ConsentId,
        interview: ConfirmationInterview,
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        #[serde(default)]
        account_id: Option<String>,
    },
    DepartureReconfirmed {
        consent_id: ConsentId,
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        #[serde(default)]
        account_id: Option<String>,
    },
    DepartureCorrected {
        consent_id: ConsentId,
        reason: String,
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        #[serde(default)]
        account_id: Option<String>,
    },
    WithdrawnWithoutCode {
        consent_id: ConsentId,
        withdrawal: Withdrawal,
        reason: String,
        found_by: Vec<String>,
    },
}

/// An event's JSON object presented as the variant `tag` holding that object.
/// The object's own `"type"` key is one serde skips, as it skips any key a
/// variant does not have; with `check_type` it must be there and name `tag`.
struct Tagged<'t, 'r, 'de> {
    tag: &'t str,
    object: &'r mut serde_json::Deserializer<StrRead<'de>>,
    check_type: bool,
}

impl<'de> de::Deserializer<'de> for Tagged<'_, '_, 'de> {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("an event is read as an enum"))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_enum(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

impl<'de> de::EnumAccess<'de> for Tagged<'_, '_, 'de> {
    type Error = serde_json::Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Self), Self::Error> {
        let variant = seed.deserialize(self.tag.into_deserializer())?;
        Ok((variant, self))
    }
}

impl<'de> de::VariantAccess<'de> for Tagged<'_, '_, 'de> {
    type Error = serde_json::Error;

    fn unit_variant(self) -> Result<(), Self::Error> {
        Err(de::Error::custom("every event holds fields"))
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(
        self,
        _seed: T,
    ) -> Result<T::Value, Self::Error> {
        Err(de::Error::custom("every event holds fields"))
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("every event holds fields"))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        if self.check_type {
            let checked = TypeChecked {
                tag: self.tag,
                inner: visitor,
            };
            de::Deserializer::deserialize_struct(self.object, "", fields, checked)
        } else {
            de::Deserializer::deserialize_struct(self.object, "", fields, visitor)
        }
    }
}

/// A variant's visitor, given the object's keys with `"type"` taken out and
/// compared with the variant expected.
struct TypeChecked<'t, V> {
    tag: &'t str,
    inner: V,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for TypeChecked<'_, V> {
    type Value = V::Value;

    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.expecting(formatter)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let mut seen = false;
        let value = self.inner.visit_map(WithoutType {
            map,
            tag: self.tag,
            seen: &mut seen,
        })?;
        if seen {
            Ok(value)
        } else {
            Err(de::Error::missing_field("type"))
        }
    }
}

/// An object's entries with its `"type"` entry checked and passed over.
struct WithoutType<'t, 's, A> {
    map: A,
    tag: &'t str,
    seen: &'s mut bool,
}

impl<'de, A: de::MapAccess<'de>> de::MapAccess<'de> for WithoutType<'_, '_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        loop {
            // Borrowed: a key or type with an escape in it fails here, and the
            // body is then read the slower way.
            let Some(key) = self.map.next_key::<&'de str>()? else {
                return Ok(None);
            };
            if key != "type" {
                return seed
                    .deserialize(de::value::BorrowedStrDeserializer::new(key))
                    .map(Some);
            }
            let kind = self.map.next_value::<&'de str>()?;
            if *self.seen || kind != self.tag {
                return Err(de::Error::custom("the body's type is not the one expected"));
            }
            *self.seen = true;
        }
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<T::Value, Self::Error> {
        self.map.next_value_seed(seed)
    }
}
