//! Backups a person can make while the kiosk runs, and restore after damage:
//! the library and the real binary, in temporary folders.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::{T0, run_cli, signed_draft, text};
use consent_kiosk::consent::SigningPolicy;
use consent_kiosk::store::backup::{self, BackupError, KeyFiles, Schedule};
use consent_kiosk::store::{Access, PageFormat, Store, StoreError, StorePaths};
use time::Duration;

fn store_with(events: u8) -> (tempfile::TempDir, StorePaths) {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path().join("data"));
    let mut store = Store::open(&paths, Access::ReadWrite).expect("a new store opens");
    for seed in 1..=events {
        commit(&mut store, seed);
    }
    (dir, paths)
}

fn commit(store: &mut Store, seed: u8) {
    let event = signed_draft(seed)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    store.commit(&event).expect("commits");
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("file").permissions().mode() & 0o777
}

/// Flips bytes in the middle of a database page, as a failing disk would.
fn damage(file: &Path) {
    let mut bytes = fs::read(file).expect("db");
    let middle = bytes.len() / 2;
    for byte in &mut bytes[middle..middle + 64] {
        *byte ^= 0x5a;
    }
    fs::write(file, bytes).expect("damaged");
}

/// Changes one stored event behind the store's back, as `verify` must notice.
fn change_an_event(paths: &StorePaths, seq: i64) {
    let conn = common::raw_connection(paths, PageFormat::Current);
    conn.execute_batch(&format!(
        "DROP TRIGGER events_never_updated;
         UPDATE events SET body = replace(body, '2026-', '2027-') WHERE seq = {seq};"
    ))
    .expect("changed");
}

fn head(paths: &StorePaths) -> (i64, String) {
    let store = Store::open(paths, Access::ReadOnly).expect("opens");
    let mut last = String::new();
    store
        .for_each_event::<StoreError>(None, |sealed| {
            last = sealed.hash;
            Ok(())
        })
        .expect("reads");
    (store.event_count(), last)
}

#[test]
fn a_backup_is_verified_and_holds_the_same_events_keys_and_modes() {
    let (dir, paths) = store_with(3);
    let to = dir.path().join("backups").join("first");
    let summary = backup::backup(&paths, &to, KeyFiles::Copy, T0).expect("backs up");
    assert_eq!(summary.events, 3);
    assert_eq!((summary.events, summary.head_hash.clone()), head(&paths));
    assert_eq!(summary.dir, to);
    assert!(summary.bytes > 0);
    assert_eq!(
        names(&to),
        ["consent.db", "database.key", "device.key"],
        "only the database and its keys: no lock, no journal"
    );
    for key in ["database.key", "device.key"] {
        assert_eq!(mode(&to.join(key)), 0o600, "{key} keeps mode 0600");
        assert_eq!(
            fs::read(to.join(key)).expect("copy"),
            fs::read(paths.dir.join(key)).expect("original")
        );
    }
    assert_eq!(
        names(&dir.path().join("backups")),
        ["first"],
        "no temporary folder is left beside it"
    );
    let checked = backup::check(&to, None, T0).expect("the copy checks out");
    assert_eq!(checked.events, 3);
    assert_eq!(checked.head_hash, summary.head_hash);
    // The copy is a store in its own right.
    assert_eq!(head(&StorePaths::in_dir(&to)).0, 3);
}

#[test]
fn a_backup_without_keys_leaves_them_out_and_is_checked_with_the_stores_keys() {
    let (dir, paths) = store_with(2);
    let to = dir.path().join("no-keys");
    let summary = backup::backup(&paths, &to, KeyFiles::Leave, T0).expect("backs up");
    assert_eq!(summary.events, 2);
    assert_eq!(names(&to), ["consent.db"]);
    let error = backup::check(&to, None, T0).expect_err("no key, no check");
    assert!(matches!(error, BackupError::KeyMissing { .. }), "{error}");
    let checked = backup::check(&to, Some(&paths), T0).expect("the store's key opens it");
    assert_eq!(checked.events, 2);
}

#[test]
fn a_backup_goes_only_into_a_new_or_empty_folder() {
    let (dir, paths) = store_with(1);
    let busy = dir.path().join("busy");
    fs::create_dir(&busy).expect("mkdir");
    fs::write(busy.join("notes.txt"), "keep me").expect("file");
    let error = backup::backup(&paths, &busy, KeyFiles::Copy, T0).expect_err("not empty");
    assert!(
        matches!(error, BackupError::TargetNotEmpty { .. }),
        "{error}"
    );
    assert_eq!(names(&busy), ["notes.txt"], "nothing was written into it");

    let empty = dir.path().join("empty");
    fs::create_dir(&empty).expect("mkdir");
    backup::backup(&paths, &empty, KeyFiles::Copy, T0).expect("an empty folder is fine");
    assert!(empty.join("consent.db").is_file());
}

#[test]
fn a_backup_needs_no_lock_and_is_consistent_while_another_connection_commits() {
    let (dir, paths) = store_with(1);
    let mut writer = Store::open(&paths, Access::ReadWrite).expect("the kiosk holds the store");
    let committing = std::thread::Builder::new()
        .name("kiosk committing".into())
        .spawn(move || {
            for seed in 2..=120u8 {
                commit(&mut writer, seed);
            }
            writer
        })
        .expect("thread");
    let mut seen = Vec::new();
    for n in 0..6 {
        let to = dir.path().join(format!("during-{n}"));
        let summary = backup::backup(&paths, &to, KeyFiles::Copy, T0)
            .expect("a backup while the kiosk holds the store and commits");
        // Verified after writing: its own count and head, whatever moment it caught.
        let checked = backup::check(&to, None, T0).expect("checks");
        assert_eq!(checked.events, summary.events);
        assert_eq!(checked.head_hash, summary.head_hash);
        seen.push(summary.events);
    }
    let writer = committing.join().expect("the writer finished");
    assert_eq!(writer.event_count(), 120);
    assert!(seen.iter().all(|n| (1..=120).contains(n)), "{seen:?}");
    let last = dir.path().join("after");
    let summary = backup::backup(&paths, &last, KeyFiles::Copy, T0).expect("backs up");
    assert_eq!(
        summary.events, 120,
        "the writer's last commit is in the next backup"
    );
}

#[test]
fn the_real_binary_backs_up_while_the_kiosk_holds_the_store() {
    let (dir, paths) = store_with(2);
    let _kiosk = Store::open(&paths, Access::ReadWrite).expect("the kiosk holds the store");
    let to = dir.path().join("cli-backup");
    let output = run_cli(&paths.dir, &["backup", "--to", to.to_str().expect("utf-8")]);
    let said = text(&output);
    assert!(output.status.success(), "{said}");
    assert!(said.contains("2 events"), "{said}");
    assert!(said.contains("verified"), "{said}");
    assert_eq!(names(&to), ["consent.db", "database.key", "device.key"]);

    let bare = dir.path().join("cli-bare");
    let output = run_cli(
        &paths.dir,
        &[
            "backup",
            "--to",
            bare.to_str().expect("utf-8"),
            "--without-keys",
        ],
    );
    assert!(output.status.success(), "{}", text(&output));
    assert_eq!(names(&bare), ["consent.db"]);
    assert!(
        text(&output).contains("keys"),
        "it says where keys must be kept"
    );
}

#[test]
fn a_damaged_backup_is_refused() {
    let (dir, paths) = store_with(40);
    let to = dir.path().join("b");
    backup::backup(&paths, &to, KeyFiles::Copy, T0).expect("backs up");
    damage(&to.join("consent.db"));
    let error = backup::check(&to, None, T0).expect_err("damage is found");
    assert!(matches!(error, BackupError::Damaged { .. }), "{error}");
    assert!(error.to_string().contains("another backup"), "{error}");
}

#[test]
fn restore_replaces_a_damaged_store_and_keeps_it_aside() {
    let (dir, paths) = store_with(40);
    let to = dir.path().join("good");
    let summary = backup::backup(&paths, &to, KeyFiles::Copy, T0).expect("backs up");
    damage(&paths.database());
    let damaged = fs::read(paths.database()).expect("db");

    let restored = backup::restore(&to, &paths, false, T0).expect("restores");
    assert_eq!(restored.events, 40);
    let aside = restored.replaced.expect("the damaged store is kept");
    assert!(aside.starts_with(&paths.dir));
    assert!(
        aside
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("replaced-"))
    );
    assert_eq!(fs::read(aside.join("consent.db")).expect("kept"), damaged);
    assert!(
        names(&paths.dir).iter().all(|n| !n.ends_with(".restoring")),
        "{:?}",
        names(&paths.dir)
    );
    assert_eq!(head(&paths), (40, summary.head_hash));
    let store = Store::open(&paths, Access::ReadOnly).expect("opens");
    assert!(store.verify(T0).expect("verifies").is_intact());
}

#[test]
fn restore_asks_for_force_when_the_store_cannot_be_read_at_all() {
    let (dir, paths) = store_with(5);
    let to = dir.path().join("good");
    backup::backup(&paths, &to, KeyFiles::Copy, T0).expect("backs up");
    let mut bytes = fs::read(paths.database()).expect("db");
    bytes.truncate(4096);
    bytes.fill(0);
    fs::write(paths.database(), &bytes).expect("wiped");

    let error = backup::restore(&to, &paths, false, T0).expect_err("cannot count, asks");
    assert!(
        matches!(error, BackupError::CurrentUnreadable { .. }),
        "{error}"
    );
    assert!(error.to_string().contains("--force"), "{error}");
    assert_eq!(fs::read(paths.database()).expect("db"), bytes, "untouched");

    let restored = backup::restore(&to, &paths, true, T0).expect("forced");
    assert_eq!(restored.events, 5);
    assert_eq!(restored.previous_events, None);
    assert_eq!(head(&paths).0, 5);
}

#[test]
fn restore_refuses_a_store_with_more_events_unless_forced() {
    let (dir, paths) = store_with(2);
    let to = dir.path().join("older");
    backup::backup(&paths, &to, KeyFiles::Copy, T0).expect("backs up");
    {
        let mut store = Store::open(&paths, Access::ReadWrite).expect("opens");
        commit(&mut store, 3);
    }
    let before = fs::read(paths.database()).expect("db");
    let error = backup::restore(&to, &paths, false, T0).expect_err("would lose an event");
    assert!(
        matches!(
            error,
            BackupError::StoreHasMore {
                store_events: 3,
                backup_events: 2
            }
        ),
        "{error}"
    );
    assert_eq!(fs::read(paths.database()).expect("db"), before, "untouched");

    let restored = backup::restore(&to, &paths, true, T0).expect("forced");
    assert_eq!(restored.events, 2);
    assert_eq!(restored.previous_events, Some(3));
    assert_eq!(head(&paths).0, 2);
    let aside = restored.replaced.expect("kept aside");
    let kept = StorePaths::in_dir(aside);
    assert_eq!(
        head(&kept).0,
        3,
        "the replaced store still opens, with its keys"
    );
}

#[test]
fn a_restore_that_fails_half_way_leaves_the_store_in_place_and_nothing_staged() {
    let (dir, paths) = store_with(2);
    let to = dir.path().join("b");
    backup::backup(&paths, &to, KeyFiles::Copy, T0).expect("backs up");
    let before = names(&paths.dir);
    let db = fs::read(paths.database()).expect("db");
    // The folder the old store would be moved into is already taken.
    let taken = paths
        .dir
        .join(format!("replaced-{}", backup::folder_name(T0)));
    fs::create_dir(&taken).expect("taken");
    let error = backup::restore(&to, &paths, false, T0).expect_err("cannot move aside");
    assert!(matches!(error, BackupError::Io { .. }), "{error}");
    let mut after = names(&paths.dir);
    after.retain(|n| !n.starts_with("replaced-"));
    assert_eq!(after, before, "no staged file is left");
    assert_eq!(fs::read(paths.database()).expect("db"), db);
}

#[test]
fn restore_refuses_while_the_kiosk_runs() {
    let (dir, paths) = store_with(1);
    let to = dir.path().join("b");
    backup::backup(&paths, &to, KeyFiles::Copy, T0).expect("backs up");
    let _kiosk = Store::open(&paths, Access::ReadWrite).expect("the kiosk holds the store");
    let error = backup::restore(&to, &paths, true, T0).expect_err("in use");
    assert!(
        matches!(error, BackupError::Store(StoreError::InUse { .. })),
        "{error}"
    );
}

#[test]
fn the_real_binary_restores_after_damage_and_verify_agrees() {
    let (dir, paths) = store_with(30);
    let to = dir.path().join("good");
    let data = paths.dir.to_str().expect("utf-8");
    let output = run_cli(&paths.dir, &["backup", "--to", to.to_str().expect("utf-8")]);
    assert!(output.status.success(), "{}", text(&output));
    change_an_event(&paths, 7);
    let output = run_cli(&paths.dir, &["verify"]);
    assert!(
        !output.status.success(),
        "verify sees the damage: {}",
        text(&output)
    );

    let from = to.to_str().expect("utf-8");
    let output = run_cli(&paths.dir, &["restore", "--from", from]);
    let said = text(&output);
    assert!(output.status.success(), "{said}");
    assert!(said.contains("30 events"), "{said}");
    assert!(
        said.contains("replaced-"),
        "it says where the old store is: {said}"
    );
    let output = run_cli(&paths.dir, &["verify"]);
    assert!(output.status.success(), "{data}: {}", text(&output));
    assert!(text(&output).contains("intact"));
}

#[test]
fn a_backup_is_due_after_its_interval_and_at_first() {
    let every = Duration::hours(24);
    assert!(backup::due(None, T0, every), "never backed up: due now");
    assert!(!backup::due(Some(T0), T0, every));
    assert!(!backup::due(Some(T0), T0 + Duration::hours(23), every));
    assert!(backup::due(Some(T0), T0 + Duration::hours(24), every));
    assert!(backup::due(Some(T0), T0 + Duration::days(9), every));
    // A clock set back (a new battery) must not stop backups for good.
    assert!(backup::due(Some(T0), T0 - Duration::hours(1), every));
}

fn schedule(to: &Path, keep: usize) -> Schedule {
    Schedule {
        to: to.to_path_buf(),
        every: Duration::hours(24),
        keep,
        keys: KeyFiles::Copy,
    }
}

#[test]
fn scheduled_backups_rotate_and_keep_the_newest() {
    let (dir, paths) = store_with(1);
    let root = dir.path().join("second-disk");
    fs::create_dir(&root).expect("the disk is mounted");
    fs::create_dir(root.join("lost+found")).expect("a folder not ours");
    let plan = schedule(&root, 3);
    let mut last = backup::latest(&root).expect("reads");
    assert_eq!(last, None);
    let mut written: Vec<PathBuf> = Vec::new();
    for hour in 0..30 {
        let now = T0 + Duration::hours(hour * 12);
        if let Some(summary) = backup::run_if_due(&paths, &plan, &mut last, now).expect("runs") {
            written.push(summary.dir);
        }
    }
    assert_eq!(written.len(), 15, "one every 24 hours: {written:?}");
    let mut kept = names(&root);
    kept.retain(|n| n != "lost+found");
    assert_eq!(kept.len(), 3, "{kept:?}");
    let newest: Vec<String> = written[12..]
        .iter()
        .map(|p| p.file_name().expect("name").to_string_lossy().into_owned())
        .collect();
    assert_eq!(kept, newest);
    assert!(
        root.join("lost+found").is_dir(),
        "a folder not ours is left alone"
    );
    assert_eq!(
        backup::latest(&root).expect("reads"),
        Some(T0 + Duration::hours(28 * 12)),
        "after a restart the kiosk knows when it last backed up"
    );
}

#[test]
fn a_scheduled_backup_refuses_a_missing_disk_rather_than_filling_the_main_one() {
    let (dir, paths) = store_with(1);
    let root = dir.path().join("not-mounted");
    let mut last = None;
    let error = backup::run_if_due(&paths, &schedule(&root, 7), &mut last, T0)
        .expect_err("no folder, no backup");
    assert!(
        matches!(error, BackupError::NoBackupFolder { .. }),
        "{error}"
    );
    assert!(error.to_string().contains("mounted"), "{error}");
    assert!(!root.exists());
    assert_eq!(last, None, "still due: tried again later");
}

fn content_with(dir: &Path, setting: &str) -> (PathBuf, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = dir.join("content");
    common::copy_dir(&root.join("content"), &content);
    let deployment = content.join("deployment.toml");
    let settings = fs::read_to_string(&deployment).expect("settings");
    fs::write(&deployment, format!("{settings}\n{setting}\n")).expect("settings written");
    (content, root.join("locales"))
}

fn load(
    content: &Path,
    locales: &Path,
) -> Result<consent_kiosk::content::Content, consent_kiosk::content::ContentError> {
    let catalog = consent_kiosk::i18n::Catalog::load(locales).expect("locales load");
    consent_kiosk::content::Content::load(content, &catalog)
}

#[test]
fn the_backup_setting_is_optional_and_read_when_present() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (content, locales) = content_with(dir.path(), "");
    assert_eq!(
        load(&content, &locales).expect("loads").deployment.backup,
        None
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let (content, locales) = content_with(
        dir.path(),
        "[backup]\nto = \"/mnt/backup/consent-kiosk\"\nevery_hours = 24\nkeep = 7",
    );
    let setting = load(&content, &locales)
        .expect("loads")
        .deployment
        .backup
        .expect("a schedule");
    assert_eq!(setting.to, Path::new("/mnt/backup/consent-kiosk"));
    assert_eq!(setting.every_hours, 24);
    assert_eq!(setting.keep, 7);
    assert!(setting.keys, "keys are copied unless the setting says not");
}

#[test]
fn the_backup_setting_is_refused_out_of_bounds_with_file_and_line() {
    for (table, says) in [
        (
            "[backup]\nto = \"/mnt/b\"\nevery_hours = 0\nkeep = 7",
            "every_hours",
        ),
        (
            "[backup]\nto = \"/mnt/b\"\nevery_hours = 169\nkeep = 7",
            "every_hours",
        ),
        (
            "[backup]\nto = \"/mnt/b\"\nevery_hours = 24\nkeep = 0",
            "keep",
        ),
        (
            "[backup]\nto = \"/mnt/b\"\nevery_hours = 24\nkeep = 366",
            "keep",
        ),
        (
            "[backup]\nto = \"backups\"\nevery_hours = 24\nkeep = 7",
            "absolute",
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let (content, locales) = content_with(dir.path(), table);
        let lines = fs::read_to_string(content.join("deployment.toml"))
            .expect("settings")
            .lines()
            .count();
        let error = load(&content, &locales).expect_err("refused").to_string();
        assert!(error.contains(says), "{table}: {error}");
        let line = lines
            - match says {
                "keep" => 0,
                "every_hours" => 1,
                _ => 2,
            };
        assert!(
            error.contains(&format!("deployment.toml:{line}:")),
            "{table}: line {line}: {error}"
        );
    }
}

#[test]
fn the_schedule_runs_in_a_named_thread_and_reports_a_failure_without_stopping() {
    let (dir, paths) = store_with(1);
    let root = dir.path().join("not-mounted");
    let (tell, told) = std::sync::mpsc::channel();
    let clock = std::sync::Arc::new(consent_kiosk::consent::ManualClock::new(T0));
    backup::spawn_schedule(paths, schedule(&root, 7), clock, move |outcome| {
        let thread = std::thread::current().name().map(str::to_owned);
        let _ = tell.send((thread, outcome.as_ref().err().map(ToString::to_string)));
    })
    .expect("the thread starts");
    // The first look happens at once; the generous wait is only a guard.
    let (thread, failure) = told
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the schedule reports");
    assert_eq!(thread.as_deref(), Some("scheduled-backup"));
    let failure = failure.expect("a failure is reported, not swallowed");
    assert!(failure.contains("mounted"), "{failure}");
}
