//! How a store's file is laid out and encrypted: its page size and the HMAC that
//! authenticates each page. SQLCipher cannot tell a store's format from the file,
//! so every connection states it before the first read.

use rusqlite::Connection;

use super::keys::DatabaseKey;

/// The page format of a store's database file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageFormat {
    /// 16 KiB pages, each authenticated with HMAC-SHA256: the format of every store
    /// made from this version on. Reading the whole log is about three times faster
    /// than in [`PageFormat::Legacy`]: a 16 KiB page holds whole events where a
    /// 4 KiB one split many across pages, SHA-256 has hardware support on current
    /// x86 and ARM processors where SHA-512 has none, and there are a quarter as
    /// many pages to check.
    Current,
    /// SQLCipher 4's defaults (4 KiB pages, HMAC-SHA512), as stores were made
    /// before: still read, and converted to [`PageFormat::Current`] the first time
    /// such a store is opened for writing.
    Legacy,
}

impl PageFormat {
    /// Every format, in the order an existing file is tried.
    pub const ALL: [Self; 2] = [Self::Current, Self::Legacy];

    /// Bytes in a page.
    pub fn page_size(self) -> u64 {
        match self {
            Self::Current => 16_384,
            Self::Legacy => 4_096,
        }
    }

    /// The statements that select this format on a keyed connection (SQL, trusted).
    pub fn pragmas(self) -> &'static str {
        match self {
            Self::Current => {
                "PRAGMA cipher_page_size = 16384;
                 PRAGMA cipher_hmac_algorithm = HMAC_SHA256;
                 PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA256;"
            }
            Self::Legacy => {
                "PRAGMA cipher_page_size = 4096;
                 PRAGMA cipher_hmac_algorithm = HMAC_SHA512;
                 PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;"
            }
        }
    }

    /// The same statements for an attached database `schema`.
    pub(crate) fn pragmas_for(self, schema: &str) -> String {
        self.pragmas()
            .replace("PRAGMA ", &format!("PRAGMA {schema}."))
    }

    /// Keys `conn` with `key` in this format.
    pub(crate) fn unlock(
        self,
        conn: &Connection,
        key: &DatabaseKey,
    ) -> Result<(), rusqlite::Error> {
        key.unlock(conn)?;
        conn.execute_batch(self.pragmas())
    }

    /// Opens a connection with `open` and keys it in each format in turn until its
    /// first page reads: the connection and the format, or `None` when no format
    /// reads it (a wrong key, a file that is not a store, or a damaged first page).
    /// Errors other than "not a database" are returned as they come.
    pub(crate) fn detect<E: From<rusqlite::Error>>(
        key: &DatabaseKey,
        mut open: impl FnMut() -> Result<Connection, E>,
    ) -> Result<Option<(Connection, Self)>, E> {
        for format in Self::ALL {
            let conn = open()?;
            format.unlock(&conn, key)?;
            // The first read is where SQLCipher finds out whether key and format fit.
            match conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
                row.get::<_, i64>(0)
            }) {
                Ok(_) => return Ok(Some((conn, format))),
                Err(e) if unreadable(&e) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(None)
    }
}

/// An error that means the first page did not decrypt.
fn unreadable(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
    )
}
