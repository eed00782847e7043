//! The log read on two connections at once. Reading the encrypted file (each
//! page decrypted and its HMAC checked) and parsing what it holds is most of an
//! export's or a replay's work, so the log is cut into runs of consecutive
//! events, read and folded on two threads with a connection each (the even runs
//! on one, the odd on the other), and each run's result is handed on here in
//! log order. Events are never changed or removed, so every event up to the
//! head this connection sees reads the same on any connection opened after it.

use std::sync::mpsc::sync_channel;

use rusqlite::Connection;

use crate::consent::Timestamp;

use super::{Store, StoreError, unix_millis};

/// Events per run: large enough that a run's query costs nothing beside its
/// rows, small enough that the two threads end together. The library's own
/// tests use short runs, so that their small stores are read in many.
const RUN: i64 = if cfg!(test) { 16 } else { 4_096 };

/// One event as stored, borrowed from the row being read.
#[derive(Debug, Clone, Copy)]
pub struct EventRow<'a> {
    /// Position in the log.
    pub seq: i64,
    /// The canonical JSON body.
    pub body: &'a str,
    /// Hash of the previous event, hex.
    pub prev_hash: &'a str,
    /// SHA-256 of the canonical bytes, hex.
    pub hash: &'a str,
    /// Ed25519 signature, 64 bytes.
    pub signature: &'a [u8; 64],
    /// The consent recorded beside the event when it was committed, when the
    /// reader has it (a central device's events are read without it).
    pub consent_id: Option<&'a str>,
    /// The event's kind as recorded beside it (unsealed: a hint for parsing).
    pub kind: Option<&'a str>,
}

impl EventRow<'_> {
    /// The event owned, as the rest of the store hands events on.
    pub fn to_sealed(&self) -> super::SealedEvent {
        super::SealedEvent {
            seq: self.seq,
            body: self.body.to_owned(),
            prev_hash: self.prev_hash.to_owned(),
            hash: self.hash.to_owned(),
            signature: *self.signature,
        }
    }
}

const SELECT_RUN: &str = "SELECT seq, body, prev_hash, hash, signature, consent_id, kind FROM events \
     WHERE seq BETWEEN ?1 AND ?2 AND recorded_at >= ?3 ORDER BY seq";

impl Store {
    /// Every event up to the head as this connection sees it (from `since`, by
    /// when each happened), read in runs on two connections beside this one at
    /// once. Each run is folded on the thread that read it: `start` makes its
    /// accumulator and `add` takes each of its events in order; `each` then gets
    /// the runs here, in log order. Without the connections beside, every run is
    /// read here.
    pub fn fold_event_runs<A: Send, E: From<StoreError> + Send>(
        &self,
        since: Option<Timestamp>,
        start: impl Fn() -> A + Sync,
        add: impl Fn(&mut A, EventRow<'_>) -> Result<(), E> + Sync,
        mut each: impl FnMut(A) -> Result<(), E>,
    ) -> Result<(), E> {
        const READERS: usize = 2;
        let upto: i64 = self
            .conn
            .query_row("SELECT coalesce(max(seq), 0) FROM events", [], |row| {
                row.get(0)
            })
            .map_err(StoreError::from)?;
        let since = since.map_or(i64::MIN, unix_millis);
        let runs = usize::try_from((upto + RUN - 1) / RUN).unwrap_or(0);
        let fold = |conn: &Connection, run: usize| -> Result<A, E> {
            let first = i64::try_from(run).unwrap_or(i64::MAX) * RUN + 1;
            let last = first.saturating_add(RUN - 1).min(upto);
            fold_run(conn, first, last, since, &start, &add)
        };
        let beside: Vec<Connection> = if runs > 1 {
            (0..READERS)
                .map_while(|_| self.second_reader().ok())
                .collect()
        } else {
            Vec::new()
        };
        if beside.len() < READERS {
            for run in 0..runs {
                each(fold(&self.conn, run)?)?;
            }
            return Ok(());
        }
        std::thread::scope(|scope| {
            let fold = &fold;
            let mut folded_runs = Vec::with_capacity(READERS);
            for (reader, conn) in beside.into_iter().enumerate() {
                // Up to two runs waiting while the other reader's is handed on.
                let (to_here, folded) = sync_channel::<Result<A, E>>(2);
                let spawned = std::thread::Builder::new()
                    .name(format!("read-runs-{reader}"))
                    .spawn_scoped(scope, move || {
                        for run in (reader..runs).step_by(READERS) {
                            let result = fold(&conn, run);
                            let failed = result.is_err();
                            if to_here.send(result).is_err() || failed {
                                return;
                            }
                        }
                    });
                folded_runs.push(spawned.ok().map(|_| folded));
            }
            let result = (|| {
                for run in 0..runs {
                    let result = match folded_runs.get(run % READERS).and_then(Option::as_ref) {
                        Some(folded) => match folded.recv() {
                            Ok(result) => result,
                            // The reader is gone without a word: it panicked,
                            // and its panic is resumed when the scope ends.
                            Err(_) => return Ok(()),
                        },
                        // Its thread could not be started: read here.
                        None => fold(&self.conn, run),
                    };
                    each(result?)?;
                }
                Ok(())
            })();
            // Stops the readers at their next run if this side failed.
            drop(folded_runs);
            result
        })
    }
}

/// The events `first..=last` (from `since`) folded into one accumulator.
fn fold_run<A, E: From<StoreError>>(
    conn: &Connection,
    first: i64,
    last: i64,
    since: i64,
    start: &impl Fn() -> A,
    add: &impl Fn(&mut A, EventRow<'_>) -> Result<(), E>,
) -> Result<A, E> {
    let mut folded = start();
    let mut statement = conn.prepare_cached(SELECT_RUN).map_err(StoreError::from)?;
    let mut rows = statement
        .query(rusqlite::params![first, last, since])
        .map_err(StoreError::from)?;
    while let Some(row) = rows.next().map_err(StoreError::from)? {
        let event = event_row(row)?;
        add(&mut folded, event)?;
    }
    Ok(folded)
}

fn event_row<'a>(row: &'a rusqlite::Row<'_>) -> Result<EventRow<'a>, StoreError> {
    let seq: i64 = row.get(0)?;
    let text = |index: usize| -> Result<&'a str, StoreError> {
        row.get_ref(index)?
            .as_str()
            .map_err(|e| StoreError::Corrupt {
                seq,
                why: e.to_string(),
            })
    };
    let signature = row
        .get_ref(4)?
        .as_blob()
        .ok()
        .and_then(|bytes| <&[u8; 64]>::try_from(bytes).ok())
        .ok_or(StoreError::Corrupt {
            seq,
            why: "its signature is not 64 bytes".into(),
        })?;
    Ok(EventRow {
        seq,
        body: text(1)?,
        prev_hash: text(2)?,
        hash: text(3)?,
        signature,
        consent_id: Some(text(5)?),
        kind: Some(text(6)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Access, StorePaths};

    fn demo_store(dir: &std::path::Path, consents: usize) -> Store {
        let mut store = Store::open(&StorePaths::in_dir(dir), Access::ReadWrite).expect("store");
        crate::demo::add_demo_records(&mut store, consents, 0, Timestamp::now_utc())
            .expect("demo records");
        store
    }

    #[test]
    fn runs_read_beside_come_here_in_log_order() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = demo_store(dir.path(), 40);
        let mut expected = Vec::new();
        store
            .for_each_event(None, |sealed| -> Result<(), StoreError> {
                expected.push((sealed.seq, sealed.hash, sealed.body));
                Ok(())
            })
            .expect("read");
        assert!(expected.len() > 4 * 16, "several runs for each reader");
        let mut runs = Vec::new();
        store
            .fold_event_runs(
                None,
                Vec::new,
                |run: &mut Vec<(i64, String, String)>, row| -> Result<(), StoreError> {
                    assert!(row.kind.is_some() && row.consent_id.is_some());
                    assert_eq!(row.to_sealed().row(None).body, row.body);
                    run.push((row.seq, row.hash.to_owned(), row.body.to_owned()));
                    Ok(())
                },
                |run| {
                    runs.push(run);
                    Ok(())
                },
            )
            .expect("runs");
        assert!(
            runs.iter()
                .all(|run| run.len() == 16 || run == runs.last().unwrap())
        );
        assert_eq!(runs.concat(), expected);

        // From a moment after every event: runs with nothing in them.
        let later = Timestamp::now_utc() + time::Duration::hours(1);
        let mut events = 0;
        store
            .fold_event_runs(
                Some(later),
                || 0,
                |count: &mut usize, _| -> Result<(), StoreError> {
                    *count += 1;
                    Ok(())
                },
                |count| {
                    events += count;
                    Ok(())
                },
            )
            .expect("runs");
        assert_eq!(events, 0);
    }

    #[test]
    fn a_projection_read_beside_a_writer_holds_every_consent_up_to_its_head() {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = StorePaths::in_dir(dir.path());
        let mut writer = demo_store(dir.path(), 60);
        let reader = Store::open_beside_writer(&paths).expect("reader");
        let done = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|scope| {
            scope.spawn(|| {
                // Commits and checkpoints: the file's pages change under any
                // reader that took the file as immutable.
                for _ in 0..15 {
                    crate::demo::add_demo_records(&mut writer, 20, 20, Timestamp::now_utc())
                        .expect("demo records");
                    writer
                        .conn
                        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
                        .expect("checkpoint");
                }
                done.store(true, std::sync::atomic::Ordering::SeqCst);
            });
            let mut looked = 0;
            while !done.load(std::sync::atomic::Ordering::SeqCst) || looked == 0 {
                let _snapshot = reader.read_snapshot().expect("snapshot");
                let consents = reader.consent_count().expect("count");
                let projection = reader.projection().expect("projection");
                assert_eq!(projection.len(), consents);
                looked += 1;
            }
        });
        assert_eq!(writer.consent_count().expect("count"), 360);
        assert_eq!(reader.projection().expect("projection").len(), 360);
    }

    #[test]
    fn an_exports_projection_is_the_projection_without_the_words_shown() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = demo_store(dir.path(), 120);
        let full = store.projection().expect("projection");
        let lean = store.projection_for_export().expect("projection");
        assert_eq!(full.len(), lean.len());
        let mut words = 0;
        for (full, lean) in full.consents().zip(lean.consents()) {
            let mut without = full.clone();
            for record in std::iter::once(&mut without.record).chain(&mut without.earlier_records) {
                words += record.shown_text.len();
                record.shown_text.clear();
            }
            assert_eq!(&without, lean);
        }
        assert!(words > 120, "the demo records show words at every step");
    }

    #[test]
    fn a_run_that_fails_stops_the_read_after_the_runs_before_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = demo_store(dir.path(), 40);
        // In a run read on each reader: the even runs' and the odd runs'.
        for failing in [40, 60] {
            let mut handed = Vec::new();
            let result = store.fold_event_runs(
                None,
                Vec::new,
                |run: &mut Vec<i64>, row| {
                    if row.seq == failing {
                        return Err(StoreError::Corrupt {
                            seq: row.seq,
                            why: "planted".into(),
                        });
                    }
                    run.push(row.seq);
                    Ok(())
                },
                |run| {
                    handed.extend(run);
                    Ok(())
                },
            );
            assert!(
                matches!(result, Err(StoreError::Corrupt { seq, .. }) if seq == failing),
                "{result:?}"
            );
            // Every run before the failing one, and nothing after.
            let run_start = (failing - 1) / 16 * 16;
            assert_eq!(handed, (1..=run_start).collect::<Vec<_>>());
        }
        // A failure here, after a run: the readers stop, nothing else comes.
        let mut runs = 0;
        let result = store.fold_event_runs(
            None,
            || (),
            |(), _| Ok::<(), StoreError>(()),
            |()| {
                runs += 1;
                if runs == 3 {
                    return Err(StoreError::ReadOnly);
                }
                Ok(())
            },
        );
        assert!(matches!(result, Err(StoreError::ReadOnly)), "{result:?}");
        assert_eq!(runs, 3);
    }
}
