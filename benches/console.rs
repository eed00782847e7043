//! Console figures over 100,000 stored consents: the dashboard opening (first
//! time, when its summary is built from the log; then as it opens every day),
//! its filters (a list, a typed code), and the triage table as the screen asks
//! for it: the first selection once the summary is up to date (names, the
//! default sort, the "needs you now" queue), each filter and sort after it.
//!
//! `cargo bench --bench console` prints a table; nothing here asserts a time.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::{Duration, Instant};

use consent_kiosk::console::{Category, Column, Dashboard, Names, Sort, TableFilter, Today};
use consent_kiosk::store::{Access, Store, StorePaths};

const RUNS: usize = 20;

#[path = "support/kept_store.rs"]
mod kept_store;
use kept_store::kept_store;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    let kept = kept_store(&paths);
    let now = kept.now;
    let mut store = Store::open(&paths, Access::ReadWrite).expect("store");
    println!(
        "consent-kiosk console benchmark: {} consents, {} events ({})\n",
        kept.consents,
        store.event_count(),
        kept.how
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

    // What loading adds to reading the rows: the lists' languages and
    // destinations, and the table's index.
    let mut indexed = Vec::new();
    for _ in 0..RUNS {
        let copy = rows.clone();
        let (_, took) = timed(|| Dashboard::new(copy));
        indexed.push(took);
    }
    report("dashboard: rows indexed (read rows in memory)", &indexed);

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
    table(&mut store, &dashboard, now_ms);
}

/// The table over `dashboard` as the console's screen selects it: every filter
/// and sort a counsellor reaches with a press or a few letters.
fn table(store: &mut Store, dashboard: &Dashboard, now_ms: i64) {
    println!();
    let today = Today {
        now_ms,
        end_ms: now_ms + 6 * 3_600_000,
    };
    // The names the screen hands in: few, whatever the number of consents.
    let mut names = Names::default();
    for tag in dashboard.languages() {
        names
            .languages
            .insert(tag.clone(), format!("{tag} (native)"));
    }
    for code in dashboard.destinations() {
        names
            .destinations
            .insert(code.clone(), format!("Country {code}"));
    }
    // Opening: the summary caught up, rows loaded, the table's first frame.
    let mut opens = Vec::new();
    for _ in 0..RUNS {
        let (_, took) = timed(|| {
            let dashboard = Dashboard::new(store.dashboard().expect("dashboard"));
            let rows = dashboard.select(&TableFilter::default(), Sort::default(), &names, today);
            let queue = dashboard.queue(today);
            rows.len() + queue.len()
        });
        opens.push(took);
    }
    report("table opens: load + first selection + queue", &opens);
    let mut firsts = Vec::new();
    for _ in 0..RUNS {
        let (_, took) = timed(|| {
            let rows = dashboard.select(&TableFilter::default(), Sort::default(), &names, today);
            let queue = dashboard.queue(today);
            rows.len() + queue.len()
        });
        firsts.push(took);
    }
    report("table: first selection + queue (rows loaded)", &firsts);
    let cases: Vec<(&str, TableFilter, Sort)> = vec![
        (
            "table: search \"7K\" (codes, languages, places)",
            TableFilter {
                text: "7K".into(),
                ..TableFilter::default()
            },
            Sort::default(),
        ),
        (
            "table: search a language's name",
            TableFilter {
                text: "fa (native)".into(),
                ..TableFilter::default()
            },
            Sort::default(),
        ),
        (
            "table: one country, cooling-off list",
            TableFilter {
                category: Some(Category::CoolingOff),
                country: Some("NG".into()),
                ..TableFilter::default()
            },
            Sort::default(),
        ),
        (
            "table: only open flags",
            TableFilter {
                open_flags_only: true,
                ..TableFilter::default()
            },
            Sort::default(),
        ),
        (
            "table: all, sorted by code",
            TableFilter::default(),
            Sort {
                column: Column::Code,
                descending: false,
            },
        ),
        (
            "table: all, sorted by destination name",
            TableFilter::default(),
            Sort {
                column: Column::Destination,
                descending: true,
            },
        ),
        (
            "table: all, sorted by state",
            TableFilter::default(),
            Sort {
                column: Column::State,
                descending: false,
            },
        ),
        (
            "table: all, sorted by flags",
            TableFilter::default(),
            Sort {
                column: Column::Flags,
                descending: false,
            },
        ),
    ];
    for (name, filter, sort) in cases {
        let mut runs = Vec::new();
        for _ in 0..RUNS {
            let (_, took) = timed(|| dashboard.select(&filter, sort, &names, today).len());
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
