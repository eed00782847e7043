//! Files the command line writes (exports, receipts): never over the store, never half.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use anyhow::{Context, Result};
use consent_kiosk::store::{StoreError, StorePaths};

/// Refuses an output path that is a file of the store (also through a symbolic or
/// a hard link: the same device and inode) or lies inside its data directory.
pub fn refuse_store_file(paths: &StorePaths, out: &Path) -> Result<(), StoreError> {
    let refuse = || StoreError::OutputInStore {
        path: out.to_path_buf(),
        dir: paths.dir.clone(),
    };
    let store_files = [
        paths.database(),
        paths.wal(),
        paths.shm(),
        paths.database_key(),
        paths.device_key(),
        paths.lock(),
        paths.building(),
    ];
    if let Ok(target) = fs::metadata(out) {
        let same = |file: &Path| {
            fs::metadata(file).is_ok_and(|m| m.dev() == target.dev() && m.ino() == target.ino())
        };
        if same(&paths.dir) || store_files.iter().any(|file| same(file)) {
            return Err(refuse());
        }
    }
    // Inside the data directory, once every link in the folders is resolved.
    let Ok(dir) = fs::canonicalize(&paths.dir) else {
        return Ok(());
    };
    let folder = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let inside = |path: &Path| fs::canonicalize(path).is_ok_and(|p| p.starts_with(&dir));
    if inside(folder) || inside(out) {
        return Err(refuse());
    }
    Ok(())
}

/// Writes `out` whole or not at all: into a temporary file in the same folder, synced,
/// mode 0600 (exports and receipts name people's decisions), then renamed into place
/// and the folder synced, so a crash or a full disk never leaves half a file.
///
/// A device or a pipe (`/dev/stdout`, a named pipe) is written into as it is:
/// renaming a file over it would replace the device itself, not write to it.
pub fn write_whole<T>(
    out: &Path,
    write: impl FnOnce(&mut BufWriter<&mut File>) -> Result<T>,
) -> Result<T> {
    if fs::metadata(out).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let mut device = fs::OpenOptions::new()
            .write(true)
            .open(out)
            .with_context(|| format!("opening {}", out.display()))?;
        let mut writer = BufWriter::new(&mut device);
        let value = write(&mut writer)?;
        writer
            .flush()
            .with_context(|| format!("writing {}", out.display()))?;
        return Ok(value);
    }
    let folder = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".consent-kiosk-")
        .permissions(fs::Permissions::from_mode(0o600))
        .tempfile_in(folder)
        .with_context(|| format!("creating a temporary file in {}", folder.display()))?;
    let value = {
        let mut writer = BufWriter::new(temp.as_file_mut());
        let value = write(&mut writer)?;
        writer
            .flush()
            .with_context(|| format!("writing {}", out.display()))?;
        value
    };
    temp.as_file()
        .sync_all()
        .with_context(|| format!("writing {}", out.display()))?;
    temp.persist(out)
        .map_err(|e| e.error)
        .with_context(|| format!("moving the new file into place at {}", out.display()))?;
    File::open(folder)
        .and_then(|dir| dir.sync_all())
        .with_context(|| format!("syncing {}", folder.display()))?;
    Ok(value)
}
