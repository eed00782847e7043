//! Withdrawal: enter the code from the receipt on an on-screen keypad (a kiosk has
//! no keyboard), see what is withdrawn, confirm.

use eframe::egui::{self, Ui, Vec2, accesskit};

use crate::consent::{CODE_GROUP, CODE_LEN, ReferenceCode, Timestamp, code_alphabet, code_char};
use crate::kiosk::Intent;
use crate::text::{BaseDirection, TextStyle, cached_layout, label, painted_button, reading_row};
use crate::ui::theme::{ButtonRole, space};

use super::steps::Inputs;
use super::view::View;

/// Keys in a keypad row.
const KEYS_PER_ROW: usize = 8;
/// Space between keys, points (about 5 mm on a kiosk screen).
const KEY_GAP: f32 = 14.0;

/// Entering the code: boxes grouped as on the receipt, a keypad limited to the
/// code's characters, Delete and Clear. A keyboard, a QR scanner that types the
/// code and presses Enter, or assistive technology setting the value work too.
/// The check character catches a mistyped or swapped character.
pub fn code_ui(ui: &mut Ui, view: &View<'_>, inputs: &mut Inputs) -> Option<Intent> {
    view.heading(ui, "withdraw-title");
    view.para(ui, "withdraw-enter-code");
    let mut submit = false;
    let boxes = code_boxes(ui, view, &inputs.code);
    // Assistive technology may set the whole value at once.
    let set_value = ui.input(|input| {
        input
            .accesskit_action_requests(boxes.id, accesskit::Action::SetValue)
            .filter_map(|request| match &request.data {
                Some(accesskit::ActionData::Value(value)) => Some(value.to_string()),
                _ => None,
            })
            .last()
    });
    if let Some(value) = set_value {
        inputs.code.clear();
        type_chars(&mut inputs.code, &value);
    }
    // A keyboard or a scanner typing the code (keystrokes, then Enter).
    ui.input(|input| {
        for event in &input.events {
            match event {
                egui::Event::Text(text) => type_chars(&mut inputs.code, text),
                egui::Event::Key {
                    key: egui::Key::Backspace,
                    pressed: true,
                    ..
                } => {
                    inputs.code.pop();
                }
                egui::Event::Key {
                    key: egui::Key::Enter,
                    pressed: true,
                    ..
                } => submit = true,
                _ => {}
            }
        }
    });
    ui.add_space(12.0);
    keypad(ui, view, &mut inputs.code);
    ui.add_space(space::L);
    // "Continue" is the bottom bar's way on; Enter from a keyboard or scanner too.
    let lost = reading_row(ui, view.rtl(), |ui| view.button(ui, "withdraw-lost-code"));
    if lost {
        return Some(Intent::LostCode);
    }
    submit.then(|| Intent::EnterCode(inputs.code.clone()))
}

/// Adds what `typed` holds of a code to `code`, up to a whole code.
fn type_chars(code: &mut String, typed: &str) {
    for c in typed.chars().filter_map(code_char) {
        if code.chars().count() < CODE_LEN {
            code.push(c);
        }
    }
}

/// One box per character, in the receipt's groups, always left to right (a code
/// is Latin letters and digits in every language). Exposed as a text field.
fn code_boxes(ui: &mut Ui, view: &View<'_>, code: &str) -> egui::Response {
    let size = view.body().font_id.size * 2.2;
    let style = TextStyle {
        font_id: egui::FontId::monospace(size * 0.6),
        color: view.body().color,
    };
    let group_gap = size * 0.6;
    let width = CODE_LEN as f32 * (size + 6.0) + group_gap;
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, size), egui::Sense::click());
    let chars: Vec<char> = code.chars().collect();
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let stroke = ui.visuals().widgets.inactive.fg_stroke;
        let mut x = rect.left();
        for index in 0..CODE_LEN {
            if index == CODE_GROUP {
                x += group_gap;
            }
            let cell = egui::Rect::from_min_size(egui::pos2(x, rect.top()), Vec2::splat(size));
            let next = index == chars.len();
            painter.rect_stroke(
                cell,
                6.0,
                egui::Stroke::new(if next { 4.0 } else { 2.0 }, stroke.color),
                egui::StrokeKind::Inside,
            );
            if let Some(c) = chars.get(index) {
                let laid_out =
                    cached_layout(ui.ctx(), &c.to_string(), BaseDirection::Ltr, &style, size);
                let galley = laid_out.galley;
                painter.galley(cell.center() - galley.size() / 2.0, galley, style.color);
            }
            x += size + 6.0;
        }
    }
    let shown = grouped(code);
    response.widget_info(|| {
        egui::WidgetInfo::text_edit(
            true,
            shown.clone(),
            shown.clone(),
            view.t("withdraw-enter-code"),
        )
    });
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::Role::TextInput);
        node.set_label(view.t("withdraw-enter-code"));
        node.set_value(shown.clone());
        node.add_action(accesskit::Action::SetValue);
    });
    crate::ui::access::readable_text(ui, &response, &shown);
    response
}

/// The code as typed so far, with the receipt's dash after the first group.
fn grouped(code: &str) -> String {
    let mut shown = String::new();
    for (index, c) in code.chars().enumerate() {
        if index == CODE_GROUP {
            shown.push('-');
        }
        shown.push(c);
    }
    shown
}

/// The code's characters as large keys, then Delete and Clear.
fn keypad(ui: &mut Ui, view: &View<'_>, code: &mut String) {
    let style = TextStyle {
        font_id: egui::FontId::monospace(view.body().font_id.size * 1.3),
        color: view.body().color,
    };
    let columns = KEYS_PER_ROW as f32;
    let width = ((ui.available_width() - KEY_GAP * (columns - 1.0)) / columns).clamp(56.0, 110.0);
    let size = Vec2::new(width, width.max(72.0) * 0.9);
    let keys: Vec<char> = code_alphabet().collect();
    let full = code.chars().count() >= CODE_LEN;
    ui.spacing_mut().item_spacing = Vec2::splat(KEY_GAP);
    for row in keys.chunks(KEYS_PER_ROW) {
        // Keys stay left to right in every language, as on the receipt.
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
            for &c in row {
                let pressed = ui
                    .add_enabled_ui(!full, |ui| {
                        themed_key(ui, view, &c.to_string(), &style.font_id, size).clicked()
                    })
                    .inner;
                if pressed {
                    code.push(c);
                }
            }
        });
    }
    let body = view.body();
    let wide = Vec2::new(size.x * 3.0 + KEY_GAP * 2.0, size.y);
    ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
        if themed_key(
            ui,
            view,
            &view.t("withdraw-key-delete"),
            &body.font_id,
            wide,
        )
        .clicked()
        {
            code.pop();
        }
        if themed_key(ui, view, &view.t("withdraw-key-clear"), &body.font_id, wide).clicked() {
            code.clear();
        }
    });
}

/// A key of exactly `size`, in the theme's secondary look.
fn themed_key(
    ui: &mut Ui,
    view: &View<'_>,
    text: &str,
    font: &egui::FontId,
    size: Vec2,
) -> egui::Response {
    let paint = view.palette().button(ButtonRole::Secondary);
    ui.allocate_ui(size, |ui| {
        painted_button(ui, text, BaseDirection::Ltr, font, &paint, size, None, None)
    })
    .inner
}

/// What will be withdrawn: the return to which country, signed when, with which code.
pub fn confirm_ui(
    ui: &mut Ui,
    view: &View<'_>,
    reference: &ReferenceCode,
    destination: Option<&str>,
    signed_at: Timestamp,
) -> Option<Intent> {
    view.heading(ui, "withdraw-title");
    view.para(ui, "withdraw-what");
    let country = destination
        .and_then(|code| view.content.countries.iter().find(|c| c.code == code))
        .map(|c| view.t(&c.name))
        .unwrap_or_default();
    view.text(
        ui,
        &format!("{} – {country}", view.t("option-voluntary-return-title")),
    );
    let (date, time) = view.content.local_time(signed_at);
    view.text(
        ui,
        &format!(
            "{} {}",
            view.catalog.date(&view.chain, date).text,
            view.catalog.time_of_day(&view.chain, time).text
        ),
    );
    label(ui, &reference.to_string(), BaseDirection::Ltr, &view.body());
    // "Withdraw my consent" is the bottom bar's way on.
    None
}
