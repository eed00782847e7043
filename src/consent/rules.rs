//! Every rule of the lifecycle, as a typed error.

use super::options::{Destination, ItemKey, LegalOption};
use super::reference::ConsentId;

/// A command the rules refuse. The message says which rule and why, without personal data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleViolation {
    /// Rule 2: the overview of all legal options must be shown before signing.
    #[error("the overview of all legal options was not shown before signing")]
    OverviewNotShown,
    /// Rule 2: the chosen option's own page must be shown before signing.
    #[error("the page of the chosen option ({0:?}) was not shown before signing")]
    OptionPageNotShown(LegalOption),
    /// Rule 2: the destination's country page must be shown before signing.
    #[error("the page of the destination {0} was not shown before signing")]
    DestinationPageNotShown(String),
    /// Rule 1: nothing is chosen by default.
    #[error("no option was chosen")]
    NoOptionChosen,
    /// Only voluntary return is signed at the kiosk; other options are pursued with a counsellor.
    #[error("the option {0:?} is not one that is consented to by signing here")]
    OptionNotSignable(LegalOption),
    /// A return consent names a destination.
    #[error("no destination was chosen")]
    NoDestination,
    /// Rule 9: a suspended destination cannot be signed for.
    #[error("return assistance to {country} is suspended")]
    DestinationSuspended {
        /// The destination's country code.
        country: String,
    },
    /// Rule 9: where return differs by area, the consent names the area (ISO
    /// 3166-2) among the country's, so an area's suspension reaches it.
    #[error("a return to {country} names the region returned to, among the country's")]
    AreaNotChosen {
        /// The destination's country code.
        country: String,
    },
    /// Rule 4: every item has its own answer; none is pre-set.
    #[error("the consent item {0:?} has not been answered")]
    ItemUnanswered(ItemKey),
    /// A required item answered "no" means declining, not signing.
    #[error("the required item {0:?} was answered no: this is a decline, not a consent")]
    RequiredItemRefused(ItemKey),
    /// Rule 3: the comprehension check comes before signing (it never blocks declining).
    #[error("the comprehension check was not done")]
    ComprehensionNotDone,
    /// Rule 6: the person concerned must sign.
    #[error("the person concerned has not signed")]
    MigrantSignatureMissing,
    /// A signature with nothing in it (no strokes, a blank name).
    #[error("a signature is empty")]
    EmptySignature,
    /// A signature by someone who is not a party of the record.
    #[error("a signature is by someone not recorded as present")]
    UnknownSigner,
    /// Rule 6: a mark needs a witness, recorded as present.
    #[error("a mark was made without a witness present")]
    MarkWithoutWitness,
    /// Rule 5: a child cannot sign alone.
    #[error("a child cannot sign without a guardian's or legal representative's signature")]
    GuardianSignatureMissing,
    /// Rule 5: the child's own view is recorded.
    #[error("the child's own view (assent or objection) was not recorded")]
    ChildViewMissing,
    /// Rule 5: a child's return needs the best-interests decision referenced.
    #[error("a child's return consent needs a reference to the best-interests decision")]
    BestInterestsReferenceMissing,
    /// Rule 5: where capacity is in doubt a representative signs.
    #[error("capacity is in doubt: a legal representative must sign")]
    RepresentativeSignatureMissing,
    /// The record must say which content and locale were shown.
    #[error("the text shown to the person was not recorded")]
    ShownTextMissing,
    /// Rule 7: cooling-off minimum below the floor.
    #[error("cooling-off minimum of {minimum_hours} h is below the floor of {floor_hours} h")]
    CoolingOffMinimumTooLow {
        /// The configured minimum.
        minimum_hours: u32,
        /// The floor.
        floor_hours: u32,
    },
    /// Rule 7: cooling-off period below the configured minimum.
    #[error("cooling-off of {hours} h is below the minimum of {minimum_hours} h")]
    CoolingOffTooShort {
        /// The configured period.
        hours: u32,
        /// The configured minimum.
        minimum_hours: u32,
    },
    /// Rule 7: cooling-off period beyond any sensible length.
    #[error("cooling-off of {hours} h is longer than the ceiling of {ceiling_hours} h")]
    CoolingOffTooLong {
        /// The configured period.
        hours: u32,
        /// The ceiling.
        ceiling_hours: u32,
    },
    /// A command names a consent that does not exist.
    #[error("no consent {0}")]
    UnknownConsent(ConsentId),
    /// Rule 8: withdrawal is possible only from signed, effective or needs-review.
    #[error("this consent cannot be withdrawn: it is {0}")]
    NotWithdrawable(&'static str),
    /// Rule 8: after departure, withdrawal is closed.
    #[error("departure has been recorded; withdrawal is closed")]
    AlreadyDeparted,
    /// Only a pending consent (signed or effective) can be moved to review.
    #[error("this consent cannot be moved to review: it is {0}")]
    NotReviewable(&'static str),
    /// Re-consent only from needs-review.
    #[error("a fresh signature is only taken for a consent that needs review; it is {0}")]
    NotAwaitingReconsent(&'static str),
    /// Departure is recorded only for a consent that is in effect.
    #[error("departure can only be recorded for an effective consent; it is {0}")]
    NotDepartable(&'static str),
    /// An event for another consent was applied.
    #[error("an event for consent {0} was applied to another consent")]
    WrongConsent(ConsentId),
    /// The first event of a consent must be its signing or its decline.
    #[error("the history of a consent must start with its signing or decline")]
    HistoryStartsWrong,
    /// The destination of the suspension does not concern this consent.
    #[error("the suspension of {0:?} does not concern this consent")]
    SuspensionNotApplicable(Destination),
    /// A signed consent is held until a counsellor acts (a flag, the interview).
    #[error("this consent does not count yet: it waits for {0}")]
    Held(&'static str),
    /// A flag resolution names a flag the record does not raise, or one already cleared.
    #[error("there is no open {0} flag on this consent")]
    FlagNotOpen(&'static str),
    /// Flags and interviews concern a signed consent that has not departed.
    #[error("this consent is {0}: there is nothing to resolve or confirm")]
    NotAwaitingSafeguard(&'static str),
    /// The interview's answers do not allow its outcome.
    #[error("the interview cannot end this way: {0}")]
    InterviewIncomplete(&'static str),
    /// A reason is required, in the counsellor's words.
    #[error("a reason is required")]
    ReasonMissing,
    /// Rule: departure is recorded only after the person confirmed again the same day.
    #[error("the person has not confirmed again today that they want to go")]
    ReconfirmationMissing,
    /// Only a recorded departure can be corrected.
    #[error("no departure has been recorded")]
    NotDeparted,
    /// Withdrawal without the code is only with the person present, found by at least two facts.
    #[error("withdrawal without the code needs the person present and at least two facts")]
    NotIdentified,
    /// A person alone may not sign in a translation nobody has reviewed unless
    /// the deployment allows it; a counsellor's guided session may.
    #[error("the translation {locale} has not been reviewed: signing in it needs a counsellor")]
    DraftLocaleAlone {
        /// The locale the person reads in.
        locale: String,
    },
    /// A child's objection is never cleared by a counsellor alone: it moves the
    /// consent to review.
    #[error("a child's objection cannot be cleared: the consent goes to review")]
    ChildObjectionNeedsReview,
    /// Rule 5: for a child, whether they are here without a parent or the adult
    /// responsible is answered, yes or no, before signing.
    #[error("for a child, whether they are unaccompanied has not been answered")]
    UnaccompaniedUnanswered,
    /// Rule 5: an unaccompanied child's return names who escorts them.
    #[error("an unaccompanied child's return needs the escort recorded")]
    EscortMissing,
    /// Rule 5: an unaccompanied child's return names the reception arrangement.
    #[error("an unaccompanied child's return needs the reception arrangement's reference")]
    ReceptionArrangementMissing,
    /// Rule 5: a child's consent linked to a household goes ahead with a
    /// parent's, unless the best-interests decision covers a return apart.
    #[error("a child's consent cannot take effect apart from a linked parent's")]
    HouseholdApart,
}

impl RuleViolation {
    /// A stable name for the rule, for translated explanations (`rule-<code>` in `locales/`).
    pub fn code(&self) -> &'static str {
        match self {
            RuleViolation::OverviewNotShown => "overview-not-shown",
            RuleViolation::OptionPageNotShown(_) => "option-page-not-shown",
            RuleViolation::DestinationPageNotShown(_) => "destination-page-not-shown",
            RuleViolation::NoOptionChosen => "no-option-chosen",
            RuleViolation::OptionNotSignable(_) => "option-not-signable",
            RuleViolation::NoDestination => "no-destination",
            RuleViolation::DestinationSuspended { .. } => "destination-suspended",
            RuleViolation::AreaNotChosen { .. } => "area-not-chosen",
            RuleViolation::ItemUnanswered(_) => "item-unanswered",
            RuleViolation::RequiredItemRefused(_) => "required-item-refused",
            RuleViolation::ComprehensionNotDone => "comprehension-not-done",
            RuleViolation::MigrantSignatureMissing => "migrant-signature-missing",
            RuleViolation::EmptySignature => "empty-signature",
            RuleViolation::UnknownSigner => "unknown-signer",
            RuleViolation::MarkWithoutWitness => "mark-without-witness",
            RuleViolation::GuardianSignatureMissing => "guardian-signature-missing",
            RuleViolation::ChildViewMissing => "child-view-missing",
            RuleViolation::BestInterestsReferenceMissing => "best-interests-reference-missing",
            RuleViolation::RepresentativeSignatureMissing => "representative-signature-missing",
            RuleViolation::ShownTextMissing => "shown-text-missing",
            RuleViolation::CoolingOffMinimumTooLow { .. } => "cooling-off-minimum-too-low",
            RuleViolation::CoolingOffTooShort { .. } => "cooling-off-too-short",
            RuleViolation::CoolingOffTooLong { .. } => "cooling-off-too-long",
            RuleViolation::UnknownConsent(_) => "unknown-consent",
            RuleViolation::NotWithdrawable(_) => "not-withdrawable",
            RuleViolation::AlreadyDeparted => "already-departed",
            RuleViolation::NotReviewable(_) => "not-reviewable",
            RuleViolation::NotAwaitingReconsent(_) => "not-awaiting-reconsent",
            RuleViolation::NotDepartable(_) => "not-departable",
            RuleViolation::WrongConsent(_) => "wrong-consent",
            RuleViolation::HistoryStartsWrong => "history-starts-wrong",
            RuleViolation::SuspensionNotApplicable(_) => "suspension-not-applicable",
            RuleViolation::Held(_) => "held",
            RuleViolation::FlagNotOpen(_) => "flag-not-open",
            RuleViolation::NotAwaitingSafeguard(_) => "not-awaiting-safeguard",
            RuleViolation::InterviewIncomplete(_) => "interview-incomplete",
            RuleViolation::ReasonMissing => "reason-missing",
            RuleViolation::ReconfirmationMissing => "reconfirmation-missing",
            RuleViolation::NotDeparted => "not-departed",
            RuleViolation::NotIdentified => "not-identified",
            RuleViolation::DraftLocaleAlone { .. } => "draft-locale-alone",
            RuleViolation::ChildObjectionNeedsReview => "child-objection-needs-review",
            RuleViolation::UnaccompaniedUnanswered => "unaccompanied-unanswered",
            RuleViolation::EscortMissing => "escort-missing",
            RuleViolation::ReceptionArrangementMissing => "reception-arrangement-missing",
            RuleViolation::HouseholdApart => "household-apart",
        }
    }
}
