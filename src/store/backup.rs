//! Backups a person can make while the kiosk runs, checked after writing, and
//! restore after damage.
//!
//! A backup is a folder holding `consent.db` (still encrypted with the same key)
//! and, unless left out, the two key files. It is written with SQLite's online
//! backup API from a read-only connection that takes no store lock, so the kiosk
//! keeps signing while it runs; it is checked (SQLCipher's page check, SQLite's
//! integrity check and the whole chain) before it is given its name.

use std::fs::{self, File};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::Connection;
use rusqlite::backup::{Backup, StepResult};
use time::Duration;
use time::macros::format_description;

use crate::consent::{Clock, Timestamp};

use super::{Access, DatabaseKey, Head, PageFormat, Store, StoreError, StorePaths};

/// What can go wrong with a backup or a restore; each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The store could not be opened or read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A file or folder could not be read or written.
    #[error("could not read or write {path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Backups go only into a new or empty folder, so none is ever mixed with another.
    #[error("{path} already holds files: name a new folder (or an empty one) for the backup")]
    TargetNotEmpty {
        /// The folder.
        path: PathBuf,
    },
    /// The scheduled backup folder is missing (the second disk is not mounted?).
    #[error(
        "the backup folder {path} does not exist: is the backup disk mounted? Nothing was written; the next try is in a few minutes"
    )]
    NoBackupFolder {
        /// The folder named in `deployment.toml`.
        path: PathBuf,
    },
    /// The folder has no `consent.db`.
    #[error("{path} is not a backup: it has no consent.db")]
    NotABackup {
        /// The folder.
        path: PathBuf,
    },
    /// No key opens the backup.
    #[error(
        "no database key for {path}: put the store's database.key into the backup folder (or set CONSENT_KIOSK_DB_KEY), then try again"
    )]
    KeyMissing {
        /// The backup folder.
        path: PathBuf,
    },
    /// The backup's pages or its chain of events are damaged.
    #[error("the backup in {path} is damaged ({why}): use another backup")]
    Damaged {
        /// The backup folder.
        path: PathBuf,
        /// What the checks found.
        why: String,
    },
    /// The copy does not hold what was copied.
    #[error(
        "the copy holds {found} events where {copied} were copied: the backup was not kept; try again"
    )]
    CopyDiffers {
        /// Events in the store when it was copied.
        copied: i64,
        /// Events in the copy.
        found: i64,
    },
    /// The store was busy for too long to be copied.
    #[error("the store was busy for too long to be copied: nothing was written; try again")]
    Busy,
    /// Restoring would lose events recorded after the backup.
    #[error(
        "the store holds {store_events} events and the backup only {backup_events}: restoring would lose {} events. Use a newer backup, or pass --force to replace the store anyway (it is kept aside)",
        store_events - backup_events
    )]
    StoreHasMore {
        /// Events in the current store.
        store_events: i64,
        /// Events in the backup.
        backup_events: i64,
    },
    /// The current store cannot be read, so what a restore would replace is unknown.
    #[error(
        "the current store in {path} cannot be read ({why}), so it is unknown how many events it holds: pass --force to replace it with the backup (it is kept aside)"
    )]
    CurrentUnreadable {
        /// The data directory.
        path: PathBuf,
        /// Why it could not be read.
        why: String,
    },
    /// The device key is in neither the backup nor the data directory.
    #[error(
        "the device key is neither in the backup nor in {path}: copy device.key from where keys are kept into {path}, then try again"
    )]
    DeviceKeyMissing {
        /// The data directory.
        path: PathBuf,
    },
}

impl BackupError {
    fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

impl From<rusqlite::Error> for BackupError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Store(error.into())
    }
}

/// Whether the key files go into the backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFiles {
    /// `database.key` and `device.key` are copied (mode 0600).
    Copy,
    /// Left out: the keys must then be kept elsewhere.
    Leave,
}

/// A backup written and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    /// The backup folder.
    pub dir: PathBuf,
    /// Events copied.
    pub events: i64,
    /// The hash of the last event copied.
    pub head_hash: String,
    /// Bytes written (database and keys).
    pub bytes: u64,
    /// The key files copied.
    pub key_files: Vec<String>,
}

/// What a backup holds, once checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupCheck {
    /// Events in it.
    pub events: i64,
    /// The hash of its last event.
    pub head_hash: String,
    /// Consents in it.
    pub consents: usize,
    /// Audit entries in it.
    pub audit_entries: i64,
}

/// A restore carried out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreSummary {
    /// Events in the restored store.
    pub events: i64,
    /// Events in the store that was replaced, if it could be read.
    pub previous_events: Option<i64>,
    /// Where the replaced store was put (inside the data directory).
    pub replaced: Option<PathBuf>,
}

const KEY_FILES: [&str; 2] = ["database.key", "device.key"];
/// Files of a store that a restore puts aside together.
const DATABASE_FILES: [&str; 3] = ["consent.db", "consent.db-wal", "consent.db-shm"];

/// Copies the store in `source` into the new folder `to`, checks the copy, and only
/// then gives it its name. Takes no store lock: the kiosk may run and commit.
pub fn backup(
    source: &StorePaths,
    to: &Path,
    keys: KeyFiles,
    now: Timestamp,
) -> Result<BackupSummary, BackupError> {
    if !target_is_free(to)? {
        return Err(BackupError::TargetNotEmpty {
            path: to.to_path_buf(),
        });
    }
    if !source.database().is_file() {
        return Err(StoreError::NoStore {
            path: source.dir.clone(),
        }
        .into());
    }
    let key = DatabaseKey::of_store(source)?;
    let parent = match to.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| BackupError::io(&parent, e))?;
    let name = to
        .file_name()
        .map_or_else(|| "backup".into(), |n| n.to_string_lossy().into_owned());
    // Written beside the target and renamed at the end, so a folder with the
    // target's name is always a whole, checked backup; the temporary folder
    // (mode 0700) is removed if anything fails.
    let temp = tempfile::Builder::new()
        .prefix(&format!(".{name}.partial-"))
        .tempdir_in(&parent)
        .map_err(|e| BackupError::io(&parent, e))?;
    let copy = StorePaths::in_dir(temp.path());

    let copied = copy_database(source, &copy, &key)?;
    let mut key_files = Vec::new();
    if keys == KeyFiles::Copy {
        for file in KEY_FILES {
            let from = source.dir.join(file);
            if from.is_file() {
                copy_secret(&from, &copy.dir.join(file))?;
                key_files.push(file.to_owned());
            }
        }
    }
    let checked = check_with_key(&copy, &key, now)?;
    if checked.events != copied.seq || checked.head_hash != copied.hash {
        return Err(BackupError::CopyDiffers {
            copied: copied.seq,
            found: checked.events,
        });
    }
    let bytes = folder_bytes(&copy.dir)?;
    let kept = temp.keep();
    fs::rename(&kept, to).map_err(|e| {
        // Not left behind half-named: the next try starts clean.
        let _ = fs::remove_dir_all(&kept);
        BackupError::io(to, e)
    })?;
    sync_dir(&parent)?;
    Ok(BackupSummary {
        dir: to.to_path_buf(),
        events: copied.seq,
        head_hash: copied.hash,
        bytes,
        key_files,
    })
}

/// Checks the backup in `dir` as `backup` checks a fresh copy. The key is taken from
/// `CONSENT_KIOSK_DB_KEY`, the backup's `database.key`, or else `store`'s.
pub fn check(
    dir: &Path,
    store: Option<&StorePaths>,
    now: Timestamp,
) -> Result<BackupCheck, BackupError> {
    let paths = StorePaths::in_dir(dir);
    if !paths.database().is_file() {
        return Err(BackupError::NotABackup {
            path: dir.to_path_buf(),
        });
    }
    let key = backup_key(&paths, store)?;
    check_with_key(&paths, &key, now)
}

/// Replaces the store in `to` with the backup in `from`, after checking the backup.
///
/// Refused while the store is in use, and when the store holds more events than the
/// backup (or cannot be read) unless `force`. The replaced files are moved into
/// `replaced-<time>/` inside the data directory, never deleted.
pub fn restore(
    from: &Path,
    to: &StorePaths,
    force: bool,
    now: Timestamp,
) -> Result<RestoreSummary, BackupError> {
    let backup_paths = StorePaths::in_dir(from);
    if !backup_paths.database().is_file() {
        return Err(BackupError::NotABackup {
            path: from.to_path_buf(),
        });
    }
    if !to.dir.exists() {
        fs::create_dir_all(&to.dir).map_err(|e| BackupError::io(&to.dir, e))?;
        fs::set_permissions(&to.dir, fs::Permissions::from_mode(0o700))
            .map_err(|e| BackupError::io(&to.dir, e))?;
    }
    // Held until the restore is done: the kiosk cannot start half-way through.
    let _lock = super::take_lock(to, Access::ReadWrite)?;

    let key = backup_key(&backup_paths, Some(to))?;
    let checked = check_with_key(&backup_paths, &key, now)?;
    if !backup_paths.device_key().is_file() && !to.device_key().is_file() {
        return Err(BackupError::DeviceKeyMissing {
            path: to.dir.clone(),
        });
    }

    let previous = if to.database().exists() {
        match current_events(to) {
            Ok(events) if events > checked.events && !force => {
                return Err(BackupError::StoreHasMore {
                    store_events: events,
                    backup_events: checked.events,
                });
            }
            Ok(events) => Some(events),
            Err(why) if !force => {
                return Err(BackupError::CurrentUnreadable {
                    path: to.dir.clone(),
                    why,
                });
            }
            Err(_) => None,
        }
    } else {
        None
    };

    // Staged under temporary names first, so a full disk fails before anything moves;
    // whatever is still staged when this function returns is removed.
    let mut staged = Staged(Vec::new());
    let stage_db = to.dir.join(".consent.db.restoring");
    staged.0.push((stage_db.clone(), "consent.db"));
    fs::copy(backup_paths.database(), &stage_db).map_err(|e| BackupError::io(&stage_db, e))?;
    File::open(&stage_db)
        .and_then(|f| f.sync_all())
        .map_err(|e| BackupError::io(&stage_db, e))?;
    for file in KEY_FILES {
        let from_key = backup_paths.dir.join(file);
        if from_key.is_file() {
            let stage = to.dir.join(format!(".{file}.restoring"));
            staged.0.push((stage.clone(), file));
            copy_secret(&from_key, &stage)?;
        }
    }

    let present: Vec<&str> = DATABASE_FILES
        .into_iter()
        .chain(KEY_FILES)
        .filter(|file| to.dir.join(file).exists())
        .collect();
    let replaced = if present.is_empty() {
        None
    } else {
        let aside = to.dir.join(format!("replaced-{}", folder_name(now)));
        fs::create_dir(&aside).map_err(|e| BackupError::io(&aside, e))?;
        fs::set_permissions(&aside, fs::Permissions::from_mode(0o700))
            .map_err(|e| BackupError::io(&aside, e))?;
        for file in present {
            let from_file = to.dir.join(file);
            let to_file = aside.join(file);
            let replaced_by_backup = staged.0.iter().any(|(_, name)| *name == file);
            if KEY_FILES.contains(&file) && !replaced_by_backup {
                // The key stays in use; the folder aside gets a copy so it opens on its own.
                copy_secret(&from_file, &to_file)?;
            } else {
                fs::rename(&from_file, &to_file).map_err(|e| BackupError::io(&from_file, e))?;
            }
        }
        Some(aside)
    };
    for (stage, name) in &staged.0 {
        let target = to.dir.join(name);
        fs::rename(stage, &target).map_err(|e| BackupError::io(&target, e))?;
    }
    sync_dir(&to.dir)?;
    let placed = check_with_key(to, &key, now)?;
    Ok(RestoreSummary {
        events: placed.events,
        previous_events: previous,
        replaced,
    })
}

/// Files staged for a restore; those not yet renamed into place are removed when dropped.
struct Staged(Vec<(PathBuf, &'static str)>);

impl Drop for Staged {
    fn drop(&mut self) {
        for (stage, _) in &self.0 {
            // Already renamed into place, or never written: nothing to remove.
            let _ = fs::remove_file(stage);
        }
    }
}

/// A rotating backup on a schedule (`[backup]` in `deployment.toml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// The folder on the second disk; each backup is a `<time>/` folder inside.
    pub to: PathBuf,
    /// How often.
    pub every: Duration,
    /// How many backups to keep; older ones are removed.
    pub keep: usize,
    /// Whether the key files go along.
    pub keys: KeyFiles,
}

/// Whether a backup is due: never made, `every` has passed, or the clock went back.
pub fn due(last: Option<Timestamp>, now: Timestamp, every: Duration) -> bool {
    match last {
        None => true,
        Some(last) => now < last || now - last >= every,
    }
}

/// The name of a scheduled backup's folder: its time, sorting as it reads.
pub fn folder_name(at: Timestamp) -> String {
    let utc = at.to_offset(time::UtcOffset::UTC);
    utc.format(format_description!(
        "[year][month][day]T[hour][minute][second]Z"
    ))
    .unwrap_or_else(|_| utc.unix_timestamp().to_string())
}

fn parse_folder_name(name: &str) -> Option<Timestamp> {
    time::PrimitiveDateTime::parse(
        name,
        format_description!("[year][month][day]T[hour][minute][second]Z"),
    )
    .ok()
    .map(time::PrimitiveDateTime::assume_utc)
}

/// The scheduled backups in `root`, oldest first (folders named by [`folder_name`]).
fn scheduled_backups(root: &Path) -> Result<Vec<(Timestamp, PathBuf)>, BackupError> {
    let entries = match fs::read_dir(root) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(BackupError::io(root, e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| BackupError::io(root, e))?;
        let at = entry.file_name().to_str().and_then(parse_folder_name);
        if let Some(at) = at
            && entry.path().is_dir()
        {
            found.push((at, entry.path()));
        }
    }
    found.sort();
    Ok(found)
}

/// When the newest scheduled backup in `root` was made, if any.
pub fn latest(root: &Path) -> Result<Option<Timestamp>, BackupError> {
    Ok(scheduled_backups(root)?.last().map(|(at, _)| *at))
}

/// Removes the oldest scheduled backups beyond `keep`; other folders are left alone.
pub fn prune(root: &Path, keep: usize) -> Result<Vec<PathBuf>, BackupError> {
    let backups = scheduled_backups(root)?;
    let surplus = backups.len().saturating_sub(keep.max(1));
    let mut removed = Vec::new();
    for (_, path) in backups.into_iter().take(surplus) {
        fs::remove_dir_all(&path).map_err(|e| BackupError::io(&path, e))?;
        removed.push(path);
    }
    Ok(removed)
}

/// Writes `<to>/<time>/` if one is due, then removes the oldest beyond `keep`.
/// `last` is when the last one was made; it moves only when a backup succeeds.
pub fn run_if_due(
    source: &StorePaths,
    schedule: &Schedule,
    last: &mut Option<Timestamp>,
    now: Timestamp,
) -> Result<Option<BackupSummary>, BackupError> {
    if !due(*last, now, schedule.every) {
        return Ok(None);
    }
    // Never created here: a missing folder usually means the second disk is not
    // mounted, and a backup on the main disk would only look like one.
    if !schedule.to.is_dir() {
        return Err(BackupError::NoBackupFolder {
            path: schedule.to.clone(),
        });
    }
    let summary = backup(
        source,
        &schedule.to.join(folder_name(now)),
        schedule.keys,
        now,
    )?;
    *last = Some(now);
    prune(&schedule.to, schedule.keep)?;
    Ok(Some(summary))
}

/// How often the schedule looks at the clock; a failed backup is tried again this soon.
const CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// What one look at the schedule gave: a backup written, nothing due, or a failure.
pub type ScheduleOutcome = Result<Option<BackupSummary>, BackupError>;

/// Starts the scheduled backups in a background thread named `scheduled-backup`.
/// Every outcome goes to `report` (so staff see failures, and see them clear); the
/// thread goes on after a failure and tries again at the next look.
pub fn spawn_schedule(
    source: StorePaths,
    schedule: Schedule,
    clock: Arc<dyn Clock>,
    report: impl Fn(&ScheduleOutcome) + Send + 'static,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("scheduled-backup".into())
        .spawn(move || {
            let mut last = latest(&schedule.to).unwrap_or_else(|error| {
                report(&Err(error));
                None
            });
            loop {
                report(&run_if_due(&source, &schedule, &mut last, clock.now()));
                std::thread::sleep(CHECK_EVERY);
            }
        })
}

/// Whether `to` may receive a backup: it does not exist, or is an empty folder.
fn target_is_free(to: &Path) -> Result<bool, BackupError> {
    match fs::read_dir(to) {
        Ok(mut entries) => Ok(entries.next().is_none()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(_) if to.exists() => Ok(false),
        Err(e) => Err(BackupError::io(to, e)),
    }
}

/// A backup's key: the environment, the backup's key file, or the store's.
fn backup_key(backup: &StorePaths, store: Option<&StorePaths>) -> Result<DatabaseKey, BackupError> {
    if let Some(key) = DatabaseKey::from_env()? {
        return Ok(key);
    }
    let candidates = std::iter::once(backup).chain(store);
    for paths in candidates {
        if paths.database_key().is_file() {
            return Ok(DatabaseKey::load(&paths.database_key())?);
        }
    }
    Err(BackupError::KeyMissing {
        path: backup.dir.clone(),
    })
}

/// Copies the live database page by page into `copy`, within one read transaction,
/// and returns the head it copied.
///
/// SQLite's online backup API works with SQLCipher when both ends have the same
/// key: pages are read decrypted from the source and encrypted again by the
/// destination. It needs only a read transaction on the source, which in WAL mode
/// never blocks the kiosk's writer (`sqlcipher_export` would need a writable
/// connection to attach the copy to, and so could not run read-only).
fn copy_database(
    source: &StorePaths,
    copy: &StorePaths,
    key: &DatabaseKey,
) -> Result<Head, BackupError> {
    let (from, format) = super::open_keyed(&source.database(), key)?;
    // The head is read inside the same read transaction the backup copies from, so
    // the copy must end exactly there.
    from.execute_batch("BEGIN DEFERRED;")?;
    let head = Head::read(&from, "events")?;
    {
        // The copy is page for page, so in the source's format.
        let mut to = Connection::open(copy.database())?;
        format.unlock(&to, key)?;
        {
            let backup = Backup::new(&from, &mut to)?;
            // One step copies every page while holding the one read transaction.
            match backup.step(-1)? {
                StepResult::Done => {}
                _ => return Err(BackupError::Busy),
            }
        }
        // A backup is one self-contained file: no -wal or -shm beside it. The kiosk
        // turns WAL back on when it opens a restored store.
        let _mode: String = to.query_row("PRAGMA journal_mode = DELETE", [], |row| row.get(0))?;
        to.close().map_err(|(_, e)| e)?;
    }
    from.execute_batch("COMMIT;")?;
    File::open(copy.database())
        .and_then(|f| f.sync_all())
        .map_err(|e| BackupError::io(&copy.database(), e))?;
    Ok(head)
}

/// The whole check of a database: SQLCipher's page check, SQLite's integrity check,
/// then the store's chain, seals and rules.
fn check_with_key(
    paths: &StorePaths,
    key: &DatabaseKey,
    now: Timestamp,
) -> Result<BackupCheck, BackupError> {
    let database = paths.database();
    let damaged = |why: String| BackupError::Damaged {
        path: paths.dir.clone(),
        why,
    };
    let (conn, format) = super::open_keyed(&database, key).map_err(|error| match error {
        StoreError::Sqlite(e) => damaged(e.to_string()),
        other => other.into(),
    })?;
    let cipher_problems =
        pragma_rows(&conn, "PRAGMA cipher_integrity_check").map_err(|e| damaged(e.to_string()))?;
    if let Some(first) = cipher_problems.first() {
        return Err(damaged(format!(
            "{} pages fail SQLCipher's check, first: {first}",
            cipher_problems.len()
        )));
    }
    let integrity =
        pragma_rows(&conn, "PRAGMA integrity_check").map_err(|e| damaged(e.to_string()))?;
    if integrity.first().map(String::as_str) != Some("ok") {
        return Err(damaged(format!(
            "integrity check: {}",
            integrity.first().cloned().unwrap_or_default()
        )));
    }
    let store = store_over(conn, format, paths)?;
    let report = store.verify(now).map_err(|e| damaged(e.to_string()))?;
    if let Some(broken) = report.broken.as_ref().or(report.audit_broken.as_ref()) {
        return Err(damaged(format!("event {}: {}", broken.seq, broken.why)));
    }
    if report.events_checked != store.head.seq {
        return Err(damaged(format!(
            "{} events chain of {}",
            report.events_checked, store.head.seq
        )));
    }
    Ok(BackupCheck {
        events: store.head.seq,
        head_hash: store.head.hash.clone(),
        consents: report.consents,
        audit_entries: report.audit_checked,
    })
}

fn pragma_rows(conn: &Connection, pragma: &str) -> Result<Vec<String>, rusqlite::Error> {
    let mut statement = conn.prepare(pragma)?;
    let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
    rows.collect()
}

/// A read-only [`Store`] over an already keyed connection, so `verify` can run on a
/// copy with the key in memory (a backup without key files has none on disk).
fn store_over(
    conn: Connection,
    format: PageFormat,
    paths: &StorePaths,
) -> Result<Store, BackupError> {
    let database = paths.database();
    let application_id: i32 = conn.query_row("PRAGMA application_id", [], |row| row.get(0))?;
    if application_id != super::schema::APPLICATION_ID {
        return Err(StoreError::NotAConsentStore { path: database }.into());
    }
    let public_key = super::read_meta(&conn, "device_public_key")?
        .and_then(|text| super::keys::parse_public_key(&text))
        .ok_or_else(|| StoreError::NotAConsentStore {
            path: database.clone(),
        })?;
    let head = Head::read(&conn, "events")?;
    let audit_head = Head::read(&conn, "audit")?;
    let demo = super::read_meta(&conn, "purpose")?.as_deref() == Some("demo");
    // No lock is taken: a copy being checked is not a store anyone else opens.
    Ok(Store {
        conn,
        format,
        paths: paths.clone(),
        device_key: None,
        public_key,
        head,
        audit_head,
        demo,
        _lock: None,
        writer_beside: false,
    })
}

/// Events in the current store, read without its lock (the caller holds it).
fn current_events(paths: &StorePaths) -> Result<i64, String> {
    let key = DatabaseKey::of_store(paths).map_err(|e| e.to_string())?;
    let (conn, _) = super::open_keyed(&paths.database(), &key).map_err(|e| e.to_string())?;
    conn.query_row("SELECT coalesce(max(seq), 0) FROM events", [], |row| {
        row.get(0)
    })
    .map_err(|e| e.to_string())
}

/// Copies a key file, then makes sure it is readable by its owner only.
fn copy_secret(from: &Path, to: &Path) -> Result<(), BackupError> {
    fs::copy(from, to).map_err(|e| BackupError::io(to, e))?;
    fs::set_permissions(to, fs::Permissions::from_mode(0o600))
        .map_err(|e| BackupError::io(to, e))?;
    File::open(to)
        .and_then(|f| f.sync_all())
        .map_err(|e| BackupError::io(to, e))
}

fn folder_bytes(dir: &Path) -> Result<u64, BackupError> {
    let mut total = 0;
    for entry in fs::read_dir(dir).map_err(|e| BackupError::io(dir, e))? {
        let entry = entry.map_err(|e| BackupError::io(dir, e))?;
        let meta = entry.metadata().map_err(|e| BackupError::io(dir, e))?;
        total += meta.len();
    }
    Ok(total)
}

/// Makes a rename in `dir` durable.
fn sync_dir(dir: &Path) -> Result<(), BackupError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| BackupError::io(dir, e))
}
