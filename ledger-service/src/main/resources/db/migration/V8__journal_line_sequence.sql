-- Journal line ids come from a sequence the service reserves 50 at a time: with an identity column Hibernate
-- must insert each line on its own to learn its id, so a batch of postings could not send its lines in one
-- batched insert. Rows inserted by hand (the benchmark's seed) still get an id by default.
ALTER TABLE journal_line ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE journal_line_id_seq INCREMENT BY 50 OWNED BY journal_line.id;
SELECT setval('journal_line_id_seq', (SELECT coalesce(max(id), 0) + 50 FROM journal_line));
ALTER TABLE journal_line ALTER COLUMN id SET DEFAULT nextval('journal_line_id_seq');
