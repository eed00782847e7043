//! Tests that read like the rules they check.

use proptest::prelude::*;
use time::{Duration, macros::datetime};

use super::*;

const T0: Timestamp = datetime!(2026-03-02 09:00 UTC);

fn statements() -> Vec<(ItemKey, bool)> {
    vec![
        (ItemKey::ReturnAssistance, true),
        (ItemKey::PersonalData, true),
        (ItemKey::ShareIdentityWithOriginAuthorities, true),
        (ItemKey::ShareHealthWithMedicalEscort, false),
        (ItemKey::ContactAfterReturn, false),
    ]
}

fn fresh_draft(seed: u8) -> ConsentDraft {
    ConsentDraft::new(
        ConsentId::from_random([seed; 16]),
        ReferenceCode::from_random(u64::from(seed) * 7919),
        "en",
        "content-v1",
        &statements(),
    )
}

/// A draft an adult could sign: every page seen, every item answered.
fn ready_draft(seed: u8) -> ConsentDraft {
    let mut draft = fresh_draft(seed);
    draft.record_page(PageShown::Overview, "All your options.");
    draft.record_page(
        PageShown::Option(LegalOption::VoluntaryReturn),
        "Going back with help.",
    );
    draft.record_page(PageShown::Country("GE".into()), "Georgia.");
    draft.choose(
        LegalOption::VoluntaryReturn,
        Some(Destination::country("GE")),
    );
    for (key, _) in statements() {
        draft.answer(key, true);
    }
    draft.answer(ItemKey::ContactAfterReturn, false);
    draft.answer_comprehension("change-mind", "yes", true);
    draft.comprehension_done = true;
    draft
}

fn typed(signer: PartyId, name: &str) -> Signature {
    Signature {
        signer,
        kind: SignatureKind::Typed { name: name.into() },
        signed_at: T0,
    }
}

fn signed_consent(seed: u8) -> (Consent, ConsentEvent) {
    let mut draft = ready_draft(seed);
    draft.add_signature(typed(MIGRANT, "Test Person Alpha"));
    let event = draft
        .sign(&SigningPolicy::default(), T0)
        .expect("a complete draft signs");
    (
        Consent::from_first(&event).expect("signed starts a history"),
        event,
    )
}

/// A deployment that has switched the confirmation interview off.
fn without_interview() -> SigningPolicy {
    SigningPolicy {
        confirmation_interview: false,
        ..SigningPolicy::default()
    }
}

fn interview(outcome: InterviewOutcome) -> ConfirmationInterview {
    ConfirmationInterview {
        interpreter: Some(Interpreter {
            language: "ka".into(),
            interpreter_id: "INT-07".into(),
        }),
        others_present: Vec::new(),
        fear_of_harm: FearOfHarm::NoneExpressed,
        trafficking_or_violence: ProtectionSigns::NoneSeen,
        fitness_to_travel: FitnessToTravel::Fit,
        legal_advice: LegalAdvice::Declined,
        detained: false,
        person_confirmed: outcome == InterviewOutcome::Confirmed,
        outcome,
    }
}

/// Applies the event a command gave, or fails the test.
fn apply(consent: &mut Consent, event: Result<ConsentEvent, RuleViolation>) -> ConsentEvent {
    let event = event.expect("the command is allowed");
    consent.apply(&event).expect("the event applies");
    event
}

fn withdrawal(at: Timestamp) -> Withdrawal {
    Withdrawal {
        at,
        confirmed_by: Role::Migrant,
        account_id: None,
    }
}

#[test]
fn an_adult_with_everything_shown_and_answered_can_sign() {
    let (consent, _) = signed_consent(1);
    assert_eq!(
        consent.state_at(T0),
        ConsentState::CoolingOff {
            until: T0 + Duration::hours(72)
        }
    );
}

#[test]
fn nothing_is_pre_selected() {
    let draft = fresh_draft(2);
    assert_eq!(draft.option, None);
    assert!(draft.items.iter().all(|item| item.answer.is_none()));
}

#[test]
fn signing_before_the_overview_is_refused() {
    let mut draft = ready_draft(3);
    draft.pages_shown.remove(&PageShown::Overview);
    draft.add_signature(typed(MIGRANT, "Test Person"));
    assert_eq!(
        draft.sign(&SigningPolicy::default(), T0),
        Err(RuleViolation::OverviewNotShown)
    );
}

#[test]
fn signing_before_the_chosen_options_page_is_refused() {
    let mut draft = ready_draft(4);
    draft
        .pages_shown
        .remove(&PageShown::Option(LegalOption::VoluntaryReturn));
    draft.add_signature(typed(MIGRANT, "Test Person"));
    assert_eq!(
        draft.sign(&SigningPolicy::default(), T0),
        Err(RuleViolation::OptionPageNotShown(
            LegalOption::VoluntaryReturn
        ))
    );
}

#[test]
fn signing_before_the_destination_page_is_refused() {
    let mut draft = ready_draft(5);
    draft.pages_shown.remove(&PageShown::Country("GE".into()));
    draft.add_signature(typed(MIGRANT, "Test Person"));
    assert!(matches!(
        draft.sign(&SigningPolicy::default(), T0),
        Err(RuleViolation::DestinationPageNotShown(_))
    ));
}

#[test]
fn every_item_needs_its_own_answer() {
    let mut draft = ready_draft(6);
    draft.items[4].answer = None;
    draft.add_signature(typed(MIGRANT, "Test Person"));
    assert_eq!(
        draft.sign(&SigningPolicy::default(), T0),
        Err(RuleViolation::ItemUnanswered(ItemKey::ContactAfterReturn))
    );
}

#[test]
fn optional_items_are_really_optional_and_required_ones_are_not() {
    let mut draft = ready_draft(7);
    draft.answer(ItemKey::ShareHealthWithMedicalEscort, false);
    draft.add_signature(typed(MIGRANT, "Test Person"));
    assert!(draft.sign(&SigningPolicy::default(), T0).is_ok());
    draft.answer(ItemKey::PersonalData, false);
    assert_eq!(
        draft.sign(&SigningPolicy::default(), T0),
        Err(RuleViolation::RequiredItemRefused(ItemKey::PersonalData))
    );
}

#[test]
fn declining_is_always_possible_even_with_nothing_answered() {
    let draft = fresh_draft(8);
    let event = draft.decline(T0);
    let consent = Consent::from_first(&event).expect("decline starts a history");
    assert_eq!(consent.state_at(T0), ConsentState::Declined { at: T0 });
}

#[test]
fn a_wrong_comprehension_answer_flags_but_does_not_block() {
    let mut draft = ready_draft(9);
    draft.answer_comprehension("who-sees-data", "everyone", false);
    draft.add_signature(typed(MIGRANT, "Test Person"));
    let Ok(ConsentEvent::Signed { record, .. }) = draft.sign(&SigningPolicy::default(), T0) else {
        panic!("should sign");
    };
    assert!(record.re_explained);
}

#[test]
fn a_minor_cannot_sign_without_a_guardian() {
    let mut draft = ready_draft(10);
    draft.subject.minor = true;
    draft.add_signature(typed(MIGRANT, "Test Child"));
    assert_eq!(
        draft.sign(&SigningPolicy::default(), T0),
        Err(RuleViolation::GuardianSignatureMissing)
    );
    let guardian = draft.add_party(Role::Guardian, Some("Test Guardian"), None);
    draft.add_signature(typed(guardian, "Test Guardian"));
    assert_eq!(
        draft.sign(&SigningPolicy::default(), T0),
        Err(RuleViolation::ChildViewMissing)
    );
    draft.subject.child_view = Some(ChildView::Assent {
        words: "I want to see my grandmother".into(),
    });
    assert_eq!(
        draft.sign(&SigningPolicy::default(), T0),
        Err(RuleViolation::BestInterestsReferenceMissing)
    );
    draft.subject.best_interests_reference = Some("BID-2026-0042".into());
    // Whether the child is here alone is answered, yes or no, before signing.
    assert_eq!(
        draft.sign(&SigningPolicy::default(), T0),
        Err(RuleViolation::UnaccompaniedUnanswered)
    );
    draft.subject.unaccompanied = Some(false);
    assert!(draft.sign(&SigningPolicy::default(), T0).is_ok());
}

#[test]
fn capacity_doubt_requires_a_legal_representative() {
    let mut draft = ready_draft(11);
    draft.subject.capacity_doubt = true;
    draft.add_signature(typed(MIGRANT, "Test Person"));
    assert_eq!(
        draft.sign(&SigningPolicy::default(), T0),
        Err(RuleViolation::RepresentativeSignatureMissing)
    );
    let rep = draft.add_party(Role::LegalRepresentative, Some("Test Representative"), None);
    draft.add_signature(typed(rep, "Test Representative"));
    assert!(draft.sign(&SigningPolicy::default(), T0).is_ok());
}

#[test]
fn a_mark_needs_a_witness() {
    let mut draft = ready_draft(12);
    draft.add_signature(Signature {
        signer: MIGRANT,
        kind: SignatureKind::Mark {
            witness: PartyId(9),
        },
        signed_at: T0,
    });
    assert_eq!(
        draft.sign(&SigningPolicy::default(), T0),
        Err(RuleViolation::MarkWithoutWitness)
    );
    let witness = draft.add_party(Role::Witness, Some("Test Witness"), None);
    draft.signatures[0].kind = SignatureKind::Mark { witness };
    assert!(draft.sign(&SigningPolicy::default(), T0).is_ok());
}

#[test]
fn an_empty_signature_is_refused() {
    let mut draft = ready_draft(13);
    draft.add_signature(typed(MIGRANT, "   "));
    assert_eq!(
        draft.sign(&SigningPolicy::default(), T0),
        Err(RuleViolation::EmptySignature)
    );
}

#[test]
fn cooling_off_never_goes_below_the_minimum() {
    assert!(matches!(
        CoolingOff::new(12, 12),
        Err(RuleViolation::CoolingOffMinimumTooLow { .. })
    ));
    assert!(matches!(
        CoolingOff::new(30, 48),
        Err(RuleViolation::CoolingOffTooShort { .. })
    ));
    assert_eq!(CoolingOff::new(96, 48).map(CoolingOff::hours), Ok(96));
    assert_eq!(CoolingOff::default().hours(), 72);
}

#[test]
fn a_huge_cooling_off_is_refused_never_a_panic() {
    assert!(matches!(
        CoolingOff::new(1_000_000_000, 24),
        Err(RuleViolation::CoolingOffTooLong { .. })
    ));
    assert!(matches!(
        CoolingOff::new(u32::MAX, u32::MAX),
        Err(RuleViolation::CoolingOffTooLong { .. })
    ));
    // A period that did not come through `new` (read back from JSON) still
    // cannot push a date past the calendar's end.
    let huge: CoolingOff =
        serde_json::from_str(r#"{"hours":1000000000,"minimum_hours":24}"#).expect("json");
    assert!(matches!(
        huge.ends(T0),
        Err(RuleViolation::CoolingOffTooLong { .. })
    ));
    let policy = SigningPolicy {
        cooling_off: huge,
        ..SigningPolicy::default()
    };
    let mut draft = ready_draft(1);
    draft.add_signature(typed(MIGRANT, "Quentin Exampleton"));
    assert!(matches!(
        draft.sign(&policy, T0),
        Err(RuleViolation::CoolingOffTooLong { .. })
    ));
}

#[test]
fn a_consent_is_effective_only_after_cooling_off() {
    let mut draft = ready_draft(14);
    draft.add_signature(typed(MIGRANT, "Test Person Alpha"));
    let event = draft.sign(&without_interview(), T0).expect("signs");
    let consent = Consent::from_first(&event).expect("starts");
    let end = T0 + Duration::hours(72);
    assert!(matches!(
        consent.state_at(end - Duration::seconds(1)),
        ConsentState::CoolingOff { .. }
    ));
    assert_eq!(
        consent.state_at(end),
        ConsentState::Effective { since: end }
    );
}

#[test]
fn withdrawal_is_possible_in_cooling_off_and_when_effective() {
    let (consent, _) = signed_consent(15);
    assert!(
        consent
            .withdraw(withdrawal(T0 + Duration::hours(1)))
            .is_ok()
    );
    assert!(
        consent
            .withdraw(withdrawal(T0 + Duration::days(10)))
            .is_ok()
    );
}

#[test]
fn withdrawal_after_departure_is_refused() {
    let (mut consent, _) = signed_consent(16);
    let later = T0 + Duration::days(5);
    let confirm = consent.record_confirmation(interview(InterviewOutcome::Confirmed), T0);
    apply(&mut consent, confirm);
    let reconfirm = consent.reconfirm_departure(later - Duration::hours(1));
    apply(&mut consent, reconfirm);
    let departure = consent
        .record_departure(later, Some("counsellor-1"))
        .expect("effective consent departs");
    consent.apply(&departure).expect("departure applies");
    assert_eq!(
        consent.withdraw(withdrawal(later + Duration::hours(1))),
        Err(RuleViolation::AlreadyDeparted)
    );
}

#[test]
fn departure_is_not_recorded_during_cooling_off() {
    let (consent, _) = signed_consent(17);
    assert_eq!(
        consent.record_departure(T0 + Duration::hours(2), None),
        Err(RuleViolation::NotDepartable("cooling_off"))
    );
}

#[test]
fn a_suspended_destination_cannot_be_signed() {
    let mut draft = ready_draft(18);
    draft.add_signature(typed(MIGRANT, "Test Person"));
    let policy = SigningPolicy {
        suspensions: vec![Suspension {
            destination: Destination::country("GE"),
            since: T0,
            reason: "country-ge-suspension".into(),
        }],
        ..SigningPolicy::default()
    };
    assert_eq!(
        draft.sign(&policy, T0),
        Err(RuleViolation::DestinationSuspended {
            country: "GE".into()
        })
    );
}

#[test]
fn a_suspension_moves_a_pending_consent_to_review_and_reconsent_restarts_cooling_off() {
    let (mut consent, _) = signed_consent(19);
    let suspension = Suspension {
        destination: Destination::country("GE"),
        since: T0 + Duration::hours(5),
        reason: "security".into(),
    };
    let event = consent
        .suspend(&suspension, T0 + Duration::hours(5))
        .expect("pending consent moves to review");
    consent.apply(&event).expect("applies");
    assert_eq!(
        consent.state_at(T0 + Duration::hours(6)).name(),
        "needs_review"
    );
    // Not withdrawn or effective while waiting, whatever the time.
    assert_eq!(
        consent.state_at(T0 + Duration::days(30)).name(),
        "needs_review"
    );

    let mut fresh = ready_draft(19);
    fresh.add_signature(typed(MIGRANT, "Test Person Alpha"));
    let now = T0 + Duration::days(2);
    let again = consent
        .reconsent(&fresh, &SigningPolicy::default(), now)
        .expect("fresh signature accepted");
    consent.apply(&again).expect("applies");
    assert_eq!(
        consent.state_at(now),
        ConsentState::CoolingOff {
            until: now + Duration::hours(72)
        }
    );
    assert_eq!(consent.earlier_records.len(), 1, "the old record is kept");
}

#[test]
fn reconsent_is_refused_unless_the_consent_needs_review() {
    let (consent, _) = signed_consent(20);
    let mut fresh = ready_draft(20);
    fresh.add_signature(typed(MIGRANT, "Test Person"));
    assert_eq!(
        consent.reconsent(&fresh, &SigningPolicy::default(), T0),
        Err(RuleViolation::NotAwaitingReconsent("cooling_off"))
    );
}

#[test]
fn a_withdrawn_consent_stays_withdrawn() {
    let (mut consent, _) = signed_consent(21);
    let event = consent.withdraw(withdrawal(T0)).expect("withdraws");
    consent.apply(&event).expect("applies");
    assert_eq!(
        consent.withdraw(withdrawal(T0 + Duration::hours(1))),
        Err(RuleViolation::NotWithdrawable("withdrawn"))
    );
    assert!(
        consent
            .mark_for_review(
                ReviewReason::ContentChanged {
                    from_version: "a".into(),
                    to_version: "b".into()
                },
                T0
            )
            .is_err()
    );
}

#[test]
fn wiping_a_draft_leaves_no_personal_data() {
    let mut draft = ready_draft(22);
    draft.add_party(Role::Witness, Some("Test Witness"), None);
    draft.add_signature(typed(MIGRANT, "Test Person"));
    draft.wipe();
    assert!(draft.signatures.is_empty());
    assert!(draft.shown_text.is_empty());
    assert!(draft.parties.iter().all(|p| p.name.is_none()));
    assert!(draft.items.iter().all(|i| i.answer.is_none()));
}

#[test]
fn events_round_trip_through_json() {
    let (_, event) = signed_consent(23);
    let json = serde_json::to_string(&event).expect("serialises");
    let back: ConsentEvent = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, event);
}

/// A command a person, counsellor or deployment could issue against one consent.
#[derive(Debug, Clone)]
enum Command {
    Wait(i64),
    Withdraw,
    Suspend,
    ContentChange,
    Reconsent,
    Depart,
    Confirm(InterviewOutcome),
    Resolve(FlagKind, FlagOutcome),
    Reconfirm,
    CorrectDeparture,
    WithdrawWithoutCode,
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        (1i64..200).prop_map(Command::Wait),
        Just(Command::Withdraw),
        Just(Command::Suspend),
        Just(Command::ContentChange),
        Just(Command::Reconsent),
        Just(Command::Depart),
        prop_oneof![
            Just(InterviewOutcome::Confirmed),
            Just(InterviewOutcome::Referred),
            Just(InterviewOutcome::Withdrawn),
        ]
        .prop_map(Command::Confirm),
        (
            prop_oneof![Just(FlagKind::Pressure), Just(FlagKind::Comprehension)],
            prop_oneof![Just(FlagOutcome::Cleared), Just(FlagOutcome::Referred)],
        )
            .prop_map(|(flag, outcome)| Command::Resolve(flag, outcome)),
        Just(Command::Reconfirm),
        Just(Command::CorrectDeparture),
        Just(Command::WithdrawWithoutCode),
    ]
}

proptest! {
    #[test]
    fn random_command_sequences_keep_the_invariants(
        commands in proptest::collection::vec(command(), 0..40),
        pressured in any::<bool>(),
        misunderstood in any::<bool>(),
        interview_required in any::<bool>(),
    ) {
        let policy = SigningPolicy { confirmation_interview: interview_required, ..SigningPolicy::default() };
        let mut draft = ready_draft(30);
        draft.pressure_flag = pressured;
        if misunderstood {
            draft.answer_comprehension("who-decides", "counsellor", false);
        }
        draft.add_signature(typed(MIGRANT, "Test Person Alpha"));
        let first = draft.sign(&policy, T0).expect("signs");
        let mut consent = Consent::from_first(&first).expect("starts");
        let mut log = vec![first];
        let mut now = T0;
        for command in commands {
            let before = consent.clone();
            let attempt = match command {
                Command::Wait(hours) => { now += Duration::hours(hours); None }
                Command::Withdraw => Some(consent.withdraw(withdrawal(now))),
                Command::Suspend => Some(consent.suspend(&Suspension {
                    destination: Destination::country("GE"), since: now, reason: "r".into(),
                }, now)),
                Command::ContentChange => Some(consent.mark_for_review(ReviewReason::ContentChanged {
                    from_version: "content-v1".into(), to_version: "content-v2".into(),
                }, now)),
                Command::Reconsent => {
                    let mut fresh = ready_draft(30);
                    fresh.add_signature(typed(MIGRANT, "Test Person Alpha"));
                    Some(consent.reconsent(&fresh, &SigningPolicy::default(), now))
                }
                Command::Depart => Some(consent.record_departure(now, Some("c-1"))),
                Command::Confirm(outcome) => Some(consent.record_confirmation(interview(outcome), now)),
                Command::Resolve(flag, outcome) => Some(consent.resolve_flag(flag, outcome, "spoke in private", now)),
                Command::Reconfirm => Some(consent.reconfirm_departure(now)),
                Command::CorrectDeparture => Some(consent.correct_departure("recorded by mistake", now)),
                Command::WithdrawWithoutCode => {
                    let facts = FoundBy {
                        signed_on: Some(T0.date()),
                        destination: Some("GE".into()),
                        ..FoundBy::default()
                    };
                    let by = Withdrawal { at: now, confirmed_by: Role::Counsellor, account_id: Some("c-1".into()) };
                    Some(consent.withdraw_without_code(by, &facts, true, "lost code"))
                }
            };
            match attempt {
                Some(Ok(event)) => {
                    prop_assert!(consent.apply(&event).is_ok());
                    log.push(event);
                }
                Some(Err(_)) | None => prop_assert_eq!(&consent, &before, "a refused command changes nothing"),
            }
            // The state is always what replaying the whole log gives.
            let replayed = Consent::replay(&log);
            prop_assert_eq!(replayed.as_ref(), Ok(&consent));
            let state = consent.state_at(now);
            // Effective only after cooling-off, with nothing holding it.
            if let ConsentState::Effective { since } = state {
                prop_assert!(now >= since);
                prop_assert!(Some(since) >= consent.cooling_off_until());
                prop_assert_eq!(Some(since), consent.effective_from());
                prop_assert!(consent.holds().is_empty());
                prop_assert!(consent.open_flags().is_empty());
                if interview_required {
                    prop_assert!(consent.interview.as_ref().is_some_and(|i| i.interview.outcome == InterviewOutcome::Confirmed));
                }
            }
            // Shareable only from the moment of effect.
            if let Some(from) = consent.shareable_from() {
                prop_assert_eq!(Some(from), consent.effective_from());
            }
            // Every departure in the log followed a reconfirmation within the hours allowed.
            let mut last_reconfirmation = None;
            for event in &log {
                match event {
                    ConsentEvent::DepartureReconfirmed { at, .. } => last_reconfirmation = Some(*at),
                    ConsentEvent::DepartureCorrected { .. } | ConsentEvent::Reconsented { .. } => last_reconfirmation = None,
                    ConsentEvent::DepartureRecorded { at, .. } => {
                        prop_assert!(last_reconfirmation.is_some_and(|r| *at - r <= Duration::hours(RECONFIRMATION_VALID_HOURS)));
                    }
                    _ => {}
                }
            }
            if let ConsentState::CoolingOff { until } = state {
                prop_assert!(now < until);
            }
            // Withdrawn is final; after departure there is no withdrawal.
            let is_withdrawal = |e: &ConsentEvent| matches!(
                e,
                ConsentEvent::Withdrawn { .. }
                    | ConsentEvent::WithdrawnWithoutCode { .. }
                    | ConsentEvent::ConfirmationRecorded { interview: ConfirmationInterview { outcome: InterviewOutcome::Withdrawn, .. }, .. }
            );
            if let Some(index) = log.iter().position(is_withdrawal) {
                prop_assert_eq!(state.name(), "withdrawn");
                let events_after = log.len() - 1 - index;
                prop_assert_eq!(events_after, 0, "nothing follows a withdrawal");
            }
            // After a departure (not corrected) there is no withdrawal.
            let is_departure = |e: &ConsentEvent| matches!(e, ConsentEvent::DepartureRecorded { .. });
            let is_correction = |e: &ConsentEvent| matches!(e, ConsentEvent::DepartureCorrected { .. });
            if let Some(departed) = log.iter().position(is_departure) {
                let after = &log[departed..];
                let withdrawn_at = after.iter().position(is_withdrawal);
                let corrected_at = after.iter().position(is_correction);
                if let Some(withdrawn) = withdrawn_at {
                    prop_assert!(corrected_at.is_some_and(|c| c < withdrawn));
                }
            }
            // Nothing is overwritten: every record signed is still there.
            let is_signature = |e: &&ConsentEvent| {
                matches!(e, ConsentEvent::Signed { .. } | ConsentEvent::Reconsented { .. })
            };
            let signatures = log.iter().filter(is_signature).count();
            prop_assert_eq!(consent.earlier_records.len() + 1, signatures);
        }
    }
}

#[test]
fn debug_output_of_a_draft_and_its_record_carries_no_personal_text() {
    let mut draft = ready_draft(40);
    draft.subject.minor = true;
    let guardian = draft.add_party(Role::Guardian, Some("Zyxo Fictionalguardian"), None);
    draft.add_signature(typed(MIGRANT, "Qwyx Fictionalchild"));
    draft.add_signature(Signature {
        signer: guardian,
        kind: SignatureKind::Drawn {
            strokes: vec![vec![(1234, 4321), (2345, 5432)]],
        },
        signed_at: T0,
    });
    draft.subject.child_view = Some(ChildView::Assent {
        words: "Vrumble wants to see the sea".into(),
    });
    draft.subject.best_interests_reference = Some("BID-2026-0042".into());
    draft.subject.unaccompanied = Some(true);
    draft.subject.escort = Some("ESC-1".into());
    draft.subject.reception_arrangement_reference = Some("REC-1".into());
    let personal = [
        "Zyxo",
        "Fictionalguardian",
        "Qwyx",
        "Fictionalchild",
        "Vrumble",
        "1234",
        "5432",
    ];
    let shown = format!("{draft:?}");
    for text in personal {
        assert!(
            !shown.contains(text),
            "{text:?} printed by the draft's Debug"
        );
    }
    let event = draft.sign(&SigningPolicy::default(), T0).expect("signable");
    let shown = format!("{event:?} {event:#?}");
    for text in personal {
        assert!(
            !shown.contains(text),
            "{text:?} printed by the event's Debug"
        );
    }
}

// --- Safeguards: flags, the confirmation interview, departure, no code ---

const END: Timestamp = datetime!(2026-03-05 09:00 UTC);

fn flagged_consent(seed: u8) -> Consent {
    let mut draft = ready_draft(seed);
    draft.pressure_flag = true;
    draft.answer_comprehension("who-decides", "counsellor", false);
    draft.add_signature(typed(MIGRANT, "Test Person Beta"));
    let event = draft
        .sign(&without_interview(), T0)
        .expect("flags never block signing");
    Consent::from_first(&event).expect("starts")
}

#[test]
fn the_record_says_which_safeguards_it_is_held_to_and_older_records_stay_byte_for_byte() {
    let (consent, event) = signed_consent(50);
    assert_eq!(
        consent.record.safeguards,
        Some(Safeguards {
            confirmation_interview: true
        })
    );
    // A record from before the safeguards has no such field, and reads back the same.
    let mut old = serde_json::to_value(&event).expect("json");
    if let Some(record) = old.get_mut("record").and_then(|r| r.as_object_mut()) {
        record.remove("safeguards");
    }
    let text = old.to_string();
    let back: ConsentEvent = serde_json::from_str(&text).expect("old record reads");
    assert_eq!(
        serde_json::to_value(&back).expect("json"),
        serde_json::from_str::<serde_json::Value>(&text).expect("json")
    );
    // Such a consent takes effect after cooling-off, as it did when signed.
    let legacy = Consent::from_first(&back).expect("starts");
    assert_eq!(legacy.state_at(END), ConsentState::Effective { since: END });
    assert!(
        legacy
            .record_departure(END + Duration::hours(1), None)
            .is_ok()
    );
}

#[test]
fn an_open_flag_holds_the_consent_until_a_counsellor_clears_it_with_a_reason() {
    let mut consent = flagged_consent(51);
    assert_eq!(
        consent.state_at(END),
        ConsentState::OnHold {
            waiting_for: vec![
                Hold::Flag(FlagKind::Pressure),
                Hold::Flag(FlagKind::Comprehension)
            ]
        }
    );
    assert_eq!(consent.effective_from(), None);
    assert_eq!(
        consent.reconfirm_departure(END),
        Err(RuleViolation::Held("flag:pressure"))
    );
    assert_eq!(
        consent.record_departure(END, None),
        Err(RuleViolation::Held("flag:pressure"))
    );
    assert_eq!(
        consent.resolve_flag(FlagKind::Pressure, FlagOutcome::Cleared, "  ", END),
        Err(RuleViolation::ReasonMissing)
    );
    assert_eq!(
        consent.resolve_flag(FlagKind::CapacityDoubt, FlagOutcome::Cleared, "spoke", END),
        Err(RuleViolation::FlagNotOpen("capacity_doubt"))
    );
    // A referral is recorded, and the flag still holds.
    let referred = consent.resolve_flag(
        FlagKind::Pressure,
        FlagOutcome::Referred,
        "referred to protection",
        END,
    );
    apply(&mut consent, referred);
    assert!(matches!(consent.state_at(END), ConsentState::OnHold { .. }));
    let at = END + Duration::hours(3);
    let cleared = consent.resolve_flag(FlagKind::Pressure, FlagOutcome::Cleared, "spoke alone", at);
    apply(&mut consent, cleared);
    let again = consent.resolve_flag(FlagKind::Pressure, FlagOutcome::Cleared, "again", at);
    assert_eq!(again, Err(RuleViolation::FlagNotOpen("pressure")));
    let cleared = consent.resolve_flag(
        FlagKind::Comprehension,
        FlagOutcome::Cleared,
        "explained again, understood",
        at,
    );
    apply(&mut consent, cleared);
    // Effective from the last resolution, not from the end of cooling-off.
    assert_eq!(consent.state_at(at), ConsentState::Effective { since: at });
    assert_eq!(consent.effective_from(), Some(at));
}

#[test]
fn capacity_doubt_and_a_childs_objection_are_flags_too() {
    let mut record = signed_consent(52).0.record;
    record.subject.capacity_doubt = true;
    record.subject.child_view = Some(ChildView::Objection {
        words: "I do not want to go".into(),
    });
    assert_eq!(
        FlagKind::raised_by(&record),
        vec![FlagKind::CapacityDoubt, FlagKind::ChildObjection]
    );
}

#[test]
fn a_kiosk_consent_takes_effect_only_after_cooling_off_and_a_confirmation() {
    let (mut consent, _) = signed_consent(53);
    assert_eq!(
        consent.state_at(END),
        ConsentState::OnHold {
            waiting_for: vec![Hold::ConfirmationInterview]
        }
    );
    // Confirmed during cooling-off: effective when cooling-off ends.
    let confirm = consent.record_confirmation(
        interview(InterviewOutcome::Confirmed),
        T0 + Duration::hours(30),
    );
    apply(&mut consent, confirm);
    assert!(matches!(
        consent.state_at(END - Duration::seconds(1)),
        ConsentState::CoolingOff { .. }
    ));
    assert_eq!(
        consent.state_at(END),
        ConsentState::Effective { since: END }
    );
    // A later interview that refers puts it back on hold.
    let refer = consent.record_confirmation(
        ConfirmationInterview {
            fear_of_harm: FearOfHarm::Referred,
            ..interview(InterviewOutcome::Referred)
        },
        END + Duration::hours(1),
    );
    apply(&mut consent, refer);
    assert!(matches!(
        consent.state_at(END + Duration::hours(2)),
        ConsentState::OnHold { .. }
    ));
}

#[test]
fn an_interview_confirms_only_when_its_answers_allow_it() {
    let (consent, _) = signed_consent(54);
    let refused = |change: fn(&mut ConfirmationInterview), why: &'static str| {
        let mut answers = interview(InterviewOutcome::Confirmed);
        change(&mut answers);
        assert_eq!(
            consent.record_confirmation(answers, END),
            Err(RuleViolation::InterviewIncomplete(why))
        );
    };
    refused(|i| i.person_confirmed = false, "person_not_confirmed");
    refused(
        |i| i.fear_of_harm = FearOfHarm::Referred,
        "referral_pending",
    );
    refused(
        |i| i.trafficking_or_violence = ProtectionSigns::Referred,
        "referral_pending",
    );
    refused(
        |i| i.fitness_to_travel = FitnessToTravel::NotFit,
        "not_fit_to_travel",
    );
    refused(
        |i| {
            i.detained = true;
            i.legal_advice = LegalAdvice::Offered;
        },
        "legal_advice_undecided_in_detention",
    );
    refused(
        |i| {
            i.interpreter = Some(Interpreter {
                language: "ka".into(),
                interpreter_id: " ".into(),
            });
        },
        "interpreter",
    );
    // Fear of harm with asylum information given may still confirm.
    let mut answers = interview(InterviewOutcome::Confirmed);
    answers.fear_of_harm = FearOfHarm::AsylumInformationGiven;
    assert!(consent.record_confirmation(answers, END).is_ok());
}

#[test]
fn an_interview_can_end_in_withdrawal() {
    let (mut consent, _) = signed_consent(55);
    let withdrawn = consent.record_confirmation(interview(InterviewOutcome::Withdrawn), END);
    apply(&mut consent, withdrawn);
    assert_eq!(consent.state_at(END), ConsentState::Withdrawn { at: END });
    assert!(
        consent
            .record_confirmation(interview(InterviewOutcome::Confirmed), END)
            .is_err()
    );
}

#[test]
fn departure_needs_a_same_day_reconfirmation_and_can_be_corrected() {
    let (mut consent, _) = signed_consent(56);
    let confirm = consent.record_confirmation(interview(InterviewOutcome::Confirmed), T0);
    apply(&mut consent, confirm);
    let day = END + Duration::days(2);
    assert_eq!(
        consent.record_departure(day, None),
        Err(RuleViolation::ReconfirmationMissing)
    );
    // Reconfirmed the day before is too old.
    let reconfirm = consent.reconfirm_departure(day - Duration::hours(13));
    apply(&mut consent, reconfirm);
    assert_eq!(
        consent.record_departure(day, None),
        Err(RuleViolation::ReconfirmationMissing)
    );
    let reconfirm = consent.reconfirm_departure(day - Duration::hours(2));
    apply(&mut consent, reconfirm);
    let departed = consent.record_departure(day, Some("c-1"));
    apply(&mut consent, departed);
    assert_eq!(consent.departed_at, Some(day));
    // A mistake: corrected with a reason, and withdrawal opens again.
    assert_eq!(
        consent.correct_departure(" ", day),
        Err(RuleViolation::ReasonMissing)
    );
    let corrected = consent.correct_departure("wrong person ticked", day + Duration::hours(1));
    apply(&mut consent, corrected);
    assert_eq!(consent.departed_at, None);
    assert_eq!(consent.corrected_departures.len(), 1);
    assert_eq!(
        consent.correct_departure("again", day),
        Err(RuleViolation::NotDeparted)
    );
    // The old reconfirmation does not carry over to a new departure.
    assert_eq!(
        consent.record_departure(day + Duration::hours(2), None),
        Err(RuleViolation::ReconfirmationMissing)
    );
    assert!(
        consent
            .withdraw(withdrawal(day + Duration::hours(2)))
            .is_ok()
    );
}

#[test]
fn data_leaving_the_centre_is_shareable_only_from_the_moment_of_effect() {
    let (mut consent, _) = signed_consent(57);
    assert!(consent.shares_outside());
    assert_eq!(consent.shareable_from(), None);
    let at = END + Duration::hours(5);
    let confirm = consent.record_confirmation(interview(InterviewOutcome::Confirmed), at);
    apply(&mut consent, confirm);
    assert_eq!(consent.shareable_from(), Some(at));
    let withdrawn = consent.withdraw(withdrawal(at + Duration::hours(1)));
    apply(&mut consent, withdrawn);
    assert_eq!(consent.shareable_from(), None);
}

#[test]
fn withdrawal_without_the_code_needs_the_person_two_matching_facts_and_a_reason() {
    let (mut consent, _) = signed_consent(58);
    let code = consent.reference.compact();
    let facts = FoundBy {
        signed_on: Some(T0.date()),
        destination: Some("ge".into()),
        partial_code: Some(code.chars().skip(2).take(3).collect()),
        ..FoundBy::default()
    };
    let by_counsellor = Withdrawal {
        at: END,
        confirmed_by: Role::Counsellor,
        account_id: Some("c-1".into()),
    };
    assert!(facts.matches(&consent));
    assert_eq!(
        consent.withdraw_without_code(by_counsellor.clone(), &facts, false, "lost code"),
        Err(RuleViolation::NotIdentified)
    );
    let one_fact = FoundBy {
        destination: Some("GE".into()),
        ..FoundBy::default()
    };
    assert_eq!(
        consent.withdraw_without_code(by_counsellor.clone(), &one_fact, true, "lost code"),
        Err(RuleViolation::NotIdentified)
    );
    let wrong = FoundBy {
        locale: Some("fr".into()),
        destination: Some("GE".into()),
        ..FoundBy::default()
    };
    assert!(!wrong.matches(&consent));
    assert_eq!(
        consent.withdraw_without_code(by_counsellor.clone(), &facts, true, ""),
        Err(RuleViolation::ReasonMissing)
    );
    let event = consent.withdraw_without_code(by_counsellor, &facts, true, "lost the receipt");
    let event = apply(&mut consent, event);
    assert_eq!(consent.state_at(END), ConsentState::Withdrawn { at: END });
    if let ConsentEvent::WithdrawnWithoutCode { found_by, .. } = event {
        // The facts are named, never their values.
        assert_eq!(found_by, ["signed_on", "destination", "partial_code"]);
    } else {
        panic!("a withdrawal without the code");
    }
}

#[test]
fn a_reconsent_is_looked_at_afresh() {
    let mut consent = flagged_consent(59);
    let cleared = consent.resolve_flag(FlagKind::Pressure, FlagOutcome::Cleared, "spoke", END);
    apply(&mut consent, cleared);
    let review = consent.mark_for_review(
        ReviewReason::ContentChanged {
            from_version: "content-v1".into(),
            to_version: "content-v2".into(),
        },
        END,
    );
    apply(&mut consent, review);
    let mut fresh = ready_draft(59);
    fresh.pressure_flag = true;
    fresh.add_signature(typed(MIGRANT, "Test Person Beta"));
    let again = consent.reconsent(&fresh, &SigningPolicy::default(), END);
    apply(&mut consent, again);
    assert!(consent.cleared_flags.is_empty());
    assert_eq!(
        consent.holds(),
        vec![Hold::ConfirmationInterview, Hold::Flag(FlagKind::Pressure)]
    );
}

#[test]
fn where_a_paragraph_came_from_is_recorded_and_older_text_stays_byte_for_byte() {
    let mut draft = fresh_draft(60);
    draft.record_text("items", "one");
    let plain = serde_json::to_string(&draft.shown_text[0]).expect("json");
    assert!(!plain.contains("paragraphs"), "nothing added when unknown");
    draft.record_text_from(
        "page/x",
        "first\n\nsecond",
        vec![
            ParagraphSource {
                locale: "ti".into(),
                fell_back: false,
            },
            ParagraphSource {
                locale: "en".into(),
                fell_back: true,
            },
        ],
    );
    assert!(draft.fell_back_anywhere());
    let back: ShownText =
        serde_json::from_str(&serde_json::to_string(&draft.shown_text[1]).expect("json"))
            .expect("reads back");
    assert_eq!(back.paragraphs.len(), 2);
}

#[test]
fn a_draft_translation_is_signed_alone_only_where_the_deployment_allows_it() {
    let strict = SigningPolicy::default();
    assert_eq!(
        strict.may_sign_in("ti", Translation::Draft, Company::Alone),
        Err(RuleViolation::DraftLocaleAlone {
            locale: "ti".into()
        })
    );
    // With a counsellor, or in a reviewed translation, signing is open.
    assert_eq!(
        strict.may_sign_in("ti", Translation::Draft, Company::Guided),
        Ok(())
    );
    assert_eq!(
        strict.may_sign_in("en", Translation::Reviewed, Company::Alone),
        Ok(())
    );
    let allowing = SigningPolicy {
        sign_alone_in_draft_locales: true,
        ..SigningPolicy::default()
    };
    assert_eq!(
        allowing.may_sign_in("ti", Translation::Draft, Company::Alone),
        Ok(())
    );
}

/// A child's consent, signed with a guardian, the best-interests reference and
/// the child's own view.
fn childs_consent(seed: u8, view: ChildView) -> Consent {
    let mut draft = ready_draft(seed);
    draft.subject.minor = true;
    draft.add_signature(typed(MIGRANT, "Test Child"));
    let guardian = draft.add_party(Role::Guardian, Some("Test Guardian"), None);
    draft.add_signature(typed(guardian, "Test Guardian"));
    draft.subject.child_view = Some(view);
    draft.subject.best_interests_reference = Some("BID-2026-0042".into());
    draft.subject.unaccompanied = Some(false);
    let event = draft.sign(&without_interview(), T0).expect("signable");
    Consent::from_first(&event).expect("signed")
}

#[test]
fn a_childs_objection_is_never_cleared_it_forces_review() {
    let mut consent = childs_consent(
        70,
        ChildView::Objection {
            words: "I do not want to go".into(),
        },
    );
    let later = END + Duration::hours(1);
    // Held after cooling-off, as any open flag holds.
    assert_eq!(
        consent.state_at(later),
        ConsentState::OnHold {
            waiting_for: vec![Hold::Flag(FlagKind::ChildObjection)]
        }
    );
    assert_eq!(
        consent.resolve_flag(
            FlagKind::ChildObjection,
            FlagOutcome::Cleared,
            "talked it through",
            later
        ),
        Err(RuleViolation::ChildObjectionNeedsReview)
    );
    // A forged "cleared" in a stored history fails its replay too.
    let forged = ConsentEvent::FlagResolved {
        consent_id: consent.consent_id.clone(),
        flag: FlagKind::ChildObjection,
        outcome: FlagOutcome::Cleared,
        reason: "talked it through".into(),
        at: later,
        account_id: None,
    };
    assert_eq!(
        consent.clone().apply(&forged),
        Err(RuleViolation::ChildObjectionNeedsReview)
    );
    // Referred on, it stays held; to review, it needs a note.
    let event = consent.resolve_flag(
        FlagKind::ChildObjection,
        FlagOutcome::Referred,
        "guardianship service",
        later,
    );
    apply(&mut consent, event);
    assert_eq!(consent.state_at(later).name(), "on_hold");
    assert_eq!(
        consent.review_child_objection(" ", later),
        Err(RuleViolation::ReasonMissing)
    );
    let event = consent.review_child_objection("best-interests panel to meet", later);
    apply(&mut consent, event);
    assert_eq!(
        consent.state_at(later + Duration::days(30)),
        ConsentState::NeedsReview {
            reason: ReviewReason::ChildObjection {
                note: "best-interests panel to meet".into()
            }
        }
    );
    // Only a fresh signature with the child's view taken again goes ahead.
    let mut fresh = ready_draft(70);
    fresh.subject.minor = true;
    fresh.add_signature(typed(MIGRANT, "Test Child"));
    let guardian = fresh.add_party(Role::Guardian, Some("Test Guardian"), None);
    fresh.add_signature(typed(guardian, "Test Guardian"));
    fresh.subject.best_interests_reference = Some("BID-2026-0042".into());
    fresh.subject.unaccompanied = Some(false);
    assert_eq!(
        consent.reconsent(&fresh, &without_interview(), later),
        Err(RuleViolation::ChildViewMissing)
    );
    fresh.subject.child_view = Some(ChildView::Assent {
        words: "I want to see my grandmother".into(),
    });
    let event = consent.reconsent(&fresh, &without_interview(), later);
    apply(&mut consent, event);
    assert!(consent.open_flags().is_empty());
}

#[test]
fn only_a_record_whose_child_objected_goes_to_review_for_it() {
    let consent = childs_consent(
        71,
        ChildView::Assent {
            words: "I want to go".into(),
        },
    );
    assert_eq!(
        consent.review_child_objection("no objection here", T0),
        Err(RuleViolation::FlagNotOpen("child_objection"))
    );
    let forged = ConsentEvent::MarkedForReview {
        consent_id: consent.consent_id.clone(),
        reason: ReviewReason::ChildObjection {
            note: "no objection here".into(),
        },
        at: T0,
        account_id: None,
    };
    assert_eq!(
        consent.clone().apply(&forged),
        Err(RuleViolation::FlagNotOpen("child_objection"))
    );
}

#[test]
fn an_unaccompanied_childs_return_names_the_escort_and_the_reception_arrangement() {
    let mut draft = ready_draft(72);
    draft.subject.minor = true;
    draft.add_signature(typed(MIGRANT, "Test Child"));
    let guardian = draft.add_party(Role::Guardian, Some("Test Guardian"), None);
    draft.add_signature(typed(guardian, "Test Guardian"));
    draft.subject.child_view = Some(ChildView::Assent {
        words: "I want to see my grandmother".into(),
    });
    draft.subject.best_interests_reference = Some("BID-2026-0042".into());
    draft.subject.unaccompanied = Some(true);
    let policy = SigningPolicy::default();
    assert_eq!(draft.sign(&policy, T0), Err(RuleViolation::EscortMissing));
    draft.subject.escort = Some("Escort service, ref. ESC-17".into());
    assert_eq!(
        draft.sign(&policy, T0),
        Err(RuleViolation::ReceptionArrangementMissing)
    );
    draft.subject.reception_arrangement_reference = Some("REC-GE-2026-9".into());
    let event = draft.sign(&policy, T0).expect("signable");
    let json = serde_json::to_string(&event).expect("json");
    assert!(json.contains("\"unaccompanied\":true"), "{json}");
    assert!(json.contains("REC-GE-2026-9"), "{json}");
    let back: ConsentEvent = serde_json::from_str(&json).expect("back");
    assert_eq!(back, event);
}

#[test]
fn a_childs_record_without_the_new_facts_keeps_its_bytes() {
    // Recorded before unaccompanied, escort and reception existed: no new keys.
    let subject = Subject {
        minor: true,
        capacity_doubt: false,
        child_view: None,
        best_interests_reference: Some("BID-1".into()),
        ..Subject::default()
    };
    let json = serde_json::to_string(&subject).expect("json");
    assert_eq!(
        json,
        r#"{"minor":true,"capacity_doubt":false,"best_interests_reference":"BID-1"}"#
    );
    let back: Subject = serde_json::from_str(&json).expect("back");
    assert_eq!(back, subject);
}

/// An adult's consent to Georgia, confirmed, in the household `reference`.
fn parents_consent(seed: u8, reference: &str) -> Consent {
    let mut draft = ready_draft(seed);
    draft.subject.household_reference = Some(reference.into());
    draft.add_signature(typed(MIGRANT, "Test Parent"));
    let event = draft.sign(&without_interview(), T0).expect("signable");
    Consent::from_first(&event).expect("signed")
}

#[test]
fn a_childs_consent_goes_ahead_only_with_a_linked_parents_unless_best_interests_cover_it() {
    let assent = ChildView::Assent {
        words: "I want to go with my mother".into(),
    };
    let mut child = childs_consent(73, assent.clone());
    child.record.subject.household_reference = Some("HH-1".into());
    let later = END + Duration::hours(1);
    // Alone, or with a parent whose consent is not in force, it does not go ahead.
    assert_eq!(
        child.check_household(&[&child], later),
        Err(RuleViolation::HouseholdApart)
    );
    let mut parent = parents_consent(74, "HH-1");
    assert_eq!(
        child.check_household(&[&child, &parent], T0 + Duration::hours(1)),
        Err(RuleViolation::HouseholdApart),
        "the parent's consent is still in cooling-off"
    );
    assert_eq!(child.check_household(&[&parent, &child], later), Ok(()));
    // A parent of another household, or going elsewhere, does not count.
    let stranger = parents_consent(75, "HH-2");
    assert_eq!(
        child.check_household(&[&child, &stranger], later),
        Err(RuleViolation::HouseholdApart)
    );
    parent.record.destination = Some(Destination::country("NG"));
    assert_eq!(
        child.check_household(&[&child, &parent], later),
        Err(RuleViolation::HouseholdApart)
    );
    // The parent withdrew: the child's goes ahead only if best interests cover it.
    let mut withdrawn = parents_consent(76, "HH-1");
    let event = withdrawn.withdraw(withdrawal(T0 + Duration::hours(2)));
    apply(&mut withdrawn, event);
    assert_eq!(
        child.check_household(&[&child, &withdrawn], later),
        Err(RuleViolation::HouseholdApart)
    );
    child.record.subject.best_interests_covers_separation = true;
    assert_eq!(child.check_household(&[&child], later), Ok(()));
    // An adult's, or a child's not linked to a household, is not concerned.
    assert_eq!(stranger.check_household(&[&stranger], later), Ok(()));
    let unlinked = childs_consent(77, assent);
    assert_eq!(unlinked.check_household(&[], later), Ok(()));
}

/// A child's consent to Georgia linked to the household `reference`.
fn household_child(seed: u8, reference: &str) -> Consent {
    let mut draft = ready_draft(seed);
    draft.subject.minor = true;
    draft.add_signature(typed(MIGRANT, "Test Child"));
    let guardian = draft.add_party(Role::Guardian, Some("Test Guardian"), None);
    draft.add_signature(typed(guardian, "Test Guardian"));
    draft.subject.child_view = Some(ChildView::Assent {
        words: "I go with my father".into(),
    });
    draft.subject.best_interests_reference = Some("BID-2026-0077".into());
    draft.subject.unaccompanied = Some(false);
    draft.subject.household_reference = Some(reference.into());
    let event = draft.sign(&without_interview(), T0).expect("signable");
    Consent::from_first(&event).expect("signed")
}

#[test]
fn a_childs_consent_in_a_household_takes_effect_only_with_a_linked_parents() {
    let later = END + Duration::hours(1);
    let mut child = household_child(80, "HH-9");
    // Never linked, or linked with no parent in force: held by the household,
    // not in force, nothing shareable, no departure.
    assert_eq!(child.holds(), vec![Hold::Household]);
    assert_eq!(
        child.state_at(later),
        ConsentState::OnHold {
            waiting_for: vec![Hold::Household]
        }
    );
    assert_eq!(child.effective_from(), None);
    assert_eq!(child.shareable_from(), None);
    assert_eq!(
        child.reconfirm_departure(later),
        Err(RuleViolation::HouseholdApart)
    );
    // A parent whose consent takes effect a day after the child's cooling-off:
    // the child's takes effect with it, not before.
    let mut parent = parents_consent(81, "HH-9");
    let parent_from = END + Duration::hours(24);
    let confirm = parent.record_confirmation(interview(InterviewOutcome::Confirmed), parent_from);
    apply(&mut parent, confirm);
    assert_eq!(parent.effective_from(), Some(parent_from));
    let linked = child.household_parent_from([&parent, &child]);
    child.set_household_link(linked);
    assert_eq!(child.linked_parent_from(), Some(parent_from));
    assert!(child.holds().is_empty());
    assert_eq!(
        child.state_at(later),
        ConsentState::OnHold {
            waiting_for: vec![Hold::Household]
        },
        "the parent's is not in force yet"
    );
    assert_eq!(child.effective_from(), Some(parent_from));
    assert_eq!(child.shareable_from(), Some(parent_from));
    assert_eq!(
        child.state_at(parent_from),
        ConsentState::Effective { since: parent_from }
    );
    let reconfirm = child.reconfirm_departure(parent_from + Duration::hours(1));
    apply(&mut child, reconfirm);
    assert!(
        child
            .record_departure(parent_from + Duration::hours(2), None)
            .is_ok()
    );
    // The parent withdraws: linked again, the child's is held once more.
    let withdrawn = parent.withdraw(withdrawal(parent_from + Duration::hours(1)));
    apply(&mut parent, withdrawn);
    child.link_household([&parent]);
    assert_eq!(child.effective_from(), None);
    assert_eq!(
        child.record_departure(parent_from + Duration::hours(2), None),
        Err(RuleViolation::HouseholdApart)
    );
    // A parent going elsewhere, or an adult of another household, is no parent here.
    let mut elsewhere = parents_consent(82, "HH-9");
    elsewhere.record.destination = Some(Destination::country("NG"));
    let stranger = parents_consent(83, "HH-10");
    assert_eq!(child.household_parent_from([&elsewhere, &stranger]), None);
    // The best-interests decision covers a return apart: the household holds nothing.
    child.record.subject.best_interests_covers_separation = true;
    assert!(!child.waits_for_household());
    assert!(child.holds().is_empty());
    assert!(child.effective_from().is_some());
}

#[derive(Debug, Clone)]
enum HouseholdCommand {
    Wait(i64),
    ConfirmParent,
    ConfirmChild,
    WithdrawParent,
    ReconfirmChild,
    DepartChild,
    ReconfirmParent,
    DepartParent,
}

fn household_command() -> impl Strategy<Value = HouseholdCommand> {
    prop_oneof![
        (1i64..120).prop_map(HouseholdCommand::Wait),
        Just(HouseholdCommand::ConfirmParent),
        Just(HouseholdCommand::ConfirmChild),
        Just(HouseholdCommand::WithdrawParent),
        Just(HouseholdCommand::ReconfirmChild),
        Just(HouseholdCommand::DepartChild),
        Just(HouseholdCommand::ReconfirmParent),
        Just(HouseholdCommand::DepartParent),
    ]
}

proptest! {
    /// A parent's and a child's consent of one household under random commands,
    /// linked again after every event as the store does: the child's never
    /// counts, shares or departs before a linked parent's is in force.
    #[test]
    fn a_childs_consent_never_goes_ahead_apart_from_its_household(
        commands in proptest::collection::vec(household_command(), 0..40),
        covered in any::<bool>(),
    ) {
        let policy = SigningPolicy::default();
        let mut child = household_child(90, "HH-P");
        child.record.subject.best_interests_covers_separation = covered;
        let parent_event = {
            let mut draft = ready_draft(91);
            draft.subject.household_reference = Some("HH-P".into());
            draft.add_signature(typed(MIGRANT, "Test Parent"));
            draft.sign(&policy, T0 + Duration::hours(6)).expect("signs")
        };
        let mut parent = Consent::from_first(&parent_event).expect("starts");
        child.link_household([&parent]);
        let mut now = T0;
        for command in commands {
            let (target_is_child, attempt) = match command {
                HouseholdCommand::Wait(hours) => { now += Duration::hours(hours); continue; }
                HouseholdCommand::ConfirmParent => (false, parent.record_confirmation(interview(InterviewOutcome::Confirmed), now)),
                HouseholdCommand::ConfirmChild => (true, child.record_confirmation(interview(InterviewOutcome::Confirmed), now)),
                HouseholdCommand::WithdrawParent => (false, parent.withdraw(withdrawal(now))),
                HouseholdCommand::ReconfirmChild => (true, child.reconfirm_departure(now)),
                HouseholdCommand::DepartChild => (true, child.record_departure(now, None)),
                HouseholdCommand::ReconfirmParent => (false, parent.reconfirm_departure(now)),
                HouseholdCommand::DepartParent => (false, parent.record_departure(now, None)),
            };
            let Ok(event) = attempt else { continue };
            if target_is_child {
                // What the child did needs a parent in force, unless covered.
                if matches!(event, ConsentEvent::DepartureRecorded { .. } | ConsentEvent::DepartureReconfirmed { .. }) && !covered {
                    prop_assert!(parent.effective_from().is_some_and(|from| from <= now));
                }
                prop_assert!(child.apply(&event).is_ok());
            } else {
                prop_assert!(parent.apply(&event).is_ok());
            }
            child.link_household([&parent]);
            if !covered {
                // In force, or shareable, only from a parent's effect on.
                if let ConsentState::Effective { since } = child.state_at(now) {
                    prop_assert!(parent.effective_from().is_some_and(|from| from <= since));
                }
                if let Some(from) = child.shareable_from() {
                    prop_assert!(parent.effective_from().is_some_and(|p| p <= from));
                }
                if child.departed_at.is_none() && parent.effective_from().is_none() {
                    prop_assert!(child.holds().contains(&Hold::Household));
                    prop_assert!(child.record_departure(now, None).is_err());
                }
            }
        }
    }
}

#[test]
fn every_kind_of_event_reads_from_json_as_serde_reads_it() {
    let (_, signed) = signed_consent(1);
    let ConsentEvent::Signed {
        consent_id,
        reference,
        cooling_off_until,
        record,
    } = signed.clone()
    else {
        panic!("signing makes a signed event");
    };
    let id = || consent_id.clone();
    let at = T0 + Duration::hours(2);
    let account = Some("counsellor-test-1".to_owned());
    let events = vec![
        signed,
        ConsentEvent::Declined {
            consent_id: id(),
            reference,
            record: record.clone(),
        },
        ConsentEvent::Withdrawn {
            consent_id: id(),
            withdrawal: withdrawal(at),
        },
        ConsentEvent::MarkedForReview {
            consent_id: id(),
            reason: ReviewReason::ContentChanged {
                from_version: "v1".into(),
                to_version: "v2".into(),
            },
            at,
            account_id: None,
        },
        ConsentEvent::MarkedForReview {
            consent_id: id(),
            reason: ReviewReason::ChildObjection {
                note: "a \"quoted\" note, with a comma".into(),
            },
            at,
            account_id: account.clone(),
        },
        ConsentEvent::Reconsented {
            consent_id: id(),
            cooling_off_until: cooling_off_until + Duration::days(3),
            record,
        },
        ConsentEvent::ReceiptIssued {
            consent_id: id(),
            kind: ReceiptKind::Withdrawal,
            sha256: "ab".repeat(32),
            at,
            account_id: None,
        },
        ConsentEvent::DepartureRecorded {
            consent_id: id(),
            at,
            account_id: account.clone(),
        },
        ConsentEvent::FlagResolved {
            consent_id: id(),
            flag: FlagKind::Pressure,
            outcome: FlagOutcome::Referred,
            reason: "spoke alone with the person".into(),
            at,
            account_id: account.clone(),
        },
        ConsentEvent::ConfirmationRecorded {
            consent_id: id(),
            interview: interview(InterviewOutcome::Confirmed),
            at,
            account_id: account.clone(),
        },
        ConsentEvent::DepartureReconfirmed {
            consent_id: id(),
            at,
            account_id: None,
        },
        ConsentEvent::DepartureCorrected {
            consent_id: id(),
            reason: "recorded on the wrong file".into(),
            at,
            account_id: account,
        },
        ConsentEvent::WithdrawnWithoutCode {
            consent_id: id(),
            withdrawal: withdrawal(at),
            reason: "lost the receipt".into(),
            found_by: vec!["signed_on".into(), "destination".into()],
        },
    ];
    for event in &events {
        let plain = serde_json::to_string(event).expect("json");
        let canonical = serde_json_canonicalizer::to_string(event).expect("canonical json");
        for text in [plain, canonical] {
            let read = ConsentEvent::from_json(&text);
            assert_eq!(read.as_ref().ok(), Some(event), "{text}");
            assert_eq!(serde_json::from_str::<ConsentEvent>(&text).ok(), read.ok());
            // Told its kind (as the store records it), in one pass.
            let told = ConsentEvent::read_told(&text, event.kind());
            assert_eq!(told.as_ref().ok(), Some(event), "{text}");
            // Told another: refused in one pass, read the slower way after.
            let wrong = if event.kind() == "signed" {
                "withdrawn"
            } else {
                "signed"
            };
            assert!(ConsentEvent::read_told(&text, wrong).is_err(), "{text}");
            let read = ConsentEvent::from_json_of_kind(&text, wrong);
            assert_eq!(read.as_ref().ok(), Some(event), "{text}");
        }
    }
    // A body that does not say its type is refused, told or not.
    let untyped = serde_json::to_value(&events[2]).map(|mut value| {
        if let Some(object) = value.as_object_mut() {
            object.remove("type");
        }
        value.to_string()
    });
    let untyped = untyped.expect("json");
    assert!(ConsentEvent::read_told(&untyped, "withdrawn").is_err());
    assert!(ConsentEvent::from_json_of_kind(&untyped, "withdrawn").is_err());
    // What serde refuses, reading from JSON refuses too.
    let withdrawn = serde_json::to_string(&events[2]).expect("json");
    for bad in [
        r#"{"consent_id":"ab"}"#.to_owned(),
        r#"{"type":"no_such_event","consent_id":"ab"}"#.to_owned(),
        r#"{"type":"withdrawn","consent_id":"ab"}"#.to_owned(),
        r#"{"type":"departure_recorded","consent_id":"ab","at":"noon"}"#.to_owned(),
        r#"{"type":7,"consent_id":"ab"}"#.to_owned(),
        r#"["withdrawn"]"#.to_owned(),
        "not json".to_owned(),
        format!("{withdrawn} trailing"),
        withdrawn[..withdrawn.len() - 1].to_owned(),
    ] {
        assert!(serde_json::from_str::<ConsentEvent>(&bad).is_err(), "{bad}");
        assert!(ConsentEvent::from_json(&bad).is_err(), "{bad}");
        assert!(
            ConsentEvent::from_json_of_kind(&bad, "withdrawn").is_err(),
            "{bad}"
        );
    }
}
