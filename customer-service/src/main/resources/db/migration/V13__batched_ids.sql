-- History entries take their ids from a plain sequence fifty at a time (Hibernate's pooled allocation), no longer
-- one IDENTITY insert each: an import's chunk then sends its customers, history and outbox rows to the database
-- in JDBC batches (bench/import-results.md). Ids of several service instances interleave, so the history is
-- read in the order of the versions the entries record (V6), not of their ids. A row inserted without an id
-- still gets the next value of the same sequence, which never hands out a number twice.
ALTER TABLE customer_history ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE customer_history_id_seq INCREMENT BY 50 OWNED BY customer_history.id;
-- The first block handed out starts above every id already there, whichever end of it Hibernate takes.
SELECT setval('customer_history_id_seq', coalesce((SELECT max(id) FROM customer_history), 0) + 50, false);
ALTER TABLE customer_history ALTER COLUMN id SET DEFAULT nextval('customer_history_id_seq');
