//! The device side of central sync: pushes every sealed event and audit entry the
//! central database has not accepted yet, in order, in batches.
//!
//! `client` speaks the intake's HTTP protocol (`crate::central::wire`);
//! `background` is the kiosk's sync thread.

pub mod background;
mod client;

use crate::central::wire::{Heads, PushRequest, WireEvent};
use crate::store::keys::public_key_base64;
use crate::store::{SealedEvent, Store, StoreError};

pub use client::{CentralClient, SyncError};

/// Events per request: a few MB of JSON, and a quick transaction centrally.
pub const BATCH: usize = 2_000;

/// What a sync sent and where the central chains now stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncReport {
    /// The device's name in the central registry.
    pub device: String,
    /// Consent events sent.
    pub sent_events: usize,
    /// Audit entries sent.
    pub sent_audit: usize,
    /// Of those, newly stored centrally.
    pub stored: u64,
    /// Of those, already there (sent again to find where the chains part).
    pub already: u64,
    /// The central heads after the last request.
    pub heads: Heads,
    /// This device holds fewer events than the central database has from it
    /// (restored from an older backup?): nothing can be sent until staff look.
    pub behind: bool,
}

/// Pushes everything not yet accepted. A refusal (fork, broken event, unknown or
/// revoked device) stops the sync and is returned as [`SyncError::Refused`].
pub fn sync(store: &Store, client: &CentralClient) -> Result<SyncReport, SyncError> {
    let public_key = public_key_base64(store.public_key());
    let heads = client.heads(&public_key)?;
    // Sent again from the start when this device's event at the central head is
    // not the one accepted: the central side then finds the fork and keeps it aside.
    let mut events_from = resume_point(
        store.events_after(heads.events.seq - 1, 1)?,
        &heads.events.hash,
        heads.events.seq,
    );
    let mut audit_from = resume_point(
        store.audit_after(heads.audit.seq - 1, 1)?,
        &heads.audit.hash,
        heads.audit.seq,
    );
    let behind = store.event_count() < heads.events.seq || store.audit_count() < heads.audit.seq;
    let mut report = SyncReport {
        device: heads.device.clone(),
        sent_events: 0,
        sent_audit: 0,
        stored: 0,
        already: 0,
        heads,
        behind,
    };
    loop {
        let events = store.events_after(events_from, BATCH)?;
        let audit = store.audit_after(audit_from, BATCH)?;
        if events.is_empty() && audit.is_empty() {
            return Ok(report);
        }
        let request = PushRequest {
            public_key: public_key.clone(),
            demo: store.is_demo(),
            events: events.iter().map(WireEvent::from).collect(),
            audit: audit.iter().map(WireEvent::from).collect(),
        };
        let heads = client.push(&request)?;
        events_from = last_seq(&events, events_from);
        audit_from = last_seq(&audit, audit_from);
        report.sent_events += events.len();
        report.sent_audit += audit.len();
        report.stored += heads.stored;
        report.already += heads.already;
        report.heads = heads;
    }
}

fn resume_point(local: Vec<SealedEvent>, central_hash: &str, central_seq: i64) -> i64 {
    if central_seq == 0 {
        return 0;
    }
    match local.first() {
        Some(event) if event.hash == central_hash => central_seq,
        _ => 0,
    }
}

fn last_seq(sent: &[SealedEvent], before: i64) -> i64 {
    sent.last().map_or(before, |e| e.seq)
}

impl From<StoreError> for SyncError {
    fn from(error: StoreError) -> Self {
        SyncError::Store(error)
    }
}
