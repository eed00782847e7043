//! A guided session's "who is present", and the fresh draft a re-consent signs.

use crate::consent::{
    ChildView, Consent, ConsentDraft, PageShown, PartyId, Role, Signature, SignatureKind, Subject,
};
use crate::kiosk::step_text;

use super::{ConsoleNotice, ConsoleServices};

/// Who is present at a guided session and what the counsellor records about the
/// person before the pages are shown. Names only where a role signs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Presence {
    /// The person's language (BCP 47).
    pub locale: String,
    /// Under 18.
    pub minor: bool,
    /// The counsellor has doubts about the person's capacity to decide.
    pub capacity_doubt: bool,
    /// An interpreter is present, for this language.
    pub interpreter_language: Option<String>,
    /// A witness is present (needed for a mark), with their name.
    pub witness_name: Option<String>,
    /// A guardian or legal representative is present: which, and their name.
    pub representative: Option<(Role, String)>,
    /// For a child: the reference of the best-interests decision.
    pub best_interests_reference: Option<String>,
    /// For a child: their own view, in their words or by pictogram.
    pub child_view: Option<ChildView>,
    /// For a child: here without a parent or the adult responsible (None: not asked).
    pub unaccompanied: Option<bool>,
    /// For a child: the escort on the journey (organisation and reference).
    pub escort: Option<String>,
    /// For a child: the reference of the reception arrangement on return.
    pub reception_arrangement_reference: Option<String>,
    /// The household's reference, linking the consents of one family.
    pub household_reference: Option<String>,
    /// For a child: the best-interests decision covers a return apart from the parents.
    pub best_interests_covers_separation: bool,
}

/// The parties a guided session added, for the signatures taken later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PresentParties {
    /// The witness, if present.
    pub witness: Option<PartyId>,
    /// The guardian or legal representative, if present.
    pub representative: Option<PartyId>,
}

impl Presence {
    /// What a child's session needs before it starts: whether the child is
    /// unaccompanied, answered yes or no; and if yes, the escort and the
    /// reference of the reception arrangement (rule 5). Signing checks it again.
    pub fn check(&self) -> Result<(), crate::consent::RuleViolation> {
        use crate::consent::RuleViolation;
        if !self.minor {
            return Ok(());
        }
        let given = |value: &Option<String>| value.as_deref().is_some_and(|v| !v.trim().is_empty());
        match self.unaccompanied {
            None => Err(RuleViolation::UnaccompaniedUnanswered),
            Some(true) if !given(&self.escort) => Err(RuleViolation::EscortMissing),
            Some(true) if !given(&self.reception_arrangement_reference) => {
                Err(RuleViolation::ReceptionArrangementMissing)
            }
            Some(_) => Ok(()),
        }
    }

    /// Records everyone present and what the rules need to know about the person.
    pub fn apply_to(&self, draft: &mut ConsentDraft, account_id: &str) -> PresentParties {
        draft.add_counsellor(account_id);
        if let Some(language) = &self.interpreter_language {
            draft.add_party(Role::Interpreter, None, Some(language));
        }
        let witness = self
            .witness_name
            .as_deref()
            .filter(|n| !n.trim().is_empty())
            .map(|name| draft.add_party(Role::Witness, Some(name.trim()), None));
        let representative = self
            .representative
            .as_ref()
            .filter(|(role, name)| role.can_represent() && !name.trim().is_empty())
            .map(|(role, name)| draft.add_party(*role, Some(name.trim()), None));
        draft.subject = Subject {
            minor: self.minor,
            capacity_doubt: self.capacity_doubt,
            child_view: self.child_view.clone().filter(|_| self.minor),
            best_interests_reference: self
                .best_interests_reference
                .clone()
                .filter(|r| self.minor && !r.trim().is_empty()),
            unaccompanied: self.unaccompanied.filter(|_| self.minor),
            escort: self
                .escort
                .clone()
                .filter(|e| self.minor && !e.trim().is_empty()),
            reception_arrangement_reference: self
                .reception_arrangement_reference
                .clone()
                .filter(|r| self.minor && !r.trim().is_empty()),
            household_reference: self
                .household_reference
                .clone()
                .filter(|r| !r.trim().is_empty()),
            best_interests_covers_separation: self.minor && self.best_interests_covers_separation,
        };
        PresentParties {
            witness,
            representative,
        }
    }
}

/// One step's text then and now, for the re-consent screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The step (`overview`, `country/GE`, …).
    pub step: String,
    /// What the person was shown when they signed.
    pub before: String,
    /// What the same step shows now (`None`: the step is gone).
    pub now: Option<String>,
}

/// Every step of the signed record whose text differs now, in the record's language.
pub fn what_changed(consent: &Consent, services: &ConsoleServices<'_>) -> Vec<Change> {
    let record = &consent.record;
    let chain = services
        .catalog
        .chain(&record.locale, &services.content.deployment.host_locale);
    record
        .shown_text
        .iter()
        .filter_map(|shown| {
            let now = step_text(
                &shown.step,
                record,
                services.content,
                services.catalog,
                &chain,
            );
            (now.as_deref() != Some(shown.text.as_str())).then(|| Change {
                step: shown.step.clone(),
                before: shown.text.clone(),
                now,
            })
        })
        .collect()
}

/// The draft a re-consent signs: the same choices, the text as it reads now, the
/// counsellor present, and a typed signature from each party who signed before.
pub(super) fn fresh_draft(
    consent: &Consent,
    account_id: &str,
    typed_names: &[(PartyId, String)],
    services: &ConsoleServices<'_>,
) -> Result<ConsentDraft, ConsoleNotice> {
    let record = &consent.record;
    let items: Vec<_> = record.items.keys().map(|&key| (key, true)).collect();
    let mut draft = ConsentDraft::new(
        consent.consent_id.clone(),
        consent.reference.clone(),
        &record.locale,
        services.content.version_for(
            record
                .destination
                .as_ref()
                .map(|destination| destination.country.as_str()),
        ),
        &items,
    );
    for (key, answer) in &record.items {
        draft.answer(*key, *answer);
    }
    // Required-ness comes from the content as it is now.
    for item in &mut draft.items {
        item.required = services
            .content
            .statements
            .iter()
            .any(|s| s.item == item.key && s.required);
    }
    draft.choose(
        record
            .option
            .ok_or(ConsoleNotice::Message("console-not-found"))?,
        record.destination.clone(),
    );
    draft.comprehension = record.comprehension.clone();
    draft.comprehension_done = true;
    draft.pressure_flag = record.pressure_flag;
    draft.example_content = services.content.countries_are_examples;
    draft.subject = record.subject.clone();
    draft.parties = record.parties.clone();
    let here = record
        .parties
        .iter()
        .any(|p| p.account_id.as_deref() == Some(account_id));
    if !here {
        draft.add_counsellor(account_id);
    }
    let chain = services
        .catalog
        .chain(&record.locale, &services.content.deployment.host_locale);
    for shown in &record.shown_text {
        let Some(text) = step_text(
            &shown.step,
            record,
            services.content,
            services.catalog,
            &chain,
        ) else {
            continue;
        };
        let (kind, rest) = shown.step.split_once('/').unwrap_or((&shown.step, ""));
        let page = match kind {
            "overview" => Some(PageShown::Overview),
            "option" => record.option.map(PageShown::Option),
            "country" => Some(PageShown::Country(rest.to_owned())),
            _ => None,
        };
        match page {
            Some(page) => draft.record_page(page, &text),
            None => draft.record_text(&shown.step, &text),
        }
    }
    for (signer, name) in typed_names {
        draft.add_signature(Signature {
            signer: *signer,
            kind: SignatureKind::Typed {
                name: name.as_str().into(),
            },
            signed_at: services.now,
        });
    }
    Ok(draft)
}
