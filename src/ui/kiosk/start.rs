//! The start screen: languages as native names (no flags), withdraw and counsellor.

use eframe::egui::Ui;

use crate::i18n::Catalog;
use crate::kiosk::Intent;
use crate::text::{BaseDirection, TextStyle, button};

use super::view::View;

/// The language grid. Each button shows the language's name in its own script.
pub fn start_ui(ui: &mut Ui, view: &View<'_>, catalog: &Catalog) -> Option<Intent> {
    let mut intent = None;
    view.heading(ui, "language-choose");
    let style = TextStyle {
        font_id: eframe::egui::FontId::proportional(view.body().font_id.size * 1.2),
        ..view.body()
    };
    ui.horizontal_wrapped(|ui| {
        for tag in &view.content.deployment.locales {
            let Some(locale) = catalog.locale(tag) else {
                continue;
            };
            let base = BaseDirection::from(locale.meta.direction);
            if button(ui, &locale.meta.native_name, base, &style).clicked() {
                intent = Some(Intent::ChooseLanguage(tag.clone()));
            }
        }
    });
    ui.add_space(24.0);
    if view.button(ui, "start-withdraw") {
        intent = Some(Intent::StartWithdrawal);
    }
    if view.button(ui, "start-talk-counsellor") {
        intent = Some(Intent::TalkToCounsellor);
    }
    intent
}
