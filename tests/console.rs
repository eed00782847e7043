//! The counsellor's console, driven through its intents against a real store,
//! real content and real translations in a temporary directory.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::path::Path;

use common::{T0, childs_draft, household_childs_draft, signed_draft};
use consent_kiosk::consent::{
    AuditEvent, ChildView, ConfirmationInterview, ConsentState, Destination, FearOfHarm,
    FitnessToTravel, FlagKind, FlagOutcome, FoundBy, Interpreter, InterviewOutcome, LegalAdvice,
    MIGRANT, ProtectionSigns, RuleViolation, SigningPolicy, Timestamp,
};
use consent_kiosk::console::{
    Category, Console, ConsoleIntent, ConsoleNotice, ConsoleScreen, ConsoleServices, what_changed,
};
use consent_kiosk::content::Content;
use consent_kiosk::i18n::Catalog;
use consent_kiosk::store::{Access, Store, StorePaths};
use time::Duration;

struct Desk {
    _dir: tempfile::TempDir,
    store: Store,
    content: Content,
    catalog: Catalog,
    now: Timestamp,
}

impl Desk {
    fn new() -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&StorePaths::in_dir(dir.path()), Access::ReadWrite).expect("store");
        let catalog = Catalog::load(&root.join("locales")).expect("locales");
        let content = Content::load(&root.join("content"), &catalog).expect("content");
        Self {
            _dir: dir,
            store,
            content,
            catalog,
            now: T0,
        }
    }

    fn services(&mut self) -> ConsoleServices<'_> {
        ConsoleServices {
            store: &mut self.store,
            content: &mut self.content,
            catalog: &self.catalog,
            now: self.now,
        }
    }

    fn apply(&mut self, console: &mut Console, intent: ConsoleIntent) {
        let mut services = self.services();
        console.apply(intent, &mut services);
    }

    /// Signs `n` consents for Georgia (and one for Nigeria), as the kiosk would.
    fn sign(&mut self, n: u8) {
        let policy = SigningPolicy {
            cooling_off: self.content.deployment.cooling_off,
            suspensions: Vec::new(),
            confirmation_interview: self.content.deployment.confirmation_interview,
            ..SigningPolicy::default()
        };
        for seed in 1..=n {
            let mut draft = signed_draft(seed);
            if seed == n {
                draft.record_page(
                    consent_kiosk::consent::PageShown::Country("NG".into()),
                    "Nigeria",
                );
                // Nigeria's assistance differs by area: the region is named.
                draft.choose(
                    consent_kiosk::consent::LegalOption::VoluntaryReturn,
                    Some(Destination {
                        country: "NG".into(),
                        area: Some("NG-LA".into()),
                    }),
                );
            }
            let event = draft.sign(&policy, self.now).expect("signable");
            self.store.commit(&event).expect("stored");
        }
    }

    fn sign_more_for_georgia(&mut self, seeds: std::ops::RangeInclusive<u8>) {
        for seed in seeds {
            let event = signed_draft(seed)
                .sign(&self.content.signing_policy(), T0)
                .expect("signable");
            self.store.commit(&event).expect("stored");
        }
    }

    fn admin(&mut self) -> Console {
        let mut console = Console::new(&self.store, self.now);
        if *console.screen() == ConsoleScreen::Setup {
            self.apply(
                &mut console,
                ConsoleIntent::CreateFirstAdmin {
                    account_id: "admin.one".into(),
                    secret: "correct horse 42".into(),
                },
            );
        }
        self.sign_in(&mut console, "admin.one", "correct horse 42");
        console
    }

    fn sign_in(&mut self, console: &mut Console, account: &str, secret: &str) {
        self.apply(
            console,
            ConsoleIntent::SignIn {
                account_id: account.into(),
                secret: secret.into(),
            },
        );
    }

    fn open_first(&mut self, console: &mut Console, category: Option<Category>) {
        let now_ms = (self.now.unix_timestamp_nanos() / 1_000_000) as i64;
        let row = console.dashboard().filter(category, "", now_ms)[0].clone();
        let id = consent_kiosk::consent::ConsentId::from_stored(row.consent_id);
        self.apply(console, ConsoleIntent::AskToOpen(id));
        self.apply(
            console,
            ConsoleIntent::Open {
                reason: "person asked at the desk".into(),
            },
        );
        assert_eq!(
            *console.screen(),
            ConsoleScreen::Record,
            "{:?}",
            console.notice()
        );
    }
}

#[test]
fn first_run_creates_an_administrator_then_wrong_passphrases_wait_longer_each_time() {
    let mut desk = Desk::new();
    let mut console = Console::new(&desk.store, desk.now);
    assert_eq!(*console.screen(), ConsoleScreen::Setup);
    desk.apply(
        &mut console,
        ConsoleIntent::CreateFirstAdmin {
            account_id: "admin.one".into(),
            secret: "123".into(),
        },
    );
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Message("console-weak-secret"))
    );
    assert_eq!(*console.screen(), ConsoleScreen::Setup, "nothing half-done");
    desk.apply(
        &mut console,
        ConsoleIntent::CreateFirstAdmin {
            account_id: "admin.one".into(),
            secret: "correct horse 42".into(),
        },
    );
    assert_eq!(*console.screen(), ConsoleScreen::SignIn);
    for _ in 0..5 {
        desk.sign_in(&mut console, "admin.one", "wrong guess");
        assert_eq!(
            console.notice(),
            Some(&ConsoleNotice::Message("console-wrong-credentials"))
        );
    }
    // The fifth wrong try started a wait: even the right passphrase must wait.
    desk.sign_in(&mut console, "admin.one", "correct horse 42");
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Locked { seconds: 30 })
    );
    desk.now += Duration::seconds(31);
    desk.sign_in(&mut console, "admin.one", "still wrong");
    desk.sign_in(&mut console, "admin.one", "correct horse 42");
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Locked { seconds: 60 }),
        "the wait doubles"
    );
    desk.now += Duration::seconds(61);
    desk.sign_in(&mut console, "admin.one", "correct horse 42");
    assert_eq!(*console.screen(), ConsoleScreen::Dashboard);
    assert!(console.account().is_some());
    // Unknown names get the same answer as wrong passphrases.
    let mut other = Console::new(&desk.store, desk.now);
    desk.sign_in(&mut other, "nobody.here", "correct horse 42");
    assert_eq!(
        other.notice(),
        Some(&ConsoleNotice::Message("console-wrong-credentials"))
    );
}

#[test]
fn a_sign_in_intent_never_prints_its_passphrase() {
    let intent = ConsoleIntent::SignIn {
        account_id: "admin.one".into(),
        secret: "correct horse 42".into(),
    };
    let shown = format!("{intent:?} {intent:#?}");
    assert!(!shown.contains("horse"), "{shown}");
}

#[test]
fn an_unknown_name_gets_exactly_the_answers_a_known_name_gets() {
    let mut desk = Desk::new();
    let mut console = Console::new(&desk.store, desk.now);
    desk.apply(
        &mut console,
        ConsoleIntent::CreateFirstAdmin {
            account_id: "admin.one".into(),
            secret: "correct horse 42".into(),
        },
    );
    // The same sequence of wrong tries, for a name that exists and one that does not:
    // every answer must be the same, so the lockout cannot tell who has an account.
    let mut answers = Vec::new();
    for name in ["admin.one", "nobody.here"] {
        let mut seen = Vec::new();
        for _ in 0..7 {
            desk.sign_in(&mut console, name, "wrong guess");
            seen.push(console.notice().cloned());
        }
        answers.push(seen);
    }
    assert_eq!(answers[0], answers[1]);
    assert!(
        answers[0].contains(&Some(ConsoleNotice::Locked { seconds: 30 })),
        "{:?}",
        answers[0]
    );
    // Tries are counted per typed name: the locked unknown name does not lock the admin out for longer.
    desk.now += Duration::seconds(31);
    desk.sign_in(&mut console, "admin.one", "correct horse 42");
    assert_eq!(*console.screen(), ConsoleScreen::Dashboard);
}

#[test]
fn an_idle_console_locks_and_forgets_what_it_showed() {
    let mut desk = Desk::new();
    desk.sign(2);
    let mut console = desk.admin();
    desk.open_first(&mut console, None);
    assert!(console.opened().is_some());
    assert!(!console.tick(desk.now + Duration::minutes(14)));
    assert!(console.tick(desk.now + Duration::minutes(15)));
    assert_eq!(*console.screen(), ConsoleScreen::SignIn);
    assert!(console.opened().is_none());
    assert!(console.dashboard().is_empty());
    // An intent after the lock is refused, not carried out.
    desk.apply(&mut console, ConsoleIntent::Withdraw);
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Message("console-sign-in-first"))
    );
}

#[test]
fn a_record_opens_only_with_a_reason_and_the_opening_is_logged() {
    let mut desk = Desk::new();
    desk.sign(2);
    let mut console = desk.admin();
    let now_ms = (desk.now.unix_timestamp_nanos() / 1_000_000) as i64;
    let counts = console.dashboard().counts(now_ms);
    assert_eq!(counts[0], (Category::CoolingOff, 2));
    let row = console.dashboard().filter(None, "", now_ms)[0].clone();
    // Search by code, typed with a dash, in lower case.
    let typed = format!("{}-{}", &row.reference[..5], &row.reference[5..]).to_lowercase();
    assert_eq!(console.dashboard().filter(None, &typed, now_ms).len(), 1);
    let id = consent_kiosk::consent::ConsentId::from_stored(row.consent_id.clone());
    desk.apply(&mut console, ConsoleIntent::AskToOpen(id.clone()));
    assert!(
        console.opened().is_none(),
        "nothing shown before the reason"
    );
    desk.apply(&mut console, ConsoleIntent::Open { reason: " ".into() });
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Message("console-reason-needed"))
    );
    desk.apply(
        &mut console,
        ConsoleIntent::Open {
            reason: "follow-up call".into(),
        },
    );
    assert!(console.opened().is_some());
    let log = desk.store.audit_log().expect("audit");
    assert!(log.iter().any(|entry| matches!(entry,
        AuditEvent::RecordOpened { account_id, consent_id, reason, .. }
            if account_id == "admin.one" && *consent_id == id && reason == "follow-up call")));
    assert!(desk.store.verify(desk.now).expect("verify").is_intact());
}

#[test]
fn a_suspension_moves_pending_consents_to_review_at_once_and_the_kiosk_stops_offering_it() {
    let mut desk = Desk::new();
    desk.sign(3); // two for Georgia, one for Nigeria
    let mut console = desk.admin();
    desk.apply(&mut console, ConsoleIntent::ShowSuspend);
    desk.apply(
        &mut console,
        ConsoleIntent::Suspend {
            country: "ge".into(),
            area: None,
            reason: "security situation".into(),
        },
    );
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Count("console-suspend-done", 2))
    );
    let projection = desk.store.projection().expect("projection");
    let states: Vec<_> = projection
        .consents()
        .map(|c| (c.record.destination.clone(), c.state_at(desk.now).name()))
        .collect();
    assert_eq!(
        states
            .iter()
            .filter(|(_, state)| *state == "needs_review")
            .count(),
        2
    );
    assert!(
        desk.content
            .signing_policy()
            .suspension_for(&Destination::country("GE"))
            .is_some(),
        "no new consent for Georgia"
    );
    let now_ms = (desk.now.unix_timestamp_nanos() / 1_000_000) as i64;
    assert_eq!(
        console
            .dashboard()
            .filter(Some(Category::NeedsReview), "", now_ms)
            .len(),
        2
    );
    assert_eq!(desk.store.console_suspensions().expect("read").len(), 1);
}

#[test]
fn a_console_suspension_survives_a_restart_and_blocks_departure() {
    let mut desk = Desk::new();
    desk.sign(2); // one for Georgia, one for Nigeria
    let mut console = desk.admin();
    desk.apply(&mut console, ConsoleIntent::ShowSuspend);
    desk.apply(
        &mut console,
        ConsoleIntent::Suspend {
            country: "ng".into(),
            area: None,
            reason: "flights unsafe".into(),
        },
    );
    // A restart (or a content publication): the content is loaded afresh.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut fresh = Content::load(&root.join("content"), &desk.catalog).expect("content");
    let nigeria = Destination {
        country: "NG".into(),
        area: Some("NG-LA".into()),
    };
    assert!(fresh.signing_policy().suspension_for(&nigeria).is_none());
    let applied =
        consent_kiosk::console::apply_sealed_suspensions(&desk.store, &mut fresh).expect("read");
    assert_eq!(applied, 1);
    assert!(
        fresh.signing_policy().suspension_for(&nigeria).is_some(),
        "still suspended after the restart"
    );
    // A consent to a suspended destination cannot be marked departed.
    let projection = desk.store.projection().expect("projection");
    let to_nigeria = projection
        .consents()
        .find(|c| c.record.destination.as_ref() == Some(&nigeria))
        .expect("the Nigeria consent");
    assert_eq!(
        to_nigeria.check_departure_allowed(&fresh.signing_policy()),
        Err(
            consent_kiosk::consent::RuleViolation::DestinationSuspended {
                country: "NG".into()
            }
        )
    );
    let to_georgia = projection
        .consents()
        .find(|c| c.record.destination.as_ref() == Some(&Destination::country("GE")))
        .expect("the Georgia consent");
    assert_eq!(
        to_georgia.check_departure_allowed(&fresh.signing_policy()),
        Ok(())
    );
}

#[test]
fn a_concern_from_the_kiosk_is_shown_first_until_someone_takes_it_up() {
    let mut desk = Desk::new();
    desk.store
        .record_audit(&AuditEvent::ConcernRaised {
            account_id: consent_kiosk::consent::KIOSK_ACCOUNT.into(),
            concern_id: "0a1b2c3d4e5f6071".into(),
            kind: consent_kiosk::consent::ConcernKind::Pressured,
            screen: "items".into(),
            locale: "ti".into(),
            at: desk.now,
        })
        .expect("raised");
    let mut console = desk.admin();
    assert_eq!(console.concerns().len(), 1, "on the dashboard at sign-in");
    desk.apply(
        &mut console,
        ConsoleIntent::ConcernSeen("0a1b2c3d4e5f6071".into()),
    );
    assert!(console.concerns().is_empty());
    assert!(desk.store.open_concerns().expect("read").is_empty());
    assert!(
        desk.store
            .audit_log()
            .expect("audit")
            .iter()
            .any(|e| matches!(e,
        AuditEvent::ConcernSeen { account_id, .. } if account_id == "admin.one"))
    );
    assert!(desk.store.verify(desk.now).expect("verify").is_intact());
}

#[test]
fn only_an_administrator_suspends() {
    let mut desk = Desk::new();
    let mut admin = desk.admin();
    desk.store
        .create_account(
            "counsellor.two",
            consent_kiosk::consent::AccountRole::Counsellor,
            "another secret 7",
            Some("admin.one"),
            desk.now,
        )
        .expect("account");
    desk.apply(&mut admin, ConsoleIntent::SignOut);
    let mut console = Console::new(&desk.store, desk.now);
    desk.sign_in(&mut console, "counsellor.two", "another secret 7");
    desk.apply(&mut console, ConsoleIntent::ShowSuspend);
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Message("console-admin-only"))
    );
}

fn confirmed_interview() -> ConfirmationInterview {
    ConfirmationInterview {
        interpreter: Some(Interpreter {
            language: "ar".into(),
            interpreter_id: "INT-12".into(),
        }),
        others_present: Vec::new(),
        fear_of_harm: FearOfHarm::AsylumInformationGiven,
        trafficking_or_violence: ProtectionSigns::NoneSeen,
        fitness_to_travel: FitnessToTravel::Fit,
        legal_advice: LegalAdvice::Taken,
        detained: false,
        person_confirmed: true,
        outcome: InterviewOutcome::Confirmed,
    }
}

fn saved(console: &Console) {
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Message("console-saved")),
        "{:?}",
        console.notice()
    );
}

#[test]
fn departure_needs_the_interview_and_a_same_day_reconfirmation_closes_withdrawal_and_can_be_corrected()
 {
    let mut desk = Desk::new();
    desk.sign(1);
    let mut console = desk.admin();
    desk.now += Duration::hours(73);
    desk.apply(&mut console, ConsoleIntent::ShowDashboard);
    let now_ms = (desk.now.unix_timestamp_nanos() / 1_000_000) as i64;
    assert!(
        console
            .dashboard()
            .filter(Some(Category::Effective), "", now_ms)
            .is_empty(),
        "not in force without the interview"
    );
    desk.open_first(&mut console, Some(Category::OnHold));
    desk.apply(&mut console, ConsoleIntent::RecordDeparture);
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Refused(RuleViolation::Held(
            "confirmation_interview"
        )))
    );
    desk.apply(&mut console, ConsoleIntent::ShowConfirmation);
    assert_eq!(*console.screen(), ConsoleScreen::Confirmation);
    desk.apply(
        &mut console,
        ConsoleIntent::RecordConfirmation(confirmed_interview()),
    );
    saved(&console);
    assert_eq!(*console.screen(), ConsoleScreen::Record);
    desk.apply(&mut console, ConsoleIntent::RecordDeparture);
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Refused(
            RuleViolation::ReconfirmationMissing
        ))
    );
    desk.apply(&mut console, ConsoleIntent::ReconfirmDeparture);
    saved(&console);
    desk.now += Duration::hours(2);
    desk.apply(&mut console, ConsoleIntent::RecordDeparture);
    saved(&console);
    assert!(console.opened().is_some_and(|c| c.departed_at.is_some()));
    desk.apply(&mut console, ConsoleIntent::Withdraw);
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Refused(RuleViolation::AlreadyDeparted))
    );
    desk.apply(
        &mut console,
        ConsoleIntent::CorrectDeparture {
            reason: "the wrong record was ticked".into(),
        },
    );
    saved(&console);
    assert!(console.opened().is_some_and(|c| c.departed_at.is_none()));
    desk.apply(&mut console, ConsoleIntent::Withdraw);
    saved(&console);
    assert!(desk.store.verify(desk.now).expect("verify").is_intact());
}

#[test]
fn a_flag_holds_the_consent_until_a_counsellor_resolves_it() {
    let mut desk = Desk::new();
    let mut draft = signed_draft(1);
    draft.pressure_flag = true;
    let event = draft
        .sign(&desk.content.signing_policy(), desk.now)
        .expect("signable");
    desk.store.commit(&event).expect("stored");
    let mut console = desk.admin();
    desk.now += Duration::hours(73);
    desk.open_first(&mut console, Some(Category::OnHold));
    desk.apply(
        &mut console,
        ConsoleIntent::RecordConfirmation(confirmed_interview()),
    );
    saved(&console);
    desk.apply(&mut console, ConsoleIntent::ReconfirmDeparture);
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Refused(RuleViolation::Held(
            "flag:pressure"
        )))
    );
    desk.apply(
        &mut console,
        ConsoleIntent::ResolveFlag {
            flag: FlagKind::Pressure,
            outcome: FlagOutcome::Cleared,
            reason: "".into(),
        },
    );
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Refused(RuleViolation::ReasonMissing))
    );
    desk.apply(
        &mut console,
        ConsoleIntent::ResolveFlag {
            flag: FlagKind::Pressure,
            outcome: FlagOutcome::Cleared,
            reason: "spoke alone with an interpreter; no pressure".into(),
        },
    );
    saved(&console);
    let consent = console.opened().expect("open");
    assert!(matches!(
        consent.state_at(desk.now),
        ConsentState::Effective { since } if since == desk.now
    ));
    desk.apply(&mut console, ConsoleIntent::ReconfirmDeparture);
    saved(&console);
    assert!(desk.store.verify(desk.now).expect("verify").is_intact());
}

#[test]
fn a_person_without_their_code_is_found_by_facts_and_withdraws_in_person() {
    let mut desk = Desk::new();
    desk.sign(3);
    let mut console = desk.admin();
    desk.now += Duration::hours(5);
    desk.apply(&mut console, ConsoleIntent::ShowFindWithoutCode);
    assert_eq!(*console.screen(), ConsoleScreen::FindWithoutCode);
    let one_fact = FoundBy {
        destination: Some("NG".into()),
        ..FoundBy::default()
    };
    desk.apply(&mut console, ConsoleIntent::FindWithoutCode(one_fact));
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Message("console-find-two-facts"))
    );
    let facts = FoundBy {
        signed_on: Some(T0.date()),
        destination: Some("ng".into()),
        ..FoundBy::default()
    };
    desk.apply(&mut console, ConsoleIntent::FindWithoutCode(facts));
    assert_eq!(console.found().len(), 1, "{:?}", console.notice());
    let consent_id = console.found()[0].consent_id.clone();
    desk.apply(
        &mut console,
        ConsoleIntent::WithdrawWithoutCode {
            consent_id: consent_id.clone(),
            person_present: false,
            reason: "lost the receipt".into(),
        },
    );
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Refused(RuleViolation::NotIdentified))
    );
    desk.apply(
        &mut console,
        ConsoleIntent::WithdrawWithoutCode {
            consent_id: consent_id.clone(),
            person_present: true,
            reason: "lost the receipt, wants to stay".into(),
        },
    );
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Message("console-withdrawn-without-code"))
    );
    let consent = desk
        .store
        .consent(&consent_id)
        .expect("read")
        .expect("there");
    assert_eq!(consent.stage_name(), "withdrawn");
    // Georgia: three consents signed that day, too many to tell apart by two facts.
    let georgia = FoundBy {
        signed_on: Some(T0.date()),
        destination: Some("GE".into()),
        ..FoundBy::default()
    };
    desk.sign_more_for_georgia(4..=6);
    desk.apply(&mut console, ConsoleIntent::FindWithoutCode(georgia));
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Message("console-find-too-many"))
    );
    assert!(desk.store.verify(desk.now).expect("verify").is_intact());
}

#[test]
fn two_counsellors_on_one_consent_the_second_gets_a_conflict_and_nothing_is_lost() {
    let mut desk = Desk::new();
    desk.sign(1);
    let mut first = desk.admin();
    desk.open_first(&mut first, None);
    let mut second = Console::new(&desk.store, desk.now);
    desk.sign_in(&mut second, "admin.one", "correct horse 42");
    desk.open_first(&mut second, None);
    desk.apply(&mut first, ConsoleIntent::Withdraw);
    assert_eq!(
        first.notice(),
        Some(&ConsoleNotice::Message("console-saved"))
    );
    let events = desk.store.event_count();
    desk.apply(&mut second, ConsoleIntent::Withdraw);
    assert_eq!(
        second.notice(),
        Some(&ConsoleNotice::Message("console-conflict"))
    );
    assert_eq!(desk.store.event_count(), events, "no second event");
    assert!(desk.store.verify(desk.now).expect("verify").is_intact());
}

#[test]
fn after_a_content_change_a_consent_is_reviewed_shown_what_changed_and_signed_again() {
    let mut desk = Desk::new();
    desk.sign(1);
    let mut console = desk.admin();
    desk.apply(&mut console, ConsoleIntent::ReviewContentChanges);
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Count("console-review-done", 1))
    );
    desk.open_first(&mut console, Some(Category::NeedsReview));
    let opened = console.opened().expect("opened").clone();
    let changes = what_changed(&opened, &desk.services());
    assert!(
        changes
            .iter()
            .any(|c| c.step == "overview" && c.now.is_some()),
        "{changes:?}"
    );
    desk.apply(&mut console, ConsoleIntent::ShowReconsent);
    assert_eq!(*console.screen(), ConsoleScreen::Reconsent);
    desk.apply(
        &mut console,
        ConsoleIntent::Reconsent {
            typed_names: vec![(MIGRANT, common::FICTIONAL_NAME.into())],
            area: None,
        },
    );
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Message("console-saved"))
    );
    let consent = console.opened().expect("still open");
    assert!(matches!(
        consent.state_at(desk.now),
        ConsentState::CoolingOff { .. }
    ));
    let country = consent
        .record
        .destination
        .as_ref()
        .map(|d| d.country.as_str());
    assert_eq!(
        consent.record.content_version,
        desk.content.version_for(country)
    );
    assert_eq!(consent.earlier_records.len(), 1, "the old record is kept");
    assert!(
        consent
            .record
            .parties
            .iter()
            .any(|p| p.account_id.as_deref() == Some("admin.one"))
    );
    assert!(desk.store.verify(desk.now).expect("verify").is_intact());
}

#[test]
fn an_export_goes_to_the_chosen_folder_whole_and_is_logged() {
    let mut desk = Desk::new();
    desk.sign(2);
    let mut console = desk.admin();
    let out = tempfile::tempdir().expect("out");
    desk.apply(
        &mut console,
        ConsoleIntent::Export {
            format: consent_kiosk::export::ExportFormat::Jsonl,
            folder: out.path().to_path_buf(),
        },
    );
    let Some(ConsoleNotice::Exported(path, 2)) = console.notice() else {
        panic!("{:?}", console.notice());
    };
    let text = std::fs::read_to_string(path).expect("written");
    assert_eq!(consent_kiosk::export::verify_lines(&text), Ok(2));
    let files: Vec<_> = std::fs::read_dir(out.path()).expect("dir").collect();
    assert_eq!(files.len(), 1, "no partial file left behind");
    assert!(
        desk.store
            .audit_log()
            .expect("audit")
            .iter()
            .any(|e| matches!(e, AuditEvent::Exported { consents: 2, .. }))
    );
    // A folder that does not exist: a plain failure, nothing else changes.
    desk.apply(
        &mut console,
        ConsoleIntent::Export {
            format: consent_kiosk::export::ExportFormat::Csv,
            folder: out.path().join("missing"),
        },
    );
    assert!(matches!(console.notice(), Some(ConsoleNotice::Failed(_))));
}

#[test]
fn a_suspension_written_in_the_content_moves_pending_consents_to_review_when_it_loads() {
    let mut desk = Desk::new();
    desk.sign(3);
    let nigeria = desk
        .content
        .countries
        .iter_mut()
        .find(|c| c.code == "NG")
        .expect("Nigeria in the example content");
    nigeria.status = consent_kiosk::content::AssistanceStatus::Suspended {
        since: time::macros::date!(2026 - 03 - 01),
        reason: "country-ng-name".into(),
    };
    desk.now += Duration::hours(1);
    let moved = consent_kiosk::console::review_for_content_suspensions(
        &mut desk.store,
        &desk.content,
        desk.now,
    )
    .expect("moved");
    assert_eq!(moved, 1, "only the consent to Nigeria");
    let projection = desk.store.projection().expect("projection");
    let reviewed: Vec<_> = projection
        .consents()
        .filter(|c| c.review_reason().is_some())
        .collect();
    assert_eq!(reviewed.len(), 1);
    match reviewed[0].review_reason() {
        Some(consent_kiosk::consent::ReviewReason::SuspensionFound {
            destination,
            source,
            since,
            ..
        }) => {
            assert_eq!(destination.country, "NG");
            assert_eq!(source, "content/countries.toml");
            assert_eq!(since.date(), time::macros::date!(2026 - 03 - 01));
        }
        other => panic!("{other:?}"),
    }
    // Loading again moves nothing more.
    let again = consent_kiosk::console::review_for_content_suspensions(
        &mut desk.store,
        &desk.content,
        desk.now,
    )
    .expect("again");
    assert_eq!(again, 0);
    assert!(desk.store.verify(desk.now).expect("verify").is_intact());
}

#[test]
fn a_childs_objection_is_taken_to_review_never_cleared() {
    let mut desk = Desk::new();
    let mut draft = childs_draft(2);
    draft.subject.child_view = Some(ChildView::Objection {
        words: "pictogram: sad".into(),
    });
    let event = draft
        .sign(&desk.content.signing_policy(), desk.now)
        .expect("signable");
    desk.store.commit(&event).expect("stored");
    let mut console = desk.admin();
    desk.now += Duration::hours(73);
    desk.open_first(&mut console, Some(Category::OnHold));
    desk.apply(
        &mut console,
        ConsoleIntent::ResolveFlag {
            flag: FlagKind::ChildObjection,
            outcome: FlagOutcome::Cleared,
            reason: "talked it through".into(),
        },
    );
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Refused(
            RuleViolation::ChildObjectionNeedsReview
        ))
    );
    desk.apply(
        &mut console,
        ConsoleIntent::ReviewChildObjection {
            reason: "best-interests panel to meet".into(),
        },
    );
    saved(&console);
    let consent = console.opened().expect("open");
    assert_eq!(consent.state_at(desk.now).name(), "needs_review");
    assert!(desk.store.verify(desk.now).expect("verify").is_intact());
}

#[test]
fn a_child_linked_to_a_household_departs_only_with_a_parent() {
    let mut desk = Desk::new();
    let child = household_childs_draft(3, "HH-TEST-1");
    let child_id = child.consent_id.clone();
    let mut parent = signed_draft(4);
    parent.subject.household_reference = Some("HH-TEST-1".into());
    let policy = desk.content.signing_policy();
    for draft in [child, parent] {
        let event = draft.sign(&policy, desk.now).expect("signable");
        desk.store.commit(&event).expect("stored");
    }
    let mut console = desk.admin();
    desk.now += Duration::hours(73);
    desk.apply(&mut console, ConsoleIntent::AskToOpen(child_id));
    desk.apply(
        &mut console,
        ConsoleIntent::Open {
            reason: "person asked at the desk".into(),
        },
    );
    desk.apply(
        &mut console,
        ConsoleIntent::RecordConfirmation(confirmed_interview()),
    );
    saved(&console);
    // The parent's consent is not in force yet: the child does not go alone.
    desk.apply(&mut console, ConsoleIntent::ReconfirmDeparture);
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Refused(RuleViolation::HouseholdApart))
    );
    let parent = desk
        .store
        .projection()
        .expect("projection")
        .consents()
        .find(|c| !c.record.subject.minor)
        .cloned()
        .expect("the parent's consent");
    let confirmed = parent
        .record_confirmation(confirmed_interview(), desk.now)
        .expect("confirmable");
    desk.store.commit(&confirmed).expect("stored");
    desk.apply(&mut console, ConsoleIntent::ReconfirmDeparture);
    saved(&console);
    assert!(desk.store.verify(desk.now).expect("verify").is_intact());
}

#[test]
fn a_change_to_one_countrys_page_asks_only_consents_to_that_country_to_consent_again() {
    let mut desk = Desk::new();
    let (_tree, content_dir, locales_dir) = common::tree::copy_tree();
    desk.catalog = Catalog::load(&locales_dir).expect("locales");
    desk.content = Content::load(&content_dir, &desk.catalog).expect("content");
    // Two consents to Georgia and one to Nigeria, each signed under its country's version.
    for (seed, country) in [(1, "GE"), (2, "GE"), (3, "NG")] {
        let mut draft = signed_draft(seed);
        draft.record_page(
            consent_kiosk::consent::PageShown::Country(country.into()),
            country,
        );
        // Nigeria's assistance differs by area: the record names one.
        let destination = Destination {
            country: country.into(),
            area: (country == "NG").then(|| "NG-LA".to_owned()),
        };
        draft.choose(
            consent_kiosk::consent::LegalOption::VoluntaryReturn,
            Some(destination),
        );
        draft.content_version = desk.content.version_for(Some(country)).to_owned();
        let event = draft
            .sign(&desk.content.signing_policy(), desk.now)
            .expect("signable");
        desk.store.commit(&event).expect("stored");
    }
    let mut console = desk.admin();
    desk.apply(&mut console, ConsoleIntent::ReviewContentChanges);
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Count("console-review-done", 0)),
        "nothing changed yet"
    );

    // Nigeria's page changes in one translation.
    common::tree::replace_in(
        &locales_dir.join("ar").join("countries.ftl"),
        "country-ng-reintegration = ",
        "country-ng-reintegration = جديد. ",
    );
    desk.catalog = Catalog::load(&locales_dir).expect("locales");
    desk.content = Content::load(&content_dir, &desk.catalog).expect("content");
    desk.apply(&mut console, ConsoleIntent::ReviewContentChanges);
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Count("console-review-done", 1)),
        "only the consent to Nigeria"
    );
    let projection = desk.store.projection().expect("projection");
    for consent in projection.consents() {
        let country = consent
            .record
            .destination
            .as_ref()
            .map(|d| d.country.clone());
        let review = matches!(consent.state_at(desk.now), ConsentState::NeedsReview { .. });
        assert_eq!(review, country.as_deref() == Some("NG"), "{country:?}");
    }
    assert!(desk.store.verify(desk.now).expect("verify").is_intact());
}

#[test]
fn a_console_suspension_and_its_lifting_survive_a_restart_and_a_publication() {
    use consent_kiosk::editor::publish::{Reload, publish, reload_if_published};
    let (dir, content_dir, locales_dir) = common::tree::copy_tree();
    let paths = StorePaths::in_dir(dir.path().join("data"));
    let catalog = Catalog::load(&locales_dir).expect("locales");
    let content = Content::load(&content_dir, &catalog).expect("content");
    let store = Store::open(&paths, Access::ReadWrite).expect("store");
    let mut desk = Desk {
        _dir: tempfile::tempdir().expect("temp dir"),
        store,
        content,
        catalog,
        now: T0,
    };
    desk.sign(2); // one for Georgia, one for Nigeria (Lagos)
    let mut console = desk.admin();
    let georgia = Destination::country("GE");
    let lagos = Destination {
        country: "NG".into(),
        area: Some("NG-LA".into()),
    };
    // An area the region question does not offer cannot be suspended.
    desk.apply(
        &mut console,
        ConsoleIntent::Suspend {
            country: "NG".into(),
            area: Some("NG-XX".into()),
            reason: "road closures".into(),
        },
    );
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Message("console-suspend-unknown-area"))
    );
    for (country, area) in [("GE", None), ("NG", Some("NG-LA".to_owned()))] {
        desk.apply(
            &mut console,
            ConsoleIntent::Suspend {
                country: country.into(),
                area,
                reason: "flights unsafe".into(),
            },
        );
    }
    desk.apply(&mut console, ConsoleIntent::ShowSuspend);
    assert_eq!(console.suspensions().len(), 2, "both in force");
    // Lifting says first what it touches; nothing is recorded before the confirmation.
    desk.now += Duration::hours(5);
    desk.apply(
        &mut console,
        ConsoleIntent::AskLiftSuspension(georgia.clone()),
    );
    assert_eq!(*console.screen(), ConsoleScreen::LiftSuspension);
    let lifting = console.lifting().expect("asked").clone();
    assert_eq!(lifting.consents_in_review, 1);
    assert!(!lifting.content_suspends_too);
    assert_eq!(desk.store.console_suspensions().expect("read").len(), 2);
    desk.apply(
        &mut console,
        ConsoleIntent::LiftSuspension { reason: " ".into() },
    );
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Message("console-reason-needed"))
    );
    desk.apply(
        &mut console,
        ConsoleIntent::LiftSuspension {
            reason: "the partner office confirms flights".into(),
        },
    );
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Count("console-lift-done", 1))
    );
    assert_eq!(*console.screen(), ConsoleScreen::Suspend);
    assert_eq!(console.suspensions().len(), 1);
    let policy = desk.content.signing_policy();
    assert!(
        policy.suspension_for(&georgia).is_none(),
        "offered again at once"
    );
    assert!(policy.suspension_for(&lagos).is_some());
    // Sealed: who, when, why, and what it touched.
    assert!(desk.store.audit_log().expect("audit").iter().any(|entry| matches!(
        entry,
        AuditEvent::SuspensionLifted { account_id, destination, reason, consents_in_review: 1, at }
            if account_id == "admin.one" && *destination == georgia
                && reason == "the partner office confirms flights" && *at == desk.now
    )));
    // The consent moved to review stays there until signed again.
    let projection = desk.store.projection().expect("projection");
    assert_eq!(
        projection
            .consents()
            .filter(|c| c.state_at(desk.now).name() == "needs_review")
            .count(),
        2
    );
    // Lifted once is lifted: asking again is refused.
    desk.apply(
        &mut console,
        ConsoleIntent::AskLiftSuspension(georgia.clone()),
    );
    assert_eq!(
        console.notice(),
        Some(&ConsoleNotice::Message("console-lift-not-active"))
    );

    // A restart: the store opened again, the content loaded afresh.
    let Desk { store, catalog, .. } = desk;
    drop(store);
    let mut store = Store::open(&paths, Access::ReadWrite).expect("store again");
    let mut fresh = Content::load(&content_dir, &catalog).expect("content");
    consent_kiosk::console::apply_sealed_suspensions(&store, &mut fresh).expect("applied");
    let policy = fresh.signing_policy();
    assert!(
        policy.suspension_for(&georgia).is_none(),
        "the lifting holds"
    );
    assert!(
        policy.suspension_for(&lagos).is_some(),
        "the suspension holds"
    );

    // A content publication: the new content, with the same sealed policy on top.
    common::tree::replace_in(
        &locales_dir.join("en").join("countries.ftl"),
        "area-ng-la-name = Lagos State",
        "area-ng-la-name = Lagos State (Ikeja)",
    );
    publish(&mut store, "editor.one", &content_dir, &locales_dir, T0).expect("published");
    let Reload::Loaded(loaded) =
        reload_if_published(&content_dir, &locales_dir, &fresh.version, None)
    else {
        panic!("the publication loads");
    };
    let (_catalog, mut published) = *loaded;
    assert!(published.signing_policy().suspension_for(&lagos).is_none());
    consent_kiosk::console::apply_sealed_suspensions(&store, &mut published).expect("applied");
    let policy = published.signing_policy();
    assert!(policy.suspension_for(&georgia).is_none());
    assert!(policy.suspension_for(&lagos).is_some());
    assert!(
        store
            .verify(T0 + Duration::hours(6))
            .expect("verify")
            .is_intact()
    );
}
