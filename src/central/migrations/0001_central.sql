-- The central database: every enrolled kiosk, every event it sealed exactly as
-- sealed, its audit chain, forks kept aside for staff, and a read model of each
-- consent's current state.

CREATE TABLE devices (
    device_id        bigserial PRIMARY KEY,
    name             text NOT NULL UNIQUE,
    -- Ed25519 public key, base64, as `consent-kiosk keys show` prints it.
    public_key       text NOT NULL UNIQUE,
    enrolled_by      text NOT NULL,
    enrolled_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at       timestamptz,
    revoked_by       text,
    -- The last accepted event of each chain: where the next batch must link.
    head_seq         bigint NOT NULL DEFAULT 0,
    head_hash        text NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
    audit_head_seq   bigint NOT NULL DEFAULT 0,
    audit_head_hash  text NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
    last_accepted_at timestamptz,
    -- The kiosk's store holds fictional demonstration records only.
    demo             boolean NOT NULL DEFAULT false
);

-- Consent events, exactly as the device sealed them.
CREATE TABLE events (
    device_id   bigint NOT NULL REFERENCES devices (device_id),
    seq         bigint NOT NULL CHECK (seq >= 1),
    body        text NOT NULL,
    prev_hash   text NOT NULL,
    hash        text NOT NULL,
    signature   bytea NOT NULL CHECK (length(signature) = 64),
    consent_id  text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, seq)
);
CREATE INDEX events_consent ON events (consent_id);

-- Console audit entries (concerns raised, staff actions), sealed the same way.
CREATE TABLE audit_events (
    device_id   bigint NOT NULL REFERENCES devices (device_id),
    seq         bigint NOT NULL CHECK (seq >= 1),
    body        text NOT NULL,
    prev_hash   text NOT NULL,
    hash        text NOT NULL,
    signature   bytea NOT NULL CHECK (length(signature) = 64),
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, seq)
);

-- A different event sent for a sequence number already accepted: never stored in
-- the chain, kept here for staff to look into.
CREATE TABLE forks (
    fork_id       bigserial PRIMARY KEY,
    device_id     bigint NOT NULL REFERENCES devices (device_id),
    chain         text NOT NULL CHECK (chain IN ('events', 'audit')),
    seq           bigint NOT NULL,
    body          text NOT NULL,
    prev_hash     text NOT NULL,
    hash          text NOT NULL,
    signature     bytea NOT NULL,
    accepted_hash text,
    received_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at   timestamptz,
    resolved_by   text,
    UNIQUE (device_id, chain, seq, hash)
);

-- The read model: each consent as it stood when its last event was accepted.
CREATE TABLE consents (
    consent_id    text PRIMARY KEY,
    device_id     bigint NOT NULL REFERENCES devices (device_id),
    reference     text NOT NULL,
    state         text NOT NULL,
    state_as_of   timestamptz NOT NULL,
    last_seq      bigint NOT NULL,
    last_event_at timestamptz NOT NULL
);
CREATE INDEX consents_state ON consents (state);

-- Sealed rows are append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION refuse_change_of_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'sealed rows are append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END
$$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_sealed();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_sealed();
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_sealed();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_sealed();
