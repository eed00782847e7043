-- Whether each consent lets data leave the centre, and from when (RFC 3339, as
-- the JSON Lines export writes it), so that export copies the sealed events
-- without replaying them. NULL: a row written before this migration; it is
-- known from the consent's next accepted event, and until every row is, the
-- export replays the logs as before.
ALTER TABLE consents ADD COLUMN shares_outside boolean;
ALTER TABLE consents ADD COLUMN shareable_from text;

-- `central verify` and `central export` read the read model device by device;
-- without this each read scanned every device's rows.
CREATE INDEX consents_device ON consents (device_id);
