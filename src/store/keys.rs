//! The two secrets of a store, each in its own 0600 file beside the database:
//! the SQLCipher key (or `CONSENT_KIOSK_DB_KEY`) and the device's Ed25519 signing key.

use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use base64::Engine;
use ed25519_dalek::{SigningKey, VerifyingKey};
use zeroize::Zeroizing;

use super::StoreError;

/// Environment variable that supplies the database key instead of the key file.
pub const DATABASE_KEY_ENV: &str = "CONSENT_KIOSK_DB_KEY";

/// The SQLCipher key: 32 bytes, wiped from memory when dropped.
pub struct DatabaseKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DatabaseKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DatabaseKey(..)")
    }
}

impl DatabaseKey {
    /// The `PRAGMA key` value: a raw key, so SQLCipher skips its passphrase derivation.
    pub(crate) fn pragma_value(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex::encode(self.0.as_ref())))
    }

    /// Keys `conn` with this key. SQLCipher's own log is silenced: a wrong key is
    /// reported by us, once, as a typed error. (The first key of a process turns
    /// SQLCipher's log on at warning level, so it is silenced after the key too.)
    pub(crate) fn unlock(&self, conn: &rusqlite::Connection) -> Result<(), rusqlite::Error> {
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        conn.execute_batch(&format!("PRAGMA key = \"{}\";", &*self.pragma_value()))?;
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")
    }

    /// The key from the environment, if set.
    pub fn from_env() -> Result<Option<Self>, StoreError> {
        // A value that is not text is an error, not "unset": silently falling back to
        // the key file would hide a misconfigured deployment.
        let Some(value) = std::env::var_os(DATABASE_KEY_ENV) else {
            return Ok(None);
        };
        let text = Zeroizing::new(value.into_string().map_err(|raw| {
            // The bytes are wiped as `Vec`: `OsString` has no zeroize of its own.
            drop(Zeroizing::new(raw.into_encoded_bytes()));
            StoreError::MalformedKey {
                source_name: DATABASE_KEY_ENV.to_owned(),
            }
        })?);
        if text.trim().is_empty() {
            return Ok(None);
        }
        parse_key(&text, DATABASE_KEY_ENV).map(|bytes| Some(Self(bytes)))
    }

    /// An existing store's key: from the environment when set, else its key file.
    pub fn of_store(paths: &super::StorePaths) -> Result<Self, StoreError> {
        match Self::from_env()? {
            Some(key) => Ok(key),
            None => Self::load(&paths.database_key()),
        }
    }

    /// Reads the key file.
    pub fn load(path: &Path) -> Result<Self, StoreError> {
        read_secret(path).map(Self)
    }

    /// Creates a new random key and writes it to `path` (which must not exist).
    pub fn create(path: &Path) -> Result<Self, StoreError> {
        let bytes = random_secret()?;
        write_secret(path, &bytes)?;
        Ok(Self(bytes))
    }
}

/// The device's signing key: seals every event.
#[derive(Debug)]
pub struct DeviceKey(SigningKey);

impl DeviceKey {
    /// Reads the key file.
    pub fn load(path: &Path) -> Result<Self, StoreError> {
        let bytes = read_secret(path)?;
        Ok(Self(SigningKey::from_bytes(&bytes)))
    }

    /// Creates a new random key and writes it to `path` (which must not exist).
    pub fn create(path: &Path) -> Result<Self, StoreError> {
        let bytes = random_secret()?;
        write_secret(path, &bytes)?;
        Ok(Self(SigningKey::from_bytes(&bytes)))
    }

    /// A key that lives only in memory (tests, benchmarks).
    pub fn from_secret(bytes: [u8; 32]) -> Self {
        Self(SigningKey::from_bytes(&bytes))
    }

    pub(crate) fn signing_key(&self) -> &SigningKey {
        &self.0
    }

    /// The public half, which anyone may hold to check the seals.
    pub fn public_key(&self) -> VerifyingKey {
        self.0.verifying_key()
    }
}

/// A public key as printed and exported: standard base64 of its 32 bytes.
pub fn public_key_base64(key: &VerifyingKey) -> String {
    base64::engine::general_purpose::STANDARD.encode(key.as_bytes())
}

/// Reads a public key printed by [`public_key_base64`].
pub fn parse_public_key(text: &str) -> Option<VerifyingKey> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .ok()?;
    let bytes: [u8; 32] = bytes.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

fn random_secret() -> Result<Zeroizing<[u8; 32]>, StoreError> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    getrandom::fill(bytes.as_mut()).map_err(|e| StoreError::Randomness(e.to_string()))?;
    Ok(bytes)
}

fn parse_key(text: &str, source: &str) -> Result<Zeroizing<[u8; 32]>, StoreError> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    hex::decode_to_slice(text.trim(), bytes.as_mut()).map_err(|_| StoreError::MalformedKey {
        source_name: source.to_owned(),
    })?;
    Ok(bytes)
}

/// Reads a key file, refusing one that other users may read (as ssh does).
fn read_secret(path: &Path) -> Result<Zeroizing<[u8; 32]>, StoreError> {
    let mut file = fs::File::open(path).map_err(|error| {
        if error.kind() == std::io::ErrorKind::NotFound {
            StoreError::KeyMissing {
                path: path.to_path_buf(),
            }
        } else {
            StoreError::io(path, error)
        }
    })?;
    // The mode of the file opened, not of the path, so nothing can swap it in between.
    let mode = file
        .metadata()
        .map_err(|e| StoreError::io(path, e))?
        .permissions()
        .mode()
        & 0o777;
    if mode & 0o077 != 0 {
        return Err(StoreError::KeyReadableByOthers {
            path: path.to_path_buf(),
            mode,
        });
    }
    let mut text = Zeroizing::new(String::new());
    file.read_to_string(&mut text)
        .map_err(|e| StoreError::io(path, e))?;
    parse_key(&text, &path.display().to_string())
}

/// Writes a new secret with mode 0600, refusing to replace an existing file.
///
/// Written whole into a temporary file beside it and linked into place, so a full
/// disk or a kill never leaves a half-written key that would stop every later run.
fn write_secret(path: &Path, bytes: &[u8; 32]) -> Result<(), StoreError> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".key-")
        .permissions(fs::Permissions::from_mode(0o600))
        .tempfile_in(folder)
        .map_err(|e| StoreError::io(folder, e))?;
    let text = Zeroizing::new(format!("{}\n", hex::encode(bytes)));
    file.write_all(text.as_bytes())
        .and_then(|()| file.as_file().sync_all())
        .map_err(|e| StoreError::io(path, e))?;
    file.persist_noclobber(path)
        .map_err(|e| StoreError::io(path, e.error))?;
    fs::File::open(folder)
        .and_then(|dir| dir.sync_all())
        .map_err(|e| StoreError::io(folder, e))
}
