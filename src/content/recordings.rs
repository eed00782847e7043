//! The state of each read-aloud recording: `content/audio/<locale>/<id>.<ext>`,
//! `recordings.toml` (the hash of the text each was recorded from) and
//! `recording-reviews.toml` (a second person's verdict on each, tied to the
//! recording's own hash so that a new take needs a new review) and
//! `recorded-by.toml` (who recorded each take, so its recorder cannot approve it).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::RECORDING_EXTENSIONS;
use super::check::sources::read_toml;
use super::read::{MEDIA_CAP, is_usable_file};
use crate::i18n::I18nError;

/// Text hashes of the recordings, beside them.
pub const RECORDINGS_FILE: &str = "recordings.toml";
/// Reviews of the recordings, beside them.
pub const REVIEWS_FILE: &str = "recording-reviews.toml";
/// Who recorded each take, beside them.
pub const RECORDERS_FILE: &str = "recorded-by.toml";

/// Who recorded one take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recorder {
    /// The editor's account, or the name given for a studio's files.
    pub by: String,
    /// The hash of the take's file as stored.
    pub audio: String,
}

/// A reviewer's verdict on a recording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Clear, complete and the words on screen: it may play.
    Approved,
    /// Must be recorded again (the note says why).
    Rejected,
}

/// One review of one recording.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordingReview {
    /// The verdict.
    pub verdict: Verdict,
    /// Why (required for a rejection, optional for an approval).
    #[serde(default)]
    pub note: String,
    /// Who listened (a name or initials the team uses).
    pub reviewer: String,
    /// The hash of the recording's file when it was reviewed.
    pub audio: String,
}

/// Where a message's recording stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordingState {
    /// No recording.
    Missing,
    /// Recorded from an older text: never played.
    Stale,
    /// Recorded from the current text, not yet reviewed (or reviewed as an
    /// earlier take).
    Unreviewed,
    /// Approved by a reviewer.
    Approved,
    /// Rejected by a reviewer: never played.
    Rejected,
}

impl RecordingState {
    /// Whether the kiosk plays a recording in this state; `unreviewed_allowed` is
    /// the deployment's `play_unreviewed_recordings`.
    pub fn plays(self, unreviewed_allowed: bool) -> bool {
        match self {
            Self::Approved => true,
            Self::Unreviewed => unreviewed_allowed,
            Self::Missing | Self::Stale | Self::Rejected => false,
        }
    }
}

/// The recordings of one locale as stored.
#[derive(Debug, Clone, Default)]
pub struct LocaleRecordings {
    folder: PathBuf,
    root: PathBuf,
    /// Text hash each recording was made from, by message ID.
    pub recorded: BTreeMap<String, String>,
    /// Reviews, by message ID.
    pub reviews: BTreeMap<String, RecordingReview>,
    /// Who recorded the takes, by message ID (takes attached before this was
    /// kept have none).
    pub recorders: BTreeMap<String, Recorder>,
}

/// The short hash of a file's bytes (`None` when it cannot be read).
pub fn file_hash(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    Some(hex::encode(Sha256::digest(bytes)).get(..16)?.to_owned())
}

impl LocaleRecordings {
    /// Reads `content_dir/audio/<tag>/`; a broken TOML file is an error.
    pub fn read(content_dir: &Path, tag: &str) -> Result<Self, I18nError> {
        let folder = content_dir.join("audio").join(tag);
        Ok(Self {
            recorded: read_toml(content_dir, &folder.join(RECORDINGS_FILE))?,
            reviews: read_toml(content_dir, &folder.join(REVIEWS_FILE))?,
            recorders: read_toml(content_dir, &folder.join(RECORDERS_FILE))?,
            folder,
            root: content_dir.to_path_buf(),
        })
    }

    /// The folder.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// The recording file of `id`, if there is a usable one.
    pub fn file(&self, id: &str) -> Option<PathBuf> {
        RECORDING_EXTENSIONS
            .iter()
            .map(|ext| self.folder.join(format!("{id}.{ext}")))
            .find(|path| is_usable_file(&self.root, path, MEDIA_CAP))
    }

    /// The state of `id`'s recording, given the hash of its current text
    /// (`None`: the message has no text in this locale, so nothing is current).
    pub fn state(&self, id: &str, text_hash: Option<&str>) -> (Option<PathBuf>, RecordingState) {
        let Some(path) = self.file(id) else {
            return (None, RecordingState::Missing);
        };
        let current =
            text_hash.is_some_and(|h| self.recorded.get(id).map(String::as_str) == Some(h));
        if !current {
            return (Some(path), RecordingState::Stale);
        }
        let state = match self.reviews.get(id) {
            Some(review) if file_hash(&path).as_deref() == Some(review.audio.as_str()) => {
                match review.verdict {
                    Verdict::Approved => RecordingState::Approved,
                    Verdict::Rejected => RecordingState::Rejected,
                }
            }
            _ => RecordingState::Unreviewed,
        };
        (Some(path), state)
    }

    /// Who recorded `id`'s current file, if that is known.
    pub fn recorder(&self, id: &str) -> Option<&str> {
        let take = self.recorders.get(id)?;
        let current = self.file(id).and_then(|path| file_hash(&path))?;
        (current == take.audio).then_some(take.by.as_str())
    }

    /// Notes that `by` recorded `id`'s current file.
    pub fn set_recorder(&mut self, id: &str, by: &str) -> Result<(), ReviewError> {
        let path = self
            .file(id)
            .ok_or_else(|| ReviewError::NoRecording(id.to_owned()))?;
        let audio = file_hash(&path).ok_or_else(|| ReviewError::NoRecording(id.to_owned()))?;
        self.recorders.insert(
            id.to_owned(),
            Recorder {
                by: by.trim().to_owned(),
                audio,
            },
        );
        save(
            &self.folder,
            RECORDERS_FILE,
            "# For each recording, who recorded the take.\n",
            &self.recorders,
        )
    }

    /// Records a review of `id`'s current recording file; its recorder may not
    /// approve or reject their own take.
    pub fn review(
        &mut self,
        id: &str,
        verdict: Verdict,
        note: &str,
        reviewer: &str,
    ) -> Result<(), ReviewError> {
        let path = self
            .file(id)
            .ok_or_else(|| ReviewError::NoRecording(id.to_owned()))?;
        if reviewer.trim().is_empty() {
            return Err(ReviewError::NoReviewer);
        }
        if verdict == Verdict::Rejected && note.trim().is_empty() {
            return Err(ReviewError::NoNote);
        }
        if let Some(by) = self.recorder(id)
            && by.eq_ignore_ascii_case(reviewer.trim())
        {
            return Err(ReviewError::OwnTake(by.to_owned()));
        }
        let audio = file_hash(&path).ok_or_else(|| ReviewError::NoRecording(id.to_owned()))?;
        self.reviews.insert(
            id.to_owned(),
            RecordingReview {
                verdict,
                note: note.trim().to_owned(),
                reviewer: reviewer.trim().to_owned(),
                audio,
            },
        );
        self.save_reviews()
    }

    /// Forgets the review of `id` (a new take was stored: it is unreviewed, even
    /// when its bytes happen to equal an earlier take's).
    pub fn forget_review(&mut self, id: &str) -> Result<(), ReviewError> {
        if self.reviews.remove(id).is_none() {
            return Ok(());
        }
        self.save_reviews()
    }

    fn save_reviews(&self) -> Result<(), ReviewError> {
        save(
            &self.folder,
            REVIEWS_FILE,
            "# For each recording, a second person's verdict on the take heard.\n",
            &self.reviews,
        )
    }
}

/// Writes `map` as `folder/name` whole (through a temporary file and a rename).
fn save<T: Serialize>(
    folder: &Path,
    name: &str,
    header: &str,
    map: &BTreeMap<String, T>,
) -> Result<(), ReviewError> {
    let mut text = String::from(header);
    text.push_str(&toml::to_string(map).map_err(|e| ReviewError::Write(e.to_string()))?);
    let target = folder.join(name);
    let temporary = folder.join(format!(".{name}.tmp"));
    std::fs::write(&temporary, text)
        .and_then(|()| std::fs::rename(&temporary, &target))
        .map_err(|e| ReviewError::Write(format!("{}: {e}", target.display())))
}

/// Why a review could not be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviewError {
    /// There is no recording to review.
    #[error("there is no recording of {0} to review")]
    NoRecording(String),
    /// A review names who listened.
    #[error("a review names who listened")]
    NoReviewer,
    /// A rejection says why.
    #[error("a rejection says what to record again")]
    NoNote,
    /// The person who recorded the take cannot review it.
    #[error("{0} recorded this take: a second person reviews it")]
    OwnTake(String),
    /// The reviews file could not be written.
    #[error("could not save the review: {0}")]
    Write(String),
}

/// The hash of the current text of every message of `tag`, by ID (as `content
/// check` computes it), or an empty map when the locale cannot be read.
pub fn text_hashes(locales_dir: &Path, tag: &str) -> BTreeMap<String, String> {
    super::check::read_locale(locales_dir, tag)
        .map(|files| {
            files
                .into_values()
                .flat_map(|file| {
                    file.messages
                        .into_iter()
                        .map(|(id, facts)| (id, facts.hash))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The recordings of `tag` the kiosk may play, by message ID.
pub fn playable(
    content_dir: &Path,
    locales_dir: &Path,
    tag: &str,
    unreviewed_allowed: bool,
) -> BTreeMap<String, PathBuf> {
    // No folder, nothing to play: the locale's messages are not read at all.
    if !content_dir.join("audio").join(tag).is_dir() {
        return BTreeMap::new();
    }
    // A broken TOML file proves nothing: nothing of the locale plays.
    let Ok(recordings) = LocaleRecordings::read(content_dir, tag) else {
        return BTreeMap::new();
    };
    let hashes = text_hashes(locales_dir, tag);
    hashes
        .iter()
        .filter_map(|(id, hash)| match recordings.state(id, Some(hash)) {
            (Some(path), state) if state.plays(unreviewed_allowed) => Some((id.clone(), path)),
            _ => None,
        })
        .collect()
}
