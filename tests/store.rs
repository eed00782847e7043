//! The store against its faults: wrong keys, foreign files, tampering, a full disk,
//! a read-only file and a second process.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;

use common::{
    FICTIONAL_NAME, T0, confirmed_interview, household_childs_draft, raw_connection, signed_draft,
};
use consent_kiosk::consent::{Role, RuleViolation, SigningPolicy, Withdrawal};
use consent_kiosk::store::{Access, PageFormat, Store, StoreError, StorePaths};
use time::Duration;

fn new_store() -> (tempfile::TempDir, StorePaths, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path().join("data"));
    let store = Store::open(&paths, Access::ReadWrite).expect("a new store opens");
    (dir, paths, store)
}

/// `signed_draft(seed)` with an id and a reference code of its own, so that
/// several consents can stand side by side in one store.
fn draft_as(seed: u8, id_byte: u8, reference: u64) -> consent_kiosk::consent::ConsentDraft {
    let mut draft = signed_draft(seed);
    draft.consent_id = consent_kiosk::consent::ConsentId::from_random([id_byte; 16]);
    draft.reference = consent_kiosk::consent::ReferenceCode::from_random(reference);
    draft
}

fn snapshot(paths: &StorePaths) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = fs::read_dir(&paths.dir)
        .expect("dir")
        .map(|e| {
            let e = e.expect("entry");
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).expect("read"),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn keys_are_created_private_and_beside_the_database() {
    let (_dir, paths, _store) = new_store();
    for key in [paths.database_key(), paths.device_key()] {
        let mode = fs::metadata(&key).expect("key file").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{} must be 0600", key.display());
    }
}

#[test]
fn the_database_file_shows_no_personal_data() {
    let (_dir, paths, mut store) = new_store();
    let event = signed_draft(1)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    store.commit(&event).expect("commits");
    drop(store);
    let mut bytes = fs::read(paths.database()).expect("db");
    bytes.extend(fs::read(paths.dir.join("consent.db-wal")).unwrap_or_default());
    assert!(
        !bytes.starts_with(b"SQLite format 3"),
        "the header is encrypted too"
    );
    let needle = FICTIONAL_NAME.as_bytes();
    assert!(
        !bytes.windows(needle.len()).any(|w| w == needle),
        "the signer's name must not appear in plain bytes"
    );
}

#[test]
fn events_read_back_and_the_chain_verifies() {
    let (_dir, paths, mut store) = new_store();
    let signed = signed_draft(2)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    let first = store.commit(&signed).expect("commits");
    assert_eq!(first.seq, 1);
    assert_eq!(first.prev_hash, consent_kiosk::store::GENESIS_HASH);
    let consent = store
        .find_by_reference(&signed_draft(2).reference)
        .expect("query")
        .expect("found by its reference code");
    let withdrawn = consent
        .withdraw(Withdrawal {
            at: T0 + Duration::hours(5),
            confirmed_by: Role::Migrant,
            account_id: None,
        })
        .expect("withdrawable");
    let second = store.commit(&withdrawn).expect("commits");
    assert_eq!(second.prev_hash, first.hash);
    drop(store);

    let store = Store::open(&paths, Access::ReadOnly).expect("reopens read-only");
    let report = store.verify(T0 + Duration::hours(6)).expect("verify runs");
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(report.events_checked, 2);
    assert_eq!(report.states.get("withdrawn"), Some(&1));
}

#[test]
fn the_store_refuses_what_the_rules_refuse() {
    let (_dir, _paths, mut store) = new_store();
    let signed = signed_draft(3)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    store.commit(&signed).expect("commits");
    let consent = store
        .find_by_reference(&signed_draft(3).reference)
        .expect("query")
        .expect("found");
    // Departure in cooling-off is refused by the domain; forge the event anyway.
    let forged = consent_kiosk::consent::ConsentEvent::DepartureRecorded {
        consent_id: consent.consent_id.clone(),
        at: T0 + Duration::hours(1),
        account_id: None,
    };
    assert!(matches!(
        store.commit(&forged),
        Err(StoreError::Rule(RuleViolation::NotDepartable(
            "cooling_off"
        )))
    ));
    assert!(matches!(store.commit(&signed), Err(StoreError::Duplicate)));
    assert_eq!(store.event_count(), 1, "nothing refused was stored");
}

#[test]
fn the_store_refuses_forged_safeguard_events_and_verify_replays_them() {
    use consent_kiosk::consent::{ConsentEvent, FlagKind, FlagOutcome};
    let (_dir, _paths, mut store) = new_store();
    let mut draft = signed_draft(7);
    draft.pressure_flag = true;
    let signed = draft.sign(&SigningPolicy::default(), T0).expect("signs");
    store.commit(&signed).expect("commits");
    let consent_id = signed.consent_id().clone();
    let after = T0 + Duration::hours(80);
    // Past cooling-off, but nobody has confirmed it or looked into the flag.
    let forged = ConsentEvent::DepartureRecorded {
        consent_id: consent_id.clone(),
        at: after,
        account_id: Some("c-1".into()),
    };
    assert!(matches!(
        store.commit(&forged),
        Err(StoreError::Rule(RuleViolation::Held(
            "confirmation_interview"
        )))
    ));
    let forged = ConsentEvent::DepartureReconfirmed {
        consent_id: consent_id.clone(),
        at: after,
        account_id: None,
    };
    assert!(matches!(
        store.commit(&forged),
        Err(StoreError::Rule(RuleViolation::Held(_)))
    ));
    let wrong_flag = ConsentEvent::FlagResolved {
        consent_id: consent_id.clone(),
        flag: FlagKind::ChildObjection,
        outcome: FlagOutcome::Cleared,
        reason: "spoke".into(),
        at: after,
        account_id: None,
    };
    assert!(matches!(
        store.commit(&wrong_flag),
        Err(StoreError::Rule(RuleViolation::FlagNotOpen(
            "child_objection"
        )))
    ));
    let correction = ConsentEvent::DepartureCorrected {
        consent_id: consent_id.clone(),
        reason: "mistake".into(),
        at: after,
        account_id: None,
    };
    assert!(matches!(
        store.commit(&correction),
        Err(StoreError::Rule(RuleViolation::NotDeparted))
    ));
    let cleared = ConsentEvent::FlagResolved {
        consent_id,
        flag: FlagKind::Pressure,
        outcome: FlagOutcome::Cleared,
        reason: "spoke in private".into(),
        at: after,
        account_id: Some("c-1".into()),
    };
    store.commit(&cleared).expect("a real resolution is stored");
    assert_eq!(store.event_count(), 2, "nothing refused was stored");
    let report = store.verify(after).expect("verify");
    assert!(report.is_intact());
    assert_eq!(report.states.get("on_hold"), Some(&1));
    // The dashboard says what it waits for.
    let rows = store.dashboard().expect("dashboard");
    assert_eq!(rows[0].holds.as_deref(), Some("confirmation_interview"));
    assert_eq!(rows[0].effective_from, None);
}

#[test]
fn a_batch_is_stored_whole_or_not_at_all() {
    let (_dir, _paths, mut store) = new_store();
    let good = signed_draft(4)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    let duplicate = good.clone();
    assert!(store.commit_all(&[good, duplicate]).is_err());
    assert_eq!(store.event_count(), 0);
}

#[test]
fn a_wrong_key_is_a_clear_error_and_nothing_is_written() {
    let (_dir, paths, mut store) = new_store();
    let event = signed_draft(5)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    store.commit(&event).expect("commits");
    drop(store);
    fs::write(paths.database_key(), format!("{}\n", "ab".repeat(32))).expect("swap key");
    let before = snapshot(&paths);
    let error = Store::open(&paths, Access::ReadWrite).expect_err("the wrong key is refused");
    assert!(
        matches!(error, StoreError::WrongKeyOrNotAStore { .. }),
        "{error}"
    );
    assert!(error.to_string().contains("key is wrong"));
    assert_eq!(snapshot(&paths), before, "nothing was written");
}

#[test]
fn a_missing_key_file_is_never_replaced_by_a_new_key() {
    let (_dir, paths, store) = new_store();
    drop(store);
    fs::remove_file(paths.database_key()).expect("remove key");
    let error = Store::open(&paths, Access::ReadWrite).expect_err("refused");
    assert!(matches!(error, StoreError::KeyMissing { .. }), "{error}");
    assert!(!paths.database_key().exists(), "no new key was made");
}

#[test]
fn a_file_that_is_not_a_consent_store_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    fs::write(
        paths.database(),
        b"Shopping list: rice, tea, lentils\n".repeat(200),
    )
    .expect("write");
    let error = Store::open(&paths, Access::ReadWrite).expect_err("refused");
    assert!(matches!(error, StoreError::KeyMissing { .. }), "{error}");

    fs::write(paths.database_key(), format!("{}\n", "cd".repeat(32))).expect("key");
    fs::set_permissions(paths.database_key(), fs::Permissions::from_mode(0o600)).expect("chmod");
    let error = Store::open(&paths, Access::ReadWrite).expect_err("refused");
    assert!(
        matches!(error, StoreError::WrongKeyOrNotAStore { .. }),
        "{error}"
    );
    assert_eq!(
        fs::read(paths.database()).expect("db"),
        b"Shopping list: rice, tea, lentils\n".repeat(200),
        "the foreign file is untouched"
    );
}

#[test]
fn a_second_process_gets_in_use_not_corruption() {
    let (_dir, paths, _store) = new_store();
    let error = Store::open(&paths, Access::ReadWrite).expect_err("a second writer is refused");
    assert!(matches!(error, StoreError::InUse { .. }), "{error}");
    assert!(error.to_string().contains("in use"));
    let error = Store::open(&paths, Access::ReadOnly).expect_err("a reader waits for the writer");
    assert!(matches!(error, StoreError::InUse { .. }), "{error}");
}

#[test]
fn a_full_disk_fails_the_commit_clearly_and_the_draft_survives() {
    let (_dir, paths, mut store) = new_store();
    store.simulate_full_disk().expect("limit set");
    let mut refused = None;
    // A few events may still fit in free pages; the disk fills up soon after.
    for seed in 0..200u8 {
        let attempt = draft_as(6, seed, u64::from(seed) * 31 + 5);
        let event = attempt.sign(&SigningPolicy::default(), T0).expect("signs");
        if let Err(error) = store.commit(&event) {
            refused = Some((error, attempt));
            break;
        }
    }
    let (error, draft) = refused.expect("the disk filled up");
    assert!(matches!(error, StoreError::DiskFull), "{error}");
    assert!(error.to_string().contains("disk is full"));
    let stored = store.event_count();
    drop(store);

    // Space is free again (a new connection has no page limit): the very draft that
    // was refused is signed and committed, and the log is whole.
    let mut store = Store::open(&paths, Access::ReadWrite).expect("reopens");
    assert_eq!(store.event_count(), stored, "no half-written event");
    let event = draft
        .sign(&SigningPolicy::default(), T0)
        .expect("signs again");
    store.commit(&event).expect("the same draft commits now");
    let reference = draft.reference.clone();
    drop(store);
    let store = Store::open(&paths, Access::ReadOnly).expect("reopens");
    assert!(
        store
            .find_by_reference(&reference)
            .expect("query")
            .is_some(),
        "the refused draft is stored now"
    );
    let report = store.verify(T0).expect("verify");
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(report.events_checked, stored + 1);
}

#[test]
fn a_read_only_store_refuses_to_commit() {
    let (_dir, paths, store) = new_store();
    drop(store);
    let mut store = Store::open(&paths, Access::ReadOnly).expect("opens read-only");
    let event = signed_draft(7)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    let error = store.commit(&event).expect_err("refused");
    assert!(matches!(error, StoreError::ReadOnly), "{error}");
}

#[test]
fn events_cannot_be_updated_or_deleted_even_with_the_key() {
    let (_dir, paths, mut store) = new_store();
    let event = signed_draft(8)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    store.commit(&event).expect("commits");
    drop(store);
    let conn = raw_connection(&paths, PageFormat::Current);
    let update = conn.execute("UPDATE events SET kind = 'x' WHERE seq = 1", []);
    assert!(update.is_err_and(|e| e.to_string().contains("append-only")));
    let delete = conn.execute("DELETE FROM events", []);
    assert!(delete.is_err_and(|e| e.to_string().contains("append-only")));
}

#[test]
fn a_changed_byte_is_found_and_named() {
    let (_dir, paths, mut store) = new_store();
    for seed in 10..13u8 {
        let event = signed_draft(seed)
            .sign(&SigningPolicy::default(), T0)
            .expect("signs");
        store.commit(&event).expect("commits");
    }
    drop(store);
    let conn = raw_connection(&paths, PageFormat::Current);
    conn.execute_batch(
        "DROP TRIGGER events_never_updated;
         UPDATE events SET body = replace(body, '\"locale\":\"ar\"', '\"locale\":\"fa\"') WHERE seq = 2;",
    )
    .expect("tamper");
    drop(conn);
    let store = Store::open(&paths, Access::ReadOnly).expect("opens");
    let report = store.verify(T0).expect("verify runs");
    let broken = report.broken.expect("the change is found");
    assert_eq!(broken.seq, 2);
    assert!(broken.why.contains("hash"), "{}", broken.why);
}

#[test]
fn sealed_bodies_are_exactly_rfc_8785() {
    let (_dir, _paths, mut store) = new_store();
    let mut tricky = signed_draft(20);
    tricky.record_text(
        "review",
        "line\nbreak \u{1} tab\t quote\" back\\slash / 𝄞 😀 \u{e000} \u{2067}عربي\u{2069} K7Q-4XM-92P",
    );
    tricky.signatures[0].kind = consent_kiosk::consent::SignatureKind::Drawn {
        strokes: vec![vec![(0, 10_000), (1, 9_999)], vec![(5_000, 5_000)]],
    };
    let event = tricky.sign(&SigningPolicy::default(), T0).expect("signs");
    store.commit(&event).expect("commits");
    consent_kiosk::demo::add_demo_records(&mut store, 60, 60, T0)
        .expect_err("a real store refuses demo records");
    let mut checked = 0;
    store
        .for_each_event(None, |sealed| -> Result<(), StoreError> {
            let value: serde_json::Value = serde_json::from_str(&sealed.body).expect("JSON");
            let reference = serde_json_canonicalizer::to_string(&value).expect("JCS");
            assert_eq!(sealed.body, reference, "event {} is canonical", sealed.seq);
            checked += 1;
            Ok(())
        })
        .expect("reads");
    assert_eq!(checked, 1);

    let dir = tempfile::tempdir().expect("temp dir");
    let mut demo = Store::open(&StorePaths::in_dir(dir.path()), Access::ReadWrite).expect("opens");
    consent_kiosk::demo::add_demo_records(&mut demo, 60, 60, T0).expect("demo records");
    demo.for_each_event(None, |sealed| -> Result<(), StoreError> {
        let value: serde_json::Value = serde_json::from_str(&sealed.body).expect("JSON");
        assert_eq!(
            sealed.body,
            serde_json_canonicalizer::to_string(&value).expect("JCS")
        );
        checked += 1;
        Ok(())
    })
    .expect("reads");
    assert!(checked > 60);
}

#[test]
fn a_changed_audit_entry_is_found_and_the_audit_log_is_append_only() {
    let (_dir, paths, mut store) = new_store();
    store
        .create_account(
            "admin.one",
            consent_kiosk::consent::AccountRole::Admin,
            "correct horse 42",
            None,
            T0,
        )
        .expect("account");
    store
        .record_audit(&consent_kiosk::consent::AuditEvent::RecordOpened {
            account_id: "admin.one".into(),
            consent_id: consent_kiosk::consent::ConsentId::from_stored("c-1"),
            reason: "follow-up call".into(),
            at: T0,
        })
        .expect("logged");
    drop(store);
    let conn = raw_connection(&paths, PageFormat::Current);
    assert!(
        conn.execute("DELETE FROM audit WHERE seq = 2", []).is_err(),
        "the trigger refuses a deletion"
    );
    conn.execute_batch(
        "DROP TRIGGER audit_never_updated;
         UPDATE audit SET body = replace(body, 'follow-up call', 'routine check') WHERE seq = 2;",
    )
    .expect("tamper");
    drop(conn);
    let store = Store::open(&paths, Access::ReadOnly).expect("opens");
    let report = store.verify(T0).expect("verify runs");
    assert!(!report.is_intact());
    let broken = report.audit_broken.expect("the change is found");
    assert_eq!(broken.seq, 2);
    assert!(broken.why.contains("hash"), "{}", broken.why);
}

/// A store of fictional records, closed, and the size of its database.
fn demo_store(count: usize) -> (tempfile::TempDir, StorePaths, u64) {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    let mut store = Store::open(&paths, Access::ReadWrite).expect("opens");
    consent_kiosk::demo::add_demo_records(&mut store, count, 25, T0).expect("demo records");
    drop(store);
    let len = fs::metadata(paths.database()).expect("db").len();
    (dir, paths, len)
}

fn flip_byte(path: &std::path::Path, offset: u64) {
    let mut bytes = fs::read(path).expect("read");
    let at = usize::try_from(offset).expect("offset");
    bytes[at] ^= 0x20;
    fs::write(path, bytes).expect("write");
}

#[test]
fn a_damaged_page_anywhere_is_found_and_named_damaged() {
    // Offsets in the first page (past its salt, which only a wrong key can be told
    // from), index pages, the middle and the last page.
    for offset in [16, 100, 4_200, 9_999, 20_000, u64::MAX] {
        let (_dir, paths, len) = demo_store(200);
        let offset = offset.min(len - 50);
        flip_byte(&paths.database(), offset);
        match Store::open(&paths, Access::ReadOnly) {
            Err(error) => {
                assert!(
                    matches!(error, StoreError::Damaged { .. }),
                    "offset {offset}: {error}"
                );
                assert!(error.to_string().contains("restore"), "{error}");
            }
            Ok(store) => {
                let report = store.verify(T0).expect("verify runs");
                assert!(!report.is_intact(), "offset {offset}: {report:?}");
                assert!(
                    report.damaged.iter().any(|d| d.contains("page")),
                    "offset {offset}: {report:?}"
                );
            }
        }
    }
}

#[test]
fn reading_a_damaged_index_is_a_damaged_error_not_a_database_error() {
    let (_dir, paths, len) = demo_store(200);
    // Every page but the first, one at a time, until reading fails somewhere.
    let mut seen_damaged = false;
    for page in 1..len / 4096 {
        let bytes = fs::read(paths.database()).expect("read");
        flip_byte(&paths.database(), page * 4096 + 700);
        let store = Store::open(&paths, Access::ReadOnly);
        let outcome = store.and_then(|store| {
            store.projection()?;
            store.find_by_reference(&consent_kiosk::consent::ReferenceCode::from_random(1))?;
            Ok(())
        });
        match outcome {
            Err(StoreError::Damaged { .. }) => seen_damaged = true,
            Err(other) => panic!("page {page}: {other}"),
            Ok(()) => {}
        }
        fs::write(paths.database(), bytes).expect("restore");
    }
    assert!(seen_damaged, "some page is read by these queries");
}

#[test]
fn a_first_run_left_unfinished_by_an_older_version_is_made_anew() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    let key = consent_kiosk::store::DatabaseKey::create(&paths.database_key()).expect("key");
    drop(key);
    // What a kill -9 between creating the file and migrating it left: our key, no schema.
    let conn = raw_connection(&paths, PageFormat::Current);
    conn.execute_batch("PRAGMA journal_mode = WAL;")
        .expect("header written");
    drop(conn);
    // And a build of a new database cut short.
    fs::write(paths.building(), b"half a database").expect("write");
    let mut store = Store::open(&paths, Access::ReadWrite).expect("made anew, not refused");
    let event = signed_draft(30)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    store.commit(&event).expect("commits");
    drop(store);
    assert!(!paths.building().exists(), "what was left is removed");
    let store = Store::open(&paths, Access::ReadOnly).expect("opens");
    assert!(store.verify(T0).expect("verify").is_intact());

    // An empty file (a kill before the first page was written) too.
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    drop(consent_kiosk::store::DatabaseKey::create(&paths.database_key()).expect("key"));
    fs::write(paths.database(), b"").expect("empty file");
    let error = Store::open(&paths, Access::ReadOnly).expect_err("a reader cannot remake it");
    assert!(matches!(error, StoreError::Unfinished { .. }), "{error}");
    Store::open(&paths, Access::ReadWrite).expect("a writer remakes it");
}

#[test]
fn a_first_run_is_built_aside_and_never_seen_half_made() {
    let (_dir, paths, store) = new_store();
    drop(store);
    assert!(!paths.building().exists());
    let conn = raw_connection(&paths, PageFormat::Current);
    let version: i32 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .expect("version");
    assert!(version > 0, "the database in place is migrated");
}

#[test]
fn an_unmarked_database_with_tables_is_never_remade() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    drop(consent_kiosk::store::DatabaseKey::create(&paths.database_key()).expect("key"));
    let conn = raw_connection(&paths, PageFormat::Current);
    conn.execute_batch("CREATE TABLE events (seq INTEGER); INSERT INTO events VALUES (1);")
        .expect("someone's table");
    drop(conn);
    let before = fs::read(paths.database()).expect("db");
    let error = Store::open(&paths, Access::ReadWrite).expect_err("refused");
    assert!(
        matches!(error, StoreError::NotAConsentStore { .. }),
        "{error}"
    );
    assert_eq!(fs::read(paths.database()).expect("db"), before, "untouched");
}

#[test]
fn a_demo_store_refuses_real_consents() {
    let (_dir, paths, _len) = demo_store(5);
    let mut store = Store::open(&paths, Access::ReadWrite).expect("opens");
    assert!(store.is_demo());
    let before = store.event_count();
    let event = signed_draft(31)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    let error = store
        .commit(&event)
        .expect_err("a real signature is refused");
    assert!(matches!(error, StoreError::DemoStore), "{error}");
    assert!(error.to_string().contains("demo"), "{error}");
    assert_eq!(store.event_count(), before);
    // And the other way round: a store with one real consent takes no demo records.
    let (_dir, _paths, mut real) = new_store();
    real.commit(&event).expect("commits");
    let error = consent_kiosk::demo::add_demo_records(&mut real, 3, 3, T0).expect_err("refused");
    assert!(matches!(error, StoreError::NotADemoStore), "{error}");
    assert_eq!(real.event_count(), 1);
}

#[test]
fn a_key_file_others_can_read_is_refused_with_the_command_to_fix_it() {
    let (_dir, paths, store) = new_store();
    drop(store);
    for key in [paths.database_key(), paths.device_key()] {
        for mode in [0o644, 0o640, 0o604] {
            fs::set_permissions(&key, fs::Permissions::from_mode(mode)).expect("chmod");
            let error = Store::open(&paths, Access::ReadWrite).expect_err("refused");
            assert!(
                matches!(error, StoreError::KeyReadableByOthers { .. }),
                "{mode:o}: {error}"
            );
            assert!(
                error
                    .to_string()
                    .contains(&format!("chmod 600 {}", key.display())),
                "{error}"
            );
        }
        fs::set_permissions(&key, fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    Store::open(&paths, Access::ReadWrite).expect("opens once private again");
}

fn names(paths: &StorePaths) -> Vec<String> {
    snapshot(paths).into_iter().map(|(name, _)| name).collect()
}

#[test]
fn reading_creates_no_file_in_the_data_directory() {
    let (_dir, paths, _len) = demo_store(20);
    let before = names(&paths);
    let store = Store::open(&paths, Access::ReadOnly).expect("opens");
    assert!(store.verify(T0).expect("verify").is_intact());
    store.projection().expect("reads");
    drop(store);
    assert_eq!(names(&paths), before, "no -wal, -shm or lock file made");

    // A copy without the lock file (a backup) is read without making one.
    fs::remove_file(paths.lock()).expect("remove lock");
    let before = names(&paths);
    let store = Store::open(&paths, Access::ReadOnly).expect("opens");
    assert!(store.verify(T0).expect("verify").is_intact());
    drop(store);
    assert_eq!(names(&paths), before);
}

#[test]
fn verify_checks_the_stored_public_key_against_the_device_key_and_a_given_one() {
    let (_dir, paths, mut store) = new_store();
    let event = signed_draft(32)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    store.commit(&event).expect("commits");
    let real = *store.public_key();
    drop(store);
    let store = Store::open(&paths, Access::ReadOnly).expect("opens");
    assert!(
        store
            .verify_with_key(T0, &real)
            .expect("verify")
            .is_intact()
    );
    let other = consent_kiosk::store::DeviceKey::from_secret([9; 32]).public_key();
    let report = store.verify_with_key(T0, &other).expect("verify");
    assert!(report.key_problem.is_some(), "{report:?}");
    assert!(
        report.broken.is_some(),
        "seals do not verify with the given key"
    );
    drop(store);
    fs::remove_file(paths.device_key()).expect("remove");
    drop(consent_kiosk::store::DeviceKey::create(&paths.device_key()).expect("another key"));
    let store = Store::open(&paths, Access::ReadOnly).expect("opens");
    let report = store.verify(T0).expect("verify");
    assert!(
        report
            .key_problem
            .as_deref()
            .is_some_and(|p| p.contains("device.key")),
        "{report:?}"
    );
    assert!(!report.is_intact());
}

#[test]
fn a_data_directory_with_odd_characters_is_read_like_any_other() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path().join("backup ?#%20 copy ü"));
    let mut store = Store::open(&paths, Access::ReadWrite).expect("opens");
    let event = signed_draft(33)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    store.commit(&event).expect("commits");
    drop(store);
    let store = Store::open(&paths, Access::ReadOnly).expect("reads");
    assert_eq!(store.event_count(), 1);
    assert!(store.verify(T0).expect("verify").is_intact());
}

#[test]
fn a_childs_consent_takes_effect_with_its_household_in_the_store_the_dashboard_and_exports() {
    use consent_kiosk::export::{ExportFormat, export};
    let (_dir, _paths, mut store) = new_store();
    let policy = SigningPolicy::default();
    let mut parent_draft = signed_draft(60);
    parent_draft.subject.household_reference = Some("HH-60".into());
    let parent = parent_draft.sign(&policy, T0).expect("signs");
    let child = household_childs_draft(61, "HH-60")
        .sign(&policy, T0)
        .expect("signs");
    store.commit(&parent).expect("commits");
    store.commit(&child).expect("commits");
    let after = T0 + Duration::hours(80);
    let child_id = child.consent_id().clone();
    let consent = store.consent(&child_id).unwrap().unwrap();
    let confirm = consent
        .record_confirmation(confirmed_interview(), after)
        .unwrap();
    store
        .commit(&confirm)
        .expect("the child's interview is stored");
    // The parent's consent is not in force: the child's is held by its household.
    let consent = store.consent(&child_id).unwrap().unwrap();
    assert_eq!(consent.state_at(after).name(), "on_hold");
    assert_eq!(consent.shareable_from(), None);
    assert_eq!(
        consent.reconfirm_departure(after),
        Err(RuleViolation::HouseholdApart)
    );
    let forged = consent_kiosk::consent::ConsentEvent::DepartureReconfirmed {
        consent_id: child_id.clone(),
        at: after,
        account_id: None,
    };
    assert!(matches!(
        store.commit(&forged),
        Err(StoreError::Rule(RuleViolation::HouseholdApart))
    ));
    let row = |store: &mut Store| {
        store
            .dashboard()
            .unwrap()
            .into_iter()
            .find(|r| r.consent_id == child_id.as_str())
            .unwrap()
    };
    assert_eq!(row(&mut store).holds.as_deref(), Some("household"));
    assert_eq!(row(&mut store).effective_from, None);
    let exported = |store: &Store, format| {
        let mut out = Vec::new();
        export(store, format, None, after + Duration::hours(2), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let fhir: serde_json::Value =
        serde_json::from_str(&exported(&store, ExportFormat::Fhir)).unwrap();
    let resource = |fhir: &serde_json::Value| {
        fhir["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["resource"].clone())
            .find(|r| r["id"] == child_id.as_str())
            .unwrap()
    };
    assert_eq!(resource(&fhir)["status"], "proposed");
    assert!(resource(&fhir)["provision"].get("period").is_none());
    // The parent's interview: the child's row follows without an event of its own.
    let parent_id = parent.consent_id().clone();
    let parent_consent = store.consent(&parent_id).unwrap().unwrap();
    let parent_from = after + Duration::hours(1);
    store
        .commit(
            &parent_consent
                .record_confirmation(confirmed_interview(), parent_from)
                .unwrap(),
        )
        .unwrap();
    let summary = row(&mut store);
    assert_eq!(summary.holds, None);
    assert_eq!(
        summary.effective_from,
        Some((parent_from.unix_timestamp_nanos() / 1_000_000) as i64)
    );
    let fhir: serde_json::Value =
        serde_json::from_str(&exported(&store, ExportFormat::Fhir)).unwrap();
    assert_eq!(resource(&fhir)["status"], "active");
    let csv = exported(&store, ExportFormat::Csv);
    let child_row = csv.lines().find(|l| l.contains(child_id.as_str())).unwrap();
    assert!(
        child_row.contains(
            &parent_from
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap()
        )
    );
    let jsonl = exported(&store, ExportFormat::Jsonl);
    assert!(jsonl.lines().any(|l| l.contains(child_id.as_str())
        && l.contains("\"shareable_from\":\"2026-03-05T18:00:00Z\"")));
    // With the parent in force, the child's reconfirmation and departure go ahead.
    let consent = store.consent(&child_id).unwrap().unwrap();
    let at = parent_from + Duration::hours(1);
    store
        .commit(&consent.reconfirm_departure(at).unwrap())
        .unwrap();
    let consent = store.consent(&child_id).unwrap().unwrap();
    store
        .commit(&consent.record_departure(at, Some("c-1")).unwrap())
        .unwrap();
    assert!(store.verify(at).unwrap().is_intact());
}

#[test]
fn verify_reports_a_childs_departure_recorded_apart_from_its_household() {
    use consent_kiosk::consent::ConsentEvent;
    use consent_kiosk::store::{DeviceKey, SealedEvent, seal};
    let (_dir, paths, mut store) = new_store();
    let policy = SigningPolicy {
        confirmation_interview: false,
        ..SigningPolicy::default()
    };
    let mut parent_draft = signed_draft(62);
    parent_draft.subject.household_reference = Some("HH-62".into());
    // The parent's consent is withdrawn; the child's, signed alone, has nothing holding it but its household.
    let parent = parent_draft.sign(&policy, T0).expect("signs");
    let child = household_childs_draft(63, "HH-62")
        .sign(&policy, T0)
        .expect("signs");
    store.commit(&parent).unwrap();
    store.commit(&child).unwrap();
    let withdrawn = ConsentEvent::Withdrawn {
        consent_id: parent.consent_id().clone(),
        withdrawal: Withdrawal {
            at: T0 + Duration::hours(2),
            confirmed_by: Role::Migrant,
            account_id: None,
        },
    };
    store.commit(&withdrawn).unwrap();
    let after = T0 + Duration::hours(80);
    assert!(store.verify(after).unwrap().is_intact());
    drop(store);
    // Sealed with the device's own key, as an older version (which checked the
    // household only in the console) could have stored it.
    let key = DeviceKey::load(&paths.device_key()).unwrap();
    let conn = raw_connection(&paths, PageFormat::Current);
    let (seq, prev): (i64, String) = conn
        .query_row(
            "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    let mut prev = prev;
    let mut next = seq;
    for event in [
        ConsentEvent::DepartureReconfirmed {
            consent_id: child.consent_id().clone(),
            at: after,
            account_id: Some("c-1".into()),
        },
        ConsentEvent::DepartureRecorded {
            consent_id: child.consent_id().clone(),
            at: after + Duration::hours(1),
            account_id: Some("c-1".into()),
        },
    ] {
        next += 1;
        let sealed = SealedEvent::seal(next, seal::canonical_body(&event).unwrap(), &prev, &key);
        conn.execute(
            "INSERT INTO events (seq, consent_id, reference, kind, recorded_at, body, prev_hash, hash, signature)
             VALUES (?1, ?2, NULL, ?3, ?4, ?5, ?6, ?7, ?8)",
            rusqlite::params![
                sealed.seq,
                event.consent_id().as_str(),
                event.kind(),
                (event.at().unix_timestamp_nanos() / 1_000_000) as i64,
                sealed.body,
                sealed.prev_hash,
                sealed.hash,
                &sealed.signature[..],
            ],
        )
        .unwrap();
        prev = sealed.hash.clone();
    }
    drop(conn);
    let store = Store::open(&paths, Access::ReadOnly).unwrap();
    let report = store.verify(after + Duration::hours(2)).unwrap();
    let broken = report.broken.expect("the departure apart is found");
    assert_eq!(broken.seq, seq + 1);
    assert!(broken.why.contains("parent"), "{}", broken.why);
}

#[test]
fn a_forged_signature_in_the_middle_of_a_large_store_is_found_and_named() {
    let (_dir, paths, mut store) = new_store();
    // Enough events for many signature batches, each checked on every core.
    consent_kiosk::demo::add_demo_records(&mut store, 1_500, 500, T0).expect("demo records");
    let events = store.event_count();
    assert!(events > 3_000, "{events} events");
    assert!(store.verify(T0).expect("verify runs").is_intact());
    drop(store);
    // One bit of one signature, in the middle of a batch in the middle of the log.
    let target = events / 2 + 37;
    let conn = raw_connection(&paths, PageFormat::Current);
    let mut signature: Vec<u8> = conn
        .query_row(
            "SELECT signature FROM events WHERE seq = ?1",
            [target],
            |row| row.get(0),
        )
        .expect("signature");
    signature[20] ^= 0x01;
    conn.execute_batch("DROP TRIGGER events_never_updated;")
        .expect("trigger");
    conn.execute(
        "UPDATE events SET signature = ?1 WHERE seq = ?2",
        rusqlite::params![signature, target],
    )
    .expect("tamper");
    drop(conn);
    let store = Store::open(&paths, Access::ReadOnly).expect("opens");
    let report = store.verify(T0).expect("verify runs");
    let broken = report.broken.expect("the forged signature is found");
    assert_eq!(broken.seq, target);
    assert!(broken.why.contains("signature"), "{}", broken.why);
    assert_eq!(report.events_checked, target - 1);
}

/// Rewrites the store's file in SQLCipher's default format (4 KiB pages, HMAC-SHA512),
/// as stores were made before the current format, with raw SQL and no store code.
fn rewrite_in_legacy_format(paths: &StorePaths) {
    let key = fs::read_to_string(paths.database_key()).expect("key");
    let legacy = paths.dir.join("legacy.db");
    {
        let conn = raw_connection(paths, PageFormat::Current);
        fs::File::create(&legacy).expect("legacy file");
        let legacy_name = legacy.to_str().expect("a UTF-8 temp path");
        let raw_key = format!("x'{}'", key.trim());
        conn.execute(
            "ATTACH DATABASE ?1 AS legacy KEY ?2",
            [legacy_name, raw_key.as_str()],
        )
        .expect("attach");
        conn.execute_batch(
            "PRAGMA legacy.cipher_page_size = 4096;
             PRAGMA legacy.cipher_hmac_algorithm = HMAC_SHA512;
             PRAGMA legacy.cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",
        )
        .expect("legacy format");
        conn.query_row("SELECT sqlcipher_export('legacy')", [], |_| Ok(()))
            .expect("export");
        let (application_id, user_version): (i32, i32) = conn
            .query_row(
                "SELECT * FROM pragma_application_id, pragma_user_version",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .expect("header fields");
        conn.execute_batch(&format!(
            "PRAGMA legacy.application_id = {application_id};
             PRAGMA legacy.user_version = {user_version};"
        ))
        .expect("header fields copied");
    }
    for stale in [paths.wal(), paths.shm()] {
        let _ = fs::remove_file(stale);
    }
    fs::rename(&legacy, paths.database()).expect("legacy file in place");
}

/// Whether raw SQL keyed in `format` reads the store's file.
fn reads_as(paths: &StorePaths, format: PageFormat) -> bool {
    raw_connection(paths, format)
        .query_row("SELECT count(*) FROM events", [], |row| {
            row.get::<_, i64>(0)
        })
        .is_ok()
}

#[test]
fn a_store_in_the_legacy_format_is_read_as_it_is_and_converted_when_opened_for_writing() {
    let (_dir, paths, mut store) = new_store();
    consent_kiosk::demo::add_demo_records(&mut store, 120, 40, T0).expect("demo records");
    let hashes = event_hashes(&store);
    let events = store.event_count();
    assert_eq!(store.page_format(), PageFormat::Current);
    drop(store);
    assert!(reads_as(&paths, PageFormat::Current));
    assert!(!reads_as(&paths, PageFormat::Legacy));

    rewrite_in_legacy_format(&paths);
    assert!(reads_as(&paths, PageFormat::Legacy));
    assert!(!reads_as(&paths, PageFormat::Current));
    let legacy_bytes = fs::read(paths.database()).expect("legacy file");

    // Read-only: read in its own format, and left exactly as it was.
    let store = Store::open(&paths, Access::ReadOnly).expect("a legacy store opens");
    assert_eq!(store.page_format(), PageFormat::Legacy);
    let report = store.verify(T0).expect("verify runs");
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(report.events_checked, events);
    assert_eq!(event_hashes(&store), hashes);
    drop(store);
    assert!(fs::read(paths.database()).expect("file") == legacy_bytes);

    // A backup copies it page for page, so in its own format, and checks the copy.
    let backups = tempfile::tempdir().expect("temp dir");
    let copy = backups.path().join("copy");
    consent_kiosk::store::backup::backup(
        &paths,
        &copy,
        consent_kiosk::store::backup::KeyFiles::Copy,
        T0,
    )
    .expect("a legacy store backs up");
    let checked =
        consent_kiosk::store::backup::check(&copy, None, T0).expect("the copy checks out");
    assert_eq!(checked.events, events);
    assert!(reads_as(&StorePaths::in_dir(&copy), PageFormat::Legacy));

    // A conversion cut short leaves its copy beside the store; the next writer
    // throws that away and converts again.
    fs::write(paths.building(), b"half a copy").expect("a leftover copy");
    // The first writer converts it; every event and the chain's head come along.
    let store = Store::open(&paths, Access::ReadWrite).expect("converted");
    assert_eq!(store.page_format(), PageFormat::Current);
    assert_eq!(event_hashes(&store), hashes);
    drop(store);
    assert!(reads_as(&paths, PageFormat::Current));
    assert!(!paths.building().exists(), "no copy is left beside it");
    let store = Store::open(&paths, Access::ReadOnly).expect("reopens");
    assert_eq!(store.page_format(), PageFormat::Current);
    let report = store.verify(T0).expect("verify runs");
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(report.events_checked, events);
    assert_eq!(
        store.projection().expect("projection").consents().len(),
        120
    );
}

fn event_hashes(store: &Store) -> Vec<String> {
    let mut hashes = Vec::new();
    store
        .for_each_event::<StoreError>(None, |sealed| {
            hashes.push(sealed.hash);
            Ok(())
        })
        .expect("events");
    hashes
}

/// The projection finds consents through hash maps and keeps them in the order
/// first seen; lists and exports still get them by id, with a consent added
/// later in its place, and `changed_since` by the last event of each.
#[test]
fn the_projection_lists_consents_by_id_whatever_order_they_came_in() {
    use consent_kiosk::consent::{ConsentId, ReferenceCode};
    use consent_kiosk::store::Projection;

    let signed = |seed: u8, id_byte: u8, at| {
        draft_as(seed, id_byte, u64::from(seed) * 7_919 + 1)
            .sign(&SigningPolicy::default(), at)
            .expect("signs")
    };
    let mut projection = Projection::default();
    // Ids that sort the other way from the order the consents were signed in.
    for (seq, id_byte) in [(1, 0x90), (2, 0x50), (3, 0x70)] {
        projection
            .apply(seq, signed(id_byte, id_byte, T0 + Duration::hours(seq)))
            .expect("applies");
    }
    let ids = |projection: &Projection| -> Vec<String> {
        projection
            .consents()
            .map(|c| c.consent_id.as_str().to_owned())
            .collect()
    };
    let id = |byte: u8| ConsentId::from_random([byte; 16]).as_str().to_owned();
    assert_eq!(ids(&projection), [id(0x50), id(0x70), id(0x90)]);
    assert_eq!(projection.consents().len(), 3);
    assert_eq!(projection.len(), 3);

    // A consent added after the order was asked for takes its place in it.
    projection
        .apply(4, signed(0x10, 0x10, T0 + Duration::hours(4)))
        .expect("applies");
    assert_eq!(ids(&projection), [id(0x10), id(0x50), id(0x70), id(0x90)]);

    // A later event of the first consent moves its last change, not its place.
    let first = ConsentId::from_random([0x90; 16]);
    let withdrawn = projection
        .get(&first)
        .expect("found by id")
        .withdraw(Withdrawal {
            at: T0 + Duration::hours(9),
            confirmed_by: Role::Migrant,
            account_id: None,
        })
        .expect("withdrawable");
    projection.apply(5, withdrawn).expect("applies");
    assert_eq!(
        projection.last_changed(&first),
        Some(T0 + Duration::hours(9))
    );
    assert_eq!(projection.last_seq(&first), Some(5));
    assert_eq!(
        projection.last_seq(&ConsentId::from_random([0x50; 16])),
        Some(2)
    );
    let changed: Vec<String> = projection
        .changed_since(Some(T0 + Duration::hours(3)))
        .map(|c| c.consent_id.as_str().to_owned())
        .collect();
    assert_eq!(changed, [id(0x10), id(0x70), id(0x90)]);
    assert_eq!(projection.changed_since(None).count(), 4);
    assert_eq!(ids(&projection), [id(0x10), id(0x50), id(0x70), id(0x90)]);

    let reference = ReferenceCode::from_random(0x50 * 7_919 + 1);
    assert_eq!(
        projection
            .by_reference(&reference)
            .map(|c| c.consent_id.as_str().to_owned()),
        Some(id(0x50))
    );
    // The same id again, and an event of a consent never signed, are refused
    // and change nothing.
    assert!(matches!(
        projection.apply(6, signed(0x77, 0x50, T0 + Duration::hours(10))),
        Err(StoreError::Corrupt { seq: 6, .. })
    ));
    let stranger = signed(0x33, 0x33, T0);
    let withdrawn_stranger = {
        let mut other = Projection::default();
        other.apply(1, stranger).expect("applies");
        other
            .get(&ConsentId::from_random([0x33; 16]))
            .expect("found")
            .withdraw(Withdrawal {
                at: T0 + Duration::hours(1),
                confirmed_by: Role::Migrant,
                account_id: None,
            })
            .expect("withdrawable")
    };
    assert!(matches!(
        projection.apply(7, withdrawn_stranger),
        Err(StoreError::Corrupt { seq: 7, .. })
    ));
    assert_eq!(projection.len(), 4);
    assert_eq!(projection.event_count(), 5);
}

/// The console lists the newest signed first, whatever order the consents were
/// stored in (the rows are read in table order and sorted in memory).
#[test]
fn the_dashboard_lists_the_newest_signed_first() {
    use consent_kiosk::consent::ConsentId;

    let (_dir, _paths, mut store) = new_store();
    for (seed, hours) in [(21_u8, 1), (22, 3), (23, 2), (24, 5), (25, 4)] {
        let signed = draft_as(seed, seed, u64::from(seed) * 104_729 + 3)
            .sign(&SigningPolicy::default(), T0 + Duration::hours(hours))
            .expect("signs");
        store.commit(&signed).expect("commits");
    }
    let rows = store.dashboard().expect("dashboard");
    let order: Vec<String> = rows.iter().map(|row| row.consent_id.clone()).collect();
    let id = |seed: u8| ConsentId::from_random([seed; 16]).as_str().to_owned();
    assert_eq!(order, [id(24), id(25), id(22), id(23), id(21)]);
    assert!(
        rows.windows(2)
            .all(|pair| pair[0].signed_at > pair[1].signed_at)
    );
}

/// A parent's event changes a linked child's consent without an event of the
/// child's: the projection names that child once, and only when its link moved.
#[test]
fn the_projection_names_a_child_whose_parent_changed_it() {
    use consent_kiosk::store::Projection;
    let policy = SigningPolicy::default();
    let mut parent_draft = signed_draft(72);
    parent_draft.subject.household_reference = Some("HH-72".into());
    let parent = parent_draft.sign(&policy, T0).expect("signs");
    let child = household_childs_draft(73, "HH-72")
        .sign(&policy, T0)
        .expect("signs");
    let mut projection = Projection::default();
    projection.apply(1, parent.clone()).expect("applies");
    projection.apply(2, child.clone()).expect("applies");
    // The child's own event links it (no parent in force yet): nothing moved.
    assert_eq!(projection.take_relinked(), Vec::new());
    let at = T0 + Duration::hours(80);
    let confirm = |projection: &Projection, id| {
        projection
            .get(id)
            .expect("known")
            .record_confirmation(confirmed_interview(), at)
            .expect("may confirm")
    };
    let child_confirmed = confirm(&projection, child.consent_id());
    projection.apply(3, child_confirmed).expect("applies");
    assert_eq!(projection.take_relinked(), Vec::new());
    // The parent's interview puts the parent in force: the child follows.
    let parent_confirmed = confirm(&projection, parent.consent_id());
    projection.apply(4, parent_confirmed).expect("applies");
    assert_eq!(projection.take_relinked(), vec![child.consent_id().clone()]);
    assert_eq!(projection.take_relinked(), Vec::new());
    assert!(
        projection
            .get(child.consent_id())
            .expect("known")
            .linked_parent_from()
            .is_some()
    );
}
