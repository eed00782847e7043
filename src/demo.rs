//! Fictional consents for demonstrations and benchmarks, made through the domain API
//! exactly as the kiosk would make them, so every rule applies to them too.

use time::Duration;

use crate::consent::{
    AuditEvent, ChildView, ConcernKind, ConfirmationInterview, Consent, ConsentDraft, ConsentEvent,
    ConsentId, Destination, FearOfHarm, FitnessToTravel, FlagKind, FlagOutcome, FoundBy,
    Interpreter, InterviewOutcome, ItemKey, KIOSK_ACCOUNT, LegalAdvice, LegalOption, MIGRANT,
    PageShown, ProtectionSigns, ReferenceCode, ReviewReason, Role, RuleViolation, Signature,
    SignatureKind, SigningPolicy, Suspension, Timestamp, Withdrawal,
};
use crate::store::{Store, StoreError};

/// Countries used by demo records (ISO 3166-1 alpha-2).
const COUNTRIES: [&str; 12] = [
    "GE", "IQ", "NG", "SN", "AF", "ER", "ET", "BD", "PK", "UA", "MA", "TN",
];
/// Locales used by demo records.
const LOCALES: [&str; 12] = [
    "ar", "fa", "ps", "ur", "ckb", "ti", "am", "bn", "en", "fr", "ru", "uk",
];
/// The consent statements of the demo deployment: (item, required).
pub const STATEMENTS: [(ItemKey, bool); 5] = [
    (ItemKey::ReturnAssistance, true),
    (ItemKey::PersonalData, true),
    (ItemKey::ShareIdentityWithOriginAuthorities, true),
    (ItemKey::ShareHealthWithMedicalEscort, false),
    (ItemKey::ContactAfterReturn, false),
];
/// Marks every demo record's content version, so nobody mistakes one for a real record.
pub const DEMO_CONTENT_VERSION: &str = "demo-content";

/// What was added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DemoSummary {
    /// Consents created.
    pub consents: usize,
    /// Events stored.
    pub events: usize,
    /// Entries of the audit log (concerns, a suspension and its lifting).
    pub audit_entries: usize,
}

/// Adds `count` fictional consents to `store`, `per_transaction` consents per commit,
/// with a realistic mix: cooling-off, on hold (waiting for the interview, a
/// referral, a child's objection referred on), effective after a confirmation and
/// cleared flags, withdrawn (at the kiosk, without the code, in the interview),
/// declined, departed after a same-day reconfirmation, a corrected departure,
/// minors with guardians (unaccompanied ones with an escort and a reception
/// arrangement; a child's objection referred, or taken to review; a child
/// linked to a parent's household, one in force with the parent's and one
/// held until the parent's is), returns to one region of a country (every
/// return to Nigeria names its region), marks with witnesses, capacity doubts,
/// needs-review. A new demo store's audit log also gets concerns raised at the
/// kiosk (one still open, one taken up) and a console suspension of one region
/// that was lifted.
///
/// Refused on a store that holds real records.
pub fn add_demo_records(
    store: &mut Store,
    count: usize,
    per_transaction: usize,
    now: Timestamp,
) -> Result<DemoSummary, StoreError> {
    store.mark_demo()?;
    let mut summary = DemoSummary::default();
    if store.event_count() == 0 {
        summary.audit_entries = add_demo_audit(store, now)?;
    }
    // Numbered on from the consents already there, so records added in several
    // calls form households of a parent or two and their children, as one call's
    // do, rather than every call adding to the same households.
    let before = store.consent_count()?;
    let mut pending: Vec<ConsentEvent> = Vec::new();
    let mut in_batch = 0;
    for index in before..before + count {
        pending.extend(demo_history(index, now)?);
        in_batch += 1;
        if in_batch == per_transaction.max(1) || index + 1 == before + count {
            summary.events += store.commit_demo(&pending)?.len();
            summary.consents += in_batch;
            pending.clear();
            in_batch = 0;
        }
    }
    Ok(summary)
}

/// The console's side of a demo: a concern the kiosk raised and nobody took up
/// yet, one taken up, and a region suspended from the console, then lifted.
fn add_demo_audit(store: &mut Store, now: Timestamp) -> Result<usize, StoreError> {
    let concern_id = || -> Result<String, StoreError> {
        let mut id = [0u8; 8];
        getrandom::fill(&mut id).map_err(|e| StoreError::Randomness(e.to_string()))?;
        Ok(hex::encode(id))
    };
    let answered = concern_id()?;
    let region = Destination {
        country: "NG".into(),
        area: Some("NG-KN".into()),
    };
    let entries = [
        AuditEvent::ConcernRaised {
            account_id: KIOSK_ACCOUNT.into(),
            concern_id: answered.clone(),
            kind: ConcernKind::LostCode,
            screen: "withdraw".into(),
            locale: "ar".into(),
            at: now - Duration::hours(3),
        },
        AuditEvent::ConcernSeen {
            account_id: "demo-counsellor-2".into(),
            concern_id: answered,
            at: now - Duration::minutes(170),
        },
        AuditEvent::DestinationSuspended {
            account_id: "demo-admin".into(),
            destination: region.clone(),
            reason: "(demo) road closures reported by the partner office".into(),
            consents_moved: 0,
            at: now - Duration::hours(50),
        },
        AuditEvent::SuspensionLifted {
            account_id: "demo-admin".into(),
            destination: region,
            reason: "(demo) the partner office confirms the roads are open again".into(),
            consents_in_review: 0,
            at: now - Duration::hours(26),
        },
        AuditEvent::ConcernRaised {
            account_id: KIOSK_ACCOUNT.into(),
            concern_id: concern_id()?,
            kind: ConcernKind::Pressured,
            screen: "item".into(),
            locale: "fa".into(),
            at: now - Duration::minutes(20),
        },
    ];
    for entry in &entries {
        store.record_audit(entry)?;
    }
    Ok(entries.len())
}

fn random_u64() -> Result<u64, StoreError> {
    getrandom::u64().map_err(|e| StoreError::Randomness(e.to_string()))
}

/// The entry of a non-empty table for `index`, wrapping around.
fn cycle<T: Copy + Default>(table: &[T], index: usize) -> T {
    table
        .get(index % table.len().max(1))
        .copied()
        .unwrap_or_default()
}

/// The whole history of demo consent number `index`.
fn demo_history(index: usize, now: Timestamp) -> Result<Vec<ConsentEvent>, StoreError> {
    let mut id = [0u8; 16];
    getrandom::fill(&mut id).map_err(|e| StoreError::Randomness(e.to_string()))?;
    let mut draft = ConsentDraft::new(
        ConsentId::from_random(id),
        ReferenceCode::from_random(random_u64()?),
        cycle(&LOCALES, index),
        DEMO_CONTENT_VERSION,
        &STATEMENTS,
    );
    // A child linked to a household goes where the parent goes: most with a
    // parent whose consent is in force, some with one still in cooling-off.
    let household_child = index % 40 == 27;
    let parent = index.saturating_sub(if index % 80 == 67 { 5 } else { 4 });
    let country = cycle(&COUNTRIES, if household_child { parent } else { index } / 3);
    let scenario = index % 10;
    // Spread signing times over the last 40 days; cooling-off ones within the last 3.
    let age_hours = match scenario {
        0..=2 => 1 + (index as i64 * 7) % 70,
        _ => 96 + (index as i64 * 13) % 860,
    };
    let signed_at = now - Duration::hours(age_hours);

    draft.record_page(PageShown::Overview, "(demo) Your options: asylum, appeal, other stay, return, a third country, and what happens without a decision.");
    draft.record_page(
        PageShown::Option(LegalOption::VoluntaryReturn),
        "(demo) Going back with help: travel, documents, arrival and reintegration support.",
    );
    draft.record_page(
        PageShown::Country(country.to_owned()),
        "(demo) Conditions of return and reintegration support in this country.",
    );
    // A return to a country whose assistance differs by area names the region
    // (ISO 3166-2), as the kiosk asks it.
    let destination = if country == "NG" {
        Destination {
            country: country.to_owned(),
            area: Some(
                if index.is_multiple_of(2) {
                    "NG-LA"
                } else {
                    "NG-KN"
                }
                .into(),
            ),
        }
    } else {
        Destination::country(country)
    };
    draft.choose(LegalOption::VoluntaryReturn, Some(destination));
    for (position, (key, required)) in STATEMENTS.iter().enumerate() {
        draft.answer(*key, *required || (index + position).is_multiple_of(2));
    }
    draft.answer_comprehension("change-mind", "yes", true);
    draft.answer_comprehension("other-options", "yes", !index.is_multiple_of(7));
    draft.comprehension_done = true;
    draft.pressure_flag = index.is_multiple_of(23);
    draft.add_counsellor(&format!("demo-counsellor-{}", index % 4 + 1));
    if index.is_multiple_of(5) {
        draft.add_party(Role::Interpreter, None, Some(cycle(&LOCALES, index)));
    }

    let name = format!("Demo Person {index:05}");
    let typed = |signer, name: &str| Signature {
        signer,
        kind: SignatureKind::Typed { name: name.into() },
        signed_at,
    };
    if scenario == 6 {
        return Ok(vec![draft.decline(signed_at)]);
    }
    if (scenario == 3 && index % 40 == 23) || index % 80 == 62 {
        draft.subject.household_reference = Some(format!("DEMO-HH-{index:05}"));
    }
    if scenario == 7 {
        draft.subject.minor = true;
        let guardian = draft.add_party(Role::Guardian, Some("Demo Guardian"), None);
        draft.add_signature(typed(guardian, "Demo Guardian"));
        draft.subject.child_view = Some(ChildView::Assent {
            words: "(demo) pictogram: happy".into(),
        });
        draft.subject.best_interests_reference = Some(format!("DEMO-BID-{index:05}"));
        // Some children are here alone: they travel with an escort, to a known reception.
        let unaccompanied = index % 40 == 7;
        draft.subject.unaccompanied = Some(unaccompanied);
        if unaccompanied {
            draft.subject.escort = Some(format!("(demo) escort service, ref. DEMO-ESC-{index:05}"));
            draft.subject.reception_arrangement_reference = Some(format!("DEMO-REC-{index:05}"));
        }
        // Linked to the household of an adult a few consents earlier (confirmed
        // early, or still in cooling-off: then the child's waits for it).
        if household_child {
            draft.subject.household_reference = Some(format!("DEMO-HH-{parent:05}"));
        }
    } else if index.is_multiple_of(11) {
        draft.subject.capacity_doubt = true;
        let representative =
            draft.add_party(Role::LegalRepresentative, Some("Demo Representative"), None);
        draft.add_signature(typed(representative, "Demo Representative"));
    } else if index.is_multiple_of(4) {
        let witness = draft.add_party(Role::Witness, Some("Demo Witness"), None);
        draft.add_signature(Signature {
            signer: MIGRANT,
            kind: SignatureKind::Mark { witness },
            signed_at,
        });
    } else if index % 4 == 1 {
        draft.add_signature(Signature {
            signer: MIGRANT,
            kind: SignatureKind::Drawn {
                strokes: vec![
                    vec![(1000, 5000), (3000, 4000), (5000, 6000), (8000, 4500)],
                    vec![(6000, 3000), (6500, 7000)],
                ],
            },
            signed_at,
        });
    } else {
        draft.add_signature(typed(MIGRANT, &name));
    }

    if scenario == 7 && index % 20 == 17 {
        draft.subject.child_view = Some(ChildView::Objection {
            words: "(demo) pictogram: sad".into(),
        });
    }

    let policy = SigningPolicy::default();
    let signed = draft.sign(&policy, signed_at)?;
    let consent = Consent::from_first(&signed)?;
    let mut history = History {
        consent,
        events: vec![signed],
        counsellor: format!("demo-counsellor-{}", index % 4 + 1),
    };
    let cooling_off_end = policy.cooling_off.ends(signed_at)?;
    match scenario {
        1 => history.confirm(index, signed_at + Duration::minutes(30))?,
        3 => history.confirm(index, cooling_off_end - Duration::hours(24))?,
        4 if index % 20 == 4 => {
            let mut interview = demo_interview(index, InterviewOutcome::Referred);
            interview.fear_of_harm = FearOfHarm::Referred;
            history
                .push(|c| c.record_confirmation(interview, cooling_off_end + Duration::hours(2)))?;
        }
        5 => {
            let at = signed_at + Duration::hours(20);
            history.push(|c| match index % 3 {
                0 => c.withdraw(Withdrawal {
                    at,
                    confirmed_by: Role::Migrant,
                    account_id: None,
                }),
                1 => c.withdraw_without_code(
                    Withdrawal {
                        at,
                        confirmed_by: Role::Counsellor,
                        account_id: None,
                    },
                    &FoundBy {
                        signed_on: Some(signed_at.date()),
                        destination: Some(country.to_owned()),
                        ..FoundBy::default()
                    },
                    true,
                    "(demo) lost the receipt; wants to stay",
                ),
                _ => c.record_confirmation(demo_interview(index, InterviewOutcome::Withdrawn), at),
            })?;
        }
        7 if index % 20 == 17 => {
            history.push(|c| {
                c.resolve_flag(
                    FlagKind::ChildObjection,
                    FlagOutcome::Referred,
                    "(demo) referred to the guardianship service",
                    signed_at + Duration::hours(30),
                )
            })?;
            // Every other one is then taken to review: a child's objection is never cleared.
            if index % 40 == 37 {
                history.push(|c| {
                    c.review_child_objection(
                        "(demo) the best-interests panel looks at it again",
                        signed_at + Duration::hours(40),
                    )
                })?;
            }
        }
        7 => history.confirm(index, signed_at + Duration::hours(48))?,
        8 if index % 20 == 18 => history.push(|c| {
            c.mark_for_review(
                ReviewReason::SuspensionFound {
                    destination: Destination::country(country),
                    detail: "(demo) assistance paused in the content".into(),
                    source: crate::console::CONTENT_SUSPENSIONS_SOURCE.into(),
                    since: now - Duration::days(2),
                },
                now - Duration::hours(3),
            )
        })?,
        8 if index.is_multiple_of(2) => history.push(|c| {
            c.suspend(
                &Suspension {
                    destination: Destination::country(country),
                    since: now - Duration::hours(2),
                    reason: "(demo) assistance paused".into(),
                },
                now - Duration::hours(2),
            )
        })?,
        8 => history.push(|c| {
            c.mark_for_review(
                ReviewReason::ContentChanged {
                    from_version: DEMO_CONTENT_VERSION.into(),
                    to_version: format!("{DEMO_CONTENT_VERSION}-2"),
                },
                now - Duration::hours(1),
            )
        })?,
        9 => {
            history.confirm(index, signed_at + Duration::hours(48))?;
            history.push(|c| c.reconfirm_departure(cooling_off_end + Duration::hours(18)))?;
            let departed = cooling_off_end + Duration::hours(20);
            history.push(|c| c.record_departure(departed, None))?;
            if index % 20 == 19 {
                history.push(|c| {
                    c.correct_departure(
                        "(demo) recorded on the wrong person's file",
                        departed + Duration::hours(3),
                    )
                })?;
            }
        }
        _ => {}
    }
    Ok(history.events)
}

/// One demo consent's history as it grows, every step checked by the rules.
struct History {
    consent: Consent,
    events: Vec<ConsentEvent>,
    counsellor: String,
}

impl History {
    /// Adds the event a command on the consent gives, by the demo counsellor.
    fn push(
        &mut self,
        make: impl FnOnce(&Consent) -> Result<ConsentEvent, RuleViolation>,
    ) -> Result<(), StoreError> {
        let event = make(&self.consent)?.by_account(&self.counsellor);
        self.consent.apply(&event)?;
        self.events.push(event);
        Ok(())
    }

    /// Every open flag looked into and cleared, then the interview confirmed.
    fn confirm(&mut self, index: usize, at: Timestamp) -> Result<(), StoreError> {
        for flag in self.consent.open_flags() {
            self.push(|c| {
                c.resolve_flag(
                    flag,
                    FlagOutcome::Cleared,
                    "(demo) spoke in private with an interpreter",
                    at,
                )
            })?;
        }
        self.push(|c| c.record_confirmation(demo_interview(index, InterviewOutcome::Confirmed), at))
    }
}

/// A confirmation interview as a demo counsellor would record it.
fn demo_interview(index: usize, outcome: InterviewOutcome) -> ConfirmationInterview {
    ConfirmationInterview {
        interpreter: index.is_multiple_of(5).then(|| Interpreter {
            language: cycle(&LOCALES, index).to_owned(),
            interpreter_id: format!("DEMO-INT-{:02}", index % 9),
        }),
        others_present: Vec::new(),
        fear_of_harm: if index.is_multiple_of(3) {
            FearOfHarm::AsylumInformationGiven
        } else {
            FearOfHarm::NoneExpressed
        },
        trafficking_or_violence: ProtectionSigns::NoneSeen,
        fitness_to_travel: if index.is_multiple_of(4) {
            FitnessToTravel::FitWithSupport
        } else {
            FitnessToTravel::Fit
        },
        legal_advice: if index.is_multiple_of(2) {
            LegalAdvice::Taken
        } else {
            LegalAdvice::Declined
        },
        detained: false,
        person_confirmed: outcome == InterviewOutcome::Confirmed,
        outcome,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::store::{Access, StorePaths};

    #[test]
    fn records_added_in_several_calls_form_households_as_one_call_does() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store =
            Store::open(&StorePaths::in_dir(dir.path()), Access::ReadWrite).expect("store");
        let now = Timestamp::now_utc();
        for _ in 0..3 {
            add_demo_records(&mut store, 80, 40, now).expect("demo records");
        }
        assert_eq!(store.consent_count().expect("count"), 240);
        let projection = store.projection().expect("projection");
        let mut members: HashMap<String, usize> = HashMap::new();
        for consent in projection.consents() {
            if let Some(household) = &consent.record.subject.household_reference {
                *members.entry(household.clone()).or_default() += 1;
            }
        }
        assert!(members.len() > 6, "{members:?}");
        // A parent and a child or two: never the same households called after call.
        assert!(members.values().all(|&n| n <= 3), "{members:?}");
    }
}
