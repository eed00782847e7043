//! The editor's workspace driven headless by accessible labels: editing with
//! validation as you type and a live preview, review, export and import, and
//! publishing that a kiosk takes between people, keeping its last good content
//! when the new one does not load. Screens go to target/screenshots/editor/.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::screen::plain;
use consent_kiosk::consent::{AccountRole, Clock, ManualClock};
use consent_kiosk::content::Content;
use consent_kiosk::editor::Workspace;
use consent_kiosk::i18n::Catalog;
use consent_kiosk::store::{Access, Store, StorePaths};
use consent_kiosk::ui::kiosk::{Front, KioskApp};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use time::macros::datetime;

const SECRET: &str = "editor secret 9";

struct Desk<'a> {
    harness: Harness<'a, KioskApp>,
    _dir: tempfile::TempDir,
    locales: PathBuf,
    content: PathBuf,
    staff: Catalog,
    out: PathBuf,
    shot: usize,
    name: String,
    host: String,
}

impl Desk<'_> {
    fn new(name: &str) -> Self {
        Self::with_setting(name, "")
    }

    /// A desk whose `deployment.toml` has `setting` added.
    fn with_setting(name: &str, setting: &str) -> Self {
        Self::build(name, setting, "fr", [1400.0, 1000.0])
    }

    /// A desk of `size` whose staff read `host`, the deployment's host language.
    fn at(name: &str, host: &str, size: [f32; 2]) -> Self {
        Self::build(name, "", host, size)
    }

    fn build(name: &str, setting: &str, host: &str, size: [f32; 2]) -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().expect("temp dir");
        let content = dir.path().join("content");
        let locales = dir.path().join("locales");
        common::copy_dir(&root.join("content"), &content);
        common::copy_dir(&root.join("locales"), &locales);
        let deployment = content.join("deployment.toml");
        let settings = fs::read_to_string(&deployment).expect("settings");
        let settings =
            settings.replace("host_locale = \"fr\"", &format!("host_locale = \"{host}\""));
        fs::write(&deployment, format!("{settings}\n{setting}\n")).expect("settings written");
        let start = datetime!(2026-11-02 10:00 UTC);
        let mut store = Store::open(
            &StorePaths::in_dir(dir.path().join("store")),
            Access::ReadWrite,
        )
        .expect("store");
        store
            .create_account("editor.one", AccountRole::Editor, SECRET, None, start)
            .expect("account");
        let catalog = Catalog::load(&locales).expect("locales");
        let loaded = Content::load(&content, &catalog).expect("content");
        let clock: Arc<dyn Clock> = Arc::new(ManualClock::new(start));
        let app = KioskApp::new(catalog, loaded, store, Box::new(clock)).in_counsellor_mode();
        let harness = common::screen::harness(app, size);
        let staff = Catalog::load(&locales).expect("locales");
        Self {
            harness,
            _dir: dir,
            locales,
            content,
            staff,
            out: root.join("target/screenshots/editor"),
            shot: 0,
            name: name.to_owned(),
            host: host.to_owned(),
        }
    }

    /// Staff read the workspace in the host language.
    fn t(&self, id: &str) -> String {
        plain(
            &self
                .staff
                .text(&self.staff.chain(&self.host, "en"), id, None)
                .text,
        )
    }

    fn screenshot(&mut self, what: &str) {
        common::screen::save_screenshot(&mut self.harness, &self.out, &self.name, self.shot, what);
        self.shot += 1;
    }

    fn click_where(&mut self, part: &str) {
        for _ in 0..2 {
            self.harness
                .get_all_by_label_contains(part)
                .next()
                .unwrap_or_else(|| panic!("no control containing {part:?}"))
                .scroll_to_me();
            self.harness.run();
        }
        self.harness
            .get_all_by_label_contains(part)
            .next()
            .unwrap_or_else(|| panic!("no control containing {part:?}"))
            .click_accesskit();
        common::access::step_and_check(&mut self.harness, &format!("after {part:?}"));
        self.harness.run();
        self.harness.run();
    }

    fn click_id(&mut self, id: &str) {
        let label = self.t(id);
        let found = self.harness.get_all_by_label(&label).next().is_some();
        assert!(found, "no control {label:?}");
        self.harness.get_by_label(&label).scroll_to_me();
        self.harness.run();
        self.harness.get_by_label(&label).click_accesskit();
        common::access::step_and_check(&mut self.harness, &format!("after {label:?}"));
        self.harness.run();
        self.harness.run();
    }

    fn type_id(&mut self, id: &str, value: &str) {
        let label = self.t(id);
        self.harness
            .get_by_role_and_label(egui::Role::TextInput, &label)
            .scroll_to_me();
        self.harness.run();
        self.harness
            .get_by_role_and_label(egui::Role::TextInput, &label)
            .set_text_value_accesskit(value);
        self.harness.run();
        self.harness.run();
    }

    fn shows(&self, text: &str) -> bool {
        self.harness
            .query_all_by_label_contains(&plain(text))
            .next()
            .is_some()
    }

    fn sign_in(&mut self) {
        self.type_id("console-account-name", "editor.one");
        self.type_id("console-passphrase", SECRET);
        self.click_id("console-sign-in");
        self.harness.run();
        self.harness.run();
        assert_eq!(self.harness.state().front(), Front::Editor);
    }

    /// Opens `id` on `page` in the language whose native name is `language`.
    fn open(&mut self, language: &str, page: &str, id: &str) {
        self.click_where(language);
        self.click_where(&format!("{page} · "));
        self.click_where(&format!("{id} · "));
    }
}

#[test]
fn an_edit_is_validated_as_typed_previewed_at_once_and_saved_byte_for_byte() {
    let mut desk = Desk::new("ar");
    desk.sign_in();
    desk.open("العربية", "overview", "overview-title");
    let file = desk.locales.join("ar/return.ftl");
    let file = if fs::read_to_string(&file)
        .map(|t| t.contains("overview-title"))
        .unwrap_or(false)
    {
        file
    } else {
        fs::read_dir(desk.locales.join("ar"))
            .expect("dir")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| fs::read_to_string(p).is_ok_and(|t| t.contains("\noverview-title =")))
            .expect("file with overview-title")
    };
    let before = fs::read_to_string(&file).expect("read");
    desk.type_id("editor-translation", "كل خياراتك {");
    assert!(
        desk.shows("line 1, column"),
        "the syntax error and its place are shown"
    );
    desk.click_id("editor-save");
    assert_eq!(
        fs::read_to_string(&file).expect("read"),
        before,
        "nothing saved"
    );
    desk.screenshot("invalid");
    desk.type_id("editor-translation", "خياراتك القانونية كلها");
    assert!(desk.shows(&desk.t("editor-valid")));
    // The kiosk preview shows the new words before anything is saved.
    assert!(desk.shows("خياراتك القانونية كلها"));
    desk.screenshot("preview");
    desk.click_id("editor-save");
    let after = fs::read_to_string(&file).expect("read");
    let old_line = before
        .lines()
        .find(|l| l.starts_with("overview-title ="))
        .expect("old line")
        .to_owned();
    assert_eq!(
        after,
        before.replace(&old_line, "overview-title = خياراتك القانونية كلها")
    );
}

#[test]
fn a_page_is_marked_reviewed_with_the_reviewers_name() {
    let mut desk = Desk::new("ti");
    desk.sign_in();
    desk.click_where("ትግርኛ");
    desk.click_where("items · ");
    let draft = desk.t("editor-status-draft");
    desk.screenshot("before-review");
    assert!(desk.shows(&format!(" · {draft}")));
    desk.type_id("editor-reviewer", "Rahel Reviewerperson");
    desk.click_id("editor-review-page");
    let reviewed = desk.t("editor-status-reviewed");
    assert!(desk.shows(&format!(" · {reviewed}")));
    assert!(
        !desk.shows(&format!(" · {draft}")),
        "every message of the page"
    );
    desk.click_where(&format!(" · {reviewed}"));
    assert!(desk.shows("Rahel Reviewerperson"));
    desk.screenshot("reviewed");
    let reviews = fs::read_to_string(desk.locales.join("ti/reviews.toml")).expect("reviews");
    assert!(reviews.contains("Rahel Reviewerperson"));
}

#[test]
fn a_locale_goes_out_as_xliff_and_a_translators_change_comes_back_in() {
    let mut desk = Desk::new("exchange");
    desk.sign_in();
    desk.click_where("Українська");
    let folder = desk._dir.path().join("out");
    fs::create_dir_all(&folder).expect("folder");
    desk.type_id("editor-exchange-path", &folder.display().to_string());
    desk.click_id("editor-export-xliff");
    let exported = folder.join("uk.xlf");
    let text = fs::read_to_string(&exported).expect("exported");
    let kiosk = fs::read_to_string(desk.locales.join("uk/kiosk.ftl")).expect("read");
    let old = kiosk
        .lines()
        .find(|l| l.starts_with("nav-next = "))
        .expect("nav-next")
        .trim_start_matches("nav-next = ")
        .to_owned();
    let changed = text.replacen(
        &format!("<target>{old}</target>"),
        "<target>Вперед</target>",
        1,
    );
    assert_ne!(changed, text);
    fs::write(&exported, changed).expect("write");
    desk.type_id("editor-exchange-path", &exported.display().to_string());
    desk.click_id("editor-import");
    assert!(desk.shows(": 1."), "one message imported");
    let after = fs::read_to_string(desk.locales.join("uk/kiosk.ftl")).expect("read");
    assert_eq!(
        after,
        kiosk.replace(&format!("nav-next = {old}"), "nav-next = Вперед")
    );
}

#[test]
fn a_published_change_reaches_the_kiosk_between_people_and_a_broken_one_does_not() {
    let mut desk = Desk::new("publish");
    desk.sign_in();
    desk.open("Español", "file/kiosk.ftl", "nav-next");
    desk.type_id("editor-translation", "Continuar");
    desk.click_id("editor-save");
    desk.click_id("editor-publish");
    let published = consent_kiosk::editor::publish::Published::read(&desk.content)
        .expect("readable")
        .expect("published");
    desk.harness.run();
    assert_eq!(
        desk.harness.state().content().version,
        published.version,
        "taken while nobody uses the kiosk"
    );
    // Broken by hand after publishing, and published again from elsewhere: kept.
    fs::write(desk.locales.join("es/locale.toml"), "not = [valid").expect("break");
    fs::write(
        desk.content.join("published.toml"),
        "version = \"sha256:other\"\nby = \"editor.one\"\nat = \"2026-11-02T10:00:00Z\"\n",
    )
    .expect("marker");
    desk.harness.run();
    desk.harness.run();
    assert_eq!(
        desk.harness.state().content().version,
        published.version,
        "last good kept"
    );
    assert!(desk.harness.state().reload_problem().is_some());
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("why", "");
    let kept = plain(
        &desk
            .staff
            .text(
                &desk.staff.chain("fr", "en"),
                "editor-kiosk-kept-last-good",
                Some(&args),
            )
            .text,
    );
    assert!(desk.shows(kept.trim()), "the editor is told");
    desk.screenshot("kept-last-good");
}

#[test]
fn the_workspace_in_three_panes_at_1280_by_800_to_docs() {
    // Staff reading English and Arabic (mirrored), each editing Arabic; staff
    // reading French editing Tigrinya.
    for (name, host, language, page, id) in [
        ("en", "en", "العربية", "overview", "overview-title"),
        ("ar", "ar", "العربية", "overview", "overview-title"),
        ("ti", "fr", "ትግርኛ", "country/GE", "country-ge-name"),
    ] {
        let mut desk = Desk::at(name, host, [1280.0, 800.0]);
        desk.out = common::screenshot_folder("editor");
        desk.sign_in();
        desk.open(language, page, id);
        // The three panes: the list (ID, English, translation), the message's
        // field, and the kiosk's own screen.
        let english = Workspace::open(&desk.locales, &desk.content)
            .expect("workspace")
            .english(id)
            .expect("English")
            .to_owned();
        assert!(desk.shows(&english), "the English is shown");
        assert!(
            desk.harness
                .query_by_role_and_label(egui::Role::TextInput, &desk.t("editor-translation"))
                .is_some(),
            "the translation's field"
        );
        assert!(desk.shows(&desk.t("editor-preview")));
        assert!(desk.shows(&desk.t("editor-suggestions")));
        desk.screenshot("workspace");
    }
}

/// The first two messages of `page` and the file the first lives in.
fn two_of(desk: &Desk<'_>, page: &str) -> (String, String) {
    let workspace = Workspace::open(&desk.locales, &desk.content).expect("workspace");
    let ids = &workspace
        .pages()
        .iter()
        .find(|p| p.id == page)
        .expect("page")
        .message_ids;
    (ids[0].clone(), ids[1].clone())
}

fn value(desk: &Desk<'_>) -> String {
    desk.harness
        .get_by_role_and_label(egui::Role::TextInput, &desk.t("editor-translation"))
        .value()
        .unwrap_or_default()
}

#[test]
fn ctrl_enter_saves_and_opens_the_next_and_an_earlier_wording_comes_back_in_one_press() {
    let mut desk = Desk::at("keys", "en", [1280.0, 800.0]);
    desk.sign_in();
    let (first, second) = two_of(&desk, "overview");
    desk.open("Español", "overview", &first);
    let before = Workspace::open(&desk.locales, &desk.content)
        .expect("workspace")
        .row("es", &first)
        .and_then(|r| r.translation)
        .expect("a translation");
    // The list shows the translation beside the English.
    assert!(desk.shows(before.lines().next().unwrap_or_default()));
    desk.type_id("editor-translation", "Todas sus opciones, sin prisa");
    desk.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    desk.harness.run();
    desk.harness.run();
    let saved = Workspace::open(&desk.locales, &desk.content).expect("workspace");
    assert_eq!(
        saved
            .row("es", &first)
            .and_then(|r| r.translation)
            .as_deref(),
        Some("Todas sus opciones, sin prisa"),
        "Ctrl+Enter saved"
    );
    assert_eq!(
        desk.harness
            .state()
            .editor()
            .and_then(|e| e.inputs.selected.clone()),
        Some(second.clone()),
        "and opened the next message"
    );
    assert_ne!(value(&desk), "Todas sus opciones, sin prisa");
    // Back to the first: the wording before the save is offered, and taken in one press.
    desk.click_where(&format!("{first} · "));
    assert!(desk.shows(&desk.t("editor-memory-before")));
    let first_line = before.lines().next().unwrap_or_default().to_owned();
    desk.click_where(&format!("Use: {first_line}"));
    assert_eq!(value(&desk), before, "the earlier wording is in the field");
    // The one who wrote a wording does not mark it reviewed.
    desk.click_where(&format!("{first} · "));
    desk.harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Enter,
    );
    desk.harness.run();
    desk.harness.run();
    assert!(desk.shows(&desk.t("editor-review-own")));
    let after = Workspace::open(&desk.locales, &desk.content).expect("workspace");
    assert_eq!(after.review_of("es", &first), None);
}

#[test]
fn ctrl_shift_enter_marks_another_persons_wording_reviewed() {
    let mut desk = Desk::at("review-key", "en", [1280.0, 800.0]);
    desk.sign_in();
    let (first, _) = two_of(&desk, "overview");
    desk.open("Español", "overview", &first);
    desk.harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Enter,
    );
    desk.harness.run();
    desk.harness.run();
    assert!(desk.shows(&desk.t("editor-marked-reviewed")));
    let after = Workspace::open(&desk.locales, &desk.content).expect("workspace");
    assert_eq!(
        after.review_of("es", &first).map(|r| r.reviewer.as_str()),
        Some("editor.one")
    );
}

#[test]
fn the_glossary_suggests_this_languages_rendering_of_a_term_in_the_english() {
    let mut desk = Desk::at("glossary", "en", [1280.0, 800.0]);
    desk.sign_in();
    let workspace = Workspace::open(&desk.locales, &desk.content).expect("workspace");
    // A message on a page whose English uses "withdraw".
    let (page, id) = workspace
        .pages()
        .iter()
        .find_map(|p| {
            p.message_ids
                .iter()
                .find(|id| {
                    workspace
                        .english(id)
                        .is_some_and(|e| e.to_lowercase().contains("withdraw"))
                })
                .map(|id| (p.id.clone(), id.clone()))
        })
        .expect("a message about withdrawing");
    desk.open("العربية", &page, &id);
    assert!(
        desk.shows("withdraw — سحب, يسحب"),
        "the accepted renderings beside the field"
    );
}

#[test]
fn changed_since_i_last_looked_lists_what_changed_after_this_account_opened_it() {
    let mut desk = Desk::at("changed", "en", [1280.0, 800.0]);
    desk.sign_in();
    let (first, second) = two_of(&desk, "overview");
    desk.open("Español", "overview", &first);
    desk.click_where(&format!("{second} · "));
    desk.click_id("console-sign-out");
    // Someone else changes the first while this editor is away.
    let mut other = Workspace::open(&desk.locales, &desk.content).expect("workspace");
    let base = other.row("es", &first).and_then(|r| r.translation);
    other
        .save_by(
            "es",
            &first,
            "Otra redacción",
            base.as_deref(),
            "editor.two",
            time::macros::date!(2026 - 11 - 02),
        )
        .expect("saved");
    desk.harness.run();
    desk.sign_in();
    desk.click_where("Español");
    desk.click_where("overview · ");
    desk.click_where(&desk.t("editor-filter-changed"));
    assert!(
        desk.shows(&format!("{first} · ")),
        "the changed one is listed"
    );
    assert!(
        !desk.shows(&format!("{second} · ")),
        "the one unchanged since is not"
    );
}

/// A speech-like take with silence around it, as a microphone would give.
fn voice_wav(path: &Path) {
    let rate = 16_000u32;
    let mut samples = vec![0.0f32; rate as usize];
    for syllable in 0..12 {
        let length = (rate as f32 * 0.15) as usize;
        let pitch = 120.0 + 20.0 * (syllable % 3) as f32;
        for i in 0..length {
            let t = i as f32 / rate as f32;
            let envelope = (std::f32::consts::PI * i as f32 / length as f32).sin();
            let voice: f32 = (1..=5)
                .map(|h| (std::f32::consts::TAU * pitch * h as f32 * t).sin() / h as f32)
                .sum();
            samples.push(0.05 * envelope * voice);
        }
    }
    samples.extend(vec![0.0f32; rate as usize]);
    consent_kiosk::audio::wav::write(path, &consent_kiosk::audio::wav::Audio { rate, samples })
        .expect("take written");
}

impl Desk<'_> {
    /// Runs frames until `text` shows (the recorder, a child process, has ended
    /// and the take is stored), for at most 20 seconds.
    fn wait_for(&mut self, text: &str) {
        let started = std::time::Instant::now();
        while !self.shows(text) && started.elapsed() < std::time::Duration::from_secs(20) {
            std::thread::sleep(std::time::Duration::from_millis(20));
            self.harness.run();
        }
        if !self.shows(text) {
            self.screenshot("not-shown");
        }
        assert!(self.shows(text), "{text:?} shown");
    }
}

#[test]
fn a_message_is_recorded_through_the_recorder_then_rejected_with_a_note_and_approved() {
    let fixtures = tempfile::tempdir().expect("temp dir");
    let take = fixtures.path().join("voice.wav");
    voice_wav(&take);
    // The recorder is fed a file through the same child process as a microphone.
    let mut desk = Desk::with_setting(
        "record",
        &format!("audio_recorder = [\"cp\", \"{}\"]", take.display()),
    );
    desk.sign_in();
    desk.open("ትግርኛ", "overview", "overview-title");
    assert!(desk.shows(&desk.t("editor-recording-none")));
    desk.click_id("editor-record");
    let unreviewed = desk.t("editor-recording-unreviewed");
    desk.wait_for(&unreviewed);
    let stored = desk.content.join("audio/ti/overview-title.wav");
    let audio = consent_kiosk::audio::wav::read(&stored).expect("stored");
    let loudness = consent_kiosk::audio::loudness::integrated_loudness(&audio).expect("measured");
    assert!(
        consent_kiosk::audio::loudness::within_target(loudness),
        "{loudness}"
    );
    assert!(
        audio.seconds() < 3.0,
        "silence trimmed: {} s",
        audio.seconds()
    );
    desk.screenshot("recorded");

    // Review: a name first, and a rejection says why.
    desk.click_id("editor-recording-reject");
    assert!(desk.shows(&desk.t("editor-reviewer-needed")));
    desk.type_id("editor-reviewer", "Reviewer Bravo");
    desk.click_id("editor-recording-reject");
    assert!(desk.shows("a rejection says what to record again"));
    desk.type_id("editor-recording-note", "a breath before the first word");
    desk.click_id("editor-recording-reject");
    assert!(desk.shows("a breath before the first word"));
    assert!(!desk.shows(&unreviewed));
    let reviews =
        fs::read_to_string(desk.content.join("audio/ti/recording-reviews.toml")).expect("reviews");
    assert!(reviews.contains("rejected") && reviews.contains("Reviewer Bravo"));
    desk.screenshot("rejected");

    // Recorded again: unreviewed again; approved, it plays at the kiosk.
    desk.click_id("editor-record");
    desk.wait_for(&unreviewed);
    desk.click_id("editor-recording-approve");
    assert!(!desk.shows(&unreviewed));
    assert!(desk.shows("Reviewer Bravo"));
    let reviews =
        fs::read_to_string(desk.content.join("audio/ti/recording-reviews.toml")).expect("reviews");
    assert!(reviews.contains("approved"));
    let catalog = Catalog::load(&desk.locales).expect("locales");
    let content = Content::load(&desk.content, &catalog).expect("content");
    assert_eq!(
        content.playable_recording("ti", "overview-title"),
        Some(stored)
    );
    desk.screenshot("approved");
}

#[test]
fn a_page_is_recorded_in_one_go_message_by_message_with_the_text_large() {
    let fixtures = tempfile::tempdir().expect("temp dir");
    let take = fixtures.path().join("voice.wav");
    voice_wav(&take);
    let mut desk = Desk::with_setting(
        "record-page",
        &format!("audio_recorder = [\"cp\", \"{}\"]", take.display()),
    );
    let workspace =
        consent_kiosk::editor::Workspace::open(&desk.locales, &desk.content).expect("opens");
    let page = workspace
        .pages()
        .iter()
        .find(|p| p.id == "overview")
        .expect("overview")
        .message_ids
        .clone();
    drop(workspace);
    assert!(page.len() > 2, "{page:?}");
    desk.sign_in();
    desk.click_where("ትግርኛ");
    desk.click_where("overview · ");
    desk.click_id("editor-record-page");
    let position = |at: usize| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("position", at);
        args.set("count", page.len());
        plain(
            &desk
                .staff
                .text(
                    &desk.staff.chain("fr", "en"),
                    "editor-record-page-position",
                    Some(&args),
                )
                .text,
        )
    };
    let (first, second) = (position(1), position(2));
    assert!(desk.shows(&first), "{first}");
    desk.screenshot("page-first");
    let unreviewed = desk.t("editor-recording-unreviewed");
    desk.click_id("editor-record");
    desk.wait_for(&unreviewed);
    desk.click_id("editor-record-next");
    assert!(desk.shows(&second), "{second}");
    desk.click_id("editor-record");
    desk.wait_for(&unreviewed);
    desk.click_id("editor-record-page-done");
    assert!(!desk.shows(&second));
    let workspace =
        consent_kiosk::editor::Workspace::open(&desk.locales, &desk.content).expect("opens");
    let recorded: Vec<bool> = page
        .iter()
        .map(|id| workspace.recording_state("ti", id).0.is_some())
        .collect();
    let mut expected = vec![false; page.len()];
    expected[0] = true;
    expected[1] = true;
    assert_eq!(recorded, expected, "the first two messages of {page:?}");
}
