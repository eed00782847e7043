//! A private copy of the bundled `content/` and `locales/` to break things in.

use std::fs;
use std::path::{Path, PathBuf};

use consent_kiosk::content::{Content, ContentError};
use consent_kiosk::i18n::Catalog;

/// The bundled content and locales folders.
pub fn bundled() -> (PathBuf, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    (root.join("content"), root.join("locales"))
}

/// Copies both bundled folders into a temporary directory.
pub fn copy_tree() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (content, locales) = bundled();
    super::copy_dir(&content, &dir.path().join("content"));
    super::copy_dir(&locales, &dir.path().join("locales"));
    let (c, l) = (dir.path().join("content"), dir.path().join("locales"));
    (dir, c, l)
}

/// Replaces the first `from` in `path` with `to` (which must be there).
pub fn replace_in(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{} contains {from:?}", path.display());
    fs::write(path, text.replacen(from, to, 1)).expect("write");
}

/// Loads `content` with the catalog of `locales`.
pub fn load(content: &Path, locales: &Path) -> Result<Content, ContentError> {
    let catalog = Catalog::load(locales).expect("locales load");
    Content::load(content, &catalog)
}
