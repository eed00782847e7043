//! `verify`: the whole log checked, event by event.

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::consent::Timestamp;

use super::{Projection, SealError, Store, StoreError};

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
}

impl VerifyReport {
    /// Whether everything checked out.
    pub fn is_intact(&self) -> bool {
        self.broken.is_none() && self.audit_broken.is_none()
    }
}

const BATCH: usize = 8_192;

/// Checks seals in parallel, then the chain and the rules in order; stops at the first problem.
pub(super) fn verify(store: &Store, now: Timestamp) -> Result<VerifyReport, StoreError> {
    let public_key = *store.public_key();
    let mut projection = Projection::default();
    let mut expected_seq = 1;
    let mut expected_prev = super::GENESIS_HASH.to_owned();
    let mut broken: Option<Broken> = None;

    store.for_each_batch(BATCH, |batch| {
        if broken.is_some() {
            return Ok(());
        }
        let seals: Vec<Result<(), SealError>> = batch
            .par_iter()
            .map(|sealed| sealed.check(&public_key))
            .collect();
        for (sealed, seal) in batch.iter().zip(seals) {
            let problem = if sealed.seq != expected_seq {
                Some(format!(
                    "expected event {expected_seq} here: an event is missing"
                ))
            } else if sealed.prev_hash != expected_prev {
                Some("it does not chain to the event before it (prev_hash differs)".to_owned())
            } else if let Err(e) = seal {
                Some(e.to_string())
            } else {
                None
            };
            if let Some(why) = problem {
                broken = Some(Broken {
                    seq: sealed.seq,
                    why,
                });
                return Ok(());
            }
            expected_seq += 1;
            expected_prev.clone_from(&sealed.hash);
        }
        if let Err(error) = projection.apply_batch(&batch) {
            match error {
                StoreError::Corrupt { seq, why } => broken = Some(Broken { seq, why }),
                other => return Err(other),
            }
        }
        Ok(())
    })?;

    let mut states = BTreeMap::new();
    for consent in projection.consents() {
        *states.entry(consent.state_at(now).name()).or_default() += 1;
    }
    let (audit_checked, audit_broken) = super::audit::verify(store)?;
    Ok(VerifyReport {
        events_checked: expected_seq - 1,
        consents: projection.consents().len(),
        states,
        broken,
        audit_checked,
        audit_broken,
    })
}
