//! Text figures: laying out a 400-word Arabic page at kiosk width the first time,
//! and what a steady frame that changes nothing spends on its text.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::{Duration, Instant};

use consent_kiosk::content::Content;
use consent_kiosk::i18n::Catalog;
use consent_kiosk::text::{
    BaseDirection, TextStyle, cached_layout, font_definitions, layout, paragraph,
};
use eframe::egui::{self, Color32, FontId};

const RUNS: usize = 30;
const WIDTH: f32 = 1000.0;

/// 400 words of the kiosk's own Arabic (the bundled pages, in order), with a
/// reference code, a date and a time; `variant` makes a text no cache has seen.
fn page(tag: &str, variant: usize) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalog = Catalog::load(&root.join("locales")).expect("locales");
    let content = Content::load(&root.join("content"), &catalog).expect("content");
    let chain = catalog.chain(tag, "fr");
    let mut words: Vec<String> = vec![
        variant.to_string(),
        "K7Q-4XM-92P".into(),
        "27/11/2026".into(),
        "14:00".into(),
    ];
    for id in content.message_ids() {
        words.extend(
            catalog
                .text(&chain, id, None)
                .text
                .split_whitespace()
                .map(str::to_owned),
        );
    }
    words.truncate(400);
    // Each variant starts elsewhere, so its rows are new to every cache.
    words.rotate_left(variant * 37 % 400);
    words.join(" ")
}

fn context() -> egui::Context {
    let ctx = egui::Context::default();
    ctx.set_fonts(font_definitions());
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    ctx
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let text = page("ar", 0);
    let style = TextStyle {
        font_id: FontId::proportional(24.0),
        color: Color32::BLACK,
    };
    // First layout of a page no cache has seen, in a kiosk that has already drawn
    // Arabic (its glyphs are in the atlas), and in a brand-new context (cold).
    let warm_ctx = context();
    // Another page in Arabic script (Persian) has been drawn before.
    warm_ctx.fonts_mut(|fonts| layout(fonts, &page("fa", 0), BaseDirection::Rtl, &style, WIDTH));
    let pages: Vec<String> = (1..=RUNS).map(|variant| page("ar", variant)).collect();
    let first: Vec<Duration> = pages
        .iter()
        .map(|page| {
            let started = Instant::now();
            let laid_out =
                warm_ctx.fonts_mut(|fonts| layout(fonts, page, BaseDirection::Rtl, &style, WIDTH));
            let took = started.elapsed();
            assert!(laid_out.galley.rows.len() > 10);
            took
        })
        .collect();
    let cold: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let ctx = context();
            let started = Instant::now();
            ctx.fonts_mut(|fonts| layout(fonts, &text, BaseDirection::Rtl, &style, WIDTH));
            started.elapsed()
        })
        .collect();
    // Steady frame: the page is already laid out; a frame only looks it up and paints.
    let ctx = context();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(WIDTH + 16.0, 4000.0),
        )),
        ..Default::default()
    };
    let frame = |ctx: &egui::Context| {
        let mut output = ctx.run_ui(input(), |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                paragraph(ui, &text, BaseDirection::Rtl, &style);
            });
        });
        output.textures_delta.clear();
        // Tessellation is part of every frame; only the GPU upload and draw are not timed.
        let shapes = std::mem::take(&mut output.shapes);
        std::hint::black_box(ctx.tessellate(shapes, output.pixels_per_point));
    };
    frame(&ctx);
    frame(&ctx);
    let lookups: Vec<Duration> = (0..RUNS * 10)
        .map(|_| {
            let started = Instant::now();
            let laid_out = cached_layout(&ctx, &text, BaseDirection::Rtl, &style, WIDTH);
            std::hint::black_box(laid_out);
            started.elapsed()
        })
        .collect();
    let frames: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            frame(&ctx);
            started.elapsed()
        })
        .collect();
    println!(
        "consent-kiosk text benchmark ({} words of Arabic at {WIDTH} points, median of {RUNS})\n",
        text.split_whitespace().count()
    );
    println!("{:<52} {:>9}", "what", "ms");
    println!(
        "{:<52} {:>9.3}",
        "first layout, every word new (one sample)",
        first[0].as_secs_f64() * 1e3
    );
    println!(
        "{:<52} {:>9.3}",
        "first layout of a page, words seen on other pages",
        median(first[1..].to_vec()).as_secs_f64() * 1e3
    );
    println!(
        "{:<52} {:>9.3}",
        "  same, in a new context (glyphs not yet drawn)",
        median(cold).as_secs_f64() * 1e3
    );
    println!(
        "{:<52} {:>9.3}",
        "steady frame: text lookup from the cache",
        median(lookups).as_secs_f64() * 1e3
    );
    println!(
        "{:<52} {:>9.3}",
        "steady frame: egui run + tessellation (no GPU)",
        median(frames).as_secs_f64() * 1e3
    );
}
