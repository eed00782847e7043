//! The counsellor's console driven headless, by accessible labels: sign-in and
//! lockout, a guided session with an interpreter and a witness, a child with a
//! guardian and assent, re-consent after a content change, a suspension, and a
//! departure that closes withdrawal. Screens are saved under target/screenshots/console/.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::screen::plain;
use consent_kiosk::consent::{
    ChildView, Clock, ConsentState, ManualClock, Role, SignatureKind, SigningPolicy,
};
use consent_kiosk::content::Content;
use consent_kiosk::i18n::{Catalog, LocaleChain};
use consent_kiosk::kiosk::Screen;
use consent_kiosk::store::{Access, Store, StorePaths};
use consent_kiosk::ui::kiosk::{Front, KioskApp};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use time::macros::datetime;

const PASSPHRASE: &str = "correct horse 42";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

struct Desk<'a> {
    harness: Harness<'a, KioskApp>,
    catalog: Catalog,
    content: Content,
    /// The console's language.
    staff: LocaleChain,
    clock: Arc<ManualClock>,
    name: String,
    shot: usize,
    out: PathBuf,
}

impl Desk<'_> {
    /// A console in `staff_locale` on a store in `dir`, with `seeded` consents signed
    /// before it opens (under an older content version).
    fn new(dir: &Path, staff_locale: &str, seeded: u8, name: &str) -> Self {
        Self::signed_with(dir, staff_locale, seeded, name, false)
    }

    /// Like [`Desk::new`]; `interview` says whether the seeded consents wait for
    /// a confirmation interview (the deployment's default).
    fn signed_with(
        dir: &Path,
        staff_locale: &str,
        seeded: u8,
        name: &str,
        interview: bool,
    ) -> Self {
        Self::build(
            dir,
            staff_locale,
            seeded,
            name,
            interview,
            0,
            [900.0, 1400.0],
        )
    }

    /// A console on a 1280 × 800 tablet over `demo` fictional consents of
    /// every kind (languages, destinations and their areas, flags, holds).
    fn tablet(dir: &Path, staff_locale: &str, demo: usize, name: &str) -> Self {
        Self::build(dir, staff_locale, 0, name, false, demo, [1280.0, 800.0])
    }

    fn build(
        dir: &Path,
        staff_locale: &str,
        seeded: u8,
        name: &str,
        interview: bool,
        demo: usize,
        size: [f32; 2],
    ) -> Self {
        let catalog = Catalog::load(&root().join("locales")).expect("locales");
        let content = Content::load(&root().join("content"), &catalog).expect("content");
        let mut store = Store::open(&StorePaths::in_dir(dir), Access::ReadWrite).expect("store");
        let start = datetime!(2026-11-02 10:00 UTC);
        let policy = SigningPolicy {
            cooling_off: content.deployment.cooling_off,
            suspensions: Vec::new(),
            confirmation_interview: interview,
            ..SigningPolicy::default()
        };
        for seed in 1..=seeded {
            let event = common::signed_draft(seed)
                .sign(&policy, start)
                .expect("signable");
            store.commit(&event).expect("stored");
        }
        if demo > 0 {
            consent_kiosk::demo::add_demo_records(&mut store, demo, demo, start).expect("demo");
        }
        let manual = Arc::new(ManualClock::new(start));
        let clock: Arc<dyn Clock> = manual.clone();
        let mut app = KioskApp::new(
            Catalog::load(&root().join("locales")).expect("locales"),
            Content::load(&root().join("content"), &catalog).expect("content"),
            store,
            Box::new(clock),
        )
        .in_counsellor_mode();
        app.set_console_locale(staff_locale);
        let harness = common::screen::harness(app, size);
        let staff = catalog.chain(staff_locale, "fr");
        Self {
            harness,
            catalog,
            content,
            staff,
            clock: manual,
            name: name.to_owned(),
            shot: 0,
            out: root().join("target/screenshots/console"),
        }
    }

    fn t(&self, id: &str) -> String {
        self.catalog.text(&self.staff, id, None).text
    }

    fn in_locale(&self, tag: &str, id: &str) -> String {
        self.catalog
            .text(&self.catalog.chain(tag, "fr"), id, None)
            .text
    }

    fn screenshot(&mut self, what: &str) {
        common::screen::save_screenshot(&mut self.harness, &self.out, &self.name, self.shot, what);
        self.shot += 1;
    }

    fn click_nth(&mut self, label: &str, nth: usize) {
        self.harness
            .get_all_by_label(label)
            .nth(nth)
            .unwrap_or_else(|| panic!("no control {label:?} #{nth}"))
            .scroll_to_me();
        self.harness.run();
        self.harness
            .get_all_by_label(label)
            .nth(nth)
            .unwrap_or_else(|| panic!("no control {label:?} #{nth}"))
            .click_accesskit();
        common::access::step_and_check(&mut self.harness, &format!("after {label:?}"));
        self.harness.run();
        self.harness.run();
    }

    fn click(&mut self, label: &str) {
        self.click_nth(label, 0);
    }

    fn click_id(&mut self, id: &str) {
        let label = self.t(id);
        self.click(&label);
    }

    fn type_into(&mut self, field: &str, value: &str) {
        self.harness
            .get_by_role_and_label(egui::Role::TextInput, field)
            .scroll_to_me();
        self.harness.run();
        self.harness
            .get_by_role_and_label(egui::Role::TextInput, field)
            .set_text_value_accesskit(value);
        self.harness.run();
    }

    fn type_id(&mut self, id: &str, value: &str) {
        let label = self.t(id);
        self.type_into(&label, value);
    }

    fn shows(&self, text: &str) -> bool {
        self.harness
            .query_all_by_label_contains(&plain(text))
            .next()
            .is_some()
    }

    fn sign_in(&mut self) {
        self.type_id("console-account-name", "admin.one");
        self.type_id("console-passphrase", PASSPHRASE);
        self.click_id("console-sign-in");
    }

    /// First run: the administrator, then signed in on the dashboard.
    fn set_up_and_sign_in(&mut self) {
        self.screenshot("setup");
        self.type_id("console-account-name", "admin.one");
        self.type_id("console-passphrase", PASSPHRASE);
        self.click_id("console-setup-create");
        self.screenshot("sign-in");
        self.sign_in();
        assert!(self.shows(&self.t("console-dashboard-title")), "dashboard");
        self.screenshot("dashboard");
    }

    /// The consent whose receipt is on the screen, as stored.
    fn signed_consent(&self) -> consent_kiosk::consent::Consent {
        let Screen::Receipt { reference, .. } = self.app().session().screen().clone() else {
            panic!(
                "expected a receipt: {:?} {:?}",
                self.app().session().screen(),
                self.app().session().notice()
            );
        };
        self.app()
            .store()
            .find_by_reference(&reference)
            .expect("query")
            .expect("stored")
    }

    fn app(&self) -> &KioskApp {
        self.harness.state()
    }

    /// The words of message `id` before its variable `var`.
    fn prefix(&self, id: &str, var: &str) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set(var, "");
        let text = self.catalog.text(&self.staff, id, Some(&args)).text;
        // Up to where the (empty) value was: "Too many wrong tries … in".
        plain(&text)
            .split("  ")
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned()
    }

    fn click_contains(&mut self, part: &str) {
        self.harness
            .get_all_by_label_contains(part)
            .next()
            .unwrap_or_else(|| panic!("no control containing {part:?}"))
            .scroll_to_me();
        self.harness.run();
        self.harness
            .get_all_by_label_contains(part)
            .next()
            .unwrap_or_else(|| panic!("no control containing {part:?}"))
            .click_accesskit();
        common::access::step_and_check(&mut self.harness, &format!("after {part:?}"));
        self.harness.run();
        self.harness.run();
    }

    /// Opens the first row of the list shown, giving a reason.
    fn open_first(&mut self) {
        let open = self.prefix("console-open", "code");
        self.click_contains(&open);
        self.screenshot("reason");
        self.type_id("console-reason-other", "the person asked at the desk");
        self.click_id("console-open-confirm");
        self.screenshot("record");
    }
}

/// A list's label as drawn ("Needs review (1)").
fn list_label(desk: &Desk<'_>, id: &str, count: usize) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", count);
    plain(&desk.catalog.text(&desk.staff, id, Some(&args)).text)
}

#[test]
fn sign_in_locks_after_five_wrong_tries_and_nothing_stays_on_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut desk = Desk::new(dir.path(), "en", 0, "en-access");
    assert_eq!(desk.app().front(), Front::Console);
    desk.set_up_and_sign_in();
    desk.click_id("console-sign-out");
    for _ in 0..5 {
        desk.type_id("console-account-name", "admin.one");
        desk.type_id("console-passphrase", "wrong guess");
        desk.click_id("console-sign-in");
        assert!(desk.shows(&desk.t("console-wrong-credentials")));
    }
    desk.type_id("console-account-name", "admin.one");
    desk.type_id("console-passphrase", PASSPHRASE);
    desk.click_id("console-sign-in");
    let waiting = desk.prefix("console-locked", "seconds");
    assert!(desk.shows(&waiting), "the wait is shown");
    desk.screenshot("locked");
    // The passphrase field is empty again: nothing typed stays for the next person.
    let field = desk.t("console-passphrase");
    let value = desk
        .harness
        .get_by_role_and_label(egui::Role::TextInput, &field)
        .value()
        .unwrap_or_default();
    assert!(value.is_empty(), "{value:?}");
    desk.clock.advance(time::Duration::seconds(31));
    desk.sign_in();
    assert!(desk.shows(&desk.t("console-dashboard-title")));
    // Idle: the console locks itself.
    desk.clock.advance(time::Duration::minutes(16));
    desk.harness.run();
    desk.harness.run();
    assert!(desk.shows(&desk.t("console-locked-idle")));
    assert!(desk.app().console().account().is_none());
}

/// Walks the kiosk pages of a guided session, in `tag`, from the overview to the signature.
fn guided_pages_to_signature(desk: &mut Desk<'_>, tag: &str) {
    let catalog = Catalog::load(&root().join("locales")).expect("locales");
    let chain = catalog.chain(tag, "fr");
    let t = |id: &str| catalog.text(&chain, id, None).text;
    assert_eq!(desk.app().front(), Front::Kiosk);
    assert_eq!(*desk.app().session().screen(), Screen::Overview);
    desk.screenshot("guided-overview");
    let open = t("overview-open-option");
    desk.click(&format!("{open}: {}", t("option-voluntary-return-title")));
    // The page in short parts, then its way on.
    while !desk.shows(&t("country-choose")) {
        desk.click(&t("nav-next"));
    }
    desk.click(&t("country-choose"));
    let georgia = t("country-ge-name");
    desk.click_contains(&georgia);
    desk.click(&t("action-choose-this-country"));
    for statement in desk.content.statements.clone() {
        desk.click(&format!("{}: {}", t("item-yes"), t(&statement.title)));
        desk.click(&t("action-continue"));
    }
    for question in desk.content.questions.clone() {
        let right = question.answers.iter().find(|a| a.correct).expect("right");
        desk.click(&format!("{}: {}", t(&right.text), t(&question.text)));
    }
    desk.click(&t("action-continue-to-signing"));
    assert_eq!(*desk.app().session().screen(), Screen::Sign);
}

#[test]
fn a_guided_session_with_an_interpreter_and_a_witness_signs_with_a_mark() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut desk = Desk::new(dir.path(), "en", 0, "en-guided");
    desk.set_up_and_sign_in();
    desk.click_id("console-guided-start");
    desk.click("العربية");
    desk.type_id("console-guided-interpreter", "ar");
    desk.type_id("console-guided-witness", "Wilhelmina Witnessperson");
    desk.screenshot("guided-form");
    desk.click_id("console-guided-begin");
    // The console locked as the screen went to the person.
    assert!(desk.app().console().account().is_none());
    // The host language runs alongside for the counsellor.
    let alongside = desk.in_locale("fr", "guided-host-alongside");
    assert!(desk.shows(&alongside));
    guided_pages_to_signature(&mut desk, "ar");
    // A mark, the way chosen on the screen, then "I sign".
    desk.click(&desk.in_locale("ar", "guided-sign-mark"));
    desk.screenshot("guided-sign");
    desk.click(&desk.in_locale("ar", "sign-confirm"));
    desk.click(&desk.in_locale("ar", "guided-complete"));
    let consent = desk.signed_consent();
    let roles: Vec<Role> = consent.record.parties.iter().map(|p| p.role).collect();
    assert!(roles.contains(&Role::Interpreter) && roles.contains(&Role::Witness));
    assert!(
        consent
            .record
            .parties
            .iter()
            .any(|p| p.role == Role::Counsellor && p.account_id.as_deref() == Some("admin.one"))
    );
    assert!(matches!(
        consent.record.signatures[0].kind,
        SignatureKind::Mark { .. }
    ));
    assert_eq!(consent.record.locale, "ar");
    // Leaving the receipt goes back to the console, locked.
    desk.click(&desk.in_locale("ar", "action-finished"));
    desk.harness.run();
    assert_eq!(desk.app().front(), Front::Console);
    assert!(desk.shows(&desk.t("console-sign-in-title")));
}

#[test]
fn a_child_needs_a_guardian_the_childs_own_view_and_a_best_interests_reference() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut desk = Desk::new(dir.path(), "en", 0, "en-child");
    desk.set_up_and_sign_in();
    desk.click_id("console-guided-start");
    desk.click("English");
    desk.click_id("console-guided-minor");
    desk.click_id("role-guardian");
    desk.type_id("console-guided-representative", "Gideon Guardianperson");
    desk.type_id("console-guided-best-interests", "BID-2026-0042");
    desk.click_id("console-guided-child-agrees");
    // Whether the child is here alone is answered before the session starts.
    desk.click_id("console-guided-begin");
    assert_eq!(desk.app().front(), Front::Console);
    assert!(desk.shows(&desk.t("rule-unaccompanied-unanswered")));
    desk.click_id("console-guided-unaccompanied-no");
    desk.screenshot("guided-child-form");
    desk.click_id("console-guided-begin");
    guided_pages_to_signature(&mut desk, "en");
    // Without the guardian's signature the rules refuse, and say why.
    desk.click(&desk.in_locale("en", "guided-complete"));
    assert!(desk.shows(&desk.t("rule-guardian-signature-missing")));
    desk.screenshot("guided-child-refused");
    desk.type_into(
        &desk.in_locale("en", "guided-representative-signs"),
        "Gideon Guardianperson",
    );
    desk.click(&desk.in_locale("en", "guided-representative-confirm"));
    desk.click(&desk.in_locale("en", "guided-complete"));
    let consent = desk.signed_consent();
    assert!(consent.record.subject.minor);
    assert!(matches!(
        consent.record.subject.child_view,
        Some(ChildView::Assent { .. })
    ));
    assert_eq!(
        consent.record.subject.best_interests_reference.as_deref(),
        Some("BID-2026-0042")
    );
    assert_eq!(consent.record.subject.unaccompanied, Some(false));
    let guardian = consent
        .record
        .parties
        .iter()
        .find(|p| p.role == Role::Guardian)
        .expect("guardian");
    assert!(
        consent
            .record
            .signatures
            .iter()
            .any(|s| s.signer == guardian.party_id)
    );
}

#[test]
fn an_unaccompanied_child_is_recorded_with_the_escort_and_the_reception_arrangement() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut desk = Desk::new(dir.path(), "en", 0, "en-unaccompanied");
    desk.set_up_and_sign_in();
    desk.click_id("console-guided-start");
    desk.click("English");
    desk.click_id("console-guided-minor");
    desk.click_id("role-legal-representative");
    desk.type_id(
        "console-guided-representative",
        "Rowena Representativeperson",
    );
    desk.type_id("console-guided-best-interests", "BID-2026-0043");
    desk.click_id("console-guided-child-agrees");
    desk.click_id("console-guided-unaccompanied-yes");
    desk.type_id("console-guided-escort", "Escort service, ref. ESC-17");
    desk.type_id("console-guided-reception", "REC-GE-2026-9");
    desk.screenshot("guided-unaccompanied-form");
    desk.click_id("console-guided-begin");
    guided_pages_to_signature(&mut desk, "en");
    desk.type_into(
        &desk.in_locale("en", "guided-representative-signs"),
        "Rowena Representativeperson",
    );
    desk.click(&desk.in_locale("en", "guided-representative-confirm"));
    desk.click(&desk.in_locale("en", "guided-complete"));
    let subject = desk.signed_consent().record.subject;
    assert_eq!(subject.unaccompanied, Some(true));
    assert_eq!(
        subject.escort.as_deref(),
        Some("Escort service, ref. ESC-17")
    );
    assert_eq!(
        subject.reception_arrangement_reference.as_deref(),
        Some("REC-GE-2026-9")
    );
}

#[test]
fn re_consent_after_a_content_change_shows_old_and_new_text_then_signs_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut desk = Desk::new(dir.path(), "en", 1, "en-reconsent");
    desk.set_up_and_sign_in();
    desk.click_id("console-review-content");
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", 1);
    assert!(
        desk.shows(
            &desk
                .catalog
                .text(&desk.staff, "console-review-done", Some(&args))
                .text
        )
    );
    desk.click(&list_label(&desk, "console-list-needs-review", 1));
    desk.open_first();
    desk.click_id("console-reconsent");
    assert!(desk.shows(&desk.t("console-reconsent-before")));
    desk.screenshot("reconsent");
    let sign_as = {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("role", desk.t("role-migrant"));
        desk.catalog
            .text(&desk.staff, "console-reconsent-sign-as", Some(&args))
            .text
    };
    desk.type_into(&sign_as, common::FICTIONAL_NAME);
    desk.click_id("console-reconsent-sign");
    assert!(desk.shows(&desk.t("console-saved")));
    let consent = desk.app().console().opened().expect("open").clone();
    assert!(matches!(
        consent.state_at(datetime!(2026-11-02 10:00 UTC)),
        ConsentState::CoolingOff { .. }
    ));
    assert_eq!(consent.earlier_records.len(), 1);
}

#[test]
fn a_suspension_moves_consents_to_review_and_a_departure_closes_withdrawal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut desk = Desk::new(dir.path(), "en", 2, "en-admin");
    desk.set_up_and_sign_in();
    // Departure: once cooling-off is over (the console locked meanwhile).
    desk.clock.advance(time::Duration::hours(73));
    desk.harness.run();
    assert!(desk.shows(&desk.t("console-locked-idle")));
    desk.sign_in();
    desk.click(&list_label(&desk, "console-list-effective", 2));
    desk.open_first();
    assert!(desk.shows(&desk.t("console-withdraw")));
    desk.click_id("console-reconfirm-departure");
    assert!(desk.shows(&desk.t("console-saved")));
    desk.click_id("console-departure");
    assert!(desk.shows(&desk.t("console-saved")));
    assert!(
        desk.harness
            .query_by_label(&desk.t("console-withdraw"))
            .is_none(),
        "withdrawal is closed after departure"
    );
    desk.click_id("console-back");
    // Suspension: the other (pending) consent moves to review.
    desk.click_id("console-suspend");
    let georgia = format!("{} (GE)", desk.t("country-ge-name"));
    desk.click(&georgia);
    desk.type_id("console-suspend-reason", "security situation");
    desk.screenshot("suspend");
    // The button says what it touches before it acts: the one pending consent
    // (the other departed).
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("destination", desk.t("country-ge-name"));
    args.set("count", 1);
    let confirm = desk
        .catalog
        .text(&desk.staff, "console-suspend-confirm-count", Some(&args))
        .text;
    desk.click(&plain(&confirm));
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", 1);
    assert!(
        desk.shows(
            &desk
                .catalog
                .text(&desk.staff, "console-suspend-done", Some(&args))
                .text
        )
    );
    assert!(desk.shows(&list_label(&desk, "console-list-needs-review", 1)));
    desk.screenshot("dashboard-after-suspension");
    // Lifting it: listed in force, what it touches said first, then a reason.
    desk.click_id("console-suspend");
    assert!(desk.shows(&desk.t("console-suspensions-active")));
    desk.click_id("console-lift");
    assert!(desk.shows(&desk.t("console-lift-title")));
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", 1);
    let touched = desk
        .catalog
        .text(&desk.staff, "console-lift-count", Some(&args))
        .text;
    assert!(desk.shows(&touched), "says how many consents it touches");
    desk.type_id("console-lift-reason", "flights resumed");
    desk.screenshot("lift");
    desk.click_id("console-lift-confirm");
    let done = desk
        .catalog
        .text(&desk.staff, "console-lift-done", Some(&args))
        .text;
    assert!(desk.shows(&done));
    assert!(
        desk.harness
            .query_by_label(&desk.t("console-lift"))
            .is_none(),
        "no suspension left in force"
    );
    let georgia = consent_kiosk::consent::Destination::country("GE");
    assert!(
        desk.app()
            .content()
            .signing_policy()
            .suspension_for(&georgia)
            .is_none(),
        "the kiosk offers Georgia again"
    );
}

#[test]
fn console_screens_in_en_and_ar_to_docs() {
    for tag in ["en", "ar"] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut desk = Desk::new(dir.path(), tag, 3, tag);
        desk.out = common::screenshot_folder("console");
        desk.set_up_and_sign_in();
        desk.click(&list_label(&desk, "console-list-cooling-off", 3));
        desk.open_first();
        desk.click_id("console-back");
        desk.click_id("console-review-content");
        desk.click(&list_label(&desk, "console-list-needs-review", 3));
        desk.open_first();
        desk.click_id("console-reconsent");
        desk.screenshot("reconsent");
        desk.click_id("console-back");
        desk.click_id("console-suspend");
        desk.screenshot("suspend");
        desk.click_id("console-back");
        desk.click_id("console-export");
        desk.screenshot("export");
        desk.click_id("console-back");
        desk.click_id("console-guided-start");
        desk.click("العربية");
        desk.click_id("console-guided-minor");
        desk.click_id("console-guided-unaccompanied-no");
        desk.screenshot("guided-form");
        desk.click_id("console-guided-begin");
        desk.screenshot("guided-overview");
    }
}

#[test]
fn staff_choose_the_consoles_language_before_signing_in() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut desk = Desk::new(dir.path(), "fr", 0, "fr-language");
    desk.set_up_and_sign_in();
    desk.click_id("console-sign-out");
    desk.click("العربية");
    let arabic = desk.in_locale("ar", "console-sign-in-title");
    assert!(desk.shows(&arabic), "the sign-in is in Arabic now");
    desk.screenshot("sign-in-arabic");
}

#[test]
fn a_counsellor_records_the_private_confirmation_interview_and_the_consent_takes_effect() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut desk = Desk::signed_with(dir.path(), "en", 1, "en-interview", true);
    desk.set_up_and_sign_in();
    desk.clock.advance(time::Duration::hours(73));
    desk.harness.run();
    desk.sign_in();
    desk.click(&list_label(&desk, "console-list-on-hold", 1));
    desk.open_first();
    desk.click_id("console-confirmation");
    assert!(desk.shows(&desk.t("console-confirmation-title")));
    // Nothing is pre-set: with a question unanswered, nothing is recorded.
    desk.click_id("console-confirmation-confirmed");
    assert!(desk.shows(&desk.t("console-confirmation-title")));
    assert!(desk.shows(&desk.t("console-confirmation-unanswered")));
    desk.type_id("console-confirmation-interpreter-language", "ar");
    desk.type_id("console-confirmation-interpreter-id", "INT-12");
    desk.click_id("console-confirmation-fear-asylum-info");
    desk.click_id("console-confirmation-signs-none");
    desk.click_id("console-confirmation-fit");
    desk.click_id("console-confirmation-legal-declined");
    let (yes, no) = (desk.t("item-yes"), desk.t("item-no"));
    desk.click_nth(&no, 0);
    desk.click_nth(&yes, 1);
    desk.screenshot("confirmation");
    desk.click_id("console-confirmation-confirmed");
    assert!(desk.shows(&desk.t("console-saved")));
    let consent = desk.app().console().opened().expect("open").clone();
    let interview = consent.interview.as_ref().expect("recorded");
    assert_eq!(
        interview
            .interview
            .interpreter
            .as_ref()
            .map(|i| i.interpreter_id.as_str()),
        Some("INT-12")
    );
    assert_eq!(interview.account_id.as_deref(), Some("admin.one"));
    assert!(matches!(
        consent.state_at(desk.clock.now()),
        ConsentState::Effective { .. }
    ));
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("value", "");
    let shareable = desk
        .catalog
        .text(&desk.staff, "console-fact-shareable-from", Some(&args))
        .text;
    assert!(
        desk.harness
            .query_all_by_label_contains(&plain(shareable.trim_end()))
            .next()
            .is_some(),
        "the record says from when data may leave the centre"
    );
    desk.screenshot("confirmed");
}

#[test]
fn a_person_without_their_code_is_found_by_facts_and_withdraws_in_person() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut desk = Desk::new(dir.path(), "en", 2, "en-without-code");
    desk.set_up_and_sign_in();
    desk.click_id("console-find-without-code");
    assert!(desk.shows(&desk.t("console-find-title")));
    desk.type_id("console-find-date", "2026-11-02");
    desk.click_id("console-find-search");
    assert!(desk.shows(&desk.t("console-find-two-facts")));
    desk.type_id("console-find-destination", "GE");
    desk.click_id("console-find-search");
    assert_eq!(desk.app().console().found().len(), 2);
    desk.type_id("console-find-reason", "lost the receipt, wants to stay");
    desk.screenshot("found");
    let withdraw = desk.t("console-withdraw");
    desk.click_nth(&withdraw, 0);
    assert!(
        desk.shows(&desk.t("rule-not-identified")),
        "not without the person present"
    );
    desk.click_id("console-find-person-present");
    desk.click_nth(&withdraw, 0);
    assert!(desk.shows(&desk.t("console-withdrawn-without-code")));
    desk.screenshot("withdrawn");
    let report = desk.app().store().verify(desk.clock.now()).expect("verify");
    assert!(report.is_intact());
    assert_eq!(report.states.get("withdrawn"), Some(&1));
}

/// The codes of the table's "Open" buttons, in the order drawn (the queue's first).
fn open_codes(desk: &Desk<'_>) -> Vec<String> {
    let open = desk.prefix("console-open", "code");
    desk.harness
        .query_all_by_role(egui::Role::Button)
        .filter_map(|node| node.accesskit_node().label())
        .filter_map(|label| label.strip_prefix(&open).map(|code| code.trim().to_owned()))
        .collect()
}

/// The compact form of a code as drawn (`7K3F-...` → `7K3F...`).
fn compact(code: &str) -> String {
    code.chars().filter(char::is_ascii_alphanumeric).collect()
}

#[test]
fn the_table_sorts_and_filters_and_the_queue_comes_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut desk = Desk::tablet(dir.path(), "en", 60, "tablet-table");
    desk.set_up_and_sign_in();
    let rows = desk.app().console().dashboard().rows().to_vec();
    assert_eq!(rows.len(), 60);
    // The queue is first: its heading, then its rows, each saying why.
    let title = desk.prefix("console-needs-you-title", "count");
    assert!(desk.shows(&title), "the queue's heading");
    assert!(
        desk.shows(&desk.t("console-urgent-flag")),
        "an open flag is in the queue"
    );
    let drawn = open_codes(&desk);
    let queued = drawn.len() - rows.len();
    assert!(queued > 0, "the demo has consents that need someone today");
    // Flags say why: an open pressure flag is drawn with its reason.
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("reason", desk.t("console-flag-pressure"));
    let flag = desk
        .catalog
        .text(&desk.staff, "console-flag-open", Some(&args))
        .text;
    let pressured = rows.iter().any(|r| {
        r.holds
            .as_deref()
            .is_some_and(|h| h.contains("flag:pressure"))
    });
    assert_eq!(desk.shows(&flag), pressured);
    // Sorted by code, then the other way round.
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("column", desk.t("console-column-code"));
    let by_code = plain(
        &desk
            .catalog
            .text(&desk.staff, "console-sort-by", Some(&args))
            .text,
    );
    desk.click(&by_code);
    let table: Vec<String> = open_codes(&desk)[queued..]
        .iter()
        .map(|c| compact(c))
        .collect();
    let mut sorted: Vec<String> = rows.iter().map(|r| r.reference.clone()).collect();
    sorted.sort();
    assert_eq!(table, sorted, "ascending by code");
    desk.click(&by_code);
    let table: Vec<String> = open_codes(&desk)[queued..]
        .iter()
        .map(|c| compact(c))
        .collect();
    sorted.reverse();
    assert_eq!(table, sorted, "pressed again: descending");
    // A language's native name typed in the search keeps only its consents.
    desk.type_id("console-search", "Français");
    let french: Vec<String> = rows
        .iter()
        .filter(|r| r.locale == "fr")
        .map(|r| r.reference.clone())
        .collect();
    assert!(!french.is_empty());
    let table: Vec<String> = open_codes(&desk)[queued..]
        .iter()
        .map(|c| compact(c))
        .collect();
    assert_eq!(table.len(), french.len());
    assert!(table.iter().all(|c| french.contains(c)), "{table:?}");
    desk.screenshot("filtered");
    // A country chosen among those present, with its areas.
    desk.type_id("console-search", "");
    desk.click(&desk.t("country-ng-name"));
    let nigeria = rows
        .iter()
        .filter(|r| {
            r.destination
                .as_deref()
                .is_some_and(|d| d.starts_with("NG"))
        })
        .count();
    assert!(nigeria > 0);
    assert_eq!(open_codes(&desk).len() - queued, nigeria);
    desk.click(&desk.t("console-filter-all-countries"));
    // Only open flags.
    desk.click(&desk.t("console-filter-open-flags"));
    let flagged = rows
        .iter()
        .filter(|r| r.holds.as_deref().is_some_and(|h| h.contains("flag:")))
        .count();
    assert_eq!(open_codes(&desk).len() - queued, flagged);
}

#[test]
fn a_record_opens_beside_the_list_with_a_reason_picked_in_one_press() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut desk = Desk::tablet(dir.path(), "en", 30, "tablet-master-detail");
    desk.set_up_and_sign_in();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("column", desk.t("console-column-code"));
    let by_code = plain(
        &desk
            .catalog
            .text(&desk.staff, "console-sort-by", Some(&args))
            .text,
    );
    desk.click(&by_code);
    let codes = open_codes(&desk);
    let first = codes.last().expect("a row").clone();
    let open = |code: &str| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("code", code.to_owned());
        plain(
            &desk
                .catalog
                .text(&desk.staff, "console-open", Some(&args))
                .text,
        )
    };
    let (first_label, second_label) = (open(&first), open(&codes[codes.len() - 2]));
    desk.click(&first_label);
    // The reason is asked beside the list, which stays.
    assert!(desk.shows(&desk.t("console-reason-title")));
    assert!(
        desk.harness.query_by_label(&by_code).is_some(),
        "the list stays"
    );
    desk.screenshot("reason-beside");
    desk.click(&desk.t("console-reason-asked"));
    assert!(desk.shows(&desk.t("console-record-title")));
    let opened = desk.app().console().opened().expect("opened").clone();
    assert_eq!(compact(&opened.reference.to_string()), compact(&first));
    // Beside each other: the list at the reading start (left in English).
    let list = desk.harness.get_by_label(&by_code).rect();
    let record = desk
        .harness
        .get_by_label(&desk.t("console-record-title"))
        .rect();
    assert!(list.right() <= record.left(), "{list:?} {record:?}");
    // The row of the record opened is shown as chosen.
    let row = desk.harness.get_by_label(&first_label);
    assert_eq!(
        row.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    desk.screenshot("record-beside");
    // The reason pressed is the one logged.
    let logged = desk.app().store().audit_log().expect("audit");
    assert!(logged.iter().any(|e| matches!(
        e,
        consent_kiosk::consent::AuditEvent::RecordOpened { reason, .. }
            if reason == "The person asked at the desk"
    )));
    // Another record from the list, without going back: a reason typed this time.
    desk.click(&second_label);
    assert!(desk.shows(&desk.t("console-reason-title")));
    desk.type_id("console-reason-other", "a call from the legal aid office");
    desk.click_id("console-open-confirm");
    let opened = desk.app().console().opened().expect("opened").clone();
    assert_eq!(
        compact(&opened.reference.to_string()),
        compact(&codes[codes.len() - 2])
    );
}

#[test]
fn in_arabic_the_list_is_on_the_right_and_the_record_on_its_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut desk = Desk::tablet(dir.path(), "ar", 20, "tablet-ar");
    desk.set_up_and_sign_in();
    let codes = open_codes(&desk);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("code", codes[codes.len() - 1].clone());
    let label = plain(
        &desk
            .catalog
            .text(&desk.staff, "console-open", Some(&args))
            .text,
    );
    desk.click(&label);
    desk.click(&desk.t("console-reason-asked"));
    assert!(desk.shows(&desk.t("console-record-title")));
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("column", desk.t("console-column-code"));
    let by_code = plain(
        &desk
            .catalog
            .text(&desk.staff, "console-sort-by", Some(&args))
            .text,
    );
    let list = desk.harness.get_by_label(&by_code).rect();
    let record = desk
        .harness
        .get_by_label(&desk.t("console-record-title"))
        .rect();
    assert!(list.left() >= record.right(), "{list:?} {record:?}");
}

#[test]
fn tablet_screens_in_en_and_ar_to_docs() {
    for tag in ["en", "ar"] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut desk = Desk::tablet(dir.path(), tag, 60, &format!("tablet-{tag}"));
        desk.out = common::screenshot_folder("console");
        desk.shot = 0;
        desk.type_id("console-account-name", "admin.one");
        desk.type_id("console-passphrase", PASSPHRASE);
        desk.click_id("console-setup-create");
        desk.sign_in();
        desk.screenshot("table");
        let codes = open_codes(&desk);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("code", codes[0].clone());
        let label = plain(
            &desk
                .catalog
                .text(&desk.staff, "console-open", Some(&args))
                .text,
        );
        desk.click(&label);
        desk.screenshot("reason-beside");
        desk.click(&desk.t("console-reason-flag"));
        desk.screenshot("record-beside");
        desk.click_id("console-back");
        desk.click_id("console-suspend");
        desk.click(&format!("{} (NG)", desk.t("country-ng-name")));
        desk.click(&format!("{} (NG-LA)", desk.t("area-ng-la-name")));
        desk.screenshot("suspend-count");
    }
}
