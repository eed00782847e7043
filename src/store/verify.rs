//! `verify`: the whole log checked, event by event.

use std::collections::BTreeMap;

use crate::consent::Timestamp;
use ed25519_dalek::VerifyingKey;

use super::chain::{ChainHead, prepare_events, settle_events};
use super::keys::public_key_base64;
use super::{DeviceKey, Projection, Store, StoreError};

/// The first event found broken, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// Its position in the log.
    pub seq: i64,
    /// What is wrong, in words.
    pub why: String,
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// Events checked before stopping (all of them when intact).
    pub events_checked: i64,
    /// Consents in the log.
    pub consents: usize,
    /// Consents per state (at the time `verify` was given).
    pub states: BTreeMap<&'static str, usize>,
    /// The first broken event, if any.
    pub broken: Option<Broken>,
    /// Audit entries checked.
    pub audit_checked: i64,
    /// The first broken audit entry, if any.
    pub audit_broken: Option<Broken>,
    /// Pages of the database that fail their check (then nothing else was read).
    pub damaged: Vec<String>,
    /// The public key stored in the database is not the one expected.
    pub key_problem: Option<String>,
}

impl VerifyReport {
    /// Whether everything checked out.
    pub fn is_intact(&self) -> bool {
        self.broken.is_none()
            && self.audit_broken.is_none()
            && self.damaged.is_empty()
            && self.key_problem.is_none()
    }
}

const BATCH: usize = 8_192;

/// Checks every page first, then the keys, then seals in batches on every core, then the chain and
/// the rules in order; stops at the first problem.
///
/// With `expected`, every seal is checked with that key rather than the one stored in
/// the database, which whoever changed the database could have replaced.
pub(super) fn verify(
    store: &Store,
    now: Timestamp,
    expected: Option<&VerifyingKey>,
) -> Result<VerifyReport, StoreError> {
    let damaged = super::damaged_pages(&store.conn);
    if !damaged.is_empty() {
        return Ok(VerifyReport {
            events_checked: 0,
            consents: 0,
            states: BTreeMap::new(),
            broken: None,
            audit_checked: 0,
            audit_broken: None,
            damaged,
            key_problem: None,
        });
    }
    let key_problem = key_problem(store, expected);
    let public_key = expected.copied().unwrap_or(*store.public_key());
    let mut projection = Projection::default();
    let mut head = ChainHead::default();
    let mut broken: Option<Broken> = None;

    // While the next batch is read, the one before has its seals checked and its
    // bodies parsed on every core; the chain and the rules are settled here, in order.
    store.for_each_prepared(
        BATCH,
        |batch| {
            let prepared = prepare_events(&batch, &public_key);
            (batch, prepared)
        },
        |(batch, prepared)| {
            if broken.is_none()
                && let Err(found) = settle_events(&batch, prepared, &mut head, &mut projection)
            {
                broken = Some(found);
            }
            Ok(())
        },
    )?;

    let mut states = BTreeMap::new();
    for consent in projection.consents() {
        *states.entry(consent.state_at(now).name()).or_default() += 1;
    }
    let (audit_checked, audit_broken) = super::audit::verify(store)?;
    Ok(VerifyReport {
        events_checked: head.seq,
        consents: projection.consents().len(),
        states,
        broken,
        audit_checked,
        audit_broken,
        damaged,
        key_problem,
    })
}

/// The stored public key against the one given and against `device.key` when present.
fn key_problem(store: &Store, expected: Option<&VerifyingKey>) -> Option<String> {
    let stored = store.public_key();
    if let Some(expected) = expected
        && expected != stored
    {
        return Some(format!(
            "the public key stored in the database ({}) is not the one given ({})",
            public_key_base64(stored),
            public_key_base64(expected)
        ));
    }
    let path = store.paths().device_key();
    if !path.exists() {
        return None;
    }
    match DeviceKey::load(&path) {
        Ok(device) if device.public_key() != *stored => Some(format!(
            "{} does not match the public key stored in the database ({}): one of them was replaced",
            path.display(),
            public_key_base64(stored)
        )),
        Ok(_) => None,
        Err(error) => Some(format!("the device key cannot be checked: {error}")),
    }
}
