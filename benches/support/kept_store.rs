//! A store of 100,000 demo consents, populated once and kept in the target
//! folder, copied for each run (the console's and the store's benchmarks).

#![allow(clippy::expect_used)]

use std::time::Instant;

use consent_kiosk::consent::Timestamp;
use consent_kiosk::store::{Access, Store, StorePaths};

/// Consents in the kept store.
pub const CONSENTS: usize = 100_000;

/// The populated store is kept between runs under this name: change it when
/// what the demo records or how the store keeps them changes, so that a kept
/// store is built again.
const KEPT_STORE: &str = "console-bench-store-v2";

/// The populated store a run starts from, and the moment its records were made.
#[derive(Debug)]
pub struct Kept {
    /// When the demo records were made: the figures are taken as of then, so
    /// a kept store's consents are in the same lists as a fresh one's.
    pub now: Timestamp,
    /// How many consents it holds.
    pub consents: usize,
    /// How the store came to be (populated now, or copied from the kept one).
    pub how: String,
}

/// Puts a store of `CONSENTS` demo consents at `paths`: a copy of the one kept
/// in the target folder, populated first if there is none (which takes
/// minutes). The copy is taken before the dashboard's first open, so every run
/// builds the summary from the log as the first run did.
pub fn kept_store(paths: &StorePaths) -> Kept {
    let kept = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(KEPT_STORE);
    let mut how = String::from("copied from the kept store");
    if !kept.join("made-at").exists() {
        let building = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temp dir");
        let now = Timestamp::now_utc();
        let started = Instant::now();
        let mut store =
            Store::open(&StorePaths::in_dir(building.path()), Access::ReadWrite).expect("store");
        let mut consents = 0;
        while consents < CONSENTS {
            consents += consent_kiosk::demo::add_demo_records(&mut store, 1_000, 1_000, now)
                .expect("demo records")
                .consents;
        }
        drop(store);
        how = format!(
            "populated in {:.1} s, kept for later runs",
            started.elapsed().as_secs_f64()
        );
        let made_at = format!("{}\n{consents}\n", now.unix_timestamp_nanos());
        std::fs::write(building.path().join("made-at"), made_at).expect("made-at");
        if kept.exists() {
            std::fs::remove_dir_all(&kept).expect("old kept store");
        }
        std::fs::rename(building.keep(), &kept).expect("keep the store");
    }
    for entry in std::fs::read_dir(&kept).expect("kept store") {
        let entry = entry.expect("kept store");
        // The lock belongs to whoever opens the store, not to the copy.
        let own =
            entry.file_name() == "made-at" || entry.path() == StorePaths::in_dir(&kept).lock();
        if entry.file_type().expect("file type").is_file() && !own {
            std::fs::copy(entry.path(), paths.dir.join(entry.file_name())).expect("copy");
        }
    }
    let made_at = std::fs::read_to_string(kept.join("made-at")).expect("made-at");
    let mut lines = made_at.lines();
    let nanos: i128 = lines.next().and_then(|l| l.parse().ok()).expect("made at");
    let consents = lines.next().and_then(|l| l.parse().ok()).expect("consents");
    Kept {
        now: Timestamp::from_unix_timestamp_nanos(nanos).expect("time"),
        consents,
        how,
    }
}
