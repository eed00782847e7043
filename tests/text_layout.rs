//! The text layer's geometry, checked on real galleys with the bundled fonts:
//! wrapped right-to-left paragraphs, mixed lines with codes and dates, invisible
//! isolation marks, and a mirrored bracket.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::Arc;

use consent_kiosk::text::{BaseDirection, TextStyle, font_definitions, layout};
use eframe::egui::{self, Color32, FontId, Galley};

fn context() -> egui::Context {
    let ctx = egui::Context::default();
    ctx.set_fonts(font_definitions());
    // Tofu in these tests is a bug: fail loudly instead of drawing boxes.
    ctx.set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Panic);
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    // No renderer here: the font atlas upload is not needed.
    output.textures_delta.clear();
    ctx
}

fn lay_out(
    ctx: &egui::Context,
    text: &str,
    base: BaseDirection,
    width: f32,
) -> (Arc<Galley>, bool) {
    let style = TextStyle {
        font_id: FontId::proportional(22.0),
        color: Color32::BLACK,
    };
    let laid_out = ctx.fonts_mut(|fonts| layout(fonts, text, base, &style, width));
    (laid_out.galley, laid_out.rtl)
}

/// Each row's characters, left to right as drawn.
fn rows(galley: &Galley) -> Vec<String> {
    galley
        .rows
        .iter()
        .map(|row| {
            let mut glyphs: Vec<(f32, char)> =
                row.glyphs.iter().map(|g| (g.pos.x, g.chr)).collect();
            glyphs.sort_by(|a, b| a.0.total_cmp(&b.0));
            glyphs.into_iter().map(|(_, c)| c).collect()
        })
        .collect()
}

/// x of the leftmost glyph of `c` in `row`.
fn x_of(galley: &Galley, row: usize, c: char) -> f32 {
    galley.rows[row]
        .glyphs
        .iter()
        .filter(|g| g.chr == c)
        .map(|g| g.pos.x)
        .fold(f32::INFINITY, f32::min)
}

#[test]
fn a_wrapped_rtl_paragraph_starts_on_the_top_row_at_the_right_edge() {
    let ctx = context();
    let text = "أولا تقرأ كل الخيارات المتاحة لك بهدوء ثم تقرر بنفسك ما هو الأفضل لحياتك ولا أحد يضغط عليك أبدا";
    let (galley, rtl) = lay_out(&ctx, text, BaseDirection::Rtl, 260.0);
    assert!(rtl);
    assert!(galley.rows.len() >= 3, "the paragraph wraps");
    // The first word (أولا) is on the top row, to the right of the second word (تقرأ).
    let top = &rows(&galley)[0];
    assert!(top.contains('أ') && top.contains('ت'), "{top}");
    assert!(x_of(&galley, 0, 'أ') > x_of(&galley, 0, 'ت'));
    // Every row ends at the same right edge.
    let right_edges: Vec<f32> = galley
        .rows
        .iter()
        .map(|row| {
            row.glyphs
                .iter()
                .map(|g| row.pos.x + g.pos.x + g.advance_width)
                .fold(0.0, f32::max)
        })
        .collect();
    let widest = right_edges.iter().copied().fold(0.0, f32::max);
    for edge in &right_edges {
        assert!(
            (widest - edge).abs() < 1.5,
            "rows align right: {right_edges:?}"
        );
    }
    // The last word is on the last row.
    assert!(rows(&galley).last().is_some_and(|row| row.contains('ب')));
}

#[test]
fn a_reference_code_and_a_date_keep_their_reading_order_inside_arabic() {
    let ctx = context();
    let text = "رمزك هو K7Q-4XM-92P وتنتهي المهلة في 28/11/2026 عند الساعة 14:30.";
    let (galley, _) = lay_out(&ctx, text, BaseDirection::Rtl, 2000.0);
    assert_eq!(galley.rows.len(), 1);
    let drawn = &rows(&galley)[0];
    assert!(drawn.contains("K7Q-4XM-92P"), "{drawn}");
    assert!(drawn.contains("28/11/2026"), "{drawn}");
    assert!(drawn.contains("14:30"), "{drawn}");
    // Logical order code → date → time reads right to left on screen.
    let code = drawn.find("K7Q").unwrap_or(0);
    let date = drawn.find("28/11").unwrap_or(0);
    let time = drawn.find("14:30").unwrap_or(0);
    assert!(time < date && date < code, "{drawn}");
    // The full stop ends the sentence at the left edge.
    assert!(drawn.starts_with('.'), "{drawn}");
}

#[test]
fn isolation_marks_render_as_nothing() {
    let ctx = context();
    let text = "تنتهي المهلة في \u{2068}28 نوفمبر 2026\u{2069} \u{2066}K7Q-4XM-92P\u{2069}";
    let (galley, _) = lay_out(&ctx, text, BaseDirection::Rtl, 2000.0);
    let drawn: String = rows(&galley).concat();
    for mark in ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'] {
        assert!(!drawn.contains(mark), "{mark:?} is not drawn");
    }
    assert!(drawn.contains("K7Q-4XM-92P"));
}

#[test]
fn brackets_are_mirrored_in_right_to_left_text() {
    let ctx = context();
    let (galley, _) = lay_out(&ctx, "المنظمة (IOM) تساعد", BaseDirection::Rtl, 2000.0);
    let drawn = &rows(&galley)[0];
    assert!(drawn.contains("(IOM)"), "{drawn}");
}

#[test]
fn user_text_takes_the_direction_of_its_first_strong_letter() {
    let ctx = context();
    let (_, rtl) = lay_out(&ctx, "123 مرحبا", BaseDirection::FirstStrong, 500.0);
    assert!(rtl);
    let (_, rtl) = lay_out(&ctx, "Amina مرحبا", BaseDirection::FirstStrong, 500.0);
    assert!(!rtl);
}

#[test]
fn ethiopic_and_bengali_are_drawn_with_their_fonts() {
    let ctx = context();
    let (galley, _) = lay_out(&ctx, "ስምምነትዎን መሰረዝ ይችላሉ।", BaseDirection::Ltr, 500.0);
    assert!(rows(&galley)[0].starts_with('ስ'));
    let (galley, _) = lay_out(
        &ctx,
        "আপনি যেকোনো সময় মত বদলাতে পারেন",
        BaseDirection::Ltr,
        500.0,
    );
    assert!(galley.size().x > 100.0);
}

#[test]
fn an_arabic_comma_stays_after_its_word() {
    let ctx = context();
    // Read right to left: "الأخرى" then "،" then "ويمكنك".
    let (galley, _) = lay_out(&ctx, "حقوقك الأخرى، ويمكنك", BaseDirection::Rtl, 2000.0);
    let comma = x_of(&galley, 0, '،');
    let before: f32 = galley.rows[0]
        .glyphs
        .iter()
        .filter(|g| g.chr == 'خ')
        .map(|g| g.pos.x)
        .fold(f32::INFINITY, f32::min);
    let after: f32 = galley.rows[0]
        .glyphs
        .iter()
        .filter(|g| g.chr == 'ي')
        .map(|g| g.pos.x)
        .fold(f32::INFINITY, f32::min);
    assert!(comma < before, "the comma is left of the word it follows");
    assert!(comma > after, "and right of the next word");
}

#[test]
fn arabic_indic_and_persian_digits_read_left_to_right() {
    let ctx = context();
    for (text, number) in [
        (
            "ماوەی بیرکردنەوە لە ٢٧ی تشرینی دووەمی ٢٠٢٦ کاتژمێر ١٤:٠٠",
            "٢٠٢٦",
        ),
        (
            "مهلت فکر کردن در ۲۷ نوامبر ۲۰۲۶ ساعت ۱۴:۰۰ تمام می‌شود",
            "۲۰۲۶",
        ),
    ] {
        let (galley, _) = lay_out(&ctx, text, BaseDirection::Rtl, 2000.0);
        let drawn = &rows(&galley)[0];
        assert!(drawn.contains(number), "{drawn}");
        let time = if number == "٢٠٢٦" {
            "١٤:٠٠"
        } else {
            "۱۴:۰۰"
        };
        assert!(drawn.contains(time), "{drawn}");
    }
}

#[test]
fn a_wrapped_paragraph_never_overflows_its_width() {
    let ctx = context();
    let text = "Do you agree that your information is used to organise your return and support, and that only the staff who organise your help will see it?";
    for width in [200.0, 333.0, 500.0, 860.0] {
        let (galley, _) = lay_out(&ctx, text, BaseDirection::Ltr, width);
        assert!(
            galley.size().x <= width + 0.5,
            "{} > {width}",
            galley.size().x
        );
        let (galley, _) = lay_out(
            &ctx,
            "أنت تقرر بحرية. لا يحق لأحد أن يضغط عليك، وإذا قلت «لا» فلن يؤثر ذلك سلبًا على المساعدة التي تحصل عليها هنا",
            BaseDirection::Rtl,
            width,
        );
        assert!(
            galley.size().x <= width + 0.5,
            "{} > {width}",
            galley.size().x
        );
    }
}

/// The sections of a laid-out line, left to right as drawn.
fn drawn_sections(ctx: &egui::Context, text: &str, base: BaseDirection) -> Vec<String> {
    let style = TextStyle {
        font_id: FontId::proportional(22.0),
        color: Color32::BLACK,
    };
    let laid_out = ctx.fonts_mut(|fonts| layout(fonts, text, base, &style, 4000.0));
    let job = &laid_out.galley.job;
    job.sections
        .iter()
        .map(|s| {
            job.text[usize::from(s.byte_range.start)..usize::from(s.byte_range.end)].to_owned()
        })
        .collect()
}

#[test]
fn an_arabic_date_and_time_inside_a_sentence_read_as_a_browser_shows_them() {
    let ctx = context();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalog = consent_kiosk::i18n::Catalog::load(&root.join("locales")).expect("locales");
    let chain = catalog.chain("ar", "fr");
    let mut args = fluent_bundle::FluentArgs::new();
    args.set(
        "date",
        catalog
            .date(&chain, time::macros::date!(2026 - 11 - 05))
            .text,
    );
    args.set(
        "time",
        catalog.time_of_day(&chain, time::macros::time!(11:00)).text,
    );
    let sentence = catalog
        .text(&chain, "receipt-cooling-off-ends", Some(&args))
        .text;
    let drawn = drawn_sections(&ctx, &sentence, BaseDirection::Rtl).concat();
    // Read right to left: "قبل ٥ نوفمبر ٢٠٢٦ الساعة ١١:٠٠", so drawn left to right the
    // year is left of the month, the day right of it, and the time keeps its order.
    assert!(drawn.contains("١١:٠٠ الساعة ٢٠٢٦ نوفمبر ٥ قبل"), "{drawn}");
}
