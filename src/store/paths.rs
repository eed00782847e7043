//! Where a store keeps its files: the database, its two key files and a lock file.

use std::path::{Path, PathBuf};

/// Environment variable that overrides the data directory.
pub const DATA_DIR_ENV: &str = "CONSENT_KIOSK_DATA_DIR";

/// The files of one store, all inside one data directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorePaths {
    /// The data directory.
    pub dir: PathBuf,
}

impl StorePaths {
    /// A store in `dir`.
    pub fn in_dir(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The user's data directory (e.g. `~/.local/share/consent-kiosk` on Linux),
    /// unless `CONSENT_KIOSK_DATA_DIR` names another.
    pub fn default_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(dir));
        }
        directories::ProjectDirs::from("org", "consent-kiosk", "consent-kiosk")
            .map(|dirs| dirs.data_dir().to_path_buf())
    }

    /// The SQLCipher database.
    pub fn database(&self) -> PathBuf {
        self.dir.join("consent.db")
    }

    /// The database key (32 random bytes, hex), beside the database, mode 0600.
    pub fn database_key(&self) -> PathBuf {
        self.dir.join("database.key")
    }

    /// The device signing key (Ed25519 secret, hex), mode 0600.
    pub fn device_key(&self) -> PathBuf {
        self.dir.join("device.key")
    }

    /// SQLite's write-ahead log beside the database.
    pub fn wal(&self) -> PathBuf {
        self.dir.join("consent.db-wal")
    }

    /// SQLite's shared-memory index of the log.
    pub fn shm(&self) -> PathBuf {
        self.dir.join("consent.db-shm")
    }

    /// A new database while it is built, before it is moved into place.
    pub fn building(&self) -> PathBuf {
        self.dir.join("consent.db-new")
    }

    /// The rollback journal of the database being built.
    pub(crate) fn building_journal(&self) -> PathBuf {
        self.dir.join("consent.db-new-journal")
    }

    /// Held locked by the process that writes to the store.
    pub fn lock(&self) -> PathBuf {
        self.dir.join("consent.lock")
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}
