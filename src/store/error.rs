//! What can go wrong with a store, each case with a message a person can act on.

use std::path::{Path, PathBuf};

use crate::consent::RuleViolation;

/// An error from the store. Messages never contain personal data.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file could not be read or written.
    #[error("could not read or write {path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A key file the existing database needs is missing.
    #[error(
        "the key file {path} is missing: restore it from the backup (a new key cannot open existing records)"
    )]
    KeyMissing {
        /// The missing file.
        path: PathBuf,
    },
    /// A key file other users may read: refused, as ssh refuses such a key.
    #[error(
        "the key file {path} can be read by other users (mode {mode:04o}): run `chmod 600 {path}` and try again"
    )]
    KeyReadableByOthers {
        /// The key file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// A key is not 64 hex characters.
    #[error("the key in {source_name} is not 64 hexadecimal characters")]
    MalformedKey {
        /// The file or variable it came from.
        source_name: String,
    },
    /// The operating system gave no randomness.
    #[error("no randomness available from the operating system: {0}")]
    Randomness(String),
    /// The database cannot be read with this key, or is not a database at all.
    #[error(
        "{path} cannot be opened: the database key is wrong or the file is not a consent store (or its first bytes are damaged: then restore it from a backup)"
    )]
    WrongKeyOrNotAStore {
        /// The database file.
        path: PathBuf,
    },
    /// Pages of the database fail their check: a disk, a copy or a hand changed them.
    #[error(
        "the store's database is damaged ({what}): nothing more can be trusted from it; restore it from a backup: consent-kiosk restore --from DIR"
    )]
    Damaged {
        /// What is damaged, as SQLite or SQLCipher named it.
        what: String,
    },
    /// A first run was interrupted before the store was complete, and it cannot be remade here.
    #[error(
        "{path} was left unfinished by an interrupted first run and holds no records: open the store once with write access (consent-kiosk init) to make it anew"
    )]
    Unfinished {
        /// The database file.
        path: PathBuf,
    },
    /// The store holds demo records only: no real consent may join them.
    #[error(
        "this store holds fictional demo records only: real consents are never added to it; use another data directory (consent-kiosk init --data-dir DIR)"
    )]
    DemoStore,
    /// An output file would replace a file of the store or land inside its data directory.
    #[error(
        "refusing to write {path}: it is, or lies beside, a file of the store in {dir}; choose a file outside the data directory"
    )]
    OutputInStore {
        /// The output asked for.
        path: PathBuf,
        /// The data directory.
        dir: PathBuf,
    },
    /// A readable database, but not one this program made.
    #[error("{path} is a database but not a consent store")]
    NotAConsentStore {
        /// The database file.
        path: PathBuf,
    },
    /// There is no store at this place (read-only open).
    #[error("there is no consent store in {path}")]
    NoStore {
        /// The data directory.
        path: PathBuf,
    },
    /// Written by a newer version of the program.
    #[error(
        "the store has schema version {found}; this program knows up to {supported}: update the program"
    )]
    NewerSchema {
        /// Version found.
        found: i32,
        /// Latest version known.
        supported: i32,
    },
    /// Another process has the store open.
    #[error("the store in {path} is in use by another process (is the kiosk already running?)")]
    InUse {
        /// The data directory.
        path: PathBuf,
    },
    /// The device key file does not belong to this database.
    #[error("the device key does not match the one this store was sealed with")]
    DeviceKeyMismatch,
    /// No space left.
    #[error("the disk is full: nothing was saved; free some space and try again")]
    DiskFull,
    /// The database cannot be written.
    #[error("the store is read-only: nothing was saved")]
    ReadOnly,
    /// The event is refused by the lifecycle rules.
    #[error("refused by the consent rules: {0}")]
    Rule(#[from] RuleViolation),
    /// A consent with this id or reference code already exists.
    #[error("a consent with this id or reference code already exists")]
    Duplicate,
    /// Someone else changed the consent since it was read.
    #[error(
        "this consent was changed by someone else a moment ago: nothing was saved; open it again to see the change"
    )]
    Conflict,
    /// A stored event cannot be read back.
    #[error("event {seq} cannot be read: {why}")]
    Corrupt {
        /// The event's position.
        seq: i64,
        /// What is wrong.
        why: String,
    },
    /// Demo records are only added to an empty or demo store.
    #[error("this store holds real records: demo records are only added to an empty or demo store")]
    NotADemoStore,
    /// Anything else the database reported.
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    /// An event could not be serialised.
    #[error("an event could not be serialised")]
    Serialise(#[from] serde_json::Error),
}

impl StoreError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match error.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly,
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreError::Damaged {
                what: error.to_string(),
            },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::InUse {
                path: PathBuf::new(),
            },
            _ => StoreError::Sqlite(error),
        }
    }
}
