-- Reference numbers come from one PostgreSQL sequence per document type instead of document_sequence.next_number.
-- Taking a number by updating that row locked it until the document's transaction ended, so every document of a
-- type waited for the one before it, whatever its customer. nextval() locks nothing that other documents need.
-- A number is never handed out twice; one taken by a transaction that rolls back stays unused (a gap).
-- Setting the next number (DocumentSequences.revise) runs ALTER SEQUENCE first: its lock waits for the
-- transactions that took a number and holds back new ones, so no number below the new one can still be taken.
DO $$
DECLARE
    sequence record;
BEGIN
    FOR sequence IN SELECT document_type, next_number FROM document_sequence LOOP
        EXECUTE format('CREATE SEQUENCE %I MINVALUE 1 MAXVALUE 99999999999 START WITH %s',
                       'document_number_' || lower(sequence.document_type), sequence.next_number);
    END LOOP;
END
$$;

ALTER TABLE document_sequence DROP COLUMN next_number;
