//! What each editor account last saw of each message (its English and its
//! translation, as [`super::Workspace::seen_mark`] gives them), so that the
//! workspace can list what changed since that person last looked. Kept in a
//! small file in the data folder: it belongs to this machine's accounts, not to
//! the words that are published.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file's name in the data folder.
pub const FILE: &str = "editor-seen.toml";

/// Account → locale → message ID → mark.
type Marks = BTreeMap<String, BTreeMap<String, BTreeMap<String, String>>>;

/// Why the file could not be read or written. A file that does not read is
/// never written over: what it held is not lost.
#[derive(Debug, thiserror::Error)]
pub enum SeenError {
    /// Reading or writing failed.
    #[error("could not read or write {path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not what this program writes.
    #[error("{path} is not a list of messages seen: {message}")]
    Malformed {
        /// The file.
        path: PathBuf,
        /// What the TOML reader said.
        message: String,
    },
}

/// The marks of every account on this machine.
#[derive(Debug, Clone, Default)]
pub struct Seen {
    path: PathBuf,
    marks: Marks,
}

impl Seen {
    /// Reads `path` (nothing seen yet when it does not exist).
    pub fn open(path: &Path) -> Result<Self, SeenError> {
        let marks = match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text).map_err(|error| SeenError::Malformed {
                path: path.to_path_buf(),
                message: error.message().trim().to_owned(),
            })?,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Marks::new(),
            Err(source) => {
                return Err(SeenError::Io {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        Ok(Self {
            path: path.to_path_buf(),
            marks,
        })
    }

    /// Whether `account` looked at `id` in `tag` before, and it changed since
    /// (`mark` is what it is now). A message never opened has not "changed".
    pub fn changed(&self, account: &str, tag: &str, id: &str, mark: &str) -> bool {
        self.marks
            .get(account)
            .and_then(|locales| locales.get(tag))
            .and_then(|ids| ids.get(id))
            .is_some_and(|seen| seen != mark)
    }

    /// Remembers that `account` saw `id` in `tag` as `mark`; written at once
    /// (only when it is new).
    pub fn look(
        &mut self,
        account: &str,
        tag: &str,
        id: &str,
        mark: &str,
    ) -> Result<(), SeenError> {
        let ids = self
            .marks
            .entry(account.to_owned())
            .or_default()
            .entry(tag.to_owned())
            .or_default();
        if ids.get(id).map(String::as_str) == Some(mark) {
            return Ok(());
        }
        ids.insert(id.to_owned(), mark.to_owned());
        let mut text = String::from(
            "# What each editor account last saw of each message (hashes of its English and\n# its translation), for \"changed since I last looked\".\n",
        );
        text.push_str(&toml::to_string(&self.marks).unwrap_or_default());
        crate::content::read::write_atomically(&self.path, text.as_bytes()).map_err(|source| {
            SeenError::Io {
                path: self.path.clone(),
                source,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_after_a_look_is_found_for_that_account_only_and_survives_a_restart() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(FILE);
        let mut seen = Seen::open(&path).expect("open");
        assert!(!seen.changed("editor.one", "fr", "nav-back", "a:b"));
        seen.look("editor.one", "fr", "nav-back", "a:b")
            .expect("look");
        assert!(!seen.changed("editor.one", "fr", "nav-back", "a:b"));
        let again = Seen::open(&path).expect("open again");
        assert!(again.changed("editor.one", "fr", "nav-back", "a:c"));
        assert!(!again.changed("editor.two", "fr", "nav-back", "a:c"));
        assert!(!again.changed("editor.one", "ar", "nav-back", "a:c"));
    }

    #[test]
    fn a_broken_file_is_an_error_and_is_not_written_over() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(FILE);
        std::fs::write(&path, "this is [ not toml").expect("write");
        let error = Seen::open(&path).expect_err("broken");
        assert!(error.to_string().contains(FILE), "{error}");
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "this is [ not toml"
        );
    }
}
