//! Content figures: loading every locale and the content, and `content check` of
//! the bundled tree. Prints a table; nothing here asserts a time.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::Path;
use std::time::{Duration, Instant};

use consent_kiosk::content::{Content, check};
use consent_kiosk::i18n::Catalog;

const RUNS: usize = 20;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (content_dir, locales_dir) = (root.join("content"), root.join("locales"));
    let load = median(|| {
        let catalog = Catalog::load(&locales_dir).expect("locales");
        Content::load(&content_dir, &catalog).expect("content");
    });
    let checked = median(|| {
        let report = check::check(&content_dir, &locales_dir);
        assert!(!report.has_errors());
    });
    let catalog = Catalog::load(&locales_dir).expect("locales");
    println!(
        "consent-kiosk content benchmark (median of {RUNS} runs, {} locales)\n",
        catalog.locales().count()
    );
    println!("{:<44} {:>9}", "what", "ms");
    println!(
        "{:<44} {:>9.1}",
        "load all locales and content",
        load.as_secs_f64() * 1e3
    );
    println!(
        "{:<44} {:>9.1}",
        "content check of the bundled tree",
        checked.as_secs_f64() * 1e3
    );
}

fn median(mut work: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}
