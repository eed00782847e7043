//! What assistive technology needs beyond names: every page's widgets are new
//! accessibility nodes, focus moves to a new page's heading, and the idle
//! countdown is announced politely, not every second.
//!
//! Why pages need new nodes: egui numbers widgets by their order on the page, so
//! the third widget of one page and the third of the next share a node id. When a
//! label's id comes back as a button's, AccessKit reports the node as updated,
//! and AT-SPI clients (libatspi, so Orca) keep the interfaces they cached for it:
//! the button has no Action interface and cannot be pressed until the node is
//! created again. A page whose widget ids are moved on has only new nodes.

use eframe::egui::{self, Response, Role, Sense, Ui, WidgetInfo};

/// Tells the first frame of each new page apart, and salts the page's widget ids.
#[derive(Debug)]
pub struct Pages<T> {
    last: Option<T>,
    generation: u64,
}

impl<T> Default for Pages<T> {
    fn default() -> Self {
        Self {
            last: None,
            generation: 0,
        }
    }
}

impl<T: PartialEq + Clone> Pages<T> {
    /// Notes the page shown this frame: true on the first frame of a new one.
    pub fn arrive(&mut self, page: &T) -> bool {
        if self.last.as_ref() == Some(page) {
            return false;
        }
        self.last = Some(page.clone());
        self.generation = self.generation.wrapping_add(1);
        true
    }

    /// How far to move the page's automatic widget ids on: far enough for each
    /// page shown to have its own (egui numbers them on from the `Ui`'s seed).
    pub fn id_offset(&self) -> usize {
        usize::try_from(self.generation % (1 << 24))
            .unwrap_or_default()
            .wrapping_mul(1 << 20)
    }

    /// Forgets the page, so the next frame counts as arriving (after a wipe, or
    /// coming back from the console).
    pub fn forget(&mut self) {
        self.last = None;
    }
}

/// Where a page stands with its title, frame by frame: the page's first heading
/// (or, on a page without one, its first text) is reachable by focus, and takes
/// it on the page's first frame, so a screen reader says the new page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Title {
    /// Outside a page (the bar above it, the editor's preview).
    #[default]
    Off,
    /// On a page, nothing focusable drawn yet; `focus` on its first frame.
    Wanted {
        /// The page's first frame.
        focus: bool,
    },
    /// The page's title is drawn.
    Drawn,
}

/// A paragraph (as [`crate::text::paragraph`] draws it) that can take focus, with
/// `role` for screen readers; takes focus when `focus`. Focusable from its first
/// registration: egui drops focus from a widget first registered as not focusable.
pub fn focusable_paragraph(
    ui: &mut Ui,
    text: &str,
    base: crate::text::BaseDirection,
    style: &crate::text::TextStyle,
    role: Role,
    focus: bool,
) -> Response {
    let width = ui.available_width().max(1.0);
    let laid_out = crate::text::cached_layout(ui.ctx(), text, base, style, width);
    let size = egui::Vec2::new(width, laid_out.galley.size().y);
    let (rect, response) = ui.allocate_exact_size(size, Sense::FOCUSABLE);
    let x = if laid_out.rtl {
        rect.right() - laid_out.galley.size().x
    } else {
        rect.left()
    };
    ui.painter()
        .galley(egui::pos2(x, rect.top()), laid_out.galley, style.color);
    let name = text
        .chars()
        .filter(|&c| !crate::text::is_bidi_control(c))
        .collect::<String>();
    response.widget_info(|| WidgetInfo::labeled(role, true, name.clone()));
    if focus {
        response.request_focus();
    }
    response
}

/// How many seconds the idle countdown says to a screen reader: the number at
/// the start of the warning, then 10 once 10 or fewer are left. The visible
/// number still counts every second.
pub fn announced_seconds(ctx: &egui::Context, seconds_left: i64) -> i64 {
    let id = egui::Id::unique("idle-countdown-started-at");
    let (mut started_at, last) = ctx
        .data(|d| d.get_temp::<(i64, i64)>(id))
        .unwrap_or((seconds_left, i64::MAX));
    // The count went up: a new warning after "I am still here".
    if seconds_left > last {
        started_at = seconds_left;
    }
    ctx.data_mut(|d| d.insert_temp(id, (started_at, seconds_left)));
    if seconds_left <= 10 {
        started_at.min(10)
    } else {
        started_at
    }
}

/// Makes `response` a polite live region whose spoken text is `spoken`: a
/// screen reader says it when it appears and whenever `spoken` changes, after
/// what it is saying.
pub fn polite(ui: &Ui, response: &Response, spoken: &str) {
    let spoken = spoken
        .chars()
        .filter(|&c| !crate::text::is_bidi_control(c))
        .collect::<String>();
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Status);
        node.set_live(egui::accesskit::Live::Polite);
        node.set_label(spoken.clone());
        node.set_value(spoken);
    });
}

/// Gives a field drawn by hand (the code boxes) the text runs AccessKit turns
/// into AT-SPI's Text and EditableText interfaces: without them a screen reader
/// on Linux cannot read the value back, only its name.
pub fn readable_text(ui: &Ui, response: &Response, text: &str) {
    let galley = ui.painter().layout_no_wrap(
        text.to_owned(),
        egui::FontId::monospace(12.0),
        egui::Color32::PLACEHOLDER,
    );
    egui::text_selection::accesskit_text::update_accesskit_for_text_widget(
        ui.ctx(),
        response.id,
        None,
        egui::emath::TSTransform::from_translation(response.rect.min.to_vec2()),
        &galley,
    );
}

/// Puts a one-line text field's text, in the order it is written, in the text run
/// egui made for it. egui builds the run from the laid-out glyphs, which for
/// Arabic and other shaped scripts are in display order and do not map one to one
/// onto characters: a screen reader reading the field back through AT-SPI Text
/// heard letters out of order. Never for a password field (its text is masked).
pub fn logical_text_run(ctx: &egui::Context, field: egui::Id, text: &str) {
    // egui's own runs hold at most 255 characters, and one row per line.
    if text.contains('\n') || text.chars().count() > 255 {
        return;
    }
    let run = field.with(0usize).with(0usize);
    let lengths: Vec<u8> = text
        .chars()
        .map(|c| u8::try_from(c.len_utf8()).unwrap_or(4))
        .collect();
    let mut word_starts = Vec::new();
    let mut after_space = false;
    for (index, c) in text.chars().enumerate() {
        if !c.is_whitespace() && after_space {
            word_starts.push(u8::try_from(index).unwrap_or(u8::MAX));
        }
        after_space = c.is_whitespace();
    }
    let direction = if crate::text::BidiParagraph::new(
        text,
        crate::text::BaseDirection::FirstStrong,
    )
    .is_rtl()
    {
        egui::accesskit::TextDirection::RightToLeft
    } else {
        egui::accesskit::TextDirection::LeftToRight
    };
    ctx.accesskit_node_builder(run, |node| {
        node.set_value(text.to_owned());
        node.set_character_lengths(lengths);
        node.set_word_starts(word_starts);
        node.set_text_direction(direction);
        // The glyphs' positions no longer match these characters.
        node.clear_character_positions();
        node.clear_character_widths();
    });
}
