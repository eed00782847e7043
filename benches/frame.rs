//! The whole frame of a screen change where every word is new, on a portrait
//! kiosk (1080 × 1920): egui's pass (our layout of every paragraph), then
//! tessellation and painting with wgpu on this machine's renderer (a software
//! Vulkan driver here). The paint figure includes reading the image back, which a
//! window does not do: it is an upper bound.

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
use egui_kittest::kittest::Queryable;

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

fn main() {
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
