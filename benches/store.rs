//! Store figures: durable commit latency against a bare SQLCipher insert, then
//! verify, export and projection rebuild over 100,000 events.
//!
//! `cargo bench` prints a table; nothing here asserts a time, the README records them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::{BufWriter, Write};
use std::time::{Duration, Instant};

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "support/kept_store.rs"]
mod kept_store;

use consent_kiosk::consent::{ConsentId, ReferenceCode, SigningPolicy, Timestamp};
use consent_kiosk::export::{ExportFormat, export};
use consent_kiosk::store::seal::check_all;
use consent_kiosk::store::{Access, PageFormat, Projection, Store, StorePaths};
use rayon::prelude::*;

const COMMITS: usize = 2_000;
const EVENTS: i64 = 100_000;

/// The allocator the binary uses (src/main.rs), so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is accepted and ignored.
    let now = Timestamp::now_utc();
    println!(
        "consent-kiosk store benchmark ({COMMITS} durable commits; {EVENTS} events for the bulk figures)\n"
    );

    let bare = bare_insert_latencies();
    let sealed = sealed_commit_latencies(now);
    println!(
        "{:<44} {:>9} {:>9} {:>9}",
        "durable commit (WAL, synchronous=FULL)", "p50 ms", "p99 ms", "mean ms"
    );
    print_latency("bare SQLCipher insert, 600-byte row", &bare);
    print_latency("sealed consent event (Store::commit)", &sealed);
    println!(
        "{:<44} {:>9.2} {:>9.2}\n",
        "ratio sealed / bare",
        percentile(&sealed, 0.50).as_secs_f64() / percentile(&bare, 0.50).as_secs_f64(),
        percentile(&sealed, 0.99).as_secs_f64() / percentile(&bare, 0.99).as_secs_f64(),
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    let mut store = Store::open(&paths, Access::ReadWrite).expect("store");
    let started = Instant::now();
    while store.event_count() < EVENTS {
        consent_kiosk::demo::add_demo_records(&mut store, 1_000, 1_000, now).expect("demo records");
    }
    let events = store.event_count();
    println!(
        "populated {events} events in {:.1} s\n",
        started.elapsed().as_secs_f64()
    );
    drop(store);
    let store = Store::open(&paths, Access::ReadOnly).expect("reopen");

    let consents = store.projection().expect("projection").consents().len();
    println!("{consents} consents in the log\n");
    println!(
        "{:<44} {:>9} {:>14}",
        format!("over the whole log (median of {RUNS} runs)"),
        "seconds",
        "events/s"
    );
    let took = median_of(|| {
        let report = store.verify(now).expect("verify");
        assert!(report.is_intact(), "the benchmark store verifies");
    });
    print_rate("verify (chain, hashes, signatures, rules)", took, events);
    // Seals alone, in memory, both ways on both cores: what batch verification gains
    // whatever else the machine is doing at the time.
    let mut sealed = Vec::new();
    store
        .for_each_batch(8_192, |batch| {
            sealed.extend(batch);
            Ok(())
        })
        .expect("events");
    let key = *store.public_key();
    let took = median_of(|| {
        let ok = sealed
            .par_iter()
            .filter(|event| event.check(&key).is_ok())
            .count();
        assert_eq!(ok, sealed.len());
    });
    print_rate("seals one by one (hash, signature)", took, events);
    let took = median_of(|| {
        let ok = check_all(&sealed, &key)
            .iter()
            .filter(|r| r.is_ok())
            .count();
        assert_eq!(ok, sealed.len());
    });
    print_rate("seals, signatures in Ed25519 batches", took, events);
    drop(sealed);
    let took = median_of(|| {
        store.projection().expect("projection");
    });
    print_rate("projection rebuild", took, events);
    // The same without overlap (read, then parse on both cores, then apply), as
    // before reading and checking were overlapped.
    let took = median_of(|| {
        let mut projection = Projection::default();
        store
            .for_each_batch(16_384, |batch| projection.apply_batch(&batch))
            .expect("projection");
    });
    print_rate("projection rebuild, not overlapped", took, events);
    // Each run into a new file, as `export --out` writes one: overwriting the last
    // run's file would time the kernel freeing its pages too.
    let export_into_file = |store: &Store, format| {
        let out_path = dir.path().join("export.out");
        median_after(
            || {
                let _ = std::fs::remove_file(&out_path);
            },
            || {
                let file = std::fs::File::create(&out_path).expect("out file");
                let mut out = BufWriter::new(file);
                export(store, format, None, now, &mut out).expect("export");
                out.flush().expect("flush");
            },
        )
    };
    // The console's summary has never been brought up to date in this store, so
    // JSON Lines replays the log first; then as on a device whose dashboard has
    // been opened since the last few thousand consents changed.
    for (name, format) in [
        ("export jsonl, the log replayed", ExportFormat::Jsonl),
        ("export fhir", ExportFormat::Fhir),
        ("export csv", ExportFormat::Csv),
    ] {
        print_rate(name, export_into_file(&store, format), events);
    }
    drop(store);
    Store::open(&paths, Access::ReadWrite)
        .and_then(|mut store| store.dashboard())
        .expect("summary brought up to date");
    let store = Store::open(&paths, Access::ReadOnly).expect("reopen");
    print_rate(
        "export jsonl, summary up to date",
        export_into_file(&store, ExportFormat::Jsonl),
        events,
    );
    drop(store);
    exports_of_100_000_consents();
}

/// The exports at the size their targets name: 100,000 consents (the store
/// above holds half as many), with the median, fastest and slowest of the runs,
/// as this machine's figures vary from run to run.
fn exports_of_100_000_consents() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    let kept = kept_store::kept_store(&paths);
    // The console's summary brought up to date, as on a device whose dashboard
    // has been opened.
    Store::open(&paths, Access::ReadWrite)
        .and_then(|mut store| store.dashboard())
        .expect("summary brought up to date");
    let store = Store::open(&paths, Access::ReadOnly).expect("reopen");
    let events = store.event_count();
    println!(
        "\nexports of {} consents ({events} events; store {}), {EXPORT_RUNS} runs each",
        kept.consents, kept.how
    );
    println!(
        "{:<44} {:>9} {:>9} {:>9} {:>9}",
        "", "median s", "fastest", "slowest", "MB"
    );
    let out_path = dir.path().join("export.out");
    for (name, format) in [
        ("export jsonl, summary up to date", ExportFormat::Jsonl),
        ("export fhir", ExportFormat::Fhir),
        ("export csv", ExportFormat::Csv),
    ] {
        let mut runs: Vec<Duration> = (0..EXPORT_RUNS)
            .map(|_| {
                let _ = std::fs::remove_file(&out_path);
                timed(|| {
                    let file = std::fs::File::create(&out_path).expect("out file");
                    let mut out = BufWriter::new(file);
                    export(&store, format, None, kept.now, &mut out).expect("export");
                    out.flush().expect("flush");
                })
                .1
            })
            .collect();
        runs.sort();
        let size = std::fs::metadata(&out_path).expect("export").len();
        println!(
            "{name:<44} {:>9.3} {:>9.3} {:>9.3} {:>9.0}",
            runs[runs.len() / 2].as_secs_f64(),
            runs[0].as_secs_f64(),
            runs[runs.len() - 1].as_secs_f64(),
            size as f64 / 1e6,
        );
    }
}

/// Runs of each export of 100,000 consents.
const EXPORT_RUNS: usize = 9;

/// Runs of each whole-log measure; the median is printed.
const RUNS: usize = 5;

fn median_of(work: impl FnMut()) -> Duration {
    median_after(|| {}, work)
}

/// [`median_of`], running `before` ahead of each run, untimed.
fn median_after(mut before: impl FnMut(), mut work: impl FnMut()) -> Duration {
    let mut runs: Vec<Duration> = (0..RUNS)
        .map(|_| {
            before();
            timed(&mut work).1
        })
        .collect();
    runs.sort();
    runs[runs.len() / 2]
}

fn timed<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let result = work();
    (result, started.elapsed())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn print_latency(name: &str, sorted: &[Duration]) {
    let mean = sorted.iter().sum::<Duration>() / sorted.len() as u32;
    println!(
        "{name:<44} {:>9.3} {:>9.3} {:>9.3}",
        percentile(sorted, 0.50).as_secs_f64() * 1e3,
        percentile(sorted, 0.99).as_secs_f64() * 1e3,
        mean.as_secs_f64() * 1e3,
    );
}

fn print_rate(name: &str, took: Duration, events: i64) {
    println!(
        "{name:<44} {:>9.3} {:>14.0}",
        took.as_secs_f64(),
        events as f64 / took.as_secs_f64()
    );
}

/// The same file setup the store uses (SQLCipher raw key, its page format, WAL,
/// synchronous=FULL), no sealing.
fn bare_insert_latencies() -> Vec<Duration> {
    let dir = tempfile::tempdir().expect("temp dir");
    let conn = rusqlite::Connection::open(dir.path().join("bare.db")).expect("open");
    conn.execute_batch(&format!(
        "PRAGMA key = \"x'{}'\"; {}",
        "4b".repeat(32),
        PageFormat::Current.pragmas()
    ))
    .expect("key");
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
        .expect("wal");
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL);",
    )
    .expect("schema");
    let body = "x".repeat(600);
    let mut latencies: Vec<Duration> = (0..COMMITS)
        .map(|_| {
            let started = Instant::now();
            conn.execute("INSERT INTO rows (body) VALUES (?1)", [&body])
                .expect("insert");
            started.elapsed()
        })
        .collect();
    latencies.sort();
    latencies
}

/// Signed consents as the kiosk makes them, each committed on its own.
fn sealed_commit_latencies(now: Timestamp) -> Vec<Duration> {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&StorePaths::in_dir(dir.path()), Access::ReadWrite).expect("store");
    let events: Vec<_> = (0..COMMITS).map(|i| signed_event(i as u64, now)).collect();
    let mut latencies: Vec<Duration> = events
        .iter()
        .map(|event| {
            let started = Instant::now();
            store.commit(event).expect("commit");
            started.elapsed()
        })
        .collect();
    latencies.sort();
    latencies
}

fn signed_event(seed: u64, now: Timestamp) -> consent_kiosk::consent::ConsentEvent {
    let mut draft = common::signed_draft((seed % 251) as u8);
    let mut id = [0u8; 16];
    id[..8].copy_from_slice(&seed.to_le_bytes());
    draft.consent_id = ConsentId::from_random(id);
    draft.reference = ReferenceCode::from_random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    draft.sign(&SigningPolicy::default(), now).expect("signs")
}
