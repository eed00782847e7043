//! The window. The kiosk screens are not built yet: the window says so plainly,
//! and shows that the store it will write to is open and intact.

use std::process::ExitCode;

use eframe::egui;

use crate::clock::SystemClock;
use crate::consent::Clock;
use crate::store::{Access, Store, StorePaths};

/// What the window shows about the store, read once at start.
#[derive(Debug)]
struct StatusWindow {
    store_line: String,
}

impl eframe::App for StatusWindow {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space(80.0);
                ui.heading("consent-kiosk");
                ui.add_space(24.0);
                ui.label(
                    egui::RichText::new(
                        "This kiosk is not set up yet: its screens are still being built.",
                    )
                    .size(22.0),
                );
                ui.add_space(12.0);
                ui.label("Nothing can be signed or withdrawn here yet. Please ask a counsellor.");
                ui.add_space(24.0);
                ui.label(egui::RichText::new(&self.store_line).weak());
            });
        });
    }
}

/// Opens the store (creating it on first run) and shows the window.
pub fn run(paths: StorePaths) -> anyhow::Result<ExitCode> {
    let store_line = match Store::open(&paths, Access::ReadWrite) {
        Ok(store) => match store.verify(SystemClock.now()) {
            Ok(report) if report.is_intact() => format!(
                "Store ready in {}: {} events, intact.",
                paths.dir.display(),
                report.events_checked
            ),
            Ok(report) => format!(
                "Store in {} is damaged: run `consent-kiosk verify` ({} events checked).",
                paths.dir.display(),
                report.events_checked
            ),
            Err(error) => format!("Store in {} cannot be read: {error}", paths.dir.display()),
        },
        Err(error) => format!("Store cannot be opened: {error}"),
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("consent-kiosk")
            .with_inner_size([1024.0, 700.0]),
        ..Default::default()
    };
    eframe::run_native(
        "consent-kiosk",
        options,
        Box::new(|_cc| Ok(Box::new(StatusWindow { store_line }))),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))?;
    Ok(ExitCode::SUCCESS)
}
