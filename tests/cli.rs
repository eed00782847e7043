//! The real binary, driven as an operator would: demo records, verify, export, keys,
//! and a SIGKILL in the middle of a burst of commits.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::fs;
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{T0, run_cli, signed_draft, text};
use consent_kiosk::consent::SigningPolicy;
use consent_kiosk::export::verify_lines;
use consent_kiosk::store::{Access, Store, StorePaths};

fn demo_dir(count: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = run_cli(dir.path(), &["demo-records", "--count", count]);
    assert!(output.status.success(), "{}", text(&output));
    dir
}

#[test]
fn demo_records_verify_intact_with_a_realistic_mix() {
    let dir = demo_dir("120");
    let output = run_cli(dir.path(), &["verify"]);
    let said = text(&output);
    assert!(output.status.success(), "{said}");
    assert!(said.contains("120 consents"), "{said}");
    for state in [
        "cooling_off",
        "effective",
        "withdrawn",
        "declined",
        "needs_review",
    ] {
        assert!(said.contains(state), "the mix has {state}: {said}");
    }
    assert!(said.contains("intact"));
}

#[test]
fn verify_names_the_first_changed_event() {
    let dir = demo_dir("20");
    let paths = StorePaths::in_dir(dir.path());
    let key = fs::read_to_string(paths.database_key()).expect("key");
    let conn = rusqlite::Connection::open(paths.database()).expect("open");
    conn.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key.trim()))
        .expect("key");
    conn.execute_batch(
        "DROP TRIGGER events_never_updated;
         UPDATE events SET body = replace(body, '2026-', '2027-') WHERE seq = 7;",
    )
    .expect("tamper");
    drop(conn);
    let output = run_cli(dir.path(), &["verify"]);
    let said = text(&output);
    assert!(!output.status.success(), "{said}");
    assert!(said.contains("event 7"), "{said}");
    assert!(said.contains("hash does not match"), "{said}");
}

#[test]
fn a_jsonl_export_checks_out_on_the_receiving_side() {
    let dir = demo_dir("40");
    let out = dir.path().join("events.jsonl");
    let output = run_cli(
        dir.path(),
        &[
            "export",
            "--format",
            "jsonl",
            "--out",
            out.to_str().expect("utf-8"),
        ],
    );
    assert!(output.status.success(), "{}", text(&output));
    let exported = fs::read_to_string(&out).expect("export written");
    let keys = run_cli(dir.path(), &["keys", "show"]);
    let public_key = String::from_utf8_lossy(&keys.stdout).trim().to_owned();
    assert!(
        exported
            .lines()
            .next()
            .expect("header")
            .contains(&public_key)
    );
    let events = verify_lines(&exported).expect("every line verifies");
    assert_eq!(events, exported.lines().count() - 1);

    // One changed character in a body is caught by the receiver too.
    let tampered = exported.replacen("\"locale\":\"", "\"locale\":\"x", 1);
    assert!(verify_lines(&tampered).is_err());
}

#[test]
fn since_keeps_only_later_events() {
    let dir = demo_dir("30");
    let all = run_cli(dir.path(), &["export", "--format", "jsonl"]);
    let recent = run_cli(
        dir.path(),
        &[
            "export",
            "--format",
            "jsonl",
            "--since",
            "2099-01-01T00:00:00Z",
        ],
    );
    assert!(all.status.success() && recent.status.success());
    assert!(all.stdout.split(|b| *b == b'\n').count() > 30);
    assert_eq!(
        String::from_utf8_lossy(&recent.stdout).lines().count(),
        1,
        "only the header"
    );
    let bad = run_cli(
        dir.path(),
        &["export", "--format", "csv", "--since", "last tuesday"],
    );
    assert!(!bad.status.success());
    assert!(text(&bad).contains("RFC 3339"));
}

#[test]
fn a_csv_export_has_one_row_per_consent() {
    let dir = demo_dir("25");
    let output = run_cli(dir.path(), &["export", "--format", "csv"]);
    assert!(output.status.success(), "{}", text(&output));
    let mut reader = csv::Reader::from_reader(&output.stdout[..]);
    let headers = reader.headers().expect("header").clone();
    assert_eq!(&headers[2], "state");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 25);
    assert!(rows.iter().all(|r| r[0].len() == 32 && r[1].len() == 11));
}

#[test]
fn a_fhir_export_validates_against_the_r4_schema() {
    let dir = demo_dir("60");
    let output = run_cli(dir.path(), &["export", "--format", "fhir"]);
    assert!(output.status.success(), "{}", text(&output));
    let bundle: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let validator = fhir_validator();
    let errors: Vec<String> = validator
        .iter_errors(&bundle)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let entries = bundle["entry"].as_array().expect("entries");
    assert_eq!(entries.len(), 60);
    let statuses: Vec<&str> = entries
        .iter()
        .map(|e| e["resource"]["status"].as_str().expect("status"))
        .collect();
    for status in ["proposed", "active", "rejected", "inactive"] {
        assert!(statuses.contains(&status), "{status} is mapped");
    }
    // The schema can fail: a wrong status is caught.
    let mut broken = bundle.clone();
    broken["entry"][0]["resource"]["status"] = "cooling-off".into();
    assert!(!validator.is_valid(&broken));
}

fn fhir_validator() -> jsonschema::Validator {
    let file = fs::File::open(concat!(
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
fn demo_records_refuse_a_store_with_real_records() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    let mut store = Store::open(&paths, Access::ReadWrite).expect("opens");
    let event = signed_draft(40)
        .sign(&SigningPolicy::default(), T0)
        .expect("signs");
    store.commit(&event).expect("commits");
    drop(store);
    let output = run_cli(dir.path(), &["demo-records", "--count", "5"]);
    assert!(!output.status.success());
    assert!(text(&output).contains("real records"), "{}", text(&output));
}

#[test]
fn the_key_can_come_from_the_environment_and_a_wrong_one_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = "5e".repeat(32);
    let run = |key: &str, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_consent-kiosk"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .env("CONSENT_KIOSK_DB_KEY", key)
            .output()
            .expect("runs")
    };
    assert!(
        run(&key, &["demo-records", "--count", "3"])
            .status
            .success()
    );
    assert!(
        !StorePaths::in_dir(dir.path()).database_key().exists(),
        "no key file when the environment supplies it"
    );
    assert!(run(&key, &["verify"]).status.success());
    let wrong = run(&"77".repeat(32), &["verify"]);
    assert!(!wrong.status.success());
    assert!(
        text(&wrong).contains("database key is wrong"),
        "{}",
        text(&wrong)
    );
}

#[test]
fn a_second_process_is_told_the_store_is_in_use() {
    let dir = demo_dir("3");
    let _kiosk = Store::open(&StorePaths::in_dir(dir.path()), Access::ReadWrite).expect("opens");
    let output = run_cli(dir.path(), &["demo-records", "--count", "1"]);
    assert!(!output.status.success());
    assert!(text(&output).contains("in use"), "{}", text(&output));
}

#[test]
fn sigkill_during_a_burst_of_commits_leaves_an_intact_store() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    for round in 0..3 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_consent-kiosk"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(["demo-records", "--count", "100000"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawns");
        // Wait until commits are flowing, then kill without warning.
        let started = Instant::now();
        while paths
            .dir
            .join("consent.db-wal")
            .metadata()
            .map_or(0, |m| m.len())
            < 200_000 * (round + 1)
            && started.elapsed() < Duration::from_secs(60)
        {
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(37 * round));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
    }
    let output = run_cli(dir.path(), &["verify"]);
    let said = text(&output);
    assert!(output.status.success(), "{said}");
    let store = Store::open(&paths, Access::ReadOnly).expect("opens");
    let report = store.verify(T0).expect("verify");
    assert!(report.events_checked > 0, "{said}");
    // Each demo consent's events are committed together: no consent is half there.
    assert!(report.is_intact());
}

#[test]
fn the_kiosk_refuses_to_start_on_invalid_content_and_names_the_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    common::copy_dir(&root.join("content"), &dir.path().join("content"));
    let countries = dir.path().join("content").join("countries.toml");
    let original = fs::read_to_string(&countries).expect("read");
    fs::write(
        &countries,
        original.replacen("code = \"GE\"", "code = \"XG\"", 1),
    )
    .expect("write");
    let data = dir.path().join("data");
    let output = Command::new(env!("CARGO_BIN_EXE_consent-kiosk"))
        .arg("--data-dir")
        .arg(&data)
        .arg("--content")
        .arg(dir.path().join("content"))
        .arg("--locales")
        .arg(root.join("locales"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("runs");
    assert!(!output.status.success());
    let said = text(&output);
    assert!(said.contains("countries.toml:11:8"), "{said}");
    assert!(
        !data.exists(),
        "nothing was created before the content was valid"
    );
}

#[test]
fn content_check_of_the_bundled_tree_passes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = run_cli(dir.path(), &["content", "check"]);
    assert!(output.status.success(), "{}", text(&output));
    let json = run_cli(dir.path(), &["content", "check", "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(report["summary"]["fa"]["missing"], 0);
    assert_eq!(report["summary"]["fa"]["review"], "draft, unreviewed");
}

/// Runs the binary with `input` on standard input.
fn run_with_input(dir: &std::path::Path, args: &[&str], input: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_consent-kiosk"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("CONSENT_KIOSK_DB_KEY")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("started");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("written");
    child.wait_with_output().expect("finished")
}

#[test]
fn users_add_reads_the_passphrase_from_standard_input_and_the_audit_log_verifies() {
    let dir = tempfile::tempdir().expect("temp dir");
    let weak = run_with_input(
        dir.path(),
        &["users", "add", "--role", "admin", "--name", "admin.one"],
        "123\n",
    );
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("at least 6"));
    let first = run_with_input(
        dir.path(),
        &["users", "add", "--role", "admin", "--name", "admin.one"],
        "correct horse 42\n",
    );
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let again = run_with_input(
        dir.path(),
        &[
            "users",
            "add",
            "--role",
            "counsellor",
            "--name",
            "admin.one",
        ],
        "another secret 7\n",
    );
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    let second = run_with_input(
        dir.path(),
        &[
            "users",
            "add",
            "--role",
            "counsellor",
            "--name",
            "counsellor.two",
        ],
        "another secret 7\n",
    );
    assert!(second.status.success());
    let bad_role = run_with_input(
        dir.path(),
        &["users", "add", "--role", "boss", "--name", "x.y"],
        "another secret 7\n",
    );
    assert!(!bad_role.status.success());
    let verify = common::run_cli(dir.path(), &["verify"]);
    let text = common::text(&verify);
    assert!(verify.status.success(), "{text}");
    assert!(text.contains("2 audit entries checked"), "{text}");
}

#[test]
fn receipt_reissues_a_pdf_and_records_its_hash_on_the_consent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let reference = {
        let mut store = consent_kiosk::store::Store::open(
            &consent_kiosk::store::StorePaths::in_dir(dir.path()),
            consent_kiosk::store::Access::ReadWrite,
        )
        .expect("store");
        let event = common::signed_draft(3)
            .sign(
                &consent_kiosk::consent::SigningPolicy::default(),
                common::T0,
            )
            .expect("signs");
        store.commit(&event).expect("stored");
        match event {
            consent_kiosk::consent::ConsentEvent::Signed { reference, .. } => reference,
            _ => unreachable!("a signing"),
        }
    };
    let out = dir.path().join("copy.pdf");
    let code = reference.to_string();
    let run = common::run_cli(
        dir.path(),
        &[
            "receipt",
            "--reference",
            &code,
            "--out",
            out.to_str().expect("utf-8"),
        ],
    );
    assert!(run.status.success(), "{}", common::text(&run));
    let pdf = std::fs::read(&out).expect("written");
    assert!(pdf.starts_with(b"%PDF"));
    let store = consent_kiosk::store::Store::open(
        &consent_kiosk::store::StorePaths::in_dir(dir.path()),
        consent_kiosk::store::Access::ReadOnly,
    )
    .expect("store");
    let consent = store
        .find_by_reference(&reference)
        .expect("query")
        .expect("there");
    assert_eq!(consent.receipts, [consent_kiosk::receipt::sha256_hex(&pdf)]);
    assert!(store.verify(common::T0).expect("verify").is_intact());
    // A mistyped code: a clear error, nothing written.
    let mut typo = code.clone().into_bytes();
    let at = typo
        .windows(2)
        .position(|pair| pair[0] != pair[1])
        .expect("two different neighbours");
    typo.swap(at, at + 1);
    let run = common::run_cli(
        dir.path(),
        &[
            "receipt",
            "--reference",
            &String::from_utf8(typo).unwrap_or_default(),
            "--out",
            "x.pdf",
        ],
    );
    assert!(!run.status.success());
}
