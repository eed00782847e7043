//! `[backup]` in `deployment.toml`: checked within its bounds, with file and line.

use std::path::PathBuf;

use super::files::BackupTable;
use super::{BackupSetting, ContentError, Source};

/// At most a week between backups: a longer gap risks losing more than a centre can re-record.
const EVERY_HOURS: std::ops::RangeInclusive<u32> = 1..=168;
/// At most a year of daily backups on the second disk.
const KEEP: std::ops::RangeInclusive<u32> = 1..=365;

pub(super) fn check(
    source: &Source,
    table: Option<&BackupTable>,
) -> Result<Option<BackupSetting>, ContentError> {
    let Some(table) = table else { return Ok(None) };
    let to = PathBuf::from(table.to.get_ref());
    if !to.is_absolute() {
        return source.error(
            table.to.span(),
            format!(
                "backup.to \"{}\" must be an absolute path, e.g. \"/mnt/backup/consent-kiosk\" (a folder on a second disk)",
                table.to.get_ref()
            ),
        );
    }
    for (name, value, range) in [
        ("every_hours", &table.every_hours, EVERY_HOURS),
        ("keep", &table.keep, KEEP),
    ] {
        if !range.contains(value.get_ref()) {
            return source.error(
                value.span(),
                format!(
                    "backup.{name} = {} is out of bounds: use {} to {}",
                    value.get_ref(),
                    range.start(),
                    range.end()
                ),
            );
        }
    }
    Ok(Some(BackupSetting {
        to,
        every_hours: *table.every_hours.get_ref(),
        keep: *table.keep.get_ref(),
        keys: table.keys.unwrap_or(true),
    }))
}
