//! `central export`: the device export formats across every device, read in one
//! snapshot (a read-only transaction), each device's consents replayed from its
//! stored events with the library's projection.

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
    let mut devices = Vec::with_capacity(rows.len());
    for row in rows {
        let device_id: i64 = row.get(0);
        let mut projection = Projection::default();
        let mut events = Vec::new();
        // The next rows are read while the batch before is parsed on every core.
        overlapped(
            |feed| for_each_stored_batch(&mut tx, "events", device_id, feed),
            |batch| {
                let parsed = Projection::parse_batch(&batch);
                (batch, parsed)
            },
            |(batch, parsed)| {
                projection.apply_parsed(&batch, parsed)?;
                if keep_events {
                    events.extend(batch);
                }
                Ok(())
            },
        )?;
        devices.push(DeviceChain {
            name: row.get(1),
            public_key: row.get(2),
            demo: row.get(3),
            projection,
            events,
        });
    }
    tx.commit()?;
    Ok(export_devices(&devices, format, now, out)?)
}
