//! Read-aloud recordings: `content/audio/<locale>/<message-id>.<ext>`, with
//! `recordings.toml` beside them naming the hash of the text each was recorded from.

use std::collections::BTreeMap;

use super::report::{CheckReport, Finding};
use super::{LocaleFiles, LocaleSummary};
use crate::content::Content;

pub(super) fn check(
    report: &mut CheckReport,
    summary: &mut LocaleSummary,
    content: &Content,
    tag: &str,
    files: &LocaleFiles,
) {
    let folder = content.dir.join("audio").join(tag);
    let recorded: BTreeMap<String, String> =
        match super::sources::read_toml(&content.dir, &folder.join("recordings.toml")) {
            Ok(recorded) => recorded,
            Err(error) => {
                report.push(Finding::error(
                    Some(tag),
                    None,
                    "recordings-toml",
                    error.to_string(),
                ));
                BTreeMap::new()
            }
        };
    let current: BTreeMap<&str, &str> = files
        .values()
        .flat_map(|f| {
            f.messages
                .iter()
                .map(|(id, facts)| (id.as_str(), facts.hash.as_str()))
        })
        .collect();
    // Every message can be read aloud: the kiosk's own words as well as the content's.
    let ids: std::collections::BTreeSet<&str> = content
        .message_ids()
        .into_iter()
        .chain(current.keys().copied())
        .collect();
    let reviewed = crate::content::recordings::LocaleRecordings::read(&content.dir, tag).ok();
    for id in ids {
        let Some(file) = content.recording(tag, id) else {
            summary.audio_missing += 1;
            report.push(
                Finding::warning(
                    Some(tag),
                    None,
                    "audio-missing",
                    format!("no recording of {id}"),
                )
                .with_id(id),
            );
            continue;
        };
        summary.audio_recorded += 1;
        summary.audio_milliseconds += wav_milliseconds(&file);
        let Some(text_hash) = current.get(id) else {
            continue;
        };
        if reviewed.as_ref().is_some_and(|r| {
            r.state(id, Some(text_hash)).1 == crate::content::recordings::RecordingState::Approved
        }) {
            summary.audio_approved += 1;
        }
        if recorded.get(id).map(String::as_str) != Some(*text_hash) {
            summary.audio_stale += 1;
            report.push(
                Finding::warning(
                    Some(tag),
                    None,
                    "audio-stale",
                    format!("the recording of {id} is of an older text"),
                )
                .with_id(id),
            );
        }
    }
}

/// A WAV file's length from its header, in milliseconds (0 for other formats or
/// a header that cannot be read).
fn wav_milliseconds(path: &std::path::Path) -> u64 {
    use std::io::Read;
    if !path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("wav"))
    {
        return 0;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return 0;
    };
    let mut header = Vec::new();
    if file.take(4096).read_to_end(&mut header).is_err() {
        return 0;
    }
    let Ok(length) = std::fs::metadata(path).map(|m| m.len()) else {
        return 0;
    };
    crate::audio::wav::milliseconds(&header, length)
}
