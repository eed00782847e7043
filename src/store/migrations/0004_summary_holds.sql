-- The dashboard tells a consent held by a counsellor's step (an open flag, the
-- confirmation interview) from one in force: `holds` is what it waits for
-- (`+`-joined codes, NULL when nothing), `effective_from` when it took or takes
-- effect (Unix ms, NULL while held). The summary is rebuilt from the log.
ALTER TABLE consent_summary ADD COLUMN holds TEXT;
ALTER TABLE consent_summary ADD COLUMN effective_from INTEGER;
DELETE FROM meta WHERE key = 'summary_seq';
