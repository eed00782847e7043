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

/// The workspace's keys, taken before the text field sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorKey {
    /// Ctrl+Enter: save, and open the next message of the list.
    SaveAndNext,
    /// Ctrl+Shift+Enter: mark the saved wording reviewed.
    MarkReviewed,
}

/// Text kept apart from what surrounds it in a label (first strong isolate),
/// so that a name in one direction and a number beside it keep their order.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// What the editor is typing and choosing.
#[derive(Debug, Default)]
pub struct EditorInputs {
    /// The target locale.
    pub locale: String,
    /// The page shown.
    pub page: String,
    /// Filter by status.
    pub status: Option<Status>,
    /// Only messages changed since this account last looked at them.
    pub changed_only: bool,
    /// A key pressed for the message being edited this frame.
    pub key: Option<EditorKey>,
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

/// "العربية · 100 %": a language or page and how much of it is translated, the
/// name and the figure each isolated by Fluent so that an Arabic name and the
/// number after it keep their order (never "100 العربية%").
fn choice_label(
    view: &ConsoleView<'_>,
    name: &str,
    workspace: &crate::editor::Workspace,
    tag: &str,
    page: Option<&str>,
) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("language", name.to_owned());
    args.set("translated", percent(workspace.progress(tag, page)));
    view.t_args("editor-choice-progress", &args)
}

/// A bar for one figure, filled from the reading start, with its words beside
/// it through the text layer; screen readers hear the words.
fn progress_bar(ui: &mut Ui, view: &ConsoleView<'_>, fraction: f32, words: &str) {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(120.0, 12.0), egui::Sense::hover());
    let track = ui.visuals().widgets.inactive.bg_fill;
    let fill = ui.visuals().selection.bg_fill;
    ui.painter().rect_filled(rect, 6.0, track);
    let width = rect.width() * fraction.clamp(0.0, 1.0);
    let done = if view.rtl() {
        egui::Rect::from_min_max(egui::pos2(rect.right() - width, rect.top()), rect.max)
    } else {
        egui::Rect::from_min_max(rect.min, egui::pos2(rect.left() + width, rect.bottom()))
    };
    ui.painter().rect_filled(done, 6.0, fill);
    let spoken: String = words
        .chars()
        .filter(|&c| !crate::text::is_bidi_control(c))
        .collect();
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &spoken));
    view.small(ui, words);
    ui.add_space(12.0);
}

/// Translated and reviewed, apart (a draft is not a reviewed translation), for
/// the language and for the page, in one row.
pub fn progress_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &EditorFront) {
    let tag = &front.inputs.locale;
    let name = view
        .catalog
        .locale(tag)
        .map_or_else(|| tag.clone(), |l| l.meta.native_name.clone());
    let page = front.inputs.page.as_str();
    view.row(ui, |ui| {
        for (scope, page) in [(name.as_str(), None), (page, Some(page))] {
            for (id, figures) in [
                ("editor-bar-translated", front.workspace.progress(tag, page)),
                ("editor-bar-reviewed", front.workspace.reviewed(tag, page)),
            ] {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("scope", scope.to_owned());
                args.set("percent", percent(figures));
                let fraction = if figures.1 == 0 {
                    1.0
                } else {
                    figures.0 as f32 / figures.1 as f32
                };
                progress_bar(ui, view, fraction, &view.t_args(id, &args));
            }
        }
    });
}

/// The workspace's name, who is signed in, sign out, publish (in one row of the
/// top bar). True when the editor signs out.
pub fn header_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    front: &mut EditorFront,
    store: &mut crate::store::Store,
    now: Timestamp,
) -> bool {
    let mut out = false;
    view.row(ui, |ui| {
        let title = crate::text::TextStyle {
            font_id: egui::FontId::proportional(24.0),
            ..view.body()
        };
        crate::text::label(ui, &view.t("editor-title"), view.base, &title);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("account", front.account_id.clone());
        args.set("role", view.t("console-role-editor"));
        view.label(ui, &view.t_args("console-signed-in-as", &args));
        out = view.button(ui, "console-sign-out");
        ui.push_id("publish", |ui| publish_ui(ui, view, front, store, now));
    });
    if let Some(problem) = front.workspace.content_problem() {
        view.text(ui, problem);
    }
    if let Some(problem) = &front.kiosk_problem {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("why", problem.clone());
        view.text(ui, &view.t_args("editor-kiosk-kept-last-good", &args));
    }
    out
}

/// Publish, and what came of it.
fn publish_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    front: &mut EditorFront,
    store: &mut crate::store::Store,
    now: Timestamp,
) {
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
}

/// Language, page, filter and search, each with progress.
pub fn choose_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &mut EditorFront) {
    let workspace = &front.workspace;
    let inputs = &mut front.inputs;
    ui.spacing_mut().item_spacing = egui::vec2(6.0, 4.0);
    view.para(ui, "editor-language");
    view.row(ui, |ui| {
        let tags: Vec<String> = workspace.locales().map(str::to_owned).collect();
        for tag in tags {
            let name = view
                .catalog
                .locale(&tag)
                .map_or_else(|| tag.clone(), |l| l.meta.native_name.clone());
            let label = choice_label(view, &name, workspace, &tag, None);
            if view.choice(ui, &label, inputs.locale == tag) && inputs.locale != tag {
                inputs.locale = tag;
                inputs.selected = None;
            }
        }
    });
    view.para(ui, "editor-page");
    view.row(ui, |ui| {
        for page in workspace.pages() {
            let label = choice_label(view, &page.id, workspace, &inputs.locale, Some(&page.id));
            if view.choice(ui, &label, inputs.page == page.id) && inputs.page != page.id {
                inputs.page.clone_from(&page.id);
                inputs.selected = None;
            }
        }
    });
    view.row(ui, |ui| {
        let all = inputs.status.is_none() && !inputs.changed_only;
        if view.choice(ui, &view.t("editor-status-all"), all) {
            inputs.status = None;
            inputs.changed_only = false;
        }
        for status in Status::ALL {
            if view.choice(ui, &view.t(status.message()), inputs.status == Some(status)) {
                inputs.status = Some(status);
                inputs.changed_only = false;
            }
        }
        if view.choice(ui, &view.t("editor-filter-changed"), inputs.changed_only) {
            inputs.status = None;
            inputs.changed_only = true;
        }
    });
    view.field(ui, "editor-search", &mut inputs.search, false);
    for (at, what) in workspace.problems(&inputs.locale) {
        view.text(
            ui,
            &format!("{}: {}", isolate(&at.to_string()), isolate(&what)),
        );
    }
    if let Some(problem) = &front.seen_problem {
        view.text(ui, problem);
    }
}

/// The messages the list shows: the page's (or every message when searching),
/// by status or changed since this account last looked.
pub fn listed(front: &EditorFront) -> Vec<crate::editor::Row> {
    let tag = &front.inputs.locale;
    let page = (front.inputs.search.trim().is_empty()).then_some(front.inputs.page.as_str());
    let mut rows = front
        .workspace
        .rows(tag, page, front.inputs.status, &front.inputs.search);
    if front.inputs.changed_only {
        rows.retain(|row| {
            let mark = front.workspace.seen_mark(tag, &row.id).unwrap_or_default();
            front
                .seen
                .as_ref()
                .is_some_and(|seen| seen.changed(&front.account_id, tag, &row.id, &mark))
        });
    }
    rows
}

/// A line cut to `chars` characters (the list shows the start of long messages).
fn cut(text: &str, chars: usize) -> String {
    let line = text.lines().next().unwrap_or_default();
    if line.chars().count() > chars || text.contains('\n') {
        format!("{}…", line.chars().take(chars).collect::<String>())
    } else {
        line.to_owned()
    }
}

/// The list: each message's ID and status, its English and its translation.
pub fn list_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &mut EditorFront) {
    let tag = front.inputs.locale.clone();
    let base = view.catalog.locale(&tag).map_or(BaseDirection::Ltr, |l| {
        BaseDirection::from(l.meta.direction)
    });
    let small = crate::text::TextStyle {
        font_id: egui::FontId::proportional(15.0),
        color: egui::Color32::from_gray(70),
    };
    let rows = listed(front);
    if rows.is_empty() {
        view.para(ui, "editor-list-empty");
    }
    for row in &rows {
        let selected = front.inputs.selected.as_deref() == Some(row.id.as_str());
        let label = format!(
            "{} · {}",
            isolate(&row.id),
            isolate(&view.t(row.status.message()))
        );
        if view.choice(ui, &label, selected) && !selected {
            select(front, &row.id);
        }
        paragraph(ui, &cut(&row.english, 70), BaseDirection::Ltr, &small);
        let translation = row.translation.as_deref().map(|t| cut(t, 70));
        match translation {
            Some(words) => paragraph(ui, &words, base, &small),
            None => paragraph(ui, &view.t("editor-status-missing"), view.base, &small),
        };
        ui.add_space(4.0);
    }
}

/// Saves the message being edited; true when it was saved.
fn save_selected(view: &ConsoleView<'_>, front: &mut EditorFront, now: Timestamp) -> bool {
    let Some(id) = front.inputs.selected.clone() else {
        return false;
    };
    let tag = front.inputs.locale.clone();
    let text = front.inputs.text.clone();
    let result = front.workspace.save_by(
        &tag,
        &id,
        &text,
        front.inputs.base.as_deref(),
        &front.account_id,
        now.date(),
    );
    let saved = result.is_ok();
    front.inputs.note = Some(match result {
        Ok(()) => {
            front.inputs.base = Some(text);
            front.inputs.saved = true;
            front.inputs.conflict = None;
            // The editor saw what they saved.
            look(front, &id);
            view.t("editor-saved")
        }
        Err(SaveError::Conflict { on_disk, mine }) => {
            front.inputs.conflict = Some((on_disk, mine));
            view.t("editor-conflict")
        }
        Err(other) => other.to_string(),
    });
    saved
}

/// Whether this account may mark the saved wording of `id` reviewed: a
/// second person reviews, so not the account that wrote it.
fn may_review(front: &EditorFront, id: &str) -> bool {
    let tag = &front.inputs.locale;
    front.workspace.written_by(tag, id) != Some(front.account_id.as_str())
        && front.workspace.translation_hash(tag, id).is_some()
}

/// Marks the saved wording of the message being edited reviewed by this account.
fn review_selected(view: &ConsoleView<'_>, front: &mut EditorFront, now: Timestamp) {
    let Some(id) = front.inputs.selected.clone() else {
        return;
    };
    let tag = front.inputs.locale.clone();
    if !may_review(front, &id) {
        front.inputs.note = Some(view.t("editor-review-own"));
        return;
    }
    if front.inputs.base.as_deref() != Some(front.inputs.text.as_str()) {
        front.inputs.note = Some(view.t("editor-review-save-first"));
        return;
    }
    let hash = front
        .workspace
        .translation_hash(&tag, &id)
        .unwrap_or_default()
        .to_owned();
    let account = front.account_id.clone();
    front.inputs.note = Some(
        match front.workspace.mark_messages_reviewed(
            &tag,
            &[(id.clone(), hash)],
            &account,
            now.date(),
        ) {
            Ok(marked) if !marked.is_empty() => {
                look(front, &id);
                view.t("editor-marked-reviewed")
            }
            Ok(_) => view.t("editor-review-not-current"),
            Err(error) => error.to_string(),
        },
    );
}

/// Opens the message after the one being edited in the list, if there is one.
fn next(front: &mut EditorFront) {
    let rows = listed(front);
    let at = rows
        .iter()
        .position(|r| Some(r.id.as_str()) == front.inputs.selected.as_deref());
    if let Some(following) = at.and_then(|at| rows.get(at + 1)) {
        let id = following.id.clone();
        select(front, &id);
    }
}

/// The message being edited: English above, the translation below in the
/// field (placeables as chips), validation as you type, suggestions, save.
/// The preview follows the text being typed (see `EditorInputs::preview_entry`).
pub fn message_ui(ui: &mut Ui, view: &ConsoleView<'_>, front: &mut EditorFront, now: Timestamp) {
    let tag = front.inputs.locale.clone();
    match front.inputs.key.take() {
        Some(EditorKey::SaveAndNext) if save_selected(view, front, now) => next(front),
        Some(EditorKey::MarkReviewed) => review_selected(view, front, now),
        Some(EditorKey::SaveAndNext) | None => {}
    }
    let Some(row) = front
        .inputs
        .selected
        .clone()
        .and_then(|id| front.workspace.row(&tag, &id))
    else {
        view.para(ui, "editor-choose-message");
        if let Some(note) = &front.inputs.note {
            view.text(ui, note);
        }
        return;
    };
    let base = view.catalog.locale(&tag).map_or(BaseDirection::Ltr, |l| {
        BaseDirection::from(l.meta.direction)
    });
    let small = crate::text::TextStyle {
        font_id: egui::FontId::proportional(16.0),
        ..view.body()
    };
    view.label(
        ui,
        &format!(
            "{} · {}",
            isolate(&row.id),
            isolate(&view.t(row.status.message()))
        ),
    );
    view.para(ui, "editor-english");
    ui.group(|ui| {
        ui.set_min_width(ui.available_width());
        paragraph(ui, &row.english, BaseDirection::Ltr, &small);
    });
    let label = view.t("editor-translation");
    view.text(ui, &label);
    // Shown as it reads, in the language's direction (one copy, no second
    // "reads as" line under it); placeables are chips that stay whole.
    let field_style = crate::text::TextStyle {
        font_id: egui::FontId::proportional(20.0),
        ..view.body()
    };
    crate::ui::field::translation_area(
        ui,
        &mut front.inputs.text,
        &field_style,
        base,
        &label,
        ui.available_width(),
        3,
    );
    view.small(ui, &view.t("editor-keys"));
    // Validation as you type.
    let verdict = ftl_edit::validate(&row.id, &front.inputs.text, Some(&row.english));
    // The preview pane is drawn before this one: a new entry is drawn at once in
    // the next frame, asked for here.
    let previewed = verdict.as_ref().ok();
    if front.inputs.preview_entry.as_ref() != previewed {
        ui.ctx().request_repaint();
    }
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
    view.row(ui, |ui| {
        if view.button(ui, "editor-save") {
            save_selected(view, front, now);
        }
        if view.button(ui, "editor-save-next") && save_selected(view, front, now) {
            next(front);
        }
        if matches!(row.status, Status::Draft)
            && may_review(front, &row.id)
            && view.button(ui, "editor-mark-reviewed")
        {
            review_selected(view, front, now);
        }
    });
    if let Some(note) = &front.inputs.note {
        view.text(ui, note);
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
    suggestions_ui(ui, view, front, &row.id, base);
}

/// Beside the field: the glossary's terms found in the English, and earlier
/// wordings of this message (and the same English translated elsewhere), each
/// taken into the field with one press.
fn suggestions_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    front: &mut EditorFront,
    id: &str,
    base: BaseDirection,
) {
    let tag = front.inputs.locale.clone();
    let hints = front.workspace.glossary_hints(&tag, id);
    let mut memory: Vec<(String, String)> = front
        .workspace
        .earlier(&tag, id)
        .into_iter()
        .map(|e| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("account", e.account.clone());
            args.set("date", e.date.clone());
            let source = if e.account.is_empty() {
                view.t("editor-memory-before")
            } else {
                view.t_args("editor-memory-earlier", &args)
            };
            (e.value.clone(), source)
        })
        .collect();
    for (other, value) in front.workspace.same_english(&tag, id) {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("id", other);
        memory.push((value, view.t_args("editor-memory-same-english", &args)));
    }
    memory.retain(|(value, _)| *value != front.inputs.text);
    ui.separator();
    view.para(ui, "editor-suggestions");
    if hints.is_empty() && memory.is_empty() {
        view.small(ui, &view.t("editor-no-suggestions"));
    }
    let small = crate::text::TextStyle {
        font_id: egui::FontId::proportional(16.0),
        ..view.body()
    };
    for hint in &hints {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("english", hint.english.clone());
        args.set("accepted", hint.accepted.join(", "));
        let mut line = view.t_args("editor-glossary-term", &args);
        if !hint.forbidden.is_empty() {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("forbidden", hint.forbidden.join(", "));
            line.push_str(" · ");
            line.push_str(&view.t_args("editor-glossary-avoid", &args));
        }
        view.small(ui, &line);
        if let Some(note) = &hint.note {
            paragraph(ui, note, view.base, &small);
        }
    }
    for (value, source) in memory {
        view.small(ui, &source);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("text", value.clone());
        let shown = view.t_args("editor-memory-use", &args);
        if crate::text::button(ui, &shown, base, &small).clicked() {
            front.inputs.text = value;
        }
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
    front.inputs.note = None;
    look(front, id);
}

/// Remembers that this account saw `id` as it is now.
fn look(front: &mut EditorFront, id: &str) {
    let tag = front.inputs.locale.clone();
    let Some(mark) = front.workspace.seen_mark(&tag, id) else {
        return;
    };
    if let Some(seen) = front.seen.as_mut()
        && let Err(error) = seen.look(&front.account_id, &tag, id, &mark)
    {
        front.seen_problem = Some(error.to_string());
    }
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
