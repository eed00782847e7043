//! Work with translators outside the app: a locale (or only its missing and stale
//! messages) out as XLIFF 2.0 or CSV, and back in with the same validation as
//! typing. A line whose message changed here since the export is a conflict, never
//! an overwrite.

use quick_xml::events::Event;
use sha2::{Digest, Sha256};

use super::workspace::{SaveError, Status, Workspace};

/// One message in an exchange file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The message ID.
    pub id: String,
    /// The `.ftl` file.
    pub file: String,
    /// The English.
    pub english: String,
    /// The translation (empty: not translated).
    pub translation: String,
    /// Hash of the translation as it was here when exported ("" if there was none).
    pub base: String,
}

/// What an import did, line by line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Messages written.
    pub applied: Vec<String>,
    /// Messages identical to what is here already.
    pub unchanged: usize,
    /// Lines refused: which (unit number from 1, ID) and why.
    pub rejected: Vec<(usize, String, String)>,
    /// Messages changed here since the export: (ID, here, in the file).
    pub conflicts: Vec<(String, Option<String>, String)>,
}

/// Why a file could not be imported at all.
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    /// The file is for another language.
    #[error("this file is for {found}, not {expected}")]
    WrongLocale {
        /// The locale being imported into.
        expected: String,
        /// What the file says.
        found: String,
    },
    /// Not XLIFF 2.0 or not the expected CSV.
    #[error("the file cannot be read: {0}")]
    Unreadable(String),
}

/// A short hash of a translation, as exports record it.
pub fn text_hash(text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    hex::encode(Sha256::digest(text.as_bytes()))[..16].to_owned()
}

/// The units of `tag`: every message, or only those missing or stale.
pub fn units(workspace: &Workspace, tag: &str, only_open: bool) -> Vec<Unit> {
    workspace
        .rows(tag, None, None, "")
        .into_iter()
        .filter(|row| !only_open || matches!(row.status, Status::Missing | Status::Stale))
        .map(|row| {
            let translation = row.translation.unwrap_or_default();
            Unit {
                base: text_hash(&translation),
                id: row.id,
                file: row.file,
                english: row.english,
                translation,
            }
        })
        .collect()
}

fn escape(text: &str) -> String {
    quick_xml::escape::escape(text).into_owned()
}

/// XLIFF 2.0: one `<file>` per `.ftl` file, one `<unit>` per message; the hash of
/// the translation at export time rides along as a note.
pub fn to_xliff(tag: &str, units: &[Unit]) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"{}\">\n",
        escape(tag)
    );
    let mut current_file: Option<&str> = None;
    for unit in units {
        if current_file != Some(unit.file.as_str()) {
            if current_file.is_some() {
                out.push_str(" </file>\n");
            }
            out.push_str(&format!(" <file id=\"{}\">\n", escape(&unit.file)));
            current_file = Some(&unit.file);
        }
        out.push_str(&format!(
            "  <unit id=\"{}\">\n   <notes><note category=\"base\">{}</note></notes>\n   <segment state=\"{}\">\n    <source>{}</source>\n    <target>{}</target>\n   </segment>\n  </unit>\n",
            escape(&unit.id),
            escape(&unit.base),
            if unit.translation.is_empty() { "initial" } else { "translated" },
            escape(&unit.english),
            escape(&unit.translation),
        ));
    }
    if current_file.is_some() {
        out.push_str(" </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

/// Reads XLIFF 2.0 written by [`to_xliff`] (or a tool that keeps its structure).
pub fn from_xliff(tag: &str, text: &str) -> Result<Vec<Unit>, ExchangeError> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut units = Vec::new();
    let mut file = String::new();
    let mut unit: Option<Unit> = None;
    let mut field: Option<&'static str> = None;
    let mut saw_root = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| ExchangeError::Unreadable(e.to_string()))?;
        match event {
            Event::Start(start) | Event::Empty(start) => {
                let name = start.local_name();
                let attribute = |key: &str| -> Option<String> {
                    start
                        .attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == key.as_bytes())
                        .and_then(|a| a.unescape_value().ok())
                        .map(|v| v.into_owned())
                };
                match name.as_ref() {
                    b"xliff" => {
                        saw_root = true;
                        let found = attribute("trgLang").unwrap_or_default();
                        if found != tag {
                            return Err(ExchangeError::WrongLocale {
                                expected: tag.to_owned(),
                                found,
                            });
                        }
                    }
                    b"file" => file = attribute("id").unwrap_or_default(),
                    b"unit" => {
                        unit = Some(Unit {
                            id: attribute("id").unwrap_or_default(),
                            file: file.clone(),
                            english: String::new(),
                            translation: String::new(),
                            base: String::new(),
                        });
                    }
                    b"source" => field = Some("source"),
                    b"target" => field = Some("target"),
                    b"note" if attribute("category").as_deref() == Some("base") => {
                        field = Some("base");
                    }
                    _ => {}
                }
            }
            Event::Text(content) => {
                if let (Some(which), Some(unit)) = (field, unit.as_mut()) {
                    let decoded = content
                        .decode()
                        .map_err(|e| ExchangeError::Unreadable(e.to_string()))?;
                    let value = quick_xml::escape::unescape(&decoded)
                        .map_err(|e| ExchangeError::Unreadable(e.to_string()))?;
                    match which {
                        "source" => unit.english.push_str(&value),
                        "target" => unit.translation.push_str(&value),
                        _ => unit.base.push_str(&value),
                    }
                }
            }
            // Tools wrap text with markup characters in CDATA; it is text as written.
            Event::CData(data) => {
                if let (Some(which), Some(unit)) = (field, unit.as_mut()) {
                    let value = data
                        .decode()
                        .map_err(|e| ExchangeError::Unreadable(e.to_string()))?;
                    match which {
                        "source" => unit.english.push_str(&value),
                        "target" => unit.translation.push_str(&value),
                        _ => unit.base.push_str(&value),
                    }
                }
            }
            Event::GeneralRef(reference) => {
                if let (Some(which), Some(unit)) = (field, unit.as_mut()) {
                    let name = reference
                        .decode()
                        .map_err(|e| ExchangeError::Unreadable(e.to_string()))?;
                    let value = quick_xml::escape::unescape(&format!("&{name};"))
                        .map_err(|e| ExchangeError::Unreadable(e.to_string()))?
                        .into_owned();
                    match which {
                        "source" => unit.english.push_str(&value),
                        "target" => unit.translation.push_str(&value),
                        _ => unit.base.push_str(&value),
                    }
                }
            }
            Event::End(end) => match end.local_name().as_ref() {
                b"unit" => units.extend(unit.take()),
                b"source" | b"target" | b"note" => field = None,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_root {
        return Err(ExchangeError::Unreadable("no <xliff> element".into()));
    }
    Ok(units)
}

const CSV_HEADER: [&str; 6] = ["locale", "id", "file", "english", "translation", "base"];

/// CSV with a header; one row per message, the locale on every row.
pub fn to_csv(tag: &str, units: &[Unit]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(CSV_HEADER);
    for unit in units {
        let _ = writer.write_record([
            tag,
            &unit.id,
            &unit.file,
            &unit.english,
            &unit.translation,
            &unit.base,
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Reads CSV written by [`to_csv`]. A row for another locale is rejected.
pub fn from_csv(tag: &str, text: &str) -> Result<Vec<Result<Unit, String>>, ExchangeError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| ExchangeError::Unreadable(e.to_string()))?
        .clone();
    if headers.iter().collect::<Vec<_>>() != CSV_HEADER {
        return Err(ExchangeError::Unreadable(format!(
            "the header must be {}",
            CSV_HEADER.join(",")
        )));
    }
    Ok(reader
        .records()
        .map(|record| {
            let record = record.map_err(|e| e.to_string())?;
            let field = |i: usize| record.get(i).unwrap_or_default().to_owned();
            if field(0) != tag {
                return Err(format!("this row is for {}, not {tag}", field(0)));
            }
            Ok(Unit {
                id: field(1),
                file: field(2),
                english: field(3),
                translation: field(4),
                base: field(5),
            })
        })
        .collect())
}

/// Takes what can be taken: unknown IDs, broken placeables and rows for another
/// language are refused one by one, conflicts are reported, the rest is saved.
pub fn import(
    workspace: &mut Workspace,
    tag: &str,
    units: Vec<Result<Unit, String>>,
) -> ImportReport {
    let mut report = ImportReport::default();
    for (number, unit) in units.into_iter().enumerate() {
        let number = number + 1;
        let unit = match unit {
            Ok(unit) => unit,
            Err(why) => {
                report.rejected.push((number, String::new(), why));
                continue;
            }
        };
        if unit.translation.trim().is_empty() {
            report.unchanged += 1;
            continue;
        }
        let Some(here) = workspace.row(tag, &unit.id) else {
            report
                .rejected
                .push((number, unit.id, "no such message in the English".into()));
            continue;
        };
        if here.translation.as_deref() == Some(unit.translation.as_str()) {
            report.unchanged += 1;
            continue;
        }
        if text_hash(here.translation.as_deref().unwrap_or_default()) != unit.base {
            report
                .conflicts
                .push((unit.id, here.translation, unit.translation));
            continue;
        }
        match workspace.save(
            tag,
            &unit.id,
            &unit.translation,
            here.translation.as_deref(),
        ) {
            Ok(()) => report.applied.push(unit.id),
            Err(SaveError::Invalid(problems)) => report.rejected.push((
                number,
                unit.id,
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            )),
            Err(SaveError::Conflict { on_disk, mine }) => {
                report.conflicts.push((unit.id, on_disk, mine));
            }
            Err(other) => report.rejected.push((number, unit.id, other.to_string())),
        }
    }
    report
}
