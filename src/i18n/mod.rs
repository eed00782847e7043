//! Words: Fluent bundles per locale from `locales/`, language negotiation, a
//! visible fallback chain, numbers and dates in each language's own digits, and
//! pseudo-locales made from English for developers (`pseudo.rs`).

pub mod calendar;
mod catalog;
mod depth;
mod locale_meta;
mod location;
mod numbers;
pub mod pseudo;

use std::path::PathBuf;

pub use calendar::PersianCalendar;
pub(crate) use catalog::depth_problem;
pub use catalog::{Catalog, FtlProblem, Locale, LocaleChain, Localized, SOURCE_LOCALE, ftl_files};
pub use depth::{MAX_FLUENT_DEPTH, too_deep};
pub use locale_meta::{Direction, LocaleMeta};
pub use location::Location;

/// Why the locales could not be loaded at all.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    /// A file or folder could not be read.
    #[error("could not read {path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A file was refused (not a regular file, outside the folder, too large).
    #[error(transparent)]
    File(#[from] crate::content::read::ReadError),
    /// A folder name that is not a BCP 47 tag.
    #[error("{path}: the folder name is not a BCP 47 language tag")]
    BadTag {
        /// The folder.
        path: PathBuf,
    },
    /// `locale.toml` is malformed.
    #[error("{location}: {message}")]
    Meta {
        /// Where.
        location: Location,
        /// What.
        message: String,
    },
    /// A TOML file beside the messages (`sources.toml`, `recordings.toml`,
    /// `reviews.toml`) is malformed.
    #[error("{location}: {message}; fix the file (nothing is overwritten while it is broken)")]
    Malformed {
        /// Where.
        location: Location,
        /// What the TOML reader said.
        message: String,
    },
    /// Fluent's built-in functions could not be added (a library fault).
    #[error("Fluent's built-in functions could not be added: {message}")]
    Builtins {
        /// What Fluent said.
        message: String,
    },
    /// There is no English folder.
    #[error("{path} is missing: English is the source every locale falls back to")]
    NoSourceLocale {
        /// The expected folder.
        path: PathBuf,
    },
}
