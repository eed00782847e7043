//! The editor's workspace without a screen: saving, validation, conflicts,
//! reviews, exchange with translators, and publishing with a kiosk that keeps its
//! last good content. Every test works on a copy of the bundled tree.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::T0;
use consent_kiosk::editor::exchange::{
    self, from_csv, from_xliff, import, to_csv, to_xliff, units,
};
use consent_kiosk::editor::publish::{Reload, publish, reload_if_published};
use consent_kiosk::editor::{SaveError, Status, Workspace};
use consent_kiosk::store::{Access, Store, StorePaths};

fn tree() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    let locales = dir.path().join("locales");
    common::copy_dir(&root.join("content"), &content);
    common::copy_dir(&root.join("locales"), &locales);
    (dir, content, locales)
}

#[test]
fn a_valid_edit_changes_that_message_only_and_an_invalid_one_writes_nothing() {
    let (_dir, content, locales) = tree();
    let mut workspace = Workspace::open(&locales, &content).expect("opens");
    let file = locales.join("fa/kiosk.ftl");
    let before = fs::read_to_string(&file).expect("read");
    let row = workspace.row("fa", "welcome-title").expect("row");
    assert_eq!(row.status, Status::Draft);
    let old = row.translation.clone();
    let error = workspace
        .save("fa", "welcome-title", "خوش { آمدید", old.as_deref())
        .unwrap_err();
    assert!(matches!(error, SaveError::Invalid(_)), "{error}");
    assert_eq!(
        fs::read_to_string(&file).expect("read"),
        before,
        "nothing written"
    );
    workspace
        .save("fa", "welcome-title", "خوش آمدید!", old.as_deref())
        .expect("saved");
    let after = fs::read_to_string(&file).expect("read");
    let old_line = format!("welcome-title = {}", old.unwrap_or_default());
    assert_eq!(
        after,
        before.replace(&old_line, "welcome-title = خوش آمدید!")
    );
    // A variable the English does not have is refused too.
    let error = workspace
        .save(
            "fa",
            "welcome-title",
            "{ $name } خوش آمدید",
            Some("خوش آمدید!"),
        )
        .unwrap_err();
    assert!(error.to_string().contains("$name"), "{error}");
}

#[test]
fn a_file_broken_by_hand_still_opens_with_its_file_and_line() {
    let (_dir, content, locales) = tree();
    let file = locales.join("ti/kiosk.ftl");
    let text = fs::read_to_string(&file).expect("read");
    fs::write(&file, format!("{text}broken = {{ oops\n")).expect("write");
    let workspace = Workspace::open(&locales, &content).expect("still opens");
    let problems = workspace.problems("ti");
    assert!(!problems.is_empty());
    let (at, _) = &problems[0];
    assert!(at.path.ends_with("ti/kiosk.ftl"));
    // At the broken line, or where the parser gave up just after it.
    assert!(at.line > text.lines().count(), "{at:?}");
}

#[test]
fn two_editors_saving_one_message_the_second_sees_both_texts_and_nothing_is_lost() {
    let (_dir, content, locales) = tree();
    let mut first = Workspace::open(&locales, &content).expect("opens");
    let mut second = Workspace::open(&locales, &content).expect("opens");
    let base = first.row("fr", "nav-back").and_then(|r| r.translation);
    first
        .save("fr", "nav-back", "Revenir", base.as_deref())
        .expect("first saves");
    match second.save("fr", "nav-back", "En arrière", base.as_deref()) {
        Err(SaveError::Conflict { on_disk, mine }) => {
            assert_eq!(on_disk.as_deref(), Some("Revenir"));
            assert_eq!(mine, "En arrière");
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let text = fs::read_to_string(locales.join("fr/kiosk.ftl")).expect("read");
    assert!(text.contains("nav-back = Revenir\n"));
}

#[test]
fn a_reviewed_page_becomes_stale_when_its_english_changes() {
    let (_dir, content, locales) = tree();
    let mut workspace = Workspace::open(&locales, &content).expect("opens");
    let marked = workspace
        .mark_reviewed("ar", Some("overview"), "R. Reviewer", T0)
        .expect("marked");
    assert!(marked > 0);
    let rows = workspace.rows("ar", Some("overview"), None, "");
    assert!(
        rows.iter().all(|r| r.status == Status::Reviewed),
        "{rows:?}"
    );
    let id = rows[0].id.clone();
    assert_eq!(
        workspace.review_of("ar", &id).map(|r| r.reviewer.as_str()),
        Some("R. Reviewer")
    );
    // The English changes: the Arabic is stale again.
    let english = workspace.english(&id).expect("english").to_owned();
    let en_base = Some(english.clone());
    workspace
        .save(
            "en",
            &id,
            &format!("{english} (updated)"),
            en_base.as_deref(),
        )
        .ok();
    // English is saved by editing its file directly here (it has no "English of its own").
    let en_file = locales.join("en").join(&rows[0].file);
    let text = fs::read_to_string(&en_file).expect("read");
    let entry = format!("{id} = {english}");
    fs::write(
        &en_file,
        text.replace(&entry, &format!("{entry} (updated)")),
    )
    .expect("write");
    workspace.reload("en").expect("reload");
    assert_eq!(workspace.row("ar", &id).expect("row").status, Status::Stale);
}

fn change_unit(units: &mut [exchange::Unit], id: &str, to: &str) -> String {
    let unit = units.iter_mut().find(|u| u.id == id).expect("unit");
    std::mem::replace(&mut unit.translation, to.to_owned())
}

#[test]
fn xliff_and_csv_go_out_and_come_back_to_the_same_files() {
    let (_dir, content, locales) = tree();
    let mut workspace = Workspace::open(&locales, &content).expect("opens");
    let file = locales.join("uk/kiosk.ftl");
    let original = fs::read_to_string(&file).expect("read");
    for format in ["xliff", "csv"] {
        let write = |units: &[exchange::Unit]| match format {
            "xliff" => to_xliff("uk", units),
            _ => to_csv("uk", units),
        };
        let read = |text: &str| match format {
            "xliff" => from_xliff("uk", text)
                .expect("reads")
                .into_iter()
                .map(Ok)
                .collect(),
            _ => from_csv("uk", text).expect("reads"),
        };
        // Out and straight back: nothing changes.
        let out = write(&units(&workspace, "uk", false));
        let report = import(&mut workspace, "uk", read(&out));
        assert!(
            report.applied.is_empty() && report.rejected.is_empty(),
            "{report:?}"
        );
        assert_eq!(fs::read_to_string(&file).expect("read"), original);
        // A translator changes one message (with XML-special characters): it comes in.
        let mut changed = read(&out)
            .into_iter()
            .map(Result::unwrap)
            .collect::<Vec<_>>();
        let before = change_unit(&mut changed, "nav-next", "Далі <&> \"так\"");
        let report = import(&mut workspace, "uk", read(&write(&changed)));
        assert_eq!(report.applied, ["nav-next"], "{report:?}");
        assert!(
            fs::read_to_string(&file)
                .expect("read")
                .contains("nav-next = Далі <&> \"так\"\n")
        );
        // And back again: the file is as it was, byte for byte.
        let mut again = units(&workspace, "uk", false);
        change_unit(&mut again, "nav-next", &before);
        let report = import(&mut workspace, "uk", read(&write(&again)));
        assert_eq!(report.applied, ["nav-next"]);
        assert_eq!(
            fs::read_to_string(&file).expect("read"),
            original,
            "{format}"
        );
    }
}

#[test]
fn an_import_refuses_bad_lines_one_by_one_and_takes_the_rest() {
    let (_dir, content, locales) = tree();
    let mut workspace = Workspace::open(&locales, &content).expect("opens");
    let mut all = units(&workspace, "es", false);
    change_unit(&mut all, "nav-next", "Continuar");
    change_unit(&mut all, "idle-warning", "¿Sigue ahí? { $segundos }");
    all.push(exchange::Unit {
        id: "no-such-message".into(),
        file: "kiosk.ftl".into(),
        english: String::new(),
        translation: "Hola".into(),
        base: String::new(),
    });
    let mut csv = to_csv("es", &all);
    csv.push_str("fr,nav-back,kiosk.ftl,Back,Retour,\n");
    let report = import(&mut workspace, "es", from_csv("es", &csv).expect("reads"));
    assert_eq!(report.applied, ["nav-next"]);
    let why: Vec<&str> = report
        .rejected
        .iter()
        .map(|(_, _, why)| why.as_str())
        .collect();
    assert_eq!(report.rejected.len(), 3, "{why:?}");
    assert!(why.iter().any(|w| w.contains("$segundos")));
    assert!(why.iter().any(|w| w.contains("no such message")));
    assert!(why.iter().any(|w| w.contains("for fr")));
    // A whole XLIFF file for another language is refused before anything is read.
    let xliff = to_xliff("fr", &units(&workspace, "fr", true));
    assert!(from_xliff("es", &xliff).is_err());
    // Changed here since the export: a conflict, not an overwrite.
    let mut stale = units(&workspace, "es", false);
    workspace
        .save(
            "es",
            "nav-back",
            "Hacia atrás",
            workspace
                .row("es", "nav-back")
                .and_then(|r| r.translation)
                .as_deref(),
        )
        .expect("saved here");
    change_unit(&mut stale, "nav-back", "Volver");
    let report = import(
        &mut workspace,
        "es",
        from_csv("es", &to_csv("es", &stale)).expect("reads"),
    );
    assert_eq!(report.conflicts.len(), 1, "{report:?}");
    assert_eq!(
        workspace
            .row("es", "nav-back")
            .and_then(|r| r.translation)
            .as_deref(),
        Some("Hacia atrás")
    );
}

#[test]
fn publishing_is_signed_and_a_kiosk_keeps_its_last_good_content() {
    let (dir, content, locales) = tree();
    let mut store = Store::open(
        &StorePaths::in_dir(dir.path().join("store")),
        Access::ReadWrite,
    )
    .expect("store");
    let catalog = consent_kiosk::i18n::Catalog::load(&locales).expect("catalog");
    let running = consent_kiosk::content::Content::load(&content, &catalog).expect("content");
    let mut workspace = Workspace::open(&locales, &content).expect("opens");
    let base = workspace.row("fr", "nav-next").and_then(|r| r.translation);
    workspace
        .save("fr", "nav-next", "Continuer", base.as_deref())
        .expect("saved");
    let published = publish(&mut store, "editor.one", &content, &locales, T0).expect("published");
    assert_ne!(published.version, running.version);
    assert!(store.audit_log().expect("audit").iter().any(|e| matches!(e,
        consent_kiosk::consent::AuditEvent::ContentPublished { version, .. } if *version == published.version)));
    match reload_if_published(&content, &locales, &running.version, None) {
        Reload::Loaded(loaded) => assert_eq!(loaded.1.version, published.version),
        other => panic!("{other:?}"),
    }
    // A file broken after publishing: the kiosk keeps what it has and says why.
    fs::write(locales.join("fr/locale.toml"), "not = [valid").expect("break");
    let Reload::KeptLastGood { version, .. } =
        reload_if_published(&content, &locales, &running.version, None)
    else {
        panic!("kept the last good");
    };
    // Not tried again until something new is published.
    assert!(matches!(
        reload_if_published(&content, &locales, &running.version, Some(&version)),
        Reload::Unchanged
    ));
    // Publishing broken content is refused.
    let error = publish(&mut store, "editor.one", &content, &locales, T0).unwrap_err();
    assert!(error.to_string().contains("cannot be published"), "{error}");
    // A damaged publication marker is reported (once), never taken for "nothing published".
    fs::write(content.join("published.toml"), "version = [").expect("damage the marker");
    let Reload::KeptLastGood { version, why } =
        reload_if_published(&content, &locales, &running.version, None)
    else {
        panic!("a broken marker is reported");
    };
    assert!(why.contains("published.toml"), "{why}");
    assert!(matches!(
        reload_if_published(&content, &locales, &running.version, Some(&version)),
        Reload::Unchanged
    ));
}

#[test]
fn a_recording_attached_to_a_message_goes_stale_when_its_text_changes() {
    let (dir, content, locales) = tree();
    let mut workspace = Workspace::open(&locales, &content).expect("opens");
    assert!(workspace.recording("so", "nav-next").is_none());
    let wav = dir.path().join("take-1.wav");
    fs::write(&wav, b"RIFF....WAVEfmt ").expect("file");
    let text_file = dir.path().join("notes.txt");
    fs::write(&text_file, "not sound").expect("file");
    assert!(
        workspace
            .attach_recording("so", "nav-next", &text_file)
            .is_err()
    );
    workspace
        .attach_recording("so", "nav-next", &wav)
        .expect("attached");
    let (path, current) = workspace.recording("so", "nav-next").expect("there");
    assert!(path.ends_with("audio/so/nav-next.wav") && current);
    let base = workspace.row("so", "nav-next").and_then(|r| r.translation);
    workspace
        .save("so", "nav-next", "Sii wad", base.as_deref())
        .expect("saved");
    assert_eq!(
        workspace.recording("so", "nav-next").map(|(_, c)| c),
        Some(false)
    );
    // content check agrees: one stale recording in Somali.
    let report = consent_kiosk::content::check::check(&content, &locales);
    assert_eq!(report.summaries["so"].audio_stale, 1);
}
