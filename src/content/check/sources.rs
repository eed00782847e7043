//! `locales/<tag>/sources.toml`: for each translated message, a hash of the English
//! it was translated from. When English changes, the hash no longer matches and
//! `content check` calls the translation stale.

use std::collections::BTreeMap;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::content::read::{TEXT_CAP, read_optional_text_file};
use crate::i18n::{I18nError, Location, SOURCE_LOCALE};

use super::read_locale;

const FILE: &str = "sources.toml";

/// The recorded hashes of a locale in `folder` under `root` (empty if none were
/// recorded). A malformed file is an error: read as empty, the next save would
/// wipe it.
pub fn read(root: &Path, folder: &Path) -> Result<BTreeMap<String, String>, I18nError> {
    read_toml(root, &folder.join(FILE))
}

/// An optional TOML file of `root` (`T::default()` when absent); malformed is an error.
pub(crate) fn read_toml<T: DeserializeOwned + Default>(
    root: &Path,
    path: &Path,
) -> Result<T, I18nError> {
    let Some(text) = read_optional_text_file(root, path, TEXT_CAP)? else {
        return Ok(T::default());
    };
    toml::from_str(&text).map_err(|error| I18nError::Malformed {
        location: Location::of_toml(path, &text, &error),
        message: error.message().trim().to_owned(),
    })
}

/// Records, for every message `tag` has, the hash of the current English: the
/// editor's statement that these translations match the English of today.
/// Returns how many messages were stamped.
pub fn stamp(locales_dir: &Path, tag: &str) -> Result<usize, I18nError> {
    let source = read_locale(locales_dir, SOURCE_LOCALE)?;
    let translated = read_locale(locales_dir, tag)?;
    let source_hashes: BTreeMap<&String, &String> = source
        .values()
        .flat_map(|file| file.messages.iter().map(|(id, facts)| (id, &facts.hash)))
        .collect();
    let mut stamped = BTreeMap::new();
    for file in translated.values() {
        for id in file.messages.keys() {
            if let Some(hash) = source_hashes.get(id) {
                stamped.insert(id.clone(), (*hash).clone());
            }
        }
    }
    let mut text = String::from(
        "# For each message, a hash of the English it was translated from.\n# Written by `consent-kiosk content stamp`; do not edit by hand.\n",
    );
    text.push_str(&toml::to_string(&stamped).unwrap_or_default());
    let path = locales_dir.join(tag).join(FILE);
    crate::content::read::write_atomically(&path, text.as_bytes())
        .map_err(|source| I18nError::Io { path, source })?;
    Ok(stamped.len())
}
