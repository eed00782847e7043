//! `locales/<tag>/locale.toml`: what a locale is and whether a person has reviewed it.

use std::path::Path;

use serde::Deserialize;

use super::I18nError;

/// Text direction of a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic script, Hebrew).
    Rtl,
}

/// Facts about a locale, for the language grid and for editors.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct LocaleMeta {
    /// The language's name in itself, e.g. "فارسی".
    pub native_name: String,
    /// The name in English, for editors.
    #[serde(default)]
    pub english_name: Option<String>,
    /// ISO 15924 script code, e.g. `Arab`, `Ethi`.
    pub script: String,
    /// Text direction.
    pub direction: Direction,
    /// `source` for English, `draft, unreviewed` for a machine or team draft,
    /// `reviewed` only after a named person reviewed it.
    pub review: String,
    /// Who reviewed it (only when a real review happened).
    #[serde(default)]
    pub reviewer: Option<String>,
    /// When (only when a real review happened).
    #[serde(default)]
    pub reviewed_on: Option<toml::value::Datetime>,
}

impl LocaleMeta {
    /// Reads `locale.toml`, which must be a regular file inside its own folder.
    pub fn load(path: &Path) -> Result<Self, I18nError> {
        Self::load_in(path.parent().unwrap_or(path), path)
    }

    /// Reads `locale.toml`, which must be a regular file inside `root`.
    pub fn load_in(root: &Path, path: &Path) -> Result<Self, I18nError> {
        let text =
            crate::content::read::read_text_file(root, path, crate::content::read::TEXT_CAP)?;
        toml::from_str(&text).map_err(|error| I18nError::Meta {
            location: super::Location::of_toml(path, &text, &error),
            message: error.message().to_owned(),
        })
    }

    /// Whether a person has reviewed this translation (never true for a draft).
    pub fn is_reviewed(&self) -> bool {
        self.review == "source" || (self.review == "reviewed" && self.reviewer.is_some())
    }
}
