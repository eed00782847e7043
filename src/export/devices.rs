//! The same formats across several devices' chains (the central database's export):
//! JSON Lines repeats the header before each device's events, CSV and FHIR hold
//! every device's consents in one table or Bundle.

use std::io::Write;

use crate::consent::{Consent, Timestamp};
use crate::store::{Projection, SealedEvent};

use super::{ExportError, ExportFormat, ExportSummary, csv_rows, fhir, jsonl};

/// One device's part of a multi-device export.
#[derive(Debug)]
pub struct DeviceChain {
    /// Its registry name.
    pub name: String,
    /// Its Ed25519 public key, base64.
    pub public_key: String,
    /// Its store holds fictional demonstration records only.
    pub demo: bool,
    /// Its consents as its events leave them.
    pub projection: Projection,
    /// Its events, in order (needed for JSON Lines only).
    pub events: Vec<SealedEvent>,
}

/// Writes `devices` in `format` (`concerns` is a device-only export and is refused).
pub fn export_devices(
    devices: &[DeviceChain],
    format: ExportFormat,
    now: Timestamp,
    out: &mut (dyn Write + Send),
) -> Result<ExportSummary, ExportError> {
    let mut written = 0;
    match format {
        ExportFormat::Jsonl => {
            let mut line = String::new();
            for device in devices {
                let header = jsonl::header(
                    device.public_key.clone(),
                    now,
                    None,
                    device.demo,
                    Some(device.name.clone()),
                );
                jsonl::write_header(&header, out)?;
                let shareable = jsonl::shareable(&device.projection);
                for sealed in &device.events {
                    jsonl::write_line(sealed, None, &shareable, &mut line, out)?;
                    written += 1;
                }
            }
            out.flush()?;
        }
        ExportFormat::Csv => {
            let mut writer = csv_rows::writer_with_header(out)?;
            for device in devices {
                for consent in device.projection.consents() {
                    writer.write_record(csv_rows::row(consent, now, device.demo))?;
                    written += 1;
                }
            }
            writer.flush()?;
        }
        ExportFormat::Fhir => {
            fhir::write_open(now, out)?;
            for device in devices {
                let consents: Vec<&Consent> = device.projection.consents().collect();
                written += fhir::write_entries(
                    &consents,
                    written,
                    now,
                    &device.public_key,
                    device.demo,
                    out,
                )?;
            }
            fhir::write_close(out)?;
        }
        ExportFormat::Concerns => return Err(ExportError::NotAcrossDevices),
    }
    Ok(ExportSummary { written })
}
