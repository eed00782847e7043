//! Backup figures over a 100,000-consent store: how long `backup` takes and how
//! big it is, how long checking a backup and restoring it take, and what a
//! commit costs while a backup runs beside it.
//!
//! `cargo bench --bench backup` prints a table; nothing here asserts a time.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

#[path = "../tests/common/mod.rs"]
mod common;

use consent_kiosk::consent::{SigningPolicy, Timestamp};
use consent_kiosk::store::backup::{self, KeyFiles};
use consent_kiosk::store::{Access, Store, StorePaths};

const CONSENTS: usize = 100_000;

/// The allocator the binary uses (src/main.rs), so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let now = Timestamp::now_utc();
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path().join("data"));
    let mut store = Store::open(&paths, Access::ReadWrite).expect("store");
    let started = Instant::now();
    let mut consents = 0;
    while consents < CONSENTS {
        consents += consent_kiosk::demo::add_demo_records(&mut store, 1_000, 1_000, now)
            .expect("demo records")
            .consents;
    }
    println!(
        "consent-kiosk backup benchmark: {consents} consents, {} events (populated in {:.1} s)",
        store.event_count(),
        started.elapsed().as_secs_f64()
    );
    drop(store);
    let live = file_bytes(&paths.database()) + file_bytes(&paths.dir.join("consent.db-wal"));
    println!(
        "the live store: {:.1} MB (consent.db and its WAL)\n",
        mb(live)
    );

    println!("{:<62} {:>9} {:>9}", "", "seconds", "MB");
    // Timed: the whole `backup` call — the page copy from a read-only connection,
    // the key files, PRAGMA cipher_integrity_check, PRAGMA integrity_check, the
    // full chain verify of the copy, and the rename. Size: every file it wrote.
    let first = dir.path().join("backup-1");
    let (summary, took) = timed(|| backup::backup(&paths, &first, KeyFiles::Copy, now));
    let summary = summary.expect("backup");
    row(
        "backup --to (copy, then every check of the copy)",
        took,
        summary.bytes,
    );

    // Timed: `backup::check` alone (the same three checks on the finished copy),
    // so the copy's own share is the difference.
    let (checked, check_took) = timed(|| backup::check(&first, None, now));
    checked.expect("check");
    row(
        "  of which the checks (backup::check on the copy)",
        check_took,
        0,
    );
    row(
        "  of which the copy (difference)",
        took.saturating_sub(check_took),
        0,
    );

    // Timed: a backup while another connection holds the store and commits a
    // sealed consent every 50 ms, as a busy kiosk would; the commit latencies during it.
    let mut kiosk = Store::open(&paths, Access::ReadWrite).expect("the kiosk holds the store");
    let stop = Arc::new(AtomicBool::new(false));
    let writer_stop = Arc::clone(&stop);
    let writer = std::thread::Builder::new()
        .name("busy kiosk".into())
        .spawn(move || {
            let mut latencies = Vec::new();
            let mut seed = 1u8;
            while !writer_stop.load(Ordering::Relaxed) && seed < u8::MAX {
                let event = common::signed_draft(seed)
                    .sign(&SigningPolicy::default(), now)
                    .expect("signs");
                let (result, took) = timed(|| kiosk.commit(&event));
                result.expect("commits during the backup");
                latencies.push(took);
                seed += 1;
                std::thread::sleep(Duration::from_millis(50));
            }
            latencies
        })
        .expect("thread");
    let second = dir.path().join("backup-2");
    let (during, took) = timed(|| backup::backup(&paths, &second, KeyFiles::Copy, now));
    stop.store(true, Ordering::Relaxed);
    let during = during.expect("backup while committing");
    let mut latencies = writer.join().expect("writer");
    latencies.sort();
    row(
        "backup --to while the kiosk commits every 50 ms",
        took,
        during.bytes,
    );
    println!(
        "  {} commits during it: median {:.2} ms, slowest {:.2} ms",
        latencies.len(),
        ms(latencies.get(latencies.len() / 2)),
        ms(latencies.last()),
    );

    // Timed: `restore` of the first backup over the store (lock, every check of
    // the backup, staging copy, moving the old store aside, checks of the result).
    let (restored, took) = timed(|| backup::restore(&first, &paths, true, now));
    restored.expect("restore");
    row(
        "restore --from --force (checks, copy, checks again)",
        took,
        0,
    );
}

fn timed<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let result = work();
    (result, started.elapsed())
}

fn row(name: &str, took: Duration, bytes: u64) {
    let size = if bytes == 0 {
        String::new()
    } else {
        format!("{:.1}", mb(bytes))
    };
    println!("{name:<62} {:>9.2} {size:>9}", took.as_secs_f64());
}

fn file_bytes(path: &std::path::Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

fn ms(took: Option<&Duration>) -> f64 {
    took.map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}
