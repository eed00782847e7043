-- A JSON Lines export says, beside each event of a consent that lets data leave
-- the centre, from when it may. The summary keeps both facts, so an export reads
-- them here rather than replaying the log: `shares_outside` (0 or 1) and
-- `shareable_from` (RFC 3339, exactly as the consent's own time, NULL while not
-- allowed). The summary is rebuilt from the log.
ALTER TABLE consent_summary ADD COLUMN shares_outside INTEGER NOT NULL DEFAULT 0;
ALTER TABLE consent_summary ADD COLUMN shareable_from TEXT;
DELETE FROM meta WHERE key = 'summary_seq';
