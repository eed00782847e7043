//! The start screen: languages as native names (no flags), withdraw and counsellor.

use eframe::egui::{self, Ui};

use crate::i18n::Catalog;
use crate::kiosk::Intent;
use crate::text::{BaseDirection, TextStyle, button, paragraph};

use super::chrome::speaker_button;
use super::view::{Listen, TextSize, View};

/// The language grid. Each button shows the language's name in its own script.
pub fn start_ui(ui: &mut Ui, view: &View<'_>, catalog: &Catalog) -> Option<Intent> {
    let mut intent = None;
    view.heading(ui, "language-choose");
    let style = TextStyle {
        font_id: eframe::egui::FontId::proportional(view.body().font_id.size * 1.2),
        ..view.body()
    };
    // A grid of equal cells: a name and its listen button wrap together, as one choice.
    let columns = if view.look.size == TextSize::Normal {
        3.0
    } else {
        2.0
    };
    let spacing = ui.spacing().item_spacing.x;
    let cell = egui::vec2(
        (ui.available_width() - spacing * (columns - 1.0)) / columns - 1.0,
        style.font_id.size * 2.6,
    );
    ui.horizontal_wrapped(|ui| {
        for tag in &view.content.deployment.locales {
            let Some(locale) = catalog.locale(tag) else {
                continue;
            };
            let base = BaseDirection::from(locale.meta.direction);
            let layout = egui::Layout::left_to_right(egui::Align::Center);
            ui.allocate_ui_with_layout(cell, layout, |ui| {
                ui.set_min_size(cell);
                if button(ui, &locale.meta.native_name, base, &style).clicked() {
                    intent = Some(Intent::ChooseLanguage(tag.clone()));
                }
                // A loudspeaker only where this language's "choose your language" is recorded.
                let recorded = view.content.recording(tag, "language-choose").is_some();
                if view.audio.offered && recorded {
                    let spoken = format!("{}: {}", view.t("read-aloud"), locale.meta.native_name);
                    if speaker_button(ui, &spoken, view.look.text_color()).clicked() {
                        view.listen(Listen::Language(tag.clone()));
                    }
                }
            });
        }
    });
    if matches!(view.audio.state, crate::audio::PlayState::Failed(_)) {
        view.para(ui, "audio-failed");
    }
    // Said in the language whose button was pressed, in its own direction.
    if let Some(tag) = &view.audio.unrecorded_language {
        let chain = catalog.chain(tag, &view.content.deployment.host_locale);
        let base = catalog.locale(tag).map_or(BaseDirection::Ltr, |l| {
            BaseDirection::from(l.meta.direction)
        });
        let note = catalog.text(&chain, "audio-missing", None).text;
        paragraph(ui, &note, base, &view.body());
    }
    ui.add_space(24.0);
    if view.button(ui, "start-withdraw") {
        intent = Some(Intent::StartWithdrawal);
    }
    if view.button(ui, "start-talk-counsellor") {
        intent = Some(Intent::TalkToCounsellor);
    }
    // Discreet, small and last: for staff, and nothing without their login.
    ui.add_space(48.0);
    let small = TextStyle {
        font_id: egui::FontId::proportional(14.0),
        color: egui::Color32::from_gray(110),
    };
    if button(ui, &view.t("start-staff"), view.base, &small).clicked() {
        view.open_console.set(true);
    }
    intent
}
