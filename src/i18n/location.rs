//! A place in a file, as editors and tools expect it: `path:line:column`.

use std::fmt;
use std::path::{Path, PathBuf};

/// A position in a text file (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// The file.
    pub path: PathBuf,
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl Location {
    /// The location of byte `offset` in `text`.
    pub fn at(path: &Path, text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
        Self {
            path: path.to_path_buf(),
            line,
            column,
        }
    }

    /// Where a TOML error points (the start of the file if it names no place).
    pub fn of_toml(path: &Path, text: &str, error: &toml::de::Error) -> Self {
        Self::at(path, text, error.span().map_or(0, |span| span.start))
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path.display(), self.line, self.column)
    }
}
