//! The kiosk flow as a person walks it, on the bundled content and a real store.

use std::path::Path;

use time::Duration;
use time::macros::datetime;

use super::*;
use crate::consent::{ItemKey, LegalOption, ReferenceCode, RuleViolation, Timestamp};
use crate::content::Content;
use crate::i18n::Catalog;
use crate::store::{Access, Store, StorePaths};

const T0: Timestamp = datetime!(2026-11-02 10:00 UTC);

struct Kiosk {
    content: Content,
    catalog: Catalog,
    store: Store,
    session: Session,
    now: Timestamp,
    _dir: tempfile::TempDir,
}

impl Kiosk {
    fn new() -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let catalog = Catalog::load(&root.join("locales")).expect("locales");
        let content = Content::load(&root.join("content"), &catalog).expect("content");
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&StorePaths::in_dir(dir.path()), Access::ReadWrite).expect("store");
        Self {
            content,
            catalog,
            store,
            session: Session::new(T0),
            now: T0,
            _dir: dir,
        }
    }

    fn touch(&mut self, intent: Intent) {
        self.now += Duration::seconds(5);
        let mut services = Services {
            content: &self.content,
            catalog: &self.catalog,
            store: &mut self.store,
            now: self.now,
        };
        self.session.apply(intent, &mut services);
    }

    fn tick_after(&mut self, seconds: i64) -> IdleState {
        self.now += Duration::seconds(seconds);
        let services = Services {
            content: &self.content,
            catalog: &self.catalog,
            store: &mut self.store,
            now: self.now,
        };
        self.session.tick(&services)
    }

    /// Language, welcome, age, the overview, the return option and Georgia's page.
    fn read_everything(&mut self, tag: &str) {
        self.touch(Intent::ChooseLanguage(tag.into()));
        self.touch(Intent::Continue);
        self.touch(Intent::Adult(true));
        assert_eq!(self.session.screen(), &Screen::Overview);
        self.touch(Intent::OpenOption(LegalOption::VoluntaryReturn));
        self.touch(Intent::OpenCountries);
        self.touch(Intent::OpenCountry("GE".into()));
    }

    /// One item a screen: each answered yes, then on to the next.
    fn answer_items(&mut self) {
        while let Screen::Item(index) = self.session.screen().clone() {
            let key = self.content.statements[index].item;
            self.touch(Intent::AnswerItem(key, true));
            self.touch(Intent::Continue);
        }
    }

    fn answer_items_and_questions(&mut self) {
        self.answer_items();
        for question in self.content.questions.clone() {
            let right = question
                .answers
                .iter()
                .find(|a| a.correct)
                .expect("a right answer");
            self.touch(Intent::AnswerQuestion(right.id.clone()));
        }
        assert_eq!(self.session.screen(), &Screen::Review);
        self.touch(Intent::Continue);
        assert_eq!(self.session.screen(), &Screen::Sign);
    }

    /// The steps of a stored consent that a re-consent would show as changed.
    fn changed_steps(&mut self, reference: &ReferenceCode) -> Vec<String> {
        let consent = self
            .store
            .projection()
            .expect("projection")
            .by_reference(reference)
            .cloned()
            .expect("stored");
        assert!(!consent.record.shown_text.is_empty(), "steps recorded");
        let services = crate::console::ConsoleServices {
            store: &mut self.store,
            content: &mut self.content,
            catalog: &self.catalog,
            now: self.now,
        };
        crate::console::what_changed(&consent, &services)
            .into_iter()
            .map(|change| change.step)
            .collect()
    }

    fn sign_up_to_receipt(&mut self, tag: &str) -> ReferenceCode {
        self.read_everything(tag);
        self.touch(Intent::ChooseReturn("GE".into()));
        assert_eq!(self.session.screen(), &Screen::Item(0));
        self.answer_items_and_questions();
        self.touch(Intent::SignTyped("Zed Testperson".into()));
        match self.session.screen() {
            Screen::Receipt { reference, .. } => reference.clone(),
            other => panic!(
                "expected the receipt, got {other:?} ({:?})",
                self.session.notice()
            ),
        }
    }
}

#[test]
fn the_whole_flow_signs_in_english_and_arabic_and_the_record_verifies() {
    for tag in ["en", "ar"] {
        let mut kiosk = Kiosk::new();
        let reference = kiosk.sign_up_to_receipt(tag);
        assert!(
            kiosk.session.draft().is_none(),
            "nothing of the person stays in memory"
        );
        let report = kiosk.store.verify(kiosk.now).expect("verify");
        assert!(report.is_intact());
        assert_eq!(report.states.get("cooling_off"), Some(&1));
        let consent = kiosk
            .store
            .find_by_reference(&reference)
            .expect("query")
            .expect("stored");
        assert_eq!(consent.record.locale, tag);
        let country = consent
            .record
            .destination
            .as_ref()
            .map(|d| d.country.as_str());
        assert_eq!(
            consent.record.content_version,
            kiosk.content.version_for(country)
        );
        let shown: String = consent
            .record
            .shown_text
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        if tag == "ar" {
            assert!(shown.contains("خيارات"), "the verbatim text is in Arabic");
        } else {
            assert!(shown.contains("All your options"));
        }
        assert!(consent.record.shown_text.iter().any(|s| s.step == "review"));
    }
}

#[test]
fn a_wrong_answer_explains_again_flags_the_record_and_never_blocks() {
    let mut kiosk = Kiosk::new();
    kiosk.read_everything("fa");
    kiosk.touch(Intent::ChooseReturn("GE".into()));
    kiosk.answer_items();
    let first = kiosk.content.questions[0].clone();
    let wrong = first
        .answers
        .iter()
        .find(|a| !a.correct)
        .expect("a wrong answer");
    kiosk.touch(Intent::AnswerQuestion(wrong.id.clone()));
    assert_eq!(
        kiosk.session.screen(),
        &Screen::Check {
            question: 0,
            explaining: true
        }
    );
    assert!(
        kiosk
            .session
            .draft()
            .is_some_and(|d| d.needed_re_explanation())
    );
    kiosk.touch(Intent::Continue);
    assert_eq!(
        kiosk.session.screen(),
        &Screen::Check {
            question: 1,
            explaining: false
        }
    );
}

#[test]
fn items_must_each_be_answered_before_going_on() {
    let mut kiosk = Kiosk::new();
    kiosk.read_everything("en");
    kiosk.touch(Intent::ChooseReturn("GE".into()));
    let first = kiosk.content.statements[0].item;
    let second = kiosk.content.statements[1].item;
    kiosk.touch(Intent::AnswerItem(first, true));
    kiosk.touch(Intent::Continue);
    assert_eq!(kiosk.session.screen(), &Screen::Item(1));
    // Going on without an answer stays on the item and names it.
    kiosk.touch(Intent::Continue);
    assert_eq!(kiosk.session.screen(), &Screen::Item(1));
    let unanswered = |kiosk: &Kiosk| match kiosk.session.notice() {
        Some(Notice::Refused(crate::consent::RuleViolation::ItemUnanswered(key))) => Some(*key),
        _ => None,
    };
    assert_eq!(unanswered(&kiosk), Some(second));
    // A touch that does nothing leaves it; the answer clears it.
    kiosk.touch(Intent::StillHere);
    assert_eq!(unanswered(&kiosk), Some(second));
    kiosk.touch(Intent::AnswerItem(second, false));
    assert_eq!(kiosk.session.notice(), None, "gone once answered");
    kiosk.touch(Intent::Continue);
    assert_eq!(kiosk.session.screen(), &Screen::Item(2));
    // Back never erases an answer.
    kiosk.touch(Intent::Back);
    assert_eq!(kiosk.session.screen(), &Screen::Item(1));
    assert_eq!(
        kiosk.session.draft().and_then(|d| d.answer_to(second)),
        Some(false)
    );
}

#[test]
fn change_from_the_review_returns_to_the_review() {
    let mut kiosk = Kiosk::new();
    kiosk.read_everything("en");
    kiosk.touch(Intent::ChooseReturn("GE".into()));
    kiosk.answer_items_and_questions();
    kiosk.touch(Intent::Back);
    assert_eq!(kiosk.session.screen(), &Screen::Review);
    let optional = kiosk
        .content
        .statements
        .iter()
        .position(|s| !s.required)
        .expect("an optional item");
    let key = kiosk.content.statements[optional].item;
    kiosk.touch(Intent::ChangeItem(optional));
    assert_eq!(kiosk.session.screen(), &Screen::Item(optional));
    kiosk.touch(Intent::AnswerItem(key, false));
    kiosk.touch(Intent::Continue);
    assert_eq!(kiosk.session.screen(), &Screen::Review, "straight back");
    assert_eq!(
        kiosk.session.draft().and_then(|d| d.answer_to(key)),
        Some(false)
    );
}

#[test]
fn a_minor_reads_everything_but_cannot_sign() {
    let mut kiosk = Kiosk::new();
    kiosk.touch(Intent::ChooseLanguage("ti".into()));
    kiosk.touch(Intent::Continue);
    kiosk.touch(Intent::Adult(false));
    assert_eq!(kiosk.session.screen(), &Screen::MinorInfo);
    kiosk.touch(Intent::Continue);
    assert_eq!(kiosk.session.screen(), &Screen::Overview);
    kiosk.touch(Intent::OpenOption(LegalOption::VoluntaryReturn));
    kiosk.touch(Intent::ChooseReturn("GE".into()));
    assert_eq!(kiosk.session.screen(), &Screen::Counsellor);
    assert_eq!(
        kiosk.session.notice(),
        Some(&Notice::Message("minor-counsellor"))
    );
    assert_eq!(kiosk.store.event_count(), 0);
}

#[test]
fn a_suspended_destination_cannot_be_chosen() {
    let mut kiosk = Kiosk::new();
    kiosk.read_everything("ps");
    kiosk.touch(Intent::OpenCountry("AF".into()));
    kiosk.touch(Intent::ChooseReturn("AF".into()));
    assert_eq!(
        kiosk.session.notice(),
        Some(&Notice::Message("country-not-selectable"))
    );
    assert_eq!(kiosk.session.screen(), &Screen::Country("AF".into()));
    assert!(
        kiosk
            .session
            .draft()
            .is_some_and(|d| d.destination.is_none())
    );
}

#[test]
fn more_time_not_deciding_and_a_counsellor_are_open_from_every_consent_step() {
    let steps: [fn(&mut Kiosk); 4] = [
        |_| {},
        |k| {
            for key in ItemKey::ALL {
                k.touch(Intent::AnswerItem(key, true));
            }
            k.touch(Intent::Continue);
        },
        |k| k.answer_items_and_questions(),
        |k| {
            k.answer_items_and_questions();
            k.touch(Intent::Back);
        },
    ];
    for reach in steps {
        for (intent, expected) in [
            (Intent::NeedMoreTime, Screen::MoreTime),
            (Intent::DoNotDecide, Screen::Start),
            (Intent::TalkToCounsellor, Screen::Counsellor),
            (Intent::FeelPressured, Screen::Pressured),
        ] {
            let mut kiosk = Kiosk::new();
            kiosk.read_everything("bn");
            kiosk.touch(Intent::ChooseReturn("GE".into()));
            reach(&mut kiosk);
            assert!(
                kiosk.session.screen().is_consent_step(),
                "{:?}",
                kiosk.session.screen()
            );
            kiosk.touch(intent.clone());
            assert_eq!(kiosk.session.screen(), &expected, "{intent:?}");
            assert_eq!(kiosk.store.event_count(), 0, "nothing stored unless signed");
        }
    }
}

#[test]
fn an_idle_session_warns_then_wipes_everything() {
    let mut kiosk = Kiosk::new();
    kiosk.read_everything("ar");
    kiosk.touch(Intent::ChooseReturn("GE".into()));
    let warning = kiosk.content.deployment.idle_warning_seconds;
    let reset = kiosk.content.deployment.idle_reset_seconds;
    assert_eq!(kiosk.tick_after(i64::from(warning) - 10), IdleState::Active);
    assert!(matches!(kiosk.tick_after(15), IdleState::Warning { .. }));
    kiosk.touch(Intent::StillHere);
    assert_eq!(kiosk.tick_after(1), IdleState::Active);
    assert_eq!(kiosk.tick_after(i64::from(reset)), IdleState::Wiped);
    assert_eq!(kiosk.session.screen(), &Screen::Start);
    assert!(kiosk.session.draft().is_none());
    assert!(kiosk.session.chain().is_none());
}

#[test]
fn a_reading_page_waits_longer_than_a_page_that_asks() {
    let mut kiosk = Kiosk::new();
    kiosk.read_everything("ti");
    assert!(kiosk.session.screen().is_reading(), "a country's page");
    let warning = i64::from(kiosk.content.deployment.idle_warning_seconds);
    let factor = i64::from(kiosk.content.deployment.reading_idle_factor);
    assert!(factor > 1);
    assert_eq!(kiosk.tick_after(warning + 5), IdleState::Active);
    assert!(matches!(
        kiosk.tick_after(warning * (factor - 1)),
        IdleState::Warning { .. }
    ));
}

#[test]
fn withdrawal_by_code_catches_typos_and_stores_a_signed_event() {
    let mut kiosk = Kiosk::new();
    let reference = kiosk.sign_up_to_receipt("uk");
    kiosk.touch(Intent::Home);
    kiosk.touch(Intent::StartWithdrawal);
    assert_eq!(kiosk.session.screen(), &Screen::WithdrawCode);

    let code = reference.compact();
    let mut swapped = code.clone().into_bytes();
    swapped.swap(2, 3);
    if swapped != code.as_bytes() {
        kiosk.touch(Intent::EnterCode(
            String::from_utf8(swapped).expect("ascii"),
        ));
        assert_eq!(
            kiosk.session.notice(),
            Some(&Notice::Message("withdraw-code-typo"))
        );
    }
    kiosk.touch(Intent::EnterCode(code[..6].to_owned()));
    assert!(matches!(
        kiosk.session.notice(),
        Some(Notice::CodeLength { found: 6, .. })
    ));
    kiosk.touch(Intent::EnterCode(ReferenceCode::from_random(7).to_string()));
    assert_eq!(
        kiosk.session.notice(),
        Some(&Notice::Message("withdraw-not-found"))
    );

    kiosk.touch(Intent::EnterCode(format!(
        " {} ",
        reference.to_string().to_lowercase()
    )));
    assert!(matches!(
        kiosk.session.screen(),
        Screen::WithdrawConfirm { .. }
    ));
    kiosk.touch(Intent::ConfirmWithdrawal);
    assert!(matches!(
        kiosk.session.screen(),
        Screen::WithdrawDone { .. }
    ));
    let consent = kiosk
        .store
        .find_by_reference(&reference)
        .expect("query")
        .expect("found");
    assert_eq!(consent.state_at(kiosk.now).name(), "withdrawn");
    assert!(kiosk.store.verify(kiosk.now).expect("verify").is_intact());
    let mut kinds = Vec::new();
    kiosk
        .store
        .for_each_event(None, |sealed| -> Result<(), crate::store::StoreError> {
            kinds.push(sealed.event().map(|e| e.kind()).unwrap_or("?"));
            Ok(())
        })
        .expect("read");
    assert_eq!(kinds, ["signed", "withdrawn"]);
}

#[test]
fn skipping_the_option_page_cannot_produce_a_signature() {
    let mut kiosk = Kiosk::new();
    kiosk.touch(Intent::ChooseLanguage("en".into()));
    kiosk.touch(Intent::Continue);
    kiosk.touch(Intent::Adult(true));
    kiosk.touch(Intent::OpenCountries);
    kiosk.touch(Intent::OpenCountry("GE".into()));
    kiosk.touch(Intent::ChooseReturn("GE".into()));
    kiosk.answer_items_and_questions();
    kiosk.touch(Intent::SignTyped("Zed Testperson".into()));
    assert_eq!(kiosk.session.screen(), &Screen::Sign);
    assert_eq!(
        kiosk.session.notice(),
        Some(&Notice::Refused(
            crate::consent::RuleViolation::OptionPageNotShown(LegalOption::VoluntaryReturn)
        )),
        "a rule refusal names what is missing, not a storage failure"
    );
    assert_eq!(kiosk.store.event_count(), 0);
}

#[test]
fn the_record_keeps_every_text_the_screens_show() {
    let mut kiosk = Kiosk::new();
    let reference = kiosk.sign_up_to_receipt("ar");
    let consent = kiosk
        .store
        .find_by_reference(&reference)
        .expect("query")
        .expect("stored");
    let steps: Vec<&str> = consent
        .record
        .shown_text
        .iter()
        .map(|s| s.step.as_str())
        .collect();
    for step in [
        "overview",
        "option/voluntary_return",
        "country/GE",
        "items",
        "question/change-mind",
        "review",
    ] {
        assert!(steps.contains(&step), "{step} is recorded: {steps:?}");
    }
    let chain = kiosk.catalog.chain("ar", "fr");
    let option_page = consent
        .record
        .shown_text
        .iter()
        .find(|s| s.step == "option/voluntary_return")
        .expect("option page");
    // The shared pages shown with the option are in its verbatim text too.
    let rights = kiosk.catalog.text(&chain, "rights-title", None).text;
    assert!(option_page.text.contains(&rights));
    let country = consent
        .record
        .shown_text
        .iter()
        .find(|s| s.step == "country/GE")
        .expect("country page");
    let contact = kiosk
        .catalog
        .text(&chain, "contact-partner-office", None)
        .text;
    assert!(
        country.text.contains(&contact),
        "contacts shown are recorded"
    );
}

#[test]
fn feeling_pressured_then_carrying_on_flags_what_is_signed() {
    let mut kiosk = Kiosk::new();
    kiosk.read_everything("so");
    kiosk.touch(Intent::ChooseReturn("GE".into()));
    kiosk.touch(Intent::FeelPressured);
    assert_eq!(kiosk.session.screen(), &Screen::Pressured);
    kiosk.touch(Intent::Back);
    assert_eq!(kiosk.session.screen(), &Screen::Item(0));
    kiosk.answer_items_and_questions();
    kiosk.touch(Intent::SignTyped("Zed Testperson".into()));
    let Screen::Receipt { reference, .. } = kiosk.session.screen().clone() else {
        panic!("signed");
    };
    let consent = kiosk
        .store
        .find_by_reference(&reference)
        .expect("query")
        .expect("stored");
    assert!(
        consent.record.pressure_flag,
        "the record asks for a private follow-up"
    );
}

#[test]
fn a_consent_signed_at_the_kiosk_on_unchanged_content_shows_nothing_changed() {
    for tag in ["en", "ar", "ti", "bn", "fa"] {
        let mut kiosk = Kiosk::new();
        let reference = kiosk.sign_up_to_receipt(tag);
        let changed = kiosk.changed_steps(&reference);
        assert!(changed.is_empty(), "{tag}: {changed:?}");
    }
}

#[test]
fn a_consent_explained_again_and_signed_shows_nothing_changed_either() {
    for tag in ["en", "ar"] {
        let mut kiosk = Kiosk::new();
        kiosk.read_everything(tag);
        kiosk.touch(Intent::ChooseReturn("GE".into()));
        kiosk.answer_items();
        for (index, question) in kiosk.content.questions.clone().iter().enumerate() {
            if index == 0 {
                let wrong = question.answers.iter().find(|a| !a.correct).expect("wrong");
                kiosk.touch(Intent::AnswerQuestion(wrong.id.clone()));
                kiosk.touch(Intent::Continue);
                continue;
            }
            let right = question.answers.iter().find(|a| a.correct).expect("right");
            kiosk.touch(Intent::AnswerQuestion(right.id.clone()));
        }
        assert_eq!(kiosk.session.screen(), &Screen::Review, "{tag}");
        kiosk.touch(Intent::Continue);
        kiosk.touch(Intent::SignTyped("Zed Testperson".into()));
        let Screen::Receipt { reference, .. } = kiosk.session.screen().clone() else {
            panic!("{tag}: no receipt ({:?})", kiosk.session.notice());
        };
        let changed = kiosk.changed_steps(&reference);
        assert!(changed.is_empty(), "{tag}: {changed:?}");
    }
}

#[test]
fn a_real_signature_is_refused_on_a_demo_store() {
    let mut kiosk = Kiosk::new();
    crate::demo::add_demo_records(&mut kiosk.store, 3, 3, T0).expect("demo records");
    let before = kiosk.store.event_count();
    kiosk.read_everything("en");
    kiosk.touch(Intent::ChooseReturn("GE".into()));
    kiosk.answer_items_and_questions();
    kiosk.touch(Intent::SignTyped("Zed Testperson".into()));
    assert_eq!(kiosk.session.screen(), &Screen::Sign);
    match kiosk.session.notice() {
        Some(Notice::NotSaved(why)) => assert!(why.contains("demo"), "{why}"),
        other => panic!("expected the refusal, got {other:?}"),
    }
    assert_eq!(kiosk.store.event_count(), before, "nothing was added");
}

#[test]
fn feeling_pressured_with_nothing_signed_leaves_an_anonymous_concern_for_staff() {
    let mut kiosk = Kiosk::new();
    kiosk.read_everything("ar");
    kiosk.touch(Intent::ChooseReturn("GE".into()));
    kiosk.touch(Intent::FeelPressured);
    assert_eq!(kiosk.session.screen(), &Screen::Pressured);
    // The person leaves without signing: the concern is already stored.
    kiosk.touch(Intent::Home);
    assert_eq!(kiosk.store.event_count(), 0, "no consent");
    let concerns = kiosk.store.open_concerns().expect("concerns");
    assert_eq!(concerns.len(), 1);
    let concern = concerns.first().expect("one");
    assert_eq!(concern.kind, crate::consent::ConcernKind::Pressured);
    assert_eq!(concern.screen, "items");
    assert_eq!(concern.locale, "ar");
    // "I lost my code" on the withdrawal screen is one too, then a counsellor.
    kiosk.touch(Intent::ChooseLanguage("en".into()));
    kiosk.touch(Intent::StartWithdrawal);
    kiosk.touch(Intent::LostCode);
    assert_eq!(kiosk.session.screen(), &Screen::Counsellor);
    let kinds: Vec<_> = kiosk
        .store
        .open_concerns()
        .expect("concerns")
        .iter()
        .map(|c| c.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            crate::consent::ConcernKind::Pressured,
            crate::consent::ConcernKind::LostCode
        ]
    );
    assert!(kiosk.store.verify(kiosk.now).expect("verify").is_intact());
}

#[test]
fn a_receipt_stays_up_longer_so_the_code_can_be_copied() {
    let mut kiosk = Kiosk::new();
    let _ = kiosk.sign_up_to_receipt("en");
    let warning = i64::from(kiosk.content.deployment.idle_warning_seconds);
    let reset = i64::from(kiosk.content.deployment.idle_reset_seconds);
    assert_eq!(
        kiosk.tick_after(reset + 5),
        IdleState::Active,
        "past the usual reset, the receipt is still there"
    );
    assert!(matches!(
        kiosk.tick_after(3 * warning - reset),
        IdleState::Warning { .. }
    ));
    assert_eq!(kiosk.tick_after(3 * reset), IdleState::Wiped);
    assert_eq!(kiosk.session.screen(), &Screen::Start);
}

#[test]
fn each_paragraph_shown_records_the_locale_it_came_from_and_whether_it_fell_back() {
    let mut kiosk = Kiosk::new();
    let reference = kiosk.sign_up_to_receipt("ar");
    let consent = kiosk
        .store
        .find_by_reference(&reference)
        .expect("query")
        .expect("stored");
    let overview = consent
        .record
        .shown_text
        .iter()
        .find(|s| s.step == "overview")
        .expect("overview recorded");
    assert_eq!(
        overview.paragraphs.len(),
        overview.text.split("\n\n").count(),
        "one source per paragraph"
    );
    for (source, shown) in consent
        .record
        .shown_text
        .iter()
        .flat_map(|s| s.paragraphs.iter().map(move |p| (p, s)))
    {
        // Arabic where Arabic has the words; otherwise said to have fallen back.
        assert_eq!(source.fell_back, source.locale != "ar", "{}", shown.step);
    }
}

#[test]
fn alone_in_a_draft_translation_a_person_reads_everything_but_signs_with_a_counsellor() {
    let mut kiosk = Kiosk::new();
    // The bundled example allows it; a real centre's default does not.
    kiosk.content.deployment.sign_alone_in_draft_locales = false;
    kiosk.read_everything("ti");
    assert_eq!(kiosk.session.screen(), &Screen::Country("GE".into()));
    kiosk.touch(Intent::ChooseReturn("GE".into()));
    assert_eq!(kiosk.session.screen(), &Screen::Counsellor);
    assert_eq!(
        kiosk.session.notice(),
        Some(&Notice::Refused(RuleViolation::DraftLocaleAlone {
            locale: "ti".into()
        }))
    );
    assert!(
        kiosk
            .session
            .draft()
            .is_some_and(|d| d.destination.is_none()),
        "nothing was chosen"
    );
    assert_eq!(kiosk.store.event_count(), 0);
    // Reading stays open: back to the countries, any page still shows.
    kiosk.touch(Intent::Back);
    kiosk.touch(Intent::OpenCountry("GE".into()));
    assert_eq!(kiosk.session.screen(), &Screen::Country("GE".into()));
    assert_eq!(kiosk.session.notice(), None);
}

#[test]
fn the_source_language_signs_alone_whatever_the_setting() {
    let mut kiosk = Kiosk::new();
    kiosk.content.deployment.sign_alone_in_draft_locales = false;
    kiosk.sign_up_to_receipt("en");
    assert_eq!(kiosk.store.event_count(), 1);
}

#[test]
fn where_return_differs_by_area_the_region_is_asked_and_always_kept() {
    let mut kiosk = Kiosk::new();
    kiosk.touch(Intent::ChooseLanguage("fa".into()));
    kiosk.touch(Intent::Continue);
    kiosk.touch(Intent::Adult(true));
    kiosk.touch(Intent::OpenOption(LegalOption::VoluntaryReturn));
    kiosk.touch(Intent::OpenCountries);
    kiosk.touch(Intent::OpenCountry("NG".into()));
    kiosk.touch(Intent::ChooseReturn("NG".into()));
    assert_eq!(kiosk.session.screen(), &Screen::Region("NG".into()));
    assert!(
        kiosk
            .session
            .draft()
            .is_some_and(|d| d.destination.is_none())
    );
    // A paused region cannot be chosen, and says why.
    kiosk.touch(Intent::ChooseRegion("NG-BO".into()));
    assert_eq!(
        kiosk.session.notice(),
        Some(&Notice::Message("region-not-selectable"))
    );
    assert_eq!(kiosk.session.screen(), &Screen::Region("NG".into()));
    assert!(
        kiosk
            .session
            .draft()
            .is_some_and(|d| d.destination.is_none())
    );
    // An area the content does not list is ignored, never recorded.
    kiosk.touch(Intent::ChooseRegion("NG-XX".into()));
    assert_eq!(kiosk.session.screen(), &Screen::Region("NG".into()));
    // Any listed region that is not paused is kept, by its ISO 3166-2 code.
    kiosk.touch(Intent::ChooseRegion("NG-KD".into()));
    assert_eq!(kiosk.session.screen(), &Screen::Item(0));
    let kaduna = crate::consent::Destination {
        country: "NG".into(),
        area: Some("NG-KD".into()),
    };
    assert_eq!(
        kiosk.session.draft().and_then(|d| d.destination.clone()),
        Some(kaduna.clone())
    );
    // The content's policy knows Nigeria's areas: no return there without one.
    let policy = kiosk.content.signing_policy();
    assert_eq!(
        policy.check_destination(&crate::consent::Destination::country("NG")),
        Err(crate::consent::RuleViolation::AreaNotChosen {
            country: "NG".into()
        })
    );
    assert_eq!(policy.check_destination(&kaduna), Ok(()));
    // A country without area entries goes straight on.
    let mut plain = Kiosk::new();
    plain.read_everything("fa");
    plain.touch(Intent::ChooseReturn("GE".into()));
    assert_eq!(plain.session.screen(), &Screen::Item(0));
}

#[test]
fn legal_help_and_rights_open_from_the_overview_and_are_recorded_with_their_contacts() {
    let mut kiosk = Kiosk::new();
    kiosk.touch(Intent::ChooseLanguage("fr".into()));
    kiosk.touch(Intent::Continue);
    kiosk.touch(Intent::Adult(true));
    kiosk.touch(Intent::OpenPage("legal-help".into()));
    assert_eq!(kiosk.session.screen(), &Screen::Page("legal-help".into()));
    assert!(kiosk.session.screen().is_reading());
    let chain = kiosk.session.chain().expect("chosen").clone();
    let lines = info_page(&kiosk.content, &kiosk.catalog, &chain, "legal-help");
    assert_eq!(lines[0], "Obtenir une aide juridique");
    // "label : value", with French punctuation: a narrow no-break space before the colon.
    let listed = |value: &str| {
        lines
            .iter()
            .any(|l| l.contains(value) && l.contains("\u{202F}: "))
    };
    for contact in &kiosk.content.deployment.legal_aid {
        assert!(listed(&contact.value), "{} is listed", contact.label);
    }
    assert!(
        listed(&kiosk.content.deployment.complaints_contact),
        "the complaints channel outside the counsellors is listed"
    );
    let draft = kiosk.session.draft().expect("draft");
    let recorded = draft
        .shown_text
        .iter()
        .find(|s| s.step == "page/legal-help")
        .expect("recorded");
    assert_eq!(recorded.text, lines.join("\n\n"));
    kiosk.touch(Intent::Back);
    assert_eq!(kiosk.session.screen(), &Screen::Overview);
    kiosk.touch(Intent::OpenPage("rights".into()));
    assert_eq!(kiosk.session.screen(), &Screen::Page("rights".into()));
    // A page the content does not have opens nothing.
    kiosk.touch(Intent::OpenPage("no-such-page".into()));
    assert_eq!(kiosk.session.screen(), &Screen::Page("rights".into()));
}

#[test]
fn a_consent_records_its_countrys_own_content_version() {
    let mut kiosk = Kiosk::new();
    kiosk.read_everything("en");
    kiosk.touch(Intent::ChooseReturn("GE".into()));
    let draft = kiosk.session.draft().expect("draft");
    assert_eq!(draft.content_version, kiosk.content.version_for(Some("GE")));
    assert_ne!(draft.content_version, kiosk.content.version_for(Some("NG")));
}

#[test]
fn a_countrys_page_shows_its_situation_with_source_and_date_and_the_limits_of_support() {
    let kiosk = Kiosk::new();
    let chain = kiosk.catalog.chain("en", "fr");
    let lines = country_page(&kiosk.content, &kiosk.catalog, &chain, "NG");
    let country = kiosk
        .content
        .countries
        .iter()
        .find(|c| c.code == "NG")
        .expect("NG");
    let situation = country.situation.as_ref().expect("described");
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&situation.source) && l.contains("2026")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("not guaranteed")),
        "{lines:?}"
    );
    // The area's own situation follows the area.
    let area = lines
        .iter()
        .position(|l| l == "Borno State")
        .expect("area named");
    assert!(lines[area + 2].starts_with("EXAMPLE"), "{lines:?}");
}

#[test]
fn a_record_signed_on_example_content_is_a_demonstration_in_every_export() {
    let mut kiosk = Kiosk::new();
    assert!(kiosk.content.countries_are_examples, "the bundled content");
    let reference = kiosk.sign_up_to_receipt("en");
    let consent = kiosk
        .store
        .find_by_reference(&reference)
        .expect("query")
        .expect("stored");
    assert!(consent.record.example_content);
    let export = |store: &crate::store::Store, format| {
        let mut out = Vec::new();
        crate::export::export(store, format, None, T0, &mut out).expect("export");
        String::from_utf8(out).expect("utf-8")
    };
    let jsonl = export(&kiosk.store, crate::export::ExportFormat::Jsonl);
    assert!(
        jsonl.contains("\"example_content\":true"),
        "sealed in the record"
    );
    let csv = export(&kiosk.store, crate::export::ExportFormat::Csv);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let demo = reader
        .headers()
        .expect("header")
        .iter()
        .position(|c| c == "demo")
        .expect("a demo column");
    let row = reader.records().next().expect("a row").expect("csv");
    assert_eq!(row.get(demo), Some("yes"));
    let fhir = export(&kiosk.store, crate::export::ExportFormat::Fhir);
    assert!(
        fhir.contains("urn:consent-kiosk:fhir:extension:demo\",\"valueBoolean\":true"),
        "{fhir}"
    );
    // Real content signs real records, byte for byte as before.
    let mut real = Kiosk::new();
    real.content.countries_are_examples = false;
    let reference = real.sign_up_to_receipt("en");
    let consent = real
        .store
        .find_by_reference(&reference)
        .expect("query")
        .expect("stored");
    assert!(!consent.record.example_content);
    let jsonl = export(&real.store, crate::export::ExportFormat::Jsonl);
    assert!(!jsonl.contains("example_content"));
}

#[test]
fn the_asylum_and_appeal_pages_record_the_deadline_where_they_show_it() {
    let mut kiosk = Kiosk::new();
    kiosk.touch(Intent::ChooseLanguage("en".into()));
    kiosk.touch(Intent::Continue);
    kiosk.touch(Intent::Adult(true));
    let chain = kiosk.session.chain().expect("chosen").clone();
    for (option, step) in [
        (LegalOption::Asylum, "option/asylum"),
        (LegalOption::Appeal, "option/appeal"),
    ] {
        kiosk.touch(Intent::OpenOption(option));
        let line = super::option_deadline(&kiosk.content, &kiosk.catalog, &chain, option)
            .expect("a deadline line");
        assert_eq!(
            line.message,
            super::DEADLINE_TEXT,
            "the bundled EXAMPLE words"
        );
        let draft = kiosk.session.draft().expect("draft");
        let recorded = draft
            .shown_text
            .iter()
            .rev()
            .find(|s| s.step == step)
            .expect("recorded");
        let paragraphs: Vec<&str> = recorded.text.split("\n\n").collect();
        let after = kiosk.catalog.text(&chain, line.after, None).text;
        let at = paragraphs
            .iter()
            .position(|p| *p == after)
            .expect("the deadlines paragraph");
        assert_eq!(paragraphs.get(at + 1), Some(&line.text.text.as_str()));
        // One source per paragraph, the deadline's included.
        assert_eq!(recorded.paragraphs.len(), paragraphs.len());
        kiosk.touch(Intent::Back);
    }
}
