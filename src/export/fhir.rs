//! FHIR R4: a `Bundle` of type `collection` holding one `Consent` resource per consent.
//!
//! Status mapping: cooling-off or on hold → `proposed` (signed, not yet in
//! force; the provision's period starts when the consent takes effect, and each
//! item that sends data outside carries that start too), effective → `active`,
//! declined → `rejected`, withdrawn or needs-review → `inactive` with the reason
//! in an extension. Each granular item is a nested provision that permits or denies.
//! A confirmation interview is `verification` (verified when it confirmed) and
//! its counsellor the `performer`.
//!
//! Each resource is written element by element into a buffer, in the order the
//! elements were written when the resource was a typed serde model (the output
//! is byte for byte the same): serialising that model spent most of a large
//! export's time in a call per field. The tests validate the result against
//! the R4 schema and read it back.

use std::io::Write;

use crate::consent::{Consent, ConsentState, InterviewOutcome, Timestamp};
use crate::store::Store;
use crate::store::keys::public_key_base64;

use super::beside::write_made_on_every_core;
use super::csv_rows::review_reason_text;
use super::{ExportError, free_beside, rfc3339};

const EXTENSION: &str = "urn:consent-kiosk:fhir:extension:";
const ITEM_SYSTEM: &str = "urn:consent-kiosk:fhir:consent-item";
const REFERENCE_SYSTEM: &str = "urn:consent-kiosk:reference-code";
const ACCOUNT_SYSTEM: &str = "urn:consent-kiosk:console-account";

pub(super) fn write(
    store: &Store,
    since: Option<Timestamp>,
    now: Timestamp,
    out: &mut (dyn Write + Send),
) -> Result<usize, ExportError> {
    let projection = store.projection_for_export()?;
    let device_key = public_key_base64(store.public_key());
    let demo = store.is_demo();
    write_open(now, out)?;
    let consents: Vec<&Consent> = projection.changed_since(since).collect();
    let written = write_entries(&consents, 0, now, &device_key, demo, out)?;
    write_close(out)?;
    drop(consents);
    free_beside(projection);
    Ok(written)
}

/// The entries of `consents`, after `before` entries already in the Bundle,
/// made on every core and written in order. Returns how many were written.
pub(crate) fn write_entries(
    consents: &[&Consent],
    before: usize,
    now: Timestamp,
    device_key: &str,
    demo: bool,
    out: &mut (dyn Write + Send),
) -> Result<usize, ExportError> {
    write_made_on_every_core(consents, out, |chunk, first_chunk, bytes| {
        for (i, consent) in chunk.iter().enumerate() {
            let first = before == 0 && first_chunk && i == 0;
            write_entry(consent, now, device_key, demo, first, bytes);
        }
        Ok(())
    })
}

/// The Bundle's opening, up to its first entry. Streamed entry by entry, so a
/// large export never sits in memory twice.
pub(crate) fn write_open(now: Timestamp, out: &mut dyn Write) -> Result<(), ExportError> {
    write!(
        out,
        "{{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"timestamp\":\"{}\",\"entry\":[",
        rfc3339(now)
    )?;
    Ok(())
}

/// One entry of the Bundle, added to `out` (a buffer, not any writer: each
/// piece is added in place rather than through a call to a writer).
fn write_entry(
    consent: &Consent,
    now: Timestamp,
    device_key: &str,
    demo_store: bool,
    first: bool,
    out: &mut Vec<u8>,
) {
    if !first {
        out.push(b',');
    }
    out.extend_from_slice(b"{\"fullUrl\":");
    push_full_url(consent.consent_id.as_str(), out);
    out.extend_from_slice(b",\"resource\":");
    push_resource(consent, now, device_key, demo_store, out);
    out.push(b'}');
}

/// The Bundle's end.
pub(crate) fn write_close(out: &mut dyn Write) -> Result<(), ExportError> {
    out.write_all(b"]}\n")?;
    out.flush()?;
    Ok(())
}

/// A value of an extension, named as FHIR names its type.
enum Value<'a> {
    Code(&'a str),
    String(&'a str),
    Boolean(bool),
    DateTime(Timestamp),
    Base64Binary(&'a str),
    Coding { system: &'a str, code: &'a str },
}

impl Value<'_> {
    /// The element that holds a value of this type.
    fn key(&self) -> &'static str {
        match self {
            Value::Code(_) => "valueCode",
            Value::String(_) => "valueString",
            Value::Boolean(_) => "valueBoolean",
            Value::DateTime(_) => "valueDateTime",
            Value::Base64Binary(_) => "valueBase64Binary",
            Value::Coding { .. } => "valueCoding",
        }
    }
}

/// A resource's extensions, written one after another.
struct Extensions<'o> {
    out: &'o mut Vec<u8>,
    first: bool,
}

impl Extensions<'_> {
    fn push(&mut self, name: &str, value: Value<'_>) {
        let out = &mut *self.out;
        if !std::mem::take(&mut self.first) {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"url\":\"");
        out.extend_from_slice(EXTENSION.as_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b"\",\"");
        out.extend_from_slice(value.key().as_bytes());
        out.extend_from_slice(b"\":");
        match value {
            Value::Code(text) | Value::String(text) | Value::Base64Binary(text) => {
                push_str(text, out);
            }
            Value::Boolean(yes) => out.extend_from_slice(if yes { b"true" } else { b"false" }),
            Value::DateTime(at) => push_time(at, out),
            Value::Coding { system, code } => {
                out.extend_from_slice(b"{\"system\":");
                push_str(system, out);
                out.extend_from_slice(b",\"code\":");
                push_str(code, out);
                out.push(b'}');
            }
        }
        out.push(b'}');
    }
}

/// What every resource says the same way: its scope and category.
const SCOPE_AND_CATEGORY: &str = concat!(
    r#""scope":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/consentscope","code":"patient-privacy","display":"Privacy Consent"}],"text":"Assisted voluntary return and the personal data it needs"},"#,
    r#""category":[{"coding":[{"system":"http://loinc.org","code":"59284-0","display":"Patient Consent"}],"text":"Consent to assisted voluntary return and reintegration"}],"#,
);

const POLICY: &str = r#""policy":[{"uri":"urn:consent-kiosk:policy:free-prior-informed-consent"}]"#;

/// One consent as a FHIR R4 `Consent` resource, added to `out`. Written
/// element by element in FHIR's order (a typed model serialised through serde
/// spent most of the export's time in a call per field); the tests validate
/// the result against the R4 schema. A resource from a demo store is marked
/// demo (one signed on example content already is).
fn push_resource(
    consent: &Consent,
    now: Timestamp,
    device_public_key: &str,
    demo_store: bool,
    out: &mut Vec<u8>,
) {
    let record = &consent.record;
    let state = consent.state_at(now);
    let status = match &state {
        // Signed but not in force: never presented as active.
        ConsentState::CoolingOff { .. } | ConsentState::OnHold { .. } => "proposed",
        ConsentState::Effective { .. } => "active",
        ConsentState::Declined { .. } => "rejected",
        ConsentState::Withdrawn { .. } | ConsentState::NeedsReview { .. } => "inactive",
    };
    out.extend_from_slice(b"{\"resourceType\":\"Consent\",\"id\":");
    push_str(consent.consent_id.as_str(), out);
    out.extend_from_slice(b",\"extension\":[");
    let mut extensions = Extensions { out, first: true };
    extensions.push("state", Value::Code(state.name()));
    extensions.push("locale", Value::Code(&record.locale));
    extensions.push("content-version", Value::String(&record.content_version));
    extensions.push("device-public-key", Value::Base64Binary(device_public_key));
    extensions.push("pressure-flag", Value::Boolean(record.pressure_flag));
    extensions.push("re-explained", Value::Boolean(record.re_explained));
    // Signed while the content said its data are examples: a demonstration.
    if record.example_content {
        extensions.push("demo", Value::Boolean(true));
    }
    match &state {
        ConsentState::Withdrawn { at } => {
            extensions.push("status-reason", Value::String("withdrawn"));
            extensions.push("withdrawn-at", Value::DateTime(*at));
        }
        ConsentState::NeedsReview { reason } => {
            let reason = format!("needs review: {}", review_reason_text(reason));
            extensions.push("status-reason", Value::String(&reason));
        }
        _ => {}
    }
    if let Some(until) = consent.cooling_off_until() {
        extensions.push("cooling-off-until", Value::DateTime(until));
    }
    if let ConsentState::OnHold { waiting_for } = &state {
        for hold in waiting_for {
            extensions.push("waiting-for", Value::Code(hold.code()));
        }
    }
    let shareable_from = consent.shareable_from();
    if let Some(from) = shareable_from {
        extensions.push("shareable-from", Value::DateTime(from));
    }
    if let Some(interview) = &consent.interview {
        extensions.push(
            "confirmation-interview",
            Value::Code(interview.interview.outcome.as_str()),
        );
    }
    if let Some(departed) = consent.departed_at {
        extensions.push("departed-at", Value::DateTime(departed));
    }
    if let Some(destination) = &record.destination {
        extensions.push(
            "destination",
            Value::Coding {
                system: "urn:iso:std:iso:3166",
                code: &destination.country,
            },
        );
        // The region of return, where assistance differs by area.
        if let Some(area) = &destination.area {
            extensions.push(
                "destination-area",
                Value::Coding {
                    system: "urn:iso:std:iso:3166:-2",
                    code: area,
                },
            );
        }
    }
    if demo_store && !record.example_content {
        extensions.push("demo", Value::Boolean(true));
    }
    out.extend_from_slice(b"],\"identifier\":[{\"system\":\"");
    out.extend_from_slice(REFERENCE_SYSTEM.as_bytes());
    out.extend_from_slice(b"\",\"value\":");
    push_str(&consent.reference.to_string(), out);
    out.extend_from_slice(b"}],\"status\":\"");
    out.extend_from_slice(status.as_bytes());
    out.extend_from_slice(b"\",");
    out.extend_from_slice(SCOPE_AND_CATEGORY.as_bytes());
    out.extend_from_slice(b"\"dateTime\":");
    push_time(record.recorded_at, out);
    out.push(b',');
    // The counsellor who held the confirmation interview.
    if let Some(account) = consent.interview.iter().find_map(|i| i.account_id.as_ref()) {
        out.extend_from_slice(
            b"\"performer\":[{\"type\":\"Practitioner\",\"identifier\":{\"system\":\"",
        );
        out.extend_from_slice(ACCOUNT_SYSTEM.as_bytes());
        out.extend_from_slice(b"\",\"value\":");
        push_str(account, out);
        out.extend_from_slice(b"}}],");
    }
    out.extend_from_slice(POLICY.as_bytes());
    if let Some(interview) = &consent.interview {
        out.extend_from_slice(b",\"verification\":[{\"verified\":");
        let verified = interview.interview.outcome == InterviewOutcome::Confirmed;
        out.extend_from_slice(if verified { b"true" } else { b"false" });
        out.extend_from_slice(b",\"verificationDate\":");
        push_time(interview.at, out);
        out.extend_from_slice(b"}]");
    }
    // In force only from the moment it takes effect (the end of cooling-off, or
    // the later confirmation or flag resolution); no period while something
    // still holds it.
    let kind = if matches!(state, ConsentState::Declined { .. }) {
        "deny"
    } else {
        "permit"
    };
    out.extend_from_slice(b",\"provision\":{\"type\":\"");
    out.extend_from_slice(kind.as_bytes());
    out.push(b'"');
    push_period(consent.effective_from(), out);
    let mut items = record.items.iter().peekable();
    if items.peek().is_some() {
        out.extend_from_slice(b",\"provision\":[");
        for (index, (item, &answer)) in items.enumerate() {
            if index > 0 {
                out.push(b',');
            }
            out.extend_from_slice(if answer {
                b"{\"type\":\"permit\""
            } else {
                b"{\"type\":\"deny\""
            });
            // Data that leaves the centre: only from the moment the consent is in force.
            push_period(
                shareable_from.filter(|_| answer && item.sends_data_outside()),
                out,
            );
            out.extend_from_slice(b",\"code\":[{\"coding\":[{\"system\":\"");
            out.extend_from_slice(ITEM_SYSTEM.as_bytes());
            out.extend_from_slice(b"\",\"code\":");
            push_str(item.key(), out);
            out.extend_from_slice(b"}]}]}");
        }
        out.push(b']');
    }
    out.extend_from_slice(b"}}");
}

/// `,"period":{"start":…}` when there is a start.
fn push_period(start: Option<Timestamp>, out: &mut Vec<u8>) {
    if let Some(start) = start {
        out.extend_from_slice(b",\"period\":{\"start\":");
        push_time(start, out);
        out.push(b'}');
    }
}

/// A JSON string. Most of an export's strings (ids, codes, keys) need no
/// escaping and are copied; the rest go through serde's escaping.
fn push_str(text: &str, out: &mut Vec<u8>) {
    let plain = text
        .bytes()
        .all(|byte| byte >= 0x20 && byte != b'"' && byte != b'\\');
    if plain {
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
    } else {
        // Writing into a vector cannot fail.
        let _ = serde_json::to_writer(&mut *out, text);
    }
}

/// A moment as RFC 3339, quoted (empty, as [`rfc3339`] gives, if it cannot be).
fn push_time(at: Timestamp, out: &mut Vec<u8>) {
    out.push(b'"');
    let start = out.len();
    if at
        .format_into(out, &time::format_description::well_known::Rfc3339)
        .is_err()
    {
        out.truncate(start);
    }
    out.push(b'"');
}

/// The entry's `fullUrl`: `urn:uuid:` and the consent id in the 8-4-4-4-12
/// form it expects.
fn push_full_url(id: &str, out: &mut Vec<u8>) {
    // The usual id, 32 hex digits: copied in its five parts.
    if id.len() == 32 && id.bytes().all(|byte| byte.is_ascii_alphanumeric()) {
        out.extend_from_slice(b"\"urn:uuid:");
        for (index, part) in [0..8, 8..12, 12..16, 16..20, 20..32]
            .into_iter()
            .enumerate()
        {
            if index > 0 {
                out.push(b'-');
            }
            out.extend_from_slice(id.as_bytes().get(part).unwrap_or_default());
        }
        out.push(b'"');
    } else {
        push_str(&format!("urn:uuid:{}", uuid_form(id)), out);
    }
}

/// A 32-hex-digit consent id written in the 8-4-4-4-12 form `urn:uuid:` expects.
fn uuid_form(hex: &str) -> String {
    if hex.len() != 32 || !hex.is_ascii() {
        return hex.to_owned();
    }
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_back(write: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut out = Vec::new();
        write(&mut out);
        serde_json::from_slice(&out).expect("a JSON string")
    }

    #[test]
    fn strings_written_by_hand_read_back_as_written() {
        for text in [
            "demo-content",
            "",
            "a \"quoted\" version",
            "back\\slash",
            "line\nbreak\tand\u{1}control",
            "محتوى ٢٠٢٦",
            "ትግርኛ",
        ] {
            assert_eq!(read_back(|out| push_str(text, out)), text);
        }
    }

    #[test]
    fn a_full_url_is_the_id_in_uuid_form_and_any_other_id_is_kept_whole() {
        assert_eq!(
            read_back(|out| push_full_url("00000a64c7a5d5513d066c8f3b18fff2", out)),
            "urn:uuid:00000a64-c7a5-d551-3d06-6c8f3b18fff2"
        );
        for id in [
            "short",
            "0123456789abcdef0123456789abcd\"f",
            "ﻼ0123456789abcdef0123456789abcd",
        ] {
            assert_eq!(
                read_back(|out| push_full_url(id, out)),
                format!("urn:uuid:{}", uuid_form(id))
            );
        }
    }

    #[test]
    fn a_moment_is_written_as_the_rest_of_the_exports_write_it() {
        let at = Timestamp::from_unix_timestamp_nanos(1_796_702_400_045_292_052).expect("time");
        assert_eq!(read_back(|out| push_time(at, out)), rfc3339(at));
        let whole_second = Timestamp::from_unix_timestamp(1_796_702_400).expect("time");
        assert_eq!(
            read_back(|out| push_time(whole_second, out)),
            rfc3339(whole_second)
        );
    }
}
