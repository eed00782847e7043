-- Least privilege for the intake service's role (consent_intake): run once by the
-- database's owner after `consent-kiosk central init`, e.g.
--   psql consent_central -f packaging/central-intake-role.sql
-- It reads the registry and appends events; it can neither enrol nor revoke
-- devices, and no role can change or delete sealed rows (triggers refuse it).
GRANT USAGE ON SCHEMA public TO consent_intake;
GRANT SELECT ON schema_migrations TO consent_intake;
GRANT SELECT ON devices TO consent_intake;
GRANT UPDATE (head_seq, head_hash, audit_head_seq, audit_head_hash, last_accepted_at, demo)
    ON devices TO consent_intake;
GRANT SELECT, INSERT ON events, audit_events, forks TO consent_intake;
GRANT USAGE ON SEQUENCE forks_fork_id_seq TO consent_intake;
GRANT SELECT, INSERT, UPDATE ON consents TO consent_intake;
