//! The central database, on a throwaway PostgreSQL cluster: intake throughput with
//! every seal, link and rule checked; a fleet of 50 kiosks × 2,000 consents syncing
//! over HTTP; a withdrawal at a kiosk until it stands in the central read model;
//! `central verify`; the central exports of about 100,000 consents.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "../tests/central/cluster.rs"]
mod cluster;
#[path = "../tests/common/mod.rs"]
mod common;

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use consent_kiosk::central::intake::Intake;
use consent_kiosk::central::serve::{ServeOptions, serve};
use consent_kiosk::central::wire::{PushRequest, WireEvent};
use consent_kiosk::central::{self, devices};
use consent_kiosk::clock::SystemClock;
use consent_kiosk::consent::{Clock, Role, SigningPolicy, Withdrawal};
use consent_kiosk::export::ExportFormat;
use consent_kiosk::store::chain::{ChainHead, check_events};
use consent_kiosk::store::keys::public_key_base64;
use consent_kiosk::store::{Access, Projection, Store, StorePaths};
use consent_kiosk::sync::background::{self, SyncStatus};
use consent_kiosk::sync::{BATCH, CentralClient, sync};
use rayon::prelude::*;

const DEVICES: usize = 50;
const CONSENTS: usize = 2_000;
/// Runs of each repeatable measure; the median is printed.
const RUNS: usize = 3;

/// The allocator the binary uses (src/main.rs), so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let now = SystemClock.now();
    let cluster = cluster::Cluster::start();
    let mut admin = cluster.client();
    for db in ["library", "library_two", "fleet"] {
        admin
            .batch_execute(&format!("CREATE DATABASE {db}"))
            .expect("database");
    }
    let url = |db: &str| {
        cluster
            .url()
            .replace("dbname=postgres", &format!("dbname={db}"))
    };

    let started = Instant::now();
    let kiosks: Vec<(tempfile::TempDir, Store)> = (0..DEVICES)
        .into_par_iter()
        .map(|_| {
            let dir = tempfile::tempdir().expect("temp dir");
            let paths = StorePaths::in_dir(dir.path());
            let mut store = Store::open(&paths, Access::ReadWrite).expect("store");
            consent_kiosk::demo::add_demo_records(&mut store, CONSENTS, CONSENTS, now)
                .expect("demo records");
            (dir, store)
        })
        .collect();
    let total: i64 = kiosks.iter().map(|(_, s)| s.event_count()).sum();
    let audit: i64 = kiosks.iter().map(|(_, s)| s.audit_count()).sum();
    println!(
        "fleet: {DEVICES} kiosks × {CONSENTS} consents = {total} events (+{audit} audit entries), made in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    // Intake, library level: every batch checked (seals, links, rules) and stored.
    // The requests are built beforehand, so only the intake is timed.
    let requests: Vec<Vec<PushRequest>> =
        kiosks.iter().map(|(_, store)| requests_of(store)).collect();
    let mut client = enrolled(&url("library"), &kiosks);
    let intake = Intake::default();
    let started = Instant::now();
    push_all(&intake, &mut client, &requests, now);
    let took = started.elapsed().as_secs_f64();
    println!(
        "intake (library, one connection, batches of {BATCH}): {total} events in {took:.2} s = {:.0} events/s (target ≥ 50,000)",
        total as f64 / took
    );
    // The same batches only checked (seals, links, rules), nothing stored: the
    // intake's share that is not PostgreSQL's.
    let started = Instant::now();
    for (_, store) in &kiosks {
        let mut head = ChainHead::default();
        let mut projection = Projection::default();
        let mut after = 0;
        loop {
            let events = store.events_after(after, BATCH).expect("events");
            let Some(last) = events.last() else { break };
            after = last.seq;
            check_events(&events, store.public_key(), &mut head, &mut projection).expect("intact");
        }
    }
    let took = started.elapsed().as_secs_f64();
    println!(
        "checking alone (the same batches, read from the kiosks' stores, nothing stored): {took:.2} s = {:.0} events/s",
        total as f64 / took
    );
    // Two connections, each with half the kiosks, as two kiosks pushing at once do:
    // one checks while the other's rows are written.
    let two_url = url("library_two");
    drop(enrolled(&two_url, &kiosks));
    let started = Instant::now();
    std::thread::scope(|scope| {
        for half in requests.chunks(requests.len().div_ceil(2)) {
            let intake = intake.clone();
            let two_url = two_url.clone();
            std::thread::Builder::new()
                .name("intake-bench".into())
                .spawn_scoped(scope, move || {
                    let mut client = central::connect(&two_url).expect("connects");
                    push_all(&intake, &mut client, half, now);
                })
                .expect("thread");
        }
    });
    let took = started.elapsed().as_secs_f64();
    println!(
        "intake (library, two connections at once, batches of {BATCH}): {total} events in {took:.2} s = {:.0} events/s (target ≥ 50,000)",
        total as f64 / took
    );
    drop(requests);

    // `central verify`: every chain from the start, and the read model.
    let mut runs = Vec::new();
    let mut checked = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        let report = central::verify::verify(&mut client).expect("verify");
        runs.push(started.elapsed().as_secs_f64());
        assert!(report.is_intact(), "{report:?}");
        checked = report.events_checked();
    }
    let took = median(&mut runs);
    println!(
        "central verify (median of {RUNS}): {checked} events in {took:.2} s = {:.0} events/s (target ≥ 80,000)",
        checked as f64 / took
    );

    // Exports of every kiosk's consents.
    let out = tempfile::tempdir().expect("temp dir");
    for (format, name, target) in [
        (ExportFormat::Fhir, "FHIR", "< 0.75 s"),
        (ExportFormat::Jsonl, "JSON Lines", "< 0.25 s"),
        (ExportFormat::Csv, "CSV", ""),
    ] {
        let path = out.path().join(name);
        let mut runs = Vec::new();
        let mut written = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            let file = std::fs::File::create(&path).expect("file");
            let mut writer = std::io::BufWriter::with_capacity(1 << 20, file);
            let summary =
                central::export::export(&mut client, format, now, &mut writer).expect("export");
            drop(writer);
            runs.push(started.elapsed().as_secs_f64());
            written = summary.written;
        }
        let took = median(&mut runs);
        println!(
            "central export {name} (median of {RUNS}): {written} written in {took:.2} s, {:.1} MB{}",
            std::fs::metadata(&path).expect("size").len() as f64 / 1e6,
            if target.is_empty() {
                String::new()
            } else {
                format!(" (target {target})")
            }
        );
    }

    // The fleet over HTTP: two kiosks syncing at a time into one intake process.
    let fleet_url = url("fleet");
    let mut client = enrolled(&fleet_url, &kiosks);
    let (tx, rx) = mpsc::channel();
    let options = ServeOptions {
        database_url: fleet_url.clone(),
        listen: "127.0.0.1:0".parse().expect("address"),
        tls: None,
    };
    std::thread::Builder::new()
        .name("intake".into())
        .spawn(move || {
            serve(&options, |bound, _| tx.send(bound).expect("send")).expect("serves");
        })
        .expect("thread");
    let intake_url = format!("http://{}", rx.recv().expect("bound"));
    let http = CentralClient::new(&intake_url, None).expect("client");
    let started = Instant::now();
    let mut kiosks = kiosks;
    let half = kiosks.len().div_ceil(2);
    let sent: usize = std::thread::scope(|scope| {
        let workers: Vec<_> = kiosks
            .chunks_mut(half)
            .map(|chunk| {
                let http = http.clone();
                std::thread::Builder::new()
                    .name("kiosk-sync".into())
                    .spawn_scoped(scope, move || {
                        chunk
                            .iter_mut()
                            .map(|(_, store)| {
                                let report = sync(store, &http).expect("synced");
                                report.sent_events + report.sent_audit
                            })
                            .sum::<usize>()
                    })
                    .expect("thread")
            })
            .collect();
        workers.into_iter().map(|w| w.join().expect("joined")).sum()
    });
    let took = started.elapsed().as_secs_f64();
    println!(
        "fleet sync over HTTP ({DEVICES} kiosks, 2 at a time, one intake process): {sent} events and audit entries in {took:.2} s = {:.0} /s",
        sent as f64 / took
    );

    // A withdrawal at a kiosk with the background sync running, until the central
    // read model says withdrawn.
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = StorePaths::in_dir(dir.path());
    let mut store = Store::open(&paths, Access::ReadWrite).expect("store");
    for seed in 1..=20 {
        let event = common::signed_draft(seed)
            .sign(&SigningPolicy::default(), SystemClock.now())
            .expect("signs");
        store.commit(&event).expect("commits");
    }
    devices::enrol(
        &mut client,
        "kiosk-withdrawals",
        &public_key_base64(store.public_key()),
        "bench",
    )
    .expect("enrol");
    let status = Arc::new(Mutex::new(SyncStatus::default()));
    background::spawn(
        paths,
        intake_url,
        None,
        Arc::new(SystemClock),
        status.clone(),
    )
    .expect("thread");
    while status.lock().expect("status").last_accepted.is_none() {
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut latencies = Vec::new();
    let consents: Vec<_> = store
        .projection()
        .expect("projection")
        .consents()
        .cloned()
        .collect();
    for consent in consents.iter().take(10) {
        let event = consent
            .withdraw(Withdrawal {
                at: SystemClock.now(),
                confirmed_by: Role::Migrant,
                account_id: None,
            })
            .expect("may withdraw");
        let started = Instant::now();
        store.commit(&event).expect("sealed");
        let id = consent.consent_id.as_str().to_owned();
        loop {
            let state: String = client
                .query_one("SELECT state FROM consents WHERE consent_id = $1", &[&id])
                .expect("row")
                .get(0);
            if state == "withdrawn" {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        latencies.push(started.elapsed().as_secs_f64());
    }
    latencies.sort_by(f64::total_cmp);
    println!(
        "withdrawal at a kiosk → central read model (background sync, 10 withdrawals): p50 {:.2} s, max {:.2} s (target ≤ 2 s)",
        latencies[latencies.len() / 2],
        latencies[latencies.len() - 1]
    );
}

/// A fresh schema at `url` with every kiosk enrolled.
fn enrolled(url: &str, kiosks: &[(tempfile::TempDir, Store)]) -> postgres::Client {
    let mut client = central::connect(url).expect("connects");
    central::schema::migrate(&mut client).expect("schema");
    for (index, (_, store)) in kiosks.iter().enumerate() {
        devices::enrol(
            &mut client,
            &format!("kiosk-{index:02}"),
            &public_key_base64(store.public_key()),
            "bench",
        )
        .expect("enrol");
    }
    client
}

/// A kiosk's whole log as the pushes a sync sends.
fn requests_of(store: &Store) -> Vec<PushRequest> {
    let key = public_key_base64(store.public_key());
    let mut requests = Vec::new();
    let mut after = 0;
    loop {
        let events = store.events_after(after, BATCH).expect("events");
        let Some(last) = events.last() else { break };
        after = last.seq;
        requests.push(PushRequest {
            public_key: key.clone(),
            demo: true,
            events: events.iter().map(WireEvent::from).collect(),
            audit: Vec::new(),
        });
    }
    requests
}

/// Pushes every request, in order.
fn push_all(
    intake: &Intake,
    client: &mut postgres::Client,
    requests: &[Vec<PushRequest>],
    now: consent_kiosk::consent::Timestamp,
) {
    for request in requests.iter().flatten() {
        intake
            .push(client, request, now)
            .expect("database")
            .expect("accepted");
    }
}

fn median(runs: &mut [f64]) -> f64 {
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}
