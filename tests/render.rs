//! Pages drawn headless (egui_kittest on wgpu) with the bundled fonts: a sample of
//! every locale saved as PNG for looking at, and snapshots of right-to-left,
//! Ethiopic and Bengali pages that a later change must not silently break.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};

use consent_kiosk::i18n::Catalog;
use consent_kiosk::text::{
    BaseDirection, TextStyle, back_arrow, button, font_definitions, next_arrow, paragraph,
    reading_row,
};
use eframe::egui::{self, Color32, FontId};
use egui_kittest::{Harness, SnapshotOptions};

const WIDTH: f32 = 520.0;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The page: the shared reference paragraphs (if any for this language), then
/// the kiosk's overview title, introduction and a mirrored back/next row.
fn sample_page(ui: &mut egui::Ui, catalog: &Catalog, tag: &str) {
    let locale = catalog.locale(tag).expect("locale");
    let base = BaseDirection::from(locale.meta.direction);
    let rtl = base == BaseDirection::Rtl;
    let body = TextStyle {
        font_id: FontId::proportional(22.0),
        color: Color32::from_gray(20),
    };
    let title = TextStyle {
        font_id: FontId::proportional(30.0),
        ..body.clone()
    };
    let chain = catalog.chain(tag, "fr");
    ui.spacing_mut().item_spacing.y = 10.0;
    paragraph(
        ui,
        &catalog.text(&chain, "overview-title", None).text,
        base,
        &title,
    );
    paragraph(
        ui,
        &catalog.text(&chain, "overview-intro", None).text,
        base,
        &body,
    );
    let reference = root()
        .join("tests/data/reference-texts")
        .join(format!("{tag}.txt"));
    if let Ok(text) = std::fs::read_to_string(reference) {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            paragraph(ui, line, base, &body);
        }
    }
    reading_row(ui, rtl, |ui| {
        let back = format!(
            "{} {}",
            back_arrow(rtl),
            catalog.text(&chain, "nav-back", None).text
        );
        let next = format!(
            "{} {}",
            catalog.text(&chain, "nav-next", None).text,
            next_arrow(rtl)
        );
        button(ui, &back, base, &body);
        button(ui, &next, base, &body);
    });
}

fn harness<'a>(catalog: &'a Catalog, tag: &'a str) -> Harness<'a> {
    let mut harness = Harness::builder()
        .with_size([WIDTH + 16.0, 900.0])
        .with_pixels_per_point(1.0)
        .with_theme(egui::Theme::Light)
        .with_context_setup(|ctx| {
            ctx.set_fonts(font_definitions());
            // A box instead of a letter is a bug here, not something to draw.
            ctx.set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Panic);
        })
        .wgpu()
        .build_ui(move |ui| sample_page(ui, catalog, tag));
    harness.run();
    harness.fit_contents();
    harness.run();
    harness
}

#[test]
fn every_locale_renders_a_sample_page() {
    let catalog = Catalog::load(&root().join("locales")).expect("locales");
    let out: PathBuf = root().join("target/screenshots");
    std::fs::create_dir_all(&out).expect("screenshot folder");
    for locale in catalog.locales() {
        let tag = locale.tag.to_string();
        let mut harness = harness(&catalog, &tag);
        let image = harness.render().expect("renders");
        assert!(image.width() > 100 && image.height() > 100);
        image.save(out.join(format!("{tag}.png"))).expect("saved");
    }
}

#[test]
fn rtl_ethiopic_and_bengali_pages_match_their_snapshots() {
    let catalog = Catalog::load(&root().join("locales")).expect("locales");
    // A few pixels differ between software renderers; a moved word differs by thousands.
    let options = SnapshotOptions::new().threshold(1.5).max_failed_pixels(200);
    let mut results = egui_kittest::SnapshotResults::new();
    for tag in ["ar", "fa", "ur", "ckb", "ti", "bn"] {
        let mut harness = harness(&catalog, tag);
        harness.snapshot_options(format!("sample-{tag}"), &options);
        results.extend_harness(&mut harness);
    }
    results.unwrap();
}
