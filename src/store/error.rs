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
        "{path} cannot be opened: the database key is wrong or the file is not a consent store"
    )]
    WrongKeyOrNotAStore {
        /// The database file.
        path: PathBuf,
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
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::InUse {
                path: PathBuf::new(),
            },
            _ => StoreError::Sqlite(error),
        }
    }
}
