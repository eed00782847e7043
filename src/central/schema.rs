//! Numbered migrations of the central database, tracked in `schema_migrations`.

use postgres::Client;

use super::CentralError;

/// Every migration in order; the position + 1 is the version it brings.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_central.sql"),
    include_str!("migrations/0002_no_row_device_checks.sql"),
    include_str!("migrations/0003_sharing.sql"),
];

/// The schema version this build writes.
pub const LATEST_VERSION: i32 = MIGRATIONS.len() as i32;

/// A lock number only `central init` takes, so two at once cannot both migrate.
const MIGRATION_LOCK: i64 = 0x434B_4D47;

/// Creates the schema or brings it up to [`LATEST_VERSION`], each step in one
/// transaction. Returns the version before and after.
pub fn migrate(client: &mut Client) -> Result<(i32, i32), CentralError> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version    integer PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now()
        )",
    )?;
    let before: i32 = tx
        .query_one(
            "SELECT coalesce(max(version), 0) FROM schema_migrations",
            &[],
        )?
        .get(0);
    if before > LATEST_VERSION {
        return Err(CentralError::NewerSchema {
            found: before,
            supported: LATEST_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(before as usize) {
        tx.batch_execute(sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version) VALUES ($1)",
            &[&(index as i32 + 1)],
        )?;
    }
    tx.commit()?;
    Ok((before, LATEST_VERSION))
}

/// Refuses a database without the schema, or with a newer one.
pub fn require_current(client: &mut Client) -> Result<(), CentralError> {
    let exists: bool = client
        .query_one("SELECT to_regclass('schema_migrations') IS NOT NULL", &[])?
        .get(0);
    if !exists {
        return Err(CentralError::NotInitialised);
    }
    let version: i32 = client
        .query_one(
            "SELECT coalesce(max(version), 0) FROM schema_migrations",
            &[],
        )?
        .get(0);
    if version > LATEST_VERSION {
        return Err(CentralError::NewerSchema {
            found: version,
            supported: LATEST_VERSION,
        });
    }
    if version < LATEST_VERSION {
        return Err(CentralError::NotInitialised);
    }
    Ok(())
}
