//! Suspending return assistance to a country or one of its areas, and lifting
//! a suspension made here (administrators); export.

use eframe::egui::Ui;

use crate::console::ConsoleIntent;
use crate::export::ExportFormat;

use super::view::{ConsoleInputs, ConsoleView};

/// Which country (or area), and why. Every pending consent for it moves to review.
/// Below, the console's suspensions in force, each of which can be lifted.
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
                inputs.suspend_area.clear();
            }
        }
    });
    // Where return differs by area: the whole country, or one of its areas
    // (those the region question offers, so the consents that name it are found).
    let chosen = view
        .content
        .countries
        .iter()
        .find(|c| c.code == inputs.suspend_country)
        .filter(|c| !c.areas.is_empty());
    if let Some(country) = chosen {
        ui.horizontal_wrapped(|ui| {
            if view.choice(
                ui,
                &view.t("console-suspend-whole-country"),
                inputs.suspend_area.is_empty(),
            ) {
                inputs.suspend_area.clear();
            }
            for area in &country.areas {
                let label = format!("{} ({})", view.t(&area.name), area.code);
                if view.choice(ui, &label, inputs.suspend_area == area.code) {
                    inputs.suspend_area.clone_from(&area.code);
                }
            }
        });
    }
    view.field(
        ui,
        "console-suspend-reason",
        &mut inputs.suspend_reason,
        false,
    );
    // What it touches, said on the button before anything is done.
    let chosen = view
        .content
        .countries
        .iter()
        .find(|c| c.code == inputs.suspend_country);
    let confirm = chosen.map_or_else(
        || view.t("console-suspend-confirm"),
        |country| {
            let area = inputs.suspend_area.trim();
            let destination = crate::consent::Destination {
                country: country.code.clone(),
                area: (!area.is_empty()).then(|| area.to_owned()),
            };
            let mut args = fluent_bundle::FluentArgs::new();
            args.set(
                "destination",
                super::record::destination_text(view, &destination),
            );
            args.set("count", view.console.dashboard().pending_for(&destination));
            view.t_args("console-suspend-confirm-count", &args)
        },
    );
    view.row(ui, |ui| {
        if view.button_text(ui, &confirm) {
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
    let active = view.console.suspensions();
    if !active.is_empty() {
        ui.separator();
        view.para(ui, "console-suspensions-active");
        for suspension in active {
            view.row(ui, |ui| {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set(
                    "destination",
                    super::record::destination_text(view, &suspension.destination),
                );
                args.set("when", super::record::when(view, suspension.since));
                args.set("reason", suspension.reason.clone());
                view.label(ui, &view.t_args("console-suspension-line", &args));
                if view.button(ui, "console-lift") {
                    intent = Some(ConsoleIntent::AskLiftSuspension(
                        suspension.destination.clone(),
                    ));
                }
            });
        }
    }
    intent
}

/// Lifting one of the console's suspensions: what it touches (consents in
/// review stay there; the content may still suspend it), a reason, and a
/// confirmation. Nothing is recorded before the confirmation.
pub fn lift_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
) -> Option<ConsoleIntent> {
    let mut intent = None;
    let lifting = view.console.lifting()?;
    view.heading(ui, "console-lift-title");
    let mut args = fluent_bundle::FluentArgs::new();
    args.set(
        "destination",
        super::record::destination_text(view, &lifting.suspension.destination),
    );
    args.set("when", super::record::when(view, lifting.suspension.since));
    args.set("reason", lifting.suspension.reason.clone());
    view.text(ui, &view.t_args("console-suspension-line", &args));
    view.para(ui, "console-lift-intro");
    let mut count = fluent_bundle::FluentArgs::new();
    count.set("count", lifting.consents_in_review);
    view.text(ui, &view.t_args("console-lift-count", &count));
    if lifting.content_suspends_too {
        view.para(ui, "console-lift-content-still");
    }
    view.field(ui, "console-lift-reason", &mut inputs.lift_reason, false);
    view.row(ui, |ui| {
        if view.button(ui, "console-lift-confirm") {
            intent = Some(ConsoleIntent::LiftSuspension {
                reason: std::mem::take(&mut inputs.lift_reason),
            });
        }
        if view.button(ui, "console-back") {
            intent = Some(ConsoleIntent::ShowSuspend);
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
    // Removable drives mounted now, each chosen with one press; the typed folder
    // below stays for anything else.
    let roots = crate::console::media::MEDIA_ROOTS.map(std::path::PathBuf::from);
    let drives = crate::console::media::drives(
        std::path::Path::new(crate::console::media::MOUNT_TABLE),
        &roots,
    );
    if drives.is_empty() {
        view.para(ui, "console-export-no-drive");
    } else {
        view.para(ui, "console-export-drives");
        view.row(ui, |ui| {
            for drive in &drives {
                let path = drive.path.display().to_string();
                let chosen = inputs.export_folder.trim() == path;
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("name", drive.name.clone());
                if view.choice(ui, &view.t_args("console-export-drive", &args), chosen) {
                    inputs.export_folder = path;
                }
            }
        });
    }
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
