//! The device registry: which kiosks may push, by their public key.

use postgres::Client;

use crate::store::keys::{parse_public_key, public_key_base64};

use super::CentralError;

/// One enrolled device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    /// The registry's number for it.
    pub device_id: i64,
    /// The name staff gave it.
    pub name: String,
    /// Its Ed25519 public key, base64.
    pub public_key: String,
    /// Who enrolled it.
    pub enrolled_by: String,
    /// Whether it was revoked.
    pub revoked: bool,
    /// The last accepted consent event.
    pub head_seq: i64,
    /// The last accepted audit entry.
    pub audit_head_seq: i64,
}

/// Enrols a device: from now on its pushes are accepted.
pub fn enrol(
    client: &mut Client,
    name: &str,
    public_key: &str,
    by: &str,
) -> Result<Device, CentralError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(CentralError::EmptyName);
    }
    // Stored in the one form `keys show` prints, so lookups by key always match.
    let key = parse_public_key(public_key.trim()).ok_or(CentralError::BadPublicKey)?;
    let key = public_key_base64(&key);
    let mut tx = client.transaction()?;
    let clash = tx.query_opt(
        "SELECT name FROM devices WHERE name = $1 OR public_key = $2",
        &[&name, &key],
    )?;
    if let Some(row) = clash {
        return Err(CentralError::AlreadyEnrolled(row.get(0)));
    }
    let row = tx.query_one(
        "INSERT INTO devices (name, public_key, enrolled_by) VALUES ($1, $2, $3) RETURNING device_id",
        &[&name, &key, &by],
    )?;
    tx.commit()?;
    Ok(Device {
        device_id: row.get(0),
        name: name.to_owned(),
        public_key: key,
        enrolled_by: by.to_owned(),
        revoked: false,
        head_seq: 0,
        audit_head_seq: 0,
    })
}

/// Revokes a device: its pushes are refused from now on; what it sent stays.
pub fn revoke(client: &mut Client, name: &str, by: &str) -> Result<(), CentralError> {
    let changed = client.execute(
        "UPDATE devices SET revoked_at = now(), revoked_by = $2 WHERE name = $1 AND revoked_at IS NULL",
        &[&name, &by],
    )?;
    if changed == 0 {
        let exists = client
            .query_opt("SELECT 1 FROM devices WHERE name = $1", &[&name])?
            .is_some();
        if !exists {
            return Err(CentralError::NoSuchDevice(name.to_owned()));
        }
    }
    Ok(())
}

/// Every enrolled device, by name.
pub fn list(client: &mut Client) -> Result<Vec<Device>, CentralError> {
    let rows = client.query(
        "SELECT device_id, name, public_key, enrolled_by, revoked_at IS NOT NULL, head_seq, audit_head_seq
         FROM devices ORDER BY name",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|row| Device {
            device_id: row.get(0),
            name: row.get(1),
            public_key: row.get(2),
            enrolled_by: row.get(3),
            revoked: row.get(4),
            head_seq: row.get(5),
            audit_head_seq: row.get(6),
        })
        .collect())
}
