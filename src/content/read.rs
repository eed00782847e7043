//! The one way files of `content/` and `locales/` are read. A deployment folder
//! is outside input: a FIFO or a device there would hang start-up, a symlink to
//! `/dev/zero` would eat memory, and a symlink out of the folder would show
//! words nobody published. So only regular files inside the folder are read,
//! and never more than a cap.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The most a text file (TOML, `.ftl`) may weigh: the largest real one is a few
/// dozen kilobytes.
pub const TEXT_CAP: u64 = 4 * 1024 * 1024;
/// The most a recording or a pictogram may weigh.
pub const MEDIA_CAP: u64 = 64 * 1024 * 1024;

/// Why a file of a content or locales folder was refused.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or read.
    #[error("could not read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A FIFO, a device, a socket or a folder where a file was expected.
    #[error("{path} is not a regular file: replace it with an ordinary file")]
    NotRegular {
        /// The file.
        path: PathBuf,
    },
    /// A symlink leading out of the folder.
    #[error("{path} leads outside {root}: put the file itself in the folder instead of a link")]
    Outside {
        /// The file.
        path: PathBuf,
        /// The folder it must stay in.
        root: PathBuf,
    },
    /// Larger than any real file of its kind.
    #[error("{path} is larger than {cap} bytes: it cannot be a real content file")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit.
        cap: u64,
    },
    /// Not UTF-8 text.
    #[error("{path} is not UTF-8 text: save it as UTF-8")]
    NotText {
        /// The file.
        path: PathBuf,
    },
}

impl ReadError {
    /// The file concerned.
    pub fn path(&self) -> &Path {
        match self {
            ReadError::Io { path, .. }
            | ReadError::NotRegular { path }
            | ReadError::Outside { path, .. }
            | ReadError::TooLarge { path, .. }
            | ReadError::NotText { path } => path,
        }
    }

    /// Whether the file simply is not there (some files are optional).
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    }
}

/// Checks that `path` is a regular file inside `root` (after following links)
/// of at most `cap` bytes, and opens it. Returns the file and its size.
pub fn open_file(root: &Path, path: &Path, cap: u64) -> Result<(File, u64), ReadError> {
    let io = |source| ReadError::Io {
        path: path.to_path_buf(),
        source,
    };
    // A missing file is the common case (optional files, recordings): answered
    // before the dearer canonical paths are worked out.
    std::fs::symlink_metadata(path).map_err(io)?;
    let real_root = root.canonicalize().map_err(|source| ReadError::Io {
        path: root.to_path_buf(),
        source,
    })?;
    let real = path.canonicalize().map_err(io)?;
    if !real.starts_with(&real_root) {
        return Err(ReadError::Outside {
            path: path.to_path_buf(),
            root: root.to_path_buf(),
        });
    }
    // Looked at before opening: opening a FIFO for reading waits for a writer.
    let metadata = std::fs::metadata(&real).map_err(io)?;
    if !metadata.is_file() {
        return Err(ReadError::NotRegular {
            path: path.to_path_buf(),
        });
    }
    if metadata.len() > cap {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            cap,
        });
    }
    let file = open_without_waiting(&real).map_err(io)?;
    // The file may have been swapped between the look and the open.
    let opened = file.metadata().map_err(io)?;
    if !opened.is_file() {
        return Err(ReadError::NotRegular {
            path: path.to_path_buf(),
        });
    }
    Ok((file, opened.len()))
}

#[cfg(unix)]
fn open_without_waiting(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

/// The bytes of `path`, a regular file inside `root` of at most `cap` bytes.
pub fn read_file(root: &Path, path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    let (file, size) = open_file(root, path, cap)?;
    let mut bytes = Vec::with_capacity(usize::try_from(size.min(cap)).unwrap_or(0));
    // One byte past the cap tells a file that grew since it was measured.
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| ReadError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > cap {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            cap,
        });
    }
    Ok(bytes)
}

/// The text of `path`, a regular UTF-8 file inside `root` of at most `cap` bytes.
pub fn read_text_file(root: &Path, path: &Path, cap: u64) -> Result<String, ReadError> {
    String::from_utf8(read_file(root, path, cap)?).map_err(|_| ReadError::NotText {
        path: path.to_path_buf(),
    })
}

/// The text of an optional file: `None` when it does not exist, an error when it
/// exists but cannot be read as it should.
pub fn read_optional_text_file(
    root: &Path,
    path: &Path,
    cap: u64,
) -> Result<Option<String>, ReadError> {
    match std::fs::symlink_metadata(path) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        _ => read_text_file(root, path, cap).map(Some),
    }
}

/// Whether `path` is a file the kiosk may use (pictograms, recordings): regular,
/// inside `root`, within `cap`.
pub fn is_usable_file(root: &Path, path: &Path, cap: u64) -> bool {
    open_file(root, path, cap).is_ok()
}

/// Writes `bytes` to `path` through a temporary file beside it, synced to disk,
/// renamed over the old file, and the folder synced too: after a crash or a
/// power cut the file is either the old one or the new one, never half of one,
/// and the rename itself is not lost.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let partial = path.with_extension("partial");
    let mut file = File::create(&partial)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&partial, path)?;
    sync_folder(parent)
}

/// Syncs a folder, so that a rename in it survives a power cut.
pub fn sync_folder(folder: &Path) -> std::io::Result<()> {
    File::open(folder)?.sync_all()
}
