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

/// Checks every page (beside the rest, on a second connection), then the keys, then
/// seals in batches on every core, then the chain and the rules in order; reports
/// only the damage when pages are damaged, else the first broken event.
///
/// With `expected`, every seal is checked with that key rather than the one stored in
/// the database, which whoever changed the database could have replaced.
pub(super) fn verify(
    store: &Store,
    now: Timestamp,
    expected: Option<&VerifyingKey>,
) -> Result<VerifyReport, StoreError> {
    let public_key = expected.copied().unwrap_or(*store.public_key());
    // The pages are checked on a connection of their own while the chain is walked:
    // both read the whole file, and each leaves a core idle part of the time.
    let second = store.second_reader().ok();
    let (damaged, walked) = std::thread::scope(|scope| {
        let pages = second.map(|conn| scope.spawn(move || super::damaged_pages(&conn)));
        let walked = walk(store, &public_key);
        (pages.and_then(|pages| pages.join().ok()), walked)
    });
    // Without a second connection, the pages are checked here, after the walk.
    let damaged = damaged.unwrap_or_else(|| super::damaged_pages(&store.conn));
    if !damaged.is_empty() {
        // What the walk found on a damaged file is not worth reporting.
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
    let (head, projection, broken) = walked?;
    let key_problem = key_problem(store, expected);

    let mut states = BTreeMap::new();
    for consent in projection.consents_unordered() {
        *states.entry(consent.state_at(now).name()).or_default() += 1;
    }
    let (audit_checked, audit_broken) = super::audit::verify(store)?;
    Ok(VerifyReport {
        events_checked: head.seq,
        consents: projection.len(),
        states,
        broken,
        audit_checked,
        audit_broken,
        damaged,
        key_problem,
    })
}

/// The chain and the rules, in order: while the next batch is read, the one before
/// has its seals checked and its bodies parsed on every core; the chain and the
/// rules are settled here, in order. Stops settling at the first broken event.
fn walk(
    store: &Store,
    public_key: &VerifyingKey,
) -> Result<(ChainHead, Projection, Option<Broken>), StoreError> {
    let mut projection = Projection::default();
    let mut head = ChainHead::default();
    let mut broken: Option<Broken> = None;
    store.for_each_prepared(
        BATCH,
        |batch| {
            let prepared = prepare_events(&batch, public_key);
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
    Ok((head, projection, broken))
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
