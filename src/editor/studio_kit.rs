//! The studio kit: a script for a voice artist, page by page in the kiosk's
//! order (message ID, the file name to return, the text, notes on what is read
//! from the screen), and the recorded files taken back by message ID.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::workspace::{SaveError, Workspace};
use crate::audio::loudness::Prepared;
use crate::content::recordings::RecordingState;

/// What `write_kit` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KitFiles {
    /// The script.
    pub script: PathBuf,
    /// How many messages it asks for.
    pub messages: usize,
}

/// Pages of staff screens, read by staff in the host language: not voiced.
const STAFF_PAGES: [&str; 2] = ["file/console.ftl", "file/editor.ftl"];

/// The messages a locale's kit asks for, page by page in the kiosk's order, each
/// once (at the first page that shows it); the staff's screens are left out.
pub fn kit_pages(workspace: &Workspace, tag: &str) -> Vec<(String, Vec<String>)> {
    let mut seen = BTreeSet::new();
    workspace
        .pages()
        .iter()
        .filter(|page| !STAFF_PAGES.contains(&page.id.as_str()))
        .map(|page| {
            let ids = page
                .message_ids
                .iter()
                .filter(|id| workspace.translation_hash(tag, id).is_some())
                .filter(|id| seen.insert((*id).clone()))
                .cloned()
                .collect();
            (page.id.clone(), ids)
        })
        .filter(|(_, ids): &(String, Vec<String>)| !ids.is_empty())
        .collect()
}

/// Notes for the voice artist on one message's text: what changes per person
/// is read from the screen, numbers are said in the language.
pub fn notes(text: &str) -> Vec<String> {
    let mut notes = Vec::new();
    let variables: BTreeSet<&str> = text
        .split('$')
        .skip(1)
        .filter_map(|rest| {
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            rest.get(..end).filter(|name| !name.is_empty())
        })
        .collect();
    for name in &variables {
        notes.push(format!(
            "{{ ${name} }} changes for each person (a name, a date, a number or a code): \
             do not say one; pause briefly, the person reads it from the screen"
        ));
    }
    if text.contains("->") {
        notes.push(
            "the text has several forms (chosen by a number or a choice): record the form \
             marked with *"
                .to_owned(),
        );
    }
    let digits: BTreeSet<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect();
    if !digits.is_empty() {
        let list: Vec<String> = digits.into_iter().collect();
        notes.push(format!(
            "numbers {}: say them as numbers are said in this language",
            list.join(", ")
        ));
    }
    if text.contains("{ -") {
        notes.push("a name set by the deployment ({ -term }): say it as written".to_owned());
    }
    notes
}

/// Writes `out/script-<tag>.md`: every page's messages to record in `tag`.
pub fn write_kit(workspace: &Workspace, tag: &str, out: &Path) -> Result<KitFiles, SaveError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SaveError::Io { path, source }
    };
    std::fs::create_dir_all(out).map_err(io(out))?;
    let pages = kit_pages(workspace, tag);
    let mut text = String::new();
    let _ = writeln!(text, "# Recording script: {tag}\n");
    let _ = writeln!(
        text,
        "Record each message below as one WAV file named after its ID (`<id>.wav`, \
         mono or stereo, 16- or 24-bit, 44.1 or 48 kHz), in a quiet room, about a hand's \
         width from the microphone, at an even pace. Leave a second of silence before \
         and after: it is trimmed. Loudness is evened out on import; a take too short \
         (under {} s of voice) or with sharp peaks is refused and listed.\n",
        crate::audio::loudness::SHORTEST_SECONDS
    );
    let mut messages = 0;
    for (page, ids) in &pages {
        let _ = writeln!(text, "## Page {page}\n");
        for id in ids {
            messages += 1;
            let row = workspace.row(tag, id);
            let words = row
                .as_ref()
                .and_then(|r| r.translation.clone())
                .unwrap_or_default();
            let state = workspace.recording_state(tag, id).1;
            let _ = writeln!(text, "### {messages}. `{id}` → `{id}.wav`\n");
            if state == RecordingState::Approved {
                let _ = writeln!(
                    text,
                    "(already recorded and approved: record only if asked)\n"
                );
            }
            for line in words.lines() {
                let _ = writeln!(text, "> {}", line.trim());
            }
            let _ = writeln!(text);
            for note in notes(&words) {
                let _ = writeln!(text, "- Note: {note}");
            }
            if let Some(english) = workspace.english(id) {
                let _ = writeln!(text, "- English, for reference: {}", english.trim());
            }
            let _ = writeln!(text);
        }
    }
    let script = out.join(format!("script-{tag}.md"));
    super::workspace::write_atomically(&script, &text)?;
    Ok(KitFiles { script, messages })
}

/// What `import_dir` did.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// Stored, by message ID, with what preparing each did.
    pub imported: Vec<(String, Prepared)>,
    /// Files not taken, with the reason.
    pub refused: Vec<(PathBuf, String)>,
    /// Messages of the kit with no current recording after the import.
    pub missing: Vec<String>,
}

impl ImportReport {
    /// The report as lines of text.
    pub fn to_text(&self) -> String {
        let mut text = String::new();
        for (id, prepared) in &self.imported {
            let _ = writeln!(
                text,
                "imported {id}: {:.1} s ({:.1} s before trimming), {:.1} LUFS (was {:.1})",
                prepared.seconds,
                prepared.seconds_before,
                prepared.loudness,
                prepared.loudness_before
            );
        }
        for (file, reason) in &self.refused {
            let _ = writeln!(text, "refused {}: {reason}", file.display());
        }
        let _ = writeln!(
            text,
            "{} imported, {} refused, {} still missing{}",
            self.imported.len(),
            self.refused.len(),
            self.missing.len(),
            if self.missing.is_empty() {
                String::new()
            } else {
                format!(": {}", self.missing.join(", "))
            }
        );
        text
    }
}

/// Takes the files of `dir` back as the recordings of `tag`, by message ID (the
/// file name): each is checked (a WAV file, long enough, not too long, loudness
/// within the target once normalised), trimmed, normalised and stored; the rest
/// are listed with the reason, and the kit's messages still unrecorded are listed.
/// `recorded_by` names the voice (it cannot review its own takes).
pub fn import_dir(
    workspace: &mut Workspace,
    tag: &str,
    dir: &Path,
    recorded_by: &str,
) -> Result<ImportReport, SaveError> {
    let entries = std::fs::read_dir(dir).map_err(|source| SaveError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            !p.file_name().is_some_and(|n| {
                n.to_string_lossy().starts_with('.') || n.to_string_lossy().ends_with(".md")
            })
        })
        .collect();
    files.sort();
    let mut report = ImportReport::default();
    for file in files {
        let id = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let extension = file
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if workspace.translation_hash(tag, &id).is_none() {
            report.refused.push((
                file,
                format!("no message {id} in {tag}: name the file after its message ID"),
            ));
            continue;
        }
        if extension != "wav" {
            report.refused.push((
                file,
                "not a WAV file: export the take as WAV (PCM) and import it again".to_owned(),
            ));
            continue;
        }
        match workspace.import_take(tag, &id, &file, recorded_by) {
            Ok(prepared) => report.imported.push((id, prepared)),
            Err(error) => report.refused.push((file, error.to_string())),
        }
    }
    report.missing = kit_pages(workspace, tag)
        .into_iter()
        .flat_map(|(_, ids)| ids)
        .filter(|id| {
            matches!(
                workspace.recording_state(tag, id).1,
                RecordingState::Missing | RecordingState::Stale
            )
        })
        .collect();
    Ok(report)
}
