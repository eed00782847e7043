//! Console figures over 100,000 stored consents: the dashboard opening (first
//! time, when its summary is built from the log; then as it opens every day) and
//! its filters (a list, a typed code).
//!
//! `cargo bench --bench console` prints a table; nothing here asserts a time.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::{Duration, Instant};

use consent_kiosk::consent::Timestamp;
use consent_kiosk::console::{Category, Dashboard};
use consent_kiosk::store::{Access, Store, StorePaths};

const CONSENTS: usize = 100_000;
const RUNS: usize = 20;

fn main() {
    let now = Timestamp::now_utc();
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    let mut store = Store::open(&paths, Access::ReadWrite).expect("store");
    let started = Instant::now();
    let mut consents = 0;
    while consents < CONSENTS {
        consents += consent_kiosk::demo::add_demo_records(&mut store, 1_000, 1_000, now)
            .expect("demo records")
            .consents;
    }
    println!(
        "consent-kiosk console benchmark: {consents} consents, {} events (populated in {:.1} s)\n",
        store.event_count(),
        started.elapsed().as_secs_f64()
    );
    println!("{:<52} {:>10} {:>10}", "", "median ms", "max ms");

    let (rows, first) = timed(|| store.dashboard().expect("dashboard"));
    report(
        "dashboard, first open (summary built; one sample)",
        &[first],
    );

    let mut opens = Vec::new();
    for _ in 0..RUNS {
        let (_, took) = timed(|| Dashboard::new(store.dashboard().expect("dashboard")));
        opens.push(took);
    }
    report("dashboard opens (summary up to date)", &opens);

    // A new event since the last open: the summary catches up with it alone.
    consent_kiosk::demo::add_demo_records(&mut store, 1, 1, now).expect("one more");
    let (_, after_one) = timed(|| store.dashboard().expect("dashboard"));
    report(
        "dashboard opens after a new consent (one sample)",
        &[after_one],
    );

    let dashboard = Dashboard::new(rows);
    let now_ms = (now.unix_timestamp_nanos() / 1_000_000) as i64;
    for (name, category, code) in [
        ("filter: cooling-off list", Some(Category::CoolingOff), ""),
        ("filter: flagged list", Some(Category::Flagged), ""),
        ("filter: all, code typed \"7K\"", None, "7K"),
        ("counts of every list", None, "-"),
    ] {
        let mut runs = Vec::new();
        for _ in 0..RUNS {
            let (_, took) = timed(|| {
                if code == "-" {
                    dashboard.counts(now_ms).len()
                } else {
                    dashboard.filter(category, code, now_ms).len()
                }
            });
            runs.push(took);
        }
        report(name, &runs);
    }
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let value = f();
    (value, started.elapsed())
}

fn report(name: &str, runs: &[Duration]) {
    let mut sorted = runs.to_vec();
    sorted.sort();
    let median = sorted[sorted.len() / 2];
    let max = sorted[sorted.len() - 1];
    println!(
        "{name:<52} {:>10.1} {:>10.1}",
        median.as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3
    );
}
