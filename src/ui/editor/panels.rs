//! The parts of the workspace screen, top to bottom: who is signed in, publishing,
//! language and page, the messages, the one being edited, review, recordings,
//! exchange with translators; and the preview's look.

use eframe::egui::{self, Ui};
use zeroize::Zeroize;

use crate::consent::Timestamp;
use crate::editor::exchange;
use crate::editor::ftl_edit;
use crate::editor::publish::publish;
use crate::editor::{SaveError, Status};
use crate::text::{BaseDirection, paragraph};
use crate::ui::console::ConsoleView;
use crate::ui::kiosk::TextSize;

use super::EditorFront;

/// What the editor is typing and choosing.
#[derive(Debug, Default)]
pub struct EditorInputs {
    /// The target locale.
    pub locale: String,
    /// The page shown.
    pub page: String,
    /// Filter by status.
    pub status: Option<Status>,
    /// Search text.
    pub search: String,
    /// The message being edited.
    pub selected: Option<String>,
    /// Its text as typed.
    pub text: String,
    /// Its translation when it was opened (for conflicts).
    pub base: Option<String>,
    /// The typed text as a Fluent entry, when it is valid (for the preview).
    pub preview_entry: Option<String>,
    /// What happened last, in words.
    pub note: Option<String>,
    /// A conflict: what is on disk now, and what was typed.
    pub conflict: Option<(Option<String>, String)>,
    /// The reviewer's name.
    pub reviewer: String,
    /// A recording to attach (file path).
    pub recording: String,
    /// The reviewer's note on a recording.
    pub recording_note: String,
    /// Exchange: folder for exports, file for imports.
    pub exchange_path: String,
    /// Set after a save, so the preview reloads from disk.
    pub saved: bool,
}

impl EditorInputs {
    /// Inputs on `locale` and `page`.
    pub fn new(locale: &str, page: &str) -> Self {
        Self {
            locale: locale.to_owned(),
            page: page.to_owned(),
            ..Self::default()
        }
    }

    /// Forgets what was typed.
    pub fn wipe(&mut self) {
        self.text.zeroize();
        self.reviewer.zeroize();
        self.search.zeroize();
        self.conflict = None;
        self.note = None;
    }
}

fn percent((done, all): (usize, usize)) -> usize {
    (done * 100).checked_div(all).unwrap_or(100)
}

/// "العربية: 100 % translated, 0 % reviewed": the two figures apart (a draft is
/// not a reviewed translation), the name isolated by Fluent so that an Arabic
/// name and the numbers after it each keep their order.
fn progress_label(
    view: &ConsoleView<'_>,
    name: &str,
    workspace: &crate::editor::Workspace,
    tag: &str,
    page: Option<&str>,
) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("language", name.to_owned());
    args.set("translated", percent(workspace.progress(tag, page)));
    args.set("reviewed", percent(workspace.reviewed(tag, page)));
    view.t_args("editor-progress", &args)
}

/// Who is signed in; sign out. True when the editor signs out.
pub fn header_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &EditorFront) -> bool {
    let mut out = false;
    view.row(ui, |ui| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("account", front.account_id.clone());
        args.set("role", view.t("console-role-editor"));
        view.label(ui, &view.t_args("console-signed-in-as", &args));
        out = view.button(ui, "console-sign-out");
    });
    view.heading(ui, "editor-title");
    if let Some(problem) = front.workspace.content_problem() {
        view.text(ui, problem);
    }
    out
}

/// Publish, and what the kiosk made of the last publication.
pub fn publish_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    front: &mut EditorFront,
    store: &mut crate::store::Store,
    now: Timestamp,
) {
    view.row(ui, |ui| {
        if view.button(ui, "editor-publish") {
            let result = publish(
                store,
                &front.account_id,
                front.workspace.content_dir(),
                front.workspace.locales_dir(),
                now,
            );
            front.inputs.note = Some(match result {
                Ok(published) => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set(
                        "version",
                        published.version.chars().take(19).collect::<String>(),
                    );
                    view.t_args("editor-published", &args)
                }
                Err(error) => error.to_string(),
            });
        }
    });
    if let Some(problem) = &front.kiosk_problem {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("why", problem.clone());
        view.text(ui, &view.t_args("editor-kiosk-kept-last-good", &args));
    }
}

/// Language, page, filter and search, each with progress.
pub fn choose_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &mut EditorFront) {
    let workspace = &front.workspace;
    let inputs = &mut front.inputs;
    view.para(ui, "editor-language");
    view.row(ui, |ui| {
        let tags: Vec<String> = workspace.locales().map(str::to_owned).collect();
        for tag in tags {
            let name = view
                .catalog
                .locale(&tag)
                .map_or_else(|| tag.clone(), |l| l.meta.native_name.clone());
            let label = progress_label(view, &name, workspace, &tag, None);
            if view.choice(ui, &label, inputs.locale == tag) && inputs.locale != tag {
                inputs.locale = tag;
                inputs.selected = None;
            }
        }
    });
    view.para(ui, "editor-page");
    view.row(ui, |ui| {
        for page in workspace.pages() {
            let label = progress_label(view, &page.id, workspace, &inputs.locale, Some(&page.id));
            if view.choice(ui, &label, inputs.page == page.id) && inputs.page != page.id {
                inputs.page.clone_from(&page.id);
                inputs.selected = None;
            }
        }
    });
    view.row(ui, |ui| {
        if view.choice(ui, &view.t("editor-status-all"), inputs.status.is_none()) {
            inputs.status = None;
        }
        for status in Status::ALL {
            if view.choice(ui, &view.t(status.message()), inputs.status == Some(status)) {
                inputs.status = Some(status);
            }
        }
    });
    view.field(ui, "editor-search", &mut inputs.search, false);
    for (at, what) in workspace.problems(&inputs.locale) {
        view.text(ui, &format!("{at}: {what}"));
    }
}

/// The page's messages, and the one being edited (the preview follows the text
/// being typed: see `EditorInputs::preview_entry`).
pub fn message_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &mut EditorFront) {
    let tag = front.inputs.locale.clone();
    let page = (front.inputs.search.trim().is_empty()).then(|| front.inputs.page.clone());
    let rows = front.workspace.rows(
        &tag,
        page.as_deref(),
        front.inputs.status,
        &front.inputs.search,
    );
    let base = view.catalog.locale(&tag).map_or(BaseDirection::Ltr, |l| {
        BaseDirection::from(l.meta.direction)
    });
    let small = crate::text::TextStyle {
        font_id: egui::FontId::proportional(16.0),
        ..view.body()
    };
    for row in &rows {
        let selected = front.inputs.selected.as_deref() == Some(row.id.as_str());
        let label = format!("{} · {}", row.id, view.t(row.status.message()));
        if view.choice(ui, &label, selected) && !selected {
            front.inputs.selected = Some(row.id.clone());
            front.inputs.text = row.translation.clone().unwrap_or_default();
            front.inputs.base.clone_from(&row.translation);
            front.inputs.conflict = None;
        }
        if selected {
            ui.group(|ui| {
                ui.set_min_width(ui.available_width());
                view.para(ui, "editor-english");
                paragraph(ui, &row.english, BaseDirection::Ltr, &small);
                let label = view.t("editor-translation");
                view.text(ui, &label);
                // Shown as it reads, in the language's direction (one copy, no
                // second "reads as" line under it).
                let field_style = crate::text::TextStyle {
                    font_id: egui::FontId::proportional(18.0),
                    ..view.body()
                };
                crate::ui::field::text_area(
                    ui,
                    &mut front.inputs.text,
                    &field_style,
                    base,
                    &label,
                    ui.available_width(),
                    3,
                );
                // Validation as you type, and the text as it will read.
                let verdict = ftl_edit::validate(&row.id, &front.inputs.text, Some(&row.english));
                match &verdict {
                    Ok(entry) => {
                        front.inputs.preview_entry = Some(entry.clone());
                        view.para(ui, "editor-valid");
                    }
                    Err(problems) => {
                        front.inputs.preview_entry = None;
                        for problem in problems {
                            view.text(ui, &problem.to_string());
                        }
                    }
                }
                if let Some(review) = front.workspace.review_of(&tag, &row.id) {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("reviewer", review.reviewer.clone());
                    args.set("date", review.date.clone());
                    view.text(ui, &view.t_args("editor-reviewed-by", &args));
                }
                if view.button(ui, "editor-save") {
                    let text = front.inputs.text.clone();
                    let result =
                        front
                            .workspace
                            .save(&tag, &row.id, &text, front.inputs.base.as_deref());
                    front.inputs.note = Some(match result {
                        Ok(()) => {
                            front.inputs.base = Some(text);
                            front.inputs.saved = true;
                            front.inputs.conflict = None;
                            view.t("editor-saved")
                        }
                        Err(SaveError::Conflict { on_disk, mine }) => {
                            front.inputs.conflict = Some((on_disk, mine));
                            view.t("editor-conflict")
                        }
                        Err(other) => other.to_string(),
                    });
                }
                if let Some((on_disk, mine)) = front.inputs.conflict.clone() {
                    view.para(ui, "editor-conflict-theirs");
                    paragraph(ui, on_disk.as_deref().unwrap_or(""), base, &small);
                    view.para(ui, "editor-conflict-mine");
                    paragraph(ui, &mine, base, &small);
                    view.row(ui, |ui| {
                        if view.button(ui, "editor-conflict-keep-mine") {
                            // Mine replaces theirs knowingly: theirs becomes the base.
                            front.inputs.base = on_disk.clone();
                            front.inputs.conflict = None;
                        }
                        if view.button(ui, "editor-conflict-take-theirs") {
                            front.inputs.text = on_disk.clone().unwrap_or_default();
                            front.inputs.base = on_disk.clone();
                            front.inputs.conflict = None;
                        }
                    });
                }
            });
        }
    }
    if let Some(note) = &front.inputs.note {
        view.text(ui, note);
    }
}

/// Mark the page or the whole language reviewed.
pub fn review_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &mut EditorFront, now: Timestamp) {
    ui.separator();
    view.field(ui, "editor-reviewer", &mut front.inputs.reviewer, false);
    let reviewer = front.inputs.reviewer.trim().to_owned();
    let tag = front.inputs.locale.clone();
    let page = front.inputs.page.clone();
    view.row(ui, |ui| {
        for (id, scope) in [
            ("editor-review-page", Some(page.as_str())),
            ("editor-review-locale", None),
        ] {
            if view.button(ui, id) {
                front.inputs.note = Some(if reviewer.is_empty() {
                    view.t("editor-reviewer-needed")
                } else {
                    match front.workspace.mark_reviewed(&tag, scope, &reviewer, now) {
                        Ok(count) => {
                            let mut args = fluent_bundle::FluentArgs::new();
                            args.set("count", count);
                            view.t_args("editor-review-done", &args)
                        }
                        Err(error) => error.to_string(),
                    }
                });
            }
        }
    });
}

/// A take being recorded, with the message it is for.
#[derive(Debug)]
pub struct TakeInProgress {
    take: crate::audio::record::Take,
    /// Holds the raw take until it is imported.
    _folder: tempfile::TempDir,
    tag: String,
    id: String,
}

/// Opens `id` for editing, as choosing it in the list does.
fn select(front: &mut EditorFront, id: &str) {
    let row = front.workspace.row(&front.inputs.locale, id);
    let translation = row.and_then(|r| r.translation);
    front.inputs.selected = Some(id.to_owned());
    front.inputs.text = translation.clone().unwrap_or_default();
    front.inputs.base = translation;
    front.inputs.conflict = None;
    front.inputs.recording_note.clear();
}

/// Starts a take of `id` in `tag` through the deployment's recorder.
fn start_take(view: &ConsoleView<'_>, front: &mut EditorFront, tag: &str, id: &str) {
    let started =
        crate::audio::record::Recorder::new(view.content.deployment.audio_recorder.clone())
            .map_err(|e| e.to_string())
            .and_then(|recorder| {
                let folder = tempfile::tempdir().map_err(|e| e.to_string())?;
                let take = recorder
                    .start(&folder.path().join("take.wav"))
                    .map_err(|e| e.to_string())?;
                Ok(TakeInProgress {
                    take,
                    _folder: folder,
                    tag: tag.to_owned(),
                    id: id.to_owned(),
                })
            });
    if let Some(player) = front.player.as_mut() {
        player.stop();
    }
    match started {
        Ok(take) => {
            front.take = Some(take);
            front.inputs.note = None;
        }
        Err(problem) => front.inputs.note = Some(problem),
    }
}

/// Ends the take in progress (`stop`: the person pressed stop; otherwise the
/// recorder ended by itself) and stores it, trimmed and normalised.
fn end_take(view: &ConsoleView<'_>, front: &mut EditorFront, stop: bool) {
    let Some(progress) = front.take.take() else {
        return;
    };
    let ended = if stop {
        progress.take.stop()
    } else {
        progress.take.finish()
    };
    front.inputs.note = Some(match ended {
        Err(error) => error.to_string(),
        Ok(path) => {
            match front
                .workspace
                .import_take(&progress.tag, &progress.id, &path, &front.account_id)
            {
                Ok(prepared) => format!(
                    "{} {:.1} s, {:.1} LUFS",
                    view.t("editor-saved"),
                    prepared.seconds,
                    prepared.loudness
                ),
                Err(error) => error.to_string(),
            }
        }
    });
}

/// Record page by page: the message's words large, its position in the page.
fn page_recording_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &mut EditorFront) {
    let ids = front
        .workspace
        .pages()
        .iter()
        .find(|p| p.id == front.inputs.page)
        .map(|p| p.message_ids.clone())
        .unwrap_or_default();
    let Some(index) = front.page_recording else {
        if !ids.is_empty() && front.take.is_none() && view.button(ui, "editor-record-page") {
            front.page_recording = Some(0);
            if let Some(first) = ids.first() {
                select(front, first);
            }
        }
        return;
    };
    let Some(id) = ids.get(index).cloned() else {
        front.page_recording = None;
        return;
    };
    if front.inputs.selected.as_deref() != Some(id.as_str()) {
        select(front, &id);
    }
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("position", index + 1);
    args.set("count", ids.len());
    view.text(ui, &view.t_args("editor-record-page-position", &args));
    let tag = front.inputs.locale.clone();
    let base = view.catalog.locale(&tag).map_or(BaseDirection::Ltr, |l| {
        BaseDirection::from(l.meta.direction)
    });
    let large = crate::text::TextStyle {
        font_id: egui::FontId::proportional(34.0),
        ..view.body()
    };
    let words = front
        .workspace
        .row(&tag, &id)
        .and_then(|r| r.translation)
        .unwrap_or_default();
    ui.group(|ui| {
        ui.set_min_width(ui.available_width());
        paragraph(ui, &words, base, &large);
    });
    if front.take.is_none() {
        view.row(ui, |ui| {
            if index + 1 < ids.len() && view.button(ui, "editor-record-next") {
                front.page_recording = Some(index + 1);
                front.inputs.note = None;
            }
            if view.button(ui, "editor-record-page-done") {
                front.page_recording = None;
            }
        });
    }
}

/// Record, play back and review the recording of the message being edited, or
/// record a whole page in one go; attach a file made elsewhere.
pub fn audio_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &mut EditorFront) {
    ui.separator();
    // A scope per mode: starting or ending a take or a page's recording gives new
    // accessibility nodes instead of turning one control into another.
    let mode = (front.page_recording, front.take.is_some());
    ui.push_id(("recording", mode), |ui| recording_ui(ui, view, front));
}

fn recording_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &mut EditorFront) {
    use crate::content::recordings::{LocaleRecordings, RecordingState, Verdict};
    // A recorder that ended by itself (a file fed in, a device gone) is done.
    if front.take.as_mut().is_some_and(|t| !t.take.is_running()) {
        end_take(view, front, false);
    }
    page_recording_ui(ui, view, front);
    let Some(id) = front.inputs.selected.clone() else {
        return;
    };
    let tag = front.inputs.locale.clone();
    let (file, state) = front.workspace.recording_state(&tag, &id);
    let recordings = LocaleRecordings::read(view.content.dir.as_path(), &tag).ok();
    let review = recordings
        .as_ref()
        .and_then(|r| r.reviews.get(&id).cloned());
    let recorder = recordings
        .as_ref()
        .and_then(|r| r.recorder(&id).map(str::to_owned));
    let mut args = fluent_bundle::FluentArgs::new();
    args.set(
        "reviewer",
        review
            .as_ref()
            .map(|r| r.reviewer.clone())
            .unwrap_or_default(),
    );
    args.set(
        "note",
        review.as_ref().map(|r| r.note.clone()).unwrap_or_default(),
    );
    let line = match state {
        RecordingState::Missing => view.t("editor-recording-none"),
        RecordingState::Stale => view.t("editor-recording-stale"),
        RecordingState::Unreviewed if view.content.deployment.play_unreviewed_recordings => {
            view.t("editor-recording-unreviewed-plays")
        }
        RecordingState::Unreviewed => view.t("editor-recording-unreviewed"),
        RecordingState::Approved => view.t_args("editor-recording-approved", &args),
        RecordingState::Rejected => view.t_args("editor-recording-rejected", &args),
    };
    view.text(ui, &line);
    if let Some(name) = recorder {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("name", name);
        view.text(ui, &view.t_args("editor-recorded-by", &args));
    }
    let recording_this = front
        .take
        .as_ref()
        .is_some_and(|t| t.tag == tag && t.id == id);
    view.row(ui, |ui| {
        // A take goes on while another message is opened: its meter and Stop stay
        // in reach, and it is stored as the message it was started for.
        if front.take.is_some() {
            let level = front.take.as_ref().map_or(0.0, |t| t.take.level());
            ui.add(
                egui::ProgressBar::new(level)
                    .desired_width(220.0)
                    .text(view.t("editor-record-level")),
            );
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(50));
            if view.button(ui, "editor-record-stop") {
                end_take(view, front, true);
            }
            return;
        }
        if front.take.is_none() && view.button(ui, "editor-record") {
            start_take(view, front, &tag, &id);
        }
        if let Some(path) = file.clone()
            && view.button(ui, "read-aloud")
        {
            front
                .player
                .get_or_insert_with(|| {
                    crate::audio::Player::new(view.content.deployment.audio_player.clone())
                })
                .play(vec![path]);
        }
        if let Some(crate::audio::PlayState::Failed(error)) =
            front.player.as_ref().map(crate::audio::Player::state)
        {
            view.label(ui, &error.to_string());
        }
    });
    // A second person listens and approves, or rejects with a note.
    if matches!(
        state,
        RecordingState::Unreviewed | RecordingState::Approved | RecordingState::Rejected
    ) && !recording_this
    {
        view.field(
            ui,
            "editor-recording-note",
            &mut front.inputs.recording_note,
            false,
        );
        let reviewer = front.inputs.reviewer.trim().to_owned();
        view.row(ui, |ui| {
            for (button, verdict) in [
                ("editor-recording-approve", Verdict::Approved),
                ("editor-recording-reject", Verdict::Rejected),
            ] {
                if view.button(ui, button) {
                    front.inputs.note = Some(if reviewer.is_empty() {
                        view.t("editor-reviewer-needed")
                    } else {
                        match front.workspace.review_recording(
                            &tag,
                            &id,
                            verdict,
                            &front.inputs.recording_note,
                            &reviewer,
                        ) {
                            Ok(()) => view.t("editor-saved"),
                            Err(error) => error.to_string(),
                        }
                    });
                }
            }
        });
    }
    if front.page_recording.is_none() && front.take.is_none() {
        view.field(
            ui,
            "editor-recording-file",
            &mut front.inputs.recording,
            false,
        );
        if view.button(ui, "editor-recording-attach") {
            let path = std::path::PathBuf::from(front.inputs.recording.trim());
            front.inputs.note = Some(match front.workspace.attach_recording(&tag, &id, &path) {
                Ok(()) => view.t("editor-saved"),
                Err(error) => error.to_string(),
            });
        }
    }
}

/// Export for translators; import their work.
pub fn exchange_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &mut EditorFront) {
    ui.separator();
    view.field(
        ui,
        "editor-exchange-path",
        &mut front.inputs.exchange_path,
        false,
    );
    let tag = front.inputs.locale.clone();
    let path = std::path::PathBuf::from(front.inputs.exchange_path.trim());
    view.row(ui, |ui| {
        for (id, xliff, only_open) in [
            ("editor-export-xliff", true, false),
            ("editor-export-xliff-open", true, true),
            ("editor-export-csv", false, false),
        ] {
            if view.button(ui, id) {
                let units = exchange::units(&front.workspace, &tag, only_open);
                let (text, ext) = if xliff {
                    (exchange::to_xliff(&tag, &units), "xlf")
                } else {
                    (exchange::to_csv(&tag, &units), "csv")
                };
                let file = path.join(format!("{tag}.{ext}"));
                front.inputs.note = Some(match std::fs::write(&file, text) {
                    Ok(()) => file.display().to_string(),
                    Err(error) => format!("{}: {error}", file.display()),
                });
            }
        }
        if view.button(ui, "editor-import") {
            // A regular file within the size cap: a FIFO would freeze the screen.
            let read = crate::content::read::read_text_file(
                path.parent().unwrap_or(&path),
                &path,
                crate::content::read::TEXT_CAP,
            )
            .map_err(|e| e.to_string())
            .and_then(|text| {
                let is_csv = path.extension().is_some_and(|e| e == "csv");
                if is_csv {
                    exchange::from_csv(&tag, &text).map_err(|e| e.to_string())
                } else {
                    exchange::from_xliff(&tag, &text)
                        .map(|units| units.into_iter().map(Ok).collect())
                        .map_err(|e| e.to_string())
                }
            });
            front.inputs.note = Some(match read {
                Ok(units) => {
                    let report = exchange::import(&mut front.workspace, &tag, units);
                    front.inputs.saved = !report.applied.is_empty();
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("applied", report.applied.len());
                    args.set("rejected", report.rejected.len());
                    args.set("conflicts", report.conflicts.len());
                    let mut note = view.t_args("editor-import-done", &args);
                    for (line, id, why) in &report.rejected {
                        note.push_str(&format!("\n{line} {id}: {why}"));
                    }
                    for (id, _, _) in &report.conflicts {
                        note.push_str(&format!("\n{id}: {}", view.t("editor-conflict")));
                    }
                    note
                }
                Err(why) => why,
            });
        }
    });
}

/// The preview's text size and contrast.
pub fn preview_controls_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &mut EditorFront) {
    view.para(ui, "editor-preview");
    view.row(ui, |ui| {
        for (id, size) in [
            ("editor-size-normal", TextSize::Normal),
            ("editor-size-large", TextSize::Large),
            ("editor-size-largest", TextSize::Largest),
        ] {
            if view.choice(ui, &view.t(id), front.look.size == size) {
                front.look.size = size;
            }
        }
        if view.choice(ui, &view.t("high-contrast"), front.look.high_contrast) {
            front.look.high_contrast = !front.look.high_contrast;
        }
    });
}
