//! The content editor's workspace, in three panes as translators know them: the
//! list (each message's ID, English, translation and status), the message being
//! edited (English above, the translation below with its placeables as chips,
//! suggestions from the glossary and from earlier wordings), and the real kiosk
//! screen changing with every keystroke. Ctrl+Enter saves and opens the next
//! message; Ctrl+Shift+Enter marks the saved wording reviewed. Review, recordings,
//! exchange with translators and publishing are on the same screen.

mod panels;

use eframe::egui;

use crate::consent::Timestamp;
use crate::editor::Workspace;
use crate::i18n::Catalog;
use crate::store::Store;
use crate::text::BaseDirection;
use crate::ui::console::ConsoleView;
use crate::ui::kiosk::Look;

pub use panels::{EditorInputs, EditorKey, isolate};

/// What the window should do after an editor frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorOutcome {
    /// Stay.
    Stay,
    /// The editor signed out (or the workspace locked itself).
    SignedOut,
}

/// The workspace as the window holds it.
#[derive(Debug)]
pub struct EditorFront {
    /// The editor's account.
    pub account_id: String,
    /// Messages, statuses, files.
    pub workspace: Workspace,
    /// The catalog the preview draws with, the edit being typed applied on top.
    preview: Preview,
    /// What is being typed and chosen.
    pub inputs: EditorInputs,
    /// How the preview looks.
    pub look: Look,
    /// Last touch, for the idle lock.
    last_input: Timestamp,
    /// Minutes without a touch before the workspace closes.
    lock_minutes: i64,
    /// The kiosk's last reload problem, if publishing did not take.
    pub kiosk_problem: Option<String>,
    /// Plays a message's recording (made on first use).
    pub player: Option<crate::audio::Player>,
    /// A take being recorded from the microphone.
    pub take: Option<panels::TakeInProgress>,
    /// Recording a page in one go: which of its messages is being recorded.
    pub page_recording: Option<usize>,
    /// What each account last saw of each message (none: not remembered).
    pub seen: Option<crate::editor::seen::Seen>,
    /// Why what this account last saw could not be read or kept.
    pub seen_problem: Option<String>,
}

impl EditorFront {
    /// Opens the workspace for `account_id`.
    /// The first language offered is the first that is not the host language
    /// of the deployment (`host_locale`), which the centre's own staff write.
    pub fn new(
        account_id: &str,
        workspace: Workspace,
        host_locale: &str,
        lock_minutes: u32,
        now: Timestamp,
    ) -> Self {
        let first = workspace
            .locales()
            .find(|t| *t != host_locale)
            .unwrap_or("ar")
            .to_owned();
        let page = workspace
            .pages()
            .first()
            .map(|p| p.id.clone())
            .unwrap_or_default();
        Self {
            account_id: account_id.to_owned(),
            workspace,
            preview: Preview::default(),
            inputs: EditorInputs::new(&first, &page),
            look: Look::default(),
            last_input: now,
            lock_minutes: i64::from(lock_minutes),
            kiosk_problem: None,
            player: None,
            take: None,
            page_recording: None,
            seen: None,
            seen_problem: None,
        }
    }

    /// Remembers what this account sees in `path` (the data folder's
    /// [`crate::editor::seen::FILE`]), for "changed since I last looked". A file
    /// that does not read is left as it is, and the screen says why.
    #[must_use]
    pub fn remembering_in(mut self, path: &std::path::Path) -> Self {
        match crate::editor::seen::Seen::open(path) {
            Ok(seen) => self.seen = Some(seen),
            Err(error) => self.seen_problem = Some(error.to_string()),
        }
        self
    }

    /// The language the workspace opened on.
    pub fn locale(&self) -> &str {
        &self.inputs.locale
    }

    /// One frame.
    pub fn frame_ui(
        &mut self,
        ui: &mut egui::Ui,
        store: &mut Store,
        staff: &Catalog,
        content: &crate::content::Content,
        now: Timestamp,
    ) -> EditorOutcome {
        if ui
            .ctx()
            .input(|i| !i.events.is_empty() || i.pointer.any_down())
        {
            self.last_input = now;
        }
        if now - self.last_input >= time::Duration::minutes(self.lock_minutes) {
            self.inputs.wipe();
            return EditorOutcome::SignedOut;
        }
        let chain = staff.chain(&content.deployment.host_locale, "en");
        let base = staff
            .locale(chain.primary())
            .map_or(BaseDirection::Ltr, |l| {
                BaseDirection::from(l.meta.direction)
            });
        // The console view's helpers (words, fields, rows) serve the workspace too.
        let console = crate::console::Console::detached();
        let view = ConsoleView {
            catalog: staff,
            content,
            console: &console,
            chain,
            base,
            now_ms: (now.unix_timestamp_nanos() / 1_000_000) as i64,
        };
        // The workspace's keys, before the text field could take Enter as a new line.
        let key = ui.ctx().input_mut(|i| {
            if i.consume_key(
                egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
                egui::Key::Enter,
            ) {
                Some(EditorKey::MarkReviewed)
            } else if i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter) {
                Some(EditorKey::SaveAndNext)
            } else {
                None
            }
        });
        if key.is_some() {
            self.inputs.key = key;
        }
        let mut outcome = EditorOutcome::Stay;
        let width = ui.available_width();
        // Who is signed in, publishing, and the two figures across the top.
        egui::Panel::top("editor-top").show(ui, |ui| {
            ui.spacing_mut().item_spacing = egui::vec2(8.0, 4.0);
            if panels::header_ui(ui, &view, self, store, now) {
                outcome = EditorOutcome::SignedOut;
            }
            panels::progress_ui(ui, &view, self);
        });
        // The kiosk preview at the reading end (the left in a mirrored console),
        // the list at the reading start, the message being edited between them.
        let preview_width = (width * 0.32).max(300.0);
        let list_width = (width * 0.3).max(280.0);
        let preview_panel = if view.rtl() {
            egui::Panel::left("editor-preview")
        } else {
            egui::Panel::right("editor-preview")
        };
        preview_panel
            .resizable(false)
            .exact_size(preview_width)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("editor-preview")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        panels::preview_controls_ui(ui, &view, self);
                        let tag = self.inputs.locale.clone();
                        let page = self.inputs.page.clone();
                        let look = self.look;
                        // The edit is applied before drawing: the preview is of this keystroke.
                        let entry = self.inputs.preview_entry.clone();
                        let calendar = content.deployment.persian_calendar;
                        match self.preview.get(self.workspace.locales_dir(), calendar) {
                            Ok(catalog) => {
                                if let Some(entry) = &entry {
                                    catalog.override_message(&tag, entry);
                                }
                                // Another page is drawn with new accessibility nodes.
                                ui.push_id(("preview", &tag, &page), |ui| {
                                    crate::ui::kiosk::preview_ui(
                                        ui, catalog, content, &tag, &page, look,
                                    );
                                });
                            }
                            Err(problem) => view.text(ui, problem),
                        }
                    });
            });
        // Each panel in a scope of its own, named after what is chosen: choosing
        // other messages gives new accessibility nodes, and no panel growing
        // moves another's widget ids (see `ui::access`).
        let chosen = (
            self.inputs.locale.clone(),
            self.inputs.page.clone(),
            self.inputs.status,
            self.inputs.changed_only,
            self.inputs.selected.clone(),
        );
        let list_panel = if view.rtl() {
            egui::Panel::right("editor-list")
        } else {
            egui::Panel::left("editor-list")
        };
        list_panel
            .resizable(false)
            .exact_size(list_width)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("editor-list")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.push_id(("choose", &chosen), |ui| {
                            panels::choose_ui(ui, &view, self);
                        });
                        ui.separator();
                        ui.push_id(("list", &chosen), |ui| {
                            panels::list_ui(ui, &view, self);
                        });
                    });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("editor-work")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.spacing_mut().item_spacing = egui::vec2(8.0, 6.0);
                    ui.push_id(("message", &chosen), |ui| {
                        panels::message_ui(ui, &view, self, now);
                    });
                    ui.push_id(("review", &chosen), |ui| {
                        panels::review_ui(ui, &view, self, now);
                    });
                    ui.push_id(("audio", &chosen), |ui| {
                        panels::audio_ui(ui, &view, self);
                    });
                    ui.push_id(("exchange", &chosen), |ui| {
                        panels::exchange_ui(ui, &view, self);
                    });
                });
        });
        if self.inputs.saved {
            // Saved to disk: the preview starts again from the files.
            self.preview = Preview::default();
            self.inputs.saved = false;
        }
        if outcome == EditorOutcome::SignedOut {
            self.inputs.wipe();
        }
        outcome
    }
}

/// The preview's catalog: loaded once, and after every save. A failed load is
/// remembered with its reason until the next save, rather than tried again (and
/// the files read again) at every frame.
#[derive(Debug, Default)]
enum Preview {
    /// Not loaded since the last save.
    #[default]
    Stale,
    /// Loaded.
    Loaded(Box<Catalog>),
    /// Could not be loaded; why.
    Failed(String),
}

impl Preview {
    /// The catalog, with the deployment's calendar so that dates in the preview
    /// read as the kiosk writes them.
    fn get(
        &mut self,
        locales_dir: &std::path::Path,
        calendar: crate::i18n::PersianCalendar,
    ) -> Result<&mut Catalog, &str> {
        if matches!(self, Preview::Stale) {
            *self = match Catalog::load(locales_dir) {
                Ok(mut catalog) => {
                    catalog.set_persian_calendar(calendar);
                    Preview::Loaded(Box::new(catalog))
                }
                Err(error) => Preview::Failed(error.to_string()),
            };
        }
        match self {
            Preview::Loaded(catalog) => Ok(catalog),
            Preview::Failed(why) => Err(why),
            Preview::Stale => Err(""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy(from: &std::path::Path, to: &std::path::Path, tags: &[&str]) {
        for tag in tags {
            let target = to.join(tag);
            std::fs::create_dir_all(&target).expect("mkdir");
            for entry in std::fs::read_dir(from.join(tag)).expect("read dir") {
                let path = entry.expect("entry").path();
                std::fs::copy(&path, target.join(path.file_name().expect("name"))).expect("copy");
            }
        }
    }

    #[test]
    fn a_failed_preview_load_is_remembered_not_retried_every_frame() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        copy(&root.join("locales"), dir.path(), &["fr"]);
        let mut preview = Preview::default();
        let first = preview
            .get(dir.path(), Default::default())
            .err()
            .map(str::to_owned);
        assert!(
            first.as_deref().is_some_and(|why| why.contains("en")),
            "{first:?}"
        );
        // The folder is mended, but no save happened: the next frame does not read it again.
        copy(&root.join("locales"), dir.path(), &["en"]);
        assert_eq!(
            preview
                .get(dir.path(), Default::default())
                .err()
                .map(str::to_owned),
            first
        );
        // A save starts again from the files.
        preview = Preview::default();
        assert!(preview.get(dir.path(), Default::default()).is_ok());
    }

    #[test]
    fn the_first_language_offered_is_not_the_deployments_host_language() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let locales = dir.path().join("locales");
        copy(&root.join("locales"), &locales, &["en", "es", "fr"]);
        let workspace = Workspace::open(&locales, &root.join("content")).expect("open");
        let now = time::macros::datetime!(2026-03-02 09:00 UTC);
        let front = EditorFront::new("editor-one", workspace, "es", 15, now);
        assert_eq!(front.locale(), "fr");
    }
}
