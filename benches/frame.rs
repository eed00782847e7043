//! The whole frame of a screen change where every word is new, on a portrait
//! kiosk (1080 × 1920): egui's pass (our layout of every paragraph), then
//! tessellation and painting with wgpu on this machine's renderer (a software
//! Vulkan driver here). The paint figure includes reading the image back, which a
//! window does not do: it is an upper bound.
//!
//! And a keystroke in the editor (1280 × 800, three panes): the whole window's
//! frames from a letter typed into the translation until the kiosk preview shows
//! it (two frames: the field takes the letter, then the preview pane, drawn
//! before the field, draws it), the list, validation and both panes included.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::{Duration, Instant};

use consent_kiosk::clock::SystemClock;
use consent_kiosk::content::Content;
use consent_kiosk::i18n::Catalog;
use consent_kiosk::store::{Access, Store, StorePaths};
use consent_kiosk::text::font_definitions;
use consent_kiosk::ui::kiosk::KioskApp;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

const RUNS: usize = 8;

fn harness(dir: &std::path::Path) -> Harness<'static, KioskApp> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalog = Catalog::load(&root.join("locales")).expect("locales");
    let content = Content::load(&root.join("content"), &catalog).expect("content");
    let store = Store::open(&StorePaths::in_dir(dir), Access::ReadWrite).expect("store");
    let app = KioskApp::new(catalog, content, store, Box::new(SystemClock));
    Harness::builder()
        .with_size([1080.0, 1920.0])
        .with_pixels_per_point(1.0)
        .with_context_setup(|ctx| ctx.set_fonts(font_definitions()))
        .wgpu()
        .build_ui_state(|ui, app: &mut KioskApp| app.frame_ui(ui), app)
}

/// Touches `label`, lets the touch be applied, then times the next frame: the
/// first one of the new screen.
fn change(harness: &mut Harness<'_, KioskApp>, label: &str) -> [Duration; 3] {
    harness.get_by_label(label).click_accesskit();
    harness.step();
    let passes_before = harness.ctx.cumulative_pass_nr();
    let started = Instant::now();
    harness.step();
    let pass = started.elapsed();
    let passes = harness.ctx.cumulative_pass_nr() - passes_before;
    if passes > 1 {
        eprintln!("the frame took {passes} passes");
    }
    let shapes = harness.output().shapes.clone();
    let started = Instant::now();
    let primitives = harness.ctx.tessellate(shapes, 1.0);
    let tessellate = started.elapsed();
    assert!(!primitives.is_empty());
    let started = Instant::now();
    harness.render().expect("renders");
    [pass, tessellate, started.elapsed()]
}

fn report(what: &str, mut times: Vec<[Duration; 3]>) {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    times.sort_by_key(|[pass, tessellate, _]| *pass + *tessellate);
    let [pass, tessellate, paint] = times[times.len() / 2];
    let [worst_pass, worst_tessellate, _] = times[times.len() - 1];
    println!(
        "{what}: pass + tessellation median {:.1} ms (pass {:.1}, tessellation {:.1}), worst {:.1} ms; \
         painting with wgpu and reading the image back {:.1} ms",
        ms(pass + tessellate),
        ms(pass),
        ms(tessellate),
        ms(worst_pass + worst_tessellate),
        ms(paint),
    );
}

/// Signs an editor in, opens Arabic's `overview-title`, then types letters into
/// its translation one a frame; each frame timed whole.
fn editor_keystrokes() -> Vec<[Duration; 3]> {
    use consent_kiosk::consent::AccountRole;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temp dir");
    let catalog = Catalog::load(&root.join("locales")).expect("locales");
    let content = Content::load(&root.join("content"), &catalog).expect("content");
    let staff = catalog.chain(&content.deployment.host_locale, "en");
    let t = |id: &str| -> String {
        catalog
            .text(&staff, id, None)
            .text
            .chars()
            .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
            .collect()
    };
    let (account, passphrase, sign_in, translation) = (
        t("console-account-name"),
        t("console-passphrase"),
        t("console-sign-in"),
        t("editor-translation"),
    );
    let mut store = Store::open(&StorePaths::in_dir(dir.path()), Access::ReadWrite).expect("store");
    let now = time::OffsetDateTime::now_utc();
    store
        .create_account(
            "editor.bench",
            AccountRole::Editor,
            "bench secret 9",
            None,
            now,
        )
        .expect("account");
    let app = KioskApp::new(
        Catalog::load(&root.join("locales")).expect("locales"),
        content,
        store,
        Box::new(SystemClock),
    )
    .in_counsellor_mode();
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_pixels_per_point(1.0)
        .with_context_setup(|ctx| ctx.set_fonts(font_definitions()))
        .wgpu()
        .build_ui_state(|ui, app: &mut KioskApp| app.frame_ui(ui), app);
    harness.run();
    let field = |harness: &Harness<'_, KioskApp>, label: &str| {
        harness
            .get_by_role_and_label(eframe::egui::Role::TextInput, label)
            .set_text_value_accesskit(match label {
                l if l == account => "editor.bench",
                _ => "bench secret 9",
            });
    };
    field(&harness, &account);
    harness.run();
    field(&harness, &passphrase);
    harness.run();
    harness.get_by_label(&sign_in).click_accesskit();
    harness.run();
    for part in ["العربية", "overview · ", "overview-title · "] {
        harness
            .get_all_by_label_contains(part)
            .next()
            .expect("found")
            .click_accesskit();
        harness.run();
    }
    harness
        .get_by_role_and_label(eframe::egui::Role::TextInput, &translation)
        .focus();
    harness.run();
    harness.render().expect("renders");
    let mut times = Vec::new();
    for n in 0..45 {
        harness.event(eframe::egui::Event::Text("ب".to_owned()));
        // The field takes the letter in one frame; the preview pane, drawn before
        // the field, shows it in the next (which the first asks for): both timed.
        let started = Instant::now();
        harness.step();
        harness.step();
        let pass = started.elapsed();
        let shapes = harness.output().shapes.clone();
        let started = Instant::now();
        let primitives = harness.ctx.tessellate(shapes, 1.0);
        let tessellate = started.elapsed();
        assert!(!primitives.is_empty());
        let started = Instant::now();
        harness.render().expect("renders");
        let paint = started.elapsed();
        if n >= 5 {
            times.push([pass, tessellate, paint]);
        }
    }
    let typed = harness
        .get_by_role_and_label(eframe::egui::Role::TextInput, &translation)
        .value()
        .unwrap_or_default();
    assert!(
        typed.ends_with(&"ب".repeat(45)),
        "every letter reached the field"
    );
    // The preview shows the edit: its title is the typed text.
    assert!(
        harness
            .query_all_by_label_contains(&"ب".repeat(45))
            .any(|node| node.accesskit_node().role() != eframe::egui::accesskit::Role::TextInput),
        "the preview draws the typed words"
    );
    times
}

fn main() {
    let editor = editor_keystrokes();
    println!(
        "A letter typed into the editor's translation at 1280 × 800 (three panes, the kiosk preview redrawn), 40 keystrokes:"
    );
    report(
        "keystroke → the preview showing it (two whole editor frames)",
        editor,
    );
    let mut first = Vec::new();
    let mut overview = Vec::new();
    let mut options = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalog = Catalog::load(&root.join("locales")).expect("locales");
    let content = Content::load(&root.join("content"), &catalog).expect("content");
    let chain = catalog.chain("ar", "fr");
    let t = |id: &str| catalog.text(&chain, id, None).text;
    for _ in 0..RUNS {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut harness = harness(dir.path());
        harness.run();
        // The renderer's pipelines are made once per window, not per screen.
        harness.render().expect("renders");
        // The start screen waits for someone.
        for _ in 0..20 {
            harness.step();
        }
        // The first Arabic page: its glyphs are rasterised at each size for the
        // first time since the kiosk started (no hinting, one sub-pixel position
        // at the kiosk's sizes: see `ui::kiosk::apply_look`).
        first.push(change(&mut harness, "العربية"));
        harness.get_by_label(&t("welcome-start")).click_accesskit();
        harness.run();
        overview.push(change(&mut harness, &t("age-yes")));
        // Each option's first part: every word new, the glyphs already drawn once.
        for option in &content.options {
            let open = format!("{}: {}", t("overview-open-option"), t(&option.title));
            options.push(change(&mut harness, &open));
            let back = format!(
                "{} {}",
                consent_kiosk::text::back_arrow(true),
                t("nav-back")
            );
            harness.get_by_label(&back).click_accesskit();
            harness.run();
        }
    }
    println!("A screen change at 1080 × 1920 in Arabic, every word on it new, {RUNS} runs:");
    report(
        "start → the first Arabic page (its letters drawn for the first time)",
        first,
    );
    report("age → overview (six option cards)", overview);
    report("overview → an option's first part", options);
}
