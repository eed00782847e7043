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
//! The resource is typed (serde structs, not a JSON tree) so that a large export
//! streams quickly; only the elements used here are modelled.

use std::io::Write;

use rayon::prelude::*;
use serde::Serialize;

use crate::consent::{Consent, ConsentState, InterviewOutcome, Timestamp};
use crate::store::Store;
use crate::store::keys::public_key_base64;

use super::beside::write_beside;
use super::csv_rows::review_reason_text;
use super::{ExportError, rfc3339};

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
    let projection = store.projection()?;
    let device_key = public_key_base64(store.public_key());
    let demo = store.is_demo();
    write_open(now, out)?;
    let consents: Vec<&Consent> = projection.changed_since(since).collect();
    let written = write_entries(&consents, 0, now, &device_key, demo, out)?;
    write_close(out)?;
    Ok(written)
}

/// The entries of `consents`, after `before` entries already in the Bundle. They
/// are made on every core a window at a time (so the export is never all in
/// memory at once) and written in order on a second thread, while the next
/// window is made. Returns how many were written.
pub(crate) fn write_entries(
    consents: &[&Consent],
    before: usize,
    now: Timestamp,
    device_key: &str,
    demo: bool,
    out: &mut (dyn Write + Send),
) -> Result<usize, ExportError> {
    const WINDOW: usize = 4_096;
    const CHUNK: usize = 256;
    write_beside(
        out,
        |send| {
            for (window_index, window) in consents.chunks(WINDOW).enumerate() {
                let made: Result<Vec<Vec<u8>>, ExportError> = window
                    .par_chunks(CHUNK)
                    .enumerate()
                    .map(|(chunk_index, chunk)| {
                        let mut bytes = Vec::with_capacity(chunk.len() * 2_600);
                        for (i, consent) in chunk.iter().enumerate() {
                            let first =
                                before == 0 && window_index == 0 && chunk_index == 0 && i == 0;
                            write_entry(consent, now, device_key, demo, first, &mut bytes)?;
                        }
                        Ok(bytes)
                    })
                    .collect();
                // A whole window at a time: the next is made while this one is written.
                send((made?, window.len()))?;
            }
            Ok(())
        },
        |(chunks, entries): (Vec<Vec<u8>>, usize), out| {
            for bytes in chunks {
                out.write_all(&bytes)?;
            }
            Ok(entries)
        },
    )
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

/// One entry of the Bundle, added to `out` (a buffer, not any writer: serde then
/// adds each piece of JSON in place rather than through a call to a writer).
fn write_entry(
    consent: &Consent,
    now: Timestamp,
    device_key: &str,
    demo_store: bool,
    first: bool,
    out: &mut Vec<u8>,
) -> Result<(), ExportError> {
    if !first {
        out.push(b',');
    }
    let entry = Entry {
        full_url: format!("urn:uuid:{}", uuid_form(consent.consent_id.as_str())),
        resource: with_demo_mark(consent_resource(consent, now, device_key), demo_store),
    };
    serde_json::to_writer(&mut *out, &entry)?;
    Ok(())
}

/// The Bundle's end.
pub(crate) fn write_close(out: &mut dyn Write) -> Result<(), ExportError> {
    out.write_all(b"]}\n")?;
    out.flush()?;
    Ok(())
}

#[derive(Serialize)]
struct Entry<'a> {
    #[serde(rename = "fullUrl")]
    full_url: String,
    resource: ConsentResource<'a>,
}

/// A FHIR R4 `Consent`, with the elements this export fills.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsentResource<'a> {
    resource_type: &'static str,
    id: &'a str,
    extension: Vec<Extension>,
    identifier: [Identifier; 1],
    status: &'static str,
    scope: CodeableConcept,
    category: [CodeableConcept; 1],
    date_time: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    performer: Vec<Reference>,
    policy: [Policy; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    verification: Vec<Verification>,
    provision: Provision,
}

#[derive(Debug, Serialize)]
struct Reference {
    #[serde(rename = "type")]
    kind: &'static str,
    identifier: Identifier,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Verification {
    verified: bool,
    verification_date: String,
}

#[derive(Debug, Serialize)]
struct Extension {
    /// The last part of the URL, after [`EXTENSION`] (written whole, with no string built).
    #[serde(rename = "url", serialize_with = "extension_url")]
    name: &'static str,
    #[serde(flatten)]
    value: ExtensionValue,
}

fn extension_url<S: serde::Serializer>(
    name: &&'static str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&format_args!("{EXTENSION}{name}"))
}

#[derive(Debug, Serialize)]
enum ExtensionValue {
    #[serde(rename = "valueCode")]
    Code(String),
    #[serde(rename = "valueString")]
    String(String),
    #[serde(rename = "valueBoolean")]
    Boolean(bool),
    #[serde(rename = "valueDateTime")]
    DateTime(String),
    #[serde(rename = "valueBase64Binary")]
    Base64Binary(String),
    #[serde(rename = "valueCoding")]
    Coding(Coding),
}

#[derive(Debug, Serialize)]
struct Identifier {
    system: &'static str,
    value: String,
}

#[derive(Debug, Serialize)]
struct CodeableConcept {
    coding: [Coding; 1],
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'static str>,
}

#[derive(Debug, Serialize)]
struct Coding {
    system: &'static str,
    code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<&'static str>,
}

#[derive(Debug, Serialize)]
struct Policy {
    uri: &'static str,
}

#[derive(Debug, Serialize)]
struct Provision {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<Period>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<[CodeableConcept; 1]>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    provision: Vec<Provision>,
}

#[derive(Debug, Serialize)]
struct Period {
    start: String,
}

fn extension(name: &'static str, value: ExtensionValue) -> Extension {
    Extension { name, value }
}

/// Marks a resource from a demo store as demo (one signed on example content
/// already is).
fn with_demo_mark(mut resource: ConsentResource<'_>, demo_store: bool) -> ConsentResource<'_> {
    let marked = resource.extension.iter().any(|e| e.name == "demo");
    if demo_store && !marked {
        resource
            .extension
            .push(extension("demo", ExtensionValue::Boolean(true)));
    }
    resource
}

/// One consent as a FHIR R4 `Consent` resource.
pub fn consent_resource<'a>(
    consent: &'a Consent,
    now: Timestamp,
    device_public_key: &str,
) -> ConsentResource<'a> {
    use ExtensionValue as V;
    let record = &consent.record;
    let state = consent.state_at(now);
    let status = match &state {
        // Signed but not in force: never presented as active.
        ConsentState::CoolingOff { .. } | ConsentState::OnHold { .. } => "proposed",
        ConsentState::Effective { .. } => "active",
        ConsentState::Declined { .. } => "rejected",
        ConsentState::Withdrawn { .. } | ConsentState::NeedsReview { .. } => "inactive",
    };
    let mut extensions = vec![
        extension("state", V::Code(state.name().to_owned())),
        extension("locale", V::Code(record.locale.clone())),
        extension("content-version", V::String(record.content_version.clone())),
        extension(
            "device-public-key",
            V::Base64Binary(device_public_key.to_owned()),
        ),
        extension("pressure-flag", V::Boolean(record.pressure_flag)),
        extension("re-explained", V::Boolean(record.re_explained)),
    ];
    // Signed while the content said its data are examples: a demonstration.
    if record.example_content {
        extensions.push(extension("demo", V::Boolean(true)));
    }
    match &state {
        ConsentState::Withdrawn { at } => {
            extensions.push(extension("status-reason", V::String("withdrawn".into())));
            extensions.push(extension("withdrawn-at", V::DateTime(rfc3339(*at))));
        }
        ConsentState::NeedsReview { reason } => extensions.push(extension(
            "status-reason",
            V::String(format!("needs review: {}", review_reason_text(reason))),
        )),
        _ => {}
    }
    if let Some(until) = consent.cooling_off_until() {
        extensions.push(extension("cooling-off-until", V::DateTime(rfc3339(until))));
    }
    if let ConsentState::OnHold { waiting_for } = &state {
        for hold in waiting_for {
            extensions.push(extension("waiting-for", V::Code(hold.code().to_owned())));
        }
    }
    let shareable_from = consent.shareable_from();
    if let Some(from) = shareable_from {
        extensions.push(extension("shareable-from", V::DateTime(rfc3339(from))));
    }
    if let Some(interview) = &consent.interview {
        extensions.push(extension(
            "confirmation-interview",
            V::Code(interview.interview.outcome.as_str().to_owned()),
        ));
    }
    if let Some(departed) = consent.departed_at {
        extensions.push(extension("departed-at", V::DateTime(rfc3339(departed))));
    }
    if let Some(destination) = &record.destination {
        extensions.push(extension(
            "destination",
            V::Coding(Coding {
                system: "urn:iso:std:iso:3166",
                code: destination.country.clone(),
                display: None,
            }),
        ));
        // The region of return, where assistance differs by area.
        if let Some(area) = &destination.area {
            extensions.push(extension(
                "destination-area",
                V::Coding(Coding {
                    system: "urn:iso:std:iso:3166:-2",
                    code: area.clone(),
                    display: None,
                }),
            ));
        }
    }

    let items = record
        .items
        .iter()
        .map(|(item, &answer)| Provision {
            kind: if answer { "permit" } else { "deny" },
            // Data that leaves the centre: only from the moment the consent is in force.
            period: (answer && item.sends_data_outside())
                .then_some(shareable_from)
                .flatten()
                .map(|from| Period {
                    start: rfc3339(from),
                }),
            code: Some([CodeableConcept {
                coding: [Coding {
                    system: ITEM_SYSTEM,
                    code: item.key().to_owned(),
                    display: None,
                }],
                text: None,
            }]),
            provision: Vec::new(),
        })
        .collect();

    ConsentResource {
        resource_type: "Consent",
        id: consent.consent_id.as_str(),
        extension: extensions,
        identifier: [Identifier {
            system: REFERENCE_SYSTEM,
            value: consent.reference.to_string(),
        }],
        status,
        scope: CodeableConcept {
            coding: [Coding {
                system: "http://terminology.hl7.org/CodeSystem/consentscope",
                code: "patient-privacy".into(),
                display: Some("Privacy Consent"),
            }],
            text: Some("Assisted voluntary return and the personal data it needs"),
        },
        category: [CodeableConcept {
            coding: [Coding {
                system: "http://loinc.org",
                code: "59284-0".into(),
                display: Some("Patient Consent"),
            }],
            text: Some("Consent to assisted voluntary return and reintegration"),
        }],
        date_time: rfc3339(record.recorded_at),
        // The counsellor who held the confirmation interview.
        performer: consent
            .interview
            .iter()
            .filter_map(|i| i.account_id.as_ref())
            .map(|account| Reference {
                kind: "Practitioner",
                identifier: Identifier {
                    system: ACCOUNT_SYSTEM,
                    value: account.clone(),
                },
            })
            .collect(),
        verification: consent
            .interview
            .iter()
            .map(|i| Verification {
                verified: i.interview.outcome == InterviewOutcome::Confirmed,
                verification_date: rfc3339(i.at),
            })
            .collect(),
        policy: [Policy {
            uri: "urn:consent-kiosk:policy:free-prior-informed-consent",
        }],
        provision: Provision {
            kind: if matches!(state, ConsentState::Declined { .. }) {
                "deny"
            } else {
                "permit"
            },
            // In force only from the moment it takes effect (the end of
            // cooling-off, or the later confirmation or flag resolution); no
            // period while something still holds it.
            period: consent.effective_from().map(|from| Period {
                start: rfc3339(from),
            }),
            code: None,
            provision: items,
        },
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
