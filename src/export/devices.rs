//! The same formats across several devices' chains (the central database's export):
//! JSON Lines repeats the header before each device's events, CSV and FHIR hold
//! every device's consents in one table or Bundle.

use std::collections::HashMap;
use std::io::Write;

use crate::consent::{Consent, Timestamp};
use crate::store::{Projection, SealedEvent};

use super::beside::write_beside;
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

/// Writes in `format` (`concerns` is a device-only export and is refused) every
/// device that `produce` hands on, each once all its events are in.
///
/// Each device is written on a second thread while `produce` goes on to the
/// next, so making one device's lines overlaps reading the next one's events,
/// and only the devices between the two are ever in memory.
pub fn export_devices<E: From<ExportError>>(
    format: ExportFormat,
    now: Timestamp,
    out: &mut (dyn Write + Send),
    produce: impl FnOnce(&mut dyn FnMut(DeviceChain) -> Result<(), E>) -> Result<(), E>,
) -> Result<ExportSummary, E> {
    match format {
        ExportFormat::Jsonl => {}
        ExportFormat::Csv => {
            let mut writer = csv_rows::writer_with_header(out)?;
            writer.flush().map_err(ExportError::from)?;
        }
        ExportFormat::Fhir => fhir::write_open(now, out)?,
        ExportFormat::Concerns => return Err(ExportError::NotAcrossDevices.into()),
    }
    let mut before = 0;
    let written = write_beside(out, produce, |device: DeviceChain, out| {
        let written = write_device(device, format, now, before, out)?;
        before += written;
        Ok(written)
    })?;
    match format {
        ExportFormat::Fhir => fhir::write_close(out)?,
        _ => out.flush().map_err(ExportError::from)?,
    }
    Ok(ExportSummary { written })
}

/// One device's part, after `before` records of the devices before it.
fn write_device(
    device: DeviceChain,
    format: ExportFormat,
    now: Timestamp,
    before: usize,
    out: &mut (dyn Write + Send),
) -> Result<usize, ExportError> {
    let DeviceChain {
        name,
        public_key,
        demo,
        projection,
        events,
    } = device;
    match format {
        ExportFormat::Jsonl => {
            // The same lines as from the read model, with the sharing replayed.
            let mut lines = LinesWriter::new(now);
            let shareable = jsonl::shareable(&projection);
            lines.write(
                DeviceLines::Device {
                    name,
                    public_key,
                    demo,
                    shareable,
                },
                out,
            )?;
            lines.write(DeviceLines::Events(events, Vec::new()), out)
        }
        ExportFormat::Csv => {
            // The header went out once, before the first device.
            let consents: Vec<&Consent> = projection.consents().collect();
            csv_rows::write_rows(&consents, now, demo, out)
        }
        ExportFormat::Fhir => {
            let consents: Vec<&Consent> = projection.consents().collect();
            fhir::write_entries(&consents, before, now, &public_key, demo, out)
        }
        ExportFormat::Concerns => Err(ExportError::NotAcrossDevices),
    }
}

/// A piece of a JSON Lines export across devices whose sharing is known
/// beforehand (the central read model keeps it): each device's events are
/// copied as they are read, with no replay.
#[derive(Debug)]
pub enum DeviceLines {
    /// A device begins: its header, and each consent that lets data leave the
    /// centre with from when it may (`None`: not yet).
    Device {
        /// Its registry name.
        name: String,
        /// Its Ed25519 public key, base64.
        public_key: String,
        /// Its store holds fictional demonstration records only.
        demo: bool,
        /// Consent id → from when its data may be shared.
        shareable: HashMap<String, Option<String>>,
    },
    /// The device's next events, in order, each with the consent it belongs to
    /// as stored beside it (checked against the sealed body before use), or
    /// none at all (each consent is then read from its event's body).
    Events(Vec<SealedEvent>, Vec<String>),
}

/// Writes a JSON Lines export of the devices and events `produce` hands on, in
/// order, on a second thread while `produce` reads on.
pub fn export_lines<E: From<ExportError>>(
    now: Timestamp,
    out: &mut (dyn Write + Send),
    produce: impl FnOnce(&mut dyn FnMut(DeviceLines) -> Result<(), E>) -> Result<(), E>,
) -> Result<ExportSummary, E> {
    let mut lines = LinesWriter::new(now);
    let written = write_beside(out, produce, |piece, out| lines.write(piece, out))?;
    out.flush().map_err(ExportError::from)?;
    Ok(ExportSummary { written })
}

/// Writes [`DeviceLines`] in order: each device's header, then its events with
/// the sharing its header brought.
struct LinesWriter {
    now: Timestamp,
    shareable: HashMap<String, Option<String>>,
    line: Vec<u8>,
}

impl LinesWriter {
    fn new(now: Timestamp) -> Self {
        Self {
            now,
            shareable: HashMap::new(),
            line: Vec::new(),
        }
    }

    /// Writes `piece`; returns the events written.
    fn write(&mut self, piece: DeviceLines, out: &mut dyn Write) -> Result<usize, ExportError> {
        match piece {
            DeviceLines::Device {
                name,
                public_key,
                demo,
                shareable,
            } => {
                let header = jsonl::header(public_key, self.now, None, demo, Some(name));
                jsonl::write_header(&header, out)?;
                self.shareable = shareable;
                Ok(0)
            }
            DeviceLines::Events(events, owners) => {
                for (index, sealed) in events.iter().enumerate() {
                    let owner = owners.get(index).map(String::as_str);
                    jsonl::write_line(&sealed.row(owner), &self.shareable, &mut self.line, out)?;
                }
                Ok(events.len())
            }
        }
    }
}
