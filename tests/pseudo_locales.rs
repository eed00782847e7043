//! The pseudo-locales on the kiosk's screens: en-XA (accented, a third longer)
//! and ar-XB (right to left), made from English. On each screen of the way to the
//! first consent item, no control reaches past the screen's edges or lies over
//! another, and in en-XA no words but the languages' own names are plain
//! English (words that did not come through the locales). The screens are saved
//! under docs/screenshots/pseudo/ with `UPDATE_SCREENSHOTS=1`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::path::Path;

use consent_kiosk::consent::ManualClock;
use consent_kiosk::content::Content;
use consent_kiosk::i18n::pseudo::{self, Pseudo};
use consent_kiosk::i18n::{Catalog, LocaleChain};
use consent_kiosk::kiosk::Screen;
use consent_kiosk::store::{Access, Store, StorePaths};
use consent_kiosk::ui::kiosk::KioskApp;
use eframe::egui::{self, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use time::macros::datetime;

const SIZE: [f32; 2] = [1080.0, 1920.0];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn loaded() -> (Catalog, Content) {
    let mut catalog = Catalog::load(&root().join("locales")).expect("locales");
    let mut content = Content::load(&root().join("content"), &catalog).expect("content");
    pseudo::offer(&mut catalog, &mut content.deployment.locales).expect("pseudo-locales");
    (catalog, content)
}

struct Walk<'a> {
    harness: Harness<'a, KioskApp>,
    catalog: Catalog,
    chain: LocaleChain,
    pseudo: Pseudo,
    shot: usize,
    /// Every locale's own name: plain words on purpose.
    names: Vec<String>,
}

impl Walk<'_> {
    fn new(pseudo: Pseudo, store_dir: &Path) -> Self {
        let (catalog, content) = loaded();
        let (app_catalog, app_content) = loaded();
        let store = Store::open(&StorePaths::in_dir(store_dir), Access::ReadWrite).expect("store");
        let clock = ManualClock::new(datetime!(2026-11-02 10:00 UTC));
        let app = KioskApp::new(app_catalog, app_content, store, Box::new(clock));
        let harness = common::screen::harness(app, SIZE);
        let chain = catalog.chain(pseudo.tag(), &content.deployment.host_locale);
        assert_eq!(chain.primary(), pseudo.tag());
        let names = catalog
            .locales()
            .map(|l| l.meta.native_name.clone())
            .collect();
        Self {
            harness,
            catalog,
            chain,
            pseudo,
            shot: 0,
            names,
        }
    }

    /// A message as a screen reader is given it (bidi marks are not spoken).
    fn t(&self, id: &str) -> String {
        let mut text = self.catalog.text(&self.chain, id, None).text;
        text.retain(|c| c != '\u{200F}');
        text
    }

    fn screen(&self) -> Screen {
        self.harness.state().session().screen().clone()
    }

    fn click(&mut self, label: &str) {
        let node = self
            .harness
            .get_all_by_label(label)
            .next()
            .unwrap_or_else(|| panic!("no control {label:?}"));
        node.scroll_to_me();
        self.harness.run();
        self.harness.get_by_label(label).click_accesskit();
        self.harness.run();
        self.harness.run();
    }

    /// Checks the screen as it is, and saves it.
    fn check(&mut self, what: &str) {
        // Saved first, so a failing screen can be looked at.
        let folder = common::screenshot_folder("pseudo");
        common::screen::save_screenshot(
            &mut self.harness,
            &folder,
            self.pseudo.tag(),
            self.shot,
            what,
        );
        self.shot += 1;
        let width = SIZE[0];
        let mut buttons: Vec<(String, egui::Rect)> = Vec::new();
        for node in self.harness.query_all(by().predicate(|_| true)) {
            let access = node.accesskit_node();
            let label = access.label().unwrap_or_default();
            if label.is_empty() {
                continue;
            }
            let rect = node.rect();
            // Nothing reaches past the left or right edge (a cut-off word).
            assert!(
                rect.min.x >= -0.5 && rect.max.x <= width + 0.5,
                "{} {what}: {label:?} reaches past the screen's edge: {rect:?}",
                self.pseudo.tag()
            );
            if access.role() == Role::Button {
                buttons.push((label.clone(), rect));
            }
            // The start screen is in the host language, before anyone chooses.
            if self.pseudo == Pseudo::Accented && self.shot > 1 {
                let plain = plain_english(&common::screen::plain(&label));
                let names = &self.names;
                let left: Vec<&String> = plain
                    .iter()
                    .filter(|w| !names.iter().any(|n| n.contains(w.as_str())))
                    .collect();
                assert!(
                    left.is_empty(),
                    "en-XA {what}: {label:?} has words that did not come from the locales: {left:?}"
                );
            }
        }
        // No two controls lie over each other.
        for (i, (a, ra)) in buttons.iter().enumerate() {
            for (b, rb) in &buttons[i + 1..] {
                let overlap = ra.intersect(*rb);
                assert!(
                    overlap.width() <= 1.0 || overlap.height() <= 1.0,
                    "{} {what}: {a:?} {ra:?} lies over {b:?} {rb:?}",
                    self.pseudo.tag()
                );
            }
        }
    }
}

/// Words of three or more plain ASCII letters: in en-XA every word the locales
/// give is accented, so such a word came from somewhere else.
fn plain_english(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_owned)
        .collect()
}

fn walk_to_the_first_item(pseudo: Pseudo) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut walk = Walk::new(pseudo, dir.path());
    walk.check("start");
    walk.click(pseudo.native_name());
    assert_eq!(walk.screen(), Screen::Welcome);
    walk.check("welcome");
    walk.click(&walk.t("welcome-start"));
    walk.check("age");
    walk.click(&walk.t("age-yes"));
    assert_eq!(walk.screen(), Screen::Overview);
    walk.check("overview");
    let open = walk.t("overview-open-option");
    let option = format!("{open}: {}", walk.t("option-voluntary-return-title"));
    walk.click(&option);
    walk.check("option");
    let choose = walk.t("country-choose");
    for _ in 0..60 {
        if walk.harness.query_by_label(&choose).is_some() {
            break;
        }
        walk.click(&walk.t("nav-next"));
    }
    walk.click(&choose);
    walk.check("countries");
    let georgia = walk.t("country-ge-name");
    let tile = walk
        .harness
        .get_all_by_label_contains(&georgia)
        .next()
        .expect("Georgia")
        .accesskit_node()
        .label()
        .expect("label");
    walk.click(&tile);
    walk.click(&walk.t("action-choose-this-country"));
    assert_eq!(walk.screen(), Screen::Item(0));
    walk.check("item");
}

#[test]
fn accented_english_shows_no_untranslated_or_cut_off_text() {
    walk_to_the_first_item(Pseudo::Accented);
}

#[test]
fn right_to_left_english_mirrors_without_cut_off_or_overlapping_controls() {
    walk_to_the_first_item(Pseudo::Mirrored);
}

#[test]
fn pseudo_locales_are_offered_only_when_asked() {
    let catalog = Catalog::load(&root().join("locales")).expect("locales");
    let content = Content::load(&root().join("content"), &catalog).expect("content");
    assert!(catalog.locale(pseudo::ACCENTED).is_none());
    assert!(
        !content
            .deployment
            .locales
            .iter()
            .any(|t| t == pseudo::ACCENTED || t == pseudo::MIRRORED)
    );
    let (catalog, content) = loaded();
    let mirrored = catalog.locale(pseudo::MIRRORED).expect("ar-XB");
    assert_eq!(mirrored.meta.direction, consent_kiosk::i18n::Direction::Rtl);
    assert!(!mirrored.meta.is_reviewed());
    assert!(content.deployment.locales.iter().any(|t| t == "en-XA"));
    let chain = catalog.chain("en-XA", "fr");
    let title = catalog.text(&chain, "welcome-title", None).text;
    assert!(
        title.starts_with("[Ŵéļçöɱé") && title.ends_with(']'),
        "{title}"
    );
}

/// Offered: in the catalog and among the deployment's languages.
fn offers_pseudo_locales(app: &KioskApp) -> bool {
    [pseudo::ACCENTED, pseudo::MIRRORED].iter().all(|tag| {
        app.catalog().locale(tag).is_some()
            && app.content().deployment.locales.iter().any(|t| t == tag)
    })
}

#[test]
fn pseudo_locales_from_the_deployment_or_the_switch_stay_after_a_publication() {
    use consent_kiosk::consent::Clock;
    use std::sync::Arc;
    // The deployment's setting alone, then the switch alone.
    for (setting, switch) in [("pseudo_locales = true", false), ("", true)] {
        let dir = tempfile::tempdir().expect("temp dir");
        let (content_dir, locales_dir) = (dir.path().join("content"), dir.path().join("locales"));
        common::copy_dir(&root().join("content"), &content_dir);
        common::copy_dir(&root().join("locales"), &locales_dir);
        let deployment = content_dir.join("deployment.toml");
        let settings = std::fs::read_to_string(&deployment).expect("settings");
        std::fs::write(&deployment, format!("{settings}\n{setting}\n")).expect("written");
        let catalog = Catalog::load(&locales_dir).expect("locales");
        let content = Content::load(&content_dir, &catalog).expect("content");
        let store = Store::open(
            &StorePaths::in_dir(dir.path().join("store")),
            Access::ReadWrite,
        )
        .expect("store");
        let clock = Arc::new(ManualClock::new(datetime!(2026-11-02 10:00 UTC)));
        let app = KioskApp::new(catalog, content, store, Box::new(Arc::clone(&clock)))
            .with_pseudo_locales(switch);
        assert!(offers_pseudo_locales(&app), "{setting:?} {switch}: offered");
        let mut harness = common::screen::harness(app, SIZE);
        harness.run();
        // An editor changes a word and publishes; the kiosk takes it between people.
        let nav = locales_dir.join("en/kiosk.ftl");
        let ftl = std::fs::read_to_string(&nav).expect("read");
        std::fs::write(
            &nav,
            ftl.replacen("nav-next = Next\n", "nav-next = Onwards\n", 1),
        )
        .expect("write");
        let mut desk = Store::open(
            &StorePaths::in_dir(dir.path().join("desk")),
            Access::ReadWrite,
        )
        .expect("store");
        let published = consent_kiosk::editor::publish::publish(
            &mut desk,
            "editor.one",
            &content_dir,
            &locales_dir,
            clock.now(),
        )
        .expect("published");
        clock.advance(time::Duration::seconds(6));
        harness.run();
        let app = harness.state();
        assert_eq!(app.content().version, published.version, "taken");
        assert!(
            offers_pseudo_locales(app),
            "{setting:?} {switch}: still offered after the publication"
        );
        let chain = app.catalog().chain(pseudo::ACCENTED, "fr");
        let next = app.catalog().text(&chain, "nav-next", None).text;
        assert!(
            next.contains("Öñŵáŕðš"),
            "made from the new English: {next}"
        );
    }
}
