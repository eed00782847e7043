//! CSV: one row per consent with its current state, for simple case systems.

use std::io::Write;

use crate::consent::{Consent, ConsentState, ItemKey, ReviewReason, SignatureKind, Timestamp};
use crate::store::Store;

use super::beside::write_made_on_every_core;
use super::{ExportError, free_beside, rfc3339};

const FIXED_COLUMNS: [&str; 22] = [
    "consent_id",
    "reference",
    "state",
    "cooling_off_until",
    "state_changed_at",
    "review_reason",
    "departed_at",
    "option",
    "destination",
    "area",
    "locale",
    "content_version",
    "signed_at",
    "signature_kinds",
    "minor",
    "capacity_doubt",
    "pressure_flag",
    "re_explained",
    "shareable_from",
    "waiting_for",
    "confirmation",
    "demo",
];

pub(super) fn write(
    store: &Store,
    since: Option<Timestamp>,
    now: Timestamp,
    out: &mut (dyn Write + Send),
) -> Result<usize, ExportError> {
    let projection = store.projection_for_export()?;
    writer_with_header(&mut *out)?.flush()?;
    let consents: Vec<&Consent> = projection.changed_since(since).collect();
    let written = write_rows(&consents, now, store.is_demo(), out)?;
    drop(consents);
    free_beside(projection);
    Ok(written)
}

/// The rows of `consents` (after the header), made on every core and written
/// in order. Returns how many were written.
pub(crate) fn write_rows(
    consents: &[&Consent],
    now: Timestamp,
    demo: bool,
    out: &mut (dyn Write + Send),
) -> Result<usize, ExportError> {
    write_made_on_every_core(consents, out, |chunk, _, bytes| {
        let mut writer = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(bytes);
        for consent in chunk {
            writer.write_record(row(consent, now, demo))?;
        }
        writer.flush()?;
        Ok(())
    })
}

/// A CSV writer that has written the header row.
pub(crate) fn writer_with_header(
    out: &mut dyn Write,
) -> Result<csv::Writer<&mut dyn Write>, ExportError> {
    let mut writer = csv::Writer::from_writer(out);
    let mut header: Vec<String> = FIXED_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    header.extend(
        ItemKey::ALL
            .iter()
            .map(|item| format!("item_{}", item.key())),
    );
    writer.write_record(&header)?;
    Ok(writer)
}

pub(crate) fn row(consent: &Consent, now: Timestamp, demo_store: bool) -> Vec<String> {
    let record = &consent.record;
    let state = consent.state_at(now);
    let (state_changed_at, review_reason) = match &state {
        ConsentState::CoolingOff { .. } | ConsentState::OnHold { .. } => {
            (String::new(), String::new())
        }
        ConsentState::Effective { since } => (rfc3339(*since), String::new()),
        ConsentState::Withdrawn { at } | ConsentState::Declined { at } => {
            (rfc3339(*at), String::new())
        }
        ConsentState::NeedsReview { reason } => (String::new(), review_reason_text(reason)),
    };
    let first_signed = consent
        .earlier_records
        .first()
        .unwrap_or(record)
        .recorded_at;
    let kinds: Vec<&str> = record
        .signatures
        .iter()
        .map(|s| match s.kind {
            SignatureKind::Drawn { .. } => "drawn",
            SignatureKind::Typed { .. } => "typed",
            SignatureKind::Mark { .. } => "mark",
        })
        .collect();
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let mut row = vec![
        consent.consent_id.to_string(),
        consent.reference.to_string(),
        state.name().to_owned(),
        consent.cooling_off_until().map(rfc3339).unwrap_or_default(),
        state_changed_at,
        review_reason,
        consent.departed_at.map(rfc3339).unwrap_or_default(),
        record
            .option
            .map(|o| o.key().to_owned())
            .unwrap_or_default(),
        record
            .destination
            .as_ref()
            .map(|d| d.country.clone())
            .unwrap_or_default(),
        record
            .destination
            .as_ref()
            .and_then(|d| d.area.clone())
            .unwrap_or_default(),
        record.locale.clone(),
        record.content_version.clone(),
        rfc3339(first_signed),
        kinds.join("+"),
        yes_no(record.subject.minor),
        yes_no(record.subject.capacity_doubt),
        yes_no(record.pressure_flag),
        yes_no(record.re_explained),
        consent.shareable_from().map(rfc3339).unwrap_or_default(),
        match &state {
            ConsentState::OnHold { waiting_for } => waiting_for
                .iter()
                .map(|hold| hold.code())
                .collect::<Vec<_>>()
                .join("+"),
            _ => String::new(),
        },
        consent
            .interview
            .as_ref()
            .map(|i| i.interview.outcome.as_str().to_owned())
            .unwrap_or_default(),
        // A demo store's, or one signed while the content said it was example data.
        yes_no(demo_store || record.example_content),
    ];
    row.extend(ItemKey::ALL.iter().map(|item| {
        record
            .items
            .get(item)
            .map(|&answer| yes_no(answer))
            .unwrap_or_default()
    }));
    row
}

/// A short, stable description of why a consent needs review.
pub(super) fn review_reason_text(reason: &ReviewReason) -> String {
    match reason {
        ReviewReason::DestinationSuspended { destination, .. }
        | ReviewReason::SuspensionFound { destination, .. } => {
            format!("return assistance to {} suspended", destination.code())
        }
        ReviewReason::ContentChanged { to_version, .. } => {
            format!("information changed (content {to_version})")
        }
        // The note stays on the record; exports say only why.
        ReviewReason::ChildObjection { .. } => "the child objected".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Access, StorePaths};

    #[test]
    fn rows_made_on_every_core_are_the_rows_one_writer_writes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store =
            Store::open(&StorePaths::in_dir(dir.path()), Access::ReadWrite).expect("store");
        let now = Timestamp::now_utc();
        // More consents than one chunk of rows.
        crate::demo::add_demo_records(&mut store, 600, 600, now).expect("demo records");
        let mut made = Vec::new();
        assert_eq!(write(&store, None, now, &mut made).expect("export"), 600);

        let projection = store.projection().expect("projection");
        let mut one = Vec::new();
        {
            let mut writer = writer_with_header(&mut one).expect("header");
            for consent in projection.consents() {
                writer
                    .write_record(row(consent, now, store.is_demo()))
                    .expect("row");
            }
            writer.flush().expect("flush");
        }
        assert_eq!(String::from_utf8(made), String::from_utf8(one));
    }
}
