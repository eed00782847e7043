-- Console accounts. Only a login name, a role and the argon2id hash of the
-- passphrase are kept; failed tries and the lock are what slow down guessing.
CREATE TABLE accounts (
    account_id   TEXT    PRIMARY KEY,
    role         TEXT    NOT NULL CHECK (role IN ('admin', 'counsellor', 'editor')),
    secret_hash  TEXT    NOT NULL,          -- argon2id, PHC string
    failed_tries INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0, -- Unix milliseconds
    created_at   INTEGER NOT NULL
);

-- What staff did that is not a consent event, sealed in its own chain exactly as
-- events are (see seal.rs), and just as append-only.
CREATE TABLE audit (
    seq          INTEGER PRIMARY KEY,
    account_id   TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    recorded_at  INTEGER NOT NULL,
    body         TEXT    NOT NULL,
    prev_hash    TEXT    NOT NULL,
    hash         TEXT    NOT NULL,
    signature    BLOB    NOT NULL
);
CREATE TRIGGER audit_never_updated BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: an entry is never updated');
END;
CREATE TRIGGER audit_never_deleted BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: an entry is never deleted');
END;

-- One row per consent: what the dashboard lists without replaying the log. It is
-- brought up to date from the events after `meta.summary_seq` when the dashboard
-- opens (so signing at the kiosk pays nothing for it). Derived, never the truth:
-- `verify` and the projection read the events.
CREATE TABLE consent_summary (
    consent_id        TEXT    PRIMARY KEY,
    reference         TEXT    NOT NULL,
    stage             TEXT    NOT NULL,  -- signed, withdrawn, needs_review, declined
    cooling_off_until INTEGER,           -- Unix ms, for a signed consent
    destination       TEXT,              -- ISO code, and area after a slash
    departed          INTEGER NOT NULL,
    pressure_flag     INTEGER NOT NULL,
    re_explained      INTEGER NOT NULL,
    review_reason     TEXT,
    event_count       INTEGER NOT NULL,  -- for conflict checks
    signed_at         INTEGER NOT NULL   -- Unix ms, of the latest record
);
CREATE INDEX consent_summary_by_reference ON consent_summary (reference);
