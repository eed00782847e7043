//! `central export`: the device export formats across every device, read in one
//! snapshot (a read-only transaction), each device's consents replayed from its
//! stored events with the library's projection, every device through one pipeline.

use std::io::Write;

use postgres::Client;

use crate::consent::Timestamp;
use crate::export::{DeviceChain, ExportFormat, ExportSummary, export_devices};
use crate::store::Projection;
use crate::store::overlap::overlapped;

use super::CentralError;
use super::intake::for_each_stored_batch;

/// Writes every device's records in `format` to `out`.
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
    let mut devices: Vec<DeviceChain> = rows
        .iter()
        .map(|row| DeviceChain {
            name: row.get(1),
            public_key: row.get(2),
            demo: row.get(3),
            projection: Projection::default(),
            events: Vec::new(),
        })
        .collect();
    // One pipeline for every device: the next rows (of this device or the next)
    // are read while the batch before is parsed on every core.
    overlapped(
        |feed| {
            for (index, &device_id) in ids.iter().enumerate() {
                for_each_stored_batch(&mut tx, "events", device_id, |batch| feed((index, batch)))?;
            }
            Ok(())
        },
        |(index, batch)| {
            let parsed = Projection::parse_batch(&batch);
            (index, batch, parsed)
        },
        |(index, batch, parsed)| {
            let Some(device) = devices.get_mut(index) else {
                return Ok(());
            };
            device.projection.apply_parsed(&batch, parsed)?;
            if keep_events {
                device.events.extend(batch);
            }
            Ok(())
        },
    )?;
    tx.commit()?;
    Ok(export_devices(&devices, format, now, out)?)
}
