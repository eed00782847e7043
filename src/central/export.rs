//! `central export`: the device export formats across every device, read in one
//! snapshot (a read-only transaction), each device's consents replayed from its
//! stored events with the library's projection, every device through one pipeline.

use std::io::Write;

use postgres::{Client, Transaction};

use crate::consent::Timestamp;
use crate::export::{
    DeviceChain, DeviceLines, ExportFormat, ExportSummary, export_devices, export_lines,
};
use crate::store::overlap::overlapped_reading_ahead;
use crate::store::{Projection, SealedEvent};

use super::CentralError;
use super::intake::{for_each_event_batch_with_owners, for_each_stored_batch};

/// What the reading thread hands on: a device's events, batch by batch, then the
/// end of that device.
enum Piece<T> {
    Events(usize, Vec<SealedEvent>, T),
    End(usize),
}

/// Writes every device's records in `format` to `out`.
///
/// Each device is written (on a second thread) as soon as its last event is
/// applied, while the next devices are read: the export holds a few devices in
/// memory, never the whole database.
pub fn export(
    client: &mut Client,
    format: ExportFormat,
    now: Timestamp,
    out: &mut (dyn Write + Send),
) -> Result<ExportSummary, CentralError> {
    super::schema::require_current(client)?;
    let mut tx = client
        .build_transaction()
        .read_only(true)
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .start()?;
    let rows = tx.query(
        "SELECT device_id, name, public_key, demo FROM devices ORDER BY name",
        &[],
    )?;
    if format == ExportFormat::Jsonl && sharing_known(&mut tx)? {
        let summary = lines_from_read_model(&mut tx, &rows, now, out)?;
        tx.commit()?;
        return Ok(summary);
    }
    let keep_events = format == ExportFormat::Jsonl;
    let ids: Vec<i64> = rows.iter().map(|row| row.get(0)).collect();
    let mut devices: Vec<Option<DeviceChain>> = rows
        .iter()
        .map(|row| {
            Some(DeviceChain {
                name: row.get(1),
                public_key: row.get(2),
                demo: row.get(3),
                projection: Projection::default(),
                events: Vec::new(),
            })
        })
        .collect();
    export_devices(format, now, out, |send| {
        // One pipeline for every device: the next rows (of this device or the
        // next) are read while the batch before is parsed on every core.
        overlapped_reading_ahead(
            |feed| {
                for (index, &device_id) in ids.iter().enumerate() {
                    for_each_stored_batch(&mut tx, "events", device_id, |batch| {
                        feed(Piece::Events(index, batch, ()))
                    })?;
                    feed(Piece::End(index))?;
                }
                Ok(())
            },
            |piece| match piece {
                Piece::Events(index, batch, ()) => {
                    let mut parsed = Projection::parse_batch(&batch);
                    // As a device's export does: no export writes the words shown.
                    for event in parsed.iter_mut().flatten() {
                        crate::store::drop_shown_words(event);
                    }
                    Piece::Events(index, batch, parsed)
                }
                Piece::End(index) => Piece::End(index),
            },
            |piece| {
                match piece {
                    Piece::Events(index, batch, parsed) => {
                        if let Some(Some(device)) = devices.get_mut(index) {
                            device.projection.apply_parsed(&batch, parsed)?;
                            if keep_events {
                                device.events.extend(batch);
                            }
                        }
                    }
                    Piece::End(index) => {
                        if let Some(device) = devices.get_mut(index).and_then(Option::take) {
                            send(device)?;
                        }
                    }
                }
                Ok(())
            },
        )?;
        tx.commit()?;
        Ok(())
    })
}

/// Whether the read model says, for every consent, whether and from when its
/// data may leave the centre (rows written before it kept this do not).
fn sharing_known(tx: &mut Transaction<'_>) -> Result<bool, CentralError> {
    Ok(tx
        .query_one(
            "SELECT NOT EXISTS (SELECT 1 FROM consents WHERE shares_outside IS NULL)",
            &[],
        )?
        .get(0))
}

/// JSON Lines with each consent's sharing from the read model: the sealed events
/// are copied as they are read, each device's after its header, with no replay
/// (`central verify` checks the read model against the events).
fn lines_from_read_model(
    tx: &mut Transaction<'_>,
    devices: &[postgres::Row],
    now: Timestamp,
    out: &mut (dyn Write + Send),
) -> Result<ExportSummary, CentralError> {
    export_lines(now, out, |send| {
        for device in devices {
            let device_id: i64 = device.get(0);
            let shareable = tx
                .query(
                    "SELECT consent_id, shareable_from FROM consents
                     WHERE device_id = $1 AND shares_outside",
                    &[&device_id],
                )?
                .iter()
                .map(|row| (row.get(0), row.get(1)))
                .collect();
            send(DeviceLines::Device {
                name: device.get(1),
                public_key: device.get(2),
                demo: device.get(3),
                shareable,
            })?;
            for_each_event_batch_with_owners(tx, device_id, |batch, owners| {
                send(DeviceLines::Events(batch, owners))
            })?;
        }
        Ok(())
    })
}
