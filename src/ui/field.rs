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
    /// What an input method is composing, not yet part of the text: drawn
    /// underlined at the caret until it is committed.
    preedit: String,
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

/// Where the caret can go, for the keys: one line, or the lines of a text area.
trait Places {
    /// One place right (or left) on screen.
    fn step(&self, caret: Caret, right: bool) -> Caret;
    /// The reading start (or end) of the caret's line.
    fn home(&self, caret: Caret, end: bool) -> Caret;
    /// The place on the line below (or above), if there is one.
    fn vertical(&self, caret: Caret, down: bool) -> Option<Caret>;
    /// Orders carets as seen: line first, then x.
    fn seen(&self, caret: Caret) -> (usize, f32);
}

impl Places for CaretLine {
    fn step(&self, caret: Caret, right: bool) -> Caret {
        CaretLine::step(self, caret, right)
    }

    fn home(&self, _caret: Caret, end: bool) -> Caret {
        CaretLine::home(self, end)
    }

    fn vertical(&self, _caret: Caret, _down: bool) -> Option<Caret> {
        None
    }

    fn seen(&self, caret: Caret) -> (usize, f32) {
        (0, self.x(caret))
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
    if let Some(value) = set_value_request(ui, id) {
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
            handle(ui, event, text, &mut state, &line, false);
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
    if !response.has_focus() {
        state.preedit.clear();
    }
    if state.preedit.is_empty() {
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
    } else {
        // The composition is drawn in the text at the caret, underlined, and the
        // caret after it; the text itself (and what a screen reader reads) is
        // unchanged until the input method commits.
        let (shown, composing) = with_preedit(text, &state);
        let shown_line = ui.ctx().fonts_mut(|fonts| {
            CaretLine::new(
                &shown,
                BaseDirection::FirstStrong,
                &mut ScreenShaper { fonts, style },
            )
        });
        let mut shown_state = FieldState {
            caret: Caret::at(composing.end),
            scroll: state.scroll,
            ..FieldState::default()
        };
        keep_caret_visible(&mut shown_state, &shown_line, inner.width());
        state.scroll = shown_state.scroll;
        let left = text_left(&shown_state, &shown_line);
        paint(
            ui,
            &response,
            &shown,
            style,
            &shown_state,
            &shown_line,
            inner,
            left,
        );
        for (from, to) in shown_line.selection(composing) {
            let y = inner.bottom() - 1.0;
            ui.painter().line_segment(
                [Pos2::new(left + from, y), Pos2::new(left + to, y)],
                Stroke::new(2.0, style.color),
            );
        }
    }
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

/// One line of a text area: its part of the text (from its start up to the next
/// line's), its caret geometry, and where egui drew its row.
struct AreaLine {
    range: Range<usize>,
    caret: CaretLine,
    left: f32,
    top: f32,
    bottom: f32,
}

/// The lines of a text area, broken and aligned as the text layer draws them.
struct Lines(Vec<AreaLine>);

impl Lines {
    fn new(
        fonts: &mut FontsView<'_>,
        text: &str,
        base: BaseDirection,
        style: &TextStyle,
        width: f32,
        galley_rows: &[Rect],
    ) -> Self {
        let mut lines = Vec::new();
        let mut paragraph_start = 0;
        for paragraph in text.split('\n') {
            let direction = if crate::text::BidiParagraph::new(paragraph, base).is_rtl() {
                BaseDirection::Rtl
            } else {
                BaseDirection::Ltr
            };
            let shaper_style = style.clone();
            let broken = crate::text::break_lines(paragraph, width, |segment| {
                let shown: String = segment.chars().filter(|&c| !is_bidi_control(c)).collect();
                fonts
                    .layout_no_wrap(shown, shaper_style.font_id.clone(), shaper_style.color)
                    .rows
                    .iter()
                    .map(|row| row.size.x)
                    .fold(0.0, f32::max)
            });
            for (index, shown) in broken.iter().enumerate() {
                let end = broken
                    .get(index + 1)
                    .map_or(paragraph.len(), |next| next.start);
                let caret = CaretLine::new(
                    &paragraph[shown.clone()],
                    direction,
                    &mut ScreenShaper { fonts, style },
                );
                let row = galley_rows.get(lines.len()).copied();
                let row_height = style.font_id.size * 1.4;
                let top = row.map_or(lines.len() as f32 * row_height, |r| r.top());
                let left = match row {
                    Some(r) if direction == BaseDirection::Rtl => r.right() - caret.width(),
                    Some(r) => r.left(),
                    None if direction == BaseDirection::Rtl => width - caret.width(),
                    None => 0.0,
                };
                lines.push(AreaLine {
                    range: paragraph_start + shown.start..paragraph_start + end,
                    caret,
                    left,
                    top,
                    bottom: row.map_or(top + row_height, |r| r.bottom()),
                });
            }
            paragraph_start += paragraph.len() + 1;
        }
        Self(lines)
    }

    /// The line a caret is on: at a soft break, upstream stays on the line above.
    fn line_of(&self, caret: Caret) -> usize {
        let mut found = 0;
        for (index, line) in self.0.iter().enumerate() {
            let inside = caret.offset >= line.range.start && caret.offset <= line.range.end;
            if inside {
                found = index;
                let starts_next = self
                    .0
                    .get(index + 1)
                    .is_some_and(|next| next.range.start == caret.offset);
                if !(starts_next && caret.affinity == Affinity::Downstream) {
                    break;
                }
            }
        }
        found
    }

    /// The caret inside its line's own text.
    fn local(&self, index: usize, caret: Caret) -> Caret {
        let Some(line) = self.0.get(index) else {
            return caret;
        };
        let shown = line.caret.len();
        Caret {
            offset: caret.offset.saturating_sub(line.range.start).min(shown),
            affinity: caret.affinity,
        }
    }

    fn global(&self, index: usize, local: Caret) -> Caret {
        let start = self.0.get(index).map_or(0, |l| l.range.start);
        Caret {
            offset: start + local.offset,
            affinity: local.affinity,
        }
    }

    /// Where the caret is drawn: x, top, bottom (in the galley's frame).
    fn place(&self, caret: Caret) -> (f32, f32, f32) {
        let index = self.line_of(caret);
        self.0.get(index).map_or((0.0, 0.0, 0.0), |line| {
            let x = line.left + line.caret.x(self.local(index, caret));
            (x, line.top, line.bottom)
        })
    }

    fn hit(&self, pos: Pos2) -> Caret {
        let index = self
            .0
            .iter()
            .position(|line| pos.y < line.bottom)
            .unwrap_or(self.0.len().saturating_sub(1));
        self.0.get(index).map_or(Caret::at(0), |line| {
            let local = line.caret.hit(pos.x - line.left);
            self.global(index, local)
        })
    }

    fn selection(&self, range: Range<usize>) -> Vec<Rect> {
        let mut rects = Vec::new();
        for line in &self.0 {
            let from = range.start.max(line.range.start);
            let to = range.end.min(line.range.end);
            if from >= to {
                continue;
            }
            let local = from - line.range.start..to - line.range.start;
            for (left, right) in line.caret.selection(local) {
                rects.push(Rect::from_x_y_ranges(
                    line.left + left..=line.left + right,
                    line.top..=line.bottom,
                ));
            }
        }
        rects
    }
}

impl Places for Lines {
    fn step(&self, caret: Caret, right: bool) -> Caret {
        let index = self.line_of(caret);
        let Some(line) = self.0.get(index) else {
            return caret;
        };
        let local = self.local(index, caret);
        let moved = line.caret.step(local, right);
        if moved != local {
            return self.global(index, moved);
        }
        // At the edge of a line: on to the next or previous one in reading order.
        let forward = right != line.caret.is_rtl();
        let target = if forward {
            index + 1
        } else {
            index.wrapping_sub(1)
        };
        match self.0.get(target) {
            Some(next) if forward => Caret::at(next.range.start),
            Some(previous) => Caret {
                offset: previous.range.start + previous.caret.len(),
                affinity: Affinity::Upstream,
            },
            None => caret,
        }
    }

    fn home(&self, caret: Caret, end: bool) -> Caret {
        let index = self.line_of(caret);
        self.0
            .get(index)
            .map_or(caret, |line| self.global(index, line.caret.home(end)))
    }

    fn vertical(&self, caret: Caret, down: bool) -> Option<Caret> {
        let index = self.line_of(caret);
        let target = if down {
            index + 1
        } else {
            index.checked_sub(1)?
        };
        let line = self.0.get(target)?;
        let (x, _, _) = self.place(caret);
        Some(self.global(target, line.caret.hit(x - line.left)))
    }

    fn seen(&self, caret: Caret) -> (usize, f32) {
        let (x, _, _) = self.place(caret);
        (self.line_of(caret), x)
    }
}

/// A text area of several lines (the editor's translation): like [`text_field`],
/// with lines broken as the text layer breaks them, every paragraph in `base`
/// direction, Enter for a new line, Up and Down between lines.
pub fn text_area(
    ui: &mut Ui,
    text: &mut String,
    style: &TextStyle,
    base: BaseDirection,
    label: &str,
    width: f32,
    min_rows: usize,
) -> Response {
    area(ui, text, style, base, label, width, min_rows, false)
}

/// A text area for a Fluent message (the editor's translation): its
/// placeables (`{ $name }`, `{ -term }`, `{ NUMBER($n) }`) are drawn as chips
/// and stay whole. Typing inside one, or deleting part of one, is refused;
/// Backspace or Delete at a chip's edge takes the whole chip.
pub fn translation_area(
    ui: &mut Ui,
    text: &mut String,
    style: &TextStyle,
    base: BaseDirection,
    label: &str,
    width: f32,
    min_rows: usize,
) -> Response {
    area(ui, text, style, base, label, width, min_rows, true)
}

/// The simple placeables of a Fluent message: braces with no braces, line
/// breaks or selector (`->`) inside. A select expression's variants stay
/// editable; only the placeables within them are whole.
pub fn placeables(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open = None;
    for (at, c) in text.char_indices() {
        match c {
            '{' => open = Some(at),
            '}' => {
                if let Some(start) = open.take()
                    && text
                        .get(start + 1..at)
                        .is_some_and(|inner| !inner.contains("->"))
                {
                    spans.push(start..at + 1);
                }
            }
            '\n' => open = None,
            _ => {}
        }
    }
    spans
}

/// What becomes of an edit in a field whose placeables stay whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceableEdit {
    /// No placeable is broken: the edit stands.
    Keep,
    /// A deletion at a placeable's edge, widened to the whole placeable: this
    /// text, the caret at this offset.
    Widen(String, usize),
    /// The edit would break a placeable: the text stays as it was.
    Refuse,
}

/// Judges the edit from `before` to `after` (one edit: what changed lies
/// between their common start and common end).
pub fn placeable_edit(before: &str, after: &str) -> PlaceableEdit {
    let prefix: usize = before
        .chars()
        .zip(after.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let room = before.len().min(after.len()) - prefix;
    let (Some(before_rest), Some(after_rest)) = (before.get(prefix..), after.get(prefix..)) else {
        return PlaceableEdit::Keep;
    };
    let suffix: usize = before_rest
        .chars()
        .rev()
        .zip(after_rest.chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum::<usize>()
        .min(room);
    let (mut from, mut to) = (prefix, before.len() - suffix);
    let inserted = after.len() - suffix > prefix;
    let mut widened = false;
    for span in placeables(before) {
        let inside_insert = from == to && span.start < from && from < span.end;
        let overlaps = from < span.end && to > span.start;
        let whole = from <= span.start && to >= span.end;
        if inside_insert {
            return PlaceableEdit::Refuse;
        }
        if overlaps && !whole {
            let at_edge = to == span.end || from == span.start;
            if inserted || !at_edge {
                return PlaceableEdit::Refuse;
            }
            from = from.min(span.start);
            to = to.max(span.end);
            widened = true;
        }
    }
    if !widened {
        return PlaceableEdit::Keep;
    }
    let mut text = before.get(..from).unwrap_or_default().to_owned();
    text.push_str(before.get(to..).unwrap_or_default());
    PlaceableEdit::Widen(text, from)
}

#[allow(clippy::too_many_arguments)]
fn area(
    ui: &mut Ui,
    text: &mut String,
    style: &TextStyle,
    base: BaseDirection,
    label: &str,
    width: f32,
    min_rows: usize,
    chips: bool,
) -> Response {
    let padding = Vec2::new(10.0, 8.0);
    let inner_width = (width - padding.x * 2.0).max(1.0);
    let laid_out = cached_layout(ui.ctx(), text, base, style, inner_width);
    let row_height = style.font_id.size * 1.4;
    let height = laid_out.galley.size().y.max(row_height * min_rows as f32) + padding.y * 2.0;
    let (id, rect) = ui.allocate_space(Vec2::new(width, height));
    let mut response = ui.interact(rect, id, Sense::click_and_drag());
    let mut state = ui
        .data_mut(|d| d.get_temp::<FieldState>(id))
        .unwrap_or_else(|| FieldState {
            caret: Caret::at(text.len()),
            ..FieldState::default()
        });
    if state.caret.offset > text.len() || !text.is_char_boundary(state.caret.offset) {
        state = FieldState {
            caret: Caret::at(text.len()),
            ..FieldState::default()
        };
    }
    let before = text.clone();
    let state_before = state.clone();
    if let Some(value) = set_value_request(ui, id) {
        remember(&mut state, text);
        *text = value;
        state.caret = Caret::at(text.len());
        state.anchor = None;
    }
    let inner = rect.shrink2(padding);
    let origin = |laid_out: &crate::text::LaidOut| {
        let x = if laid_out.rtl {
            inner.right() - laid_out.galley.size().x
        } else {
            inner.left()
        };
        Pos2::new(x, inner.top())
    };
    let lines_of = |ui: &Ui, text: &str, laid_out: &crate::text::LaidOut| {
        let rows: Vec<Rect> = laid_out.galley.rows.iter().map(|row| row.rect()).collect();
        ui.ctx()
            .fonts_mut(|fonts| Lines::new(fonts, text, base, style, inner_width, &rows))
    };
    let lines = lines_of(ui, text, &laid_out);
    if response.clicked() || response.drag_started() {
        response.request_focus();
    }
    if let Some(pointer) = response.interact_pointer_pos() {
        let hit = lines.hit((pointer - origin(&laid_out)).to_pos2());
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
                    vertical_arrows: true,
                    ..EventFilter::default()
                },
            );
        });
        let events = ui.input(|i| i.events.clone());
        for event in events {
            handle(ui, event, text, &mut state, &lines, true);
        }
    }
    if chips && *text != before {
        match placeable_edit(&before, text) {
            PlaceableEdit::Keep => {}
            PlaceableEdit::Widen(widened, caret) => {
                *text = widened;
                state.caret = Caret::at(caret);
                state.anchor = None;
            }
            PlaceableEdit::Refuse => {
                *text = before.clone();
                state = state_before;
            }
        }
    }
    if *text != before {
        response.mark_changed();
    }
    if !response.has_focus() {
        state.preedit.clear();
    }
    // What is drawn: the text, with an input method's composition at the caret.
    let (shown, composing) = if state.preedit.is_empty() {
        (text.clone(), None)
    } else {
        let (shown, composing) = with_preedit(text, &state);
        (shown, Some(composing))
    };
    let (laid_out, lines) = if shown == before {
        (laid_out, lines)
    } else {
        let laid_out = cached_layout(ui.ctx(), &shown, base, style, inner_width);
        let lines = lines_of(ui, &shown, &laid_out);
        (laid_out, lines)
    };
    let at = origin(&laid_out);
    let visuals = ui.visuals();
    let stroke = if response.has_focus() {
        Stroke::new(2.0, visuals.selection.bg_fill)
    } else {
        visuals.widgets.inactive.bg_stroke
    };
    ui.painter().rect(
        rect,
        4.0,
        visuals.extreme_bg_color,
        stroke,
        StrokeKind::Inside,
    );
    if chips {
        // Each placeable a chip: tinted, outlined, so it reads as one thing.
        for span in placeables(&shown) {
            for band in lines.selection(span) {
                ui.painter().rect(
                    band.translate(at.to_vec2()).expand2(Vec2::new(1.0, -1.0)),
                    5.0,
                    visuals.selection.bg_fill.gamma_multiply(0.18),
                    Stroke::new(1.0, visuals.selection.bg_fill),
                    StrokeKind::Inside,
                );
            }
        }
    }
    if let Some(range) = state.selection().filter(|_| composing.is_none()) {
        for band in lines.selection(range) {
            ui.painter().rect_filled(
                band.translate(at.to_vec2()),
                0.0,
                visuals.selection.bg_fill.gamma_multiply(0.4),
            );
        }
    }
    ui.painter()
        .galley(at, laid_out.galley.clone(), style.color);
    if let Some(range) = composing.clone() {
        for band in lines.selection(range) {
            let band = band.translate(at.to_vec2());
            ui.painter().line_segment(
                [
                    Pos2::new(band.left(), band.bottom() - 1.0),
                    Pos2::new(band.right(), band.bottom() - 1.0),
                ],
                Stroke::new(2.0, style.color),
            );
        }
    }
    if response.has_focus() {
        let caret_at = composing.map_or(state.caret, |range| Caret::at(range.end));
        let (x, top, bottom) = lines.place(caret_at);
        let caret = Rect::from_x_y_ranges(at.x + x..=at.x + x + 2.0, at.y + top..=at.y + bottom);
        ui.painter().rect_filled(caret, 0.0, style.color);
        ui.ctx().output_mut(|o| {
            o.ime = Some(egui::output::IMEOutput {
                purpose: egui::IMEPurpose::Normal,
                rect,
                cursor_rect: caret,
                should_interrupt_composition: false,
            });
        });
    }
    response = response.on_hover_cursor(CursorIcon::Text);
    response.widget_info(|| {
        WidgetInfo::text_edit(ui.is_enabled(), before.clone(), text.clone(), label)
    });
    ui.ctx().accesskit_node_builder(id, |node| {
        // The role today's tests and screen readers find it by.
        node.set_role(egui::accesskit::Role::TextInput);
        node.set_label(label.to_owned());
        node.set_value(text.clone());
        node.add_action(egui::accesskit::Action::SetValue);
        node.add_action(egui::accesskit::Action::Focus);
    });
    crate::ui::access::readable_text(ui, &response, text);
    ui.data_mut(|d| d.insert_temp(id, state));
    response
}

/// The value assistive technology set this frame, if it did.
fn set_value_request(ui: &Ui, id: egui::Id) -> Option<String> {
    ui.input(|input| {
        input
            .accesskit_action_requests(id, egui::accesskit::Action::SetValue)
            .filter_map(|request| match &request.data {
                Some(egui::accesskit::ActionData::Value(value)) => Some(value.to_string()),
                _ => None,
            })
            .last()
    })
}

/// The text with the input method's composition at the caret (replacing the
/// selection, as committing it will), and where the composition lies in it.
fn with_preedit(text: &str, state: &FieldState) -> (String, Range<usize>) {
    let range = state
        .selection()
        .unwrap_or(state.caret.offset..state.caret.offset);
    let mut shown = text.to_owned();
    shown.replace_range(range.clone(), &state.preedit);
    (shown, range.start..range.start + state.preedit.len())
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

/// Replaces the selection (or nothing, at the caret) with `inserted`, on one line.
fn insert(state: &mut FieldState, text: &mut String, inserted: &str) {
    insert_raw(state, text, &one_line(inserted));
}

/// Replaces the selection (or nothing, at the caret) with `inserted` as it is.
fn insert_raw(state: &mut FieldState, text: &mut String, inserted: &str) {
    remember(state, text);
    let range = state
        .selection()
        .unwrap_or(state.caret.offset..state.caret.offset);
    text.replace_range(range.clone(), inserted);
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

fn handle(
    ui: &Ui,
    event: Event,
    text: &mut String,
    state: &mut FieldState,
    places: &impl Places,
    multiline: bool,
) {
    match event {
        Event::Text(typed) if !typed.chars().all(char::is_control) => {
            insert(state, text, &typed);
        }
        Event::Ime(egui::ImeEvent::Commit(committed)) => {
            state.preedit.clear();
            insert(state, text, &committed);
        }
        // An empty composition means the input method was dismissed.
        Event::Ime(egui::ImeEvent::Preedit {
            text: composing, ..
        }) => {
            state.preedit = one_line(&composing);
        }
        Event::Paste(pasted) if multiline => insert_raw(state, text, &pasted.replace("\r\n", "\n")),
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
                            let order = |a: &Caret, b: &Caret| {
                                let (a, b) = (places.seen(*a), places.seen(*b));
                                a.0.cmp(&b.0).then(a.1.total_cmp(&b.1))
                            };
                            let pick = if right {
                                ends.into_iter().max_by(order)
                            } else {
                                ends.into_iter().min_by(order)
                            };
                            state.anchor = None;
                            state.caret = pick.unwrap_or(state.caret);
                        }
                        _ => {
                            let to = places.step(state.caret, right);
                            extend(state, to);
                        }
                    }
                }
                Key::ArrowUp | Key::ArrowDown => {
                    if let Some(to) = places.vertical(state.caret, key == Key::ArrowDown) {
                        extend(state, to);
                    }
                }
                // Ctrl+Enter is left to the screen (the editor saves with it).
                Key::Enter if multiline && !modifiers.command => insert_raw(state, text, "\n"),
                Key::Home => extend(state, places.home(state.caret, false)),
                Key::End => extend(state, places.home(state.caret, true)),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_placeables_are_found_and_a_selectors_variants_stay_editable() {
        let text = "Hola { $name }: { $n ->\n [one] { $n } día\n *[other] { NUMBER($n) } días\n}";
        let found: Vec<&str> = placeables(text)
            .into_iter()
            .filter_map(|r| text.get(r))
            .collect();
        assert_eq!(found, ["{ $name }", "{ $n }", "{ NUMBER($n) }"]);
    }

    #[test]
    fn an_edit_that_breaks_a_placeable_is_refused_and_one_at_its_edge_takes_it_whole() {
        let before = "a { $x } b";
        assert_eq!(placeable_edit(before, "a { $x } bc"), PlaceableEdit::Keep);
        assert_eq!(placeable_edit(before, "a { $xy } b"), PlaceableEdit::Refuse);
        assert_eq!(placeable_edit(before, "a { x } b"), PlaceableEdit::Refuse);
        assert_eq!(
            placeable_edit(before, "a { $x  b"),
            PlaceableEdit::Widen("a  b".to_owned(), 2)
        );
        assert_eq!(
            placeable_edit(before, "a  $x } b"),
            PlaceableEdit::Widen("a  b".to_owned(), 2)
        );
        // The whole placeable selected and deleted, or replaced: as asked.
        assert_eq!(placeable_edit(before, "a  b"), PlaceableEdit::Keep);
        assert_eq!(placeable_edit(before, "a z b"), PlaceableEdit::Keep);
        // Part of it replaced with other text: refused.
        assert_eq!(placeable_edit(before, "a { z b"), PlaceableEdit::Refuse);
    }
}
