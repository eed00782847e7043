//! The encrypted, append-only, sealed event store.
//!
//! One narrow type, [`Store`]: open, commit events, read them back. The database
//! is SQLCipher (nothing readable in its bytes), events are never updated or
//! deleted (triggers refuse it), and every event is sealed (see [`seal`]). The
//! current state of each consent is a [`Projection`] rebuilt from the events.

mod accounts;
mod audit;
pub mod backup;
pub mod chain;
mod error;
mod format;
pub mod keys;
pub(crate) mod overlap;
mod paths;
mod projection;
mod runs;
mod schema;
pub mod seal;
mod summary;
mod verify;

use std::collections::HashMap;
use std::fs::{self, File};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use ed25519_dalek::VerifyingKey;
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, params};

use crate::consent::{Consent, ConsentEvent, ConsentId, ReferenceCode, RuleViolation, Timestamp};

pub use accounts::{
    Account, AccountError, FIRST_WAIT_SECONDS, FREE_TRIES, LONGEST_WAIT_SECONDS, MIN_SECRET_CHARS,
};
pub use audit::OpenConcern;
pub use error::StoreError;
pub use format::PageFormat;
pub use keys::{DatabaseKey, DeviceKey};
pub use overlap::ReadAheadError;
pub use paths::{DATA_DIR_ENV, StorePaths};
pub use projection::Projection;
pub(crate) use projection::drop_shown_words;
pub use runs::EventRow;
pub use seal::{GENESIS_HASH, SealError, SealedEvent};
pub use summary::ConsentSummary;
pub use verify::{Broken, VerifyReport};

/// How a store is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The kiosk and the commands that add events: one such process at a time.
    ReadWrite,
    /// `verify` and `export`: never writes, needs no signing key.
    ReadOnly,
}

/// The last sealed event: what the next one chains to.
#[derive(Debug, Clone)]
struct Head {
    seq: i64,
    hash: String,
}

impl Head {
    fn genesis() -> Self {
        Self {
            seq: 0,
            hash: GENESIS_HASH.to_owned(),
        }
    }

    /// The last entry of a sealed chain (`events` or `audit`); genesis when empty
    /// or when the table does not exist yet (a store opened read-only before migrating).
    fn read(conn: &Connection, table: &str) -> Result<Self, StoreError> {
        if !table_exists(conn, table)? {
            return Ok(Self::genesis());
        }
        let sql = format!("SELECT seq, hash FROM {table} ORDER BY seq DESC LIMIT 1");
        Ok(conn
            .query_row(&sql, [], |row| {
                Ok(Head {
                    seq: row.get(0)?,
                    hash: row.get(1)?,
                })
            })
            .optional()?
            .unwrap_or_else(Self::genesis))
    }
}

/// An open consent store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    /// How the file's pages are laid out and authenticated.
    format: PageFormat,
    paths: StorePaths,
    device_key: Option<DeviceKey>,
    public_key: VerifyingKey,
    head: Head,
    /// The last audit entry: the audit log is a chain of its own.
    audit_head: Head,
    demo: bool,
    /// Held for the life of the store: a second writer gets [`StoreError::InUse`].
    /// A reader of a store whose lock file is absent (a read-only copy) holds none.
    _lock: Option<File>,
    /// A writer may commit while this store reads (it is the writer, or reads
    /// beside one): connections opened beside it then read through the
    /// write-ahead log under SQLite's locks, never the file as immutable, whose
    /// pages a checkpoint could rewrite under them.
    writer_beside: bool,
}

/// A read transaction held open by [`Store::read_snapshot`]; ended (nothing
/// written) when dropped.
#[derive(Debug)]
pub struct ReadSnapshot<'a> {
    _transaction: rusqlite::Transaction<'a>,
}

const SELECT_SEALED: &str = "SELECT seq, body, prev_hash, hash, signature FROM events";

impl Store {
    /// Opens the store in `paths`, creating it (and its keys) on first use.
    ///
    /// An existing database is never given new keys: a missing or wrong key is an
    /// error and nothing is written. A new database is built beside the real one and
    /// moved into place only once complete, so an interrupted first run leaves no
    /// half-made store behind; one left by an older version (no schema, so no
    /// records) is made anew.
    pub fn open(paths: &StorePaths, access: Access) -> Result<Self, StoreError> {
        Self::open_unnamed(paths, access).map_err(|error| name_damaged_pages(paths, error))
    }

    fn open_unnamed(paths: &StorePaths, access: Access) -> Result<Self, StoreError> {
        let database = paths.database();
        let exists = database.exists();
        if access == Access::ReadOnly && !exists {
            return Err(StoreError::NoStore {
                path: paths.dir.clone(),
            });
        }
        if !paths.dir.exists() {
            fs::create_dir_all(&paths.dir).map_err(|e| StoreError::io(&paths.dir, e))?;
            fs::set_permissions(&paths.dir, fs::Permissions::from_mode(0o700))
                .map_err(|e| StoreError::io(&paths.dir, e))?;
        }
        let lock = take_lock(paths, access)?;
        if access == Access::ReadWrite {
            remove_building(paths)?;
        }

        let database_key = match DatabaseKey::from_env()? {
            Some(key) => key,
            None if exists || paths.database_key().exists() => {
                DatabaseKey::load(&paths.database_key())?
            }
            None => DatabaseKey::create(&paths.database_key())?,
        };

        let (mut conn, format) = if exists {
            let (conn, format) = connect(paths, &database_key, access)?;
            match examine(&conn, &database)? {
                Found::Store if format == PageFormat::Legacy && access == Access::ReadWrite => {
                    convert(paths, conn, &database_key)?;
                    connect(paths, &database_key, access)?
                }
                Found::Store => (conn, format),
                Found::Unfinished if access == Access::ReadWrite => {
                    drop(conn);
                    // Nothing in it: no tables, so no records. Made anew from the start.
                    for file in [paths.database(), paths.wal(), paths.shm()] {
                        remove_if_present(&file)?;
                    }
                    let device_key = load_or_create_device_key(paths)?;
                    create(paths, &database_key, &device_key)?;
                    connect(paths, &database_key, access)?
                }
                Found::Unfinished => return Err(StoreError::Unfinished { path: database }),
            }
        } else {
            let device_key = load_or_create_device_key(paths)?;
            create(paths, &database_key, &device_key)?;
            connect(paths, &database_key, access)?
        };
        drop(database_key);

        // The device key is read only once the database is known to be ours.
        let device_key = match access {
            Access::ReadOnly => None,
            Access::ReadWrite => Some(DeviceKey::load(&paths.device_key())?),
        };
        let user_version: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if access == Access::ReadWrite {
            let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
            debug_assert_eq!(mode, "wal");
            conn.pragma_update(None, "synchronous", "FULL")?;
            schema::migrate(&mut conn)?;
        } else if user_version > schema::LATEST_VERSION {
            return Err(StoreError::NewerSchema {
                found: user_version,
                supported: schema::LATEST_VERSION,
            });
        }

        let stored_public_key = read_meta(&conn, "device_public_key")?;
        let public_key = match (&device_key, stored_public_key) {
            (Some(device), Some(stored)) => {
                if keys::public_key_base64(&device.public_key()) != stored {
                    return Err(StoreError::DeviceKeyMismatch);
                }
                device.public_key()
            }
            (Some(device), None) => {
                let public = keys::public_key_base64(&device.public_key());
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('device_public_key', ?1)",
                    [public],
                )?;
                device.public_key()
            }
            (None, Some(stored)) => {
                keys::parse_public_key(&stored).ok_or(StoreError::NotAConsentStore {
                    path: database.clone(),
                })?
            }
            (None, None) => return Err(StoreError::NotAConsentStore { path: database }),
        };

        let head = Head::read(&conn, "events")?;
        let audit_head = Head::read(&conn, "audit")?;
        let demo = read_meta(&conn, "purpose")?.as_deref() == Some("demo");
        Ok(Self {
            conn,
            format,
            paths: paths.clone(),
            device_key,
            public_key,
            head,
            audit_head,
            demo,
            _lock: lock,
            writer_beside: access == Access::ReadWrite,
        })
    }

    /// Opens the store read-only beside its writer in the same process (the kiosk's
    /// own), taking no lock: for a background reader, such as the central sync, that
    /// must neither wait for the kiosk nor hold it up. In WAL mode a reader never
    /// blocks the writer. [`Store::refresh`] sees events committed since.
    pub fn open_beside_writer(paths: &StorePaths) -> Result<Self, StoreError> {
        let database = paths.database();
        let (conn, format) = open_keyed(&database, &DatabaseKey::of_store(paths)?)?;
        let public_key = read_meta(&conn, "device_public_key")?
            .and_then(|stored| keys::parse_public_key(&stored))
            .ok_or(StoreError::NotAConsentStore {
                path: database.clone(),
            })?;
        let head = Head::read(&conn, "events")?;
        let audit_head = Head::read(&conn, "audit")?;
        let demo = read_meta(&conn, "purpose")?.as_deref() == Some("demo");
        Ok(Self {
            conn,
            format,
            paths: paths.clone(),
            device_key: None,
            public_key,
            head,
            audit_head,
            demo,
            _lock: None,
            writer_beside: true,
        })
    }

    /// How the database file's pages are laid out and authenticated.
    pub fn page_format(&self) -> PageFormat {
        self.format
    }

    /// Reads the heads of both chains again (a reader beside a writer).
    pub fn refresh(&mut self) -> Result<(), StoreError> {
        self.head = Head::read(&self.conn, "events")?;
        self.audit_head = Head::read(&self.conn, "audit")?;
        self.demo = read_meta(&self.conn, "purpose")?.as_deref() == Some("demo");
        Ok(())
    }

    /// Where the store lives.
    pub fn paths(&self) -> &StorePaths {
        &self.paths
    }

    /// The device public key that checks every seal.
    pub fn public_key(&self) -> &VerifyingKey {
        &self.public_key
    }

    /// Number of events in the log.
    pub fn event_count(&self) -> i64 {
        self.head.seq
    }

    /// Whether this store holds demo records only.
    pub fn is_demo(&self) -> bool {
        self.demo
    }

    /// Declares the store a demo store; refused when it already holds real records.
    /// From then on only demo records are added to it (see [`crate::demo`]); every
    /// other commit is refused, so real consents never join fictional ones.
    pub fn mark_demo(&mut self) -> Result<(), StoreError> {
        if self.demo {
            return Ok(());
        }
        if self.head.seq > 0 {
            return Err(StoreError::NotADemoStore);
        }
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('purpose', 'demo')",
            [],
        )?;
        self.demo = true;
        Ok(())
    }

    /// Seals and stores one event, after checking it against the consent's history.
    ///
    /// On any error nothing is stored, and the caller still holds what it passed in.
    pub fn commit(&mut self, event: &ConsentEvent) -> Result<SealedEvent, StoreError> {
        let mut sealed = self.commit_all(std::slice::from_ref(event))?;
        sealed.pop().ok_or(StoreError::Corrupt {
            seq: self.head.seq,
            why: "commit returned nothing".into(),
        })
    }

    /// Like [`Store::commit`], but refused with [`StoreError::Conflict`] when the
    /// consent has changed since it was read with `seen_events` events: two
    /// counsellors acting on one consent never overwrite each other's view.
    pub fn commit_expecting(
        &mut self,
        event: &ConsentEvent,
        seen_events: usize,
    ) -> Result<SealedEvent, StoreError> {
        let now_events = replay_consent(&self.conn, event.consent_id())?
            .map_or(0, |consent| consent.event_count);
        if now_events != seen_events {
            return Err(StoreError::Conflict);
        }
        self.commit(event)
    }

    /// Every consent as the dashboard lists it, brought up to date first.
    pub fn dashboard(&mut self) -> Result<Vec<ConsentSummary>, StoreError> {
        summary::catch_up(self)?;
        summary::read_all(&self.conn)
    }

    /// Each consent that lets data leave the centre, and from when it may
    /// (RFC 3339; `None`: not yet), as the log stands, without writing (a read-only store
    /// can answer): the console's summary, with the consents changed since it
    /// was brought up to date replayed in memory. `None` when so many changed
    /// that replaying the whole log ([`Store::projection`]) is quicker.
    pub fn sharing_now(&self) -> Result<Option<HashMap<String, Option<String>>>, StoreError> {
        summary::sharing_now(&self.conn)
    }

    /// One read of the file: until the snapshot is dropped, every read through
    /// this store sees the file as it was at the first of them, whatever a
    /// writer beside it adds (so an export's parts agree with each other).
    pub fn read_snapshot(&self) -> Result<ReadSnapshot<'_>, StoreError> {
        Ok(ReadSnapshot {
            _transaction: self.conn.unchecked_transaction()?,
        })
    }

    /// The consent with this internal id, if there is one.
    pub fn consent(&self, consent_id: &ConsentId) -> Result<Option<Consent>, StoreError> {
        load_consent(&self.conn, consent_id)
    }

    /// Suspensions declared in the console and not lifted since, oldest first
    /// (the content's own come from `content/`): with the content's, the
    /// effective policy, worked out again at start-up and on every reload.
    pub fn console_suspensions(&self) -> Result<Vec<crate::consent::Suspension>, StoreError> {
        let mut active: Vec<crate::consent::Suspension> = Vec::new();
        for entry in self.audit_log()? {
            match entry {
                crate::consent::AuditEvent::DestinationSuspended {
                    destination,
                    reason,
                    at,
                    ..
                } => {
                    // Suspended again: the newer reason and date stand.
                    active.retain(|s| s.destination != destination);
                    active.push(crate::consent::Suspension {
                        destination,
                        since: at,
                        reason,
                    });
                }
                crate::consent::AuditEvent::SuspensionLifted { destination, .. } => {
                    active.retain(|s| s.destination != destination);
                }
                _ => {}
            }
        }
        Ok(active)
    }

    /// Seals and stores several events in one transaction: all or none.
    ///
    /// Refused on a demo store: real consents are never mixed with fictional ones.
    pub fn commit_all(&mut self, events: &[ConsentEvent]) -> Result<Vec<SealedEvent>, StoreError> {
        if self.demo {
            return Err(StoreError::DemoStore);
        }
        self.seal_and_store(events)
    }

    /// Demo records only, on a store marked as a demo store by [`Store::mark_demo`].
    pub(crate) fn commit_demo(
        &mut self,
        events: &[ConsentEvent],
    ) -> Result<Vec<SealedEvent>, StoreError> {
        if !self.demo {
            return Err(StoreError::NotADemoStore);
        }
        self.seal_and_store(events)
    }

    fn seal_and_store(&mut self, events: &[ConsentEvent]) -> Result<Vec<SealedEvent>, StoreError> {
        let key = self.device_key.as_ref().ok_or(StoreError::ReadOnly)?;
        let tx = self.conn.transaction()?;
        let mut touched: HashMap<ConsentId, Consent> = HashMap::new();
        let mut head = self.head.clone();
        let mut sealed_events = Vec::with_capacity(events.len());
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO events (seq, consent_id, reference, kind, recorded_at, body, prev_hash, hash, signature)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for event in events {
                check_against_history(&tx, &mut touched, event)?;
                let body = seal::canonical_body(event)?;
                let sealed = SealedEvent::seal(head.seq + 1, body, &head.hash, key);
                let reference = match event {
                    ConsentEvent::Signed { reference, .. }
                    | ConsentEvent::Declined { reference, .. } => Some(reference.compact()),
                    _ => None,
                };
                if let Some(household) = household_named(event) {
                    tx.prepare_cached(
                        "INSERT OR IGNORE INTO household_members (household, consent_id) VALUES (?1, ?2)",
                    )?
                    .execute(params![household, event.consent_id().as_str()])?;
                }
                insert.execute(params![
                    sealed.seq,
                    event.consent_id().as_str(),
                    reference,
                    event.kind(),
                    unix_millis(event.at()),
                    sealed.body,
                    sealed.prev_hash,
                    sealed.hash,
                    &sealed.signature[..],
                ])?;
                head = Head {
                    seq: sealed.seq,
                    hash: sealed.hash.clone(),
                };
                sealed_events.push(sealed);
            }
        }
        tx.commit()?;
        self.head = head;
        Ok(sealed_events)
    }

    /// Every event, in order, from `since` (by the time each event happened) or from the start.
    pub fn for_each_event<E: From<StoreError>>(
        &self,
        since: Option<Timestamp>,
        mut each: impl FnMut(SealedEvent) -> Result<(), E>,
    ) -> Result<(), E> {
        let sql = format!("{SELECT_SEALED} WHERE recorded_at >= ?1 ORDER BY seq");
        let mut statement = self.conn.prepare(&sql).map_err(StoreError::from)?;
        let mut rows = statement
            .query([since.map_or(i64::MIN, unix_millis)])
            .map_err(StoreError::from)?;
        while let Some(row) = rows.next().map_err(StoreError::from)? {
            each(sealed_from_row(row)?)?;
        }
        Ok(())
    }

    /// Every event in order, in batches of up to `batch` (for checks that work in parallel).
    pub fn for_each_batch(
        &self,
        batch: usize,
        mut each: impl FnMut(Vec<SealedEvent>) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut statement = self
            .conn
            .prepare(&format!("{SELECT_SEALED} ORDER BY seq"))?;
        let mut rows = statement.query([])?;
        let mut pending = Vec::with_capacity(batch);
        while let Some(row) = rows.next()? {
            pending.push(sealed_from_row(row)?);
            if pending.len() == batch {
                each(std::mem::replace(&mut pending, Vec::with_capacity(batch)))?;
            }
        }
        if !pending.is_empty() {
            each(pending)?;
        }
        Ok(())
    }

    /// Up to `limit` consent events after `seq`, in order (what a sync sends next).
    pub fn events_after(&self, seq: i64, limit: usize) -> Result<Vec<SealedEvent>, StoreError> {
        sealed_after(&self.conn, "events", seq, limit)
    }

    /// Up to `limit` audit entries after `seq`, in order.
    pub fn audit_after(&self, seq: i64, limit: usize) -> Result<Vec<SealedEvent>, StoreError> {
        if !table_exists(&self.conn, "audit")? {
            return Ok(Vec::new());
        }
        sealed_after(&self.conn, "audit", seq, limit)
    }

    /// How many consents the log holds (each begins with the one event that
    /// carries its reference code).
    pub fn consent_count(&self) -> Result<usize, StoreError> {
        let count: i64 = self.conn.query_row(
            "SELECT count(*) FROM events WHERE reference IS NOT NULL",
            [],
            |row| row.get(0),
        )?;
        Ok(usize::try_from(count).unwrap_or_default())
    }

    /// The number of audit entries.
    pub fn audit_count(&self) -> i64 {
        self.audit_head.seq
    }

    /// Every event in order, in batches of up to `batch`, each batch first given to
    /// `prepare` on a worker thread (which may use every core) while this thread
    /// reads the next one; `each` then takes the prepared batches here, in order.
    pub(crate) fn for_each_prepared<T: Send>(
        &self,
        batch: usize,
        prepare: impl Fn(Vec<SealedEvent>) -> T + Sync,
        each: impl FnMut(T) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        overlap::overlapped(|feed| self.for_each_batch(batch, feed), prepare, each)
    }

    /// The current state of every consent, rebuilt from the events.
    pub fn projection(&self) -> Result<Projection, StoreError> {
        self.replay(Words::Kept, false, |_, _| {})
    }

    /// [`Store::projection`] for an export: every record without the words its
    /// steps showed, which no export writes (they stay in the log). Those words
    /// are most of a record, so the projection of a large store takes far less
    /// memory, and time to fill and free.
    pub fn projection_for_export(&self) -> Result<Projection, StoreError> {
        self.replay(Words::Dropped, false, |_, _| {})
    }

    /// [`Store::projection_for_export`], handing each batch of events on to
    /// `pass` once it is applied, with the consent each event names: for a
    /// caller that needs the events too and would otherwise read them out of the
    /// database a second time.
    pub fn projection_passing(
        &self,
        pass: impl FnMut(Vec<SealedEvent>, Vec<String>),
    ) -> Result<Projection, StoreError> {
        self.replay(Words::Dropped, true, pass)
    }

    fn replay(
        &self,
        words: Words,
        passing: bool,
        mut pass: impl FnMut(Vec<SealedEvent>, Vec<String>),
    ) -> Result<Projection, StoreError> {
        /// A run of events read and parsed on a reader's thread: each one's
        /// place in the log and its event (or why not), and the events
        /// themselves when they are passed on.
        #[derive(Default)]
        struct Run {
            seqs: Vec<i64>,
            parsed: Vec<Result<ConsentEvent, StoreError>>,
            sealed: Vec<SealedEvent>,
        }
        let mut projection = Projection::default();
        self.fold_event_runs(
            None,
            Run::default,
            |run: &mut Run, row| -> Result<(), StoreError> {
                let mut parsed = match row.kind {
                    Some(kind) => ConsentEvent::from_json_of_kind(row.body, kind),
                    None => ConsentEvent::from_json(row.body),
                };
                if words == Words::Dropped
                    && let Ok(event) = &mut parsed
                {
                    projection::drop_shown_words(event);
                }
                let parsed = parsed.map_err(|e| StoreError::Corrupt {
                    seq: row.seq,
                    why: e.to_string(),
                });
                run.seqs.push(row.seq);
                run.parsed.push(parsed);
                if passing {
                    run.sealed.push(row.to_sealed());
                }
                Ok(())
            },
            |run| {
                let owners = if passing {
                    projection::owners(&run.parsed)
                } else {
                    Vec::new()
                };
                for (seq, event) in run.seqs.into_iter().zip(run.parsed) {
                    projection.apply(seq, event?)?;
                }
                if passing {
                    pass(run.sealed, owners);
                }
                Ok(())
            },
        )?;
        Ok(projection)
    }

    /// The consent with this reference code, if there is one.
    pub fn find_by_reference(
        &self,
        reference: &ReferenceCode,
    ) -> Result<Option<Consent>, StoreError> {
        let consent_id: Option<String> = self
            .conn
            .query_row(
                "SELECT consent_id FROM events WHERE reference = ?1 LIMIT 1",
                [reference.compact()],
                |row| row.get(0),
            )
            .optional()?;
        match consent_id {
            Some(id) => load_consent(&self.conn, &ConsentId::from_stored(id)),
            None => Ok(None),
        }
    }

    /// Another read-only connection to this store's database, its key read again
    /// as [`Store::open`] reads it (the store keeps none in memory): for a check
    /// that reads the whole file beside another.
    fn second_reader(&self) -> Result<Connection, StoreError> {
        let key = DatabaseKey::of_store(&self.paths)?;
        if self.writer_beside {
            return open_keyed(&self.paths.database(), &key).map(|(conn, _)| conn);
        }
        connect(&self.paths, &key, Access::ReadOnly).map(|(conn, _)| conn)
    }

    /// Checks the whole log: chain, hashes, signatures and the rules of every transition.
    pub fn verify(&self, now: Timestamp) -> Result<VerifyReport, StoreError> {
        verify::verify(self, now, None)
    }

    /// Like [`Store::verify`], but every seal is checked with `public_key`, known from
    /// elsewhere, rather than with the key stored in the database.
    pub fn verify_with_key(
        &self,
        now: Timestamp,
        public_key: &VerifyingKey,
    ) -> Result<VerifyReport, StoreError> {
        verify::verify(self, now, Some(public_key))
    }

    /// Refuses to grow the database beyond its present size, so tests can meet a full disk.
    #[doc(hidden)]
    pub fn simulate_full_disk(&self) -> Result<(), StoreError> {
        let pages: i64 = self
            .conn
            .query_row("PRAGMA page_count", [], |row| row.get(0))?;
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))?;
        Ok(())
    }
}

fn take_lock(paths: &StorePaths, access: Access) -> Result<Option<File>, StoreError> {
    let path = paths.lock();
    let opened = match access {
        Access::ReadWrite => fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path),
        // A reader never creates the lock file, so a read-only copy (a backup) can be
        // read where nothing can be written; every writer makes the file, so its absence
        // means no writer has ever used this folder.
        Access::ReadOnly => match File::open(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            other => other,
        },
    };
    let file = opened.map_err(|e| StoreError::io(&path, e))?;
    let locked = match access {
        Access::ReadWrite => file.try_lock(),
        Access::ReadOnly => file.try_lock_shared(),
    };
    match locked {
        Ok(()) => Ok(Some(file)),
        Err(fs::TryLockError::WouldBlock) => Err(StoreError::InUse {
            path: paths.dir.clone(),
        }),
        Err(fs::TryLockError::Error(e)) => Err(StoreError::io(&path, e)),
    }
}

/// What an existing database file turned out to be.
enum Found {
    /// A consent store.
    Store,
    /// Left by an interrupted first run of an older version: readable with our key,
    /// but no schema at all, so no records.
    Unfinished,
}

fn examine(conn: &Connection, database: &Path) -> Result<Found, StoreError> {
    let application_id: i32 = conn.query_row("PRAGMA application_id", [], |row| row.get(0))?;
    let user_version: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if application_id == schema::APPLICATION_ID && user_version > 0 {
        return Ok(Found::Store);
    }
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get(0))?;
    if user_version == 0 && tables == 0 {
        Ok(Found::Unfinished)
    } else {
        Err(StoreError::NotAConsentStore {
            path: database.to_path_buf(),
        })
    }
}

/// Opens the existing database with its key, proves the key fits and finds the
/// file's page format.
fn connect(
    paths: &StorePaths,
    key: &DatabaseKey,
    access: Access,
) -> Result<(Connection, PageFormat), StoreError> {
    let database = paths.database();
    let open = || match access {
        Access::ReadWrite => Ok(Connection::open_with_flags(
            &database,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?),
        Access::ReadOnly => open_read_only(paths),
    };
    if let Some(found) = PageFormat::detect(key, open)? {
        return Ok(found);
    }
    // The first page did not decrypt in any format. With a wrong key (or a foreign
    // file) no page does; when some pages do, the key fits and the file is damaged.
    for format in PageFormat::ALL {
        let conn = open()?;
        format.unlock(&conn, key)?;
        if let Some(what) = partly_damaged(&conn, format, &database) {
            return Err(StoreError::Damaged { what });
        }
    }
    Err(StoreError::WrongKeyOrNotAStore { path: database })
}

/// Opens `database` read-only with `key`, taking no lock: checks the key fits and
/// finds the file's page format. Beside a running writer, in WAL mode, a reader
/// waits only for a checkpoint, and the kiosk's commits are short.
pub(crate) fn open_keyed(
    database: &Path,
    key: &DatabaseKey,
) -> Result<(Connection, PageFormat), StoreError> {
    let open = || {
        Connection::open_with_flags(
            database,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
    };
    let (conn, format) =
        PageFormat::detect(key, open)?.ok_or_else(|| StoreError::WrongKeyOrNotAStore {
            path: database.to_path_buf(),
        })?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    Ok((conn, format))
}

/// Read-only: a clean store (no write-ahead log) is read as immutable, which creates
/// no `-wal` or `-shm` file, so a copy can be read where nothing can be written. The
/// shared lock keeps writers out meanwhile. A log left by a writer that stopped
/// abruptly holds committed events, so then SQLite reads it the usual way.
fn open_read_only(paths: &StorePaths) -> Result<Connection, StoreError> {
    let database = paths.database();
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let wal_len = fs::metadata(paths.wal()).map_or(0, |m| m.len());
    if wal_len > 0 {
        return Ok(Connection::open_with_flags(&database, flags)?);
    }
    let uri = format!("file:{}?immutable=1", uri_path(&database));
    Ok(Connection::open_with_flags(
        uri,
        flags | OpenFlags::SQLITE_OPEN_URI,
    )?)
}

/// A path percent-encoded for an SQLite `file:` URI.
fn uri_path(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut uri = String::new();
    for &byte in path.as_os_str().as_bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

/// The pages that fail their check, when some do and others do not.
fn partly_damaged(conn: &Connection, format: PageFormat, database: &Path) -> Option<String> {
    let problems = page_problems(conn).ok()?;
    let len = fs::metadata(database).ok()?.len();
    let pages = len.checked_div(format.page_size())?;
    let failed = u64::try_from(problems.len()).ok()?;
    (failed > 0 && failed < pages).then(|| summarise(&problems))
}

/// A store found damaged while it opened, with the pages that fail their check
/// named where SQLite's own message ("malformed") does not say where.
fn name_damaged_pages(paths: &StorePaths, error: StoreError) -> StoreError {
    let StoreError::Damaged { what } = &error else {
        return error;
    };
    if what.contains("page") {
        return error;
    }
    let named = (|| {
        let key = DatabaseKey::of_store(paths).ok()?;
        let (conn, _) = open_keyed(&paths.database(), &key).ok()?;
        let problems = page_problems(&conn).ok()?;
        (!problems.is_empty()).then(|| summarise(&problems))
    })();
    match named {
        Some(what) => StoreError::Damaged { what },
        None => error,
    }
}

/// Every page's HMAC (SQLCipher) checked: a list of what fails, empty when all pass.
fn page_problems(conn: &Connection) -> Result<Vec<String>, rusqlite::Error> {
    let mut statement = conn.prepare("PRAGMA cipher_integrity_check")?;
    let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
    rows.collect()
}

/// What is damaged, if anything: the structure first, then (when that fails) every
/// page's HMAC, so the damaged pages are named. A check that cannot even run is
/// itself a sign of damage, and is named as such.
///
/// SQLCipher checks a page's HMAC whenever it reads it, and `quick_check` reads every
/// page of every table and index: on an intact store that one pass stands for both
/// checks. Free pages are read by neither, so a store that has some is checked page
/// by page as well. (`integrity_check` would also compare every index with its
/// table, at twice the cost; with every page authenticated, only a fault in SQLite
/// itself could make them differ.)
fn damaged_pages(conn: &Connection) -> Vec<String> {
    let structure = structure_problems(conn);
    let free_pages: i64 = conn
        .query_row("PRAGMA freelist_count", [], |row| row.get(0))
        .unwrap_or(1);
    if structure.is_empty() && free_pages == 0 {
        return Vec::new();
    }
    let problems = match page_problems(conn) {
        Ok(pages) if !pages.is_empty() => pages,
        Ok(_) => structure,
        Err(error) if structure.is_empty() => vec![error.to_string()],
        Err(_) => structure,
    };
    if problems.is_empty() {
        Vec::new()
    } else {
        vec![summarise(&problems)]
    }
}

/// SQLite's own structural check; "ok" alone when sound.
fn structure_problems(conn: &Connection) -> Vec<String> {
    let rows: Result<Vec<String>, rusqlite::Error> =
        conn.prepare("PRAGMA quick_check")
            .and_then(|mut statement| {
                statement
                    .query_map([], |row| row.get::<_, String>(0))
                    .and_then(|rows| rows.collect())
            });
    match rows {
        Ok(rows) if rows.iter().all(|row| row == "ok") => Vec::new(),
        Ok(rows) => rows
            .iter()
            .flat_map(|row| row.lines())
            .filter(|line| !line.starts_with("***"))
            .map(str::to_owned)
            .collect(),
        Err(error) => vec![error.to_string()],
    }
}

/// A few problems named, the rest counted: a disk failure can damage thousands of pages.
fn summarise(problems: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = problems
        .iter()
        .take(SHOWN)
        .map(|p| p.trim().to_owned())
        .collect::<Vec<_>>()
        .join("; ");
    if problems.len() > SHOWN {
        text.push_str(&format!("; and {} more", problems.len() - SHOWN));
    }
    text
}

fn load_or_create_device_key(paths: &StorePaths) -> Result<DeviceKey, StoreError> {
    if paths.device_key().exists() {
        DeviceKey::load(&paths.device_key())
    } else {
        DeviceKey::create(&paths.device_key())
    }
}

/// Builds a new database beside the real one and moves it into place only when its
/// schema and public key are written, so an interrupted first run (a full disk, a
/// power cut) leaves no half-made store: the next run simply builds it again.
fn create(
    paths: &StorePaths,
    database_key: &DatabaseKey,
    device_key: &DeviceKey,
) -> Result<(), StoreError> {
    let building = paths.building();
    remove_building(paths)?;
    let built = build(&building, database_key, device_key);
    move_into_place(paths, built, &[])
}

/// Moves the database built as `consent.db-new` over `consent.db` once `built` has
/// succeeded: synced, the `stale` files removed, renamed, the folder synced. On
/// any failure the copy is removed (best effort: the next writer removes it anyway).
fn move_into_place(
    paths: &StorePaths,
    built: Result<(), StoreError>,
    stale: &[std::path::PathBuf],
) -> Result<(), StoreError> {
    let building = paths.building();
    let moved = built.and_then(|()| {
        sync_path(&building)?;
        for file in stale {
            remove_if_present(file)?;
        }
        fs::rename(&building, paths.database()).map_err(|e| StoreError::io(&building, e))?;
        sync_path(&paths.dir)
    });
    if moved.is_err() {
        let _ = remove_building(paths);
    }
    moved
}

fn build(
    path: &Path,
    database_key: &DatabaseKey,
    device_key: &DeviceKey,
) -> Result<(), StoreError> {
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    PageFormat::Current.unlock(&conn, database_key)?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    schema::migrate(&mut conn)?;
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('device_public_key', ?1)",
        [keys::public_key_base64(&device_key.public_key())],
    )?;
    conn.close().map_err(|(_, e)| StoreError::from(e))
}

/// Rewrites a store of the legacy page format in the current one. The copy is
/// built beside the store and moved into place, as a new store is, so an
/// interruption leaves the old file whole (and the next writer converts again).
fn convert(paths: &StorePaths, conn: Connection, key: &DatabaseKey) -> Result<(), StoreError> {
    let building = paths.building();
    remove_building(paths)?;
    let name = building.to_str().ok_or_else(|| {
        StoreError::io(
            &building,
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "the path is not UTF-8"),
        )
    })?;
    let copied = (|| -> Result<(), StoreError> {
        // The log's events go into the file first: the old log must not outlive it.
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        // The store's connection may not create files; the copy's is made here, empty.
        File::create(&building).map_err(|e| StoreError::io(&building, e))?;
        conn.execute(
            "ATTACH DATABASE ?1 AS converted KEY ?2",
            params![name, &*key.pragma_value()],
        )?;
        conn.execute_batch(&PageFormat::Current.pragmas_for("converted"))?;
        conn.query_row("SELECT sqlcipher_export('converted')", [], |_| Ok(()))?;
        let application_id: i32 =
            conn.query_row("PRAGMA main.application_id", [], |row| row.get(0))?;
        let user_version: i32 = conn.query_row("PRAGMA main.user_version", [], |row| row.get(0))?;
        conn.execute_batch(&format!(
            "PRAGMA converted.application_id = {application_id};
             PRAGMA converted.user_version = {user_version};
             DETACH DATABASE converted;"
        ))?;
        Ok(())
    })();
    let closed = conn.close().map_err(|(_, e)| StoreError::from(e));
    // The old log and index are emptied by the checkpoint: they go with the old file.
    move_into_place(paths, copied.and(closed), &[paths.wal(), paths.shm()])
}

/// Removes what an interrupted build left (only the writer, under the lock, builds).
fn remove_building(paths: &StorePaths) -> Result<(), StoreError> {
    remove_if_present(&paths.building())?;
    remove_if_present(&paths.building_journal())
}

fn remove_if_present(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(StoreError::io(path, e)),
        _ => Ok(()),
    }
}

/// fsync of a file or a folder, so a rename survives a power cut.
fn sync_path(path: &Path) -> Result<(), StoreError> {
    File::open(path)
        .and_then(|file| file.sync_all())
        .map_err(|e| StoreError::io(path, e))
}

fn table_exists(conn: &Connection, table: &str) -> Result<bool, StoreError> {
    Ok(conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [table],
        |row| row.get(0),
    )?)
}

fn read_meta(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    if !table_exists(conn, "meta")? {
        return Ok(None);
    }
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| {
            row.get(0)
        })
        .optional()?)
}

fn sealed_after(
    conn: &Connection,
    table: &str,
    seq: i64,
    limit: usize,
) -> Result<Vec<SealedEvent>, StoreError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT seq, body, prev_hash, hash, signature FROM {table} WHERE seq > ?1 ORDER BY seq LIMIT ?2"
    ))?;
    let mut rows = statement.query(params![seq, i64::try_from(limit).unwrap_or(i64::MAX)])?;
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        found.push(sealed_from_row(row)?);
    }
    Ok(found)
}

fn sealed_from_row(row: &rusqlite::Row<'_>) -> Result<SealedEvent, StoreError> {
    let seq: i64 = row.get(0)?;
    let signature: Vec<u8> = row.get(4)?;
    let signature = signature.try_into().map_err(|_| StoreError::Corrupt {
        seq,
        why: "its signature is not 64 bytes".into(),
    })?;
    Ok(SealedEvent {
        seq,
        body: row.get(1)?,
        prev_hash: row.get(2)?,
        hash: row.get(3)?,
        signature,
    })
}

/// Whether a replay keeps the words each record's steps showed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Words {
    Kept,
    Dropped,
}

/// One consent, replayed from its events. A consent of a household is replayed
/// with the whole household's events in their order, as `verify` does: a
/// child's effect (and whether its departure was allowed) follows a parent's.
fn load_consent(conn: &Connection, consent_id: &ConsentId) -> Result<Option<Consent>, StoreError> {
    let household = household_peers(conn, consent_id)?;
    if household.len() <= 1 {
        return replay_consent(conn, consent_id);
    }
    Ok(replay_household(conn, &household)?.get(consent_id).cloned())
}

/// The consents `household` names, replayed together in the log's order.
fn replay_household(conn: &Connection, household: &[ConsentId]) -> Result<Projection, StoreError> {
    let placeholders = vec!["?"; household.len()].join(", ");
    let mut statement = conn.prepare(&format!(
        "{SELECT_SEALED} WHERE consent_id IN ({placeholders}) ORDER BY seq"
    ))?;
    let mut rows = statement.query(rusqlite::params_from_iter(
        household.iter().map(ConsentId::as_str),
    ))?;
    let mut projection = Projection::default();
    while let Some(row) = rows.next()? {
        let sealed = sealed_from_row(row)?;
        let event = sealed.event().map_err(|e| StoreError::Corrupt {
            seq: sealed.seq,
            why: e.to_string(),
        })?;
        projection.apply(sealed.seq, event)?;
    }
    Ok(projection)
}

/// Every consent that shares a household with `consent_id` (itself included);
/// empty when it is in none.
fn household_peers(
    conn: &Connection,
    consent_id: &ConsentId,
) -> Result<Vec<ConsentId>, StoreError> {
    if !table_exists(conn, "household_members")? {
        return Ok(Vec::new());
    }
    let mut statement = conn.prepare_cached(
        "SELECT DISTINCT other.consent_id FROM household_members AS member
         JOIN household_members AS other ON other.household = member.household
         WHERE member.consent_id = ?1",
    )?;
    let ids = statement.query_map([consent_id.as_str()], |row| row.get::<_, String>(0))?;
    Ok(ids
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .map(ConsentId::from_stored)
        .collect())
}

/// The household a signing or re-consent names, trimmed, if any.
fn household_named(event: &ConsentEvent) -> Option<&str> {
    match event {
        ConsentEvent::Signed { record, .. } | ConsentEvent::Reconsented { record, .. } => record
            .subject
            .household_reference
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty()),
        _ => None,
    }
}

/// One consent replayed from its own events only.
fn replay_consent(
    conn: &Connection,
    consent_id: &ConsentId,
) -> Result<Option<Consent>, StoreError> {
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT_SEALED} WHERE consent_id = ?1 ORDER BY seq"
    ))?;
    let mut rows = statement.query([consent_id.as_str()])?;
    let mut consent: Option<Consent> = None;
    while let Some(row) = rows.next()? {
        let sealed = sealed_from_row(row)?;
        let event = sealed.event().map_err(|e| StoreError::Corrupt {
            seq: sealed.seq,
            why: e.to_string(),
        })?;
        let applied = match consent.as_mut() {
            None => Consent::from_first(&event).map(|c| consent = Some(c)),
            Some(existing) => existing.apply(&event),
        };
        applied.map_err(|e| StoreError::Corrupt {
            seq: sealed.seq,
            why: e.to_string(),
        })?;
    }
    Ok(consent)
}

/// Refuses an event the consent's history does not allow (or a duplicate first event).
fn check_against_history(
    tx: &Transaction<'_>,
    touched: &mut HashMap<ConsentId, Consent>,
    event: &ConsentEvent,
) -> Result<(), StoreError> {
    let consent_id = event.consent_id();
    match event {
        ConsentEvent::Signed { reference, .. } | ConsentEvent::Declined { reference, .. } => {
            let taken: bool = tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM events WHERE consent_id = ?1)
                         OR EXISTS (SELECT 1 FROM events WHERE reference = ?2)",
                )?
                .query_row(params![consent_id.as_str(), reference.compact()], |row| {
                    row.get(0)
                })?;
            if taken || touched.contains_key(consent_id) {
                return Err(StoreError::Duplicate);
            }
            touched.insert(consent_id.clone(), Consent::from_first(event)?);
        }
        _ => {
            if !touched.contains_key(consent_id) {
                let consent = load_consent(tx, consent_id)?
                    .ok_or_else(|| RuleViolation::UnknownConsent(consent_id.clone()))?;
                touched.insert(consent_id.clone(), consent);
            }
            link_in_transaction(tx, touched, consent_id)?;
            if let Some(consent) = touched.get_mut(consent_id) {
                consent.apply(event)?;
            }
        }
    }
    Ok(())
}

/// Links a child's consent to its household as it stands in this transaction:
/// the stored consents, with those already changed in it as they are now.
fn link_in_transaction(
    tx: &Transaction<'_>,
    touched: &mut HashMap<ConsentId, Consent>,
    consent_id: &ConsentId,
) -> Result<(), StoreError> {
    let Some(consent) = touched.get(consent_id) else {
        return Ok(());
    };
    if !consent.waits_for_household() {
        return Ok(());
    }
    let peers = household_peers(tx, consent_id)?;
    let stored = replay_household(tx, &peers)?;
    let mut members = Vec::new();
    for id in &peers {
        if id == consent_id {
            continue;
        }
        match touched.get(id) {
            Some(member) => members.push(member.clone()),
            None => members.extend(stored.get(id).cloned()),
        }
    }
    // Consents of the household first signed in this same transaction.
    let reference = consent.record.subject.household_reference.clone();
    let signed_here: Vec<Consent> = touched
        .values()
        .filter(|other| {
            &other.consent_id != consent_id
                && other.record.subject.household_reference == reference
                && !members.iter().any(|m| m.consent_id == other.consent_id)
        })
        .cloned()
        .collect();
    members.extend(signed_here);
    let from = consent.household_parent_from(members.iter());
    if let Some(consent) = touched.get_mut(consent_id) {
        consent.set_household_link(from);
    }
    Ok(())
}

fn unix_millis(at: Timestamp) -> i64 {
    (at.unix_timestamp_nanos() / 1_000_000) as i64
}
