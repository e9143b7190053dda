-- Contacts take their ids from a plain sequence fifty at a time (Hibernate's pooled allocation), as history entries
-- do since V13, no longer one IDENTITY insert each: an import gives a chunk's contacts their ids in memory and
-- copies them in with their customers (COPY). Ids of several service instances interleave; a customer's contacts
-- keep their order by position. A row inserted without an id still gets the next value of the same sequence.
ALTER TABLE customer_contact ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE customer_contact_id_seq INCREMENT BY 50 OWNED BY customer_contact.id;
-- The first block handed out starts above every id already there, whichever end of it Hibernate takes.
SELECT setval('customer_contact_id_seq', coalesce((SELECT max(id) FROM customer_contact), 0) + 50, false);
ALTER TABLE customer_contact ALTER COLUMN id SET DEFAULT nextval('customer_contact_id_seq');
