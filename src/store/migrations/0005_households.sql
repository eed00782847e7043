-- The consents of one household (a family) share a reference, and a child's
-- consent takes effect only with a linked parent's: reading one consent reads
-- its household's. Filled from the log here, then kept at every commit. The
-- summary is rebuilt, since a child's effect now follows its household.
CREATE TABLE household_members (
    household  TEXT NOT NULL,
    consent_id TEXT NOT NULL,
    PRIMARY KEY (household, consent_id)
) WITHOUT ROWID;
CREATE INDEX household_members_by_consent ON household_members (consent_id);
INSERT OR IGNORE INTO household_members (household, consent_id)
    SELECT trim(json_extract(body, '$.record.subject.household_reference')), consent_id
    FROM events
    WHERE kind IN ('signed', 'reconsented')
      AND trim(coalesce(json_extract(body, '$.record.subject.household_reference'), '')) <> '';
DELETE FROM meta WHERE key = 'summary_seq';
