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
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{T0, run_cli, signed_draft, text};
use consent_kiosk::consent::SigningPolicy;
use consent_kiosk::export::verify_lines;
use consent_kiosk::store::{Access, PageFormat, Store, StorePaths};

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
        "on_hold",
        "effective",
        "withdrawn",
        "declined",
        "needs_review",
    ] {
        assert!(said.contains(state), "the mix has {state}: {said}");
    }
    assert!(said.contains("intact"));
    // A child's consent held by its household, returns that name their region.
    let output = run_cli(dir.path(), &["export", "--format", "csv"]);
    assert!(output.status.success(), "{}", text(&output));
    let mut reader = csv::Reader::from_reader(&output.stdout[..]);
    let headers = reader.headers().expect("header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (waiting, destination, area) =
        (column("waiting_for"), column("destination"), column("area"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert!(
        rows.iter().any(|r| &r[waiting] == "household"),
        "a child waits for a parent"
    );
    let demo = column("demo");
    assert!(
        rows.iter().all(|r| &r[demo] == "yes"),
        "a demo store's records are demo"
    );
    assert!(
        rows.iter()
            .filter(|r| &r[destination] == "NG")
            .all(|r| r[area].starts_with("NG-")),
        "every return to Nigeria names its region"
    );
    // The console's side: concerns (one open, one taken up), a suspension lifted.
    let store = Store::open(&StorePaths::in_dir(dir.path()), Access::ReadOnly).expect("store");
    let log = store.audit_log().expect("audit");
    let kinds: Vec<&str> = log.iter().map(|entry| entry.kind()).collect();
    for kind in [
        "concern_raised",
        "concern_seen",
        "destination_suspended",
        "suspension_lifted",
    ] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    assert_eq!(store.open_concerns().expect("concerns").len(), 1);
    assert!(store.console_suspensions().expect("suspensions").is_empty());
}

#[test]
fn verify_names_the_first_changed_event() {
    let dir = demo_dir("20");
    let paths = StorePaths::in_dir(dir.path());
    let conn = common::raw_connection(&paths, PageFormat::Current);
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
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let out = elsewhere.path().join("events.jsonl");
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
    // Beside the sealed body, lines of a consent that shares data outside say
    // from when it may (null while it may not yet).
    let lines: Vec<serde_json::Value> = exported
        .lines()
        .skip(1)
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert!(lines.iter().any(|l| l["shareable_from"].is_string()));
    assert!(lines.iter().any(|l| {
        l["shareable_from"].is_null()
            && l.as_object()
                .is_some_and(|o| o.contains_key("shareable_from"))
    }));
    assert!(
        lines
            .iter()
            .all(|l| l["body"].get("shareable_from").is_none())
    );
    // demo-records make every kind of event there is.
    let kinds: std::collections::BTreeSet<&str> = lines
        .iter()
        .filter_map(|l| l["body"]["type"].as_str())
        .collect();
    for kind in [
        "signed",
        "declined",
        "withdrawn",
        "marked_for_review",
        "departure_recorded",
        "flag_resolved",
        "confirmation_recorded",
        "departure_reconfirmed",
        "departure_corrected",
        "withdrawn_without_code",
    ] {
        assert!(kinds.contains(kind), "{kind} in {kinds:?}");
    }
    assert!(
        lines
            .iter()
            .any(|l| l["body"]["reason"]["reason"] == "suspension_found"),
        "a suspension found in the content"
    );
    assert!(
        lines
            .iter()
            .any(|l| l["body"]["reason"]["reason"] == "child_objection"),
        "a child's objection taken to review"
    );
    assert!(
        lines
            .iter()
            .any(|l| l["body"]["record"]["subject"]["unaccompanied"] == true),
        "an unaccompanied child"
    );
    let households = lines
        .iter()
        .filter(|l| l["body"]["record"]["subject"]["household_reference"] == "DEMO-HH-00023")
        .count();
    assert_eq!(households, 2, "a parent and a child linked by household");
    for region in ["NG-LA", "NG-KN"] {
        assert!(
            lines
                .iter()
                .any(|l| l["body"]["record"]["destination"]["area"] == region),
            "a return to one region"
        );
    }

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
    // "Shareable from" is filled only for a consent in force that shares data outside.
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (state, shareable, waiting) = (
        column("state"),
        column("shareable_from"),
        column("waiting_for"),
    );
    for row in &rows {
        if !row[shareable].is_empty() {
            assert!(
                matches!(&row[state], "effective" | "cooling_off"),
                "{row:?}"
            );
        }
        assert_eq!(
            row[state] == *"on_hold",
            !row[waiting].is_empty(),
            "{row:?}"
        );
    }
    assert!(rows.iter().any(|r| !r[shareable].is_empty()));
    assert!(rows.iter().any(|r| &r[state] == "on_hold"));
}

#[test]
fn concerns_export_as_anonymous_rows_with_when_staff_saw_them() {
    let dir = demo_dir("5");
    let output = run_cli(dir.path(), &["export", "--format", "concerns"]);
    assert!(output.status.success(), "{}", text(&output));
    let mut reader = csv::Reader::from_reader(&output.stdout[..]);
    let headers = reader.headers().expect("header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert!(rows.len() >= 2, "demo-records raise concerns: {rows:?}");
    let (kind, seen, demo) = (column("kind"), column("seen_at"), column("demo"));
    assert!(
        rows.iter()
            .all(|r| matches!(&r[kind], "pressured" | "lost_code"))
    );
    assert!(rows.iter().any(|r| r[seen].is_empty()), "one still open");
    assert!(
        rows.iter().any(|r| !r[seen].is_empty()),
        "one seen by staff"
    );
    assert!(
        rows.iter().all(|r| &r[demo] == "true"),
        "a demo store's rows say so"
    );
    // Anonymous: no column could hold a name.
    for header in &headers {
        assert!(!header.contains("name"), "{header}");
    }
    assert!(String::from_utf8_lossy(&output.stderr).contains("concerns"));
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
    // The confirmation interview is `verification`, its counsellor the `performer`.
    let resources: Vec<&serde_json::Value> = entries.iter().map(|e| &e["resource"]).collect();
    assert!(resources.iter().any(|r| {
        r["verification"][0]["verified"] == true
            && r["performer"][0]["identifier"]["value"]
                .as_str()
                .is_some_and(|a| a.starts_with("demo-counsellor-"))
    }));
    assert!(
        resources
            .iter()
            .any(|r| r["verification"][0]["verified"] == false),
        "a referred or withdrawn interview is not verified"
    );
    let extension = |r: &serde_json::Value, name: &str| {
        r["extension"]
            .as_array()
            .expect("extensions")
            .iter()
            .find(|e| e["url"].as_str().is_some_and(|u| u.ends_with(name)))
            .cloned()
    };
    // A return to one region says which, as ISO 3166-2.
    assert!(
        resources
            .iter()
            .any(
                |r| extension(r, ":destination-area").is_some_and(|e| e["valueCoding"]["system"]
                    == "urn:iso:std:iso:3166:-2"
                    && e["valueCoding"]["code"]
                        .as_str()
                        .is_some_and(|c| c.starts_with("NG-")))
            )
    );
    let mut on_hold = 0;
    for r in &resources {
        let state = extension(r, ":state").expect("state")["valueCode"].clone();
        let shareable = extension(r, ":shareable-from").map(|e| e["valueDateTime"].clone());
        if state == "on_hold" || state == "cooling_off" {
            // Never presented as active before it takes effect.
            assert_eq!(r["status"], "proposed");
        }
        if state == "on_hold" {
            on_hold += 1;
            assert!(r["provision"]["period"].is_null(), "no period while held");
            assert!(shareable.is_none(), "nothing shareable while held");
        }
        if r["status"] == "active" {
            assert!(!r["provision"]["period"]["start"].is_null());
        }
        // Each item that sends data outside starts when the consent takes effect.
        for item in r["provision"]["provision"].as_array().into_iter().flatten() {
            let code = item["code"][0]["coding"][0]["code"].as_str().expect("code");
            let outside = code == "share_identity_with_origin_authorities"
                || code == "share_health_with_medical_escort";
            if outside && item["type"] == "permit" {
                assert_eq!(
                    item["period"]["start"],
                    shareable.clone().unwrap_or_default()
                );
            } else {
                assert!(item["period"].is_null());
            }
        }
    }
    assert!(on_hold > 0, "the demo records hold some consents");
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
    // The child may legitimately exit before reading (a bad argument): then the pipe
    // is closed, and what is asserted is its exit status and message, not the write.
    match child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
    {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {}
        written => written.expect("written"),
    }
    child.wait_with_output().expect("finished")
}

#[test]
fn a_child_that_exits_before_reading_its_input_is_not_a_test_failure() {
    let dir = tempfile::tempdir().expect("temp dir");
    // More than a pipe holds, so the write meets the closed pipe every time.
    let input = "x".repeat(1 << 20);
    let bad_role = run_with_input(
        dir.path(),
        &["users", "add", "--role", "boss", "--name", "x.y"],
        &input,
    );
    assert!(!bad_role.status.success());
    assert!(String::from_utf8_lossy(&bad_role.stderr).contains("boss"));
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
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let out = elsewhere.path().join("copy.pdf");
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

fn flip_byte(path: &Path, offset: u64) {
    let mut bytes = fs::read(path).expect("read");
    let at = usize::try_from(offset).expect("offset");
    bytes[at] ^= 0x08;
    fs::write(path, bytes).expect("write");
}

#[test]
fn verify_finds_a_flipped_byte_anywhere_and_every_command_says_damaged() {
    let dir = demo_dir("200");
    let paths = StorePaths::in_dir(dir.path());
    let pristine = fs::read(paths.database()).expect("db");
    let len = pristine.len() as u64;
    for offset in [12_345, 40, 4_500, 8_200, 30_001, len / 2, len - 7] {
        flip_byte(&paths.database(), offset);
        let output = run_cli(dir.path(), &["verify"]);
        let said = text(&output);
        assert_eq!(output.status.code(), Some(2), "offset {offset}: {said}");
        assert!(said.contains("DAMAGED"), "offset {offset}: {said}");
        assert!(said.contains("page"), "offset {offset}: {said}");
        assert!(
            said.contains("restore it from a backup"),
            "offset {offset}: {said}"
        );
        assert!(!said.contains("intact"), "{said}");
        // Any command that meets the damage says so in the same words.
        for args in [
            &["export", "--format", "csv"][..],
            &["export", "--format", "fhir"][..],
            &["demo-records", "--count", "1"][..],
        ] {
            let output = run_cli(dir.path(), args);
            let said = text(&output);
            if !output.status.success() {
                assert!(
                    said.contains("damaged") || said.contains("key is wrong"),
                    "offset {offset} {args:?}: {said}"
                );
                assert!(said.contains("restore"), "offset {offset}: {said}");
            }
        }
        fs::write(paths.database(), &pristine).expect("restore");
    }
    assert!(run_cli(dir.path(), &["verify"]).status.success());
}

fn out_arg(path: &Path) -> &str {
    path.to_str().expect("utf-8")
}

fn store_files(paths: &StorePaths) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    [paths.database(), paths.database_key(), paths.device_key()]
        .into_iter()
        .map(|path| {
            let bytes = fs::read(&path).expect("read");
            (path, bytes)
        })
        .collect()
}

#[test]
fn an_output_path_onto_the_store_is_refused_and_the_store_survives() {
    let dir = demo_dir("10");
    let paths = StorePaths::in_dir(dir.path());
    let before = store_files(&paths);
    let outside = tempfile::tempdir().expect("temp dir");
    let symlink = outside.path().join("looks-harmless.jsonl");
    std::os::unix::fs::symlink(paths.database(), &symlink).expect("symlink");
    let hard_link = outside.path().join("also-harmless.csv");
    fs::hard_link(paths.device_key(), &hard_link).expect("hard link");
    let dir_link = outside.path().join("data");
    std::os::unix::fs::symlink(dir.path(), &dir_link).expect("symlink to the folder");
    let targets = [
        paths.database(),
        paths.database_key(),
        paths.device_key(),
        paths.dir.join("consent.db-wal"),
        paths.lock(),
        paths.dir.join("new-export.jsonl"),
        symlink.clone(),
        hard_link.clone(),
        dir_link.join("elsewhere.csv"),
    ];
    for target in &targets {
        let output = run_cli(
            dir.path(),
            &["export", "--format", "jsonl", "--out", out_arg(target)],
        );
        let said = text(&output);
        assert!(!output.status.success(), "{}: {said}", target.display());
        assert!(said.contains("refusing to write"), "{said}");
    }
    assert_eq!(store_files(&paths), before, "nothing of the store changed");
    assert!(!paths.dir.join("new-export.jsonl").exists());
    assert!(run_cli(dir.path(), &["verify"]).status.success());
}

#[test]
fn a_receipt_onto_a_key_file_is_refused_before_anything_is_recorded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    let code = {
        let mut store = Store::open(&paths, Access::ReadWrite).expect("store");
        let event = signed_draft(41)
            .sign(&SigningPolicy::default(), T0)
            .expect("signs");
        store.commit(&event).expect("stored");
        signed_draft(41).reference.to_string()
    };
    let before = store_files(&paths);
    for target in [paths.device_key(), paths.database_key(), paths.database()] {
        let output = run_cli(
            dir.path(),
            &["receipt", "--reference", &code, "--out", out_arg(&target)],
        );
        let said = text(&output);
        assert!(!output.status.success(), "{said}");
        assert!(said.contains("refusing to write"), "{said}");
    }
    assert_eq!(store_files(&paths), before);
    let store = Store::open(&paths, Access::ReadOnly).expect("opens");
    assert_eq!(store.event_count(), 1, "no receipt was recorded");
}

#[test]
fn exports_and_receipts_are_written_whole_and_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = demo_dir("10");
    let outside = tempfile::tempdir().expect("temp dir");
    let out = outside.path().join("consents.csv");
    fs::write(&out, "an older export that is replaced\n").expect("old file");
    fs::set_permissions(&out, fs::Permissions::from_mode(0o644)).expect("chmod");
    let output = run_cli(
        dir.path(),
        &["export", "--format", "csv", "--out", out_arg(&out)],
    );
    assert!(output.status.success(), "{}", text(&output));
    let mode = fs::metadata(&out).expect("written").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let csv = fs::read_to_string(&out).expect("csv");
    assert_eq!(
        csv.lines().count(),
        11,
        "a header and one row per consent: {csv}"
    );
    let leftovers: Vec<_> = fs::read_dir(outside.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left: {leftovers:?}");
}

#[test]
fn a_data_directory_that_does_not_exist_is_refused_and_init_creates_one() {
    let parent = tempfile::tempdir().expect("temp dir");
    let missing = parent.path().join("mistyped");
    for args in [
        &["verify"][..],
        &["export", "--format", "csv"][..],
        &["demo-records", "--count", "1"][..],
        &["keys", "show"][..],
        &[
            "receipt",
            "--reference",
            "3WMT2-2222V",
            "--out",
            "/dev/null",
        ][..],
    ] {
        let output = run_cli(&missing, args);
        let said = text(&output);
        assert!(!output.status.success(), "{args:?}: {said}");
        assert!(said.contains(&missing.display().to_string()), "{said}");
        assert!(said.contains("consent-kiosk init --data-dir"), "{said}");
        assert!(!missing.exists(), "{args:?} created {}", missing.display());
    }
    let users = run_with_input(
        &missing,
        &["users", "add", "--role", "admin", "--name", "admin.one"],
        "correct horse 42\n",
    );
    assert!(!users.status.success());
    assert!(!missing.exists());
    // Through the environment too.
    let output = Command::new(env!("CARGO_BIN_EXE_consent-kiosk"))
        .arg("verify")
        .env("CONSENT_KIOSK_DATA_DIR", &missing)
        .env_remove("CONSENT_KIOSK_DB_KEY")
        .output()
        .expect("runs");
    assert!(!output.status.success());
    assert!(!missing.exists());
    // The window, named a folder that is not there, does not make one either.
    let window = Command::new(env!("CARGO_BIN_EXE_consent-kiosk"))
        .arg("--data-dir")
        .arg(&missing)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("CONSENT_KIOSK_DB_KEY")
        .output()
        .expect("runs");
    assert!(!window.status.success());
    assert!(
        !missing.exists(),
        "the window created {}",
        missing.display()
    );

    let init = run_cli(&missing, &["init"]);
    let said = text(&init);
    assert!(init.status.success(), "{said}");
    assert!(said.contains("created a new store"), "{said}");
    assert!(StorePaths::in_dir(&missing).database().exists());
    let again = run_cli(&missing, &["init"]);
    assert!(again.status.success());
    assert!(
        text(&again).contains("nothing was changed"),
        "{}",
        text(&again)
    );
    let verify = run_cli(&missing, &["verify"]);
    assert!(verify.status.success(), "{}", text(&verify));
}

#[test]
fn a_database_key_in_the_environment_that_is_not_text_is_an_error() {
    use std::os::unix::ffi::OsStrExt;
    let dir = demo_dir("3");
    let output = Command::new(env!("CARGO_BIN_EXE_consent-kiosk"))
        .arg("--data-dir")
        .arg(dir.path())
        .arg("verify")
        .env(
            "CONSENT_KIOSK_DB_KEY",
            std::ffi::OsStr::from_bytes(b"5e5e\xff\xfe"),
        )
        .output()
        .expect("runs");
    let said = text(&output);
    assert!(!output.status.success(), "{said}");
    assert!(said.contains("CONSENT_KIOSK_DB_KEY"), "{said}");
}

#[test]
fn a_key_file_others_can_read_stops_every_command_with_the_fix() {
    use std::os::unix::fs::PermissionsExt;
    let dir = demo_dir("3");
    let key = StorePaths::in_dir(dir.path()).database_key();
    fs::set_permissions(&key, fs::Permissions::from_mode(0o644)).expect("chmod");
    let output = run_cli(dir.path(), &["verify"]);
    let said = text(&output);
    assert!(!output.status.success(), "{said}");
    assert!(
        said.contains(&format!("chmod 600 {}", key.display())),
        "{said}"
    );
}

#[test]
fn verify_checks_the_stored_public_key_against_one_kept_apart() {
    let dir = demo_dir("5");
    let keys = run_cli(dir.path(), &["keys", "show"]);
    let public_key = String::from_utf8_lossy(&keys.stdout).trim().to_owned();
    let right = run_cli(dir.path(), &["verify", "--public-key", &public_key]);
    assert!(right.status.success(), "{}", text(&right));
    let key_file = tempfile::NamedTempFile::new().expect("temp file");
    fs::write(key_file.path(), format!("{public_key}\n")).expect("write");
    let from_file = run_cli(
        dir.path(),
        &["verify", "--public-key-file", out_arg(key_file.path())],
    );
    assert!(from_file.status.success(), "{}", text(&from_file));

    let other = consent_kiosk::store::keys::public_key_base64(
        &consent_kiosk::store::DeviceKey::from_secret([3; 32]).public_key(),
    );
    let wrong = run_cli(dir.path(), &["verify", "--public-key", &other]);
    let said = text(&wrong);
    assert_eq!(wrong.status.code(), Some(2), "{said}");
    assert!(said.contains("KEY MISMATCH"), "{said}");

    // The device key beside the database is another one: reported too.
    let paths = StorePaths::in_dir(dir.path());
    fs::remove_file(paths.device_key()).expect("remove");
    drop(consent_kiosk::store::DeviceKey::create(&paths.device_key()).expect("key"));
    let swapped = run_cli(dir.path(), &["verify"]);
    let said = text(&swapped);
    assert_eq!(swapped.status.code(), Some(2), "{said}");
    assert!(said.contains("device.key does not match"), "{said}");
}

#[test]
fn verify_and_export_work_in_a_read_only_copy() {
    use std::os::unix::fs::PermissionsExt;
    let dir = demo_dir("10");
    let paths = StorePaths::in_dir(dir.path());
    fs::remove_file(paths.lock()).expect("a backup copy without the lock file");
    let names = || {
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .expect("dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        names.sort();
        names
    };
    let before = names();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).expect("chmod");
    // As root nothing is refused: then the test still proves that no file is made.
    let enforced = fs::write(dir.path().join("probe"), b"").is_err();
    let _ = fs::remove_file(dir.path().join("probe"));
    let verify = run_cli(dir.path(), &["verify"]);
    let exported = run_cli(dir.path(), &["export", "--format", "jsonl"]);
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).expect("chmod");
    assert!(verify.status.success(), "{}", text(&verify));
    assert!(exported.status.success(), "{}", text(&exported));
    assert_eq!(
        names(),
        before,
        "reading made no file (enforced: {enforced})"
    );
}

#[test]
fn an_export_into_a_pipe_is_written_into_it_and_leaves_the_pipe_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let dir = demo_dir("3");
    let outside = tempfile::tempdir().expect("temp dir");
    let pipe = outside.path().join("to-the-case-system");
    let made = Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // Opened for reading and writing, a pipe opens at once and holds what is
    // written until it is read (three consents' CSV fits its buffer).
    let mut reader = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&pipe)
        .expect("pipe opens");
    let output = run_cli(
        dir.path(),
        &[
            "export",
            "--format",
            "csv",
            "--out",
            pipe.to_str().expect("UTF-8"),
        ],
    );
    assert!(output.status.success(), "{}", text(&output));
    let kind = fs::symlink_metadata(&pipe)
        .expect("still there")
        .file_type();
    assert!(kind.is_fifo(), "the pipe was replaced by a file");
    let mut received = vec![0u8; 1 << 16];
    let got = reader.read(&mut received).expect("read");
    let received = String::from_utf8_lossy(&received[..got]);
    assert!(received.starts_with("consent_id,reference,"), "{received}");
    assert_eq!(
        received.lines().count(),
        4,
        "a header and three consents: {received}"
    );
}
