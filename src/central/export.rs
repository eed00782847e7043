//! `central export`: the device export formats across every device, read in one
//! snapshot (a read-only transaction), each device's consents replayed from its
//! stored events with the library's projection, every device through one pipeline.

use std::io::Write;

use postgres::Client;

use crate::consent::Timestamp;
use crate::export::{DeviceChain, ExportFormat, ExportSummary, export_devices};
use crate::store::overlap::{overlapped, read_ahead};
use crate::store::{Projection, SealedEvent};

use super::CentralError;
use super::intake::for_each_stored_batch;

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
        overlapped(
            |feed| {
                read_ahead(
                    |ahead| {
                        for (index, &device_id) in ids.iter().enumerate() {
                            for_each_stored_batch(&mut tx, "events", device_id, |batch| {
                                ahead(Piece::Events(index, batch, ()))
                            })?;
                            ahead(Piece::End(index))?;
                        }
                        Ok(())
                    },
                    feed,
                )
            },
            |piece| match piece {
                Piece::Events(index, batch, ()) => {
                    let parsed = Projection::parse_batch(&batch);
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
