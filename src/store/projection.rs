//! The current state of every consent, rebuilt by replaying the event log.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use crate::consent::{Consent, ConsentEvent, ConsentId, ReferenceCode, Timestamp};

use super::{SealedEvent, StoreError};

/// Every consent as it stands after all events applied so far.
#[derive(Debug, Default)]
pub struct Projection {
    consents: BTreeMap<ConsentId, Consent>,
    by_reference: HashMap<ReferenceCode, ConsentId>,
    last_changed: HashMap<ConsentId, Timestamp>,
    events: u64,
}

impl Projection {
    /// Parses a batch in parallel (the costly part), then applies it in order.
    pub fn apply_batch(&mut self, batch: &[SealedEvent]) -> Result<(), StoreError> {
        let parsed: Vec<Result<ConsentEvent, StoreError>> = batch
            .par_iter()
            .map(|sealed| {
                sealed.event().map_err(|e| StoreError::Corrupt {
                    seq: sealed.seq,
                    why: e.to_string(),
                })
            })
            .collect();
        for (sealed, event) in batch.iter().zip(parsed) {
            self.apply(sealed.seq, &event?)?;
        }
        Ok(())
    }

    /// Applies one event, refusing any the lifecycle rules do not allow.
    pub fn apply(&mut self, seq: i64, event: &ConsentEvent) -> Result<(), StoreError> {
        let corrupt = |why: String| StoreError::Corrupt { seq, why };
        match event {
            ConsentEvent::Signed { reference, .. } | ConsentEvent::Declined { reference, .. } => {
                if self.consents.contains_key(event.consent_id())
                    || self.by_reference.contains_key(reference)
                {
                    return Err(corrupt(
                        "a consent with this id or reference already exists".into(),
                    ));
                }
                let consent = Consent::from_first(event).map_err(|e| corrupt(e.to_string()))?;
                self.by_reference
                    .insert(reference.clone(), consent.consent_id.clone());
                self.consents.insert(consent.consent_id.clone(), consent);
            }
            _ => {
                let consent = self.consents.get_mut(event.consent_id()).ok_or_else(|| {
                    corrupt("it names a consent that has no earlier event".into())
                })?;
                consent.apply(event).map_err(|e| corrupt(e.to_string()))?;
            }
        }
        self.last_changed
            .insert(event.consent_id().clone(), event.at());
        self.events += 1;
        Ok(())
    }

    /// Every consent, by id.
    pub fn consents(&self) -> impl ExactSizeIterator<Item = &Consent> {
        self.consents.values()
    }

    /// The consents with any event at or after `since` (all of them when `None`).
    pub fn changed_since(&self, since: Option<Timestamp>) -> impl Iterator<Item = &Consent> {
        self.consents.values().filter(move |consent| {
            since.is_none_or(|since| {
                self.last_changed
                    .get(&consent.consent_id)
                    .is_some_and(|at| *at >= since)
            })
        })
    }

    /// One consent.
    pub fn get(&self, consent_id: &ConsentId) -> Option<&Consent> {
        self.consents.get(consent_id)
    }

    /// The consent with this reference code.
    pub fn by_reference(&self, reference: &ReferenceCode) -> Option<&Consent> {
        self.by_reference
            .get(reference)
            .and_then(|id| self.consents.get(id))
    }

    /// Number of events applied.
    pub fn event_count(&self) -> u64 {
        self.events
    }
}
