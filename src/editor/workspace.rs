//! The workspace: every locale's messages beside their English, grouped by the
//! kiosk page they appear on, each with its status; saving one message at a time.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::consent::Timestamp;
use crate::content::Content;
use crate::content::check::ftl;
use crate::content::check::sources::read_toml;
use crate::content::read::{MEDIA_CAP, TEXT_CAP, read_optional_text_file, read_text_file};
use crate::i18n::{Catalog, I18nError, Location, SOURCE_LOCALE, ftl_files};

use super::ftl_edit::{self, EditProblem};

/// Where a translation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Not translated: the kiosk shows the host language or English instead.
    Missing,
    /// Translated from an English that has changed since.
    Stale,
    /// Translated, not reviewed by a person.
    Draft,
    /// Reviewed, and unchanged since.
    Reviewed,
}

impl Status {
    /// Every status, in filter order.
    pub const ALL: [Status; 4] = [
        Status::Missing,
        Status::Stale,
        Status::Draft,
        Status::Reviewed,
    ];

    /// The message naming it.
    pub fn message(self) -> &'static str {
        match self {
            Status::Missing => "editor-status-missing",
            Status::Stale => "editor-status-stale",
            Status::Draft => "editor-status-draft",
            Status::Reviewed => "editor-status-reviewed",
        }
    }
}

/// A group of messages that appear together on one kiosk screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorPage {
    /// `overview`, `option/asylum`, `country/GE`, `items`, `question/<id>`, `page/<id>`, or `file/<name>`.
    pub id: String,
    /// Its messages, in screen order.
    pub message_ids: Vec<String>,
}

/// One message: English, translation, status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The ID.
    pub id: String,
    /// The file it lives in (`kiosk.ftl`).
    pub file: String,
    /// The English, as written.
    pub english: String,
    /// The translation, as written.
    pub translation: Option<String>,
    /// Where it stands.
    pub status: Status,
}

/// Who reviewed a message, when, and which wording.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReviewMark {
    /// Hash of the translation reviewed: any later edit makes it a draft again.
    pub hash: String,
    /// The reviewer's name or account.
    pub reviewer: String,
    /// When (RFC 3339 date).
    pub date: String,
}

#[derive(Debug, Clone, Default)]
struct LocaleState {
    /// File name → its text, as on disk.
    files: BTreeMap<String, String>,
    /// ID → (file, value as written, hash of the message).
    messages: BTreeMap<String, (String, String, String)>,
    /// `sources.toml`: ID → hash of the English translated from.
    stamps: BTreeMap<String, String>,
    /// `reviews.toml`.
    reviews: BTreeMap<String, ReviewMark>,
    /// Syntax errors in its files: where and what.
    problems: Vec<(Location, String)>,
    /// `history.toml`: ID → the wordings saved in this workspace, oldest first.
    history: BTreeMap<String, Vec<Earlier>>,
    /// `glossary.toml`, when the locale has one that reads.
    glossary: Option<crate::content::check::glossary::Glossary>,
}

/// A wording of a message saved in the workspace: what it said, who saved it, when.
/// The locale's `history.toml` keeps the last few per message, so translators
/// see earlier versions beside the field without any version control at runtime.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Earlier {
    /// The message as it was saved.
    pub value: String,
    /// The account that saved it.
    pub account: String,
    /// When (RFC 3339 date).
    pub date: String,
}

/// A term of the locale's glossary found in a message's English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryHint {
    /// The term's name (`withdraw`).
    pub term: String,
    /// The English word found (`withdraw`).
    pub english: String,
    /// The renderings this language accepts.
    pub accepted: Vec<String>,
    /// Renderings that shift the meaning.
    pub forbidden: Vec<String>,
    /// The glossary's note.
    pub note: Option<String>,
}

/// Wordings saved per message in `history.toml`: enough for a memory, small enough to read.
const HISTORY_KEPT: usize = 8;

/// Why saving did not happen. Nothing was written in any case.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The text is not a valid message (or its variables differ from the English).
    #[error("the message is not valid: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<EditProblem>),
    /// Someone else saved this message since it was opened.
    #[error("someone else changed this message since you opened it")]
    Conflict {
        /// What is on disk now.
        on_disk: Option<String>,
        /// What you typed.
        mine: String,
    },
    /// The ID is not in the English.
    #[error("there is no English message {0}")]
    UnknownId(String),
    /// A file beside the messages is broken or was refused; nothing was written.
    #[error(transparent)]
    Files(I18nError),
    /// A file could not be read or written.
    #[error("could not write {path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A take could not be made fit to play (silent, too short, unreadable).
    #[error(transparent)]
    Take(#[from] crate::audio::loudness::LoudnessError),
    /// A review could not be recorded.
    #[error(transparent)]
    Review(#[from] crate::content::recordings::ReviewError),
}

/// Locale and page → current, reviewed and all messages.
type Counts = BTreeMap<(String, Option<String>), (usize, usize, usize)>;

/// The whole workspace.
#[derive(Debug)]
pub struct Workspace {
    locales_dir: PathBuf,
    content_dir: PathBuf,
    english: LocaleState,
    locales: BTreeMap<String, LocaleState>,
    pages: Vec<EditorPage>,
    /// Why the content could not be loaded (the workspace opens anyway).
    content_problem: Option<String>,
    /// Progress counts by locale and page, forgotten whenever a locale is read again.
    counts: std::cell::RefCell<Counts>,
}

const REVIEWS: &str = "reviews.toml";
const SOURCES: &str = "sources.toml";
const RECORDINGS: &str = "recordings.toml";
const HISTORY: &str = "history.toml";

impl Workspace {
    /// Opens every locale in `locales_dir`. Broken files do not stop it: their
    /// problems are listed with file and line so the editor can fix them here.
    pub fn open(locales_dir: &Path, content_dir: &Path) -> Result<Self, I18nError> {
        let mut locales = BTreeMap::new();
        let mut tags: Vec<String> = std::fs::read_dir(locales_dir)
            .map_err(|source| I18nError::Io {
                path: locales_dir.to_path_buf(),
                source,
            })?
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        tags.sort();
        for tag in tags {
            locales.insert(
                tag.clone(),
                read_state(locales_dir, &locales_dir.join(&tag))?,
            );
        }
        let english = locales
            .remove(SOURCE_LOCALE)
            .ok_or_else(|| I18nError::NoSourceLocale {
                path: locales_dir.join(SOURCE_LOCALE),
            })?;
        let (pages, content_problem) = match Catalog::load(locales_dir)
            .map_err(|e| e.to_string())
            .and_then(|catalog| Content::load(content_dir, &catalog).map_err(|e| e.to_string()))
        {
            Ok(content) => (pages_of(&content, &english), None),
            Err(problem) => (pages_by_file(&english, &BTreeSet::new()), Some(problem)),
        };
        Ok(Self {
            locales_dir: locales_dir.to_path_buf(),
            content_dir: content_dir.to_path_buf(),
            english,
            locales,
            pages,
            content_problem,
            counts: std::cell::RefCell::default(),
        })
    }

    /// The locales that can be edited (every one but English).
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.locales.keys().map(String::as_str)
    }

    /// The pages, in kiosk order, then the rest by file.
    pub fn pages(&self) -> &[EditorPage] {
        &self.pages
    }

    /// The content folder.
    pub fn content_dir(&self) -> &Path {
        &self.content_dir
    }

    /// The locales folder.
    pub fn locales_dir(&self) -> &Path {
        &self.locales_dir
    }

    /// Why `content/` did not load, if it did not.
    pub fn content_problem(&self) -> Option<&str> {
        self.content_problem.as_deref()
    }

    /// Syntax errors in a locale's files (English included): file, line, what.
    pub fn problems(&self, tag: &str) -> Vec<(Location, String)> {
        let mut all = self.english.problems.clone();
        if let Some(state) = self.locales.get(tag) {
            all.extend(state.problems.iter().cloned());
        }
        all
    }

    /// One message's row in `tag`.
    pub fn row(&self, tag: &str, id: &str) -> Option<Row> {
        let (file, english, english_hash) = self.english.messages.get(id)?;
        let state = self.locales.get(tag)?;
        let translation = state.messages.get(id);
        let status = match translation {
            None => Status::Missing,
            Some(_) if state.stamps.get(id) != Some(english_hash) => Status::Stale,
            Some((_, _, hash)) if state.reviews.get(id).is_some_and(|r| &r.hash == hash) => {
                Status::Reviewed
            }
            Some(_) => Status::Draft,
        };
        Some(Row {
            id: id.to_owned(),
            file: file.clone(),
            english: english.clone(),
            translation: translation.map(|(_, value, _)| value.clone()),
            status,
        })
    }

    /// The rows of a page (or of every message), filtered by status and by a text
    /// found in the ID, the English or the translation.
    pub fn rows(
        &self,
        tag: &str,
        page: Option<&str>,
        status: Option<Status>,
        search: &str,
    ) -> Vec<Row> {
        let needle = search.trim().to_lowercase();
        let ids: Vec<&String> = match page.and_then(|p| self.pages.iter().find(|x| x.id == p)) {
            Some(page) => page.message_ids.iter().collect(),
            None => self.english.messages.keys().collect(),
        };
        ids.into_iter()
            .filter_map(|id| self.row(tag, id))
            .filter(|row| status.is_none_or(|s| row.status == s))
            .filter(|row| {
                needle.is_empty()
                    || row.id.to_lowercase().contains(&needle)
                    || row.english.to_lowercase().contains(&needle)
                    || row
                        .translation
                        .as_ref()
                        .is_some_and(|t| t.to_lowercase().contains(&needle))
            })
            .collect()
    }

    /// Reviewed out of all, for a locale or one of its pages.
    pub fn reviewed(&self, tag: &str, page: Option<&str>) -> (usize, usize) {
        let (_, reviewed, all) = self.counts(tag, page);
        (reviewed, all)
    }

    /// Translated and current (draft or reviewed) out of all, for a locale or one of its pages.
    pub fn progress(&self, tag: &str, page: Option<&str>) -> (usize, usize) {
        let (done, _, all) = self.counts(tag, page);
        (done, all)
    }

    /// Current, reviewed and all, counted once until the locale is read again
    /// (the screen shows them for every language and page at every frame).
    fn counts(&self, tag: &str, page: Option<&str>) -> (usize, usize, usize) {
        let key = (tag.to_owned(), page.map(str::to_owned));
        if let Some(known) = self.counts.borrow().get(&key) {
            return *known;
        }
        let rows = self.rows(tag, page, None, "");
        let done = rows
            .iter()
            .filter(|r| matches!(r.status, Status::Draft | Status::Reviewed))
            .count();
        let reviewed = rows
            .iter()
            .filter(|r| matches!(r.status, Status::Reviewed))
            .count();
        let counted = (done, reviewed, rows.len());
        self.counts.borrow_mut().insert(key, counted);
        counted
    }

    /// Saves one message of `tag`. `base` is the translation as it was when the
    /// editor opened it: if the file now holds something else, nothing is written
    /// and both texts come back. The English it was translated from is recorded.
    pub fn save(
        &mut self,
        tag: &str,
        id: &str,
        value: &str,
        base: Option<&str>,
    ) -> Result<(), SaveError> {
        let (file, english, english_hash) = self
            .english
            .messages
            .get(id)
            .cloned()
            .ok_or_else(|| SaveError::UnknownId(id.to_owned()))?;
        let entry = ftl_edit::validate(id, value, Some(&english)).map_err(SaveError::Invalid)?;
        let folder = self.locales_dir.join(tag);
        let path = folder.join(&file);
        let on_disk_text = read_optional_text_file(&self.locales_dir, &path, TEXT_CAP)
            .map_err(|e| SaveError::Files(e.into()))?
            .unwrap_or_default();
        let on_disk = ftl_edit::editable_value(&on_disk_text, id);
        if on_disk.as_deref() != base && on_disk.as_deref() != Some(value) {
            return Err(SaveError::Conflict {
                on_disk,
                mine: value.to_owned(),
            });
        }
        let updated = ftl_edit::splice(&on_disk_text, id, &entry);
        write_atomically(&path, &updated)?;
        let mut stamps = crate::content::check::sources::read(&self.locales_dir, &folder)
            .map_err(SaveError::Files)?;
        stamps.insert(id.to_owned(), english_hash);
        write_toml_map(
            &folder.join(SOURCES),
            "# For each message, a hash of the English it was translated from.\n# Written by `consent-kiosk content stamp`; do not edit by hand.\n",
            &stamps,
        )?;
        self.reload(tag)
    }

    /// Saves as [`Self::save`] does, and keeps the wording with `account` and
    /// `date` in the locale's history (the translation memory, and who wrote
    /// the current wording, so that a second person reviews it).
    pub fn save_by(
        &mut self,
        tag: &str,
        id: &str,
        value: &str,
        base: Option<&str>,
        account: &str,
        date: time::Date,
    ) -> Result<(), SaveError> {
        // The history is read before anything is written: a broken file stops here.
        let folder = self.locales_dir.join(tag);
        let mut history: BTreeMap<String, Vec<Earlier>> =
            read_toml(&self.locales_dir, &folder.join(HISTORY)).map_err(SaveError::Files)?;
        let before = self.row(tag, id).and_then(|r| r.translation);
        self.save(tag, id, value, base)?;
        let kept = history.entry(id.to_owned()).or_default();
        // The wording found on disk before the first save here counts as an earlier one.
        if kept.is_empty()
            && let Some(before) = before.filter(|b| b != value)
        {
            kept.push(Earlier {
                value: before,
                account: String::new(),
                date: String::new(),
            });
        }
        if kept
            .last()
            .is_none_or(|last| last.value != value || last.account != account)
        {
            kept.push(Earlier {
                value: value.to_owned(),
                account: account.to_owned(),
                date: date.to_string(),
            });
        }
        let excess = kept.len().saturating_sub(HISTORY_KEPT);
        kept.drain(..excess);
        let mut text = String::from(
            "# Wordings saved in the editor, oldest first: the translation memory beside the field,\n# and who wrote a wording (a second person reviews it).\n",
        );
        text.push_str(&toml::to_string(&history).unwrap_or_default());
        write_atomically(&folder.join(HISTORY), &text)?;
        self.reload(tag)
    }

    /// Earlier wordings of `id` in `tag` that differ from its translation now,
    /// newest first.
    pub fn earlier(&self, tag: &str, id: &str) -> Vec<&Earlier> {
        let Some(state) = self.locales.get(tag) else {
            return Vec::new();
        };
        let now = state.messages.get(id).map(|(_, value, _)| value.as_str());
        let mut seen = BTreeSet::new();
        state
            .history
            .get(id)
            .into_iter()
            .flatten()
            .rev()
            .filter(|e| Some(e.value.as_str()) != now && seen.insert(e.value.as_str()))
            .collect()
    }

    /// Who saved the current wording of `id` in `tag` through the editor, if
    /// the history knows.
    pub fn written_by(&self, tag: &str, id: &str) -> Option<&str> {
        let state = self.locales.get(tag)?;
        let (_, now, _) = state.messages.get(id)?;
        let last = state.history.get(id)?.last()?;
        (&last.value == now && !last.account.is_empty()).then_some(last.account.as_str())
    }

    /// Other messages of `tag` with the very same English as `id`, and their
    /// translations: the same words translated once already.
    pub fn same_english(&self, tag: &str, id: &str) -> Vec<(String, String)> {
        let (Some(english), Some(state)) = (self.english(id), self.locales.get(tag)) else {
            return Vec::new();
        };
        self.english
            .messages
            .iter()
            .filter(|(other, (_, value, _))| other.as_str() != id && value == english)
            .filter_map(|(other, _)| {
                state
                    .messages
                    .get(other)
                    .map(|(_, value, _)| (other.clone(), value.clone()))
            })
            .collect()
    }

    /// The glossary's terms whose English words appear in the English of `id`,
    /// with this locale's renderings.
    pub fn glossary_hints(&self, tag: &str, id: &str) -> Vec<GlossaryHint> {
        use crate::content::check::glossary::fold;
        let (Some(english), Some(terms)) = (self.english(id), self.english.glossary.as_ref())
        else {
            return Vec::new();
        };
        let words: Vec<String> = fold(english)
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        let local = self.locales.get(tag).and_then(|s| s.glossary.as_ref());
        let mut hints = Vec::new();
        for (name, term) in &terms.terms {
            let found = term.english.iter().find(|form| {
                let form = fold(form);
                // A form of several words is looked for as written; one word at a word's start.
                if form.contains(' ') {
                    fold(english).contains(&form)
                } else {
                    words.iter().any(|w| w.starts_with(&form))
                }
            });
            let Some(found) = found else {
                continue;
            };
            let mine = local.and_then(|g| g.terms.get(name));
            hints.push(GlossaryHint {
                term: name.clone(),
                english: found.clone(),
                accepted: mine.map(|t| t.accepted.clone()).unwrap_or_default(),
                forbidden: mine.map(|t| t.forbidden.clone()).unwrap_or_default(),
                note: mine
                    .and_then(|t| t.note.clone())
                    .or_else(|| term.note.clone()),
            });
        }
        hints
    }

    /// What a person saw of `id` in `tag`: its English and its translation, as
    /// hashes. Any change to either gives another mark.
    pub fn seen_mark(&self, tag: &str, id: &str) -> Option<String> {
        let (_, _, english) = self.english.messages.get(id)?;
        let translation = self
            .locales
            .get(tag)?
            .messages
            .get(id)
            .map_or("-", |(_, _, hash)| hash.as_str());
        Some(format!("{english}:{translation}"))
    }

    /// Marks every current translation of `tag` (or of one page) as reviewed by
    /// `reviewer` on `date`. Returns how many messages were marked.
    pub fn mark_reviewed(
        &mut self,
        tag: &str,
        page: Option<&str>,
        reviewer: &str,
        date: Timestamp,
    ) -> Result<usize, SaveError> {
        let rows = self.rows(tag, page, None, "");
        let Some(state) = self.locales.get(tag) else {
            return Ok(0);
        };
        let mut reviews = state.reviews.clone();
        let mut marked = 0;
        for row in rows
            .iter()
            .filter(|r| matches!(r.status, Status::Draft | Status::Reviewed))
        {
            if let Some((_, _, hash)) = state.messages.get(&row.id) {
                reviews.insert(
                    row.id.clone(),
                    ReviewMark {
                        hash: hash.clone(),
                        reviewer: reviewer.to_owned(),
                        date: date.date().to_string(),
                    },
                );
                marked += 1;
            }
        }
        self.write_reviews(tag, &reviews)?;
        Ok(marked)
    }

    /// Marks single messages of `tag` as reviewed by `reviewer` on `date`, each
    /// only if its translation is still the wording reviewed (`hash`, from
    /// [`Self::translation_hash`]) and current with its English. Returns the IDs
    /// marked; the others are left as they are.
    pub fn mark_messages_reviewed(
        &mut self,
        tag: &str,
        reviewed: &[(String, String)],
        reviewer: &str,
        date: time::Date,
    ) -> Result<Vec<String>, SaveError> {
        let Some(state) = self.locales.get(tag) else {
            return Ok(Vec::new());
        };
        let mut reviews = state.reviews.clone();
        let mut marked = Vec::new();
        for (id, hash) in reviewed {
            let current = self
                .row(tag, id)
                .is_some_and(|r| matches!(r.status, Status::Draft | Status::Reviewed));
            let same = state.messages.get(id).is_some_and(|(_, _, h)| h == hash);
            if current && same {
                reviews.insert(
                    id.clone(),
                    ReviewMark {
                        hash: hash.clone(),
                        reviewer: reviewer.to_owned(),
                        date: date.to_string(),
                    },
                );
                marked.push(id.clone());
            }
        }
        if !marked.is_empty() {
            self.write_reviews(tag, &reviews)?;
        }
        Ok(marked)
    }

    fn write_reviews(
        &mut self,
        tag: &str,
        reviews: &BTreeMap<String, ReviewMark>,
    ) -> Result<(), SaveError> {
        let path = self.locales_dir.join(tag).join(REVIEWS);
        let mut text = String::from(
            "# Messages a person reviewed: who, when, and a hash of the wording reviewed.\n# A later edit, or a change of the English, makes a message a draft again.\n",
        );
        text.push_str(&toml::to_string(reviews).unwrap_or_default());
        write_atomically(&path, &text)?;
        self.reload(tag)
    }

    /// Who reviewed a message, if its current wording was reviewed.
    pub fn review_of(&self, tag: &str, id: &str) -> Option<&ReviewMark> {
        let state = self.locales.get(tag)?;
        let (_, _, hash) = state.messages.get(id)?;
        state.reviews.get(id).filter(|r| &r.hash == hash)
    }

    /// Reads a locale again from disk (after a save, or an edit elsewhere).
    pub fn reload(&mut self, tag: &str) -> Result<(), SaveError> {
        let folder = self.locales_dir.join(tag);
        let state = read_state(&self.locales_dir, &folder).map_err(SaveError::Files)?;
        self.counts.borrow_mut().clear();
        if tag == SOURCE_LOCALE {
            self.english = state;
        } else {
            self.locales.insert(tag.to_owned(), state);
        }
        Ok(())
    }

    /// The English of a message.
    pub fn english(&self, id: &str) -> Option<&str> {
        self.english
            .messages
            .get(id)
            .map(|(_, value, _)| value.as_str())
    }

    /// The hash of a message's current translation (for recordings and exchange).
    pub fn translation_hash(&self, tag: &str, id: &str) -> Option<&str> {
        self.locales
            .get(tag)?
            .messages
            .get(id)
            .map(|(_, _, h)| h.as_str())
    }

    /// The recording of a message in `tag`, and whether it was made from the
    /// current wording (`recordings.toml` holds the hash of the text recorded).
    pub fn recording(&self, tag: &str, id: &str) -> Option<(PathBuf, bool)> {
        let folder = self.content_dir.join("audio").join(tag);
        let path = crate::content::RECORDING_EXTENSIONS
            .iter()
            .map(|ext| folder.join(format!("{id}.{ext}")))
            .find(|p| crate::content::read::is_usable_file(&self.content_dir, p, MEDIA_CAP))?;
        // A broken recordings.toml proves nothing: the recording counts as not current.
        let recorded: BTreeMap<String, String> =
            read_toml(&self.content_dir, &folder.join(RECORDINGS)).unwrap_or_default();
        let current = self
            .translation_hash(tag, id)
            .is_some_and(|h| recorded.get(id).map(String::as_str) == Some(h));
        Some((path, current))
    }

    /// Copies `file` in as the recording of `id` in `tag`, made from its current wording.
    pub fn attach_recording(&mut self, tag: &str, id: &str, file: &Path) -> Result<(), SaveError> {
        let extension = file
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .filter(|e| crate::content::RECORDING_EXTENSIONS.contains(&e.as_str()))
            .ok_or_else(|| SaveError::Io {
                path: file.to_path_buf(),
                source: std::io::Error::other("a recording is .opus, .ogg, .mp3 or .wav"),
            })?;
        let hash = self
            .translation_hash(tag, id)
            .ok_or_else(|| SaveError::UnknownId(id.to_owned()))?
            .to_owned();
        // Only a regular file within the cap: copying from a FIFO would never end.
        let (mut from, _) =
            crate::content::read::open_file(file.parent().unwrap_or(file), file, MEDIA_CAP)
                .map_err(|e| SaveError::Files(e.into()))?;
        let folder = self.content_dir.join("audio").join(tag);
        std::fs::create_dir_all(&folder).map_err(|source| SaveError::Io {
            path: folder.clone(),
            source,
        })?;
        // Read first: a broken recordings.toml stops here, before anything changes.
        let mut recorded: BTreeMap<String, String> =
            read_toml(&self.content_dir, &folder.join(RECORDINGS)).map_err(SaveError::Files)?;
        for other in crate::content::RECORDING_EXTENSIONS {
            let _ = std::fs::remove_file(folder.join(format!("{id}.{other}")));
        }
        let target = folder.join(format!("{id}.{extension}"));
        let copied = std::fs::File::create(&target).and_then(|mut to| {
            std::io::copy(&mut std::io::Read::take(&mut from, MEDIA_CAP), &mut to)?;
            to.sync_all()
        });
        copied.map_err(|source| SaveError::Io {
            path: target.clone(),
            source,
        })?;
        recorded.insert(id.to_owned(), hash);
        write_toml_map(
            &folder.join(RECORDINGS),
            "# For each recording, a hash of the text it was recorded from.\n",
            &recorded,
        )?;
        // A new take is unreviewed, whatever was said of the one before.
        crate::content::recordings::LocaleRecordings::read(&self.content_dir, tag)
            .map_err(SaveError::Files)?
            .forget_review(id)?;
        Ok(())
    }

    /// Where the recording of `id` in `tag` stands (missing, stale, unreviewed,
    /// approved, rejected), and its file.
    pub fn recording_state(
        &self,
        tag: &str,
        id: &str,
    ) -> (Option<PathBuf>, crate::content::recordings::RecordingState) {
        use crate::content::recordings::{LocaleRecordings, RecordingState};
        // A broken recordings.toml proves nothing: the recording counts as stale.
        match LocaleRecordings::read(&self.content_dir, tag) {
            Ok(recordings) => recordings.state(id, self.translation_hash(tag, id)),
            Err(_) => {
                let path = self.recording(tag, id).map(|(path, _)| path);
                let state = if path.is_some() {
                    RecordingState::Stale
                } else {
                    RecordingState::Missing
                };
                (path, state)
            }
        }
    }

    /// Makes `take` (a WAV file from the recorder or a studio) fit to play,
    /// silence trimmed and loudness normalised, and stores it as the recording of
    /// `id` in `tag`, made from its current wording, noting that `recorded_by`
    /// recorded it (they cannot review it). Its earlier review no longer counts:
    /// the new take is unreviewed.
    pub fn import_take(
        &mut self,
        tag: &str,
        id: &str,
        take: &Path,
        recorded_by: &str,
    ) -> Result<crate::audio::loudness::Prepared, SaveError> {
        if self.translation_hash(tag, id).is_none() {
            return Err(SaveError::UnknownId(id.to_owned()));
        }
        let folder = self.content_dir.join("audio").join(tag);
        std::fs::create_dir_all(&folder).map_err(|source| SaveError::Io {
            path: folder.clone(),
            source,
        })?;
        let prepared_dir = tempfile::tempdir_in(&folder).map_err(|source| SaveError::Io {
            path: folder.clone(),
            source,
        })?;
        let prepared = prepared_dir.path().join(format!("{id}.wav"));
        let outcome = crate::audio::loudness::prepare(take, &prepared)?;
        self.attach_recording(tag, id, &prepared)?;
        crate::content::recordings::LocaleRecordings::read(&self.content_dir, tag)
            .map_err(SaveError::Files)?
            .set_recorder(id, recorded_by)?;
        Ok(outcome)
    }

    /// Records a second person's verdict on the recording of `id` in `tag` as it
    /// is now; a rejection needs a note.
    pub fn review_recording(
        &mut self,
        tag: &str,
        id: &str,
        verdict: crate::content::recordings::Verdict,
        note: &str,
        reviewer: &str,
    ) -> Result<(), SaveError> {
        let mut recordings =
            crate::content::recordings::LocaleRecordings::read(&self.content_dir, tag)
                .map_err(SaveError::Files)?;
        recordings.review(id, verdict, note, reviewer)?;
        Ok(())
    }

    /// Every English message ID.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.english.messages.keys().map(String::as_str)
    }
}

fn read_state(root: &Path, folder: &Path) -> Result<LocaleState, I18nError> {
    let mut state = LocaleState {
        stamps: crate::content::check::sources::read(root, folder)?,
        reviews: read_toml(root, &folder.join(REVIEWS))?,
        history: read_toml(root, &folder.join(HISTORY))?,
        // A glossary that does not read leaves only its hints out; `content check` reports it.
        glossary: folder
            .file_name()
            .and_then(|tag| {
                crate::content::check::glossary::read(root, &tag.to_string_lossy()).ok()
            })
            .flatten(),
        ..LocaleState::default()
    };
    for path in ftl_files(folder)? {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = read_text_file(root, &path, TEXT_CAP)?;
        let parsed = ftl::read(root, &path)?;
        state.problems.extend(parsed.syntax_errors.iter().cloned());
        for span in ftl_edit::message_spans(&text) {
            let Some(value) = ftl_edit::editable_value(&text, &span.id) else {
                continue;
            };
            // A message the parser could not read has no hash and counts as missing.
            if let Some(facts) = parsed.messages.get(&span.id) {
                state
                    .messages
                    .insert(span.id.clone(), (name.clone(), value, facts.hash.clone()));
            }
        }
        state.files.insert(name, text);
    }
    Ok(state)
}

/// The kiosk's pages in the order a person meets them, then the rest by file.
fn pages_of(content: &Content, english: &LocaleState) -> Vec<EditorPage> {
    let page = |id: String, ids: Vec<&str>| EditorPage {
        id,
        message_ids: ids.into_iter().map(str::to_owned).collect(),
    };
    let mut pages = vec![page("overview".into(), content.overview_messages())];
    for option in &content.options {
        pages.push(page(
            format!("option/{}", option.option.key()),
            content.option_messages(option.option),
        ));
    }
    for country in &content.countries {
        let mut ids = vec![country.name.as_str(), country.reintegration.as_str()];
        if let crate::content::AssistanceStatus::Suspended { reason, .. } = &country.status {
            ids.push(reason);
        }
        for area in &country.area_suspensions {
            ids.extend([area.name.as_str(), area.reason.as_str()]);
        }
        ids.extend(country.contacts.iter().map(|c| c.label.as_str()));
        pages.push(page(format!("country/{}", country.code), ids));
    }
    pages.push(page("items".into(), content.statement_messages()));
    for question in &content.questions {
        pages.push(page(
            format!("question/{}", question.id),
            crate::kiosk::question_messages(content, &question.id).unwrap_or_default(),
        ));
    }
    for extra in &content.pages {
        if extra.id != "overview" {
            pages.push(page(
                format!("page/{}", extra.id),
                content.page_messages(&extra.id),
            ));
        }
    }
    let placed: BTreeSet<String> = pages
        .iter()
        .flat_map(|p| p.message_ids.iter().cloned())
        .collect();
    for page in &mut pages {
        page.message_ids
            .retain(|id| english.messages.contains_key(id));
        page.message_ids.dedup();
    }
    pages.extend(pages_by_file(english, &placed));
    pages
}

fn pages_by_file(english: &LocaleState, placed: &BTreeSet<String>) -> Vec<EditorPage> {
    let mut by_file: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (id, (file, _, _)) in &english.messages {
        if !placed.contains(id) {
            by_file.entry(file).or_default().push(id.clone());
        }
    }
    by_file
        .into_iter()
        .map(|(file, message_ids)| EditorPage {
            id: format!("file/{file}"),
            message_ids,
        })
        .collect()
}

/// Writes through a temporary file renamed over the old one, both synced to disk:
/// a crash never leaves half a file.
pub(crate) fn write_atomically(path: &Path, text: &str) -> Result<(), SaveError> {
    let io = |source| SaveError::Io {
        path: path.to_path_buf(),
        source,
    };
    crate::content::read::write_atomically(path, text.as_bytes()).map_err(io)
}

fn write_toml_map(
    path: &Path,
    header: &str,
    map: &BTreeMap<String, String>,
) -> Result<(), SaveError> {
    let mut text = header.to_owned();
    text.push_str(&toml::to_string(map).unwrap_or_default());
    write_atomically(path, &text)
}
