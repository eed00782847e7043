-- The intake writes a device's events, audit entries and read-model rows only
-- while it holds that device's registry row locked (FOR UPDATE), after checking
-- that the device is enrolled and not revoked. The foreign keys to `devices`
-- checked that again for every row, which took nearly half of each insert.
-- Devices are revoked, never deleted: that is now enforced here instead, and
-- `central verify` reports any sealed row whose device is not in the registry.
ALTER TABLE events DROP CONSTRAINT IF EXISTS events_device_id_fkey;
ALTER TABLE audit_events DROP CONSTRAINT IF EXISTS audit_events_device_id_fkey;
ALTER TABLE consents DROP CONSTRAINT IF EXISTS consents_device_id_fkey;

CREATE FUNCTION refuse_removing_a_device() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'devices are revoked, never removed: % on % refused', TG_OP, TG_TABLE_NAME;
END
$$;
CREATE TRIGGER devices_never_deleted BEFORE DELETE ON devices
    FOR EACH ROW EXECUTE FUNCTION refuse_removing_a_device();
CREATE TRIGGER devices_no_truncate BEFORE TRUNCATE ON devices
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_removing_a_device();
