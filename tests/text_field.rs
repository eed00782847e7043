//! The one-line text field (`ui::field::text_field`) driven as a person types:
//! Arabic and Persian typed key by key, the caret moved by the arrows as it is
//! seen, Backspace on graphemes, selection, undo, and the value a screen reader
//! reads back, in the order it is written.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use consent_kiosk::text::{TextStyle, font_definitions};
use consent_kiosk::ui::field::text_field;
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const LABEL: &str = "Name of the person signing";

fn harness() -> Harness<'static, String> {
    let mut harness = Harness::builder()
        .with_size([600.0, 120.0])
        .with_pixels_per_point(1.0)
        .with_context_setup(|ctx| ctx.set_fonts(font_definitions()))
        .build_ui_state(
            |ui, text: &mut String| {
                let style = TextStyle {
                    font_id: egui::FontId::proportional(28.0),
                    color: egui::Color32::BLACK,
                };
                text_field(ui, text, &style, LABEL, 560.0, 60.0);
            },
            String::new(),
        );
    harness.run();
    harness.get_by_label(LABEL).focus();
    harness.run();
    harness
}

fn type_text(harness: &mut Harness<'_, String>, text: &str) {
    harness.get_by_label(LABEL).type_text(text);
    harness.run();
}

fn key(harness: &mut Harness<'_, String>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn with(harness: &mut Harness<'_, String>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// What assistive technology reads: the field's value.
fn spoken(harness: &Harness<'_, String>) -> String {
    harness.get_by_label(LABEL).value().unwrap_or_default()
}

#[test]
fn latin_typing_home_and_end_insert_where_the_caret_is() {
    let mut h = harness();
    type_text(&mut h, "abc");
    assert_eq!(h.state(), "abc");
    key(&mut h, Key::Home);
    type_text(&mut h, "x");
    assert_eq!(h.state(), "xabc");
    key(&mut h, Key::End);
    key(&mut h, Key::ArrowLeft);
    type_text(&mut h, "y");
    assert_eq!(h.state(), "xabyc");
    assert_eq!(spoken(&h), "xabyc");
}

#[test]
fn in_arabic_the_arrows_move_as_the_caret_is_seen() {
    let mut h = harness();
    type_text(&mut h, "سلا");
    // The caret is after the last letter: at the left end of the word. Right moves
    // it back one letter (towards the start of the reading), where a letter goes in.
    key(&mut h, Key::ArrowRight);
    type_text(&mut h, "ب");
    assert_eq!(h.state(), "سلبا");
    // Left moves towards the end of the reading.
    key(&mut h, Key::ArrowLeft);
    type_text(&mut h, "م");
    assert_eq!(h.state(), "سلبام");
    assert_eq!(spoken(&h), "سلبام", "read back in the order it is written");
}

#[test]
fn a_number_inside_arabic_keeps_its_digits_in_order() {
    let mut h = harness();
    type_text(&mut h, "رقم 2026");
    key(&mut h, Key::Backspace);
    assert_eq!(h.state(), "رقم 202");
    type_text(&mut h, "7");
    assert_eq!(h.state(), "رقم 2027");
}

#[test]
fn backspace_takes_a_persian_half_space_alone_and_graphemes_whole() {
    let mut h = harness();
    type_text(&mut h, "می\u{200C}");
    key(&mut h, Key::Backspace);
    assert_eq!(h.state(), "می");
    // Bengali: a consonant with its vowel sign is one grapheme.
    let mut h = harness();
    type_text(&mut h, "কি");
    key(&mut h, Key::Backspace);
    assert_eq!(h.state(), "");
}

#[test]
fn a_selection_is_replaced_by_what_is_typed_and_undo_brings_it_back() {
    let mut h = harness();
    type_text(&mut h, "Testperson");
    with(&mut h, Modifiers::SHIFT, Key::Home);
    type_text(&mut h, "Quxley");
    assert_eq!(h.state(), "Quxley");
    with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state(), "Testperson");
    with(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(h.state(), "Quxley");
    with(&mut h, Modifiers::COMMAND, Key::A);
    key(&mut h, Key::Delete);
    assert_eq!(h.state(), "");
}

#[test]
fn a_screen_reader_sets_the_value_without_typing() {
    let mut h = harness();
    h.get_by_label(LABEL).set_text_value_accesskit("زبديا تست");
    h.run();
    assert_eq!(h.state(), "زبديا تست");
    assert_eq!(spoken(&h), "زبديا تست");
    // Replacing the selection (none: at the caret, the end).
    h.get_by_label(LABEL).replace_selected_text_accesskit(" 2");
    h.run();
    assert_eq!(h.state(), "زبديا تست 2");
}

/// The field as drawn, Arabic with a number and a Latin code, part of it selected:
/// saved for looking at (`docs/screenshots/field/` with `UPDATE_SCREENSHOTS=1`).
#[test]
fn arabic_with_a_number_and_a_code_is_drawn_as_it_reads() {
    let mut h = Harness::builder()
        .with_size([600.0, 120.0])
        .with_pixels_per_point(1.0)
        .with_theme(egui::Theme::Light)
        .with_context_setup(|ctx| ctx.set_fonts(font_definitions()))
        .wgpu()
        .build_ui_state(
            |ui, text: &mut String| {
                let style = TextStyle {
                    font_id: egui::FontId::proportional(28.0),
                    color: egui::Color32::BLACK,
                };
                text_field(ui, text, &style, LABEL, 560.0, 60.0);
            },
            String::new(),
        );
    h.run();
    h.get_by_label(LABEL).focus();
    h.run();
    type_text(&mut h, "رمزي K7Q4X وعمري 32 سنة");
    // Select the last two words (Shift+Left twice from the end, visually: the
    // end of a right-to-left line is its left end, so the selection grows right).
    for _ in 0..7 {
        with(&mut h, Modifiers::SHIFT, Key::ArrowRight);
    }
    assert_eq!(h.state(), "رمزي K7Q4X وعمري 32 سنة");
    let image = h.render().expect("renders");
    let out = common::screenshot_folder("field");
    std::fs::create_dir_all(&out).expect("folder");
    image.save(out.join("ar-selection.png")).expect("saved");
    // Drawn right to left: the first word's letters are at the right end, where
    // the field's dark text pixels end near the right padding.
    let rightmost_ink = (0..image.width())
        .rev()
        .find(|&x| (40..80).any(|y| image.get_pixel(x, y).0[0] < 80))
        .expect("some text");
    assert!(
        rightmost_ink > 540,
        "text is aligned right: {rightmost_ink}"
    );
}

fn area() -> Harness<'static, String> {
    let mut harness = Harness::builder()
        .with_size([400.0, 300.0])
        .with_pixels_per_point(1.0)
        .with_context_setup(|ctx| ctx.set_fonts(font_definitions()))
        .build_ui_state(
            |ui, text: &mut String| {
                let style = TextStyle {
                    font_id: egui::FontId::proportional(24.0),
                    color: egui::Color32::BLACK,
                };
                consent_kiosk::ui::field::text_area(
                    ui,
                    text,
                    &style,
                    consent_kiosk::text::BaseDirection::Rtl,
                    LABEL,
                    360.0,
                    3,
                );
            },
            String::new(),
        );
    harness.run();
    harness.get_by_label(LABEL).focus();
    harness.run();
    harness
}

#[test]
fn a_text_area_takes_new_lines_and_moves_between_them() {
    let mut h = area();
    type_text(&mut h, "السطر الأول");
    key(&mut h, Key::Enter);
    type_text(&mut h, "الثاني");
    assert_eq!(h.state(), "السطر الأول\nالثاني");
    // Up goes to the first line at the same place on screen; Home to its start.
    key(&mut h, Key::ArrowUp);
    key(&mut h, Key::Home);
    type_text(&mut h, "«");
    assert_eq!(h.state(), "«السطر الأول\nالثاني");
    // Down and End: the end of the second line.
    key(&mut h, Key::ArrowDown);
    key(&mut h, Key::End);
    type_text(&mut h, "»");
    assert_eq!(h.state(), "«السطر الأول\nالثاني»");
    // Backspace across the line break joins the lines.
    key(&mut h, Key::ArrowUp);
    key(&mut h, Key::End);
    key(&mut h, Key::Delete);
    assert_eq!(h.state(), "«السطر الأولالثاني»");
}

#[test]
fn a_long_line_wraps_and_the_caret_walks_through_every_row() {
    let mut h = area();
    let text = "هذه جملة طويلة جدا تلتف على عدة أسطر في الحقل حتى نرى أن المؤشر يمر بها كلها";
    type_text(&mut h, text);
    key(&mut h, Key::Home);
    key(&mut h, Key::ArrowUp);
    key(&mut h, Key::ArrowUp);
    key(&mut h, Key::ArrowUp);
    key(&mut h, Key::Home);
    type_text(&mut h, "1");
    assert!(h.state().starts_with('1'), "{}", h.state());
    assert_eq!(h.state().len(), text.len() + 1);
}

fn translation(start: &str) -> Harness<'static, String> {
    let mut harness = Harness::builder()
        .with_size([500.0, 200.0])
        .with_pixels_per_point(1.0)
        .with_context_setup(|ctx| ctx.set_fonts(font_definitions()))
        .build_ui_state(
            |ui, text: &mut String| {
                let style = TextStyle {
                    font_id: egui::FontId::proportional(24.0),
                    color: egui::Color32::BLACK,
                };
                consent_kiosk::ui::field::translation_area(
                    ui,
                    text,
                    &style,
                    consent_kiosk::text::BaseDirection::Ltr,
                    LABEL,
                    460.0,
                    2,
                );
            },
            start.to_owned(),
        );
    harness.run();
    harness.get_by_label(LABEL).focus();
    harness.run();
    harness
}

#[test]
fn a_placeable_cannot_be_typed_into_or_cut_in_half_and_goes_whole() {
    let mut h = translation("Hola { $name }, bienvenido");
    // Into the placeable: after "Hola { $" (8 characters from the start).
    key(&mut h, Key::Home);
    for _ in 0..8 {
        key(&mut h, Key::ArrowRight);
    }
    type_text(&mut h, "x");
    assert_eq!(
        h.state(),
        "Hola { $name }, bienvenido",
        "typing inside is refused"
    );
    key(&mut h, Key::Backspace);
    assert_eq!(
        h.state(),
        "Hola { $name }, bienvenido",
        "half a placeable stays"
    );
    // From just after it, Backspace takes the whole chip; undo brings it back.
    key(&mut h, Key::Home);
    for _ in 0..14 {
        key(&mut h, Key::ArrowRight);
    }
    key(&mut h, Key::Backspace);
    assert_eq!(h.state(), "Hola , bienvenido");
    with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state(), "Hola { $name }, bienvenido");
    // Text around it is edited as usual.
    key(&mut h, Key::End);
    type_text(&mut h, "!");
    assert_eq!(h.state(), "Hola { $name }, bienvenido!");
    // Ctrl+Enter is left to the screen: no new line.
    with(&mut h, Modifiers::COMMAND, Key::Enter);
    assert_eq!(h.state(), "Hola { $name }, bienvenido!");
}

#[test]
fn an_input_methods_composition_is_shown_but_not_written_until_committed() {
    for mut h in [harness(), area()] {
        type_text(&mut h, "ab");
        h.event(egui::Event::Ime(egui::ImeEvent::Preedit {
            text: "ሰላ".to_owned(),
            active_range_chars: None,
        }));
        h.run();
        assert_eq!(h.state(), "ab", "a composition is not yet text");
        assert_eq!(spoken(&h), "ab");
        h.event(egui::Event::Ime(egui::ImeEvent::Commit("ሰላም".to_owned())));
        h.run();
        assert_eq!(h.state(), "abሰላም");
        // A dismissed composition leaves nothing behind.
        h.event(egui::Event::Ime(egui::ImeEvent::Preedit {
            text: "x".to_owned(),
            active_range_chars: None,
        }));
        h.run();
        h.event(egui::Event::Ime(egui::ImeEvent::Preedit {
            text: String::new(),
            active_range_chars: None,
        }));
        h.run();
        assert_eq!(h.state(), "abሰላም");
    }
}
