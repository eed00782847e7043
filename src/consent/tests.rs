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
        suspensions: Vec::new(),
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
    let (consent, _) = signed_consent(14);
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
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        (1i64..200).prop_map(Command::Wait),
        Just(Command::Withdraw),
        Just(Command::Suspend),
        Just(Command::ContentChange),
        Just(Command::Reconsent),
        Just(Command::Depart),
    ]
}

proptest! {
    #[test]
    fn random_command_sequences_keep_the_invariants(
        commands in proptest::collection::vec(command(), 0..40),
    ) {
        let (mut consent, first) = signed_consent(30);
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
            // Effective only after cooling-off.
            if let ConsentState::Effective { since } = state {
                prop_assert!(now >= since);
                prop_assert_eq!(Some(since), consent.cooling_off_until());
            }
            if let ConsentState::CoolingOff { until } = state {
                prop_assert!(now < until);
            }
            // Withdrawn is final; after departure there is no withdrawal.
            let is_withdrawal = |e: &ConsentEvent| matches!(e, ConsentEvent::Withdrawn { .. });
            if let Some(index) = log.iter().position(is_withdrawal) {
                prop_assert_eq!(state.name(), "withdrawn");
                let events_after = log.len() - 1 - index;
                prop_assert_eq!(events_after, 0, "nothing follows a withdrawal");
            }
            let is_departure = |e: &ConsentEvent| matches!(e, ConsentEvent::DepartureRecorded { .. });
            if let Some(departed) = log.iter().position(is_departure) {
                let withdrawn_after = log[departed..].iter().any(is_withdrawal);
                prop_assert!(!withdrawn_after);
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
