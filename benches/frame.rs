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
    let started = Instant::now();
    harness.step();
    let pass = started.elapsed();
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
    let mut welcome = Vec::new();
    let mut overview = Vec::new();
    for _ in 0..RUNS {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut harness = harness(dir.path());
        harness.run();
        // The renderer's pipelines are made once per window, not per screen.
        harness.render().expect("renders");
        let catalog =
            Catalog::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"))
                .expect("locales");
        let chain = catalog.chain("ar", "fr");
        let t = |id: &str| catalog.text(&chain, id, None).text;
        welcome.push(change(&mut harness, "العربية"));
        harness.get_by_label(&t("welcome-start")).click_accesskit();
        harness.run();
        overview.push(change(&mut harness, &t("age-yes")));
    }
    println!("A screen change at 1080 × 1920, every word new (Arabic), {RUNS} runs each:");
    report("start → welcome", welcome);
    report("age → overview (six option cards)", overview);
}
