//! What every screen reads: the words in the person's language, the direction,
//! the look (text size, contrast), and helpers that draw through the text layer.

use std::cell::RefCell;

use eframe::egui::{self, Color32, Role, Ui};

use crate::audio::PlayState;

use crate::content::Content;
use crate::i18n::{Catalog, LocaleChain};
use crate::kiosk::Session;
use crate::text::{BaseDirection, TextStyle, painted_button, paragraph};
use crate::ui::theme::{ButtonRole, Palette, Touch, bold, regular, scale, space};

/// How big text is: three sizes a person can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    /// The default.
    #[default]
    Normal,
    /// Larger.
    Large,
    /// Largest.
    Largest,
}

impl TextSize {
    fn body(self) -> f32 {
        match self {
            TextSize::Normal => 26.0,
            TextSize::Large => 32.0,
            TextSize::Largest => 38.0,
        }
    }

    /// The next size, wrapping round.
    pub fn next(self) -> Self {
        match self {
            TextSize::Normal => TextSize::Large,
            TextSize::Large => TextSize::Largest,
            TextSize::Largest => TextSize::Normal,
        }
    }
}

/// The person's choices of look, kept across screens and reset by a wipe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    /// Text size.
    pub size: TextSize,
    /// High contrast: white on black (21:1) instead of dark grey on white (about 15:1).
    pub high_contrast: bool,
}

impl Look {
    /// The body size the person chose, before any script's factor.
    pub fn size_points(self) -> f32 {
        self.size.body()
    }

    /// The colours of this look.
    pub fn palette(self) -> &'static Palette {
        Palette::of(self.high_contrast)
    }

    /// The colour of text.
    pub fn text_color(self) -> Color32 {
        self.palette().text
    }

    /// What marks a notice and the items it is about (dark amber, or yellow on black).
    pub fn warning_color(self) -> Color32 {
        self.palette().warning
    }

    /// The page background.
    pub fn background(self) -> Color32 {
        self.palette().background
    }
}

/// A screen's view of the kiosk.
pub struct View<'a> {
    /// The words.
    pub catalog: &'a Catalog,
    /// The structure.
    pub content: &'a Content,
    /// The session (read only).
    pub session: &'a Session,
    /// The person's languages.
    pub chain: LocaleChain,
    /// The direction of their language.
    pub base: BaseDirection,
    /// Text size and contrast.
    pub look: Look,
    /// What read-aloud can do on this screen.
    pub audio: AudioView,
    /// The messages drawn so far this frame, in order: what read-aloud plays.
    pub spoken: RefCell<Vec<String>>,
    /// What the person asked read-aloud to do this frame.
    pub listen: RefCell<Option<Listen>>,
    /// Staff asked for the console (the discreet control on the start screen).
    pub open_console: std::cell::Cell<bool>,
    /// Where printing the receipt stands.
    pub print: PrintState,
    /// What the person asked of the printer this frame.
    pub print_request: std::cell::Cell<Option<PrintRequest>>,
    /// Touch sizes in millimetres on this screen.
    pub touch: Touch,
    /// How much larger the person's script is drawn than Latin.
    pub script_factor: f32,
    /// Which part of a long page is shown (see `plan::option_parts`).
    pub part: usize,
    /// Which offered language the start screen's turning words are in now.
    pub rotation: usize,
    /// A short screen (landscape, a tablet): the bars take less height, so the
    /// page keeps room for its answers.
    pub compact: bool,
    /// The page's heading (or first text): focusable, and focused on the page's
    /// first frame, so a screen reader says the new page.
    pub title: std::cell::Cell<crate::ui::access::Title>,
}

/// Where printing a receipt stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PrintState {
    /// Not asked for.
    #[default]
    Idle,
    /// Sent; waiting for the print service.
    Printing,
    /// Printed.
    Printed,
    /// Did not print; the reason is for staff.
    Failed(String),
}

/// A touch on the receipt's print buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintRequest {
    /// Print (or try again).
    Print,
    /// Forget the failure; the code stays on the screen.
    ShowCode,
}

/// Read-aloud as a screen sees it.
#[derive(Debug, Clone, Default)]
pub struct AudioView {
    /// Whether the deployment offers read-aloud at all.
    pub offered: bool,
    /// What the player is doing.
    pub state: PlayState,
    /// Whether every message of this screen has a recording in the person's language.
    pub screen_recorded: bool,
    /// The language whose listen button was pressed on the start screen but has no recording.
    pub unrecorded_language: Option<String>,
    /// The words being read aloud now, as the screen shows them: the paragraph
    /// that matches is marked, so a person can follow with their eyes.
    pub reading: Option<String>,
    /// Whether `reading` changed since the last frame (the page scrolls to it once).
    pub reading_moved: bool,
    /// The language whose "Choose your language" is being said (start screen).
    pub announcing: Option<String>,
    /// Whether recordings play slower.
    pub slow: bool,
}

/// A request to read-aloud.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Listen {
    /// Play this screen's messages.
    Screen,
    /// Play a language's own name for itself (start screen).
    Language(String),
    /// Say "Choose your language" in each offered language in turn (start screen).
    Languages,
    /// Slower (`true`) or as recorded; what is playing goes on at the new speed.
    Slow(bool),
    /// Stop playing.
    Stop,
}

impl std::fmt::Debug for View<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("View")
            .field("chain", &self.chain)
            .finish_non_exhaustive()
    }
}

impl View<'_> {
    /// Whether the layout is mirrored.
    pub fn rtl(&self) -> bool {
        self.base == BaseDirection::Rtl
    }

    /// A message in the person's language.
    pub fn t(&self, id: &str) -> String {
        self.said(id);
        self.catalog.text(&self.chain, id, None).text
    }

    /// A message with arguments.
    pub fn t_args(&self, id: &str, args: &fluent_bundle::FluentArgs<'_>) -> String {
        self.said(id);
        self.catalog.text(&self.chain, id, Some(args)).text
    }

    /// A number in the person's digits (Arabic-Indic, Persian, Bengali, …).
    pub fn number(&self, n: impl Into<fluent_bundle::FluentValue<'static>>) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("n", n);
        self.t_args("step-bar-number", &args)
    }

    /// Why the rules refuse, in the person's language where translated.
    pub fn rule(&self, rule: &crate::consent::RuleViolation) -> String {
        self.catalog.rule_text(&self.chain, rule)
    }

    /// Notes that message `id` is on the screen, for read-aloud (for text that
    /// reaches the screen without [`View::t`], such as a country's page).
    pub fn said(&self, id: &str) {
        self.spoken.borrow_mut().push(id.to_owned());
    }

    /// Asks read-aloud to do something after this frame.
    pub fn listen(&self, request: Listen) {
        *self.listen.borrow_mut() = Some(request);
    }

    /// The colours of the person's look.
    pub fn palette(&self) -> &'static Palette {
        self.look.palette()
    }

    /// The body size in points: the person's choice, scaled for their script.
    pub fn body_size(&self) -> f32 {
        self.look.size.body() * self.script_factor
    }

    /// The body style.
    pub fn body(&self) -> TextStyle {
        TextStyle {
            font_id: regular(self.body_size()),
            color: self.look.text_color(),
        }
    }

    /// Smaller, quieter text (notes, the host language alongside).
    pub fn small(&self) -> TextStyle {
        TextStyle {
            font_id: regular(self.body_size() * scale::SMALL),
            color: self.palette().muted,
        }
    }

    /// Small and bold, in the text colour (the example-data ribbon).
    pub fn small_strong(&self) -> TextStyle {
        TextStyle {
            font_id: bold(self.body_size() * scale::SMALL),
            color: self.look.text_color(),
        }
    }

    /// A screen's title: bold and large.
    pub fn heading_style(&self) -> TextStyle {
        TextStyle {
            font_id: bold(self.body_size() * scale::TITLE),
            color: self.look.text_color(),
        }
    }

    /// A heading inside a page.
    pub fn section_style(&self) -> TextStyle {
        TextStyle {
            font_id: bold(self.body_size() * scale::HEADING),
            color: self.look.text_color(),
        }
    }

    /// A screen's title from a message.
    pub fn heading(&self, ui: &mut Ui, id: &str) {
        self.heading_text(ui, &self.t(id));
        ui.add_space(space::M);
    }

    /// A heading inside a page, from a message.
    pub fn section(&self, ui: &mut Ui, id: &str) {
        let text = self.t(id);
        let marker = ui.painter().add(egui::Shape::Noop);
        let response = paragraph(ui, &text, self.base, &self.section_style());
        self.mark_if_read(ui, marker, &response, &text);
        ui.add_space(space::S);
    }

    /// A heading already in the person's language (a screen reader hears a heading).
    pub fn heading_text(&self, ui: &mut Ui, text: &str) {
        self.heading_styled(ui, text, self.base, &self.heading_style());
    }

    /// A page's heading in `style` and `base` direction: focused on the page's
    /// first frame, so a screen reader says the new page.
    pub fn heading_styled(&self, ui: &mut Ui, text: &str, base: BaseDirection, style: &TextStyle) {
        use crate::ui::access::{Title, focusable_paragraph};
        let focus = self.title.get() == Title::Wanted { focus: true };
        if matches!(self.title.get(), Title::Wanted { .. }) {
            self.title.set(Title::Drawn);
        }
        let marker = ui.painter().add(egui::Shape::Noop);
        let response = focusable_paragraph(ui, text, base, style, Role::Heading, focus);
        self.mark_if_read(ui, marker, &response, text);
    }

    /// Marks the paragraph being read aloud: a tinted band with a bar on the
    /// reading-start side, drawn under the words (`marker` was reserved before them).
    fn mark_if_read(
        &self,
        ui: &Ui,
        marker: egui::layers::ShapeIdx,
        response: &egui::Response,
        text: &str,
    ) {
        if self.audio.reading.as_deref() != Some(text) {
            return;
        }
        let palette = self.palette();
        let band = response.rect.expand2(egui::vec2(space::XS, space::XS));
        let bar_x = if self.rtl() {
            band.right()
        } else {
            band.left()
        };
        let bar = egui::Rect::from_x_y_ranges(bar_x - 3.0..=bar_x + 3.0, band.y_range());
        ui.painter().set(
            marker,
            egui::Shape::Vec(vec![
                egui::Shape::rect_filled(band, 6.0, palette.surface),
                egui::Shape::rect_filled(bar, 3.0, palette.primary),
            ]),
        );
        if self.audio.reading_moved {
            response.scroll_to_me(Some(egui::Align::Center));
        }
    }

    /// A paragraph from a message.
    pub fn para(&self, ui: &mut Ui, id: &str) {
        self.text(ui, &self.t(id));
    }

    /// A paragraph of text already in the person's language.
    pub fn text(&self, ui: &mut Ui, text: &str) {
        use crate::ui::access::{Title, focusable_paragraph};
        // Before any heading: this text is the page's title for screen readers.
        let marker = ui.painter().add(egui::Shape::Noop);
        let response = if let Title::Wanted { focus } = self.title.get() {
            self.title.set(Title::Drawn);
            focusable_paragraph(ui, text, self.base, &self.body(), Role::Label, focus)
        } else {
            paragraph(ui, text, self.base, &self.body())
        };
        self.mark_if_read(ui, marker, &response, text);
        ui.add_space(space::M);
    }

    /// A button of `role` with `label` (already in the person's language), as tall
    /// as a target must be; `spoken_as` names it for screen readers where the
    /// visible word alone would be ambiguous.
    pub fn role_button(
        &self,
        ui: &mut Ui,
        label: &str,
        role: ButtonRole,
        spoken_as: Option<&str>,
    ) -> egui::Response {
        let (height, font) = match role {
            ButtonRole::Primary | ButtonRole::Answer { .. } => {
                (self.touch.primary_height(), bold(self.body_size()))
            }
            _ => (self.touch.target(), regular(self.body_size())),
        };
        let selected = match role {
            ButtonRole::Answer { selected } => Some(selected),
            _ => None,
        };
        let paint = self.palette().button(role);
        let width = match role {
            ButtonRole::Primary | ButtonRole::Answer { .. } | ButtonRole::SafeExit => {
                ui.available_width()
            }
            _ => height,
        };
        painted_button(
            ui,
            label,
            self.base,
            &font,
            &paint,
            egui::vec2(width, height),
            selected,
            spoken_as,
        )
    }

    /// A card: the surface colour, rounded, with room inside, the full width.
    pub fn card<R>(&self, ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
        egui::Frame::new()
            .fill(self.palette().surface)
            .corner_radius(crate::ui::theme::RADIUS)
            .inner_margin(space::M)
            .show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                add_contents(ui)
            })
            .inner
    }

    /// A secondary button from a message; true when pressed.
    pub fn button(&self, ui: &mut Ui, id: &str) -> bool {
        self.button_text(ui, &self.t(id))
    }

    /// A secondary button from message `id` whose name for screen readers says
    /// what it acts on ("Read more: Asylum").
    pub fn button_about(&self, ui: &mut Ui, id: &str, about: &str) -> bool {
        let word = self.t(id);
        let spoken = format!("{word}: {about}");
        self.role_button(ui, &word, ButtonRole::Secondary, Some(&spoken))
            .clicked()
    }

    /// A secondary button with a label already in the person's language.
    pub fn button_text(&self, ui: &mut Ui, label: &str) -> bool {
        self.role_button(ui, label, ButtonRole::Secondary, None)
            .clicked()
    }

    /// A full-width answer (✓ Yes, ✗ No, or a comprehension answer), pressed when chosen.
    pub fn answer(&self, ui: &mut Ui, label: &str, selected: bool, spoken_as: &str) -> bool {
        self.role_button(ui, label, ButtonRole::Answer { selected }, Some(spoken_as))
            .clicked()
    }
}

/// Applies the look to egui's visuals (panel fill, widget colours). `large_text`
/// is the kiosk's: letters of 24 points and more.
pub fn apply_look(ctx: &egui::Context, look: Look, large_text: bool) {
    let mut visuals = if look.high_contrast {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    visuals.panel_fill = look.background();
    visuals.override_text_color = Some(look.text_color());
    if look.high_contrast {
        visuals.widgets.inactive.weak_bg_fill = Color32::from_gray(30);
        visuals.widgets.inactive.bg_stroke = egui::Stroke::new(2.0, Color32::WHITE);
    } else {
        visuals.widgets.inactive.weak_bg_fill = Color32::from_gray(228);
        visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, Color32::from_gray(90));
    }
    // Touch screens have no hover; scroll bars wide enough to drag with a finger.
    visuals.selection.bg_fill = look.palette().primary;
    // At the kiosk's sizes, grid-fitting glyphs to pixels and drawing each at four
    // sub-pixel offsets show nothing a person could see, but every new glyph went
    // through the hinting interpreter four times: a screen of new Arabic words took
    // about 19 ms instead of 5, and the atlas four times the memory. The console's
    // small letters keep both.
    visuals.text_options.font_hinting = !large_text;
    visuals.text_options.subpixel_binning = !large_text;
    ctx.set_visuals(visuals);
}

/// WCAG contrast ratio between two opaque colours.
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_contrast_is_at_least_7_in_high_contrast_and_4_5_otherwise() {
        let normal = Look::default();
        let high = Look {
            high_contrast: true,
            ..Look::default()
        };
        assert!(contrast_ratio(normal.text_color(), normal.background()) >= 4.5);
        assert!(contrast_ratio(high.text_color(), high.background()) >= 7.0);
        // Button faces, as set in `apply_look`.
        assert!(contrast_ratio(normal.text_color(), Color32::from_gray(228)) >= 4.5);
        assert!(contrast_ratio(high.text_color(), Color32::from_gray(30)) >= 7.0);
        // The check itself can fail.
        assert!(contrast_ratio(Color32::from_gray(150), Color32::WHITE) < 4.5);
    }
}
