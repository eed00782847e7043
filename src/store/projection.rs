//! The current state of every consent, rebuilt by replaying the event log.

use std::collections::HashMap;
use std::sync::OnceLock;

use foldhash::fast::RandomState;
use rayon::prelude::*;

use crate::consent::{
    Consent, ConsentEvent, ConsentId, HouseholdParents, ReferenceCode, Timestamp,
};

use super::{SealedEvent, StoreError};

/// Every consent as it stands after all events applied so far.
///
/// Consents are kept in the order they were first seen and found through hash
/// maps: replaying a log looks a consent up several times per event, and in an
/// ordered map each lookup compared ids down the tree. The order by id, which
/// lists and exports follow, is worked out when first asked for.
#[derive(Debug, Default)]
pub struct Projection {
    slots: Vec<Slot>,
    index: HashMap<ConsentId, usize, RandomState>,
    by_reference: HashMap<ReferenceCode, usize, RandomState>,
    /// The consents of each household (by its reference), so a child's consent
    /// follows a linked parent's: linked again after each of the household's events.
    households: HashMap<String, Vec<usize>, RandomState>,
    /// `slots` by consent id; emptied by every new consent.
    id_order: OnceLock<Vec<usize>>,
    /// Children's consents whose link to a parent changed through another
    /// consent's event, until [`Projection::take_relinked`] (the central read
    /// model rewrites their rows).
    relinked: Vec<usize>,
    events: u64,
}

/// One consent, and when its last event happened and where it stands in the log.
#[derive(Debug)]
struct Slot {
    /// Boxed: a consent is large, and the list moves its values as it grows.
    consent: Box<Consent>,
    last_changed: Timestamp,
    last_seq: i64,
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
        let found = self.index.get(event.consent_id()).copied();
        let household_before = found
            .and_then(|slot| self.slots.get(slot))
            .and_then(|slot| household_of(&slot.consent));
        let first_reference = match &event {
            ConsentEvent::Signed { reference, .. } | ConsentEvent::Declined { reference, .. } => {
                Some(reference.clone())
            }
            _ => None,
        };
        let slot = if let Some(reference) = first_reference {
            if found.is_some() || self.by_reference.contains_key(&reference) {
                return Err(corrupt(
                    "a consent with this id or reference already exists".into(),
                ));
            }
            let consent = Consent::start(event).map_err(|e| corrupt(e.to_string()))?;
            let slot = self.slots.len();
            // Only a new consent changes the order by id.
            self.id_order = OnceLock::new();
            self.by_reference.insert(reference, slot);
            self.index.insert(consent.consent_id.clone(), slot);
            self.slots.push(Slot {
                consent: Box::new(consent),
                last_changed: at,
                last_seq: seq,
            });
            slot
        } else {
            let (slot, entry) = found
                .and_then(|slot| Some((slot, self.slots.get_mut(slot)?)))
                .ok_or_else(|| corrupt("it names a consent that has no earlier event".into()))?;
            entry
                .consent
                .apply(&event)
                .map_err(|e| corrupt(e.to_string()))?;
            entry.last_changed = at;
            entry.last_seq = seq;
            slot
        };
        let household_after = self
            .slots
            .get(slot)
            .and_then(|entry| household_of(&entry.consent));
        if let Some(household) = &household_after {
            let members = self.households.entry(household.clone()).or_default();
            if !members.contains(&slot) {
                members.push(slot);
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
        let consents: Vec<(usize, &Consent)> = members
            .iter()
            .filter_map(|&slot| Some((slot, &*self.slots.get(slot)?.consent)))
            .collect();
        if !consents
            .iter()
            .any(|(_, consent)| consent.waits_for_household())
        {
            return;
        }
        let parents = HouseholdParents::of(consents.iter().map(|(_, consent)| *consent));
        let links: Vec<(usize, Option<Timestamp>)> = consents
            .iter()
            .filter(|(_, consent)| consent.waits_for_household())
            .map(|(slot, child)| (*slot, parents.for_child(child)))
            .collect();
        for (slot, from) in links {
            if let Some(child) = self.slots.get_mut(slot)
                && child.consent.linked_parent_from() != from
            {
                child.consent.set_household_link(from);
                self.relinked.push(slot);
            }
        }
    }

    /// The consents whose state may have changed since last asked without an
    /// event of their own: children whose household's parent changed. Each is
    /// named once.
    pub fn take_relinked(&mut self) -> Vec<ConsentId> {
        let mut slots = std::mem::take(&mut self.relinked);
        slots.sort_unstable();
        slots.dedup();
        slots
            .into_iter()
            .filter_map(|slot| Some(self.slots.get(slot)?.consent.consent_id.clone()))
            .collect()
    }

    /// Every consent, by id.
    pub fn consents(&self) -> impl ExactSizeIterator<Item = &Consent> {
        self.by_id().map(|slot| &*slot.consent)
    }

    fn by_id(&self) -> ById<'_> {
        let order = self.id_order.get_or_init(|| {
            let mut order: Vec<usize> = (0..self.slots.len()).collect();
            order.sort_unstable_by(|a, b| {
                let id = |slot: &usize| self.slots.get(*slot).map(|s| &s.consent.consent_id);
                id(a).cmp(&id(b))
            });
            order
        });
        ById {
            order: order.iter(),
            slots: &self.slots,
        }
    }

    /// Every consent, in no particular order (cheaper than [`Projection::consents`]
    /// where the order does not matter).
    pub fn consents_unordered(&self) -> impl ExactSizeIterator<Item = &Consent> {
        self.slots.iter().map(|slot| &*slot.consent)
    }

    /// How many consents there are.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The consents with any event at or after `since` (all of them when `None`),
    /// by id.
    pub fn changed_since(&self, since: Option<Timestamp>) -> impl Iterator<Item = &Consent> {
        self.by_id()
            .filter(move |slot| since.is_none_or(|since| slot.last_changed >= since))
            .map(|slot| &*slot.consent)
    }

    fn slot(&self, consent_id: &ConsentId) -> Option<&Slot> {
        self.index
            .get(consent_id)
            .and_then(|&slot| self.slots.get(slot))
    }

    /// One consent.
    pub fn get(&self, consent_id: &ConsentId) -> Option<&Consent> {
        self.slot(consent_id).map(|slot| &*slot.consent)
    }

    /// The consent with this reference code.
    pub fn by_reference(&self, reference: &ReferenceCode) -> Option<&Consent> {
        self.by_reference
            .get(reference)
            .and_then(|&slot| self.slots.get(slot))
            .map(|slot| &*slot.consent)
    }

    /// When the last event of this consent happened.
    pub fn last_changed(&self, consent_id: &ConsentId) -> Option<Timestamp> {
        self.slot(consent_id).map(|slot| slot.last_changed)
    }

    /// The position in the log of the last event of this consent.
    pub fn last_seq(&self, consent_id: &ConsentId) -> Option<i64> {
        self.slot(consent_id).map(|slot| slot.last_seq)
    }

    /// Number of events applied.
    pub fn event_count(&self) -> u64 {
        self.events
    }
}

/// The consents in the order of their ids.
struct ById<'a> {
    order: std::slice::Iter<'a, usize>,
    slots: &'a [Slot],
}

impl<'a> Iterator for ById<'a> {
    type Item = &'a Slot;

    fn next(&mut self) -> Option<&'a Slot> {
        // Every position in `order` is a slot: it was made from them.
        let slot = *self.order.next()?;
        self.slots.get(slot)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.order.size_hint()
    }
}

impl ExactSizeIterator for ById<'_> {}

/// `event` without the words its record's steps showed, for a replay whose
/// projection only an export reads: no export writes them, and they are most
/// of a record. Freed by the caller's thread, which parsed them.
pub(crate) fn drop_shown_words(event: &mut ConsentEvent) {
    if let Some(record) = event.record_mut() {
        record.shown_text = Vec::new();
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
