//! The kiosk driven as a person would, headless: controls are found by their
//! accessible labels (the words a screen reader speaks), never by coordinates.
//! Every screen is saved as PNG under target/screenshots/kiosk/.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::path::Path;
use std::sync::Arc;

use consent_kiosk::audio::PlayState;
use consent_kiosk::consent::{Clock, ManualClock, ReferenceCode};
use consent_kiosk::content::Content;
use consent_kiosk::i18n::{Catalog, LocaleChain};
use consent_kiosk::kiosk::Screen;
use consent_kiosk::store::{Access, Store, StorePaths};
use consent_kiosk::text::back_arrow;
use consent_kiosk::ui::kiosk::{Front, KioskApp};
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
    /// Where screenshots go.
    out: std::path::PathBuf,
    /// Whether `screenshot` renders (a walk only for the documentation renders
    /// when asked to, `UPDATE_SCREENSHOTS=1`: 240 renders of a kiosk-sized
    /// screen on a software renderer cost minutes).
    render: bool,
    /// The kinds of screen whose first frame was checked (actions, focus).
    arrived: std::collections::BTreeSet<String>,
    /// Text goes in as a screen reader sets it (AccessKit's SetValue), not typed.
    screen_reader: bool,
}

impl Walk<'_> {
    fn new(tag: &str, store_dir: &Path) -> Self {
        Self::with_content(tag, store_dir, &root().join("content"))
    }

    /// On a screen of `size` points (the default is a portrait kiosk, 1080 × 1920).
    fn sized(tag: &str, store_dir: &Path, size: [f32; 2]) -> Self {
        let mut walk = Self::new(tag, store_dir);
        walk.harness.set_size(egui::vec2(size[0], size[1]));
        walk.harness.run();
        walk
    }

    fn with_content(tag: &str, store_dir: &Path, content_dir: &Path) -> Self {
        let catalog = Catalog::load(&root().join("locales")).expect("locales");
        let content = Content::load(content_dir, &catalog).expect("content");
        let store = Store::open(&StorePaths::in_dir(store_dir), Access::ReadWrite).expect("store");
        let manual = Arc::new(ManualClock::new(datetime!(2026-11-02 10:00 UTC)));
        let clock: Arc<dyn Clock> = manual.clone();
        let app = KioskApp::new(
            Catalog::load(&root().join("locales")).expect("locales"),
            Content::load(content_dir, &catalog).expect("content"),
            store,
            Box::new(clock),
        );
        let harness = common::screen::harness(app, [1080.0, 1920.0]);
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
            render: true,
            clock: manual,
            out: root().join("target/screenshots/kiosk"),
            arrived: Default::default(),
            screen_reader: false,
        }
    }

    fn t(&self, id: &str) -> String {
        self.catalog.text(&self.chain, id, None).text
    }

    /// Presses a screen's way on (the bottom bar's primary action), named by its verb.
    fn go_on(&mut self, id: &str) {
        self.click(&self.t(id));
    }

    /// Reads a long page part by part ("Next") until its way on is `id`, then takes it.
    fn read_parts_then(&mut self, id: &str) {
        let wanted = self.t(id);
        for _ in 0..60 {
            if self.harness.query_by_label(&wanted).is_some() {
                self.click(&wanted);
                return;
            }
            self.click(&self.t("nav-next"));
        }
        panic!("{id} never came");
    }

    /// Reads a long page part by part ("Next") until `id` is on screen.
    fn read_parts_until(&mut self, id: &str) {
        let wanted = self.t(id);
        for _ in 0..60 {
            if self.harness.query_by_label(&wanted).is_some() {
                return;
            }
            self.click(&self.t("nav-next"));
        }
        panic!("{id} never came");
    }

    /// Answers the consent items one screen at a time, each "Yes", then goes on.
    fn answer_items_yes(&mut self) {
        while let Screen::Item(index) = self.screen() {
            let title = self.t(&self.content.statements[index].title);
            self.click(&format!("{}: {title}", self.t("item-yes")));
            self.go_on("action-continue");
        }
    }

    fn screenshot(&mut self) {
        self.harness.run();
        self.check_top_bar();
        std::fs::create_dir_all(&self.out).expect("folder");
        if !self.render {
            return;
        }
        // Named after the screen, so a reader of docs/ finds one without opening all.
        let kind = self.screen().id();
        let image = self.harness.render().expect("the screen renders");
        image
            .save(
                self.out
                    .join(format!("{}-{:02}-{kind}.png", self.tag, self.shot)),
            )
            .expect("saved");
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
        let before = self.screen();
        common::access::step_and_check(&mut self.harness, &format!("after {by:?}"));
        if self.screen() != before && self.harness.state().front() == Front::Kiosk {
            self.check_arrival();
        }
        self.harness.run();
    }

    /// The top bar's words each fit on one line: a look control squeezed
    /// beside the way back takes a row of its own rather than break its label
    /// (a taller button than "Start again" beside it).
    fn check_top_bar(&self) {
        let height = |id: &str| {
            self.harness
                .query_by_label(&self.t(id))
                .map(|node| node.rect().height())
        };
        let Some(start_again) = height("nav-home") else {
            return;
        };
        for id in ["text-size", "high-contrast"] {
            if let Some(look) = height(id) {
                assert!(
                    (look - start_again).abs() < 1.0,
                    "{id} is {look} high beside Start again's {start_again} in {} on {:?}",
                    self.tag,
                    self.screen()
                );
            }
        }
    }

    /// On a new page's first frame, focus is on its heading (or, on a page
    /// without one, its first text), so a screen reader says the new page.
    fn check_arrival(&mut self) {
        let screen = self.screen();
        let focused = common::access::focused(&self.harness);
        let Some((role, name)) = focused else {
            panic!("nothing has focus on the first frame of {screen:?}");
        };
        assert!(
            matches!(role, egui::Role::Heading | egui::Role::Label) && !name.is_empty(),
            "focus on {role:?} {name:?} on the first frame of {screen:?}"
        );
        let kind = format!("{screen:?}")
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>();
        self.arrived.insert(kind);
    }

    fn screen(&self) -> Screen {
        self.harness.state().session().screen().clone()
    }

    /// "Start again", and "Yes, erase and leave" where the kiosk asks first.
    fn leave(&mut self) {
        // Screens that end a visit say "I am finished" instead.
        if self.harness.query_by_label(&self.t("nav-home")).is_some() {
            self.click(&self.t("nav-home"));
        } else {
            self.click(&self.t("action-finished"));
        }
        let yes = self.t("leave-confirm-yes");
        if self.harness.query_by_label(&yes).is_some() {
            self.screenshot();
            self.click(&yes);
        }
        assert_eq!(self.screen(), Screen::Start);
    }
}

/// From the start screen to the consent items, reading every page on the way.
fn reach_items(walk: &mut Walk<'_>, native_name: &str) {
    walk.screenshot();
    walk.click(native_name);
    assert_eq!(walk.screen(), Screen::Welcome);
    walk.screenshot();
    walk.go_on("welcome-start");
    walk.click(&walk.t("age-yes"));
    assert_eq!(walk.screen(), Screen::Overview);
    // The bundled countries are example data, and every screen says so.
    assert!(
        walk.harness
            .query_by_label(&walk.t("example-data"))
            .is_some(),
        "example data is marked"
    );
    // The page's pictogram and one per option, each named for screen readers.
    let pictograms = walk.harness.query_all_by_role(egui::Role::Image).count();
    assert!(pictograms >= 7, "{pictograms} pictograms on the overview");
    let asylum = walk.t("option-asylum-title");
    assert!(
        walk.harness
            .query_by_role_and_label(egui::Role::Image, &asylum)
            .is_some(),
        "the asylum card's pictogram is named"
    );
    walk.screenshot();
    // The fourth option of the overview is voluntary return; all open the same way.
    let open = walk.t("overview-open-option");
    walk.click(&format!(
        "{open}: {}",
        walk.t("option-voluntary-return-title")
    ));
    walk.screenshot();
    walk.read_parts_then("country-choose");
    walk.screenshot();
    let georgia = walk.t("country-ge-name");
    walk.press(By::Contains(&georgia), 0);
    walk.screenshot();
    walk.go_on("action-choose-this-country");
    assert_eq!(walk.screen(), Screen::Item(0));
    walk.screenshot();
}

fn sign_in(tag: &str, native_name: &str) -> (tempfile::TempDir, ReferenceCode) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::new(tag, dir.path());
    let reference = sign(&mut walk, native_name, false);
    (dir, reference)
}

/// The whole flow from the start screen to the receipt; `explain_once` first gives
/// a wrong answer to the first question, to see its page explained again.
fn sign(walk: &mut Walk<'_>, native_name: &str, explain_once: bool) -> ReferenceCode {
    let tag = walk.tag.clone();
    reach_items(walk, native_name);
    // Each answer button tells a screen reader which question it answers.
    walk.answer_items_yes();
    for (n, question) in walk.content.questions.clone().into_iter().enumerate() {
        walk.screenshot();
        if explain_once && n == 0 {
            let wrong = question
                .answers
                .iter()
                .find(|a| !a.correct)
                .expect("wrong answer");
            let asked = walk.t(&question.text);
            walk.click(&format!("{}: {asked}", walk.t(&wrong.text)));
            walk.screenshot();
            // Explained, the person goes on to the next question.
            walk.go_on("action-continue");
            continue;
        }
        let right = question
            .answers
            .iter()
            .find(|a| a.correct)
            .expect("right answer");
        let asked = walk.t(&question.text);
        walk.click(&format!("{}: {asked}", walk.t(&right.text)));
    }
    assert_eq!(walk.screen(), Screen::Review);
    walk.screenshot();
    walk.go_on("action-continue-to-signing");
    assert_eq!(walk.screen(), Screen::Sign);
    // The pad is a named canvas that says nothing is drawn yet, and where to type instead.
    let pad = format!("{}: {}", walk.t("sign-draw"), walk.t("sign-pad-empty"));
    assert!(
        walk.harness
            .query_by_role_and_label(egui::Role::Canvas, &pad)
            .is_some(),
        "the signature pad is named"
    );
    // One way of signing at a time: typing a name is chosen first.
    let field = walk.t("sign-type");
    walk.click(&field);
    walk.harness
        .get_by_role_and_label(egui::Role::TextInput, &field)
        .scroll_to_me();
    walk.harness.run();
    let name = if walk.rtl {
        "زيد تجربة"
    } else {
        "Zed Testperson"
    };
    if walk.screen_reader {
        // Set whole, without focus first, as AT-SPI's EditableText does; then read back.
        walk.harness
            .get_by_role_and_label(egui::Role::TextInput, &field)
            .set_text_value_accesskit(name);
        walk.harness.run();
        let value = walk
            .harness
            .get_by_role_and_label(egui::Role::TextInput, &field)
            .value();
        assert_eq!(
            value.as_deref(),
            Some(name),
            "the field reads back the name"
        );
    } else {
        walk.harness
            .get_by_role_and_label(egui::Role::TextInput, &field)
            .focus();
        walk.harness.run();
        walk.harness
            .get_by_role_and_label(egui::Role::TextInput, &field)
            .type_text(name);
        walk.harness.run();
    }
    walk.screenshot();
    // One "I sign", for the way chosen.
    walk.go_on("sign-confirm");
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
    assert_eq!(
        consent.record.locale,
        tag.split('-').next().unwrap_or_default()
    );
    reference
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
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut walk = Walk::new("fa", dir.path());
        reach_items(&mut walk, "دری / فارسی");
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
fn a_missing_answer_is_named_marked_stays_and_moves_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::new("ar", dir.path());
    walk.tag = "ar-unanswered".into();
    reach_items(&mut walk, "العربية");
    let title = walk.t(&walk.content.statements[0].title);
    let answers = [
        format!("{}: {title}", walk.t("item-yes")),
        format!("{}: {title}", walk.t("item-no")),
    ];
    let rects = |walk: &Walk<'_>| -> Vec<egui::Rect> {
        answers
            .iter()
            .map(|label| walk.harness.get_by_label(label).rect())
            .collect()
    };
    let before = rects(&walk);
    // "Continue" with no answer: the way on is in the bottom bar, always in place.
    walk.harness
        .get_by_label(&walk.t("action-continue"))
        .click_accesskit();
    walk.harness.run();
    assert_eq!(walk.screen(), Screen::Item(0));
    let notice = walk.t("rule-item-unanswered");
    assert!(walk.harness.query_by_label(&notice).is_some(), "named");
    assert_eq!(rects(&walk), before, "the answer buttons did not move");
    walk.screenshot();
    // A touch elsewhere does not make it vanish.
    walk.harness
        .event(egui::Event::PointerMoved(egui::pos2(5.0, 5.0)));
    walk.harness.run();
    assert!(walk.harness.query_by_label(&notice).is_some(), "stays");
    assert_eq!(rects(&walk), before);
    // Answered where it is (no scrolling), as a finger would: the notice goes,
    // and nothing moves either.
    walk.harness.get_by_label(&answers[0]).click_accesskit();
    walk.harness.run();
    assert!(walk.harness.query_by_label(&notice).is_none(), "fixed");
    assert_eq!(rects(&walk), before);
}

#[test]
fn a_way_out_that_erases_asks_once_and_going_back_keeps_everything() {
    for (tag, name, way_out) in [
        ("fa", "دری / فارسی", "action-no-decision"),
        ("ti", "ትግርኛ", "nav-home"),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut walk = Walk::new(tag, dir.path());
        reach_items(&mut walk, name);
        let answered = walk.t("item-yes");
        walk.press(By::Contains(&answered), 0);
        let draft = |walk: &Walk<'_>| format!("{:?}", walk.harness.state().session().draft());
        let before = draft(&walk);
        walk.click(&walk.t(way_out));
        assert_eq!(
            walk.screen(),
            Screen::Item(0),
            "{tag}: one touch erases nothing"
        );
        assert!(
            walk.harness
                .query_by_label(&walk.t("leave-confirm"))
                .is_some(),
            "{tag}: the kiosk asks"
        );
        walk.click(&walk.t("leave-confirm-no"));
        assert_eq!(walk.screen(), Screen::Item(0));
        assert_eq!(draft(&walk), before, "{tag}: going back keeps every answer");
        walk.click(&walk.t(way_out));
        walk.click(&walk.t("leave-confirm-yes"));
        assert_eq!(walk.screen(), Screen::Start, "{tag}");
        assert!(walk.harness.state().session().draft().is_none());
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
    walk.go_on("welcome-start");
    walk.click(&walk.t("age-no"));
    assert_eq!(walk.screen(), Screen::MinorInfo);
    walk.go_on("action-continue");
    let open = walk.t("overview-open-option");
    walk.click(&format!(
        "{open}: {}",
        walk.t("option-voluntary-return-title")
    ));
    walk.read_parts_then("country-choose");
    let afghanistan = walk.t("country-af-name");
    walk.press(By::Contains(&afghanistan), 0);
    assert_eq!(walk.screen(), Screen::Country("AF".into()));
    assert!(
        walk.harness
            .query_by_label(&walk.t("action-choose-this-country"))
            .is_none(),
        "a suspended destination cannot be chosen"
    );
    walk.click(&format!("{} {}", back_arrow(walk.rtl), walk.t("nav-back")));
    let georgia = walk.t("country-ge-name");
    walk.press(By::Contains(&georgia), 0);
    walk.go_on("action-choose-this-country");
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
    // Two neighbours that differ, or the swap would change nothing (codes are random).
    let at = typo
        .windows(2)
        .position(|pair| pair[0] != pair[1])
        .expect("a code has two different neighbours");
    typo.swap(at, at + 1);
    for (typed, expect_confirm) in [
        (String::from_utf8(typo).unwrap_or_default(), false),
        (reference.to_string(), true),
    ] {
        // The field's value is set as assistive technology would set it.
        walk.harness
            .get_by_role_and_label(egui::Role::TextInput, &field)
            .set_text_value_accesskit(&typed);
        walk.harness.run();
        walk.go_on("action-continue");
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
fn withdrawal_entirely_through_the_on_screen_keypad() {
    let (dir, reference) = sign_in("ar", "العربية");
    let mut walk = Walk::new("ar", dir.path());
    walk.tag = "ar-keypad".into();
    walk.click("العربية");
    walk.click(&walk.t("start-withdraw"));
    assert_eq!(walk.screen(), Screen::WithdrawCode);
    let field = walk.t("withdraw-enter-code");
    let code = reference.compact();
    let mut chars = code.chars();
    let first = chars.next().expect("a code");
    walk.click(&first.to_string());
    // A wrong key, taken back with Delete.
    let wrong = if first == 'Z' { 'Y' } else { 'Z' };
    walk.click(&wrong.to_string());
    walk.click(&walk.t("withdraw-key-delete"));
    for c in chars {
        walk.click(&c.to_string());
    }
    let value = walk
        .harness
        .get_by_role_and_label(egui::Role::TextInput, &field)
        .value();
    assert_eq!(
        value,
        Some(reference.to_string()),
        "the boxes read back the code"
    );
    walk.screenshot();
    walk.go_on("action-continue");
    assert!(
        matches!(walk.screen(), Screen::WithdrawConfirm { .. }),
        "{:?}",
        walk.harness.state().session().notice()
    );
    walk.click(&walk.t("withdraw-confirm"));
    assert!(matches!(walk.screen(), Screen::WithdrawDone { .. }));
}

#[test]
fn a_code_typed_with_persian_digits_by_a_keyboard_or_scanner_is_accepted() {
    let (dir, reference) = sign_in("en", "English");
    let mut walk = Walk::new("fa", dir.path());
    walk.click("دری / فارسی");
    walk.click(&walk.t("start-withdraw"));
    // What a scanner or a Persian keyboard sends: the code's digits as Persian
    // digits, a dash, lower case, then Enter.
    let typed: String = reference
        .to_string()
        .to_lowercase()
        .chars()
        .map(|c| {
            c.to_digit(10)
                .and_then(|d| char::from_u32(0x06F0 + d))
                .unwrap_or(c)
        })
        .collect();
    walk.harness.event(egui::Event::Text(typed));
    walk.harness.run();
    walk.harness.key_press(egui::Key::Enter);
    walk.harness.run();
    assert!(
        matches!(walk.screen(), Screen::WithdrawConfirm { .. }),
        "{:?} {:?}",
        walk.screen(),
        walk.harness.state().session().notice()
    );
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

/// A short silent WAV file (8 kHz mono), enough for a player to open and play.
fn silent_wav(path: &Path, seconds: f32) {
    let samples = (8000.0 * seconds) as u32;
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(36 + samples * 2).to_le_bytes());
    bytes.extend_from_slice(b"WAVEfmt ");
    for field in [
        16u32.to_le_bytes(),
        [1, 0, 1, 0],
        8000u32.to_le_bytes(),
        16000u32.to_le_bytes(),
        [2, 0, 16, 0],
    ] {
        bytes.extend_from_slice(&field);
    }
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&(samples * 2).to_le_bytes());
    bytes.resize(bytes.len() + samples as usize * 2, 0);
    std::fs::write(path, bytes).expect("recording written");
}

/// Every message the English welcome screen (and the start screen's heading) says.
const WELCOME_IDS: [&str; 11] = [
    "language-choose",
    "example-data",
    "welcome-title",
    "welcome-what",
    "welcome-free",
    "welcome-nothing-recorded",
    "welcome-screen-clears",
    "welcome-start",
    "start-withdraw",
    "nav-back",
    "nav-home",
];

/// Recordings of `ids` in `locale`, `seconds` long, recorded from today's text
/// and approved by a reviewer: only such recordings play.
fn record_approved(content_dir: &Path, locale: &str, ids: &[&str], seconds: f32) {
    let audio = content_dir.join("audio").join(locale);
    std::fs::create_dir_all(&audio).expect("audio folder");
    let hashes = consent_kiosk::content::recordings::text_hashes(&root().join("locales"), locale);
    let mut recorded = String::new();
    for id in ids {
        silent_wav(&audio.join(format!("{id}.wav")), seconds);
        recorded.push_str(&format!("{id} = \"{}\"\n", hashes[*id]));
    }
    std::fs::write(audio.join("recordings.toml"), recorded).expect("hashes written");
    let mut recordings =
        consent_kiosk::content::recordings::LocaleRecordings::read(content_dir, locale)
            .expect("recordings read");
    for id in ids {
        recordings
            .review(
                id,
                consent_kiosk::content::recordings::Verdict::Approved,
                "",
                "Reviewer B",
            )
            .expect("approved");
    }
}

/// A sound player that says which file it was given (one line in `log`) and
/// plays it until the test creates `<file>.done`: the test, not a timer, decides
/// when each recording ends.
fn waiting_player(log: &Path) -> String {
    let script = format!(
        "echo \"$1\" >> '{}'; while [ ! -e \"$1.done\" ]; do sleep 0.02; done",
        log.display()
    );
    format!("audio_player = [\"sh\", \"-c\", {script:?}, \"sh\"]")
}

/// The files the waiting player was given so far, once there are `count`.
fn played(log: &Path, count: usize) -> Vec<std::path::PathBuf> {
    let started = std::time::Instant::now();
    loop {
        let lines: Vec<std::path::PathBuf> = std::fs::read_to_string(log)
            .unwrap_or_default()
            .lines()
            .map(std::path::PathBuf::from)
            .collect();
        if lines.len() >= count {
            return lines;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(30),
            "the player was given {} files, not {count}",
            lines.len()
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Runs frames until the mark is `wanted`, so the test follows the player.
fn marked_becomes(walk: &mut Walk<'_>, wanted: impl Fn(&(Option<String>, Option<String>)) -> bool) {
    let started = std::time::Instant::now();
    loop {
        walk.harness.step();
        if wanted(&walk.harness.state().marked()) {
            return;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(30),
            "the mark stayed at {:?}",
            walk.harness.state().marked()
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

#[test]
fn listen_marks_each_paragraph_as_it_is_read_and_can_go_slower() {
    listen_in("en", "English");
    listen_in("ar", "العربية");
}

fn listen_in(tag: &str, native_name: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = dir.path().join("played.log");
    let content_dir = content_with(dir.path(), &waiting_player(&log));
    record_approved(&content_dir, tag, &WELCOME_IDS, 0.5);
    std::fs::create_dir_all(dir.path().join("store")).expect("store folder");
    let mut walk = Walk::with_content(tag, &dir.path().join("store"), &content_dir);
    walk.tag = format!("{tag}-listen");
    walk.click(native_name);
    walk.harness.run();
    walk.click(&walk.t("read-aloud"));

    // The first recording plays: its paragraph is marked, and it is one the
    // screen shows.
    let files = played(&log, 1);
    marked_becomes(&mut walk, |(words, _)| words.is_some());
    let first = walk.harness.state().marked().0.expect("marked");
    assert!(walk.harness.query_by_label(&first).is_some(), "{first}");

    // It ends: the mark moves on to the next paragraph.
    std::fs::write(format!("{}.done", files[0].display()), "").expect("done");
    played(&log, 2);
    marked_becomes(&mut walk, |(words, _)| {
        words.as_deref() != Some(first.as_str())
    });
    let second = walk.harness.state().marked().0.expect("marked");
    assert!(walk.harness.query_by_label(&second).is_some(), "{second}");
    walk.screenshot();

    // Slower: the same recording again, from a slowed copy that lasts longer.
    walk.click(&walk.t("audio-slower"));
    let files = played(&log, 3);
    let (original, slowed) = (&files[1], &files[2]);
    assert_ne!(original, slowed);
    let seconds = |path: &Path| {
        consent_kiosk::audio::wav::read(path)
            .expect("a WAV file")
            .seconds()
    };
    assert!(
        seconds(slowed) > seconds(original) * 1.2,
        "{} s slowed, {} s as recorded",
        seconds(slowed),
        seconds(original)
    );
    walk.harness.run();
    assert_eq!(
        walk.harness.state().marked().0.as_deref(),
        Some(second.as_str())
    );
    assert!(
        walk.harness
            .query_by_label(&walk.t("audio-normal-speed"))
            .is_some()
    );

    // Stop: silence, and nothing marked.
    walk.click(&walk.t("audio-stop"));
    assert_eq!(walk.harness.state().audio_state(), PlayState::Idle);
    walk.harness.run();
    assert_eq!(walk.harness.state().marked(), (None, None));
}

#[test]
fn the_first_touch_of_the_start_screen_says_choose_your_language_in_each_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = dir.path().join("played.log");
    let content_dir = content_with(dir.path(), &waiting_player(&log));
    // Recorded and approved in Arabic and English only.
    record_approved(&content_dir, "ar", &["language-choose"], 0.05);
    record_approved(&content_dir, "en", &["language-choose"], 0.05);
    std::fs::create_dir_all(dir.path().join("store")).expect("store folder");
    let mut walk = Walk::with_content("en", &dir.path().join("store"), &content_dir);
    walk.harness.run();
    assert!(
        std::fs::read_to_string(&log).is_err(),
        "nothing plays before a touch"
    );

    // A touch anywhere that is not a button.
    walk.harness
        .get_by_role(egui::accesskit::Role::Heading)
        .click();
    walk.harness.run();
    let files = played(&log, 1);
    assert!(files[0].ends_with("ar/language-choose.wav"), "{files:?}");
    marked_becomes(&mut walk, |(_, language)| language.as_deref() == Some("ar"));
    std::fs::write(format!("{}.done", files[0].display()), "").expect("done");
    let files = played(&log, 2);
    assert!(files[1].ends_with("en/language-choose.wav"), "{files:?}");
    marked_becomes(&mut walk, |(_, language)| language.as_deref() == Some("en"));
    std::fs::write(format!("{}.done", files[1].display()), "").expect("done");
    marked_becomes(&mut walk, |(_, language)| language.is_none());

    // Once is enough: another touch says nothing again.
    walk.harness
        .get_by_role(egui::accesskit::Role::Heading)
        .click();
    walk.harness.run();
    assert_eq!(walk.harness.state().audio_state(), PlayState::Idle);
    assert_eq!(played(&log, 2).len(), 2);
}

#[test]
fn read_aloud_is_offered_only_where_a_page_or_language_is_recorded() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A player the test lets finish (real playback is tested in `audio`), so
    // "still playing" never depends on how fast this machine draws a frame.
    let log = dir.path().join("played.log");
    let content_dir = content_with(dir.path(), &waiting_player(&log));
    // Recordings of every message on the English welcome screen.
    record_approved(&content_dir, "en", &WELCOME_IDS, 0.05);
    // Tigrinya's "Choose your language" is recorded from its text but not yet
    // reviewed: it does not play.
    let tigrinya = content_dir.join("audio/ti");
    std::fs::create_dir_all(&tigrinya).expect("audio folder");
    silent_wav(&tigrinya.join("language-choose.wav"), 0.05);
    let ti_hashes = consent_kiosk::content::recordings::text_hashes(&root().join("locales"), "ti");
    std::fs::write(
        tigrinya.join("recordings.toml"),
        format!("language-choose = \"{}\"\n", ti_hashes["language-choose"]),
    )
    .expect("hashes written");
    std::fs::create_dir_all(dir.path().join("store")).expect("store folder");
    let mut walk = Walk::with_content("en", &dir.path().join("store"), &content_dir);
    walk.tag = "en-audio".into();

    // Start: a loudspeaker only beside a language with a recording (English here).
    let host = walk.catalog.chain("fr", "fr");
    let listen = walk.catalog.text(&host, "read-aloud", None).text;
    assert!(
        walk.harness
            .query_by_label(&format!("{listen}: ትግርኛ"))
            .is_none(),
        "no loudspeaker for a language without an approved recording"
    );
    walk.click(&format!("{listen}: English"));
    assert_eq!(walk.harness.state().audio_state(), PlayState::Playing);
    walk.screenshot();

    walk.click("English");
    assert_eq!(walk.screen(), Screen::Welcome);
    walk.harness.run();
    walk.click(&walk.t("read-aloud"));
    assert_eq!(walk.harness.state().audio_state(), PlayState::Playing);
    // While playing, the same place offers Stop.
    assert!(walk.harness.query_by_label(&walk.t("audio-stop")).is_some());
    // Each recording ends in turn, and the list plays to its end.
    let started = std::time::Instant::now();
    while walk.harness.state().audio_state() == PlayState::Playing {
        for file in played(&log, 1) {
            std::fs::write(format!("{}.done", file.display()), "").expect("done");
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(walk.harness.state().audio_state(), PlayState::Idle);
    assert!(played(&log, 1).len() > 1, "the whole page was read");

    // The age question has no recording: no read-aloud button, and no banner
    // about it where reading starts.
    walk.go_on("welcome-start");
    walk.harness.run();
    assert!(walk.harness.query_by_label(&walk.t("read-aloud")).is_none());
    assert!(
        walk.harness
            .query_by_label_contains(&walk.t("audio-missing"))
            .is_none()
    );
}

#[test]
fn the_example_data_ribbon_shows_only_on_example_content() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content_dir = content_with(dir.path(), "");
    let countries = content_dir.join("countries.toml");
    let text = std::fs::read_to_string(&countries).expect("countries");
    assert!(text.contains("example_data = true"));
    std::fs::write(
        &countries,
        text.replace("example_data = true", "example_data = false"),
    )
    .expect("real data");
    std::fs::create_dir_all(dir.path().join("store")).expect("store folder");
    let mut walk = Walk::with_content("en", &dir.path().join("store"), &content_dir);
    walk.click("English");
    assert!(
        walk.harness
            .query_by_label(&walk.t("example-data"))
            .is_none(),
        "no ribbon on a deployment's own data"
    );
}

#[test]
fn a_device_that_cannot_play_sound_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content_dir = content_with(
        dir.path(),
        r#"audio_player = ["no-such-sound-player-here"]"#,
    );
    record_approved(&content_dir, "ar", &["language-choose"], 0.05);
    std::fs::create_dir_all(dir.path().join("store")).expect("store folder");
    let mut walk = Walk::with_content("ar", &dir.path().join("store"), &content_dir);
    let label = format!(
        "{}: العربية",
        walk.catalog
            .text(&walk.catalog.chain("fr", "fr"), "read-aloud", None)
            .text
    );
    walk.click(&label);
    let started = std::time::Instant::now();
    while !matches!(walk.harness.state().audio_state(), PlayState::Failed(_))
        && started.elapsed() < std::time::Duration::from_secs(20)
    {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(matches!(
        walk.harness.state().audio_state(),
        PlayState::Failed(_)
    ));
    walk.harness.run();
    let host = walk.catalog.chain("fr", "fr");
    let failed = walk.catalog.text(&host, "audio-failed", None).text;
    assert!(
        walk.harness.query_by_label(&failed).is_some(),
        "the failure is shown, in words"
    );
}

#[test]
fn every_screen_in_en_ar_ti_bn_portrait_and_landscape_to_docs() {
    let update = std::env::var_os("UPDATE_SCREENSHOTS").is_some_and(|v| v == "1");
    for (orientation, size) in [
        ("portrait", [1080.0, 1920.0]),
        ("landscape", [1920.0, 1080.0]),
    ] {
        let out = common::screenshot_folder("kiosk").join(orientation);
        every_screen(&out, size, update);
    }
}

#[test]
fn the_whole_flow_signs_on_a_1280_by_800_tablet() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::sized("en", dir.path(), [1280.0, 800.0]);
    walk.out = common::screenshot_folder("kiosk").join("tablet");
    walk.render = std::env::var_os("UPDATE_SCREENSHOTS").is_some_and(|v| v == "1");
    sign(&mut walk, "English", false);
}

/// Walks every screen in four languages on a screen of `size`. Every screen is
/// laid out (a missing glyph fails the test); the Arabic walk is also rendered
/// every time, and all of them when `render_all`.
fn every_screen(out: &Path, size: [f32; 2], render_all: bool) {
    for (tag, name) in [
        ("en", "English"),
        ("ar", "العربية"),
        ("ti", "ትግርኛ"),
        ("bn", "বাংলা"),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut walk = Walk::sized(tag, dir.path(), size);
        walk.out = out.to_path_buf();
        walk.render = render_all || tag == "ar";
        let reference = sign(&mut walk, name, true);
        walk.click(&walk.t("action-finished"));
        // Withdrawal: the code, what is withdrawn, the receipt.
        walk.click(name);
        walk.click(&walk.t("start-withdraw"));
        let field = walk.t("withdraw-enter-code");
        walk.harness
            .get_by_role_and_label(egui::Role::TextInput, &field)
            .set_text_value_accesskit(&reference.to_string());
        walk.harness.run();
        walk.screenshot();
        walk.go_on("action-continue");
        walk.screenshot();
        walk.go_on("withdraw-confirm");
        walk.screenshot();
        walk.click(&walk.t("action-finished"));
        // Under 18.
        walk.click(name);
        walk.go_on("welcome-start");
        walk.screenshot();
        walk.click(&walk.t("age-no"));
        walk.screenshot();
        walk.click(&walk.t("nav-home"));
        // Rights from the overview; an option's last part with its ways on; legal help.
        walk.click(name);
        walk.go_on("welcome-start");
        walk.click(&walk.t("age-yes"));
        walk.click(&walk.t("overview-open-rights"));
        walk.screenshot();
        walk.click(&format!("{} {}", back_arrow(walk.rtl), walk.t("nav-back")));
        let open = walk.t("overview-open-option");
        walk.click(&format!("{open}: {}", walk.t("option-asylum-title")));
        walk.read_parts_until("action-legal-help");
        walk.screenshot();
        walk.click(&walk.t("action-legal-help"));
        walk.screenshot();
        walk.leave();
        // The ways out of a consent step, and the idle prompt.
        for action in [
            "action-more-time",
            "action-talk-counsellor",
            "action-pressured",
        ] {
            walk.click(name);
            walk.go_on("welcome-start");
            walk.click(&walk.t("age-yes"));
            let open = walk.t("overview-open-option");
            walk.click(&format!(
                "{open}: {}",
                walk.t("option-voluntary-return-title")
            ));
            walk.read_parts_then("country-choose");
            let georgia = walk.t("country-ge-name");
            walk.press(By::Contains(&georgia), 0);
            walk.go_on("action-choose-this-country");
            walk.click(&walk.t(action));
            walk.screenshot();
            walk.leave();
        }
        // The idle prompt, on a reading page (which waits twice as long).
        walk.click(name);
        walk.clock.advance(time::Duration::seconds(125));
        walk.harness.run();
        assert!(
            walk.harness
                .query_by_label(&walk.t("idle-continue"))
                .is_some(),
            "the idle prompt shows"
        );
        walk.screenshot();
    }
}

/// A copy of the bundled content with one more line in `deployment.toml`.
fn content_with(dir: &Path, setting: &str) -> std::path::PathBuf {
    let content_dir = dir.join("content");
    common::copy_dir(&root().join("content"), &content_dir);
    let deployment = content_dir.join("deployment.toml");
    let settings = std::fs::read_to_string(&deployment).expect("settings");
    std::fs::write(&deployment, format!("{settings}\n{setting}\n")).expect("settings written");
    content_dir
}

fn wait_for_print(walk: &mut Walk<'_>) -> consent_kiosk::ui::kiosk::PrintState {
    let started = std::time::Instant::now();
    while walk.harness.state().print_state() == consent_kiosk::ui::kiosk::PrintState::Printing
        && started.elapsed() < std::time::Duration::from_secs(30)
    {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    walk.harness.run();
    walk.harness.state().print_state()
}

#[test]
fn a_receipt_prints_through_cups_and_its_hash_is_kept_on_the_record() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content_dir = content_with(dir.path(), r#"printer = "consent-kiosk-test""#);
    std::fs::create_dir_all(dir.path().join("store")).expect("store folder");
    let mut walk = Walk::with_content("ar", &dir.path().join("store"), &content_dir);
    walk.tag = "ar-print".into();
    let reference = sign(&mut walk, "العربية", false);
    let out = Path::new("/var/tmp/consent-kiosk-test-printer.out");
    let _ = std::fs::remove_file(out);
    walk.click(&walk.t("receipt-print"));
    assert_eq!(
        wait_for_print(&mut walk),
        consent_kiosk::ui::kiosk::PrintState::Printed
    );
    assert!(
        walk.harness
            .query_by_label(&walk.t("receipt-printed"))
            .is_some()
    );
    walk.screenshot();
    let mut printed = Vec::new();
    for _ in 0..200 {
        printed = std::fs::read(out).unwrap_or_default();
        if printed.ends_with(b"%%EOF") || printed.ends_with(b"%%EOF\n") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let consent = walk
        .harness
        .state()
        .store()
        .find_by_reference(&reference)
        .expect("query")
        .expect("stored");
    assert_eq!(
        consent.receipts,
        [consent_kiosk::receipt::sha256_hex(&printed)],
        "the paper matches the record"
    );
}

#[test]
fn a_printer_that_fails_is_said_plainly_with_try_again_and_the_code_stays() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content_dir = content_with(dir.path(), r#"printer = "no-such-printer-here""#);
    std::fs::create_dir_all(dir.path().join("store")).expect("store folder");
    let mut walk = Walk::with_content("en", &dir.path().join("store"), &content_dir);
    walk.tag = "en-print-fails".into();
    let reference = sign(&mut walk, "English", false);
    walk.click(&walk.t("receipt-print"));
    assert!(matches!(
        wait_for_print(&mut walk),
        consent_kiosk::ui::kiosk::PrintState::Failed(_)
    ));
    assert!(
        walk.harness
            .query_by_label(&walk.t("receipt-print-again"))
            .is_some()
    );
    walk.screenshot();
    walk.click(&walk.t("receipt-show-code"));
    assert_eq!(
        walk.harness.state().print_state(),
        consent_kiosk::ui::kiosk::PrintState::Idle
    );
    assert!(
        walk.harness
            .query_by_label_contains(&reference.to_string())
            .is_some(),
        "the code is still on the screen"
    );
}

/// Every kiosk screen, reached by pressing through AccessKit: on its first frame
/// every button can be pressed and focus is on its heading (or first text). The
/// name is set as a screen reader sets it, and read back.
#[test]
fn every_kiosk_screen_can_be_operated_and_is_announced_from_its_first_frame() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::new("en", dir.path());
    walk.tag = "en-first-frames".into();
    walk.screen_reader = true;
    let reference = sign(&mut walk, "English", true);
    let store = walk.harness.state().store();
    let consent = store
        .find_by_reference(&reference)
        .expect("query")
        .expect("stored");
    assert!(
        consent.record.signatures.iter().any(|s| matches!(
            &s.kind,
            consent_kiosk::consent::SignatureKind::Typed { name } if name.as_str() == "Zed Testperson"
        )),
        "the name set by the screen reader is signed"
    );
    walk.click(&walk.t("action-finished"));
    walk.click("English");
    walk.click(&walk.t("start-withdraw"));
    let field = walk.t("withdraw-enter-code");
    walk.harness
        .get_by_role_and_label(egui::Role::TextInput, &field)
        .set_text_value_accesskit(&reference.to_string());
    walk.harness.run();
    walk.go_on("action-continue");
    walk.go_on("withdraw-confirm");
    walk.click(&walk.t("action-finished"));
    walk.click("English");
    walk.go_on("welcome-start");
    walk.click(&walk.t("age-no"));
    walk.leave();
    for action in [
        "action-more-time",
        "action-talk-counsellor",
        "action-pressured",
    ] {
        reach_items(&mut walk, "English");
        walk.click(&walk.t(action));
        walk.leave();
    }
    walk.click("English");
    walk.go_on("welcome-start");
    walk.click(&walk.t("age-yes"));
    walk.click(&walk.t("overview-open-rights"));
    walk.leave();
    let every = [
        "Start",
        "Welcome",
        "Age",
        "MinorInfo",
        "Overview",
        "Option",
        "Countries",
        "Country",
        "Page",
        "Item",
        "Check",
        "Review",
        "Sign",
        "Receipt",
        "MoreTime",
        "Counsellor",
        "Pressured",
        "WithdrawCode",
        "WithdrawConfirm",
        "WithdrawDone",
    ];
    let missing: Vec<_> = every
        .iter()
        .filter(|kind| !walk.arrived.contains(**kind))
        .collect();
    assert!(missing.is_empty(), "screens not checked: {missing:?}");
}

/// The idle warning is a polite live region whose words change when it opens
/// and at 10 seconds left, not every second.
#[test]
fn the_idle_countdown_is_announced_politely_at_its_start_and_at_ten_seconds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::new("en", dir.path());
    walk.tag = "en-countdown".into();
    reach_items(&mut walk, "English");
    let warning = i64::from(walk.content.deployment.idle_warning_seconds);
    let reset = i64::from(walk.content.deployment.idle_reset_seconds);
    let said = |walk: &Walk<'_>, seconds: i64| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("seconds", seconds);
        common::screen::plain(
            &walk
                .catalog
                .text(&walk.chain, "idle-warning", Some(&args))
                .text,
        )
    };
    let live = |walk: &Walk<'_>| common::access::live_regions(&walk.harness);
    walk.clock.advance(time::Duration::seconds(warning));
    walk.harness.run();
    let at_start = vec![(egui::accesskit::Live::Polite, said(&walk, reset - warning))];
    assert_eq!(live(&walk), at_start, "announced when it opens");
    walk.clock.advance(time::Duration::seconds(3));
    walk.harness.run();
    assert_eq!(live(&walk), at_start, "not every second");
    walk.clock
        .advance(time::Duration::seconds(reset - warning - 3 - 8));
    walk.harness.run();
    let at_ten = vec![(egui::accesskit::Live::Polite, said(&walk, 10))];
    assert_eq!(live(&walk), at_ten, "announced again at 10 seconds left");
    walk.clock.advance(time::Duration::seconds(2));
    walk.harness.run();
    assert_eq!(live(&walk), at_ten);
}

/// The bundled content with one setting's line taken out, so its default applies.
fn content_without(dir: &Path, key: &str) -> std::path::PathBuf {
    let content_dir = dir.join("content");
    common::copy_dir(&root().join("content"), &content_dir);
    let deployment = content_dir.join("deployment.toml");
    let settings = std::fs::read_to_string(&deployment).expect("settings");
    let kept: Vec<&str> = settings
        .lines()
        .filter(|line| !line.trim_start().starts_with(key))
        .collect();
    assert!(kept.len() < settings.lines().count(), "{key} was set");
    std::fs::write(&deployment, kept.join("\n")).expect("settings written");
    content_dir
}

#[test]
fn alone_in_a_draft_translation_signing_waits_for_a_counsellor_but_english_signs() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A real centre's default: no signing alone in an unreviewed translation.
    let content_dir = content_without(dir.path(), "sign_alone_in_draft_locales");
    for store in ["draft", "source"] {
        std::fs::create_dir_all(dir.path().join(store)).expect("store folder");
    }
    {
        let mut walk = Walk::with_content("ar", &dir.path().join("draft"), &content_dir);
        walk.tag = "ar-draft-alone".into();
        walk.click("العربية");
        walk.go_on("welcome-start");
        walk.click(&walk.t("age-yes"));
        let open = walk.t("overview-open-option");
        walk.click(&format!(
            "{open}: {}",
            walk.t("option-voluntary-return-title")
        ));
        walk.read_parts_then("country-choose");
        let georgia = walk.t("country-ge-name");
        walk.press(By::Contains(&georgia), 0);
        // Everything could be read; signing is where it stops.
        assert_eq!(walk.screen(), Screen::Country("GE".into()));
        walk.go_on("action-choose-this-country");
        walk.screenshot();
        assert_eq!(walk.screen(), Screen::Counsellor);
        let notice = walk.t("rule-draft-locale-alone");
        assert!(
            walk.harness.query_by_label(&notice).is_some(),
            "the reason is on screen, in the person's language"
        );
        assert_eq!(walk.harness.state().store().event_count(), 0);
    }
    let mut walk = Walk::with_content("en", &dir.path().join("source"), &content_dir);
    walk.tag = "en-source-alone".into();
    sign(&mut walk, "English", false);
}

#[test]
fn not_sure_of_ones_age_takes_the_childs_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::new("so", dir.path());
    walk.click("Soomaali");
    walk.go_on("welcome-start");
    walk.click(&walk.t("age-unsure"));
    assert_eq!(walk.screen(), Screen::MinorInfo);
    assert!(walk.harness.state().session().is_minor());
}

#[test]
fn a_country_paused_in_one_region_asks_which_region_and_refuses_that_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::new("fa", dir.path());
    walk.tag = "fa-region".into();
    walk.click("دری / فارسی");
    walk.go_on("welcome-start");
    walk.click(&walk.t("age-yes"));
    let open = walk.t("overview-open-option");
    walk.click(&format!(
        "{open}: {}",
        walk.t("option-voluntary-return-title")
    ));
    walk.read_parts_then("country-choose");
    let nigeria = walk.t("country-ng-name");
    walk.press(By::Contains(&nigeria), 0);
    walk.go_on("action-choose-this-country");
    assert_eq!(walk.screen(), Screen::Region("NG".into()));
    walk.screenshot();
    let paused = format!(
        "{} ({})",
        walk.t("area-ng-bo-name"),
        walk.t("region-paused")
    );
    walk.click(&paused);
    let notice = walk.t("region-not-selectable");
    assert!(
        walk.harness.query_by_label(&notice).is_some(),
        "the reason is on screen"
    );
    assert_eq!(walk.screen(), Screen::Region("NG".into()));
    // Every region of the country is listed; the one chosen is recorded.
    walk.click(&walk.t("area-ng-la-name"));
    assert_eq!(walk.screen(), Screen::Item(0));
}

/// Every option's page ends the same way: "Get legal help" and "Talk to a
/// counsellor" beside its way on, and legal help lists the deployment's contacts.
#[test]
fn every_option_ends_with_legal_help_and_a_counsellor() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::new("en", dir.path());
    walk.tag = "en-ways-on".into();
    walk.click("English");
    walk.go_on("welcome-start");
    walk.click(&walk.t("age-yes"));
    let options = walk.content.options.clone();
    for option in &options {
        let open = walk.t("overview-open-option");
        walk.click(&format!("{open}: {}", walk.t(&option.title)));
        assert_eq!(walk.screen(), Screen::Option(option.option));
        walk.read_parts_until("action-legal-help");
        assert!(
            walk.harness
                .query_by_label(&walk.t("action-talk-counsellor"))
                .is_some(),
            "{:?} offers a counsellor",
            option.option
        );
        walk.click(&walk.t("action-legal-help"));
        assert_eq!(walk.screen(), Screen::Page("legal-help".into()));
        for contact in walk.content.deployment.legal_aid.clone() {
            let line = format!("{}: {}", walk.t(&contact.label), contact.value);
            assert!(
                walk.harness.query_by_label(&line).is_some(),
                "{line} is shown"
            );
        }
        walk.leave();
        walk.click("English");
        walk.go_on("welcome-start");
        walk.click(&walk.t("age-yes"));
    }
    // The counsellor from an option's page.
    let open = walk.t("overview-open-option");
    walk.click(&format!("{open}: {}", walk.t("option-appeal-title")));
    walk.read_parts_until("action-talk-counsellor");
    walk.click(&walk.t("action-talk-counsellor"));
    assert_eq!(walk.screen(), Screen::Counsellor);
}
