//! `central verify`: every device's chains re-checked from the first event with its
//! enrolled key and the library's chain checker, the registry's heads against the
//! chains, and the read model against the consents replayed from the events.

use std::collections::HashMap;

use postgres::Client;

use crate::consent::{ConsentId, Timestamp};
use crate::store::chain::{ChainHead, check_audit, prepare_events, settle_events};
use crate::store::keys::parse_public_key;
use crate::store::overlap::overlapped;
use crate::store::{Broken, Projection};

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

/// Checks everything; stops on a device's chain at its first broken event.
pub fn verify(client: &mut Client) -> Result<CentralReport, CentralError> {
    super::schema::require_current(client)?;
    let mut tx = client.build_transaction().read_only(true).start()?;
    let devices = tx.query(
        "SELECT device_id, name, public_key, head_seq, head_hash, audit_head_seq, audit_head_hash
         FROM devices ORDER BY name",
        &[],
    )?;
    let mut report = CentralReport::default();
    for row in devices {
        let device_id: i64 = row.get(0);
        let name: String = row.get(1);
        let public_key: String = row.get(2);
        let recorded = ChainHead {
            seq: row.get(3),
            hash: row.get(4),
        };
        let recorded_audit = ChainHead {
            seq: row.get(5),
            hash: row.get(6),
        };
        let mut finding = DeviceFinding {
            device: name.clone(),
            events_checked: 0,
            audit_checked: 0,
            problems: Vec::new(),
        };
        let Some(key) = parse_public_key(&public_key) else {
            finding
                .problems
                .push(format!("{name}: its enrolled public key is not valid"));
            report.devices.push(finding);
            continue;
        };

        let mut head = ChainHead::default();
        let mut projection = Projection::default();
        let mut broken: Option<Broken> = None;
        let mut last_seq: HashMap<String, i64> = HashMap::new();
        // The next rows are read while the seals and bodies of the batch before are
        // checked on every core; the chain and the rules are settled in order here.
        overlapped(
            |feed| for_each_stored_batch(&mut tx, "events", device_id, feed),
            |batch| {
                let prepared = prepare_events(&batch, &key);
                (batch, prepared)
            },
            |(batch, prepared)| {
                if broken.is_some() {
                    return Ok(());
                }
                let owners = prepared.consent_ids();
                if let Err(found) = settle_events(&batch, prepared, &mut head, &mut projection) {
                    broken = Some(found);
                    return Ok(());
                }
                for (event, owner) in batch.iter().zip(owners) {
                    last_seq.insert(owner, event.seq);
                }
                Ok(())
            },
        )?;
        finding.events_checked = head.seq;
        if let Some(broken) = &broken {
            finding.problems.push(format!(
                "{name}: BROKEN at event {}: {}",
                broken.seq, broken.why
            ));
        } else if head != recorded {
            finding.problems.push(format!(
                "{name}: the registry says the last accepted event is {}, but the stored chain ends at event {}: events are missing",
                recorded.seq, head.seq
            ));
        }

        let mut audit_head = ChainHead::default();
        let mut audit_broken: Option<Broken> = None;
        for_each_stored_batch(&mut tx, "audit_events", device_id, |batch| {
            if audit_broken.is_none()
                && let Err(found) = check_audit(&batch, &key, &mut audit_head)
            {
                audit_broken = Some(found);
            }
            Ok(())
        })?;
        finding.audit_checked = audit_head.seq;
        if let Some(broken) = &audit_broken {
            finding.problems.push(format!(
                "{name}: BROKEN at audit entry {}: {}",
                broken.seq, broken.why
            ));
        } else if audit_head != recorded_audit {
            finding.problems.push(format!(
                "{name}: the registry says the last accepted audit entry is {}, but the stored chain ends at {}",
                recorded_audit.seq, audit_head.seq
            ));
        }

        if broken.is_none() {
            report.consents_checked += check_read_model(
                &mut tx,
                device_id,
                &name,
                &projection,
                &last_seq,
                &mut finding,
            )?;
        }
        report.devices.push(finding);
    }
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

/// Each read-model row against the consent replayed from the device's events.
fn check_read_model(
    tx: &mut postgres::Transaction<'_>,
    device_id: i64,
    name: &str,
    projection: &Projection,
    last_seq: &HashMap<String, i64>,
    finding: &mut DeviceFinding,
) -> Result<usize, CentralError> {
    let rows = tx.query(
        "SELECT consent_id, reference, state, state_as_of, last_seq FROM consents WHERE device_id = $1",
        &[&device_id],
    )?;
    let mut seen = 0;
    for row in &rows {
        let id: String = row.get(0);
        let reference: String = row.get(1);
        let state: String = row.get(2);
        let as_of: Timestamp = row.get(3);
        let seq: i64 = row.get(4);
        let Some(consent) = projection.get(&ConsentId::from_stored(id.clone())) else {
            finding.problems.push(format!(
                "{name}: the read model holds consent {id}, which no stored event creates"
            ));
            continue;
        };
        seen += 1;
        let expected_state = consent.state_at(as_of).name();
        let expected_seq = last_seq.get(&id).copied().unwrap_or_default();
        if reference != consent.reference.compact()
            || state != expected_state
            || seq != expected_seq
        {
            finding.problems.push(format!(
                "{name}: the read model's row for consent {id} (state {state}, last event {seq}) differs from its events (state {expected_state}, last event {expected_seq})"
            ));
        }
    }
    if seen < projection.consents().len() {
        finding.problems.push(format!(
            "{name}: the read model lacks {} of the device's consents",
            projection.consents().len() - seen
        ));
    }
    Ok(seen)
}
