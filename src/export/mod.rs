//! Exports for the case system: every event with its seal (JSON Lines), one row per
//! consent (CSV), or a FHIR R4 `Bundle` of `Consent` resources.

mod beside;
mod concerns;
mod csv_rows;
mod devices;
pub mod encrypt;
mod fhir;
mod jsonl;

use std::io::Write;

use crate::consent::Timestamp;
use crate::store::{Store, StoreError};

pub use devices::{DeviceChain, DeviceLines, export_devices, export_lines};
pub use jsonl::{EventLine, Header, shareable_from_text, verify_lines};

/// The shapes an export can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One sealed event per line, after a header line with the device public key.
    Jsonl,
    /// One row per consent with its current state.
    Csv,
    /// A FHIR R4 Bundle (collection) of Consent resources.
    Fhir,
    /// One CSV row per concern raised at the kiosk (anonymous), and when staff saw it.
    Concerns,
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing the output failed.
    #[error("could not write the export")]
    Write(#[from] std::io::Error),
    /// Writing CSV failed (other than in writing the bytes: see the `From` below).
    #[error("could not write the CSV export")]
    Csv(#[source] csv::Error),
    /// The `--encrypt-to` recipient is not an age public key.
    #[error("the recipient is not an age public key (age1…): {0}")]
    Recipient(String),
    /// The concerns export is of one device's console only.
    #[error("the concerns export is made on each device, not across devices")]
    NotAcrossDevices,
    /// Serialising JSON failed.
    #[error("could not write the JSON export")]
    Json(#[from] serde_json::Error),
}

impl From<csv::Error> for ExportError {
    /// A failed write (a full disk) is reported as any other export's is; the CSV
    /// writer's own error would hide the disk's behind its message.
    fn from(error: csv::Error) -> Self {
        if let csv::ErrorKind::Io(e) = error.kind() {
            return Self::Write(std::io::Error::new(e.kind(), e.to_string()));
        }
        Self::Csv(error)
    }
}

/// How much went out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportSummary {
    /// Events (JSON Lines) or consents (CSV, FHIR) written.
    pub written: usize,
}

/// Writes the export of `store` to `out`. `since` keeps events (JSON Lines) or
/// consents with any event (CSV, FHIR) at or after that time; `now` decides
/// whether cooling-off has ended.
pub fn export(
    store: &Store,
    format: ExportFormat,
    since: Option<Timestamp>,
    now: Timestamp,
    out: &mut (dyn Write + Send),
) -> Result<ExportSummary, ExportError> {
    let written = match format {
        ExportFormat::Jsonl => jsonl::write(store, since, now, out)?,
        ExportFormat::Csv => csv_rows::write(store, since, now, out)?,
        ExportFormat::Fhir => fhir::write(store, since, now, out)?,
        ExportFormat::Concerns => concerns::write(store, since, out)?,
    };
    Ok(ExportSummary { written })
}

/// Writes the export into `folder` as `consents-<time>.<ext>`: first to a hidden
/// temporary file, renamed only once complete and on disk, so a case system that
/// picks up files from the folder never reads half of one.
pub fn export_to_folder(
    store: &Store,
    format: ExportFormat,
    now: Timestamp,
    folder: &std::path::Path,
) -> Result<(std::path::PathBuf, ExportSummary), ExportError> {
    let extension = match format {
        ExportFormat::Jsonl => "jsonl",
        ExportFormat::Csv => "csv",
        ExportFormat::Fhir => "fhir.json",
        ExportFormat::Concerns => "concerns.csv",
    };
    let stamp = now
        .format(time::macros::format_description!(
            "[year][month][day]-[hour][minute][second]"
        ))
        .unwrap_or_default();
    let path = folder.join(format!("consents-{stamp}.{extension}"));
    let partial = folder.join(format!(".consents-{stamp}.{extension}.partial"));
    let file = std::fs::File::create(&partial)?;
    let mut out = std::io::BufWriter::new(file);
    let summary = export(store, format, None, now, &mut out)?;
    let file = out
        .into_inner()
        .map_err(std::io::IntoInnerError::into_error)?;
    file.sync_all()?;
    std::fs::rename(&partial, &path)?;
    // The rename is on disk only once the folder is synced too.
    crate::content::read::sync_folder(folder)?;
    Ok((path, summary))
}

/// Frees an export's projection on a thread of its own: 100,000 consents take
/// a tenth of a second to free, and the export is done meanwhile (freed here if
/// no thread starts).
fn free_beside(projection: crate::store::Projection) {
    let _ = std::thread::Builder::new()
        .name("free-projection".into())
        .spawn(move || drop(projection));
}

fn rfc3339(at: Timestamp) -> String {
    at.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
