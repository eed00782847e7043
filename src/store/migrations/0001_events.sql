-- The event log: one row per sealed event, never updated or deleted.
CREATE TABLE events (
    seq          INTEGER PRIMARY KEY,      -- 1, 2, 3 ... without gaps
    consent_id   TEXT    NOT NULL,
    reference    TEXT,                     -- set on the first event of a consent
    kind         TEXT    NOT NULL,
    recorded_at  INTEGER NOT NULL,         -- Unix milliseconds, UTC (for --since)
    body         TEXT    NOT NULL,         -- RFC 8785 (JCS) JSON of the domain event
    prev_hash    TEXT    NOT NULL,
    hash         TEXT    NOT NULL,
    signature    BLOB    NOT NULL
);
CREATE INDEX events_by_consent ON events (consent_id, seq);
CREATE INDEX events_by_reference ON events (reference) WHERE reference IS NOT NULL;

CREATE TRIGGER events_never_updated BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: an event is never updated');
END;
CREATE TRIGGER events_never_deleted BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: an event is never deleted');
END;

-- Facts about the store itself: the device public key, whether it holds demo records.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
