//! A one-line text field that shows text as it reads in every script: drawn
//! through the text layer (bidi, shaping, right-aligned when the text reads right
//! to left), with its caret and selection where a browser would put them
//! ([`crate::text::CaretLine`]). egui's own `TextEdit` draws in typing order, so an Arabic
//! name typed into it read backwards.
//!
//! Typing, IME commits, paste, Backspace and Delete (whole graphemes), visual
//! Left and Right, Home and End, Shift to select, Ctrl+A, copy, cut, undo and redo
//! (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y), a tap or a drag to place the caret or select.
//! For assistive technology it is a text input with its label, its value in the
//! order it is written, and the SetValue action.

use std::ops::Range;
use std::sync::OnceLock;

use eframe::egui::{
    self, CursorIcon, Event, EventFilter, Key, Pos2, Rect, Response, Sense, Stroke, StrokeKind, Ui,
    Vec2, WidgetInfo,
};
use eframe::epaint::text::FontsView;

use crate::text::shaping::Measure;
use crate::text::{
    Affinity, BaseDirection, Caret, CaretLine, Shaper, TextStyle, backspace_boundary,
    cached_layout, is_bidi_control, next_boundary, previous_boundary,
};

/// Undo steps kept per field.
const UNDO_STEPS: usize = 100;

/// What a field remembers between frames (in egui's memory, which the kiosk
/// clears with everything else typed when a session ends).
#[derive(Clone, Default)]
struct FieldState {
    caret: Caret,
    /// The other end of the selection, when there is one.
    anchor: Option<usize>,
    undo: Vec<(String, Caret)>,
    redo: Vec<(String, Caret)>,
    /// How far the text is moved so that the caret stays inside the box.
    scroll: f32,
}

impl FieldState {
    fn selection(&self) -> Option<Range<usize>> {
        let anchor = self.anchor?;
        let (a, b) = (anchor.min(self.caret.offset), anchor.max(self.caret.offset));
        (a < b).then_some(a..b)
    }
}

/// The bundled fonts, parsed once for finding cluster edges.
fn measure() -> Option<&'static Measure> {
    static MEASURE: OnceLock<Option<Measure>> = OnceLock::new();
    MEASURE.get_or_init(Measure::new).as_ref()
}

/// Cluster widths from rustybuzz with the bundled fonts, scaled so that each
/// run is exactly as wide as egui draws it.
struct ScreenShaper<'a, 'f> {
    fonts: &'a mut FontsView<'f>,
    style: &'a TextStyle,
}

impl Shaper for ScreenShaper<'_, '_> {
    fn clusters(&mut self, text: &str, rtl: bool) -> Vec<(Range<usize>, f32)> {
        let shown: String = text.chars().filter(|&c| !is_bidi_control(c)).collect();
        let drawn = self
            .fonts
            .layout_no_wrap(shown, self.style.font_id.clone(), self.style.color)
            .rows
            .iter()
            .map(|row| row.size.x)
            .fold(0.0, f32::max);
        let Some(measure) = measure() else {
            // Without the fonts (never with the bundled ones), share the width evenly.
            let count = text.chars().count().max(1) as f32;
            return text
                .char_indices()
                .map(|(at, c)| (at..at + c.len_utf8(), drawn / count))
                .collect();
        };
        let mut clusters = measure.clusters(text, rtl, self.style.font_id.size);
        let shaped: f32 = clusters.iter().map(|(_, w)| w).sum();
        if shaped > 0.0 {
            let scale = drawn / shaped;
            for (_, width) in &mut clusters {
                *width *= scale;
            }
        }
        clusters
    }
}

/// A one-line field for `text`, `width` points wide; `label` names it for screen
/// readers. The response is `changed()` when the text changed this frame.
pub fn text_field(
    ui: &mut Ui,
    text: &mut String,
    style: &TextStyle,
    label: &str,
    width: f32,
    min_height: f32,
) -> Response {
    let padding = Vec2::new(10.0, 6.0);
    let height = (style.font_id.size * 1.6 + padding.y * 2.0).max(min_height);
    let (id, rect) = ui.allocate_space(Vec2::new(width, height));
    let mut response = ui.interact(rect, id, Sense::click_and_drag());
    let mut state = ui
        .data_mut(|d| d.get_temp::<FieldState>(id))
        .unwrap_or_else(|| FieldState {
            caret: Caret::at(text.len()),
            ..FieldState::default()
        });
    // Text changed from outside (a wipe, a value set by the program).
    if state.caret.offset > text.len() || !text.is_char_boundary(state.caret.offset) {
        state = FieldState {
            caret: Caret::at(text.len()),
            ..FieldState::default()
        };
    }
    let before = text.clone();

    // Assistive technology sets the whole value, focused or not.
    let set_value = ui.input(|input| {
        input
            .accesskit_action_requests(id, egui::accesskit::Action::SetValue)
            .filter_map(|request| match &request.data {
                Some(egui::accesskit::ActionData::Value(value)) => Some(value.to_string()),
                _ => None,
            })
            .last()
    });
    if let Some(value) = set_value {
        remember(&mut state, text);
        *text = one_line(&value);
        state.caret = Caret::at(text.len());
        state.anchor = None;
    }
    let replacements: Vec<String> = ui.input(|input| {
        input
            .accesskit_action_requests(id, egui::accesskit::Action::ReplaceSelectedText)
            .filter_map(|request| match &request.data {
                Some(egui::accesskit::ActionData::Value(value)) => Some(value.to_string()),
                _ => None,
            })
            .collect()
    });
    for replacement in replacements {
        insert(&mut state, text, &replacement);
    }

    let inner = rect.shrink2(padding);
    let line = ui.ctx().fonts_mut(|fonts| {
        CaretLine::new(
            text,
            BaseDirection::FirstStrong,
            &mut ScreenShaper { fonts, style },
        )
    });
    let text_left = |state: &FieldState, line: &CaretLine| {
        if line.is_rtl() {
            inner.right() - line.width() + state.scroll
        } else {
            inner.left() - state.scroll
        }
    };

    // A tap places the caret; a drag selects.
    if response.clicked() || response.drag_started() {
        response.request_focus();
    }
    if let Some(pointer) = response.interact_pointer_pos() {
        let hit = line.hit(pointer.x - text_left(&state, &line));
        if response.drag_started() || (response.clicked() && !response.dragged()) {
            state.anchor = None;
            state.caret = hit;
        } else if response.dragged() {
            state.anchor.get_or_insert(state.caret.offset);
            state.caret = hit;
        }
    }

    if response.has_focus() {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                EventFilter {
                    horizontal_arrows: true,
                    ..EventFilter::default()
                },
            );
        });
        let events = ui.input(|i| i.events.clone());
        for event in events {
            handle(ui, event, text, &mut state, &line);
        }
        let caret_x = text_left(&state, &line) + line.x(state.caret);
        let cursor_rect = Rect::from_x_y_ranges(caret_x..=caret_x + 2.0, inner.y_range());
        ui.ctx().output_mut(|o| {
            o.ime = Some(egui::output::IMEOutput {
                purpose: egui::IMEPurpose::Normal,
                rect,
                cursor_rect,
                should_interrupt_composition: false,
            });
        });
    }

    if *text != before {
        response.mark_changed();
    }
    // Lay out again what is shown now (the events may have changed it).
    let line = if *text == before {
        line
    } else {
        ui.ctx().fonts_mut(|fonts| {
            CaretLine::new(
                text,
                BaseDirection::FirstStrong,
                &mut ScreenShaper { fonts, style },
            )
        })
    };
    keep_caret_visible(&mut state, &line, inner.width());
    paint(
        ui,
        &response,
        text,
        style,
        &state,
        &line,
        inner,
        text_left(&state, &line),
    );
    response = response.on_hover_cursor(CursorIcon::Text);

    response.widget_info(|| {
        WidgetInfo::text_edit(ui.is_enabled(), before.clone(), text.clone(), label)
    });
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_role(egui::accesskit::Role::TextInput);
        node.set_label(label.to_owned());
        node.set_value(text.clone());
        node.add_action(egui::accesskit::Action::SetValue);
        node.add_action(egui::accesskit::Action::ReplaceSelectedText);
        node.add_action(egui::accesskit::Action::Focus);
    });
    crate::ui::access::readable_text(ui, &response, text);
    crate::ui::access::logical_text_run(ui.ctx(), id, text);
    ui.data_mut(|d| d.insert_temp(id, state));
    response
}

/// A typed or pasted piece for a one-line field: line breaks become spaces.
fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

fn remember(state: &mut FieldState, text: &str) {
    state.undo.push((text.to_owned(), state.caret));
    if state.undo.len() > UNDO_STEPS {
        state.undo.remove(0);
    }
    state.redo.clear();
}

/// Replaces the selection (or nothing, at the caret) with `inserted`.
fn insert(state: &mut FieldState, text: &mut String, inserted: &str) {
    let inserted = one_line(inserted);
    remember(state, text);
    let range = state
        .selection()
        .unwrap_or(state.caret.offset..state.caret.offset);
    text.replace_range(range.clone(), &inserted);
    state.caret = Caret {
        offset: range.start + inserted.len(),
        affinity: Affinity::Upstream,
    };
    state.anchor = None;
}

fn delete(state: &mut FieldState, text: &mut String, range: Range<usize>) {
    if range.is_empty() {
        return;
    }
    remember(state, text);
    text.replace_range(range.clone(), "");
    state.caret = Caret::at(range.start);
    state.anchor = None;
}

fn handle(ui: &Ui, event: Event, text: &mut String, state: &mut FieldState, line: &CaretLine) {
    match event {
        Event::Text(typed) if !typed.chars().all(char::is_control) => {
            insert(state, text, &typed);
        }
        Event::Ime(egui::ImeEvent::Commit(committed)) => insert(state, text, &committed),
        Event::Paste(pasted) => insert(state, text, &pasted),
        Event::Copy => {
            if let Some(range) = state.selection() {
                ui.ctx().copy_text(text[range].to_owned());
            }
        }
        Event::Cut => {
            if let Some(range) = state.selection() {
                ui.ctx().copy_text(text[range.clone()].to_owned());
                delete(state, text, range);
            }
        }
        Event::Key {
            key,
            pressed: true,
            modifiers,
            ..
        } => {
            let selection = state.selection();
            let extend = |state: &mut FieldState, to: Caret| {
                if modifiers.shift {
                    state.anchor.get_or_insert(state.caret.offset);
                } else {
                    state.anchor = None;
                }
                state.caret = to;
            };
            match key {
                Key::ArrowLeft | Key::ArrowRight => {
                    let right = key == Key::ArrowRight;
                    match selection {
                        // Without Shift, a selection collapses to its edge on that side.
                        Some(range) if !modifiers.shift => {
                            let ends = [Caret::at(range.start), Caret::at(range.end)];
                            let pick = if right {
                                ends.into_iter()
                                    .max_by(|a, b| line.x(*a).total_cmp(&line.x(*b)))
                            } else {
                                ends.into_iter()
                                    .min_by(|a, b| line.x(*a).total_cmp(&line.x(*b)))
                            };
                            state.anchor = None;
                            state.caret = pick.unwrap_or(state.caret);
                        }
                        _ => {
                            let to = line.step(state.caret, right);
                            extend(state, to);
                        }
                    }
                }
                Key::Home => extend(state, line.home(false)),
                Key::End => extend(state, line.home(true)),
                Key::Backspace => match selection {
                    Some(range) => delete(state, text, range),
                    None => {
                        let from = backspace_boundary(text, state.caret.offset);
                        delete(state, text, from..state.caret.offset);
                    }
                },
                Key::Delete => match selection {
                    Some(range) => delete(state, text, range),
                    None => {
                        let to = next_boundary(text, state.caret.offset);
                        delete(state, text, state.caret.offset..to);
                    }
                },
                Key::A if modifiers.command => {
                    state.anchor = Some(0);
                    state.caret = Caret {
                        offset: text.len(),
                        affinity: Affinity::Upstream,
                    };
                }
                Key::Z if modifiers.command && !modifiers.shift => {
                    if let Some((earlier, caret)) = state.undo.pop() {
                        state
                            .redo
                            .push((std::mem::replace(text, earlier), state.caret));
                        state.caret = caret;
                        state.anchor = None;
                    }
                }
                Key::Y | Key::Z if modifiers.command => {
                    if let Some((later, caret)) = state.redo.pop() {
                        state
                            .undo
                            .push((std::mem::replace(text, later), state.caret));
                        state.caret = caret;
                        state.anchor = None;
                    }
                }
                _ => {}
            }
        }
        _ => {}
    }
    // Whatever happened, the caret stays inside the text, on a character boundary.
    state.caret.offset = state.caret.offset.min(text.len());
    if !text.is_char_boundary(state.caret.offset) {
        state.caret = Caret::at(previous_boundary(text, state.caret.offset));
    }
}

fn keep_caret_visible(state: &mut FieldState, line: &CaretLine, room: f32) {
    if line.width() <= room {
        state.scroll = 0.0;
        return;
    }
    // Position of the caret measured from the reading start of the box.
    let x = line.x(state.caret);
    let from_start = if line.is_rtl() { line.width() - x } else { x };
    let shown = from_start - state.scroll;
    if shown > room {
        state.scroll = from_start - room;
    } else if shown < 0.0 {
        state.scroll = from_start;
    }
    state.scroll = state.scroll.clamp(0.0, line.width() - room);
}

#[allow(clippy::too_many_arguments)]
fn paint(
    ui: &Ui,
    response: &Response,
    text: &str,
    style: &TextStyle,
    state: &FieldState,
    line: &CaretLine,
    inner: Rect,
    text_left: f32,
) {
    let visuals = ui.visuals();
    let focused = response.has_focus();
    let stroke = if focused {
        Stroke::new(2.0, visuals.selection.bg_fill)
    } else {
        visuals.widgets.inactive.bg_stroke
    };
    let rect = response.rect;
    ui.painter().rect(
        rect,
        4.0,
        visuals.extreme_bg_color,
        stroke,
        StrokeKind::Inside,
    );
    let painter = ui.painter_at(inner.expand(2.0));
    if let Some(range) = state.selection() {
        for (left, right) in line.selection(range) {
            let band = Rect::from_x_y_ranges(text_left + left..=text_left + right, inner.y_range());
            painter.rect_filled(band, 0.0, visuals.selection.bg_fill.gamma_multiply(0.4));
        }
    }
    if !text.is_empty() {
        let laid_out = cached_layout(
            ui.ctx(),
            text,
            BaseDirection::FirstStrong,
            style,
            f32::INFINITY,
        );
        let top = inner.center().y - laid_out.galley.size().y / 2.0;
        painter.galley(Pos2::new(text_left, top), laid_out.galley, style.color);
    }
    if focused {
        let x = text_left + line.x(state.caret);
        painter.line_segment(
            [Pos2::new(x, inner.top()), Pos2::new(x, inner.bottom())],
            Stroke::new(2.0, style.color),
        );
    }
}
