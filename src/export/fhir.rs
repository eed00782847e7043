//! FHIR R4: a `Bundle` of type `collection` holding one `Consent` resource per consent.
//!
//! Status mapping: cooling-off → `proposed` (signed, not yet in force; the
//! provision's period starts when cooling-off ends), effective → `active`,
//! declined → `rejected`, withdrawn or needs-review → `inactive` with the reason
//! in an extension. Each granular item is a nested provision that permits or denies.

use std::io::Write;

use serde_json::{Value, json};

use crate::consent::{Consent, ConsentState, Timestamp};
use crate::store::Store;
use crate::store::keys::public_key_base64;

use super::csv_rows::review_reason_text;
use super::{ExportError, rfc3339};

const EXTENSION: &str = "urn:consent-kiosk:fhir:extension:";
const ITEM_SYSTEM: &str = "urn:consent-kiosk:fhir:consent-item";
const REFERENCE_SYSTEM: &str = "urn:consent-kiosk:reference-code";

pub(super) fn write(
    store: &Store,
    since: Option<Timestamp>,
    now: Timestamp,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    let projection = store.projection()?;
    let device_key = public_key_base64(store.public_key());
    // Streamed entry by entry, so a large export never sits in memory twice.
    write!(
        out,
        "{{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"timestamp\":\"{}\",\"entry\":[",
        rfc3339(now)
    )?;
    let mut written = 0;
    for consent in projection.consents() {
        let changed = projection.last_changed(&consent.consent_id);
        if since.is_some_and(|since| changed.is_none_or(|at| at < since)) {
            continue;
        }
        if written > 0 {
            out.write_all(b",")?;
        }
        let entry = json!({
            "fullUrl": format!("urn:uuid:{}", uuid_form(consent.consent_id.as_str())),
            "resource": consent_resource(consent, now, &device_key),
        });
        serde_json::to_writer(&mut *out, &entry)?;
        written += 1;
    }
    out.write_all(b"]}\n")?;
    out.flush()?;
    Ok(written)
}

/// One consent as a FHIR R4 `Consent` resource.
pub fn consent_resource(consent: &Consent, now: Timestamp, device_public_key: &str) -> Value {
    let record = &consent.record;
    let state = consent.state_at(now);
    let status = match &state {
        ConsentState::CoolingOff { .. } => "proposed",
        ConsentState::Effective { .. } => "active",
        ConsentState::Declined { .. } => "rejected",
        ConsentState::Withdrawn { .. } | ConsentState::NeedsReview { .. } => "inactive",
    };
    let mut extensions = vec![
        extension("state", json!({ "valueCode": state.name() })),
        extension("locale", json!({ "valueCode": record.locale })),
        extension(
            "content-version",
            json!({ "valueString": record.content_version }),
        ),
        extension(
            "device-public-key",
            json!({ "valueBase64Binary": device_public_key }),
        ),
        extension(
            "pressure-flag",
            json!({ "valueBoolean": record.pressure_flag }),
        ),
        extension(
            "re-explained",
            json!({ "valueBoolean": record.re_explained }),
        ),
    ];
    match &state {
        ConsentState::Withdrawn { at } => {
            extensions.push(extension(
                "status-reason",
                json!({ "valueString": "withdrawn" }),
            ));
            extensions.push(extension(
                "withdrawn-at",
                json!({ "valueDateTime": rfc3339(*at) }),
            ));
        }
        ConsentState::NeedsReview { reason } => extensions.push(extension(
            "status-reason",
            json!({ "valueString": format!("needs review: {}", review_reason_text(reason)) }),
        )),
        _ => {}
    }
    if let Some(until) = consent.cooling_off_until() {
        extensions.push(extension(
            "cooling-off-until",
            json!({ "valueDateTime": rfc3339(until) }),
        ));
    }
    if let Some(departed) = consent.departed_at {
        extensions.push(extension(
            "departed-at",
            json!({ "valueDateTime": rfc3339(departed) }),
        ));
    }
    if let Some(destination) = &record.destination {
        extensions.push(extension(
            "destination",
            json!({ "valueCoding": { "system": "urn:iso:std:iso:3166", "code": destination.country } }),
        ));
    }

    let items: Vec<Value> = record
        .items
        .iter()
        .map(|(item, &answer)| {
            json!({
                "type": if answer { "permit" } else { "deny" },
                "code": [{ "coding": [{ "system": ITEM_SYSTEM, "code": item.key() }] }],
            })
        })
        .collect();
    let mut provision = json!({
        "type": if matches!(state, ConsentState::Declined { .. }) { "deny" } else { "permit" },
        "provision": items,
    });
    if let Some(until) = consent.cooling_off_until() {
        provision["period"] = json!({ "start": rfc3339(until) });
    }

    json!({
        "resourceType": "Consent",
        "id": consent.consent_id.as_str(),
        "extension": extensions,
        "identifier": [{ "system": REFERENCE_SYSTEM, "value": consent.reference.to_string() }],
        "status": status,
        "scope": {
            "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/consentscope",
                "code": "patient-privacy",
                "display": "Privacy Consent",
            }],
            "text": "Assisted voluntary return and the personal data it needs",
        },
        "category": [{
            "coding": [{ "system": "http://loinc.org", "code": "59284-0", "display": "Patient Consent" }],
            "text": "Consent to assisted voluntary return and reintegration",
        }],
        "dateTime": rfc3339(record.recorded_at),
        "policy": [{ "uri": "urn:consent-kiosk:policy:free-prior-informed-consent" }],
        "provision": provision,
    })
}

fn extension(name: &str, value: Value) -> Value {
    let mut extension = json!({ "url": format!("{EXTENSION}{name}") });
    if let (Some(target), Value::Object(fields)) = (extension.as_object_mut(), value) {
        target.extend(fields);
    }
    extension
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
