//! The current state of every consent, rebuilt by replaying the event log.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use crate::consent::{
    Consent, ConsentEvent, ConsentId, HouseholdParents, ReferenceCode, Timestamp,
};

use super::{SealedEvent, StoreError};

/// Every consent as it stands after all events applied so far.
#[derive(Debug, Default)]
pub struct Projection {
    /// Boxed: a consent is large, and a B-tree moves its values as it grows.
    consents: BTreeMap<ConsentId, Box<Consent>>,
    by_reference: HashMap<ReferenceCode, ConsentId>,
    last_changed: HashMap<ConsentId, Timestamp>,
    /// The consents of each household (by its reference), so a child's consent
    /// follows a linked parent's: linked again after each of the household's events.
    households: HashMap<String, Vec<ConsentId>>,
    events: u64,
}

impl Projection {
    /// Parses a batch in parallel (the costly part), then applies it in order.
    pub fn apply_batch(&mut self, batch: &[SealedEvent]) -> Result<(), StoreError> {
        let parsed = Self::parse_batch(batch);
        self.apply_parsed(batch, parsed)
    }

    /// The events of a batch, parsed on every core (one entry per event).
    pub(crate) fn parse_batch(batch: &[SealedEvent]) -> Vec<Result<ConsentEvent, StoreError>> {
        batch
            .par_iter()
            .map(|sealed| {
                sealed.event().map_err(|e| StoreError::Corrupt {
                    seq: sealed.seq,
                    why: e.to_string(),
                })
            })
            .collect()
    }

    /// Applies a batch parsed by [`Projection::parse_batch`], in order.
    pub(crate) fn apply_parsed(
        &mut self,
        batch: &[SealedEvent],
        parsed: Vec<Result<ConsentEvent, StoreError>>,
    ) -> Result<(), StoreError> {
        for (sealed, event) in batch.iter().zip(parsed) {
            self.apply(sealed.seq, event?)?;
        }
        Ok(())
    }

    /// Applies one event, refusing any the lifecycle rules do not allow
    /// (including a child's departure apart from a linked parent's). The event is
    /// taken, so a consent keeps its first event's record rather than a copy.
    pub fn apply(&mut self, seq: i64, event: ConsentEvent) -> Result<(), StoreError> {
        let corrupt = |why: String| StoreError::Corrupt { seq, why };
        let at = event.at();
        let household_before = self.get(event.consent_id()).and_then(household_of);
        let consent_id = match event {
            ConsentEvent::Signed { ref reference, .. }
            | ConsentEvent::Declined { ref reference, .. } => {
                if self.consents.contains_key(event.consent_id())
                    || self.by_reference.contains_key(reference)
                {
                    return Err(corrupt(
                        "a consent with this id or reference already exists".into(),
                    ));
                }
                let consent = Consent::start(event).map_err(|e| corrupt(e.to_string()))?;
                let consent_id = consent.consent_id.clone();
                self.by_reference
                    .insert(consent.reference.clone(), consent_id.clone());
                self.last_changed.insert(consent_id.clone(), at);
                self.consents.insert(consent_id.clone(), Box::new(consent));
                consent_id
            }
            _ => {
                let consent = self.consents.get_mut(event.consent_id()).ok_or_else(|| {
                    corrupt("it names a consent that has no earlier event".into())
                })?;
                consent.apply(&event).map_err(|e| corrupt(e.to_string()))?;
                if let Some(last) = self.last_changed.get_mut(event.consent_id()) {
                    *last = at;
                }
                event.consent_id().clone()
            }
        };
        let household_after = self.get(&consent_id).and_then(household_of);
        if let Some(household) = &household_after {
            let members = self.households.entry(household.clone()).or_default();
            if !members.contains(&consent_id) {
                members.push(consent_id);
            }
        }
        // A re-consent may leave one household for another: both are linked again.
        for household in household_before.iter().chain(household_after.iter()) {
            self.link_household(household);
        }
        self.events += 1;
        Ok(())
    }

    /// Links every child's consent of `household` to its parents' as they
    /// stand: the parents gone over once, then one lookup per child.
    fn link_household(&mut self, household: &str) {
        let Some(members) = self.households.get(household) else {
            return;
        };
        let consents: Vec<&Consent> = members.iter().filter_map(|id| self.get(id)).collect();
        if !consents.iter().any(|consent| consent.waits_for_household()) {
            return;
        }
        let parents = HouseholdParents::of(consents.iter().copied());
        let links: Vec<(ConsentId, Option<Timestamp>)> = consents
            .iter()
            .filter(|consent| consent.waits_for_household())
            .map(|child| (child.consent_id.clone(), parents.for_child(child)))
            .collect();
        for (id, from) in links {
            if let Some(child) = self.consents.get_mut(&id) {
                child.set_household_link(from);
            }
        }
    }

    /// Every consent, by id.
    pub fn consents(&self) -> impl ExactSizeIterator<Item = &Consent> {
        self.consents.values().map(|consent| &**consent)
    }

    /// The consents with any event at or after `since` (all of them when `None`).
    pub fn changed_since(&self, since: Option<Timestamp>) -> impl Iterator<Item = &Consent> {
        self.consents().filter(move |consent| {
            since.is_none_or(|since| {
                self.last_changed
                    .get(&consent.consent_id)
                    .is_some_and(|at| *at >= since)
            })
        })
    }

    /// One consent.
    pub fn get(&self, consent_id: &ConsentId) -> Option<&Consent> {
        self.consents.get(consent_id).map(|consent| &**consent)
    }

    /// The consent with this reference code.
    pub fn by_reference(&self, reference: &ReferenceCode) -> Option<&Consent> {
        self.by_reference.get(reference).and_then(|id| self.get(id))
    }

    /// When the last event of this consent happened.
    pub fn last_changed(&self, consent_id: &ConsentId) -> Option<Timestamp> {
        self.last_changed.get(consent_id).copied()
    }

    /// Number of events applied.
    pub fn event_count(&self) -> u64 {
        self.events
    }
}

/// The consent each parsed event names, in order (empty where its body did not
/// parse: applying the batch then refuses it).
pub(crate) fn owners(parsed: &[Result<ConsentEvent, StoreError>]) -> Vec<String> {
    parsed
        .iter()
        .map(|event| {
            event
                .as_ref()
                .map_or_else(|_| String::new(), |e| e.consent_id().as_str().to_owned())
        })
        .collect()
}

/// The household a consent's current record names, if any.
fn household_of(consent: &Consent) -> Option<String> {
    consent
        .record
        .subject
        .household_reference
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_owned)
}
