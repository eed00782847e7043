//! `consent_summary`: one row per consent, so the console's dashboard lists 100,000
//! consents, and a JSON Lines export says which may be shared, without replaying
//! the log. The dashboard brings it up to date with the events added since it was
//! last brought up to date (`meta.summary_seq`); an export reads it as it is and
//! replays only the consents changed since, in memory.

use std::collections::HashMap;

use rusqlite::{Connection, params};
use time::format_description::well_known::Rfc3339;

use crate::consent::{Consent, ConsentId, ReviewReason};

use super::{StoreError, unix_millis};

/// Above this many consents changed since the summary was brought up to date,
/// replaying the whole log is quicker than replaying each of them.
const REPLAY_EACH_AT_MOST: usize = 2_000;

/// Above this many events since, the summary is not read for an export at all.
const EVENTS_SINCE_AT_MOST: usize = 20 * REPLAY_EACH_AT_MOST;

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
          holds, effective_from, locale, shares_outside, shareable_from)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
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
        consent.shares_outside(),
        shareable_text(consent),
    ])?;
    Ok(())
}

pub(super) fn read_all(conn: &Connection) -> Result<Vec<ConsentSummary>, StoreError> {
    let mut statement = conn.prepare(
        "SELECT consent_id, reference, stage, cooling_off_until, destination, departed,
                pressure_flag, re_explained, review_reason, event_count, signed_at,
                holds, effective_from, locale
         FROM consent_summary",
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
    let mut rows: Vec<ConsentSummary> = rows.collect::<Result<_, _>>()?;
    // Newest first. Sorted here rather than by SQLite, whose sorter copies
    // every row of 100,000 again; the sort is stable, so rows signed at the
    // same moment keep the table's order.
    rows.sort_by_key(|row| std::cmp::Reverse(row.signed_at));
    Ok(rows)
}

/// Brings the summary up to date with events after `meta.summary_seq`, in one
/// transaction. Few changed consents: each is replayed; many (a first open, an
/// import): the whole projection is rebuilt.
pub(super) fn catch_up(store: &mut super::Store) -> Result<(), StoreError> {
    let done = summary_seq(&store.conn)?;
    let head = store.head.seq;
    if done >= head {
        return Ok(());
    }
    let touched = touched_since(&store.conn, done)?;
    let projection = if touched.len() > REPLAY_EACH_AT_MOST {
        Some(store.projection()?)
    } else {
        None
    };
    let tx = store.conn.transaction()?;
    match &projection {
        Some(projection) => {
            for consent in projection.consents_unordered() {
                write(&tx, consent)?;
            }
        }
        None => {
            for id in touched {
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

/// Each consent that lets data leave the centre, and from when it may (RFC 3339,
/// as an export writes it; `None`: not yet), as the log stands, written nowhere:
/// the stored summary, with the consents changed since it was brought up to date
/// replayed here. `None` when that is more than [`REPLAY_EACH_AT_MOST`] consents
/// (the whole log is quicker to replay), or when the store's schema is older
/// than this build's (a read-only store not yet migrated keeps fewer facts).
pub(super) fn sharing_now(
    conn: &Connection,
) -> Result<Option<HashMap<String, Option<String>>>, StoreError> {
    let version: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if version < super::schema::LATEST_VERSION {
        return Ok(None);
    }
    let done = summary_seq(conn)?;
    // Counting the events since is quicker than naming their consents when the
    // summary is far behind (never brought up to date: every event).
    let events_since: usize = conn.query_row(
        "SELECT count(*) FROM (SELECT 1 FROM events WHERE seq > ?1 LIMIT ?2)",
        params![done, EVENTS_SINCE_AT_MOST + 1],
        |row| row.get(0),
    )?;
    if events_since > EVENTS_SINCE_AT_MOST {
        return Ok(None);
    }
    let touched = touched_since(conn, done)?;
    if touched.len() > REPLAY_EACH_AT_MOST {
        return Ok(None);
    }
    let mut statement = conn.prepare(
        "SELECT consent_id, shareable_from FROM consent_summary WHERE shares_outside = 1",
    )?;
    let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    let mut sharing = rows.collect::<Result<HashMap<_, _>, _>>()?;
    for id in touched {
        sharing.remove(id.as_str());
        if let Some(consent) = super::load_consent(conn, &id)?
            && consent.shares_outside()
        {
            sharing.insert(id.as_str().to_owned(), shareable_text(&consent));
        }
    }
    Ok(Some(sharing))
}

/// From when the consent's data may leave the centre, as an export writes it.
fn shareable_text(consent: &Consent) -> Option<String> {
    // The time was read from RFC 3339 in a sealed body, so it formats back.
    consent
        .shareable_from()
        .and_then(|at| at.format(&Rfc3339).ok())
}

/// The last event the stored summary accounts for (0: none).
fn summary_seq(conn: &Connection) -> Result<i64, StoreError> {
    Ok(super::read_meta(conn, "summary_seq")?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0))
}

/// The consents with events after `seq`, and the rest of their households: a
/// child's effect follows a linked parent's.
fn touched_since(conn: &Connection, seq: i64) -> Result<Vec<ConsentId>, StoreError> {
    let mut statement = conn.prepare_cached(
        "SELECT DISTINCT consent_id FROM events WHERE seq > ?1
         UNION
         SELECT other.consent_id FROM household_members AS member
         JOIN household_members AS other ON other.household = member.household
         WHERE member.consent_id IN (SELECT consent_id FROM events WHERE seq > ?1)",
    )?;
    let ids = statement.query_map([seq], |row| {
        row.get::<_, String>(0).map(ConsentId::from_stored)
    })?;
    Ok(ids.collect::<Result<_, _>>()?)
}
