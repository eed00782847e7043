//! The kiosk driven as a person would, headless: controls are found by their
//! accessible labels (the words a screen reader speaks), never by coordinates.
//! Every screen is saved as PNG under target/screenshots/kiosk/.

use std::path::Path;
use std::sync::Arc;

use consent_kiosk::consent::{Clock, ManualClock, ReferenceCode};
use consent_kiosk::content::Content;
use consent_kiosk::i18n::{Catalog, LocaleChain};
use consent_kiosk::kiosk::Screen;
use consent_kiosk::store::{Access, Store, StorePaths};
use consent_kiosk::text::{back_arrow, font_definitions, next_arrow};
use consent_kiosk::ui::kiosk::KioskApp;
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use time::macros::datetime;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[derive(Debug, Clone, Copy)]
enum By<'a> {
    Exact(&'a str),
    Contains(&'a str),
}

struct Walk<'a> {
    harness: Harness<'a, KioskApp>,
    catalog: Catalog,
    content: Content,
    chain: LocaleChain,
    rtl: bool,
    tag: String,
    shot: usize,
    clock: Arc<ManualClock>,
}

impl Walk<'_> {
    fn new(tag: &str, store_dir: &Path) -> Self {
        let catalog = Catalog::load(&root().join("locales")).expect("locales");
        let content = Content::load(&root().join("content"), &catalog).expect("content");
        let store = Store::open(&StorePaths::in_dir(store_dir), Access::ReadWrite).expect("store");
        let manual = Arc::new(ManualClock::new(datetime!(2026-11-02 10:00 UTC)));
        let clock: Arc<dyn Clock> = manual.clone();
        let app = KioskApp::new(
            Catalog::load(&root().join("locales")).expect("locales"),
            Content::load(&root().join("content"), &catalog).expect("content"),
            store,
            Box::new(clock),
        );
        let harness = Harness::builder()
            .with_size([900.0, 1400.0])
            .with_pixels_per_point(1.0)
            .with_context_setup(|ctx| {
                ctx.set_fonts(font_definitions());
                ctx.set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Panic);
            })
            .wgpu()
            .build_ui_state(|ui, app: &mut KioskApp| app.frame_ui(ui), app);
        let chain = catalog.chain(tag, "fr");
        let rtl = catalog
            .locale(tag)
            .is_some_and(|l| l.meta.direction == consent_kiosk::i18n::Direction::Rtl);
        Self {
            harness,
            catalog,
            content,
            chain,
            rtl,
            tag: tag.to_owned(),
            shot: 0,
            clock: manual,
        }
    }

    fn t(&self, id: &str) -> String {
        self.catalog.text(&self.chain, id, None).text
    }

    fn next_label(&self, id: &str) -> String {
        format!("{} {}", self.t(id), next_arrow(self.rtl))
    }

    fn screenshot(&mut self) {
        self.harness.run();
        let out = root().join("target/screenshots/kiosk");
        std::fs::create_dir_all(&out).expect("folder");
        if let Ok(image) = self.harness.render() {
            image
                .save(out.join(format!("{}-{:02}.png", self.tag, self.shot)))
                .expect("saved");
        }
        self.shot += 1;
    }

    /// Scrolls the control into view and activates it as a screen reader does
    /// (an AccessKit click), so the test never depends on coordinates.
    fn click(&mut self, label: &str) {
        self.press(By::Exact(label), 0);
    }

    fn press(&mut self, by: By<'_>, nth: usize) {
        let find = |harness: &Harness<'_, KioskApp>| -> egui::Rect {
            let nodes: Vec<_> = match by {
                By::Exact(label) => harness.get_all_by_label(label).collect(),
                By::Contains(label) => harness.get_all_by_label_contains(label).collect(),
            };
            let node = nodes
                .get(nth)
                .unwrap_or_else(|| panic!("no control {by:?} #{nth}"));
            node.scroll_to_me();
            node.rect()
        };
        find(&self.harness);
        self.harness.run();
        match by {
            By::Exact(label) => self.harness.get_all_by_label(label).nth(nth),
            By::Contains(label) => self.harness.get_all_by_label_contains(label).nth(nth),
        }
        .unwrap_or_else(|| panic!("no control {by:?} #{nth}"))
        .click_accesskit();
        self.harness.run();
    }

    fn screen(&self) -> Screen {
        self.harness.state().session().screen().clone()
    }
}

/// From the start screen to the consent items, reading every page on the way.
fn reach_items(walk: &mut Walk<'_>, native_name: &str) {
    walk.screenshot();
    walk.click(native_name);
    assert_eq!(walk.screen(), Screen::Welcome);
    walk.screenshot();
    walk.click(&walk.next_label("welcome-start"));
    walk.click(&walk.t("age-yes"));
    assert_eq!(walk.screen(), Screen::Overview);
    walk.screenshot();
    // The fourth option of the overview is voluntary return; all open the same way.
    let open = walk.t("overview-open-option");
    walk.press(By::Exact(&open), 3);
    walk.screenshot();
    walk.click(&walk.next_label("country-choose"));
    walk.screenshot();
    let georgia = walk.t("country-ge-name");
    walk.press(By::Contains(&georgia), 0);
    walk.screenshot();
    walk.click(&walk.next_label("nav-next"));
    assert_eq!(walk.screen(), Screen::Items);
    walk.screenshot();
}

fn sign_in(tag: &str, native_name: &str) -> (tempfile::TempDir, ReferenceCode) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::new(tag, dir.path());
    reach_items(&mut walk, native_name);
    // Each answer button tells a screen reader which question it answers.
    for statement in walk.content.statements.clone() {
        let label = format!("{}: {}", walk.t("item-yes"), walk.t(&statement.title));
        walk.click(&label);
    }
    walk.click(&walk.next_label("nav-next"));
    for question in walk.content.questions.clone() {
        walk.screenshot();
        let right = question
            .answers
            .iter()
            .find(|a| a.correct)
            .expect("right answer");
        walk.click(&walk.t(&right.text));
    }
    assert_eq!(walk.screen(), Screen::Review);
    walk.screenshot();
    walk.click(&walk.next_label("nav-next"));
    assert_eq!(walk.screen(), Screen::Sign);
    let field = walk.t("sign-type");
    walk.harness
        .get_by_role_and_label(egui::Role::TextInput, &field)
        .scroll_to_me();
    walk.harness.run();
    walk.harness
        .get_by_role_and_label(egui::Role::TextInput, &field)
        .focus();
    walk.harness.run();
    walk.harness
        .get_by_role_and_label(egui::Role::TextInput, &field)
        .type_text("Zed Testperson");
    walk.harness.run();
    walk.screenshot();
    let confirm = walk.t("sign-confirm");
    walk.press(By::Exact(&confirm), 1);
    walk.screenshot();
    let Screen::Receipt { reference, .. } = walk.screen() else {
        panic!(
            "expected the receipt in {tag}, got {:?} ({:?})",
            walk.screen(),
            walk.harness.state().session().notice()
        );
    };
    let store = walk.harness.state().store();
    let report = store
        .verify(datetime!(2026-11-02 12:00 UTC))
        .expect("verify");
    assert!(report.is_intact());
    let consent = store
        .find_by_reference(&reference)
        .expect("query")
        .expect("stored");
    assert_eq!(consent.record.locale, tag);
    (dir, reference)
}

#[test]
fn the_whole_flow_signs_in_english() {
    sign_in("en", "English");
}

#[test]
fn more_time_a_counsellor_and_feeling_pressured_are_one_touch_away() {
    for (action, expected) in [
        ("action-more-time", Screen::MoreTime),
        ("action-talk-counsellor", Screen::Counsellor),
        ("action-pressured", Screen::Pressured),
        ("action-no-decision", Screen::Start),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut walk = Walk::new("fa", dir.path());
        reach_items(&mut walk, "فارسی");
        walk.click(&walk.t(action));
        assert_eq!(walk.screen(), expected, "{action}");
        assert_eq!(
            walk.harness.state().store().event_count(),
            0,
            "nothing stored"
        );
    }
}

#[test]
fn a_minor_is_guided_to_a_counsellor_and_a_suspended_country_offers_no_next() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::new("ps", dir.path());
    walk.click("پښتو");
    walk.click(&walk.next_label("welcome-start"));
    walk.click(&walk.t("age-no"));
    assert_eq!(walk.screen(), Screen::MinorInfo);
    walk.click(&walk.next_label("nav-next"));
    let open = walk.t("overview-open-option");
    walk.press(By::Exact(&open), 3);
    walk.click(&walk.next_label("country-choose"));
    let afghanistan = walk.t("country-af-name");
    walk.press(By::Contains(&afghanistan), 0);
    assert_eq!(walk.screen(), Screen::Country("AF".into()));
    assert!(
        walk.harness
            .query_by_label(&walk.next_label("nav-next"))
            .is_none(),
        "a suspended destination cannot be chosen"
    );
    walk.click(&format!("{} {}", back_arrow(walk.rtl), walk.t("nav-back")));
    let georgia = walk.t("country-ge-name");
    walk.press(By::Contains(&georgia), 0);
    walk.click(&walk.next_label("nav-next"));
    assert_eq!(
        walk.screen(),
        Screen::Counsellor,
        "a minor never signs alone"
    );
}

#[test]
fn an_idle_kiosk_warns_then_wipes_back_to_the_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::new("ar", dir.path());
    reach_items(&mut walk, "العربية");
    walk.clock.advance(time::Duration::seconds(65));
    walk.harness.run();
    let still_here = walk.t("idle-continue");
    assert!(
        walk.harness.query_by_label(&still_here).is_some(),
        "the prompt shows"
    );
    walk.clock.advance(time::Duration::seconds(40));
    walk.harness.run();
    assert_eq!(walk.screen(), Screen::Start);
    assert!(walk.harness.state().session().draft().is_none());
}

#[test]
fn withdrawal_by_code_catches_a_typo_and_confirms() {
    let (dir, reference) = sign_in("en", "English");
    let mut walk = Walk::new("en", dir.path());
    walk.tag = "en-withdraw".into();
    walk.click("English");
    walk.click(&walk.t("start-withdraw"));
    let field = walk.t("withdraw-enter-code");
    let mut typo = reference.compact().into_bytes();
    typo.swap(0, 1);
    for (typed, expect_confirm) in [
        (String::from_utf8(typo).unwrap_or_default(), false),
        (reference.to_string(), true),
    ] {
        // The field's value is set as assistive technology would set it.
        walk.harness
            .get_by_role_and_label(egui::Role::TextInput, &field)
            .set_text_value_accesskit(&typed);
        walk.harness.run();
        walk.click(&walk.t("nav-next"));
        if expect_confirm {
            assert!(
                matches!(walk.screen(), Screen::WithdrawConfirm { .. }),
                "{:?} {:?}",
                walk.screen(),
                walk.harness.state().session().notice()
            );
        } else {
            assert_eq!(walk.screen(), Screen::WithdrawCode);
            assert_eq!(
                walk.harness.state().session().notice(),
                Some(&consent_kiosk::kiosk::Notice::Message("withdraw-code-typo")),
                "the typo is named"
            );
        }
    }
    walk.screenshot();
    walk.click(&walk.t("withdraw-confirm"));
    assert!(matches!(walk.screen(), Screen::WithdrawDone { .. }));
    walk.screenshot();
}

#[test]
fn the_whole_flow_signs_in_arabic() {
    sign_in("ar", "العربية");
}

#[test]
fn the_whole_flow_signs_in_tigrinya_and_bengali() {
    sign_in("ti", "ትግርኛ");
    sign_in("bn", "বাংলা");
}

#[test]
fn the_kiosk_can_be_used_with_a_keyboard() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::new("fr", dir.path());
    // Tab moves through the controls; Enter presses the one in focus.
    let mut pressed = false;
    for _ in 0..40 {
        walk.harness.key_press(egui::Key::Tab);
        walk.harness.run();
        let focused_is_arabic = walk
            .harness
            .query_by_label("العربية")
            .is_some_and(|node| node.is_focused());
        if focused_is_arabic {
            walk.harness.key_press(egui::Key::Enter);
            walk.harness.run();
            pressed = true;
            break;
        }
    }
    assert!(pressed, "Tab reaches the first language");
    assert_eq!(walk.screen(), Screen::Welcome);
    assert_eq!(
        walk.harness
            .state()
            .session()
            .chain()
            .map(|c| c.primary().to_owned()),
        Some("ar".to_owned())
    );
}
