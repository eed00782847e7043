//! Withdrawal: type the code from the receipt, see what is withdrawn, confirm.

use eframe::egui::{self, Ui};

use crate::consent::{ReferenceCode, Timestamp};
use crate::kiosk::Intent;
use crate::text::{BaseDirection, label};

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
    view.button(ui, "withdraw-confirm")
        .then_some(Intent::ConfirmWithdrawal)
}
