//! The central side: one PostgreSQL database that many kiosks push their sealed
//! events into, checked on arrival with the same code as a device's `verify`.
//!
//! `schema` migrates the database, `devices` enrols and revokes kiosks, `intake`
//! accepts batches (and `serve` puts it behind HTTP), `verify` re-checks every chain
//! and the read model, `export` writes the device export formats across devices.
//! The wire format shared with the device-side client (`crate::sync`) is in `wire`.

pub mod devices;
pub mod export;
pub mod intake;
pub mod schema;
pub mod serve;
pub mod verify;
pub mod wire;

/// The environment variable that may stand for `--database-url`.
pub const DATABASE_ENV: &str = "CONSENT_KIOSK_CENTRAL_DB";

/// Why a central operation failed.
#[derive(Debug, thiserror::Error)]
pub enum CentralError {
    /// The database refused or could not be reached.
    #[error("the central database: {0}")]
    Database(#[from] postgres::Error),
    /// The database was made by a newer version of this program.
    #[error(
        "the central database has schema version {found}, newer than this program knows ({supported}): use a newer consent-kiosk"
    )]
    NewerSchema {
        /// The version found.
        found: i32,
        /// The newest this build knows.
        supported: i32,
    },
    /// The database has no central schema yet.
    #[error("the central database has no schema yet: run consent-kiosk central init first")]
    NotInitialised,
    /// No device with this name or key.
    #[error("no enrolled device is called {0}")]
    NoSuchDevice(String),
    /// A device needs a name staff can recognise.
    #[error("a device needs a name")]
    EmptyName,
    /// The public key given is not one.
    #[error("the public key is not 32 bytes of base64 (as printed by consent-kiosk keys show)")]
    BadPublicKey,
    /// A device with this name or key is already enrolled.
    #[error("a device with this name or public key is already enrolled ({0})")]
    AlreadyEnrolled(String),
    /// Reading the device store failed.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// Writing an export failed.
    #[error(transparent)]
    Export(#[from] crate::export::ExportError),
    /// The thread reading the database ahead failed.
    #[error(transparent)]
    ReadAhead(#[from] crate::store::overlap::ReadAheadError),
}

/// Connects to the database named by `url` (a `postgresql://` URL or
/// `host=... user=... dbname=...` pairs; a Unix socket is a `host` that is a path).
pub fn connect(url: &str) -> Result<postgres::Client, CentralError> {
    Ok(postgres::Client::connect(url, postgres::NoTls)?)
}
