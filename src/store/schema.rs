//! Versioned schema migrations, one numbered SQL file each, tracked by `user_version`.

use rusqlite::Connection;

use super::StoreError;

/// Marks a database as a consent store (`PRAGMA application_id`): "CKS1".
pub const APPLICATION_ID: i32 = 0x434B_5331;

/// Every migration in order; the position + 1 is the schema version it brings.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_events.sql"),
    include_str!("migrations/0002_console.sql"),
    include_str!("migrations/0003_sign_in_tries.sql"),
    include_str!("migrations/0004_summary_holds.sql"),
    include_str!("migrations/0005_households.sql"),
    include_str!("migrations/0006_summary_locale.sql"),
    include_str!("migrations/0007_summary_sharing.sql"),
];

/// The schema version this build writes.
pub const LATEST_VERSION: i32 = MIGRATIONS.len() as i32;

/// Brings the schema up to [`LATEST_VERSION`], each step in its own transaction.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let current: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if current > LATEST_VERSION {
        return Err(StoreError::NewerSchema {
            found: current,
            supported: LATEST_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i32 + 1)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()?;
    }
    Ok(())
}
