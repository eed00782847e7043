//! Withdrawal: type the code from the receipt, see what is withdrawn, confirm.

use eframe::egui::{self, Ui};

use crate::consent::ReferenceCode;
use crate::kiosk::Intent;

use super::steps::Inputs;
use super::view::View;

/// Typing the code; the check character catches a mistyped or swapped character.
pub fn code_ui(ui: &mut Ui, view: &View<'_>, inputs: &mut Inputs) -> Option<Intent> {
    view.heading(ui, "withdraw-title");
    view.para(ui, "withdraw-enter-code");
    ui.add(
        egui::TextEdit::singleline(&mut inputs.code)
            .font(egui::FontId::monospace(view.body().font_id.size * 1.5))
            .desired_width(320.0),
    )
    .widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::TextInput, true, view.t("withdraw-enter-code"))
    });
    view.button(ui, "nav-next")
        .then(|| Intent::EnterCode(inputs.code.clone()))
}

/// What will be withdrawn.
pub fn confirm_ui(ui: &mut Ui, view: &View<'_>, reference: &ReferenceCode) -> Option<Intent> {
    view.heading(ui, "withdraw-title");
    view.para(ui, "withdraw-what");
    view.text(ui, &reference.to_string());
    view.button(ui, "withdraw-confirm")
        .then_some(Intent::ConfirmWithdrawal)
}
