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

use common::{FICTIONAL_NAME, T0, signed_draft};
use consent_kiosk::consent::{Role, RuleViolation, SigningPolicy, Withdrawal};
use consent_kiosk::store::{Access, Store, StoreError, StorePaths};
use time::Duration;

fn new_store() -> (tempfile::TempDir, StorePaths, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path().join("data"));
    let store = Store::open(&paths, Access::ReadWrite).expect("a new store opens");
    (dir, paths, store)
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
    let draft = signed_draft(6);
    let mut last_error = None;
    // A few events may still fit in free pages; the disk fills up soon after.
    for seed in 0..200u8 {
        let mut attempt = signed_draft(6);
        attempt.consent_id = consent_kiosk::consent::ConsentId::from_random([seed; 16]);
        attempt.reference =
            consent_kiosk::consent::ReferenceCode::from_random(u64::from(seed) * 31 + 5);
        let event = attempt.sign(&SigningPolicy::default(), T0).expect("signs");
        if let Err(error) = store.commit(&event) {
            last_error = Some(error);
            break;
        }
    }
    let error = last_error.expect("the disk filled up");
    assert!(matches!(error, StoreError::DiskFull), "{error}");
    assert!(error.to_string().contains("disk is full"));
    // The person's draft is untouched and can be signed again once space is free.
    assert!(draft.sign(&SigningPolicy::default(), T0).is_ok());
    let stored = store.event_count();
    drop(store);
    let store = Store::open(&paths, Access::ReadOnly).expect("reopens");
    let report = store.verify(T0).expect("verify");
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(report.events_checked, stored, "no half-written event");
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
    let conn = raw_connection(&paths);
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
    let conn = raw_connection(&paths);
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

/// The database opened as an attacker with the key would: raw SQL, no store rules.
fn raw_connection(paths: &StorePaths) -> rusqlite::Connection {
    let key = fs::read_to_string(paths.database_key()).expect("key");
    let conn = rusqlite::Connection::open(paths.database()).expect("open");
    conn.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key.trim()))
        .expect("key");
    conn
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
    let conn = raw_connection(&paths);
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
