//! Kiosks syncing into a real PostgreSQL cluster through the real intake service:
//! two devices, resending, refusals, a fork, a killed intake, a superuser's change
//! that `central verify` must catch, and the central exports.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod central {
    pub mod cluster;
}
mod common;

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use central::cluster::Cluster;
use common::{copy_dir, run_cli, text};
use consent_kiosk::central::wire::{PushRequest, WireEvent};
use consent_kiosk::store::keys::public_key_base64;
use consent_kiosk::store::{Access, DeviceKey, Store, StorePaths};
use consent_kiosk::sync::{CentralClient, SyncError};

const BIN: &str = env!("CARGO_BIN_EXE_consent-kiosk");

/// `consent-kiosk central …` against the cluster.
fn central(cluster: &Cluster, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("central")
        .args(args)
        .env("CONSENT_KIOSK_CENTRAL_DB", cluster.url())
        .output()
        .expect("the binary runs")
}

/// A kiosk's data directory with `count` fictional consents.
fn kiosk(count: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = run_cli(dir.path(), &["demo-records", "--count", count]);
    assert!(out.status.success(), "{}", text(&out));
    dir
}

fn public_key(dir: &Path) -> String {
    let out = run_cli(dir, &["keys", "show"]);
    assert!(out.status.success(), "{}", text(&out));
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn enrol(cluster: &Cluster, name: &str, dir: &Path) {
    let key = public_key(dir);
    let out = central(
        cluster,
        &[
            "enrol",
            "--name",
            name,
            "--public-key",
            &key,
            "--by",
            "test-operator",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
}

fn init(cluster: &Cluster) {
    let out = central(cluster, &["init"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("created the central schema"),
        "{}",
        text(&out)
    );
}

/// The intake service as a child process, killed when dropped.
struct Intake {
    child: Child,
    url: String,
}

impl Intake {
    fn start(cluster: &Cluster, hold_marker: Option<&Path>) -> Self {
        Self::start_as(cluster, &cluster.url(), hold_marker)
    }

    fn start_as(cluster: &Cluster, url: &str, hold_marker: Option<&Path>) -> Self {
        Self::start_with(cluster, url, hold_marker, &[])
    }

    fn start_with(
        cluster: &Cluster,
        url: &str,
        hold_marker: Option<&Path>,
        extra: &[&str],
    ) -> Self {
        let _ = cluster;
        let mut command = Command::new(BIN);
        command
            .args(["central", "serve", "--listen", "127.0.0.1:0"])
            .args(extra)
            .env("CONSENT_KIOSK_CENTRAL_DB", url)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        if let Some(marker) = hold_marker {
            command.env("CONSENT_KIOSK_CENTRAL_HOLD_BEFORE_COMMIT", marker);
        }
        let mut child = command.spawn().expect("serve starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("reads the first line");
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("serve said: {line}"))
            .to_owned();
        Self { child, url }
    }
}

impl Drop for Intake {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn sync(dir: &Path, intake: &Intake) -> Output {
    run_cli(dir, &["sync", "--to", &intake.url])
}

fn count(cluster: &Cluster, sql: &str) -> i64 {
    cluster.client().query_one(sql, &[]).expect(sql).get(0)
}

/// A new central database with the kiosk in `dir` enrolled as `name` and its
/// whole log synced through a running intake.
fn synced(dir: &Path, name: &str) -> (Cluster, Intake) {
    let cluster = Cluster::start();
    init(&cluster);
    enrol(&cluster, name, dir);
    let intake = Intake::start(&cluster, None);
    let out = sync(dir, &intake);
    assert!(out.status.success(), "{}", text(&out));
    (cluster, intake)
}

fn local_events(dir: &Path) -> i64 {
    let store = Store::open(&StorePaths::in_dir(dir), Access::ReadOnly).expect("opens");
    store.event_count()
}

#[test]
fn two_kiosks_sync_into_one_database_and_sending_again_changes_nothing() {
    let cluster = Cluster::start();
    init(&cluster);
    // Running init again migrates nothing.
    let out = central(&cluster, &["init"]);
    assert!(text(&out).contains("nothing was changed"), "{}", text(&out));
    let (a, b) = (kiosk("40"), kiosk("25"));
    enrol(&cluster, "centre-north-1", a.path());
    enrol(&cluster, "centre-south-1", b.path());
    // The service runs as the least-privileged role the README sets up.
    let mut superuser = cluster.client();
    superuser
        .batch_execute("CREATE ROLE consent_intake LOGIN")
        .expect("role");
    superuser
        .batch_execute(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/packaging/central-intake-role.sql"
            ))
            .expect("grants file"),
        )
        .expect("grants apply");
    let intake_url = cluster.url_as("consent_intake");
    let intake = Intake::start_as(&cluster, &intake_url, None);
    // That role cannot enrol a device.
    let new_key = public_key_base64(&DeviceKey::from_secret([9; 32]).public_key());
    let out = Command::new(BIN)
        .args(["central", "enrol", "--name", "x", "--public-key", &new_key])
        .env("CONSENT_KIOSK_CENTRAL_DB", &intake_url)
        .output()
        .expect("runs");
    assert!(!out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("permission denied"), "{}", text(&out));

    for dir in [a.path(), b.path()] {
        let out = sync(dir, &intake);
        let said = text(&out);
        assert!(out.status.success(), "{said}");
        assert!(
            said.contains(&format!("sent {} events", local_events(dir))),
            "{said}"
        );
    }
    let total = local_events(a.path()) + local_events(b.path());
    assert_eq!(count(&cluster, "SELECT count(*) FROM events"), total);
    assert_eq!(count(&cluster, "SELECT count(*) FROM consents"), 65);
    assert!(count(&cluster, "SELECT count(*) FROM audit_events") > 0);

    // Nothing new: nothing sent.
    let out = sync(a.path(), &intake);
    assert!(
        text(&out).contains("sent 0 events and 0 audit entries"),
        "{}",
        text(&out)
    );

    // Accepted events sent again: stored once, answered with the same head.
    let store = Store::open(&StorePaths::in_dir(a.path()), Access::ReadOnly).expect("opens");
    let client = CentralClient::new(&intake.url, None).expect("client");
    let events = store.events_after(0, 10).expect("events");
    let request = PushRequest {
        public_key: public_key_base64(store.public_key()),
        demo: true,
        events: events.iter().map(WireEvent::from).collect(),
        audit: Vec::new(),
    };
    let heads = client.push(&request).expect("accepted");
    assert_eq!((heads.stored, heads.already), (0, 10));
    assert_eq!(heads.events.seq, store.event_count());
    assert_eq!(count(&cluster, "SELECT count(*) FROM events"), total);

    // The chains and the read model check out.
    let out = central(&cluster, &["verify"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains(&format!("{total} events")),
        "{}",
        text(&out)
    );

    // Sealed rows are append-only, even for the database's owner.
    for sql in [
        "UPDATE events SET body = body WHERE seq = 1",
        "DELETE FROM events WHERE seq = 1",
        "DELETE FROM audit_events",
        "TRUNCATE events CASCADE",
    ] {
        let error = superuser.execute(sql, &[]).expect_err(sql);
        assert!(
            error.to_string().contains("append-only")
                || format!("{error:?}").contains("append-only"),
            "{sql}: {error:?}"
        );
    }
}

#[test]
fn plain_http_is_refused_off_loopback_and_an_uninitialised_database_named() {
    let cluster = Cluster::start();
    let out = Command::new(BIN)
        .args(["central", "serve", "--listen", "0.0.0.0:0"])
        .env("CONSENT_KIOSK_CENTRAL_DB", cluster.url())
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(
        text(&out).contains("not a loopback address"),
        "{}",
        text(&out)
    );
    let out = central(&cluster, &["verify"]);
    assert!(!out.status.success());
    assert!(text(&out).contains("central init"), "{}", text(&out));
    let out = central(&cluster, &["devices"]);
    assert!(text(&out).contains("central init"), "{}", text(&out));
}

#[test]
fn the_central_exports_hold_every_kiosk_and_fhir_is_valid_r4() {
    let cluster = Cluster::start();
    init(&cluster);
    let (a, b) = (kiosk("30"), kiosk("20"));
    enrol(&cluster, "centre-north-1", a.path());
    enrol(&cluster, "centre-south-1", b.path());
    // Enrolled, never synced, and first by name: the exports go device by device,
    // so a device with nothing must not leave a stray comma or a second header.
    let empty = kiosk("1");
    enrol(&cluster, "centre-east-0", empty.path());
    let intake = Intake::start(&cluster, None);
    for dir in [a.path(), b.path()] {
        assert!(sync(dir, &intake).status.success());
    }
    let out_dir = tempfile::tempdir().expect("temp dir");
    let fhir = out_dir.path().join("all.fhir.json");
    let out = central(
        &cluster,
        &[
            "export",
            "--format",
            "fhir",
            "--out",
            fhir.to_str().expect("utf-8"),
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&fhir).expect("written").permissions(),
    );
    assert_eq!(mode & 0o777, 0o600, "exports name people's decisions");
    let bundle: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&fhir).expect("read")).expect("JSON");
    assert_eq!(bundle["entry"].as_array().expect("entries").len(), 50);
    let validator = fhir_validator();
    let errors: Vec<String> = validator
        .iter_errors(&bundle)
        .take(5)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // The validator can fail: a wrong status is caught.
    let mut broken = bundle.clone();
    broken["entry"][0]["resource"]["status"] = "cooling-off".into();
    assert!(!validator.is_valid(&broken));

    let jsonl = out_dir.path().join("all.jsonl");
    let out = central(
        &cluster,
        &[
            "export",
            "--format",
            "jsonl",
            "--out",
            jsonl.to_str().expect("utf-8"),
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let lines = std::fs::read_to_string(&jsonl).expect("read");
    let checked = consent_kiosk::export::verify_lines(&lines).expect("every chain checks");
    assert_eq!(
        checked as i64,
        local_events(a.path()) + local_events(b.path())
    );

    let csv = out_dir.path().join("all.csv");
    let out = central(
        &cluster,
        &[
            "export",
            "--format",
            "csv",
            "--out",
            csv.to_str().expect("utf-8"),
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let rows = csv::Reader::from_path(&csv).expect("csv").records().count();
    assert_eq!(rows, 50);
    let written = std::fs::read_to_string(&csv).expect("read");
    assert_eq!(written.matches("consent_id").count(), 1, "one header line");
}

/// A writer that takes `room` bytes, then fails as a full disk does.
struct FillsUp {
    room: usize,
}

impl std::io::Write for FillsUp {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if self.room < bytes.len() {
            return Err(std::io::Error::from(std::io::ErrorKind::StorageFull));
        }
        self.room -= bytes.len();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Whether the full disk's error is in `error`'s chain of causes (it may come
/// through the JSON or CSV writer's own error).
fn full_disk_behind(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(error);
    while let Some(error) = cause {
        if error
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::StorageFull)
        {
            return true;
        }
        cause = error.source();
    }
    false
}

#[test]
fn a_central_export_that_cannot_be_written_stops_with_the_disks_error() {
    use consent_kiosk::central::CentralError;
    use consent_kiosk::export::ExportFormat;

    let cluster = Cluster::start();
    init(&cluster);
    let names = ["centre-north-1", "centre-north-2", "centre-south-1"];
    let kiosks: Vec<_> = names.iter().map(|_| kiosk("300")).collect();
    for (name, dir) in names.iter().zip(&kiosks) {
        enrol(&cluster, name, dir.path());
    }
    let intake = Intake::start(&cluster, None);
    for dir in &kiosks {
        assert!(sync(dir.path(), &intake).status.success());
    }
    let mut client = consent_kiosk::central::connect(&cluster.url()).expect("connects");
    let now = consent_kiosk::consent::Timestamp::now_utc();
    for format in [ExportFormat::Fhir, ExportFormat::Jsonl, ExportFormat::Csv] {
        let mut whole = Vec::new();
        consent_kiosk::central::export::export(&mut client, format, now, &mut whole)
            .expect("exports");
        // The disk fills at the start, in the first device, and in the last one,
        // while the devices after the first are still being read.
        for room in [10, whole.len() / 10, whole.len() * 4 / 5] {
            let mut out = FillsUp { room };
            let failed = consent_kiosk::central::export::export(&mut client, format, now, &mut out)
                .map(|_| format!("{format:?}, {room} bytes of room: written"))
                .expect_err("the disk is full");
            assert!(
                matches!(failed, CentralError::Export(_)) && full_disk_behind(&failed),
                "{format:?}, {room} bytes of room: {failed:?}"
            );
        }
        // The connection is left usable: the same export, with room, completes.
        let mut again = Vec::new();
        let summary = consent_kiosk::central::export::export(&mut client, format, now, &mut again)
            .expect("exports");
        assert!(summary.written >= 900, "{format:?}: {summary:?}");
        assert_eq!(again.len(), whole.len(), "{format:?}");
    }
}

#[test]
fn tampered_events_unknown_and_revoked_kiosks_are_refused() {
    let cluster = Cluster::start();
    init(&cluster);
    let a = kiosk("10");
    let stranger = kiosk("5");
    enrol(&cluster, "centre-north-1", a.path());
    let intake = Intake::start(&cluster, None);
    let client = CentralClient::new(&intake.url, None).expect("client");

    // A changed body: its hash no longer matches, nothing of the batch is stored.
    let store = Store::open(&StorePaths::in_dir(a.path()), Access::ReadOnly).expect("opens");
    let mut events: Vec<WireEvent> = store
        .events_after(0, 100)
        .expect("events")
        .iter()
        .map(WireEvent::from)
        .collect();
    events[3].body = events[3]
        .body
        .replacen("\"consent_id\":\"", "\"consent_id\":\"0", 1);
    assert_ne!(
        WireEvent::from(&store.events_after(3, 1).expect("event")[0]).body,
        events[3].body,
        "the body was changed"
    );
    let request = PushRequest {
        public_key: public_key_base64(store.public_key()),
        demo: true,
        events,
        audit: Vec::new(),
    };
    match client.push(&request) {
        Err(SyncError::Refused { status, refusal }) => {
            assert_eq!(status, 422);
            assert_eq!(refusal.error, "broken");
            assert_eq!(refusal.seq, Some(4));
        }
        other => panic!("a tampered event must be refused: {other:?}"),
    }
    assert_eq!(count(&cluster, "SELECT count(*) FROM events"), 0);
    drop(store);

    // A kiosk no one enrolled.
    let out = sync(stranger.path(), &intake);
    assert!(!out.status.success());
    assert!(text(&out).contains("unknown-device"), "{}", text(&out));

    // The honest batch goes in; after revocation nothing more is taken.
    assert!(sync(a.path(), &intake).status.success());
    let accepted = count(&cluster, "SELECT count(*) FROM events");
    let out = central(&cluster, &["revoke", "--name", "centre-north-1"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = run_cli(a.path(), &["demo-records", "--count", "3"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = sync(a.path(), &intake);
    assert!(!out.status.success());
    assert!(text(&out).contains("revoked"), "{}", text(&out));
    assert_eq!(count(&cluster, "SELECT count(*) FROM events"), accepted);
    // Revoking a name no one has is an error, not silence.
    let out = central(&cluster, &["revoke", "--name", "no-such-kiosk"]);
    assert!(!out.status.success());
}

#[test]
fn a_fork_is_refused_kept_aside_and_reported() {
    let cluster = Cluster::start();
    init(&cluster);
    let original = kiosk("10");
    // The same kiosk restored from this backup later goes its own way.
    let restored = tempfile::tempdir().expect("temp dir");
    copy_dir(original.path(), restored.path());
    enrol(&cluster, "centre-north-1", original.path());
    let intake = Intake::start(&cluster, None);

    let out = run_cli(original.path(), &["demo-records", "--count", "4"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(sync(original.path(), &intake).status.success());
    let accepted = count(&cluster, "SELECT count(*) FROM events");

    let out = run_cli(restored.path(), &["demo-records", "--count", "6"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = sync(restored.path(), &intake);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(3), "{said}");
    assert!(said.contains("FORK"), "{said}");
    assert_eq!(count(&cluster, "SELECT count(*) FROM events"), accepted);
    assert!(
        count(
            &cluster,
            "SELECT count(*) FROM forks WHERE chain = 'events'"
        ) > 0
    );
    // Sending the fork again keeps it aside once.
    let forks = count(&cluster, "SELECT count(*) FROM forks");
    assert_eq!(sync(restored.path(), &intake).status.code(), Some(3));
    assert_eq!(count(&cluster, "SELECT count(*) FROM forks"), forks);

    // The accepted chain is intact; verify reports the forks awaiting staff.
    let out = central(&cluster, &["verify"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("forked events kept aside"),
        "{}",
        text(&out)
    );
}

#[test]
fn killing_the_intake_during_a_batch_stores_nothing_and_the_next_sync_completes() {
    let cluster = Cluster::start();
    init(&cluster);
    let a = kiosk("30");
    enrol(&cluster, "centre-north-1", a.path());
    let work = tempfile::tempdir().expect("temp dir");
    let marker = work.path().join("holding");
    let mut held = Intake::start(&cluster, Some(&marker));

    // The sync runs while the intake holds its transaction open, written, uncommitted.
    let mut syncing = Command::new(BIN)
        .arg("--data-dir")
        .arg(a.path())
        .args(["sync", "--to", &held.url])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sync starts");
    let deadline = Instant::now() + Duration::from_secs(120);
    while !marker.exists() {
        assert!(
            Instant::now() < deadline,
            "the intake never reached its commit"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    held.child.kill().expect("kill");
    held.child.wait().expect("reaped");
    let status = syncing.wait().expect("sync ends");
    let mut said = String::new();
    syncing
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut said)
        .expect("read");
    assert!(!status.success(), "the sync cannot have succeeded: {said}");

    // Nothing partial: not one event, and the registry's head never moved.
    assert_eq!(count(&cluster, "SELECT count(*) FROM events"), 0);
    assert_eq!(count(&cluster, "SELECT count(*) FROM consents"), 0);
    assert_eq!(count(&cluster, "SELECT head_seq FROM devices"), 0);

    let intake = Intake::start(&cluster, None);
    let out = sync(a.path(), &intake);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        count(&cluster, "SELECT count(*) FROM events"),
        local_events(a.path())
    );
    let out = central(&cluster, &["verify"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn central_verify_catches_a_row_changed_with_triggers_disabled() {
    let a = kiosk("12");
    let (cluster, _intake) = synced(a.path(), "centre-north-1");
    let out = central(&cluster, &["verify"]);
    assert!(out.status.success(), "{}", text(&out));

    // A superuser turns the triggers off and edits one sealed event.
    let mut superuser = cluster.client();
    superuser
        .batch_execute(
            "SET session_replication_role = replica;
             UPDATE events SET body = replace(body, '\"consent_id\":\"', '\"consent_id\":\"0') WHERE seq = 5;
             SET session_replication_role = origin;",
        )
        .expect("a superuser can");
    let out = central(&cluster, &["verify"]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.contains("centre-north-1: BROKEN at event 5"), "{said}");

    // A read-model row changed the same way is caught too.
    let (cluster2, _intake2) = synced(a.path(), "centre-north-1");
    cluster2
        .client()
        .batch_execute(
            "UPDATE consents SET state = 'withdrawn' WHERE consent_id = (SELECT min(consent_id) FROM consents WHERE state <> 'withdrawn')",
        )
        .expect("update");
    let out = central(&cluster2, &["verify"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("read model"), "{}", text(&out));
}

#[test]
fn central_verify_says_whether_the_stored_chain_ends_before_or_after_the_registry() {
    let a = kiosk("14");
    let (cluster, _intake) = synced(a.path(), "centre-west-1");
    let head = count(&cluster, "SELECT head_seq FROM devices");
    assert!(head > 2, "{head}");

    // A superuser removes the last event with the triggers off.
    cluster
        .client()
        .batch_execute(&format!(
            "SET session_replication_role = replica;
             DELETE FROM events WHERE seq = {head};
             SET session_replication_role = origin;"
        ))
        .expect("a superuser can");
    let out = central(&cluster, &["verify"]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(
        said.contains(&format!(
            "centre-west-1: the registry says the last accepted event is {head}, but the stored chain ends at event {}: events are missing",
            head - 1
        )),
        "{said}"
    );

    // The registry set back behind what is stored.
    cluster
        .client()
        .batch_execute(&format!(
            "UPDATE devices SET head_seq = {}, head_hash = (SELECT hash FROM events WHERE seq = {})",
            head - 2,
            head - 2
        ))
        .expect("update");
    let out = central(&cluster, &["verify"]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(
        said.contains(&format!(
            "the stored chain ends at event {}: events were added after it",
            head - 1
        )),
        "{said}"
    );
}

#[test]
fn a_device_is_never_removed_and_rows_of_an_unregistered_one_are_reported() {
    let a = kiosk("3");
    let (cluster, _intake) = synced(a.path(), "centre-east-1");
    assert!(central(&cluster, &["verify"]).status.success());

    let mut superuser = cluster.client();
    let refused = superuser
        .batch_execute("DELETE FROM devices")
        .expect_err("a device is revoked, never removed");
    assert!(
        format!("{refused:?}").contains("never removed"),
        "{refused:?}"
    );
    assert_eq!(count(&cluster, "SELECT count(*) FROM devices"), 1);

    // Rows written by hand for a device the registry does not hold.
    superuser
        .batch_execute(
            "INSERT INTO events (device_id, seq, body, prev_hash, hash, signature, consent_id)
             SELECT 999, seq, body, prev_hash, hash, signature, consent_id FROM events WHERE seq <= 2",
        )
        .expect("a superuser can");
    let out = central(&cluster, &["verify"]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(
        said.contains("2 rows of events name device 999, which is not in the registry"),
        "{said}"
    );
    assert!(said.contains("centre-east-1: "), "{said}");
}

fn fhir_validator() -> jsonschema::Validator {
    let file = std::fs::File::open(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/fhir.schema.json.gz"
    ))
    .expect("vendored schema");
    let mut json = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut json)
        .expect("gunzip");
    let schema: serde_json::Value = serde_json::from_str(&json).expect("schema JSON");
    jsonschema::draft6::new(&schema).expect("schema compiles")
}

#[test]
fn the_kiosk_syncs_in_the_background_and_a_withdrawal_reaches_the_read_model() {
    use consent_kiosk::clock::SystemClock;
    use consent_kiosk::consent::{Clock, Role, SigningPolicy, Withdrawal};
    use consent_kiosk::sync::background::{self, SyncStatus};
    use std::sync::{Arc, Mutex};

    let cluster = Cluster::start();
    init(&cluster);
    // A kiosk with real (fictional-person) consents: a demo store takes no withdrawal
    // made outside its demo records.
    let a = tempfile::tempdir().expect("temp dir");
    let out = run_cli(a.path(), &["init"]);
    assert!(out.status.success(), "{}", text(&out));
    enrol(&cluster, "centre-north-1", a.path());
    let intake = Intake::start(&cluster, None);

    // The kiosk holds its store for writing, as the window does; the sync reads beside it.
    let paths = StorePaths::in_dir(a.path());
    let mut store = Store::open(&paths, Access::ReadWrite).expect("opens");
    for seed in [41, 42, 43] {
        let event = common::signed_draft(seed)
            .sign(&SigningPolicy::default(), SystemClock.now())
            .expect("signs");
        store.commit(&event).expect("commits");
    }
    let status = Arc::new(Mutex::new(SyncStatus::default()));
    background::spawn(
        paths,
        intake.url.clone(),
        None,
        Arc::new(SystemClock),
        status.clone(),
    )
    .expect("thread starts");
    let wait_for = |what: &str, done: &dyn Fn() -> bool| {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !done() {
            assert!(
                Instant::now() < deadline,
                "{what}: {:?}",
                status.lock().expect("status")
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    let local = store.event_count();
    wait_for("the first sync", &|| {
        count(&cluster, "SELECT head_seq FROM devices") == local
    });
    wait_for("staff see the time", &|| {
        status.lock().expect("status").last_accepted.is_some()
    });

    // A withdrawal at the kiosk reaches the read model without anyone running sync.
    let now = SystemClock.now();
    let consent = store
        .projection()
        .expect("projection")
        .consents()
        .find(|c| matches!(c.state_at(now).name(), "cooling_off" | "effective"))
        .cloned()
        .expect("a consent in force or cooling off");
    let event = consent
        .withdraw(Withdrawal {
            at: now,
            confirmed_by: Role::Migrant,
            account_id: None,
        })
        .expect("may withdraw");
    store.commit(&event).expect("sealed");
    let id = consent.consent_id.as_str().to_owned();
    wait_for("the withdrawal centrally", &|| {
        cluster
            .client()
            .query_one("SELECT state FROM consents WHERE consent_id = $1", &[&id])
            .expect("row")
            .get::<_, String>(0)
            == "withdrawn"
    });
    assert!(status.lock().expect("status").problem.is_none());
}

#[test]
#[allow(deprecated)] // the classic X25519 key: what many receivers still have
fn exports_encrypted_to_an_age_key_open_with_its_identity_only() {
    let a = kiosk("8");
    let (cluster, _intake) = synced(a.path(), "centre-north-1");

    // A classic key for the central export, a post-quantum one for the device's.
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let pq_identity = age::pq::Identity::generate();
    let pq_recipient = pq_identity.to_public().to_string();
    let out_dir = tempfile::tempdir().expect("temp dir");
    let decrypt = |path: &Path, identity: &dyn age::Identity| -> String {
        let bytes = std::fs::read(path).expect("written");
        assert!(bytes.starts_with(b"age-encryption.org/v1"), "an age file");
        let decryptor = age::Decryptor::new(&bytes[..]).expect("age header");
        let mut reader = decryptor
            .decrypt(std::iter::once(identity))
            .expect("decrypts");
        let mut plain = String::new();
        reader.read_to_string(&mut plain).expect("utf-8");
        plain
    };

    let central_file = out_dir.path().join("central.jsonl.age");
    let out = central(
        &cluster,
        &[
            "export",
            "--format",
            "jsonl",
            "--out",
            central_file.to_str().expect("utf-8"),
            "--encrypt-to",
            &recipient,
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let lines = decrypt(&central_file, &identity);
    assert_eq!(
        consent_kiosk::export::verify_lines(&lines).expect("chains check") as i64,
        local_events(a.path())
    );

    let device_file = out_dir.path().join("device.csv.age");
    let out = run_cli(
        a.path(),
        &[
            "export",
            "--format",
            "csv",
            "--out",
            device_file.to_str().expect("utf-8"),
            "--encrypt-to",
            &pq_recipient,
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&device_file)
            .expect("written")
            .permissions(),
    );
    assert_eq!(mode & 0o777, 0o600);
    assert_eq!(
        csv::Reader::from_reader(decrypt(&device_file, &pq_identity).as_bytes())
            .records()
            .count(),
        8
    );

    // Another identity cannot open it; a key that is not one is refused before anything is written.
    let other = age::pq::Identity::generate();
    let bytes = std::fs::read(&device_file).expect("read");
    let decryptor = age::Decryptor::new(&bytes[..]).expect("age header");
    assert!(
        decryptor
            .decrypt(std::iter::once(&other as &dyn age::Identity))
            .is_err()
    );
    let refused = out_dir.path().join("refused.csv");
    let out = run_cli(
        a.path(),
        &[
            "export",
            "--format",
            "csv",
            "--out",
            refused.to_str().expect("utf-8"),
            "--encrypt-to",
            "age1notakey",
        ],
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains("not an age public key"),
        "{}",
        text(&out)
    );
    assert!(!refused.exists());
}

#[test]
fn the_intake_serves_https_and_a_kiosk_trusts_it_through_its_ca_file() {
    let cluster = Cluster::start();
    init(&cluster);
    let a = kiosk("6");
    enrol(&cluster, "centre-north-1", a.path());
    // A self-signed certificate for 127.0.0.1, made with the openssl command line.
    let tls = tempfile::tempdir().expect("temp dir");
    let (cert, key) = (tls.path().join("intake.pem"), tls.path().join("intake.key"));
    let made = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
        ])
        .args(["-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"])
        .args(["-addext", "subjectAltName=IP:127.0.0.1"])
        .args(["-addext", "basicConstraints=critical,CA:FALSE"])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl runs");
    assert!(made.status.success(), "{}", text(&made));
    let intake = Intake::start_with(
        &cluster,
        &cluster.url(),
        None,
        &[
            "--tls-cert",
            cert.to_str().expect("utf-8"),
            "--tls-key",
            key.to_str().expect("utf-8"),
        ],
    );
    assert!(intake.url.starts_with("https://"), "{}", intake.url);

    // Without the CA file the certificate is not trusted, and nothing is sent.
    let out = sync(a.path(), &intake);
    assert!(!out.status.success(), "{}", text(&out));
    assert_eq!(count(&cluster, "SELECT count(*) FROM events"), 0);
    let out = run_cli(
        a.path(),
        &[
            "sync",
            "--to",
            &intake.url,
            "--ca-cert",
            cert.to_str().expect("utf-8"),
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        count(&cluster, "SELECT count(*) FROM events"),
        local_events(a.path())
    );
}

#[test]
fn a_childs_row_in_the_read_model_follows_its_households_parent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    let policy = consent_kiosk::consent::SigningPolicy::default();
    let mut parent_draft = common::signed_draft(70);
    parent_draft.subject.household_reference = Some("HH-70".into());
    let parent = parent_draft.sign(&policy, common::T0).expect("signs");
    let child = common::household_childs_draft(71, "HH-70")
        .sign(&policy, common::T0)
        .expect("signs");
    let after = common::T0 + time::Duration::hours(80);
    {
        let mut store = Store::open(&paths, Access::ReadWrite).expect("store");
        store.commit(&parent).expect("commits");
        store.commit(&child).expect("commits");
        let consent = store.consent(child.consent_id()).unwrap().unwrap();
        let interview = consent
            .record_confirmation(common::confirmed_interview(), after)
            .unwrap();
        store.commit(&interview).expect("commits");
    }
    let (cluster, intake) = synced(dir.path(), "centre-north-1");
    let child_id = child.consent_id().as_str().to_owned();
    let state = |cluster: &Cluster| -> String {
        cluster
            .client()
            .query_one(
                "SELECT state FROM consents WHERE consent_id = $1",
                &[&child_id],
            )
            .expect("row")
            .get(0)
    };
    // Its parent's consent is not confirmed: the child's waits for it.
    assert_eq!(state(&cluster), "on_hold");

    // The parent's interview, an event of the parent's consent only.
    {
        let mut store = Store::open(&paths, Access::ReadWrite).expect("store");
        let consent = store.consent(parent.consent_id()).unwrap().unwrap();
        let interview = consent
            .record_confirmation(
                common::confirmed_interview(),
                after + time::Duration::hours(1),
            )
            .unwrap();
        store.commit(&interview).expect("commits");
    }
    let out = sync(dir.path(), &intake);
    assert!(out.status.success(), "{}", text(&out));
    // Both are long past their cooling-off: the child's row follows without an
    // event of its own, as the kiosk's console does.
    assert_eq!(state(&cluster), "effective");
    let out = central(&cluster, &["verify"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn json_lines_from_the_read_model_are_the_lines_of_a_replay_and_verify_checks_its_sharing() {
    use consent_kiosk::export::ExportFormat;

    let (a, b) = (kiosk("40"), kiosk("25"));
    let (cluster, intake) = synced(a.path(), "centre-north-1");
    enrol(&cluster, "centre-south-1", b.path());
    assert!(sync(b.path(), &intake).status.success());
    let shared = count(
        &cluster,
        "SELECT count(*) FROM consents WHERE shares_outside AND shareable_from IS NOT NULL",
    );
    assert!(shared > 0, "some demo consents let data leave the centre");
    assert_eq!(
        count(
            &cluster,
            "SELECT count(*) FROM consents WHERE shares_outside IS NULL"
        ),
        0
    );
    let now = consent_kiosk::consent::Timestamp::now_utc();
    let lines = |cluster: &Cluster| {
        let mut client = consent_kiosk::central::connect(&cluster.url()).expect("connects");
        let mut out = Vec::new();
        consent_kiosk::central::export::export(&mut client, ExportFormat::Jsonl, now, &mut out)
            .expect("exports");
        String::from_utf8(out).expect("UTF-8")
    };
    // Every row's sharing known: the events are copied with the read model's.
    let from_read_model = lines(&cluster);
    assert!(
        from_read_model.contains("\"shareable_from\":\""),
        "{from_read_model:.300}"
    );
    // A row as a version before the read model kept sharing left it: the logs
    // are replayed instead, and the lines are the same.
    cluster
        .client()
        .batch_execute(
            "UPDATE consents SET shares_outside = NULL, shareable_from = NULL
             WHERE consent_id = (SELECT min(consent_id) FROM consents)",
        )
        .expect("update");
    let replayed = lines(&cluster);
    assert!(
        from_read_model == replayed,
        "the two ways differ: {} against {} bytes",
        from_read_model.len(),
        replayed.len()
    );
    assert_eq!(
        consent_kiosk::export::verify_lines(&replayed),
        Ok((local_events(a.path()) + local_events(b.path())) as usize)
    );
    let out = central(&cluster, &["verify"]);
    assert!(
        out.status.success(),
        "an unknown row is not a broken one: {}",
        text(&out)
    );

    // A row whose sharing was changed by hand is named.
    cluster
        .client()
        .batch_execute(
            "UPDATE consents SET shareable_from = '2020-01-01T00:00:00Z'
             WHERE consent_id = (SELECT min(consent_id) FROM consents
                                 WHERE shares_outside AND shareable_from IS NOT NULL)",
        )
        .expect("update");
    let out = central(&cluster, &["verify"]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(
        said.contains("says data may leave the centre from 2020-01-01T00:00:00Z, but its events say data may leave the centre from"),
        "{said}"
    );
}
