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
    hash_files(dirs, |_| false)
}

/// The file of `content/` that describes the countries.
pub const COUNTRIES_FILE: &str = "countries.toml";
/// The name of each locale's file of country messages.
pub const COUNTRIES_FTL: &str = "countries.ftl";

/// The version of what every return shares: `content` and `locales` without the
/// countries' own files (`countries.toml`, each locale's `countries.ftl`), whose
/// parts each country's version takes on its own.
pub(super) fn shared_version(content: &Path, locales: &Path) -> Result<String, ReadError> {
    hash_files(&[content, locales], |(index, relative)| {
        if index == 0 {
            relative == Path::new(COUNTRIES_FILE)
        } else {
            relative.file_name() == Some(std::ffi::OsStr::new(COUNTRIES_FTL))
        }
    })
}

/// A country's version: the shared version, then the country's own entry and
/// its messages' texts in every locale, in a fixed order.
pub(super) fn country_version(shared: &str, texts: &[String]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(shared.as_bytes());
    for text in texts {
        hasher.update((text.len() as u64).to_le_bytes());
        hasher.update(text.as_bytes());
    }
    format!("sha256:{}", hex::encode(hasher.finalize()))
}

fn hash_files(dirs: &[&Path], skip: impl Fn((usize, &Path)) -> bool) -> Result<String, ReadError> {
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
            if relative == Path::new(PUBLISHED_FILE) || skip((index, relative)) {
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
