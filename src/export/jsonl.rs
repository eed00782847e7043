//! JSON Lines: a header, then every sealed event exactly as stored, so the
//! receiving side can check each hash, signature and link of the chain itself.

use std::borrow::Cow;
use std::io::Write;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use crate::consent::{Consent, Timestamp};
use crate::store::keys::{parse_public_key, public_key_base64};
use std::collections::HashMap;

use crate::store::{EventRow, GENESIS_HASH, Projection, SealedEvent, Store};

use super::beside::{Spare, write_beside};
use super::{ExportError, rfc3339};

/// The first line of a JSON Lines export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// Always `consent-kiosk.events`.
    pub format: String,
    /// Format version.
    pub version: u32,
    /// Ed25519 public key of the device that sealed the events, base64.
    pub device_public_key: String,
    /// How the signed bytes are formed.
    pub canonical_bytes: String,
    /// When the export was made.
    pub exported_at: String,
    /// The `--since` bound, if one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// The store holds fictional demo records only (a record signed on example
    /// content says so itself: `example_content` in its sealed body).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub demo: bool,
    /// In a central export holding several devices: the device's registry name
    /// (each device's events follow its own header line).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

/// One event line.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct EventLine {
    /// Position in the device's log.
    pub seq: i64,
    /// The domain event.
    pub body: serde_json::Value,
    /// Hash of the previous event.
    pub prev_hash: String,
    /// SHA-256 of the canonical bytes, hex.
    pub hash: String,
    /// Ed25519 signature of the canonical bytes, base64.
    pub signature: String,
    /// For a consent that lets data leave the centre: from when it may (the
    /// moment the consent took effect), `None` when not (yet). Not sealed: it
    /// is worked out from the sealed events at export time.
    #[serde(default)]
    pub shareable_from: Option<String>,
}

/// The one field of a body needed to know whose event it is.
#[derive(Deserialize)]
struct Owner {
    consent_id: String,
}

const FORMAT: &str = "consent-kiosk.events";
const CANONICAL: &str = "RFC 8785 (JCS) JSON of {\"body\",\"prev_hash\",\"seq\"}; hash = SHA-256 hex; signature = Ed25519, base64";

pub(super) fn write(
    store: &Store,
    since: Option<Timestamp>,
    now: Timestamp,
    out: &mut (dyn Write + Send),
) -> Result<usize, ExportError> {
    write_keeping(store, since, now, out, KEEP_BYTES, true)
}

/// [`write`], keeping at most `keep_bytes` of events in memory when it replays the
/// log; `use_summary: false` replays it whatever the summary's state.
fn write_keeping(
    store: &Store,
    since: Option<Timestamp>,
    now: Timestamp,
    out: &mut (dyn Write + Send),
    keep_bytes: usize,
    use_summary: bool,
) -> Result<usize, ExportError> {
    let header = header(
        public_key_base64(store.public_key()),
        now,
        since,
        store.is_demo(),
        None,
    );
    write_header(&header, out)?;
    // Which consents may be shared comes from the summary when it is nearly up
    // to date; the summary and the events are read in one snapshot, so they
    // agree even while the kiosk writes beside the export.
    {
        let _snapshot = store.read_snapshot()?;
        if use_summary && let Some(shareable) = store.sharing_now()? {
            return write_lines_beside(store, since, &shareable, out);
        }
    }
    // Else the log is replayed. A whole export keeps the events the projection
    // reads, up to a bound, and writes them from memory: reading them out of the
    // encrypted file again took as long as the rest of the export.
    let mut kept = since.is_none().then(|| Kept::new(keep_bytes));
    let projection = store.projection_passing(|batch, owners| {
        if let Some(keeping) = &mut kept
            && !keeping.add(batch, owners)
        {
            kept = None;
        }
    })?;
    let shareable = shareable(&projection);
    drop(projection);
    match kept {
        Some(kept) => {
            let mut line = Vec::new();
            for (sealed, owner) in &kept.events {
                write_line(&sealed.row(Some(owner)), &shareable, &mut line, out)?;
            }
            out.flush()?;
            Ok(kept.events.len())
        }
        None => write_lines_beside(store, since, &shareable, out),
    }
}

/// Writes the line of each event of `store` (from `since`) on a second thread:
/// reading the encrypted store and writing the file (mostly the kernel's
/// copying) then overlap rather than take turns. Returns how many lines were
/// written.
fn write_lines_beside(
    store: &Store,
    since: Option<Timestamp>,
    shareable: &HashMap<String, Option<String>>,
    out: &mut (dyn Write + Send),
) -> Result<usize, ExportError> {
    let spare = &Spare::default();
    write_beside(
        out,
        |send| {
            store.fold_event_runs(
                since,
                || (spare.take(), 0_usize),
                |(lines, count): &mut (Vec<u8>, usize), event| -> Result<(), ExportError> {
                    push_line(&event, shareable, lines);
                    *count += 1;
                    Ok(())
                },
                send,
            )
        },
        |(lines, count): (Vec<u8>, usize), out| {
            spare.write_and_keep(lines, out)?;
            Ok(count)
        },
    )
}

/// The most event bytes a JSON Lines export keeps in memory (about 250,000 events);
/// a larger store is read a second time instead.
const KEEP_BYTES: usize = 256 << 20;

/// Events kept from the projection's read, while they fit.
struct Kept {
    events: Vec<(SealedEvent, String)>,
    bytes: usize,
    limit: usize,
}

impl Kept {
    fn new(limit: usize) -> Self {
        Self {
            events: Vec::new(),
            bytes: 0,
            limit,
        }
    }

    /// Keeps `batch`; `false` once the events no longer fit (then none are worth keeping).
    fn add(&mut self, batch: Vec<SealedEvent>, owners: Vec<String>) -> bool {
        self.bytes += batch
            .iter()
            .map(|e| e.body.len() + e.prev_hash.len() + e.hash.len() + 64 + 96)
            .sum::<usize>();
        if self.bytes > self.limit {
            return false;
        }
        self.events.extend(batch.into_iter().zip(owners));
        true
    }
}

/// The header of one device's events.
pub(crate) fn header(
    device_public_key: String,
    now: Timestamp,
    since: Option<Timestamp>,
    demo: bool,
    device: Option<String>,
) -> Header {
    Header {
        format: FORMAT.into(),
        version: 1,
        device_public_key,
        canonical_bytes: CANONICAL.into(),
        exported_at: rfc3339(now),
        since: since.map(rfc3339),
        demo,
        device,
    }
}

pub(crate) fn write_header(header: &Header, out: &mut dyn Write) -> Result<(), ExportError> {
    // Made first, then written: a full disk is then reported as a failed write,
    // not as a JSON error.
    let mut line = serde_json::to_vec(header)?;
    line.push(b'\n');
    out.write_all(&line)?;
    Ok(())
}

/// Each consent that lets data leave the centre, and from when it may (`None`: not yet).
pub(crate) fn shareable(projection: &Projection) -> HashMap<String, Option<String>> {
    projection
        .consents_unordered()
        .filter(|consent| consent.shares_outside())
        .map(|consent| {
            (
                consent.consent_id.as_str().to_owned(),
                shareable_from_text(consent),
            )
        })
        .collect()
}

/// From when a consent's data may leave the centre, as a line of this export
/// says it (`None`: not yet, or nothing leaves).
pub fn shareable_from_text(consent: &Consent) -> Option<String> {
    consent.shareable_from().map(rfc3339)
}

/// Whether a canonical body holds `"consent_id":"<id>"`. A consent id is hex and
/// a quote inside a JSON string is escaped, so this can only be that key and value.
fn body_names_consent(body: &str, consent_id: &str) -> bool {
    // Most bodies begin with it (keys are sorted): no search then.
    if body
        .strip_prefix("{\"consent_id\":\"")
        .and_then(|rest| rest.strip_prefix(consent_id))
        .is_some_and(|after| after.starts_with('"'))
    {
        return true;
    }
    let mut rest = body;
    while let Some(at) = rest.find("\"consent_id\":\"") {
        rest = rest.get(at + 14..).unwrap_or_default();
        if rest
            .strip_prefix(consent_id)
            .is_some_and(|after| after.starts_with('"'))
        {
            return true;
        }
    }
    false
}

/// The consent an event belongs to: the one recorded beside it when that is given
/// and its sealed body names it too (no JSON parsed), else read from the body.
fn owner_of<'a>(event: &EventRow<'a>) -> Option<Cow<'a, str>> {
    if let Some(id) = event.consent_id
        && body_names_consent(event.body, id)
    {
        return Some(Cow::Borrowed(id));
    }
    serde_json::from_str::<Owner>(event.body)
        .ok()
        .map(|owner| Cow::Owned(owner.consent_id))
}

/// One event line, added to `line`. Each line of a consent that lets data leave
/// the centre says from when it may (`null`: not yet), beside the sealed body,
/// never inside it. Assembled by hand: the body is already canonical JSON and
/// is copied as is.
pub(crate) fn push_line(
    event: &EventRow<'_>,
    shareable: &HashMap<String, Option<String>>,
    line: &mut Vec<u8>,
) {
    line.extend_from_slice(b"{\"seq\":");
    // Writing into a vector cannot fail.
    let _ = write!(line, "{}", event.seq);
    line.extend_from_slice(b",\"body\":");
    line.extend_from_slice(event.body.as_bytes());
    if !shareable.is_empty()
        && let Some(owner) = owner_of(event)
        && let Some(from) = shareable.get(owner.as_ref())
    {
        line.extend_from_slice(b",\"shareable_from\":");
        match from {
            Some(at) => {
                line.push(b'"');
                line.extend_from_slice(at.as_bytes());
                line.push(b'"');
            }
            None => line.extend_from_slice(b"null"),
        }
    }
    line.extend_from_slice(b",\"prev_hash\":\"");
    line.extend_from_slice(event.prev_hash.as_bytes());
    line.extend_from_slice(b"\",\"hash\":\"");
    line.extend_from_slice(event.hash.as_bytes());
    line.extend_from_slice(b"\",\"signature\":\"");
    let start = line.len();
    line.resize(start + 88, 0);
    if let Some(room) = line.get_mut(start..) {
        // 64 bytes are always 88 characters of base64 with padding.
        let written = STANDARD.encode_slice(event.signature, room).unwrap_or(0);
        line.truncate(start + written);
    }
    line.extend_from_slice(b"\"}\n");
}

/// One event line, written to `out` through the buffer `line`.
pub(crate) fn write_line(
    event: &EventRow<'_>,
    shareable: &HashMap<String, Option<String>>,
    line: &mut Vec<u8>,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    line.clear();
    push_line(event, shareable, line);
    out.write_all(line)?;
    Ok(())
}

/// Checks an export the way a receiving system would, from the text alone:
/// recomputes each event's canonical bytes, hash and signature, and the chain.
/// Returns the number of events, or the first bad line (1-based) and why.
pub fn verify_lines(text: &str) -> Result<usize, (usize, String)> {
    let mut lines = text.lines();
    let header: Header = lines
        .next()
        .ok_or((1, "empty export".to_owned()))
        .and_then(|l| serde_json::from_str(l).map_err(|e| (1, e.to_string())))?;
    let public_key = parse_public_key(&header.device_public_key)
        .ok_or((1, "the device public key is not valid".to_owned()))?;
    let mut public_key = public_key;
    let mut since = header.since.is_some();
    let mut previous: Option<String> = None;
    let mut count = 0;
    for (index, line) in lines.enumerate() {
        let line_no = index + 2;
        let fail = |why: &str| (line_no, why.to_owned());
        // A central export holds one run per device, each after its own header.
        if line.starts_with("{\"format\"") {
            let next: Header = serde_json::from_str(line).map_err(|e| fail(&e.to_string()))?;
            public_key = parse_public_key(&next.device_public_key)
                .ok_or_else(|| fail("the device public key is not valid"))?;
            since = next.since.is_some();
            previous = None;
            continue;
        }
        let event: EventLine = serde_json::from_str(line).map_err(|e| fail(&e.to_string()))?;
        let body =
            serde_json_canonicalizer::to_string(&event.body).map_err(|e| fail(&e.to_string()))?;
        let signature: [u8; 64] = STANDARD
            .decode(&event.signature)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| fail("the signature is not 64 bytes of base64"))?;
        let sealed = SealedEvent {
            seq: event.seq,
            body,
            prev_hash: event.prev_hash,
            hash: event.hash,
            signature,
        };
        sealed
            .check(&public_key)
            .map_err(|e| fail(&e.to_string()))?;
        let expected_prev = previous.as_deref().unwrap_or(if since {
            &sealed.prev_hash
        } else {
            GENESIS_HASH
        });
        if sealed.prev_hash != expected_prev {
            return Err(fail("it does not chain to the line before"));
        }
        previous = Some(sealed.hash);
        count += 1;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::store::{Access, StorePaths};

    /// An export: how many events, and its text.
    #[derive(PartialEq)]
    struct Lines(usize, String);

    /// Takes `room` bytes, then fails as a full disk does.
    struct FillsUp {
        room: usize,
    }

    impl Write for FillsUp {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            if self.room < bytes.len() {
                return Err(std::io::Error::from(std::io::ErrorKind::StorageFull));
            }
            self.room -= bytes.len();
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_full_disk_stops_an_export_written_beside_with_the_disks_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = StorePaths::in_dir(dir.path());
        let mut store = Store::open(&paths, Access::ReadWrite).expect("store");
        let now = Timestamp::now_utc();
        // Enough events for several batches on the writing thread.
        crate::demo::add_demo_records(&mut store, 1_500, 500, now).expect("demo records");
        store.dashboard().expect("summary");
        for use_summary in [true, false] {
            for room in [2_000, 200_000, 2_000_000] {
                let mut out = FillsUp { room };
                match write_keeping(&store, None, now, &mut out, 0, use_summary) {
                    Err(ExportError::Write(e)) => {
                        assert_eq!(e.kind(), std::io::ErrorKind::StorageFull);
                    }
                    other => panic!("{room} bytes of room: {other:?}"),
                }
            }
        }
        // FHIR entries and CSV rows are written beside too, while the next
        // window is made.
        let formats = [
            (
                super::super::ExportFormat::Fhir,
                [2_000, 200_000, 2_000_000],
            ),
            (super::super::ExportFormat::Csv, [100, 20_000, 200_000]),
        ];
        for (format, rooms) in formats {
            for room in rooms {
                let mut out = FillsUp { room };
                match super::super::export(&store, format, None, now, &mut out) {
                    Err(ExportError::Write(e)) => {
                        assert_eq!(e.kind(), std::io::ErrorKind::StorageFull);
                    }
                    other => panic!("{format:?}, {room} bytes of room: {other:?}"),
                }
            }
        }
    }

    /// An export is long: a mismatch shows what tells two apart at a glance.
    impl std::fmt::Debug for Lines {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(
                f,
                "{} events, {} bytes, {} lines that may not be shared yet",
                self.0,
                self.1.len(),
                self.1.matches("\"shareable_from\":null").count()
            )
        }
    }

    #[test]
    fn an_export_from_the_summary_is_the_export_from_a_replay_of_the_log() {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = StorePaths::in_dir(dir.path());
        let mut store = Store::open(&paths, Access::ReadWrite).expect("store");
        let now = Timestamp::now_utc();
        crate::demo::add_demo_records(&mut store, 60, 20, now).expect("demo records");
        let export = |store: &Store, since, keep_bytes, use_summary| {
            let mut out = Vec::new();
            let written = write_keeping(store, since, now, &mut out, keep_bytes, use_summary)
                .expect("export");
            Lines(written, String::from_utf8(out).expect("utf-8"))
        };
        let replayed = export(&store, None, KEEP_BYTES, false);
        // Nothing fits: the events are read out of the database a second time.
        assert_eq!(export(&store, None, 0, false), replayed);
        assert_eq!(replayed.0, usize::try_from(store.event_count()).unwrap());
        assert!(replayed.1.contains("\"shareable_from\":\""), "{replayed:?}");
        assert!(
            replayed.1.contains("\"shareable_from\":null"),
            "{replayed:?}"
        );
        assert_eq!(verify_lines(&replayed.1), Ok(replayed.0));
        // The summary never brought up to date: every consent replayed on its own.
        assert_eq!(export(&store, None, KEEP_BYTES, true), replayed);
        // Brought up to date by the dashboard.
        store.dashboard().expect("dashboard");
        assert_eq!(export(&store, None, KEEP_BYTES, true), replayed);

        // Consents withdrawn and added after the summary was brought up to date:
        // the summary says they may be shared, the log says otherwise.
        let shared: Vec<_> = store
            .projection()
            .expect("projection")
            .consents()
            .filter(|consent| consent.shareable_from().is_some() && consent.departed_at.is_none())
            .map(|consent| consent.consent_id.clone())
            .collect();
        assert!(
            shared.len() >= 2,
            "the demo has consents that may be shared"
        );
        for consent_id in &shared[..2] {
            let consent = store.consent(consent_id).expect("read").expect("consent");
            let withdrawn = consent
                .withdraw(crate::consent::Withdrawal {
                    at: now,
                    confirmed_by: crate::consent::Role::Counsellor,
                    account_id: None,
                })
                .expect("withdraw");
            store.commit_demo(&[withdrawn]).expect("commit");
        }
        crate::demo::add_demo_records(&mut store, 5, 0, now).expect("more records");
        drop(store);
        let store = Store::open(&paths, Access::ReadOnly).expect("read-only");
        let replayed = export(&store, None, KEEP_BYTES, false);
        assert_eq!(export(&store, None, KEEP_BYTES, true), replayed);
        for consent_id in &shared[..2] {
            let withdrawn_line = replayed
                .1
                .lines()
                .rfind(|line| line.contains(consent_id.as_str()))
                .expect("the withdrawal's line");
            assert!(
                withdrawn_line.contains("\"shareable_from\":null"),
                "{withdrawn_line}"
            );
        }
        // With a bound, the same lines as the whole export's from that time on.
        let since = Some(now - time::Duration::seconds(1));
        assert_eq!(
            export(&store, since, KEEP_BYTES, true),
            export(&store, since, KEEP_BYTES, false)
        );
    }
}
