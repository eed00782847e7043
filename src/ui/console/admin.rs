//! Suspending return assistance to a country (administrators), and export.

use eframe::egui::Ui;

use crate::console::ConsoleIntent;
use crate::export::ExportFormat;

use super::view::{ConsoleInputs, ConsoleView};

/// Which country (or area), and why. Every pending consent for it moves to review.
pub fn suspend_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
) -> Option<ConsoleIntent> {
    let mut intent = None;
    view.heading(ui, "console-suspend-title");
    view.para(ui, "console-suspend-intro");
    ui.horizontal_wrapped(|ui| {
        for country in &view.content.countries {
            let label = format!("{} ({})", view.t(&country.name), country.code);
            if view.choice(ui, &label, inputs.suspend_country == country.code) {
                inputs.suspend_country.clone_from(&country.code);
            }
        }
    });
    view.field(ui, "console-suspend-area", &mut inputs.suspend_area, false);
    view.field(
        ui,
        "console-suspend-reason",
        &mut inputs.suspend_reason,
        false,
    );
    view.row(ui, |ui| {
        if view.button(ui, "console-suspend-confirm") {
            let area = inputs.suspend_area.trim();
            intent = Some(ConsoleIntent::Suspend {
                country: inputs.suspend_country.clone(),
                area: (!area.is_empty()).then(|| area.to_owned()),
                reason: inputs.suspend_reason.clone(),
            });
        }
        if view.button(ui, "console-back") {
            intent = Some(ConsoleIntent::ShowDashboard);
        }
    });
    intent
}

/// A format and a folder.
pub fn export_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
) -> Option<ConsoleIntent> {
    let mut intent = None;
    view.heading(ui, "console-export-title");
    view.para(ui, "console-export-intro");
    view.field(
        ui,
        "console-export-folder",
        &mut inputs.export_folder,
        false,
    );
    view.row(ui, |ui| {
        for (id, format) in [
            ("console-export-jsonl", ExportFormat::Jsonl),
            ("console-export-csv", ExportFormat::Csv),
            ("console-export-fhir", ExportFormat::Fhir),
        ] {
            if view.button(ui, id) {
                intent = Some(ConsoleIntent::Export {
                    format,
                    folder: inputs.export_folder.trim().into(),
                });
            }
        }
        if view.button(ui, "console-back") {
            intent = Some(ConsoleIntent::ShowDashboard);
        }
    });
    intent
}
