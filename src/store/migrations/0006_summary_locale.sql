-- The console's table names each consent's language: `locale` is the record's
-- (BCP-47 tag, as signed). The summary is rebuilt from the log.
ALTER TABLE consent_summary ADD COLUMN locale TEXT;
DELETE FROM meta WHERE key = 'summary_seq';
