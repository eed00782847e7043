//! The widgets every screen uses for text: a paragraph and a button. Both go
//! through the bidi layout and tell AccessKit the text in logical order.

use eframe::egui::{self, Align, Layout, Response, Role, Sense, Ui, Vec2, WidgetInfo};

use super::bidi::{BaseDirection, is_bidi_control};
use super::cache::cached_layout;
use super::layout::TextStyle;

/// Touch targets are at least this tall and wide (points).
pub const MIN_TOUCH: f32 = 48.0;

fn spoken(text: &str) -> String {
    text.chars().filter(|&c| !is_bidi_control(c)).collect()
}

/// A paragraph filling the available width, aligned to its start edge.
pub fn paragraph(ui: &mut Ui, text: &str, base: BaseDirection, style: &TextStyle) -> Response {
    let width = ui.available_width().max(1.0);
    let laid_out = cached_layout(ui.ctx(), text, base, style, width);
    let size = Vec2::new(width, laid_out.galley.size().y);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let x = if laid_out.rtl {
        rect.right() - laid_out.galley.size().x
    } else {
        rect.left()
    };
    ui.painter()
        .galley(egui::pos2(x, rect.top()), laid_out.galley, style.color);
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, spoken(text)));
    response
}

/// Text that takes only its own width (for rows of controls); wraps if it must.
pub fn label(ui: &mut Ui, text: &str, base: BaseDirection, style: &TextStyle) -> Response {
    let laid_out = cached_layout(ui.ctx(), text, base, style, ui.available_width().max(1.0));
    let (rect, response) = ui.allocate_exact_size(laid_out.galley.size(), Sense::hover());
    ui.painter().galley(rect.min, laid_out.galley, style.color);
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, spoken(text)));
    response
}

/// A button whose label goes through the text layer; at least [`MIN_TOUCH`] square.
pub fn button(ui: &mut Ui, text: &str, base: BaseDirection, style: &TextStyle) -> Response {
    choice(ui, text, base, style, false, None)
}

/// A button that shows whether it is the chosen answer (filled, thick border, and
/// "selected" for screen readers); otherwise like [`button`]. `spoken_as` replaces
/// the label for screen readers where the visible word alone is ambiguous
/// ("Yes" under each of several questions).
pub fn choice(
    ui: &mut Ui,
    text: &str,
    base: BaseDirection,
    style: &TextStyle,
    selected: bool,
    spoken_as: Option<&str>,
) -> Response {
    let padding = ui.spacing().button_padding * 2.0;
    let max_width = (ui.available_width() - padding.x).max(MIN_TOUCH);
    let laid_out = cached_layout(ui.ctx(), text, base, style, max_width);
    let size = (laid_out.galley.size() + padding).max(Vec2::splat(MIN_TOUCH));
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, selected);
        let stroke = if selected {
            egui::Stroke::new(4.0, ui.visuals().selection.stroke.color)
        } else {
            visuals.bg_stroke
        };
        ui.painter().rect(
            rect,
            visuals.corner_radius,
            visuals.weak_bg_fill,
            stroke,
            egui::StrokeKind::Inside,
        );
        let position = rect.center() - laid_out.galley.size() / 2.0;
        ui.painter().galley(position, laid_out.galley, style.color);
    }
    response.widget_info(|| {
        let mut info = WidgetInfo::labeled(
            Role::Button,
            ui.is_enabled(),
            spoken(spoken_as.unwrap_or(text)),
        );
        if selected {
            info.selected = Some(true);
        }
        info
    });
    response
}

/// How a themed button is painted (the kiosk's theme decides the colours).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ButtonPaint {
    /// The face.
    pub fill: egui::Color32,
    /// The face while a finger is on it.
    pub pressed: egui::Color32,
    /// The border.
    pub stroke: egui::Stroke,
    /// The words.
    pub text: egui::Color32,
    /// Corner radius.
    pub radius: u8,
}

/// A button painted with `paint`, its label through the text layer, at least
/// `min_size` (its width grows to the label, and to `min_size.x` when that is the
/// whole row). `selected` is `Some` for an answer: screen readers then hear a
/// toggle button that is pressed or not, the same role either way.
#[expect(
    clippy::too_many_arguments,
    reason = "a widget's whole look, in one call"
)]
pub fn painted_button(
    ui: &mut Ui,
    text: &str,
    base: BaseDirection,
    font: &egui::FontId,
    paint: &ButtonPaint,
    min_size: Vec2,
    selected: Option<bool>,
    spoken_as: Option<&str>,
) -> Response {
    let padding = egui::vec2(20.0, 10.0);
    let style = TextStyle {
        font_id: font.clone(),
        color: paint.text,
    };
    let max_width = (ui.available_width().max(min_size.x) - padding.x * 2.0).max(1.0);
    let laid_out = cached_layout(ui.ctx(), text, base, &style, max_width);
    let size = (laid_out.galley.size() + padding * 2.0).max(min_size);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    if ui.is_rect_visible(rect) {
        paint_face(ui, rect, &response, paint);
        if response.has_focus() {
            // Keyboard and switch users see where they are.
            ui.painter().rect_stroke(
                rect.expand(3.0),
                paint.radius,
                egui::Stroke::new(3.0, paint.stroke.color),
                egui::StrokeKind::Outside,
            );
        }
        let position = rect.center() - laid_out.galley.size() / 2.0;
        ui.painter().galley(position, laid_out.galley, paint.text);
    }
    response.widget_info(|| {
        let mut info = WidgetInfo::labeled(
            Role::Button,
            ui.is_enabled(),
            spoken(spoken_as.unwrap_or(text)),
        );
        info.selected = selected;
        info
    });
    response
}

/// A themed button's face in `rect`: its fill (darker while a finger is on it)
/// and border.
pub fn paint_face(ui: &Ui, rect: egui::Rect, response: &Response, paint: &ButtonPaint) {
    let fill = if response.is_pointer_button_down_on() {
        paint.pressed
    } else {
        paint.fill
    };
    ui.painter().rect(
        rect,
        paint.radius,
        fill,
        paint.stroke,
        egui::StrokeKind::Inside,
    );
}

/// The frame every button of ours has, in the state `response` is in (hovered, pressed).
pub fn button_frame(ui: &Ui, rect: egui::Rect, response: &Response) {
    let visuals = ui.style().interact(response);
    ui.painter().rect(
        rect,
        visuals.corner_radius,
        visuals.weak_bg_fill,
        visuals.bg_stroke,
        egui::StrokeKind::Inside,
    );
}

/// A button of exactly `size` (a keypad key): the label centred through the text
/// layer, `spoken_as` for screen readers where the visible label is a symbol.
pub fn key(
    ui: &mut Ui,
    text: &str,
    style: &TextStyle,
    size: Vec2,
    spoken_as: Option<&str>,
) -> Response {
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    if ui.is_rect_visible(rect) {
        button_frame(ui, rect, &response);
        let laid_out = cached_layout(ui.ctx(), text, BaseDirection::Ltr, style, size.x);
        let position = rect.center() - laid_out.galley.size() / 2.0;
        ui.painter().galley(position, laid_out.galley, style.color);
    }
    response.widget_info(|| {
        WidgetInfo::labeled(
            Role::Button,
            ui.is_enabled(),
            spoken(spoken_as.unwrap_or(text)),
        )
    });
    response
}

/// A row laid out in reading order: right to left for RTL locales (mirrored layout).
pub fn reading_row<R>(ui: &mut Ui, rtl: bool, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let layout = if rtl {
        Layout::right_to_left(Align::Center)
    } else {
        Layout::left_to_right(Align::Center)
    };
    // As tall as its contents: a plain `with_layout` would centre the row in all the
    // height left (the whole page, inside a scroll area).
    ui.allocate_ui_with_layout(egui::vec2(ui.available_width(), 0.0), layout, add_contents)
        .inner
}

/// The arrow that points "back" in the reading direction (right in RTL locales).
/// Guillemets, because the bundled fonts all have them.
pub fn back_arrow(rtl: bool) -> &'static str {
    if rtl { "›" } else { "‹" }
}

/// The arrow that points "next" in the reading direction (left in RTL locales).
pub fn next_arrow(rtl: bool) -> &'static str {
    if rtl { "‹" } else { "›" }
}
