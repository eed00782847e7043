//! Editor figures: opening the workspace over every bundled locale, and the
//! preview following a keystroke on a 400-word page (validate, apply to the
//! preview's words, draw the kiosk screen).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::{Duration, Instant};

use consent_kiosk::content::Content;
use consent_kiosk::editor::Workspace;
use consent_kiosk::editor::ftl_edit::validate;
use consent_kiosk::i18n::Catalog;
use consent_kiosk::text::font_definitions;
use consent_kiosk::ui::kiosk::{Look, preview_ui};
use eframe::egui;

const RUNS: usize = 40;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let (locales, content_dir) = (root.join("locales"), root.join("content"));
    let opens: Vec<Duration> = (0..10)
        .map(|_| {
            let started = Instant::now();
            let workspace = Workspace::open(&locales, &content_dir).expect("opens");
            assert!(workspace.locales().count() >= 14);
            started.elapsed()
        })
        .collect();

    let mut catalog = Catalog::load(&locales).expect("locales");
    let content = Content::load(&content_dir, &catalog).expect("content");
    // A 400-word overview: the title message is replaced by 400 words of Arabic.
    let words: Vec<String> = content
        .message_ids()
        .iter()
        .flat_map(|id| {
            catalog
                .text(&catalog.chain("ar", "fr"), id, None)
                .text
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .take(400)
        .collect();
    let page = words.join(" ");
    let english = catalog
        .text(&catalog.chain("en", "en"), "overview-title", None)
        .text;
    let ctx = egui::Context::default();
    ctx.set_fonts(font_definitions());
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(600.0, 4000.0),
        )),
        ..Default::default()
    };
    let mut keystrokes = Vec::new();
    for n in 0..RUNS + 5 {
        // Each keystroke adds a letter to the last word.
        let typed = format!("{page}{}", "ب".repeat(n + 1));
        let started = Instant::now();
        let entry = validate("overview-title", &typed, Some(&english)).expect("valid");
        assert!(catalog.override_message("ar", &entry));
        let mut output = ctx.run_ui(input(), |ui| {
            preview_ui(ui, &catalog, &content, "ar", "overview", Look::default());
        });
        // Tessellation is part of every frame; only the GPU upload and draw are not timed.
        let shapes = std::mem::take(&mut output.shapes);
        std::hint::black_box(ctx.tessellate(shapes, output.pixels_per_point));
        let took = started.elapsed();
        output.textures_delta.clear();
        if n >= 5 {
            keystrokes.push(took);
        }
    }
    let shown = catalog
        .text(&catalog.chain("ar", "fr"), "overview-title", None)
        .text;
    assert!(
        shown.split_whitespace().count() >= 400,
        "the preview draws the typed page"
    );
    println!("consent-kiosk editor benchmark\n");
    println!("{:<60} {:>10}", "", "median ms");
    println!(
        "{:<60} {:>10.1}",
        "workspace opens (every bundled locale)",
        median(opens).as_secs_f64() * 1e3
    );
    println!(
        "{:<60} {:>10.1}",
        "keystroke to tessellated preview frame, 400 words (ar; no GPU)",
        median(keystrokes).as_secs_f64() * 1e3
    );
}
