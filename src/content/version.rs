//! The content version every consent record stores: one hash over every file in
//! `content/` and `locales/`, so a record proves which words and rules were shown.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::read::{MEDIA_CAP, ReadError, read_file};

/// The file in `content/` that names the version an editor published last.
pub const PUBLISHED_FILE: &str = "published.toml";

/// Walks `dirs` and hashes each file's path (relative to its root) and bytes, in a
/// fixed order. Every file must be a regular file inside its folder (see
/// [`super::read`]): a FIFO would hang the walk, a link out of the folder would
/// make the version depend on files nobody published.
pub fn content_version(dirs: &[&Path]) -> Result<String, ReadError> {
    let mut hasher = Sha256::new();
    for (index, dir) in dirs.iter().enumerate() {
        let mut files = Vec::new();
        collect_files(dir, &mut files).map_err(|source| ReadError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        files.sort();
        for file in files {
            let relative = file.strip_prefix(dir).unwrap_or(&file);
            // The publication marker names a version; it cannot be part of it.
            if relative == Path::new(PUBLISHED_FILE) {
                continue;
            }
            hasher.update(index.to_le_bytes());
            hasher.update(relative.to_string_lossy().as_bytes());
            hasher.update([0]);
            let bytes = read_file(dir, &file, MEDIA_CAP)?;
            hasher.update((bytes.len() as u64).to_le_bytes());
            hasher.update(&bytes);
        }
    }
    Ok(format!("sha256:{}", hex::encode(hasher.finalize())))
}

fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        // Not followed: a link to a folder could loop, or lead anywhere.
        if entry.file_type()?.is_dir() {
            collect_files(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}
