//! The window: the migrant's kiosk ([`kiosk::KioskApp`]), or, when the store
//! cannot be used, a plain page that says why.

pub mod access;
pub mod app;
pub mod console;
pub mod editor;
pub mod field;
pub mod kiosk;
mod measure;
pub mod pictogram;
pub mod theme;

/// Which screen the window opens on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// The migrant's kiosk.
    Kiosk,
    /// The counsellor's console (sign-in first).
    Counsellor,
    /// The same sign-in, for content editors: an editor account opens the workspace.
    Editor,
}

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use eframe::egui;

use crate::clock::SystemClock;
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
                    egui::RichText::new("This kiosk cannot be used at the moment.").size(22.0),
                );
                ui.add_space(12.0);
                ui.label(
                    "Nothing can be signed or withdrawn here now. Please ask a member of staff.",
                );
                ui.add_space(24.0);
                for line in &self.lines {
                    ui.label(egui::RichText::new(line).weak());
                }
            });
        });
    }
}

/// Loads the words and the content (refusing to start on invalid content), opens
/// the store (creating it on first run when `may_create`), and shows the kiosk.
///
/// `may_create` is false for a data directory named by the operator: a mistyped
/// path must not become a new, empty store with new keys.
#[allow(
    clippy::too_many_arguments,
    reason = "each is one command-line switch, passed on from main as parsed"
)]
pub fn run(
    paths: StorePaths,
    may_create: bool,
    content_dir: &Path,
    locales_dir: &Path,
    measure_startup: bool,
    fullscreen: bool,
    mode: Mode,
    pseudo_locales: bool,
) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let mut catalog = Catalog::load(locales_dir).context("loading the translations")?;
    let mut content = Content::load(content_dir, &catalog).context("loading the content")?;
    crate::content::fit_words(&mut catalog, &mut content, pseudo_locales)
        .context("making the pseudo-locales")?;
    for locale in catalog.locales() {
        for problem in &locale.problems {
            // Broken messages fall back to the host language; staff see where.
            eprintln!(
                "translation problem at {}: {}",
                problem.location, problem.message
            );
        }
    }
    // `--fullscreen`, or the deployment's `fullscreen = true`.
    let fullscreen = fullscreen || content.deployment.fullscreen;
    let viewport = egui::ViewportBuilder::default()
        .with_title("consent-kiosk")
        .with_inner_size([1024.0, 768.0]);
    // A kiosk shows no title bar, no window edges and nothing behind it.
    let viewport = if fullscreen {
        viewport.with_fullscreen(true).with_decorations(false)
    } else {
        viewport
    };
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let opened = if may_create || paths.dir.is_dir() {
        Store::open(&paths, Access::ReadWrite).map_err(|error| error.to_string())
    } else {
        Err(format!(
            "there is no data directory at {dir}: check the path, or create a new store there with: consent-kiosk init --data-dir {dir}",
            dir = paths.dir.display()
        ))
    };
    let mut kiosk_measures = false;
    let mut app: Box<dyn eframe::App> = match opened {
        // Fictional and real consents never share a store: the kiosk records real ones.
        Ok(store) if store.is_demo() && mode == Mode::Kiosk => Box::new(StatusWindow {
            lines: vec![
                format!(
                    "{} holds fictional demo records only: the kiosk records no real consent there.",
                    paths.dir.display()
                ),
                "Start the kiosk on its own data directory (consent-kiosk init --data-dir DIR), or show the demo records with --mode counsellor.".to_owned(),
            ],
        }),
        Ok(store) => {
            if let Some(setting) = &content.deployment.backup {
                start_scheduled_backups(&paths, setting);
            }
            if let Some(url) = &content.deployment.central_url {
                start_central_sync(&paths, url);
            }
            let app = kiosk::KioskApp::new(catalog, content, store, Box::new(SystemClock));
            // Kept over every reload of published content.
            let app = app.with_pseudo_locales(pseudo_locales);
            Box::new(match mode {
                Mode::Kiosk if measure_startup => {
                    kiosk_measures = true;
                    app.measuring_screen_changes()
                }
                Mode::Kiosk => app,
                Mode::Counsellor | Mode::Editor => app.in_counsellor_mode(),
            })
        }
        Err(error) => Box::new(StatusWindow {
            lines: vec![format!("The store cannot be opened: {error}")],
        }),
    };
    if fullscreen {
        app = Box::new(FillScreen { inner: app });
    }
    if measure_startup {
        // The kiosk closes itself once its screen changes are timed.
        app = Box::new(StartupMeasure {
            inner: app,
            started,
            frames: 0,
            closes: !kiosk_measures,
        });
    }
    eframe::run_native(
        "consent-kiosk",
        options,
        Box::new(|cc| {
            cc.egui_ctx.set_fonts(crate::text::font_definitions());
            Ok(app)
        }),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// The background sync's status: the console shows when the central database last
/// accepted this kiosk's events, and why the last try failed.
static CENTRAL_SYNC: std::sync::OnceLock<
    std::sync::Arc<std::sync::Mutex<crate::sync::background::SyncStatus>>,
> = std::sync::OnceLock::new();

/// The background sync's status, when the deployment names a central intake.
pub(crate) fn central_sync_status() -> Option<crate::sync::background::SyncStatus> {
    CENTRAL_SYNC
        .get()
        .map(|status| status.lock().map(|s| s.clone()).unwrap_or_default())
}

/// The environment variable naming a PEM CA certificate for the central intake
/// (a private CA), for the kiosk's background sync.
pub const CENTRAL_CA_ENV: &str = "CONSENT_KIOSK_CENTRAL_CA";

/// Starts the background sync (`central_url` in the deployment) in its own thread;
/// a failure to start is told on standard error and never stops the kiosk.
fn start_central_sync(paths: &StorePaths, url: &str) {
    let status = CENTRAL_SYNC.get_or_init(Default::default).clone();
    let ca_cert = std::env::var_os(CENTRAL_CA_ENV).map(std::path::PathBuf::from);
    if let Err(error) = crate::sync::background::spawn(
        paths.clone(),
        url.to_owned(),
        ca_cert,
        std::sync::Arc::new(SystemClock),
        status,
    ) {
        eprintln!("STAFF: the central sync could not start: {error}");
    }
}

/// The last scheduled backup's failure, until one succeeds: the console shows it.
static BACKUP_PROBLEM: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Why the last scheduled backup failed, if it did and none has succeeded since.
pub(crate) fn backup_problem() -> Option<String> {
    BACKUP_PROBLEM
        .lock()
        .ok()
        .and_then(|problem| problem.clone())
}

fn set_backup_problem(problem: Option<String>) {
    if let Ok(mut slot) = BACKUP_PROBLEM.lock() {
        *slot = problem;
    }
}

/// Starts `[backup]`'s schedule in its own thread. A failure is told to staff on
/// the console and on standard error (the kiosk's log), and never stops the kiosk.
fn start_scheduled_backups(paths: &StorePaths, setting: &crate::content::BackupSetting) {
    use crate::store::backup::{KeyFiles, Schedule, spawn_schedule};
    let schedule = Schedule {
        to: setting.to.clone(),
        every: time::Duration::hours(i64::from(setting.every_hours)),
        keep: usize::try_from(setting.keep).unwrap_or(usize::MAX),
        keys: if setting.keys {
            KeyFiles::Copy
        } else {
            KeyFiles::Leave
        },
    };
    let started = spawn_schedule(
        paths.clone(),
        schedule,
        std::sync::Arc::new(SystemClock),
        |outcome| match outcome {
            Ok(None) => {}
            Ok(Some(summary)) => {
                eprintln!(
                    "scheduled backup written: {} ({} events, checked)",
                    summary.dir.display(),
                    summary.events
                );
                set_backup_problem(None);
            }
            Err(error) => {
                eprintln!("STAFF: the scheduled backup failed: {error}");
                set_backup_problem(Some(format!("scheduled backup: {error}")));
            }
        },
    );
    if let Err(error) = started {
        eprintln!("STAFF: scheduled backups could not start: {error}");
        set_backup_problem(Some(format!("scheduled backups could not start: {error}")));
    }
}

/// `--measure-startup`: prints the time to the first frame and the resident
/// memory after a few frames, then closes the window.
struct StartupMeasure {
    inner: Box<dyn eframe::App>,
    started: std::time::Instant,
    frames: u32,
    /// Whether to close after the memory figure (the kiosk goes on to time screen changes).
    closes: bool,
}

impl std::fmt::Debug for StartupMeasure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StartupMeasure")
            .field("frames", &self.frames)
            .finish_non_exhaustive()
    }
}

/// `--fullscreen` where nothing makes the window full screen: under a Wayland
/// compositor such as cage, or an X11 window manager, the full-screen request is
/// enough; on a bare X server nobody honours it, so the window sizes itself to
/// the monitor and moves to its corner.
struct FillScreen {
    inner: Box<dyn eframe::App>,
}

impl std::fmt::Debug for FillScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FillScreen").finish_non_exhaustive()
    }
}

impl eframe::App for FillScreen {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let (monitor, inner) = ui
            .ctx()
            .input(|i| (i.viewport().monitor_size, i.viewport().inner_rect));
        if let (Some(monitor), Some(inner)) = (monitor, inner)
            && (inner.size() - monitor).length() > 1.0
        {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::InnerSize(monitor));
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::Pos2::ZERO));
        }
        self.inner.ui(ui, frame);
    }
}

impl eframe::App for StartupMeasure {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.inner.ui(ui, frame);
        self.frames += 1;
        if self.frames == 1 {
            println!(
                "first frame after {} ms",
                self.started.elapsed().as_millis()
            );
        }
        // What the last frame cost the processor, painting included: the first
        // frame lays out every word of the start screen.
        if (2..=4).contains(&self.frames)
            && let Some(seconds) = frame.info().cpu_usage
        {
            println!(
                "frame {} took {:.1} ms of processor time",
                self.frames - 1,
                seconds * 1e3
            );
        }
        if self.frames == 10 {
            let resident = std::fs::read_to_string("/proc/self/status")
                .ok()
                .and_then(|status| {
                    status
                        .lines()
                        .find(|l| l.starts_with("VmRSS:"))
                        .map(|l| l.trim_start_matches("VmRSS:").trim().to_owned())
                })
                .unwrap_or_else(|| "unknown".into());
            println!("resident memory after 10 frames: {resident}");
            if self.closes {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
        ui.ctx().request_repaint();
    }
}
