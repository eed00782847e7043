//! Checking a run of sealed events against the one before it: order, links, hashes,
//! signatures, and (for consent events) the lifecycle rules. `verify` on a device and
//! the central intake and `central verify` all check through here, so the three can
//! never disagree about what an intact chain is.
//!
//! Signatures are checked in Ed25519 batches (`seal::check_all`); a batch that
//! fails is checked again signature by signature, so the event named is always the
//! first one that fails on its own.

use ed25519_dalek::VerifyingKey;

use crate::consent::{AuditEvent, ConsentEvent};

use super::seal::check_all;
use super::verify::Broken;
use super::{GENESIS_HASH, Projection, SealError, SealedEvent, StoreError};

/// Where a chain stands: the next sequence number expected and the hash it must link to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainHead {
    /// The last event checked (0 before the first).
    pub seq: i64,
    /// Its hash ([`GENESIS_HASH`] before the first).
    pub hash: String,
}

impl Default for ChainHead {
    fn default() -> Self {
        Self {
            seq: 0,
            hash: GENESIS_HASH.to_owned(),
        }
    }
}

/// A batch's work that needs no order: every seal checked (signatures by Ed25519
/// batch verification on every core) and every body parsed. [`settle_events`] then
/// walks the chain and the rules in order.
#[derive(Debug)]
pub struct PreparedEvents {
    seals: Vec<Result<(), SealError>>,
    parsed: Vec<Result<ConsentEvent, StoreError>>,
}

impl PreparedEvents {
    /// The consent each event names, in order (empty where its body did not parse:
    /// settling the batch then refuses it).
    pub fn consent_ids(&self) -> Vec<String> {
        super::projection::owners(&self.parsed)
    }
}

/// The order-free part of checking `batch` with `key`, on every core.
pub fn prepare_events(batch: &[SealedEvent], key: &VerifyingKey) -> PreparedEvents {
    let (seals, parsed) = rayon::join(|| check_all(batch, key), || Projection::parse_batch(batch));
    PreparedEvents { seals, parsed }
}

/// Checks `batch` (consecutive events expected after `head`) with `key`: seals in
/// parallel, then the chain in order, then the rules through `projection`. On
/// success `head` has moved to the batch's last event; on failure the first broken
/// event is named, and `projection` may hold part of the batch (discard it).
pub fn check_events(
    batch: &[SealedEvent],
    key: &VerifyingKey,
    head: &mut ChainHead,
    projection: &mut Projection,
) -> Result<(), Broken> {
    settle_events(batch, prepare_events(batch, key), head, projection)
}

/// The ordered part of [`check_events`], for a batch already given to
/// [`prepare_events`] (possibly on another thread, while the next batch was read).
pub fn settle_events(
    batch: &[SealedEvent],
    prepared: PreparedEvents,
    head: &mut ChainHead,
    projection: &mut Projection,
) -> Result<(), Broken> {
    check_links(batch, prepared.seals, head)?;
    match projection.apply_parsed(batch, prepared.parsed) {
        Ok(()) => Ok(()),
        Err(StoreError::Corrupt { seq, why }) => Err(Broken { seq, why }),
        Err(other) => Err(Broken {
            seq: batch.first().map_or(0, |e| e.seq),
            why: other.to_string(),
        }),
    }
}

/// Checks a run of audit entries after `head`: the same seals and links, and that
/// each body is an audit entry.
pub fn check_audit(
    batch: &[SealedEvent],
    key: &VerifyingKey,
    head: &mut ChainHead,
) -> Result<(), Broken> {
    let start = head.clone();
    check_links(batch, check_all(batch, key), head)?;
    for sealed in batch {
        if let Err(e) = serde_json::from_str::<AuditEvent>(&sealed.body) {
            *head = start;
            return Err(Broken {
                seq: sealed.seq,
                why: format!("its body is not an audit entry: {e}"),
            });
        }
    }
    Ok(())
}

/// Links (in order), given each event's seal check; moves `head` only over events
/// that check.
fn check_links(
    batch: &[SealedEvent],
    seals: Vec<Result<(), SealError>>,
    head: &mut ChainHead,
) -> Result<(), Broken> {
    for (sealed, seal) in batch.iter().zip(seals) {
        let expected_seq = head.seq + 1;
        let problem = if sealed.seq != expected_seq {
            Some(format!(
                "expected event {expected_seq} here: an event is missing"
            ))
        } else if sealed.prev_hash != head.hash {
            Some("it does not chain to the event before it (prev_hash differs)".to_owned())
        } else if let Err(e) = seal {
            Some(e.to_string())
        } else {
            None
        };
        if let Some(why) = problem {
            return Err(Broken {
                seq: sealed.seq,
                why,
            });
        }
        head.seq = sealed.seq;
        head.hash.clone_from(&sealed.hash);
    }
    Ok(())
}
