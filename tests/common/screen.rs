//! The window, headless: the app in an egui_kittest harness with the bundled fonts,
//! where a missing glyph fails the test instead of drawing a box.

use consent_kiosk::text::font_definitions;
use consent_kiosk::ui::kiosk::KioskApp;
use eframe::egui;
use egui_kittest::Harness;

/// `app` in a harness of `size` points, rendered with wgpu (for screenshots).
pub fn harness<'a>(app: KioskApp, size: [f32; 2]) -> Harness<'a, KioskApp> {
    Harness::builder()
        .with_size(size)
        .with_pixels_per_point(1.0)
        .with_context_setup(|ctx| {
            ctx.set_fonts(font_definitions());
            ctx.set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Panic);
        })
        .wgpu()
        .build_ui_state(|ui, app: &mut KioskApp| app.frame_ui(ui), app)
}

/// Text as a screen reader gets it: without Fluent's isolation marks.
pub fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
        .collect()
}

/// Renders `harness` and saves it as `folder/<name>-<nn>-<what>.png`; a render
/// error fails the test.
pub fn save_screenshot<State>(
    harness: &mut Harness<'_, State>,
    folder: &std::path::Path,
    name: &str,
    shot: usize,
    what: &str,
) {
    harness.run();
    std::fs::create_dir_all(folder).expect("folder");
    let image = harness.render().expect("the screen renders");
    image
        .save(folder.join(format!("{name}-{shot:02}-{what}.png")))
        .expect("saved");
}
