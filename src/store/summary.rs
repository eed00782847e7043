//! `consent_summary`: one row per consent, so the console's dashboard lists 100,000
//! consents without replaying the log. It catches up with the events added since
//! it was last brought up to date (`meta.summary_seq`) when the dashboard opens.

use rusqlite::{Connection, params};

use crate::consent::{Consent, ReviewReason};

use super::{StoreError, unix_millis};

/// A consent as the dashboard lists it: no names, no record text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentSummary {
    /// Internal id.
    pub consent_id: String,
    /// The receipt's code, compact form.
    pub reference: String,
    /// `signed`, `withdrawn`, `needs_review` or `declined`.
    pub stage: String,
    /// For a signed consent: when cooling-off ends, Unix ms.
    pub cooling_off_until: Option<i64>,
    /// ISO code of the destination, with `/area` when there is one.
    pub destination: Option<String>,
    /// The person departed.
    pub departed: bool,
    /// The person said they felt pressured or asked to speak privately.
    pub pressure_flag: bool,
    /// A comprehension answer needed explaining again.
    pub re_explained: bool,
    /// Why it needs review, in a few words for staff.
    pub review_reason: Option<String>,
    /// How many events the consent had (for conflict checks).
    pub event_count: usize,
    /// When the latest record was signed, Unix ms.
    pub signed_at: i64,
    /// What holds a signed consent from effect (`+`-joined hold codes), if anything.
    pub holds: Option<String>,
    /// When it takes (or took) effect, Unix ms; `None` while held or not signed.
    pub effective_from: Option<i64>,
    /// The language the person read and signed in (BCP-47), as recorded.
    pub locale: String,
}

pub(super) fn write(conn: &Connection, consent: &Consent) -> Result<(), StoreError> {
    let destination = consent.record.destination.as_ref().map(|d| match &d.area {
        Some(area) => format!("{}/{area}", d.country),
        None => d.country.clone(),
    });
    let review = consent.review_reason().map(|reason| match reason {
        ReviewReason::DestinationSuspended { destination, .. }
        | ReviewReason::SuspensionFound { destination, .. } => {
            format!("destination suspended: {}", destination.code())
        }
        ReviewReason::ContentChanged { .. } => "information changed".to_owned(),
        ReviewReason::ChildObjection { .. } => "the child objected".to_owned(),
    });
    let holds = consent.holds();
    let holds = (consent.is_pending() && !holds.is_empty()).then(|| {
        holds
            .iter()
            .map(|hold| hold.code())
            .collect::<Vec<_>>()
            .join("+")
    });
    conn.prepare_cached(
        "INSERT OR REPLACE INTO consent_summary
         (consent_id, reference, stage, cooling_off_until, destination, departed,
          pressure_flag, re_explained, review_reason, event_count, signed_at,
          holds, effective_from, locale)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        consent.consent_id.as_str(),
        consent.reference.compact(),
        consent.stage_name(),
        consent.cooling_off_until().map(unix_millis),
        destination,
        consent.departed_at.is_some(),
        consent.record.pressure_flag,
        consent.record.re_explained,
        review,
        consent.event_count as i64,
        unix_millis(consent.record.recorded_at),
        holds,
        consent.effective_from().map(unix_millis),
        consent.record.locale,
    ])?;
    Ok(())
}

pub(super) fn read_all(conn: &Connection) -> Result<Vec<ConsentSummary>, StoreError> {
    let mut statement = conn.prepare(
        "SELECT consent_id, reference, stage, cooling_off_until, destination, departed,
                pressure_flag, re_explained, review_reason, event_count, signed_at,
                holds, effective_from, locale
         FROM consent_summary ORDER BY signed_at DESC",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(ConsentSummary {
            consent_id: row.get(0)?,
            reference: row.get(1)?,
            stage: row.get(2)?,
            cooling_off_until: row.get(3)?,
            destination: row.get(4)?,
            departed: row.get(5)?,
            pressure_flag: row.get(6)?,
            re_explained: row.get(7)?,
            review_reason: row.get(8)?,
            event_count: row.get::<_, i64>(9)? as usize,
            signed_at: row.get(10)?,
            holds: row.get(11)?,
            effective_from: row.get(12)?,
            locale: row.get::<_, Option<String>>(13)?.unwrap_or_default(),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Brings the summary up to date with events after `from_seq` (exclusive), in one
/// transaction. Few new events: each touched consent is replayed; many (a first
/// open, an import): the whole projection is rebuilt.
pub(super) fn catch_up(store: &mut super::Store) -> Result<(), StoreError> {
    let done: i64 = super::read_meta(&store.conn, "summary_seq")?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let head = store.head.seq;
    if done >= head {
        return Ok(());
    }
    // The consents with new events, and the rest of their households: a
    // child's effect follows a linked parent's.
    let touched: Vec<String> = {
        let mut statement = store.conn.prepare(
            "SELECT DISTINCT consent_id FROM events WHERE seq > ?1
             UNION
             SELECT other.consent_id FROM household_members AS member
             JOIN household_members AS other ON other.household = member.household
             WHERE member.consent_id IN (SELECT consent_id FROM events WHERE seq > ?1)",
        )?;
        let ids = statement.query_map([done], |row| row.get(0))?;
        ids.collect::<Result<_, _>>()?
    };
    let rebuild = touched.len() > 2_000;
    let projection = if rebuild {
        Some(store.projection()?)
    } else {
        None
    };
    let tx = store.conn.transaction()?;
    match &projection {
        Some(projection) => {
            for consent in projection.consents() {
                write(&tx, consent)?;
            }
        }
        None => {
            for id in touched {
                let id = crate::consent::ConsentId::from_stored(id);
                if let Some(consent) = super::load_consent(&tx, &id)? {
                    write(&tx, &consent)?;
                }
            }
        }
    }
    tx.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('summary_seq', ?1)",
        [head.to_string()],
    )?;
    tx.commit()?;
    Ok(())
}
