//! The current state of a consent, rebuilt from its events, and the commands on it.

use serde::{Deserialize, Serialize};

use super::clock::Timestamp;
use super::draft::ConsentDraft;
use super::event::{ConsentEvent, ConsentRecord, ReviewReason, Withdrawal};
use super::policy::{SigningPolicy, Suspension};
use super::reference::{ConsentId, ReferenceCode};
use super::rules::RuleViolation;

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
    /// Cooling-off has passed.
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
    /// A short stable name: `cooling_off`, `effective`, `withdrawn`, `needs_review`, `declined`.
    pub fn name(&self) -> &'static str {
        match self {
            ConsentState::CoolingOff { .. } => "cooling_off",
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
    stage: Stage,
}

impl Consent {
    /// Starts a consent from its first event, which must be its signing or decline.
    pub fn from_first(event: &ConsentEvent) -> Result<Self, RuleViolation> {
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
                Stage::Signed {
                    cooling_off_until: *cooling_off_until,
                },
            ),
            ConsentEvent::Declined {
                consent_id,
                reference,
                record,
            } => (
                consent_id,
                reference,
                record,
                Stage::Declined {
                    at: record.recorded_at,
                },
            ),
            _ => return Err(RuleViolation::HistoryStartsWrong),
        };
        Ok(Self {
            consent_id: consent_id.clone(),
            reference: reference.clone(),
            record: record.clone(),
            earlier_records: Vec::new(),
            departed_at: None,
            receipts: Vec::new(),
            event_count: 1,
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
            Stage::Signed { cooling_off_until } => ConsentState::Effective {
                since: *cooling_off_until,
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
            record: draft.to_record(now),
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
    /// until the person leaves).
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

    /// Records that the person has left (only for an effective consent; the
    /// caller checks [`Consent::check_departure_allowed`] against today's suspensions).
    pub fn record_departure(
        &self,
        now: Timestamp,
        account_id: Option<&str>,
    ) -> Result<ConsentEvent, RuleViolation> {
        if self.departed_at.is_some() {
            return Err(RuleViolation::AlreadyDeparted);
        }
        let state = self.state_at(now);
        if !matches!(state, ConsentState::Effective { .. }) {
            return Err(RuleViolation::NotDepartable(state.name()));
        }
        Ok(ConsentEvent::DepartureRecorded {
            consent_id: self.consent_id.clone(),
            at: now,
            account_id: account_id.map(str::to_owned),
        })
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
                self.mark_for_review(reason.clone(), *at)?;
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
        }
        self.event_count += 1;
        Ok(())
    }
}
