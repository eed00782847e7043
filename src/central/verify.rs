//! `central verify`: every device's chains re-checked from the first event with its
//! enrolled key and the library's chain checker, the registry's heads against the
//! chains, and the read model against the consents replayed from the events.

use ed25519_dalek::VerifyingKey;
use postgres::Client;

use crate::consent::{ConsentId, Timestamp};
use crate::export::shareable_from_text;
use crate::store::chain::{ChainHead, check_audit, prepare_events, settle_events};
use crate::store::keys::parse_public_key;
use crate::store::overlap::overlapped_reading_ahead;
use crate::store::{Broken, Projection, SealedEvent};

use super::CentralError;
use super::intake::for_each_stored_batch;

/// What was found for one device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceFinding {
    /// The device's registry name.
    pub device: String,
    /// Consent events checked.
    pub events_checked: i64,
    /// Audit entries checked.
    pub audit_checked: i64,
    /// Problems, each naming the chain and event (empty: intact).
    pub problems: Vec<String>,
}

/// What `central verify` found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CentralReport {
    /// One per device, by name.
    pub devices: Vec<DeviceFinding>,
    /// Consents in the read model checked.
    pub consents_checked: usize,
    /// Forks kept aside and not yet resolved.
    pub open_forks: i64,
    /// Rows whose device is not in the registry (none can be written but by hand).
    pub unregistered: Vec<String>,
}

impl CentralReport {
    /// Whether every chain and the read model check out.
    pub fn is_intact(&self) -> bool {
        self.devices.iter().all(|d| d.problems.is_empty()) && self.unregistered.is_empty()
    }

    /// Events checked across devices.
    pub fn events_checked(&self) -> i64 {
        self.devices.iter().map(|d| d.events_checked).sum()
    }
}

/// One device as the registry has it.
struct Enrolled {
    /// Its place in the report.
    finding: usize,
    device_id: i64,
    name: String,
    key: VerifyingKey,
    head: ChainHead,
    audit_head: ChainHead,
}

/// What the reading thread hands on, device after device: each device's events,
/// then its audit entries, then its read-model rows, which close the device.
enum Piece<'a, T> {
    Events(&'a Enrolled, T),
    Audit(&'a Enrolled, Vec<SealedEvent>),
    ReadModel(&'a Enrolled, Vec<ReadModelRow>),
}

/// A read-model row as stored.
struct ReadModelRow {
    consent_id: String,
    reference: String,
    state: String,
    as_of: Timestamp,
    last_seq: i64,
    /// Whether data leaves the centre, and from when (`None`: a row written
    /// before the read model kept it, not checked).
    sharing: Option<(bool, Option<String>)>,
}

/// One device's chains as far as they have been settled.
#[derive(Default)]
struct Settling {
    head: ChainHead,
    projection: Projection,
    broken: Option<Broken>,
    audit_head: ChainHead,
    audit_broken: Option<Broken>,
}

/// Checks everything; stops on a device's chain at its first broken event.
///
/// Every device goes through one pipeline: while one device's events are checked
/// on every core, the next rows (of this device or the next) are read, so a fleet
/// of small chains costs about what one long chain does.
pub fn verify(client: &mut Client) -> Result<CentralReport, CentralError> {
    super::schema::require_current(client)?;
    let mut tx = client.build_transaction().read_only(true).start()?;
    let rows = tx.query(
        "SELECT device_id, name, public_key, head_seq, head_hash, audit_head_seq, audit_head_hash
         FROM devices ORDER BY name",
        &[],
    )?;
    let mut report = CentralReport::default();
    // By registry order; a device whose key does not parse is reported, not read.
    let mut enrolled = Vec::with_capacity(rows.len());
    for row in rows {
        let name: String = row.get(1);
        let public_key: String = row.get(2);
        let mut finding = DeviceFinding {
            device: name.clone(),
            events_checked: 0,
            audit_checked: 0,
            problems: Vec::new(),
        };
        match parse_public_key(&public_key) {
            Some(key) => enrolled.push(Enrolled {
                finding: report.devices.len(),
                device_id: row.get(0),
                name,
                key,
                head: ChainHead {
                    seq: row.get(3),
                    hash: row.get(4),
                },
                audit_head: ChainHead {
                    seq: row.get(5),
                    hash: row.get(6),
                },
            }),
            None => finding
                .problems
                .push(format!("{name}: its enrolled public key is not valid")),
        }
        report.devices.push(finding);
    }

    let mut settling = Settling::default();
    let findings = &mut report.devices;
    let mut consents_checked = 0;
    overlapped_reading_ahead(
        |feed| {
            for device in &enrolled {
                for_each_stored_batch(&mut tx, "events", device.device_id, |batch| {
                    feed(Piece::Events(device, batch))
                })?;
                for_each_stored_batch(&mut tx, "audit_events", device.device_id, |batch| {
                    feed(Piece::Audit(device, batch))
                })?;
                let rows = read_model(&mut tx, device.device_id)?;
                feed(Piece::ReadModel(device, rows))?;
            }
            Ok(())
        },
        |piece| match piece {
            Piece::Events(device, batch) => {
                let prepared = prepare_events(&batch, &device.key);
                Piece::Events(device, (batch, prepared))
            }
            Piece::Audit(device, batch) => Piece::Audit(device, batch),
            Piece::ReadModel(device, rows) => Piece::ReadModel(device, rows),
        },
        |piece| {
            match piece {
                Piece::Events(_, (batch, prepared)) => {
                    if settling.broken.is_some() {
                        return Ok(());
                    }
                    if let Err(found) = settle_events(
                        &batch,
                        prepared,
                        &mut settling.head,
                        &mut settling.projection,
                    ) {
                        settling.broken = Some(found);
                    }
                }
                Piece::Audit(device, batch) => {
                    if settling.audit_broken.is_none()
                        && let Err(found) =
                            check_audit(&batch, &device.key, &mut settling.audit_head)
                    {
                        settling.audit_broken = Some(found);
                    }
                }
                Piece::ReadModel(device, rows) => {
                    let settled = std::mem::take(&mut settling);
                    if let Some(finding) = findings.get_mut(device.finding) {
                        consents_checked += close_device(device, settled, &rows, finding);
                    }
                }
            }
            Ok(())
        },
    )?;
    report.consents_checked = consents_checked;
    report.open_forks = tx
        .query_one("SELECT count(*) FROM forks WHERE resolved_at IS NULL", &[])?
        .get(0);
    // Nothing ties a row to the registry but the intake, which writes only for the
    // device it holds locked: a row of any other device was written by hand.
    for table in ["events", "audit_events", "consents"] {
        for row in tx.query(
            &format!(
                "SELECT device_id, count(*) FROM {table}
                 WHERE device_id NOT IN (SELECT device_id FROM devices)
                 GROUP BY device_id ORDER BY device_id"
            ),
            &[],
        )? {
            let device_id: i64 = row.get(0);
            let rows: i64 = row.get(1);
            report.unregistered.push(format!(
                "{rows} rows of {table} name device {device_id}, which is not in the registry"
            ));
        }
    }
    tx.commit()?;
    Ok(report)
}

/// A device's chains, once all its rows are settled, against its registry row and
/// its read model. Returns the read-model rows checked.
fn close_device(
    device: &Enrolled,
    settled: Settling,
    read_model: &[ReadModelRow],
    finding: &mut DeviceFinding,
) -> usize {
    let name = &device.name;
    finding.events_checked = settled.head.seq;
    finding.audit_checked = settled.audit_head.seq;
    let chains = [
        (
            "event",
            "events",
            settled.broken.as_ref(),
            &settled.head,
            &device.head,
        ),
        (
            "audit entry",
            "audit entries",
            settled.audit_broken.as_ref(),
            &settled.audit_head,
            &device.audit_head,
        ),
    ];
    for (one, many, broken, stored, recorded) in chains {
        if let Some(broken) = broken {
            finding.problems.push(format!(
                "{name}: BROKEN at {one} {}: {}",
                broken.seq, broken.why
            ));
        } else if stored != recorded {
            let why = match stored.seq.cmp(&recorded.seq) {
                std::cmp::Ordering::Less => format!("{many} are missing"),
                std::cmp::Ordering::Greater => format!("{many} were added after it"),
                std::cmp::Ordering::Equal => format!("the stored {one} is another one"),
            };
            finding.problems.push(format!(
                "{name}: the registry says the last accepted {one} is {}, but the stored chain ends at {one} {}: {why}",
                recorded.seq, stored.seq
            ));
        }
    }
    if settled.broken.is_some() {
        return 0;
    }
    check_read_model(name, read_model, &settled.projection, finding)
}

/// A device's read-model rows.
fn read_model(
    tx: &mut postgres::Transaction<'_>,
    device_id: i64,
) -> Result<Vec<ReadModelRow>, CentralError> {
    let rows = tx.query(
        "SELECT consent_id, reference, state, state_as_of, last_seq, shares_outside, shareable_from
         FROM consents WHERE device_id = $1",
        &[&device_id],
    )?;
    Ok(rows
        .iter()
        .map(|row| ReadModelRow {
            consent_id: row.get(0),
            reference: row.get(1),
            state: row.get(2),
            as_of: row.get(3),
            last_seq: row.get(4),
            sharing: row
                .get::<_, Option<bool>>(5)
                .map(|shares| (shares, row.get(6))),
        })
        .collect())
}

/// Each read-model row against the consent replayed from the device's events.
fn check_read_model(
    name: &str,
    rows: &[ReadModelRow],
    projection: &Projection,
    finding: &mut DeviceFinding,
) -> usize {
    let mut seen = 0;
    for row in rows {
        let id = &row.consent_id;
        let consent_id = ConsentId::from_stored(id.clone());
        let Some(consent) = projection.get(&consent_id) else {
            finding.problems.push(format!(
                "{name}: the read model holds consent {id}, which no stored event creates"
            ));
            continue;
        };
        seen += 1;
        let expected_state = consent.state_at(row.as_of).name();
        let expected_seq = projection.last_seq(&consent_id).unwrap_or_default();
        let (state, seq) = (&row.state, row.last_seq);
        if row.reference != consent.reference.compact()
            || state != expected_state
            || seq != expected_seq
        {
            finding.problems.push(format!(
                "{name}: the read model's row for consent {id} (state {state}, last event {seq}) differs from its events (state {expected_state}, last event {expected_seq})"
            ));
        }
        let expected_sharing = (consent.shares_outside(), shareable_from_text(consent));
        if let Some(sharing) = &row.sharing
            && *sharing != expected_sharing
        {
            let said = |(shares, from): &(bool, Option<String>)| match (shares, from) {
                (false, _) => "nothing leaves the centre".to_owned(),
                (true, None) => "data may leave the centre, not yet".to_owned(),
                (true, Some(from)) => format!("data may leave the centre from {from}"),
            };
            finding.problems.push(format!(
                "{name}: the read model's row for consent {id} says {}, but its events say {}",
                said(sharing),
                said(&expected_sharing)
            ));
        }
    }
    if seen < projection.len() {
        finding.problems.push(format!(
            "{name}: the read model lacks {} of the device's consents",
            projection.len() - seen
        ));
    }
    seen
}
