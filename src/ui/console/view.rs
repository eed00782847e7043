//! What every console screen reads: the staff member's language and helpers that
//! draw through the text layer.

use eframe::egui::{self, Color32, FontId, Ui};
use zeroize::Zeroize;

use crate::console::Console;
use crate::content::Content;
use crate::i18n::{Catalog, LocaleChain};
use crate::text::{BaseDirection, TextStyle, button, choice, paragraph};

/// A console screen's view.
pub struct ConsoleView<'a> {
    /// The words.
    pub catalog: &'a Catalog,
    /// The content (countries, languages offered).
    pub content: &'a Content,
    /// The console's state (read only).
    pub console: &'a Console,
    /// The staff member's language.
    pub chain: LocaleChain,
    /// Its direction.
    pub base: BaseDirection,
    /// Now, Unix milliseconds (for cooling-off time left).
    pub now_ms: i64,
}

impl std::fmt::Debug for ConsoleView<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConsoleView")
            .field("chain", &self.chain)
            .finish_non_exhaustive()
    }
}

impl ConsoleView<'_> {
    /// Whether the layout is mirrored.
    pub fn rtl(&self) -> bool {
        self.base == BaseDirection::Rtl
    }

    /// A message.
    pub fn t(&self, id: &str) -> String {
        self.catalog.text(&self.chain, id, None).text
    }

    /// "label: value" with the staff language's own punctuation (French puts a
    /// narrow space before the colon, Amharic and Tigrinya use their own).
    pub fn label_value(&self, label: &str, value: &str) -> String {
        self.catalog.label_value(&self.chain, label, value)
    }

    /// A message with arguments.
    pub fn t_args(&self, id: &str, args: &fluent_bundle::FluentArgs<'_>) -> String {
        self.catalog.text(&self.chain, id, Some(args)).text
    }

    /// Body text style.
    pub fn body(&self) -> TextStyle {
        TextStyle {
            font_id: FontId::proportional(20.0),
            color: Color32::from_gray(25),
        }
    }

    /// A heading.
    pub fn heading(&self, ui: &mut Ui, id: &str) {
        let style = TextStyle {
            font_id: FontId::proportional(28.0),
            ..self.body()
        };
        paragraph(ui, &self.t(id), self.base, &style);
        ui.add_space(6.0);
    }

    /// A paragraph already in words.
    pub fn text(&self, ui: &mut Ui, text: &str) {
        paragraph(ui, text, self.base, &self.body());
    }

    /// A paragraph from a message.
    pub fn para(&self, ui: &mut Ui, id: &str) {
        self.text(ui, &self.t(id));
    }

    /// A button from a message.
    pub fn button(&self, ui: &mut Ui, id: &str) -> bool {
        button(ui, &self.t(id), self.base, &self.body()).clicked()
    }

    /// A button with words already made.
    pub fn button_text(&self, ui: &mut Ui, text: &str) -> bool {
        button(ui, text, self.base, &self.body()).clicked()
    }

    /// A button that shows whether it is the one chosen.
    pub fn choice(&self, ui: &mut Ui, text: &str, selected: bool) -> bool {
        choice(ui, text, self.base, &self.body(), selected, None).clicked()
    }

    /// A labelled one-line text field; `secret` hides what is typed.
    pub fn field(&self, ui: &mut Ui, id: &str, value: &mut String, secret: bool) {
        let label = self.t(id);
        self.text(ui, &label);
        let width = ui.available_width().min(520.0);
        if secret {
            // Masked: nothing to order, and egui's field never shows the letters.
            let field = ui.add(
                egui::TextEdit::singleline(value)
                    .password(true)
                    .font(FontId::proportional(20.0))
                    .desired_width(width),
            );
            field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
        } else {
            let style = crate::text::TextStyle {
                font_id: FontId::proportional(20.0),
                color: ui.visuals().text_color(),
            };
            crate::ui::field::text_field(ui, value, &style, &label, width, 0.0);
        }
    }

    /// A row in reading order that wraps onto more rows when it is too wide.
    pub fn row<R>(&self, ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
        let layout = if self.rtl() {
            egui::Layout::right_to_left(egui::Align::Center)
        } else {
            egui::Layout::left_to_right(egui::Align::Center)
        }
        .with_main_wrap(true);
        ui.allocate_ui_with_layout(egui::vec2(ui.available_width(), 0.0), layout, add)
            .inner
    }

    /// A short text sized to itself (for rows).
    pub fn label(&self, ui: &mut Ui, text: &str) {
        crate::text::label(ui, text, self.base, &self.body());
    }

    /// A short text in the table's smaller size.
    pub fn small(&self, ui: &mut Ui, text: &str) -> egui::Response {
        crate::text::label(ui, text, self.base, &self.table_text())
    }

    /// The table's text style.
    pub fn table_text(&self) -> TextStyle {
        TextStyle {
            font_id: FontId::proportional(17.0),
            ..self.body()
        }
    }

    /// A coloured chip with words in it (a consent's state, why it is urgent);
    /// screen readers hear the words.
    pub fn chip(&self, ui: &mut Ui, text: &str, fill: Color32) -> egui::Response {
        let style = self.table_text();
        let padding = egui::vec2(10.0, 4.0);
        let max_width = (ui.available_width() - padding.x * 2.0).max(1.0);
        let laid_out = crate::text::cached_layout(ui.ctx(), text, self.base, &style, max_width);
        let size = laid_out.galley.size() + padding * 2.0;
        let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
        if ui.is_rect_visible(rect) {
            ui.painter().rect_filled(rect, 12.0, fill);
            ui.painter()
                .galley(rect.min + padding, laid_out.galley, style.color);
        }
        let spoken: String = text
            .chars()
            .filter(|&c| !crate::text::is_bidi_control(c))
            .collect();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken));
        response
    }

    /// A small flag drawn on the screen (no font has one for every script):
    /// filled when it is open, an outline once resolved; it points in the
    /// reading direction. `spoken` is what screen readers hear and what a
    /// long press or hover shows.
    pub fn flag_icon(&self, ui: &mut Ui, open: bool, spoken: &str) -> egui::Response {
        let (rect, response) = ui.allocate_exact_size(egui::vec2(18.0, 24.0), egui::Sense::hover());
        if ui.is_rect_visible(rect) {
            let colour = if open {
                Color32::from_rgb(185, 28, 28)
            } else {
                Color32::from_gray(120)
            };
            let (pole_x, tip_x) = if self.rtl() {
                (rect.right() - 3.0, rect.left() + 1.0)
            } else {
                (rect.left() + 3.0, rect.right() - 1.0)
            };
            let painter = ui.painter();
            painter.line_segment(
                [
                    egui::pos2(pole_x, rect.top() + 2.0),
                    egui::pos2(pole_x, rect.bottom() - 1.0),
                ],
                egui::Stroke::new(2.0, colour),
            );
            let points = vec![
                egui::pos2(pole_x, rect.top() + 2.0),
                egui::pos2(tip_x, rect.top() + 8.0),
                egui::pos2(pole_x, rect.top() + 14.0),
            ];
            if open {
                painter.add(egui::Shape::convex_polygon(
                    points,
                    colour,
                    egui::Stroke::NONE,
                ));
            } else {
                painter.add(egui::Shape::closed_line(
                    points,
                    egui::Stroke::new(1.5, colour),
                ));
            }
        }
        let spoken: String = spoken
            .chars()
            .filter(|&c| !crate::text::is_bidi_control(c))
            .collect();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken));
        let style = self.table_text();
        let base = self.base;
        response.on_hover_ui(|ui| {
            crate::text::paragraph(ui, &spoken, base, &style);
        })
    }
}

/// What is being typed on the console's forms; wiped on every lock. `{:?}` shows
/// none of it: names, reasons and passphrases are personal or secret.
#[derive(Default)]
pub struct ConsoleInputs {
    /// Login name.
    pub account_id: String,
    /// Passphrase or PIN.
    pub secret: String,
    /// The reason for opening a record.
    pub reason: String,
    /// Reference code search.
    pub search: String,
    /// The table's sort and filters, and what it last selected.
    pub table: super::dashboard::TableState,
    /// Re-consent: the name each previous signer types.
    pub reconsent_names: Vec<String>,
    /// Re-consent: the region of return named again (ISO 3166-2), if chosen.
    pub reconsent_area: Option<String>,
    /// Suspension form.
    pub suspend_country: String,
    /// Suspension form: one area only (ISO 3166-2).
    pub suspend_area: String,
    /// Suspension form: why.
    pub suspend_reason: String,
    /// Lifting a suspension: why.
    pub lift_reason: String,
    /// Export: the folder.
    pub export_folder: String,
    /// Guided session form.
    pub presence: PresenceForm,
    /// The confirmation interview form.
    pub interview: super::safeguards::InterviewForm,
    /// Why a flag is resolved so.
    pub flag_reason: String,
    /// Why a departure is corrected.
    pub correction_reason: String,
    /// Without the code: the day of signing, `YYYY-MM-DD`.
    pub find_date: String,
    /// Without the code: the language.
    pub find_language: String,
    /// Without the code: the country of return.
    pub find_destination: String,
    /// Without the code: some characters of it.
    pub find_code: String,
    /// Without the code: why it is withdrawn.
    pub withdraw_reason: String,
    /// Without the code: the person is here.
    pub person_present: bool,
}

/// The "who is present" form, as typed (`{:?}` shows none of it).
#[derive(Default, Clone)]
pub struct PresenceForm {
    /// The person's language.
    pub locale: String,
    /// Under 18.
    pub minor: bool,
    /// Doubts about capacity.
    pub capacity_doubt: bool,
    /// Interpreter's language, empty when none.
    pub interpreter_language: String,
    /// Witness's name, empty when none.
    pub witness_name: String,
    /// Guardian (true) or legal representative (false).
    pub representative_is_guardian: bool,
    /// Representative's name, empty when none.
    pub representative_name: String,
    /// Best-interests decision reference.
    pub best_interests_reference: String,
    /// The child's view: Some(true) assent, Some(false) objection.
    pub child_assents: Option<bool>,
    /// The child's words (or the pictogram chosen).
    pub child_words: String,
    /// Some(true): here without a parent or the adult responsible.
    pub unaccompanied: Option<bool>,
    /// The escort on the journey: organisation and reference.
    pub escort: String,
    /// The reception arrangement's reference.
    pub reception_reference: String,
    /// The household's reference, empty when none.
    pub household_reference: String,
    /// The best-interests decision covers a return apart from the parents.
    pub covers_separation: bool,
}

impl std::fmt::Debug for ConsoleInputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConsoleInputs").finish_non_exhaustive()
    }
}

impl std::fmt::Debug for PresenceForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PresenceForm").finish_non_exhaustive()
    }
}

impl ConsoleInputs {
    /// Forgets everything typed.
    pub fn wipe(&mut self) {
        for text in [
            &mut self.account_id,
            &mut self.secret,
            &mut self.reason,
            &mut self.search,
            &mut self.suspend_country,
            &mut self.suspend_area,
            &mut self.suspend_reason,
            &mut self.lift_reason,
            &mut self.presence.witness_name,
            &mut self.presence.representative_name,
            &mut self.presence.best_interests_reference,
            &mut self.presence.child_words,
            &mut self.presence.escort,
            &mut self.presence.reception_reference,
            &mut self.presence.household_reference,
            &mut self.flag_reason,
            &mut self.correction_reason,
            &mut self.find_date,
            &mut self.find_language,
            &mut self.find_destination,
            &mut self.find_code,
            &mut self.withdraw_reason,
            &mut self.interview.interpreter_id,
        ] {
            text.zeroize();
        }
        for name in &mut self.reconsent_names {
            name.zeroize();
        }
        let folder = std::mem::take(&mut self.export_folder);
        *self = Self {
            export_folder: folder,
            ..Self::default()
        };
    }
}
