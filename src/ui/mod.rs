//! The window. The kiosk screens are not built yet: the window says so plainly,
//! and shows the state of the store and of the content it will use.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use eframe::egui;

use crate::clock::SystemClock;
use crate::consent::Clock;
use crate::content::Content;
use crate::i18n::Catalog;
use crate::store::{Access, Store, StorePaths};

/// What the window shows, read once at start.
#[derive(Debug)]
struct StatusWindow {
    lines: Vec<String>,
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
                for line in &self.lines {
                    ui.label(egui::RichText::new(line).weak());
                }
            });
        });
    }
}

/// Loads the words and the content (refusing to start on invalid content), opens
/// the store (creating it on first run), and shows the window.
pub fn run(paths: StorePaths, content_dir: &Path, locales_dir: &Path) -> anyhow::Result<ExitCode> {
    let catalog = Catalog::load(locales_dir).context("loading the translations")?;
    let content = Content::load(content_dir, &catalog).context("loading the content")?;
    let mut lines = vec![format!(
        "Content {} with {} languages.",
        &content.version[..20.min(content.version.len())],
        content.deployment.locales.len()
    )];
    for locale in catalog.locales() {
        for problem in &locale.problems {
            // Broken messages fall back to the host language; editors see where.
            lines.push(format!(
                "Translation problem at {}: {}",
                problem.location, problem.message
            ));
        }
    }
    lines.push(match Store::open(&paths, Access::ReadWrite) {
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
    });
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("consent-kiosk")
            .with_inner_size([1024.0, 700.0]),
        ..Default::default()
    };
    eframe::run_native(
        "consent-kiosk",
        options,
        Box::new(|cc| {
            cc.egui_ctx.set_fonts(crate::text::font_definitions());
            Ok(Box::new(StatusWindow { lines }))
        }),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))?;
    Ok(ExitCode::SUCCESS)
}
