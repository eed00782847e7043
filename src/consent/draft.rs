//! A consent being prepared: lives only in memory until it is signed or declined.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use super::clock::Timestamp;
use super::event::{ConsentEvent, ConsentRecord};
use super::options::{Destination, ItemKey, LegalOption};
use super::party::{ChildView, Party, PartyId, Role};
use super::policy::SigningPolicy;
use super::reference::{ConsentId, ReferenceCode};
use super::rules::RuleViolation;
use super::signature::{Signature, SignatureKind};
use crate::redact::Personal;

/// A page whose showing matters to the rules (DESIGN.md rule 2).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "page", content = "key")]
pub enum PageShown {
    /// The overview of all legal options.
    Overview,
    /// One option's own page.
    Option(LegalOption),
    /// A country of return's page (ISO code).
    Country(String),
}

/// One granular consent item with its answer; `None` until the person answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentItem {
    /// Which item.
    pub key: ItemKey,
    /// Whether the consent cannot go ahead without a yes (the others are truly optional).
    pub required: bool,
    /// The person's answer; never pre-set.
    pub answer: Option<bool>,
}

/// An answer to one comprehension question. A wrong answer is explained again, never graded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComprehensionAnswer {
    /// The question's id in `content/`.
    pub question_id: String,
    /// The answer chosen.
    pub answer_id: String,
    /// Whether it matched the expected answer.
    pub understood: bool,
}

/// The exact text a person was shown at one step, as rendered, in their locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownText {
    /// The step or page (e.g. `overview`, `option/voluntary_return`, `item/personal_data`).
    pub step: String,
    /// The locale the text was shown in.
    pub locale: String,
    /// The text, verbatim.
    pub text: String,
    /// Per paragraph (in the order of `text`'s blank-line-separated paragraphs):
    /// the locale it really came from and whether it fell back from the
    /// person's. Absent where it was not known (older records, pages drawn
    /// whole), which keeps those records byte for byte.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<ParagraphSource>,
}

/// Where one paragraph of shown text came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphSource {
    /// The locale whose words were shown.
    pub locale: String,
    /// True when the person's own locale lacked the paragraph and another's was shown.
    pub fell_back: bool,
}

/// What the record knows about the person concerned, as far as the rules need it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    /// Under 18.
    pub minor: bool,
    /// A counsellor recorded doubts about capacity to decide.
    pub capacity_doubt: bool,
    /// For a child: their own view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_view: Option<ChildView>,
    /// For a child: the reference of the best-interests decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_interests_reference: Option<String>,
    /// For a child: whether they are here without a parent or the adult
    /// responsible for them (absent when it was not recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unaccompanied: Option<bool>,
    /// For a child's return: who escorts them on the journey, as an
    /// organisation and its reference (never a name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escort: Option<String>,
    /// For a child's return: the reference of the arrangement for receiving
    /// them in the country of return, checked before they go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reception_arrangement_reference: Option<String>,
    /// A reference shared by the consents of one household (a family), which
    /// links them: a child's does not take effect apart from a parent's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub household_reference: Option<String>,
    /// For a child of a household: the best-interests decision covers a return
    /// apart from the parents (then the child's consent may go ahead alone).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub best_interests_covers_separation: bool,
}

/// A consent being prepared. Nothing of it is stored unless it is signed (or declined).
///
/// Dropping a draft wipes the personal data it held from memory.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsentDraft {
    /// Internal id.
    pub consent_id: ConsentId,
    /// The code the receipt will carry.
    pub reference: ReferenceCode,
    /// The person's locale (BCP-47).
    pub locale: String,
    /// Hash of the content and translations in use.
    pub content_version: String,
    /// Pages shown so far.
    pub pages_shown: BTreeSet<PageShown>,
    /// The option chosen; nothing is chosen by default.
    pub option: Option<LegalOption>,
    /// The destination chosen, for a return.
    pub destination: Option<Destination>,
    /// The granular items, unanswered at first.
    pub items: Vec<ConsentItem>,
    /// Comprehension answers in the order given.
    pub comprehension: Vec<ComprehensionAnswer>,
    /// Whether the comprehension step was completed.
    pub comprehension_done: bool,
    /// Facts about the person the rules depend on.
    pub subject: Subject,
    /// Everyone present; party 0 is the person concerned.
    pub parties: Vec<Party>,
    /// Signatures collected.
    pub signatures: Vec<Signature>,
    /// The verbatim text shown, step by step.
    pub shown_text: Vec<ShownText>,
    /// The person said they feel pressured or want to speak privately.
    pub pressure_flag: bool,
    /// The content in use says its data are examples: the record is a demonstration.
    pub example_content: bool,
}

/// The party id of the person concerned in every draft.
pub const MIGRANT: PartyId = PartyId(0);

impl ConsentDraft {
    /// A fresh draft; `items` lists each statement of the content with whether it is required.
    pub fn new(
        consent_id: ConsentId,
        reference: ReferenceCode,
        locale: &str,
        content_version: &str,
        items: &[(ItemKey, bool)],
    ) -> Self {
        Self {
            consent_id,
            reference,
            locale: locale.to_owned(),
            content_version: content_version.to_owned(),
            pages_shown: BTreeSet::new(),
            option: None,
            destination: None,
            items: items
                .iter()
                .map(|&(key, required)| ConsentItem {
                    key,
                    required,
                    answer: None,
                })
                .collect(),
            comprehension: Vec::new(),
            comprehension_done: false,
            subject: Subject::default(),
            parties: vec![Party {
                party_id: MIGRANT,
                role: Role::Migrant,
                name: None,
                language: None,
                account_id: None,
            }],
            signatures: Vec::new(),
            shown_text: Vec::new(),
            pressure_flag: false,
            example_content: false,
        }
    }

    /// Records that a page was shown, with its text as rendered.
    pub fn record_page(&mut self, page: PageShown, text: &str) {
        self.record_page_from(page, text, Vec::new());
    }

    /// Like [`ConsentDraft::record_page`], with where each paragraph came from.
    pub fn record_page_from(
        &mut self,
        page: PageShown,
        text: &str,
        paragraphs: Vec<ParagraphSource>,
    ) {
        let step = match &page {
            PageShown::Overview => "overview".to_owned(),
            PageShown::Option(option) => format!("option/{}", option.key()),
            PageShown::Country(code) => format!("country/{code}"),
        };
        self.record_text_from(&step, text, paragraphs);
        self.pages_shown.insert(page);
    }

    /// Records the verbatim text shown at a step.
    pub fn record_text(&mut self, step: &str, text: &str) {
        self.record_text_from(step, text, Vec::new());
    }

    /// Records the verbatim text shown at a step, with where each paragraph came from.
    pub fn record_text_from(&mut self, step: &str, text: &str, paragraphs: Vec<ParagraphSource>) {
        self.shown_text.push(ShownText {
            step: step.to_owned(),
            locale: self.locale.clone(),
            text: text.to_owned(),
            paragraphs,
        });
    }

    /// Whether any paragraph shown so far fell back from the person's locale.
    pub fn fell_back_anywhere(&self) -> bool {
        self.shown_text
            .iter()
            .flat_map(|shown| &shown.paragraphs)
            .any(|p| p.fell_back)
    }

    /// Chooses an option (and destination, for a return).
    pub fn choose(&mut self, option: LegalOption, destination: Option<Destination>) {
        self.option = Some(option);
        self.destination = destination;
    }

    /// Answers one item; an unknown item is ignored because the content did not offer it.
    pub fn answer(&mut self, key: ItemKey, yes: bool) {
        if let Some(item) = self.items.iter_mut().find(|item| item.key == key) {
            item.answer = Some(yes);
        }
    }

    /// The answer given to an item, if any.
    pub fn answer_to(&self, key: ItemKey) -> Option<bool> {
        self.items
            .iter()
            .find(|item| item.key == key)
            .and_then(|item| item.answer)
    }

    /// Records one comprehension answer.
    pub fn answer_comprehension(&mut self, question_id: &str, answer_id: &str, understood: bool) {
        self.comprehension.push(ComprehensionAnswer {
            question_id: question_id.to_owned(),
            answer_id: answer_id.to_owned(),
            understood,
        });
    }

    /// Whether any comprehension answer needed explaining again (flags the record for a counsellor).
    pub fn needed_re_explanation(&self) -> bool {
        self.comprehension.iter().any(|answer| !answer.understood)
    }

    /// Adds someone present and returns their party id.
    pub fn add_party(&mut self, role: Role, name: Option<&str>, language: Option<&str>) -> PartyId {
        let party_id = PartyId(self.parties.len() as u8);
        self.parties.push(Party {
            party_id,
            role,
            name: name.map(Personal::from),
            language: language.map(str::to_owned),
            account_id: None,
        });
        party_id
    }

    /// Adds a counsellor by account id and returns their party id.
    pub fn add_counsellor(&mut self, account_id: &str) -> PartyId {
        let party_id = self.add_party(Role::Counsellor, None, None);
        if let Some(party) = self.parties.last_mut() {
            party.account_id = Some(account_id.to_owned());
        }
        party_id
    }

    /// Adds a signature.
    pub fn add_signature(&mut self, signature: Signature) {
        self.signatures.push(signature);
    }

    fn role_of(&self, party_id: PartyId) -> Option<Role> {
        self.parties
            .iter()
            .find(|p| p.party_id == party_id)
            .map(|p| p.role)
    }

    /// Checks every rule that signing depends on, without changing anything.
    pub fn check_signable(&self, policy: &SigningPolicy) -> Result<(), RuleViolation> {
        let option = self.option.ok_or(RuleViolation::NoOptionChosen)?;
        if !option.needs_destination() {
            return Err(RuleViolation::OptionNotSignable(option));
        }
        let destination = self
            .destination
            .as_ref()
            .ok_or(RuleViolation::NoDestination)?;
        policy.check_destination(destination)?;
        if !self.pages_shown.contains(&PageShown::Overview) {
            return Err(RuleViolation::OverviewNotShown);
        }
        if !self.pages_shown.contains(&PageShown::Option(option)) {
            return Err(RuleViolation::OptionPageNotShown(option));
        }
        if !self
            .pages_shown
            .contains(&PageShown::Country(destination.country.clone()))
        {
            return Err(RuleViolation::DestinationPageNotShown(
                destination.country.clone(),
            ));
        }
        for item in &self.items {
            match item.answer {
                None => return Err(RuleViolation::ItemUnanswered(item.key)),
                Some(false) if item.required => {
                    return Err(RuleViolation::RequiredItemRefused(item.key));
                }
                Some(_) => {}
            }
        }
        if !self.comprehension_done {
            return Err(RuleViolation::ComprehensionNotDone);
        }
        if self.shown_text.is_empty() {
            return Err(RuleViolation::ShownTextMissing);
        }
        self.check_signatures()
    }

    fn check_signatures(&self) -> Result<(), RuleViolation> {
        for signature in &self.signatures {
            let Some(role) = self.role_of(signature.signer) else {
                return Err(RuleViolation::UnknownSigner);
            };
            if !signature.is_substantive() {
                return Err(RuleViolation::EmptySignature);
            }
            if let SignatureKind::Mark { witness } = signature.kind {
                let witnessed =
                    witness != signature.signer && self.role_of(witness) == Some(Role::Witness);
                if !witnessed || role == Role::Witness {
                    return Err(RuleViolation::MarkWithoutWitness);
                }
            }
        }
        let signed_by = |wanted: fn(Role) -> bool| {
            self.signatures
                .iter()
                .any(|s| self.role_of(s.signer).is_some_and(wanted))
        };
        let needs_representative = self.subject.minor || self.subject.capacity_doubt;
        if !needs_representative && !signed_by(|role| role == Role::Migrant) {
            return Err(RuleViolation::MigrantSignatureMissing);
        }
        if self.subject.minor {
            if !signed_by(Role::can_represent) {
                return Err(RuleViolation::GuardianSignatureMissing);
            }
            if self.subject.child_view.is_none() {
                return Err(RuleViolation::ChildViewMissing);
            }
            let has_reference = self
                .subject
                .best_interests_reference
                .as_deref()
                .is_some_and(|r| !r.trim().is_empty());
            if !has_reference {
                return Err(RuleViolation::BestInterestsReferenceMissing);
            }
            // Whether the child is here alone is always asked, yes or no; a
            // child travelling without their family goes with someone, to someone.
            let Some(unaccompanied) = self.subject.unaccompanied else {
                return Err(RuleViolation::UnaccompaniedUnanswered);
            };
            if unaccompanied {
                let given =
                    |value: &Option<String>| value.as_deref().is_some_and(|v| !v.trim().is_empty());
                if !given(&self.subject.escort) {
                    return Err(RuleViolation::EscortMissing);
                }
                if !given(&self.subject.reception_arrangement_reference) {
                    return Err(RuleViolation::ReceptionArrangementMissing);
                }
            }
        }
        if self.subject.capacity_doubt && !signed_by(|role| role == Role::LegalRepresentative) {
            return Err(RuleViolation::RepresentativeSignatureMissing);
        }
        Ok(())
    }

    /// The record as it stands, for signing or re-consent.
    pub(crate) fn to_record(&self, at: Timestamp) -> ConsentRecord {
        ConsentRecord {
            locale: self.locale.clone(),
            content_version: self.content_version.clone(),
            option: self.option,
            destination: self.destination.clone(),
            items: self
                .items
                .iter()
                .filter_map(|item| item.answer.map(|answer| (item.key, answer)))
                .collect(),
            comprehension: self.comprehension.clone(),
            subject: self.subject.clone(),
            parties: self.parties.clone(),
            signatures: self.signatures.clone(),
            shown_text: self.shown_text.clone(),
            pressure_flag: self.pressure_flag,
            re_explained: self.needed_re_explanation(),
            recorded_at: at,
            safeguards: None,
            example_content: self.example_content,
        }
    }

    /// The record of a signature: held to the deployment's safeguards.
    pub(crate) fn to_signed_record(&self, policy: &SigningPolicy, at: Timestamp) -> ConsentRecord {
        ConsentRecord {
            safeguards: Some(super::safeguards::Safeguards {
                confirmation_interview: policy.confirmation_interview,
            }),
            ..self.to_record(at)
        }
    }

    /// Signs: checks every rule and returns the event to store. The draft is left
    /// untouched, so if storing fails nothing the person entered is lost.
    pub fn sign(
        &self,
        policy: &SigningPolicy,
        now: Timestamp,
    ) -> Result<ConsentEvent, RuleViolation> {
        self.check_signable(policy)?;
        Ok(ConsentEvent::Signed {
            consent_id: self.consent_id.clone(),
            reference: self.reference.clone(),
            cooling_off_until: policy.cooling_off.ends(now)?,
            record: self.to_signed_record(policy, now),
        })
    }

    /// Declines: always possible, whatever has or has not been answered (rule 3).
    pub fn decline(&self, now: Timestamp) -> ConsentEvent {
        ConsentEvent::Declined {
            consent_id: self.consent_id.clone(),
            reference: self.reference.clone(),
            record: self.to_record(now),
        }
    }

    /// Wipes every piece of personal data held (names, signatures, answers, shown text).
    pub fn wipe(&mut self) {
        for party in &mut self.parties {
            if let Some(name) = party.name.as_mut() {
                name.zeroize();
            }
            party.name = None;
        }
        for signature in &mut self.signatures {
            match &mut signature.kind {
                SignatureKind::Typed { name } => name.zeroize(),
                SignatureKind::Drawn { strokes } => {
                    for stroke in strokes.iter_mut() {
                        for point in stroke.iter_mut() {
                            *point = (0, 0);
                        }
                    }
                    strokes.clear();
                }
                SignatureKind::Mark { .. } => {}
            }
        }
        self.signatures.clear();
        for shown in &mut self.shown_text {
            shown.text.zeroize();
        }
        self.shown_text.clear();
        if let Some(ChildView::Assent { words } | ChildView::Objection { words }) =
            self.subject.child_view.as_mut()
        {
            words.zeroize();
        }
        for reference in [
            &mut self.subject.best_interests_reference,
            &mut self.subject.escort,
            &mut self.subject.reception_arrangement_reference,
            &mut self.subject.household_reference,
        ]
        .into_iter()
        .flatten()
        {
            reference.zeroize();
        }
        self.subject = Subject::default();
        self.comprehension.clear();
        for item in &mut self.items {
            item.answer = None;
        }
        self.option = None;
        self.destination = None;
        self.pressure_flag = false;
    }
}

impl Drop for ConsentDraft {
    fn drop(&mut self) {
        self.wipe();
    }
}
