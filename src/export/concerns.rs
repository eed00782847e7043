//! Concerns as CSV: every "I feel pressured / I want to speak privately" and "I
//! lost my code" raised at the kiosk, anonymous as sealed (time, kind, screen,
//! language; never a name), and when staff saw it. They live in the console's
//! sealed log, not on any consent, so they are an export of their own.

use std::io::Write;

use crate::consent::AuditEvent;
use crate::consent::Timestamp;
use crate::store::Store;

use super::{ExportError, rfc3339};

/// Writes one row per concern raised at or after `since`; returns how many.
pub(super) fn write(
    store: &Store,
    since: Option<Timestamp>,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    let log = store.audit_log()?;
    let demo = store.is_demo();
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "concern_id",
        "kind",
        "raised_at",
        "screen",
        "locale",
        "seen_at",
        "seen_by",
        "demo",
    ])?;
    let mut written = 0;
    for event in &log {
        let AuditEvent::ConcernRaised {
            concern_id,
            kind,
            screen,
            locale,
            at,
            ..
        } = event
        else {
            continue;
        };
        if since.is_some_and(|since| *at < since) {
            continue;
        }
        let seen = log.iter().find_map(|later| match later {
            AuditEvent::ConcernSeen {
                concern_id: seen_id,
                account_id,
                at,
            } if seen_id == concern_id => Some((rfc3339(*at), account_id.clone())),
            _ => None,
        });
        let (seen_at, seen_by) = seen.unwrap_or_default();
        writer.write_record([
            concern_id.as_str(),
            kind.as_str(),
            rfc3339(*at).as_str(),
            screen.as_str(),
            locale.as_str(),
            seen_at.as_str(),
            seen_by.as_str(),
            if demo { "true" } else { "false" },
        ])?;
        written += 1;
    }
    writer.flush()?;
    Ok(written)
}
