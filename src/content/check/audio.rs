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
    for id in ids {
        if content.recording(tag, id).is_none() {
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
        }
        let Some(text_hash) = current.get(id) else {
            continue;
        };
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
