//! The current state of a consent, rebuilt from its events, and the commands on it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::Duration;

use super::clock::Timestamp;
use super::draft::ConsentDraft;
use super::event::{ConsentEvent, ConsentRecord, ReviewReason, Withdrawal};
use super::policy::{SigningPolicy, Suspension};
use super::reference::{ConsentId, ReferenceCode};
use super::rules::RuleViolation;
use super::safeguards::{
    ConfirmationInterview, FlagKind, FlagOutcome, FoundBy, Hold, InterviewOutcome,
    RECONFIRMATION_VALID_HOURS,
};

/// The state of a consent at a given moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum ConsentState {
    /// Signed, in cooling-off until the given time; not yet effective.
    CoolingOff {
        /// When it becomes effective.
        #[serde(with = "time::serde::rfc3339")]
        until: Timestamp,
    },
    /// Cooling-off has passed, but a counsellor has yet to act: a flag is open
    /// or the confirmation interview has not confirmed it. Not in force.
    OnHold {
        /// What it waits for.
        waiting_for: Vec<Hold>,
    },
    /// Cooling-off has passed and nothing holds it: in force.
    Effective {
        /// Since when.
        #[serde(with = "time::serde::rfc3339")]
        since: Timestamp,
    },
    /// Withdrawn.
    Withdrawn {
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
    },
    /// Waiting for a fresh signature or a withdrawal.
    NeedsReview {
        /// Why.
        reason: ReviewReason,
    },
    /// Declined.
    Declined {
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
    },
}

impl ConsentState {
    /// A short stable name: `cooling_off`, `on_hold`, `effective`, `withdrawn`, `needs_review`, `declined`.
    pub fn name(&self) -> &'static str {
        match self {
            ConsentState::CoolingOff { .. } => "cooling_off",
            ConsentState::OnHold { .. } => "on_hold",
            ConsentState::Effective { .. } => "effective",
            ConsentState::Withdrawn { .. } => "withdrawn",
            ConsentState::NeedsReview { .. } => "needs_review",
            ConsentState::Declined { .. } => "declined",
        }
    }
}

/// What is stored; effectiveness is derived from the time asked about, so a
/// consent can never be effective before its cooling-off ends.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Stage {
    Signed { cooling_off_until: Timestamp },
    Withdrawn { at: Timestamp },
    NeedsReview { reason: ReviewReason },
    Declined { at: Timestamp },
}

/// A consent as it stands after all its events.
#[derive(Debug, Clone, PartialEq)]
pub struct Consent {
    /// Internal id.
    pub consent_id: ConsentId,
    /// The receipt's code.
    pub reference: ReferenceCode,
    /// The most recent record signed (or declined).
    pub record: ConsentRecord,
    /// Earlier records replaced by a re-consent, oldest first; kept, never overwritten.
    pub earlier_records: Vec<ConsentRecord>,
    /// When the person departed, if recorded.
    pub departed_at: Option<Timestamp>,
    /// SHA-256 of every printed receipt issued, oldest first.
    pub receipts: Vec<String>,
    /// Number of events applied.
    pub event_count: usize,
    /// Flags of the current record a counsellor cleared, and when.
    pub cleared_flags: BTreeMap<FlagKind, Timestamp>,
    /// Every flag resolution of the current record, oldest first.
    pub flag_resolutions: Vec<FlagResolution>,
    /// The latest confirmation interview of the current record.
    pub interview: Option<InterviewRecord>,
    /// When the person last confirmed again, before departure.
    pub reconfirmed_at: Option<Timestamp>,
    /// Departures recorded by mistake and corrected: when each was corrected, and why.
    pub corrected_departures: Vec<(Timestamp, String)>,
    /// For a child's consent linked to a household: since when a linked
    /// parent's consent is (or will be) in force, as last linked by
    /// [`Consent::link_household`]. `None`, never linked or no parent's in
    /// force: the household holds the child's consent.
    household_parent_from: Option<Timestamp>,
    stage: Stage,
}

/// A flag resolution as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagResolution {
    /// Which flag.
    pub flag: FlagKind,
    /// What the counsellor concluded.
    pub outcome: FlagOutcome,
    /// Why.
    pub reason: String,
    /// When.
    pub at: Timestamp,
    /// Who.
    pub account_id: Option<String>,
}

/// A confirmation interview as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewRecord {
    /// The interview.
    pub interview: ConfirmationInterview,
    /// When.
    pub at: Timestamp,
    /// The counsellor who held it.
    pub account_id: Option<String>,
}

impl Consent {
    /// Starts a consent from its first event, which must be its signing or decline.
    pub fn from_first(event: &ConsentEvent) -> Result<Self, RuleViolation> {
        match event {
            ConsentEvent::Signed { .. } | ConsentEvent::Declined { .. } => {
                Self::start(event.clone())
            }
            _ => Err(RuleViolation::HistoryStartsWrong),
        }
    }

    /// [`Consent::from_first`], keeping the event's record rather than copying it:
    /// replaying a log starts every consent this way.
    pub fn start(event: ConsentEvent) -> Result<Self, RuleViolation> {
        let (consent_id, reference, record, stage) = match event {
            ConsentEvent::Signed {
                consent_id,
                reference,
                cooling_off_until,
                record,
            } => (
                consent_id,
                reference,
                record,
                Stage::Signed { cooling_off_until },
            ),
            ConsentEvent::Declined {
                consent_id,
                reference,
                record,
            } => {
                let at = record.recorded_at;
                (consent_id, reference, record, Stage::Declined { at })
            }
            _ => return Err(RuleViolation::HistoryStartsWrong),
        };
        Ok(Self {
            consent_id,
            reference,
            record,
            earlier_records: Vec::new(),
            departed_at: None,
            receipts: Vec::new(),
            event_count: 1,
            cleared_flags: BTreeMap::new(),
            flag_resolutions: Vec::new(),
            interview: None,
            reconfirmed_at: None,
            corrected_departures: Vec::new(),
            household_parent_from: None,
            stage,
        })
    }

    /// Rebuilds a consent from its whole history, checking every transition.
    pub fn replay<'a>(
        events: impl IntoIterator<Item = &'a ConsentEvent>,
    ) -> Result<Self, RuleViolation> {
        let mut events = events.into_iter();
        let first = events.next().ok_or(RuleViolation::HistoryStartsWrong)?;
        let mut consent = Self::from_first(first)?;
        for event in events {
            consent.apply(event)?;
        }
        Ok(consent)
    }

    /// The state at `now`.
    pub fn state_at(&self, now: Timestamp) -> ConsentState {
        match &self.stage {
            Stage::Signed { cooling_off_until } if now < *cooling_off_until => {
                ConsentState::CoolingOff {
                    until: *cooling_off_until,
                }
            }
            Stage::Signed { .. } => match self.effective_from() {
                Some(since) if now >= since => ConsentState::Effective { since },
                _ => ConsentState::OnHold {
                    waiting_for: self.holds_at(now),
                },
            },
            Stage::Withdrawn { at } => ConsentState::Withdrawn { at: *at },
            Stage::NeedsReview { reason } => ConsentState::NeedsReview {
                reason: reason.clone(),
            },
            Stage::Declined { at } => ConsentState::Declined { at: *at },
        }
    }

    /// What is stored, without the time: `signed` (cooling-off or effective, by the
    /// clock), `withdrawn`, `needs_review` or `declined`.
    pub fn stage_name(&self) -> &'static str {
        match self.stage {
            Stage::Signed { .. } => "signed",
            Stage::Withdrawn { .. } => "withdrawn",
            Stage::NeedsReview { .. } => "needs_review",
            Stage::Declined { .. } => "declined",
        }
    }

    /// Why the consent needs review, when it does.
    pub fn review_reason(&self) -> Option<&ReviewReason> {
        match &self.stage {
            Stage::NeedsReview { reason } => Some(reason),
            _ => None,
        }
    }

    /// When cooling-off ends (or ended), for a signed consent.
    pub fn cooling_off_until(&self) -> Option<Timestamp> {
        match self.stage {
            Stage::Signed { cooling_off_until } => Some(cooling_off_until),
            _ => None,
        }
    }

    /// What holds the current record from taking effect at `now`, cooling-off
    /// aside: [`Consent::holds`], and a linked parent's consent that takes
    /// effect only later.
    pub fn holds_at(&self, now: Timestamp) -> Vec<Hold> {
        let mut holds = self.holds();
        if self.household_parent_from.is_some_and(|from| from > now)
            && self.waits_for_household()
            && !holds.contains(&Hold::Household)
        {
            holds.push(Hold::Household);
        }
        holds
    }

    /// Whether this is a child's consent linked to a household that the
    /// best-interests decision does not let go ahead apart: it takes effect
    /// only with a linked parent's (rule 5).
    pub fn waits_for_household(&self) -> bool {
        let subject = &self.record.subject;
        subject.minor
            && subject
                .household_reference
                .as_deref()
                .is_some_and(|r| !r.trim().is_empty())
            && !subject.best_interests_covers_separation
    }

    /// Since when a parent of the same household is in force for the same
    /// country: the earliest moment any such adult's consent takes (or took)
    /// effect, among `household` (any order, this consent included or not).
    /// `None` when no parent's is, or when this consent does not wait for one.
    pub fn household_parent_from<'a>(
        &self,
        household: impl IntoIterator<Item = &'a Consent>,
    ) -> Option<Timestamp> {
        HouseholdParents::of(household).for_child(self)
    }

    /// Links a child's consent to its household as it stands (see
    /// [`Consent::household_parent_from`]): from then on its effect, its
    /// state and what it may share follow a parent's. Whoever holds several
    /// consents (the store, a projection) links again after any of the
    /// household's events; a consent never linked is held by its household.
    pub fn link_household<'a>(&mut self, household: impl IntoIterator<Item = &'a Consent>) {
        self.household_parent_from = self.household_parent_from(household);
    }

    /// Sets the link [`Consent::household_parent_from`] gave, for whoever
    /// computed it over the household already.
    pub fn set_household_link(&mut self, parent_from: Option<Timestamp>) {
        self.household_parent_from = parent_from;
    }

    /// Since when a linked parent's consent is in force, as last linked.
    pub fn linked_parent_from(&self) -> Option<Timestamp> {
        self.household_parent_from
            .filter(|_| self.waits_for_household())
    }

    /// What holds the current record from taking effect, cooling-off aside: open
    /// flags, a missing confirmation, and for a child of a household no linked
    /// parent's consent in force. Records signed before these safeguards
    /// existed are held only by an interview that did not confirm.
    pub fn holds(&self) -> Vec<Hold> {
        let mut holds = Vec::new();
        let required = self
            .record
            .safeguards
            .is_some_and(|s| s.confirmation_interview);
        let confirmed = self
            .interview
            .as_ref()
            .is_some_and(|i| i.interview.outcome == InterviewOutcome::Confirmed);
        if (required || self.interview.is_some()) && !confirmed {
            holds.push(Hold::ConfirmationInterview);
        }
        if self.record.safeguards.is_some() {
            holds.extend(
                FlagKind::raised_by(&self.record)
                    .into_iter()
                    .filter(|flag| !self.cleared_flags.contains_key(flag))
                    .map(Hold::Flag),
            );
        }
        if self.waits_for_household() && self.household_parent_from.is_none() {
            holds.push(Hold::Household);
        }
        holds
    }

    /// The flags of the current record still open.
    pub fn open_flags(&self) -> Vec<FlagKind> {
        FlagKind::raised_by(&self.record)
            .into_iter()
            .filter(|flag| !self.cleared_flags.contains_key(flag))
            .collect()
    }

    /// The moment the consent takes (or took) effect: the end of cooling-off, or
    /// the later confirmation, flag resolution, or (for a child of a household)
    /// a linked parent's effect. `None` while something holds it, or when it is
    /// not signed. Data that leaves the centre may be shared only from then.
    pub fn effective_from(&self) -> Option<Timestamp> {
        let Stage::Signed { cooling_off_until } = self.stage else {
            return None;
        };
        if !self.holds().is_empty() {
            return None;
        }
        let mut from = cooling_off_until;
        if let Some(interview) = &self.interview {
            from = from.max(interview.at);
        }
        if self.record.safeguards.is_some() {
            for at in self.cleared_flags.values() {
                from = from.max(*at);
            }
        }
        if let Some(parent) = self.linked_parent_from() {
            from = from.max(parent);
        }
        Some(from)
    }

    /// Whether the person agreed to any item that sends data outside the centre.
    pub fn shares_outside(&self) -> bool {
        self.record
            .items
            .iter()
            .any(|(item, &yes)| yes && item.sends_data_outside())
    }

    /// From when data that leaves the centre may be shared: the moment the
    /// consent takes effect. `None` when nothing is shared, or not (yet) allowed.
    pub fn shareable_from(&self) -> Option<Timestamp> {
        if self.shares_outside() {
            self.effective_from()
        } else {
            None
        }
    }

    /// Whether the consent is signed or effective and not departed: the ones a suspension or content change affects.
    pub fn is_pending(&self) -> bool {
        matches!(self.stage, Stage::Signed { .. }) && self.departed_at.is_none()
    }

    /// Withdraws (rule 8): from cooling-off, effective or needs-review, until departure.
    pub fn withdraw(&self, withdrawal: Withdrawal) -> Result<ConsentEvent, RuleViolation> {
        if self.departed_at.is_some() {
            return Err(RuleViolation::AlreadyDeparted);
        }
        match self.state_at(withdrawal.at) {
            ConsentState::CoolingOff { .. }
            | ConsentState::OnHold { .. }
            | ConsentState::Effective { .. }
            | ConsentState::NeedsReview { .. } => Ok(ConsentEvent::Withdrawn {
                consent_id: self.consent_id.clone(),
                withdrawal,
            }),
            other => Err(RuleViolation::NotWithdrawable(other.name())),
        }
    }

    /// Moves a pending consent to needs-review.
    pub fn mark_for_review(
        &self,
        reason: ReviewReason,
        now: Timestamp,
    ) -> Result<ConsentEvent, RuleViolation> {
        if self.departed_at.is_some() {
            return Err(RuleViolation::AlreadyDeparted);
        }
        if !self.is_pending() {
            return Err(RuleViolation::NotReviewable(self.state_at(now).name()));
        }
        Ok(ConsentEvent::MarkedForReview {
            consent_id: self.consent_id.clone(),
            reason,
            at: now,
            account_id: None,
        })
    }

    /// Rule 9: the review event for a suspension, if it concerns this consent.
    pub fn suspend(
        &self,
        suspension: &Suspension,
        now: Timestamp,
    ) -> Result<ConsentEvent, RuleViolation> {
        let concerned = self
            .record
            .destination
            .as_ref()
            .is_some_and(|d| suspension.covers(d));
        if !concerned {
            return Err(RuleViolation::SuspensionNotApplicable(
                suspension.destination.clone(),
            ));
        }
        self.mark_for_review(
            ReviewReason::DestinationSuspended {
                destination: suspension.destination.clone(),
                detail: suspension.reason.clone(),
            },
            now,
        )
    }

    /// Re-consent: a fresh signature on a new draft, only from needs-review.
    pub fn reconsent(
        &self,
        draft: &ConsentDraft,
        policy: &SigningPolicy,
        now: Timestamp,
    ) -> Result<ConsentEvent, RuleViolation> {
        if self.departed_at.is_some() {
            return Err(RuleViolation::AlreadyDeparted);
        }
        let state = self.state_at(now);
        if !matches!(state, ConsentState::NeedsReview { .. }) {
            return Err(RuleViolation::NotAwaitingReconsent(state.name()));
        }
        if draft.consent_id != self.consent_id {
            return Err(RuleViolation::WrongConsent(draft.consent_id.clone()));
        }
        draft.check_signable(policy)?;
        Ok(ConsentEvent::Reconsented {
            consent_id: self.consent_id.clone(),
            cooling_off_until: policy.cooling_off.ends(now)?,
            record: draft.to_signed_record(policy, now),
        })
    }

    /// Records that a printed receipt with this SHA-256 was handed over.
    pub fn receipt_issued(
        &self,
        kind: super::event::ReceiptKind,
        sha256: &str,
        now: Timestamp,
    ) -> ConsentEvent {
        ConsentEvent::ReceiptIssued {
            consent_id: self.consent_id.clone(),
            kind,
            sha256: sha256.to_owned(),
            at: now,
            account_id: None,
        }
    }

    /// Whether the person may be recorded as departed to their destination today:
    /// never while return there is suspended (the rule that stops signing holds
    /// until the person leaves). The area recorded decides; a record without
    /// one, in a country where an area is paused, is refused too.
    pub fn check_departure_allowed(&self, policy: &SigningPolicy) -> Result<(), RuleViolation> {
        match self
            .record
            .destination
            .as_ref()
            .and_then(|destination| policy.suspension_for(destination))
        {
            Some(suspension) => Err(RuleViolation::DestinationSuspended {
                country: suspension.destination.country.clone(),
            }),
            None => Ok(()),
        }
    }

    /// Whether this consent may go ahead at `now` given the consents of its
    /// household (`household`, any order, itself included or not). A child's
    /// consent linked to a household goes ahead only with a parent's: an adult
    /// of the same household whose consent to the same country is in force at
    /// `now` (or has departed), unless the best-interests decision covers a
    /// return apart. Anyone else's consent is not concerned.
    pub fn check_household(
        &self,
        household: &[&Consent],
        now: Timestamp,
    ) -> Result<(), RuleViolation> {
        if !self.waits_for_household() {
            return Ok(());
        }
        match self.household_parent_from(household.iter().copied()) {
            Some(from) if from <= now => Ok(()),
            _ => Err(RuleViolation::HouseholdApart),
        }
    }

    /// Records that the person has left (only for an effective consent, which for
    /// a child of a household means with a linked parent's in force; the caller
    /// checks [`Consent::check_departure_allowed`] against today's suspensions).
    pub fn record_departure(
        &self,
        now: Timestamp,
        account_id: Option<&str>,
    ) -> Result<ConsentEvent, RuleViolation> {
        if self.departed_at.is_some() {
            return Err(RuleViolation::AlreadyDeparted);
        }
        self.check_in_force(now)?;
        if self.record.safeguards.is_some() {
            let reconfirmed = self.reconfirmed_at.is_some_and(|at| {
                at <= now && now - at <= Duration::hours(RECONFIRMATION_VALID_HOURS)
            });
            if !reconfirmed {
                return Err(RuleViolation::ReconfirmationMissing);
            }
        }
        Ok(ConsentEvent::DepartureRecorded {
            consent_id: self.consent_id.clone(),
            at: now,
            account_id: account_id.map(str::to_owned),
        })
    }

    /// Effective at `now`, or why not.
    fn check_in_force(&self, now: Timestamp) -> Result<(), RuleViolation> {
        match self.state_at(now) {
            ConsentState::Effective { .. } => Ok(()),
            ConsentState::OnHold { waiting_for } if waiting_for == [Hold::Household] => {
                Err(RuleViolation::HouseholdApart)
            }
            ConsentState::OnHold { waiting_for } => Err(RuleViolation::Held(
                waiting_for
                    .iter()
                    .find(|hold| **hold != Hold::Household)
                    .or(waiting_for.first())
                    .map_or("on_hold", |hold| hold.code()),
            )),
            other => Err(RuleViolation::NotDepartable(other.name())),
        }
    }

    /// Signed, not departed: where flags and interviews apply.
    fn check_awaiting_safeguard(&self, now: Timestamp) -> Result<(), RuleViolation> {
        if self.departed_at.is_some() {
            return Err(RuleViolation::AlreadyDeparted);
        }
        if !self.is_pending() {
            return Err(RuleViolation::NotAwaitingSafeguard(
                self.state_at(now).name(),
            ));
        }
        Ok(())
    }

    /// A counsellor's resolution of an open flag: cleared (it no longer holds
    /// the consent) or referred (it still does), with a reason.
    pub fn resolve_flag(
        &self,
        flag: FlagKind,
        outcome: FlagOutcome,
        reason: &str,
        now: Timestamp,
    ) -> Result<ConsentEvent, RuleViolation> {
        self.check_awaiting_safeguard(now)?;
        if reason.trim().is_empty() {
            return Err(RuleViolation::ReasonMissing);
        }
        if !self.open_flags().contains(&flag) {
            return Err(RuleViolation::FlagNotOpen(flag.as_str()));
        }
        // A child's objection is not talked away: it goes to review instead.
        if flag == FlagKind::ChildObjection && outcome == FlagOutcome::Cleared {
            return Err(RuleViolation::ChildObjectionNeedsReview);
        }
        Ok(ConsentEvent::FlagResolved {
            consent_id: self.consent_id.clone(),
            flag,
            outcome,
            reason: reason.trim().to_owned(),
            at: now,
            account_id: None,
        })
    }

    /// A child's objection moves the consent to needs-review, with the
    /// counsellor's note: from there only a fresh signature (the child's view
    /// taken again) or a withdrawal follows.
    pub fn review_child_objection(
        &self,
        note: &str,
        now: Timestamp,
    ) -> Result<ConsentEvent, RuleViolation> {
        self.check_awaiting_safeguard(now)?;
        if note.trim().is_empty() {
            return Err(RuleViolation::ReasonMissing);
        }
        if !self.open_flags().contains(&FlagKind::ChildObjection) {
            return Err(RuleViolation::FlagNotOpen(
                FlagKind::ChildObjection.as_str(),
            ));
        }
        self.mark_for_review(
            ReviewReason::ChildObjection {
                note: note.trim().to_owned(),
            },
            now,
        )
    }

    /// Records a confirmation interview (during cooling-off or after). A
    /// confirmation lets the consent take effect once nothing else holds it; a
    /// referral keeps it pending; a withdrawal withdraws it.
    pub fn record_confirmation(
        &self,
        interview: ConfirmationInterview,
        now: Timestamp,
    ) -> Result<ConsentEvent, RuleViolation> {
        self.check_awaiting_safeguard(now)?;
        interview.check()?;
        Ok(ConsentEvent::ConfirmationRecorded {
            consent_id: self.consent_id.clone(),
            interview,
            at: now,
            account_id: None,
        })
    }

    /// On the day of departure: the person confirms again, in private, that they
    /// want to go. Only for a consent in force.
    pub fn reconfirm_departure(&self, now: Timestamp) -> Result<ConsentEvent, RuleViolation> {
        if self.departed_at.is_some() {
            return Err(RuleViolation::AlreadyDeparted);
        }
        self.check_in_force(now)?;
        Ok(ConsentEvent::DepartureReconfirmed {
            consent_id: self.consent_id.clone(),
            at: now,
            account_id: None,
        })
    }

    /// Undoes a departure recorded by mistake, with a reason. Withdrawal opens again.
    pub fn correct_departure(
        &self,
        reason: &str,
        now: Timestamp,
    ) -> Result<ConsentEvent, RuleViolation> {
        let Some(departed) = self.departed_at else {
            return Err(RuleViolation::NotDeparted);
        };
        if reason.trim().is_empty() {
            return Err(RuleViolation::ReasonMissing);
        }
        Ok(ConsentEvent::DepartureCorrected {
            consent_id: self.consent_id.clone(),
            reason: reason.trim().to_owned(),
            at: now.max(departed),
            account_id: None,
        })
    }

    /// Withdraws for a person who lost their code: present at the console, the
    /// consent found by at least two facts they gave, all matching, with a reason.
    pub fn withdraw_without_code(
        &self,
        withdrawal: Withdrawal,
        found_by: &FoundBy,
        person_present: bool,
        reason: &str,
    ) -> Result<ConsentEvent, RuleViolation> {
        if !person_present || found_by.given() < 2 || !found_by.matches(self) {
            return Err(RuleViolation::NotIdentified);
        }
        if reason.trim().is_empty() {
            return Err(RuleViolation::ReasonMissing);
        }
        match self.withdraw(withdrawal)? {
            ConsentEvent::Withdrawn {
                consent_id,
                withdrawal,
            } => Ok(ConsentEvent::WithdrawnWithoutCode {
                consent_id,
                withdrawal,
                reason: reason.trim().to_owned(),
                found_by: found_by.names(),
            }),
            _ => Err(RuleViolation::NotIdentified),
        }
    }

    /// Applies a later event, checking that it was allowed at the time it happened.
    pub fn apply(&mut self, event: &ConsentEvent) -> Result<(), RuleViolation> {
        if event.consent_id() != &self.consent_id {
            return Err(RuleViolation::WrongConsent(event.consent_id().clone()));
        }
        match event {
            ConsentEvent::Signed { .. } | ConsentEvent::Declined { .. } => {
                return Err(RuleViolation::HistoryStartsWrong);
            }
            ConsentEvent::Withdrawn { withdrawal, .. } => {
                self.withdraw(withdrawal.clone())?;
                self.stage = Stage::Withdrawn { at: withdrawal.at };
            }
            ConsentEvent::MarkedForReview { reason, at, .. } => {
                match reason {
                    // Only for a record whose child objected, with a note.
                    ReviewReason::ChildObjection { note } => {
                        self.review_child_objection(note, *at)?;
                    }
                    _ => {
                        self.mark_for_review(reason.clone(), *at)?;
                    }
                }
                self.stage = Stage::NeedsReview {
                    reason: reason.clone(),
                };
            }
            ConsentEvent::Reconsented {
                cooling_off_until,
                record,
                ..
            } => {
                if self.departed_at.is_some() {
                    return Err(RuleViolation::AlreadyDeparted);
                }
                if !matches!(self.stage, Stage::NeedsReview { .. }) {
                    return Err(RuleViolation::NotAwaitingReconsent(
                        self.state_at(record.recorded_at).name(),
                    ));
                }
                let previous = std::mem::replace(&mut self.record, record.clone());
                self.earlier_records.push(previous);
                // A fresh signature is looked at afresh.
                self.cleared_flags.clear();
                self.flag_resolutions.clear();
                self.interview = None;
                self.reconfirmed_at = None;
                self.stage = Stage::Signed {
                    cooling_off_until: *cooling_off_until,
                };
            }
            ConsentEvent::DepartureRecorded { at, account_id, .. } => {
                self.record_departure(*at, account_id.as_deref())?;
                self.departed_at = Some(*at);
            }
            // A copy handed over changes nothing about the consent itself.
            ConsentEvent::ReceiptIssued { sha256, .. } => self.receipts.push(sha256.clone()),
            ConsentEvent::FlagResolved {
                flag,
                outcome,
                reason,
                at,
                account_id,
                ..
            } => {
                self.resolve_flag(*flag, *outcome, reason, *at)?;
                if *outcome == FlagOutcome::Cleared {
                    self.cleared_flags.insert(*flag, *at);
                }
                self.flag_resolutions.push(FlagResolution {
                    flag: *flag,
                    outcome: *outcome,
                    reason: reason.clone(),
                    at: *at,
                    account_id: account_id.clone(),
                });
            }
            ConsentEvent::ConfirmationRecorded {
                interview,
                at,
                account_id,
                ..
            } => {
                self.record_confirmation(interview.clone(), *at)?;
                if interview.outcome == InterviewOutcome::Withdrawn {
                    self.stage = Stage::Withdrawn { at: *at };
                }
                self.interview = Some(InterviewRecord {
                    interview: interview.clone(),
                    at: *at,
                    account_id: account_id.clone(),
                });
            }
            ConsentEvent::DepartureReconfirmed { at, .. } => {
                self.reconfirm_departure(*at)?;
                self.reconfirmed_at = Some(*at);
            }
            ConsentEvent::DepartureCorrected { reason, at, .. } => {
                self.correct_departure(reason, *at)?;
                if self.departed_at.is_some_and(|departed| *at < departed) {
                    return Err(RuleViolation::NotDeparted);
                }
                self.departed_at = None;
                self.reconfirmed_at = None;
                self.corrected_departures.push((*at, reason.clone()));
            }
            ConsentEvent::WithdrawnWithoutCode {
                withdrawal,
                reason,
                found_by,
                ..
            } => {
                if withdrawal.confirmed_by != super::party::Role::Counsellor || found_by.len() < 2 {
                    return Err(RuleViolation::NotIdentified);
                }
                if reason.trim().is_empty() {
                    return Err(RuleViolation::ReasonMissing);
                }
                self.withdraw(withdrawal.clone())?;
                self.stage = Stage::Withdrawn { at: withdrawal.at };
            }
        }
        self.event_count += 1;
        Ok(())
    }
}

/// The adults' consents of households, gone over once: for each household
/// reference and destination country, the earliest moment an adult's consent
/// takes (or took) effect. A child's link is then one lookup, so linking a
/// household again after each of its events costs one pass over its members
/// rather than one per child.
#[derive(Debug, Default)]
pub struct HouseholdParents<'a> {
    earliest: std::collections::HashMap<(&'a str, Option<&'a str>), Timestamp>,
}

impl<'a> HouseholdParents<'a> {
    /// The parents among `consents` (any order; children and consents with no
    /// household are passed over).
    pub fn of(consents: impl IntoIterator<Item = &'a Consent>) -> Self {
        let mut earliest = std::collections::HashMap::new();
        for consent in consents {
            let subject = &consent.record.subject;
            if subject.minor {
                continue;
            }
            let Some(reference) = subject.household_reference.as_deref().map(str::trim) else {
                continue;
            };
            let Some(from) = consent.effective_from() else {
                continue;
            };
            let country = consent
                .record
                .destination
                .as_ref()
                .map(|d| d.country.as_str());
            earliest
                .entry((reference, country))
                .and_modify(|at: &mut Timestamp| *at = (*at).min(from))
                .or_insert(from);
        }
        Self { earliest }
    }

    /// Since when a parent of `child`'s household is in force for the same
    /// country (see [`Consent::household_parent_from`]); `None` when `child`
    /// does not wait for one.
    pub fn for_child(&self, child: &Consent) -> Option<Timestamp> {
        if !child.waits_for_household() {
            return None;
        }
        let reference = child.record.subject.household_reference.as_deref()?.trim();
        let country = child
            .record
            .destination
            .as_ref()
            .map(|d| d.country.as_str());
        self.earliest.get(&(reference, country)).copied()
    }
}
