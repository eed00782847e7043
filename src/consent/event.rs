//! Domain events: the only way a consent changes. They are stored, never edited.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::clock::Timestamp;
use super::draft::{ComprehensionAnswer, ShownText, Subject};
use super::options::{Destination, ItemKey, LegalOption};
use super::party::{Party, Role};
use super::reference::{ConsentId, ReferenceCode};
use super::safeguards::{ConfirmationInterview, FlagKind, FlagOutcome, Safeguards};
use super::signature::Signature;

/// What a person signed (or declined): a snapshot of the draft at that moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsentRecord {
    /// The person's locale.
    pub locale: String,
    /// Hash of content and translations shown.
    pub content_version: String,
    /// The option chosen.
    pub option: Option<LegalOption>,
    /// The destination, for a return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<Destination>,
    /// Each answered item and its answer.
    pub items: BTreeMap<ItemKey, bool>,
    /// Comprehension answers.
    pub comprehension: Vec<ComprehensionAnswer>,
    /// Facts about the person the rules depend on.
    pub subject: Subject,
    /// Everyone present.
    pub parties: Vec<Party>,
    /// The signatures.
    pub signatures: Vec<Signature>,
    /// The text shown, verbatim.
    pub shown_text: Vec<ShownText>,
    /// The person asked to speak privately or said they feel pressured.
    pub pressure_flag: bool,
    /// A comprehension answer needed explaining again.
    pub re_explained: bool,
    /// When the record was made.
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: Timestamp,
    /// The safeguards this signing is held to; absent on records made before
    /// they existed (and on declines), which keeps those records byte for byte.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safeguards: Option<Safeguards>,
    /// Made while the deployment's content said its data are examples (a
    /// demonstration): every export marks such a record as demo. Absent
    /// (false) otherwise, which keeps other records byte for byte.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example_content: bool,
}

/// Why a consent needs review before it can go ahead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum ReviewReason {
    /// Return assistance to the destination was suspended.
    DestinationSuspended {
        /// The destination concerned.
        destination: Destination,
        /// Why, from the deployment's content.
        detail: String,
    },
    /// Return assistance to the destination was found suspended when the
    /// deployment's content loaded: moved by the system, not by a person.
    SuspensionFound {
        /// The destination suspended (a whole country, or one area of it).
        destination: Destination,
        /// Why, from the deployment's content.
        detail: String,
        /// Where the suspension is written (`content/countries.toml`).
        source: String,
        /// Since when it is suspended there.
        #[serde(with = "time::serde::rfc3339")]
        since: Timestamp,
    },
    /// A child objected: the objection is never simply cleared. The
    /// best-interests process looks at it again, and only a fresh signature
    /// with the child's view taken again can go ahead.
    ChildObjection {
        /// What the counsellor noted, in their words.
        note: String,
    },
    /// Information the consent relied on changed materially.
    ContentChanged {
        /// The content version signed.
        from_version: String,
        /// The content version now in force.
        to_version: String,
    },
}

/// A withdrawal: a new event, never a deletion (rule 8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Withdrawal {
    /// When.
    #[serde(with = "time::serde::rfc3339")]
    pub at: Timestamp,
    /// Who confirmed it: the person at the kiosk, or a counsellor on their behalf.
    pub confirmed_by: Role,
    /// The counsellor's account, when withdrawn with a counsellor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
}

/// Which receipt was handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReceiptKind {
    /// The receipt of a signed consent (or re-consent).
    Consent,
    /// The receipt of a withdrawal.
    Withdrawal,
}

/// Everything that can happen to a consent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum ConsentEvent {
    /// Signed: cooling-off runs until `cooling_off_until`.
    Signed {
        /// Which consent.
        consent_id: ConsentId,
        /// The receipt's code.
        reference: ReferenceCode,
        /// When the consent becomes effective.
        #[serde(with = "time::serde::rfc3339")]
        cooling_off_until: Timestamp,
        /// What was signed.
        record: ConsentRecord,
    },
    /// The person declined; this is an outcome too, and a final one.
    Declined {
        /// Which consent.
        consent_id: ConsentId,
        /// The code (so a counsellor can find it).
        reference: ReferenceCode,
        /// What was answered before declining.
        record: ConsentRecord,
    },
    /// Withdrawn.
    Withdrawn {
        /// Which consent.
        consent_id: ConsentId,
        /// The withdrawal.
        withdrawal: Withdrawal,
    },
    /// Moved to needs-review.
    MarkedForReview {
        /// Which consent.
        consent_id: ConsentId,
        /// Why.
        reason: ReviewReason,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        /// The account that moved it (absent when the deployment's content did).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        account_id: Option<String>,
    },
    /// Signed again after review: a new cooling-off starts.
    Reconsented {
        /// Which consent.
        consent_id: ConsentId,
        /// When the consent becomes effective.
        #[serde(with = "time::serde::rfc3339")]
        cooling_off_until: Timestamp,
        /// What was signed this time.
        record: ConsentRecord,
    },
    /// A printed (PDF) receipt was issued: its SHA-256, so a paper copy can be
    /// matched to the record later. Changes nothing else.
    ReceiptIssued {
        /// Which consent.
        consent_id: ConsentId,
        /// Of what.
        kind: ReceiptKind,
        /// SHA-256 of the PDF, hex.
        sha256: String,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        /// The counsellor's account, when a counsellor re-issued it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        account_id: Option<String>,
    },
    /// The person departed; withdrawal is closed from now on.
    DepartureRecorded {
        /// Which consent.
        consent_id: ConsentId,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        /// The counsellor's account that recorded it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        account_id: Option<String>,
    },
    /// A counsellor looked into a flag and recorded what they concluded.
    FlagResolved {
        /// Which consent.
        consent_id: ConsentId,
        /// Which flag.
        flag: FlagKind,
        /// Cleared (no longer holds the consent) or referred (still holds it).
        outcome: FlagOutcome,
        /// Why, in the counsellor's words.
        reason: String,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        /// The counsellor's account.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        account_id: Option<String>,
    },
    /// A counsellor's private confirmation interview.
    ConfirmationRecorded {
        /// Which consent.
        consent_id: ConsentId,
        /// Who was there, what was asked, how it ended.
        interview: ConfirmationInterview,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        /// The counsellor's account.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        account_id: Option<String>,
    },
    /// On the day of departure the person confirmed again that they want to go.
    DepartureReconfirmed {
        /// Which consent.
        consent_id: ConsentId,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        /// The counsellor's account.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        account_id: Option<String>,
    },
    /// A departure recorded by mistake is undone (the record of it stays).
    DepartureCorrected {
        /// Which consent.
        consent_id: ConsentId,
        /// Why, in the counsellor's words.
        reason: String,
        /// When.
        #[serde(with = "time::serde::rfc3339")]
        at: Timestamp,
        /// The counsellor's account.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        account_id: Option<String>,
    },
    /// Withdrawn at the console for a person without their code, found by facts
    /// they gave, with the person present.
    WithdrawnWithoutCode {
        /// Which consent.
        consent_id: ConsentId,
        /// The withdrawal (always confirmed by a counsellor).
        withdrawal: Withdrawal,
        /// Why, in the counsellor's words.
        reason: String,
        /// Which facts found the consent, by name (never their values).
        found_by: Vec<String>,
    },
}

impl ConsentEvent {
    /// The consent this event belongs to.
    pub fn consent_id(&self) -> &ConsentId {
        match self {
            ConsentEvent::Signed { consent_id, .. }
            | ConsentEvent::Declined { consent_id, .. }
            | ConsentEvent::Withdrawn { consent_id, .. }
            | ConsentEvent::MarkedForReview { consent_id, .. }
            | ConsentEvent::Reconsented { consent_id, .. }
            | ConsentEvent::ReceiptIssued { consent_id, .. }
            | ConsentEvent::DepartureRecorded { consent_id, .. }
            | ConsentEvent::FlagResolved { consent_id, .. }
            | ConsentEvent::ConfirmationRecorded { consent_id, .. }
            | ConsentEvent::DepartureReconfirmed { consent_id, .. }
            | ConsentEvent::DepartureCorrected { consent_id, .. }
            | ConsentEvent::WithdrawnWithoutCode { consent_id, .. } => consent_id,
        }
    }

    /// The same event, attributed to a console account (for the events staff make).
    #[must_use]
    pub fn by_account(mut self, account: &str) -> Self {
        match &mut self {
            ConsentEvent::Withdrawn { withdrawal, .. }
            | ConsentEvent::WithdrawnWithoutCode { withdrawal, .. } => {
                withdrawal.account_id = Some(account.to_owned());
            }
            ConsentEvent::MarkedForReview { account_id, .. }
            | ConsentEvent::ReceiptIssued { account_id, .. }
            | ConsentEvent::DepartureRecorded { account_id, .. }
            | ConsentEvent::FlagResolved { account_id, .. }
            | ConsentEvent::ConfirmationRecorded { account_id, .. }
            | ConsentEvent::DepartureReconfirmed { account_id, .. }
            | ConsentEvent::DepartureCorrected { account_id, .. } => {
                *account_id = Some(account.to_owned());
            }
            ConsentEvent::Signed { .. }
            | ConsentEvent::Declined { .. }
            | ConsentEvent::Reconsented { .. } => {}
        }
        self
    }

    /// The record this event carries, if it carries one (signing, declining,
    /// consenting again).
    pub fn record_mut(&mut self) -> Option<&mut ConsentRecord> {
        match self {
            ConsentEvent::Signed { record, .. }
            | ConsentEvent::Declined { record, .. }
            | ConsentEvent::Reconsented { record, .. } => Some(record),
            _ => None,
        }
    }

    /// A short, stable name for the kind of event (stored beside it for queries).
    pub fn kind(&self) -> &'static str {
        match self {
            ConsentEvent::Signed { .. } => "signed",
            ConsentEvent::Declined { .. } => "declined",
            ConsentEvent::Withdrawn { .. } => "withdrawn",
            ConsentEvent::MarkedForReview { .. } => "marked_for_review",
            ConsentEvent::Reconsented { .. } => "reconsented",
            ConsentEvent::DepartureRecorded { .. } => "departure_recorded",
            ConsentEvent::ReceiptIssued { .. } => "receipt_issued",
            ConsentEvent::FlagResolved { .. } => "flag_resolved",
            ConsentEvent::ConfirmationRecorded { .. } => "confirmation_recorded",
            ConsentEvent::DepartureReconfirmed { .. } => "departure_reconfirmed",
            ConsentEvent::DepartureCorrected { .. } => "departure_corrected",
            ConsentEvent::WithdrawnWithoutCode { .. } => "withdrawn_without_code",
        }
    }

    /// When the event happened.
    pub fn at(&self) -> Timestamp {
        match self {
            ConsentEvent::Signed { record, .. }
            | ConsentEvent::Declined { record, .. }
            | ConsentEvent::Reconsented { record, .. } => record.recorded_at,
            ConsentEvent::Withdrawn { withdrawal, .. }
            | ConsentEvent::WithdrawnWithoutCode { withdrawal, .. } => withdrawal.at,
            ConsentEvent::MarkedForReview { at, .. }
            | ConsentEvent::ReceiptIssued { at, .. }
            | ConsentEvent::DepartureRecorded { at, .. }
            | ConsentEvent::FlagResolved { at, .. }
            | ConsentEvent::ConfirmationRecorded { at, .. }
            | ConsentEvent::DepartureReconfirmed { at, .. }
            | ConsentEvent::DepartureCorrected { at, .. } => *at,
        }
    }
}
