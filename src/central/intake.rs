//! Accepting a batch from a device: checked with the library's chain checker from
//! the device's last accepted event, stored in one transaction, or refused whole.
//!
//! The device's registry row is locked (`SELECT … FOR UPDATE`) for the whole
//! transaction, so any number of intake processes can share one database: two
//! batches of one device are taken one after the other, and each links to the head
//! the other left.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use ed25519_dalek::VerifyingKey;
use postgres::{Client, Transaction};

use crate::consent::{ConsentId, Timestamp};
use crate::export::shareable_from_text;
use crate::store::chain::{ChainHead, check_audit, prepare_events, settle_events};
use crate::store::keys::{parse_public_key, public_key_base64};
use crate::store::{Projection, SealedEvent};

use super::CentralError;
use super::wire::{Heads, PushRequest, Refusal, WireEvent, WireHead};

/// Why a push was refused (each becomes an HTTP status in `serve`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalKind {
    /// No device is enrolled with this key.
    UnknownDevice,
    /// The device was revoked.
    Revoked,
    /// An event does not check (seal, chain or rules).
    Broken,
    /// A different event at an accepted sequence number: kept aside in `forks`.
    Fork,
    /// The request itself is malformed.
    BadRequest,
}

impl RefusalKind {
    /// The stable name used on the wire.
    pub fn name(self) -> &'static str {
        match self {
            Self::UnknownDevice => "unknown-device",
            Self::Revoked => "revoked",
            Self::Broken => "broken",
            Self::Fork => "fork",
            Self::BadRequest => "bad-request",
        }
    }
}

/// A refused push: its kind and what the device is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// Why.
    pub kind: RefusalKind,
    /// The answer's body.
    pub refusal: Refusal,
}

impl Refused {
    fn new(kind: RefusalKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            refusal: Refusal {
                error: kind.name().to_owned(),
                message: message.into(),
                chain: None,
                seq: None,
            },
        }
    }

    fn at(mut self, chain: &str, seq: i64) -> Self {
        self.refusal.chain = Some(chain.to_owned());
        self.refusal.seq = Some(seq);
        self
    }
}

/// Each device's consents as of its last accepted event, kept between batches so a
/// batch is checked against the rules without replaying the device's whole history.
#[derive(Debug)]
struct Cached {
    head: ChainHead,
    projection: Projection,
}

/// The intake: cheap to clone, shared by every request of one process.
#[derive(Debug, Clone, Default)]
pub struct Intake {
    cache: Arc<Mutex<HashMap<i64, Cached>>>,
}

/// The registry row of a device, as locked for a push.
struct DeviceRow {
    device_id: i64,
    name: String,
    key: VerifyingKey,
    revoked: bool,
    events: ChainHead,
    audit: ChainHead,
}

/// The environment variable naming a file the intake creates, once a batch is
/// written but not committed, before waiting for ever: lets a test kill the
/// process at exactly that moment. Never set in service.
#[doc(hidden)]
pub const HOLD_BEFORE_COMMIT_ENV: &str = "CONSENT_KIOSK_CENTRAL_HOLD_BEFORE_COMMIT";

impl Intake {
    /// Where the device's chains stand centrally.
    pub fn heads(
        &self,
        client: &mut Client,
        public_key: &str,
    ) -> Result<Result<Heads, Refused>, CentralError> {
        let mut tx = client.transaction()?;
        let device = match usable_device(&mut tx, public_key, false)? {
            Ok(device) => device,
            Err(refused) => return Ok(Err(refused)),
        };
        Ok(Ok(heads_of(&device, 0, 0)))
    }

    /// Checks and stores one batch, in one transaction; answers with the new heads.
    pub fn push(
        &self,
        client: &mut Client,
        request: &PushRequest,
        now: Timestamp,
    ) -> Result<Result<Heads, Refused>, CentralError> {
        let (Some(events), Some(audit)) = (sealed_all(&request.events), sealed_all(&request.audit))
        else {
            return Ok(Err(Refused::new(
                RefusalKind::BadRequest,
                "a signature is not 64 bytes of base64",
            )));
        };
        let mut tx = client.transaction()?;
        let mut device = match usable_device(&mut tx, &request.public_key, true)? {
            Ok(device) => device,
            Err(refused) => return Ok(Err(refused)),
        };

        // Events already accepted must be the very same; a different one is a fork.
        let (old_events, new_events) = split_at_head(&events, device.events.seq);
        let (old_audit, new_audit) = split_at_head(&audit, device.audit.seq);
        for (chain, old, table) in [
            ("events", old_events, "events"),
            ("audit", old_audit, "audit_events"),
        ] {
            if let Some(fork_seq) = first_difference(&mut tx, table, device.device_id, old)? {
                let forked: Vec<&SealedEvent> = old.iter().filter(|e| e.seq >= fork_seq).collect();
                keep_fork(&mut tx, device.device_id, chain, table, &forked)?;
                tx.commit()?;
                return Ok(Err(Refused::new(
                    RefusalKind::Fork,
                    format!(
                        "event {fork_seq} of {chain} differs from the one already accepted from {}: nothing of this batch was stored; the differing events are kept aside for staff",
                        device.name
                    ),
                )
                .at(chain, fork_seq)));
            }
        }
        let already = (old_events.len() + old_audit.len()) as u64;

        let mut cached = self.take_cached(&mut tx, &device)?;
        let prepared = prepare_events(new_events, &device.key);
        // Each event's consent, from the parse the check needs anyway: for the index
        // column and the read model.
        let owners = prepared.consent_ids();
        if let Err(broken) = settle_events(
            new_events,
            prepared,
            &mut cached.head,
            &mut cached.projection,
        ) {
            return Ok(Err(Refused::new(
                RefusalKind::Broken,
                format!("event {}: {}", broken.seq, broken.why),
            )
            .at("events", broken.seq)));
        }
        let mut audit_head = device.audit.clone();
        if let Err(broken) = check_audit(new_audit, &device.key, &mut audit_head) {
            return Ok(Err(Refused::new(
                RefusalKind::Broken,
                format!("audit entry {}: {}", broken.seq, broken.why),
            )
            .at("audit", broken.seq)));
        }

        insert_events(&mut tx, device.device_id, new_events, &owners)?;
        insert_audit(&mut tx, device.device_id, new_audit)?;
        let relinked = cached.projection.take_relinked();
        update_read_model(
            &mut tx,
            device.device_id,
            new_events,
            &owners,
            &relinked,
            &cached.projection,
            now,
        )?;
        tx.execute(
            "UPDATE devices SET head_seq = $2, head_hash = $3, audit_head_seq = $4,
                audit_head_hash = $5, last_accepted_at = now(), demo = $6
             WHERE device_id = $1",
            &[
                &device.device_id,
                &cached.head.seq,
                &cached.head.hash,
                &audit_head.seq,
                &audit_head.hash,
                &request.demo,
            ],
        )?;
        hold_before_commit(new_events.len() + new_audit.len());
        tx.commit()?;
        device.events = cached.head.clone();
        device.audit = audit_head;
        let stored = (new_events.len() + new_audit.len()) as u64;
        self.cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(device.device_id, cached);
        Ok(Ok(heads_of(&device, stored, already)))
    }

    /// The device's projection at its head: from the cache when it is current there,
    /// else replayed from the stored events (another process may have moved it on).
    fn take_cached(
        &self,
        tx: &mut Transaction<'_>,
        device: &DeviceRow,
    ) -> Result<Cached, CentralError> {
        let cached = self
            .cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&device.device_id);
        if let Some(cached) = cached
            && cached.head == device.events
        {
            return Ok(cached);
        }
        let mut projection = Projection::default();
        let mut head = ChainHead::default();
        for_each_stored_batch(tx, "events", device.device_id, |batch| {
            // Stored events were checked on arrival; `central verify` re-checks them.
            projection.apply_batch(&batch).map_err(CentralError::from)?;
            if let Some(last) = batch.last() {
                head.seq = last.seq;
                head.hash.clone_from(&last.hash);
            }
            Ok(())
        })?;
        // Rows of the stored events are already written.
        projection.take_relinked();
        Ok(Cached { head, projection })
    }
}

fn heads_of(device: &DeviceRow, stored: u64, already: u64) -> Heads {
    Heads {
        device: device.name.clone(),
        events: WireHead {
            seq: device.events.seq,
            hash: device.events.hash.clone(),
        },
        audit: WireHead {
            seq: device.audit.seq,
            hash: device.audit.hash.clone(),
        },
        stored,
        already,
    }
}

fn sealed_all(events: &[WireEvent]) -> Option<Vec<SealedEvent>> {
    events.iter().map(WireEvent::sealed).collect()
}

/// The device with this key, locked when `lock`, refused when unknown or revoked.
fn usable_device(
    tx: &mut Transaction<'_>,
    public_key: &str,
    lock: bool,
) -> Result<Result<DeviceRow, Refused>, CentralError> {
    let Some(key) = parse_public_key(public_key) else {
        return Ok(Err(Refused::new(
            RefusalKind::BadRequest,
            "the public key is not 32 bytes of base64",
        )));
    };
    let sql = format!(
        "SELECT device_id, name, revoked_at IS NOT NULL, head_seq, head_hash, audit_head_seq, audit_head_hash
         FROM devices WHERE public_key = $1{}",
        if lock { " FOR UPDATE" } else { "" }
    );
    let Some(row) = tx.query_opt(&sql, &[&public_key_base64(&key)])? else {
        return Ok(Err(Refused::new(
            RefusalKind::UnknownDevice,
            "no device is enrolled with this public key: enrol it first (consent-kiosk central enrol)",
        )));
    };
    let device = DeviceRow {
        device_id: row.get(0),
        name: row.get(1),
        key,
        revoked: row.get(2),
        events: ChainHead {
            seq: row.get(3),
            hash: row.get(4),
        },
        audit: ChainHead {
            seq: row.get(5),
            hash: row.get(6),
        },
    };
    if device.revoked {
        return Ok(Err(Refused::new(
            RefusalKind::Revoked,
            format!(
                "the device {} was revoked: nothing from it is accepted",
                device.name
            ),
        )));
    }
    Ok(Ok(device))
}

/// The events at or below `head` (sent again) and those after it.
fn split_at_head(events: &[SealedEvent], head: i64) -> (&[SealedEvent], &[SealedEvent]) {
    let split = events.partition_point(|e| e.seq <= head);
    events.split_at(split)
}

/// The first of `old` whose hash or signature differs from the accepted one.
fn first_difference(
    tx: &mut Transaction<'_>,
    table: &str,
    device_id: i64,
    old: &[SealedEvent],
) -> Result<Option<i64>, CentralError> {
    let (Some(first), Some(last)) = (old.first(), old.last()) else {
        return Ok(None);
    };
    let rows = tx.query(
        &format!(
            "SELECT seq, hash, signature FROM {table} WHERE device_id = $1 AND seq BETWEEN $2 AND $3"
        ),
        &[&device_id, &first.seq, &last.seq],
    )?;
    let accepted: HashMap<i64, (String, Vec<u8>)> = rows
        .iter()
        .map(|row| (row.get(0), (row.get(1), row.get(2))))
        .collect();
    Ok(old
        .iter()
        .find(|event| {
            accepted.get(&event.seq).is_none_or(|(hash, signature)| {
                *hash != event.hash || signature.as_slice() != event.signature.as_slice()
            })
        })
        .map(|event| event.seq))
}

fn keep_fork(
    tx: &mut Transaction<'_>,
    device_id: i64,
    chain: &str,
    table: &str,
    forked: &[&SealedEvent],
) -> Result<(), CentralError> {
    let insert = tx.prepare(&format!(
        "INSERT INTO forks (device_id, chain, seq, body, prev_hash, hash, signature, accepted_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7,
                 (SELECT hash FROM {table} WHERE device_id = $1 AND seq = $3))
         ON CONFLICT (device_id, chain, seq, hash) DO NOTHING"
    ))?;
    for event in forked {
        tx.execute(
            &insert,
            &[
                &device_id,
                &chain,
                &event.seq,
                &event.body,
                &event.prev_hash,
                &event.hash,
                &event.signature.as_slice(),
            ],
        )?;
    }
    Ok(())
}

/// A batch as the columns of one multi-row insert.
struct Columns<'a> {
    seqs: Vec<i64>,
    bodies: Vec<&'a str>,
    prevs: Vec<&'a str>,
    hashes: Vec<&'a str>,
    signatures: Vec<&'a [u8]>,
}

fn columns(events: &[SealedEvent]) -> Columns<'_> {
    Columns {
        seqs: events.iter().map(|e| e.seq).collect(),
        bodies: events.iter().map(|e| e.body.as_str()).collect(),
        prevs: events.iter().map(|e| e.prev_hash.as_str()).collect(),
        hashes: events.iter().map(|e| e.hash.as_str()).collect(),
        signatures: events.iter().map(|e| e.signature.as_slice()).collect(),
    }
}

/// One statement for the whole batch: arrays unnested server-side.
fn insert_events(
    tx: &mut Transaction<'_>,
    device_id: i64,
    events: &[SealedEvent],
    owners: &[String],
) -> Result<(), CentralError> {
    if events.is_empty() {
        return Ok(());
    }
    let c = columns(events);
    tx.execute(
        "INSERT INTO events (device_id, seq, body, prev_hash, hash, signature, consent_id)
         SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::bytea[], $7::text[])",
        &[&device_id, &c.seqs, &c.bodies, &c.prevs, &c.hashes, &c.signatures, &owners],
    )?;
    Ok(())
}

fn insert_audit(
    tx: &mut Transaction<'_>,
    device_id: i64,
    events: &[SealedEvent],
) -> Result<(), CentralError> {
    if events.is_empty() {
        return Ok(());
    }
    let c = columns(events);
    tx.execute(
        "INSERT INTO audit_events (device_id, seq, body, prev_hash, hash, signature)
         SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::bytea[])",
        &[
            &device_id,
            &c.seqs,
            &c.bodies,
            &c.prevs,
            &c.hashes,
            &c.signatures,
        ],
    )?;
    Ok(())
}

/// Each consent the batch touched, as it now stands, in one upsert: those its
/// events name and the children whose household's parent it changed
/// (`relinked`), whose state follows the parent's without an event of their own.
fn update_read_model(
    tx: &mut Transaction<'_>,
    device_id: i64,
    events: &[SealedEvent],
    owners: &[String],
    relinked: &[ConsentId],
    projection: &Projection,
    now: Timestamp,
) -> Result<(), CentralError> {
    let mut last_seq: HashMap<&str, i64> = HashMap::new();
    for (event, owner) in events.iter().zip(owners) {
        if !owner.is_empty() {
            last_seq.insert(owner, event.seq);
        }
    }
    for id in relinked {
        if let Some(seq) = projection.last_seq(id) {
            last_seq.entry(id.as_str()).or_insert(seq);
        }
    }
    let mut ids = Vec::new();
    let mut references = Vec::new();
    let mut states = Vec::new();
    let mut seqs = Vec::new();
    let mut changed = Vec::new();
    let mut shares = Vec::new();
    let mut shareable_from = Vec::new();
    for (id, seq) in last_seq {
        let consent_id = ConsentId::from_stored(id.to_owned());
        let Some(consent) = projection.get(&consent_id) else {
            continue;
        };
        references.push(consent.reference.compact());
        states.push(consent.state_at(now).name());
        changed.push(projection.last_changed(&consent_id).unwrap_or(now));
        shares.push(consent.shares_outside());
        shareable_from.push(shareable_from_text(consent));
        seqs.push(seq);
        ids.push(consent_id.as_str().to_owned());
    }
    tx.execute(
        "INSERT INTO consents (consent_id, device_id, reference, state, state_as_of, last_seq,
                               last_event_at, shares_outside, shareable_from)
         SELECT c.id, $1, c.reference, c.state, $2, c.seq, c.changed, c.shares, c.shareable_from
         FROM unnest($3::text[], $4::text[], $5::text[], $6::bigint[], $7::timestamptz[],
                     $8::boolean[], $9::text[])
              AS c (id, reference, state, seq, changed, shares, shareable_from)
         ON CONFLICT (consent_id) DO UPDATE SET
             reference = EXCLUDED.reference, state = EXCLUDED.state,
             state_as_of = EXCLUDED.state_as_of, last_seq = EXCLUDED.last_seq,
             last_event_at = EXCLUDED.last_event_at,
             shares_outside = EXCLUDED.shares_outside,
             shareable_from = EXCLUDED.shareable_from
         WHERE consents.device_id = EXCLUDED.device_id",
        &[
            &device_id,
            &now,
            &ids,
            &references,
            &states,
            &seqs,
            &changed,
            &shares,
            &shareable_from,
        ],
    )?;
    Ok(())
}

/// Reads a device's stored chain (`events` or `audit_events`) in order, in batches.
///
/// The rows come through one binary `COPY` per device: PostgreSQL then sends them
/// without the per-row work of a query's result, and the signature needs no
/// escaping. `table` is one of our two table names and `device_id` a number, so
/// formatting them into the statement is safe (`COPY` takes no parameters).
pub(super) fn for_each_stored_batch(
    tx: &mut impl postgres::GenericClient,
    table: &str,
    device_id: i64,
    mut each: impl FnMut(Vec<SealedEvent>) -> Result<(), CentralError>,
) -> Result<(), CentralError> {
    copy_batches(tx, table, device_id, false, |batch, _| each(batch))
}

/// [`for_each_stored_batch`] of `events`, each event with the consent id
/// stored beside it.
pub(super) fn for_each_event_batch_with_owners(
    tx: &mut impl postgres::GenericClient,
    device_id: i64,
    each: impl FnMut(Vec<SealedEvent>, Vec<String>) -> Result<(), CentralError>,
) -> Result<(), CentralError> {
    copy_batches(tx, "events", device_id, true, each)
}

fn copy_batches(
    tx: &mut impl postgres::GenericClient,
    table: &str,
    device_id: i64,
    with_owners: bool,
    mut each: impl FnMut(Vec<SealedEvent>, Vec<String>) -> Result<(), CentralError>,
) -> Result<(), CentralError> {
    use postgres::binary_copy::BinaryCopyOutIter;
    use postgres::fallible_iterator::FallibleIterator;
    use postgres::types::Type;

    const BATCH: usize = 16_384;
    let owner = if with_owners { ", consent_id" } else { "" };
    let reader = tx.copy_out(&format!(
        "COPY (SELECT seq, body, prev_hash, hash, signature{owner} FROM {table}
               WHERE device_id = {device_id} ORDER BY seq) TO STDOUT (FORMAT binary)"
    ))?;
    let mut types = vec![Type::INT8, Type::TEXT, Type::TEXT, Type::TEXT, Type::BYTEA];
    if with_owners {
        types.push(Type::TEXT);
    }
    let mut rows = BinaryCopyOutIter::new(reader, &types);
    let mut batch = Vec::with_capacity(BATCH);
    let mut owners = Vec::new();
    while let Some(row) = rows.next()? {
        let signature: &[u8] = row.try_get(4)?;
        batch.push(SealedEvent {
            seq: row.try_get(0)?,
            body: row.try_get(1)?,
            prev_hash: row.try_get(2)?,
            hash: row.try_get(3)?,
            // A stored signature of another length fails its check as a zero one would.
            signature: signature.try_into().unwrap_or([0; 64]),
        });
        if with_owners {
            owners.push(row.try_get(5)?);
        }
        if batch.len() == BATCH {
            each(
                std::mem::replace(&mut batch, Vec::with_capacity(BATCH)),
                std::mem::take(&mut owners),
            )?;
        }
    }
    if !batch.is_empty() {
        each(batch, owners)?;
    }
    Ok(())
}

/// See [`HOLD_BEFORE_COMMIT_ENV`].
fn hold_before_commit(stored: usize) {
    let Some(path) = std::env::var_os(HOLD_BEFORE_COMMIT_ENV) else {
        return;
    };
    if stored == 0 {
        return;
    }
    if std::fs::write(&path, b"holding\n").is_ok() {
        loop {
            std::thread::sleep(std::time::Duration::from_secs(1));
        }
    }
}
