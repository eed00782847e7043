//! Publishing: the editor's words become what kiosks show. The new content must
//! load and check without errors; its version is written to `content/published.toml`
//! and a signed `content_published` entry goes into the audit log. A running kiosk
//! takes it at its next idle reset (see [`Published::read`] and `KioskApp`).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::consent::{AuditEvent, Timestamp};
use crate::content::{Content, PUBLISHED_FILE, check};
use crate::i18n::Catalog;
use crate::store::{Store, StoreError};

use super::workspace::{SaveError, write_atomically};

/// What `published.toml` says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// The content version published.
    pub version: String,
    /// The editor's account.
    pub by: String,
    /// When (RFC 3339).
    pub at: String,
}

impl Published {
    /// The last publication in `content_dir`: `None` when nothing was ever
    /// published; an error when the marker exists but cannot be read (never taken
    /// silently for "nothing published").
    pub fn read(content_dir: &Path) -> Result<Option<Self>, PublishedError> {
        let path = content_dir.join(PUBLISHED_FILE);
        let Some(text) = crate::content::read::read_optional_text_file(
            content_dir,
            &path,
            crate::content::read::TEXT_CAP,
        )?
        else {
            return Ok(None);
        };
        toml::from_str(&text)
            .map(Some)
            .map_err(|e| PublishedError::Malformed {
                path,
                why: e.message().to_owned(),
            })
    }
}

/// Why the publication marker could not be read.
#[derive(Debug, thiserror::Error)]
pub enum PublishedError {
    /// Not a readable file (see [`crate::content::read::ReadError`]).
    #[error(transparent)]
    Read(#[from] crate::content::read::ReadError),
    /// Not the marker the workspace writes.
    #[error("{path} is not a publication marker ({why}): publish again from the workspace")]
    Malformed {
        /// The file.
        path: std::path::PathBuf,
        /// What is wrong.
        why: String,
    },
}

/// Why publishing was refused. Nothing was published.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// The content or translations do not load, or the check finds errors.
    #[error("the content cannot be published: {0}")]
    Invalid(String),
    /// Writing the marker failed.
    #[error(transparent)]
    Write(#[from] SaveError),
    /// The audit log could not be written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Checks and publishes the content in `content_dir` and `locales_dir`.
pub fn publish(
    store: &mut Store,
    account_id: &str,
    content_dir: &Path,
    locales_dir: &Path,
    now: Timestamp,
) -> Result<Published, PublishError> {
    let report = check::check(content_dir, locales_dir);
    if report.has_errors() {
        let first = report
            .findings
            .iter()
            .find(|f| f.severity == check::Severity::Error)
            .map(|f| match &f.location {
                Some(at) => format!("{at}: {}", f.text),
                None => f.text.clone(),
            })
            .unwrap_or_default();
        return Err(PublishError::Invalid(first));
    }
    let catalog = Catalog::load(locales_dir).map_err(|e| PublishError::Invalid(e.to_string()))?;
    let content =
        Content::load(content_dir, &catalog).map_err(|e| PublishError::Invalid(e.to_string()))?;
    let published = Published {
        version: content.version.clone(),
        by: account_id.to_owned(),
        at: now
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
    };
    let text = format!(
        "# The content version kiosks show; written by the editor's \"Publish\".\n{}",
        toml::to_string(&published).unwrap_or_default()
    );
    write_atomically(&content_dir.join(PUBLISHED_FILE), &text)?;
    store.record_audit(&AuditEvent::ContentPublished {
        account_id: account_id.to_owned(),
        version: content.version,
        at: now,
    })?;
    Ok(published)
}

/// What a kiosk found when it looked for newly published content.
#[derive(Debug)]
pub enum Reload {
    /// Nothing new was published.
    Unchanged,
    /// The published version, loaded and ready.
    Loaded(Box<(Catalog, Content)>),
    /// Something was published but does not load (or the files changed since):
    /// the kiosk keeps what it has, and says why.
    KeptLastGood {
        /// The version that was published.
        version: String,
        /// Why it was not taken.
        why: String,
    },
}

/// Loads the published content if it differs from `current_version` and from
/// `already_refused` (a publication that did not load is not tried again until
/// there is a new one).
pub fn reload_if_published(
    content_dir: &Path,
    locales_dir: &Path,
    current_version: &str,
    already_refused: Option<&str>,
) -> Reload {
    let published = match Published::read(content_dir) {
        Ok(Some(published)) => published,
        Ok(None) => return Reload::Unchanged,
        // Remembered under its own text, so a broken marker is reported once, not every frame.
        Err(error) => {
            let why = error.to_string();
            if already_refused == Some(why.as_str()) {
                return Reload::Unchanged;
            }
            return Reload::KeptLastGood {
                version: why.clone(),
                why,
            };
        }
    };
    if published.version == current_version || Some(published.version.as_str()) == already_refused {
        return Reload::Unchanged;
    }
    let loaded = Catalog::load(locales_dir)
        .map_err(|e| e.to_string())
        .and_then(|catalog| {
            Content::load(content_dir, &catalog)
                .map(|content| (catalog, content))
                .map_err(|e| e.to_string())
        });
    match loaded {
        Ok((catalog, content)) if content.version == published.version => {
            Reload::Loaded(Box::new((catalog, content)))
        }
        Ok(_) => Reload::KeptLastGood {
            version: published.version,
            why: "the files changed after they were published: publish again".into(),
        },
        Err(why) => Reload::KeptLastGood {
            version: published.version,
            why,
        },
    }
}
