//! The audit log: what staff did in the console, sealed in its own chain exactly
//! as consent events are, and append-only like them.

use rusqlite::{Connection, params};

use crate::consent::AuditEvent;

use super::seal::{GENESIS_HASH, SealedEvent};
use super::verify::Broken;
use super::{Head, Store, StoreError, unix_millis};

impl Store {
    /// Seals and stores one audit entry.
    pub fn record_audit(&mut self, event: &AuditEvent) -> Result<SealedEvent, StoreError> {
        let key = self.device_key.as_ref().ok_or(StoreError::ReadOnly)?;
        // The same canonical form as consent events (see `seal::canonical_body`).
        let body = super::seal::canonical_body(event)?;
        let sealed = SealedEvent::seal(self.audit_head.seq + 1, body, &self.audit_head.hash, key);
        self.conn
            .prepare_cached(
                "INSERT INTO audit (seq, account_id, kind, recorded_at, body, prev_hash, hash, signature)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                sealed.seq,
                event.account_id(),
                event.kind(),
                unix_millis(event.at()),
                sealed.body,
                sealed.prev_hash,
                sealed.hash,
                &sealed.signature[..],
            ])?;
        self.audit_head = Head {
            seq: sealed.seq,
            hash: sealed.hash.clone(),
        };
        Ok(sealed)
    }

    /// Every audit entry, oldest first.
    pub fn audit_log(&self) -> Result<Vec<AuditEvent>, StoreError> {
        let mut entries = Vec::new();
        for sealed in read_all(&self.conn)? {
            entries.push(
                serde_json::from_str(&sealed.body).map_err(|e| StoreError::Corrupt {
                    seq: sealed.seq,
                    why: format!("audit entry: {e}"),
                })?,
            );
        }
        Ok(entries)
    }
}

fn read_all(conn: &Connection) -> Result<Vec<SealedEvent>, StoreError> {
    if !super::table_exists(conn, "audit")? {
        return Ok(Vec::new());
    }
    let mut statement =
        conn.prepare("SELECT seq, body, prev_hash, hash, signature FROM audit ORDER BY seq")?;
    let mut rows = statement.query([])?;
    let mut all = Vec::new();
    while let Some(row) = rows.next()? {
        all.push(super::sealed_from_row(row)?);
    }
    Ok(all)
}

/// Checks the audit chain: order, links, hashes, signatures, and that each body is an entry.
pub(super) fn verify(store: &Store) -> Result<(i64, Option<Broken>), StoreError> {
    let mut expected_prev = GENESIS_HASH.to_owned();
    let mut checked = 0;
    for sealed in read_all(&store.conn)? {
        let problem = if sealed.seq != checked + 1 {
            Some(format!(
                "expected audit entry {} here: one is missing",
                checked + 1
            ))
        } else if sealed.prev_hash != expected_prev {
            Some("it does not chain to the audit entry before it".to_owned())
        } else if let Err(e) = sealed.check(store.public_key()) {
            Some(e.to_string())
        } else if let Err(e) = serde_json::from_str::<AuditEvent>(&sealed.body) {
            Some(format!("its body is not an audit entry: {e}"))
        } else {
            None
        };
        if let Some(why) = problem {
            return Ok((
                checked,
                Some(Broken {
                    seq: sealed.seq,
                    why,
                }),
            ));
        }
        checked += 1;
        expected_prev = sealed.hash;
    }
    Ok((checked, None))
}

/// A concern the kiosk raised that no one has marked seen yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenConcern {
    /// Its id (what [`AuditEvent::ConcernSeen`] names).
    pub concern_id: String,
    /// What the person asked for.
    pub kind: crate::consent::ConcernKind,
    /// The kiosk screen it was asked from.
    pub screen: String,
    /// The language the person was reading.
    pub locale: String,
    /// When.
    pub at: crate::consent::Timestamp,
}

impl Store {
    /// Concerns raised at the kiosk and not yet marked seen, oldest first.
    pub fn open_concerns(&self) -> Result<Vec<OpenConcern>, StoreError> {
        let mut open: Vec<OpenConcern> = Vec::new();
        for entry in self.audit_log()? {
            match entry {
                AuditEvent::ConcernRaised {
                    concern_id,
                    kind,
                    screen,
                    locale,
                    at,
                    ..
                } => open.push(OpenConcern {
                    concern_id,
                    kind,
                    screen,
                    locale,
                    at,
                }),
                AuditEvent::ConcernSeen { concern_id, .. } => {
                    open.retain(|concern| concern.concern_id != concern_id);
                }
                _ => {}
            }
        }
        Ok(open)
    }
}
