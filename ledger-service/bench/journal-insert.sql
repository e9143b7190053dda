-- The rows one invoice posting writes, as raw SQL: a journal entry, its three lines (Dr debtor 118 / Cr sales 100
-- / Cr tax 18), the stored balance and the open item. The balance trigger checks the entry at commit, as for
-- the service. pgbench variable :customers = how many BENCH-n customers exist.
\set c random(1, :customers)
BEGIN;
WITH account AS (
    SELECT id FROM debtor_account WHERE customer_code = 'BENCH-' || :c AND group_code = 'DOM'
), entry AS (
    INSERT INTO journal_entry (id, customer_code, kind, source_document, source_event_id, currency, entry_date, posted_at)
    VALUES (gen_random_uuid(), 'BENCH-' || :c, 'INVOICE', 'PGB-' || substr(md5(random()::text), 1, 20),
            gen_random_uuid()::text, 'INR', current_date, now())
    RETURNING id, source_document
), lines AS (
    INSERT INTO journal_line (entry_id, line_no, account_code, debtor_account_id, debit, credit, currency)
    SELECT entry.id, l.no, l.account, CASE WHEN l.no = 1 THEN account.id END, l.debit, l.credit, 'INR'
    FROM entry, account, (VALUES (1, '1100', 118.00, 0), (2, '4000', 0, 100.00), (3, '2200', 0, 18.00)) AS l (no, account, debit, credit)
    RETURNING 1
)
INSERT INTO open_item (id, customer_code, debtor_account_id, kind, document, currency, document_date, due_date, amount, outstanding, entry_id)
SELECT gen_random_uuid(), 'BENCH-' || :c, account.id, 'INVOICE', entry.source_document, 'INR', current_date, current_date + 30, 118.00, 118.00, entry.id
FROM entry, account;
UPDATE debtor_account SET balance = balance + 118.00 WHERE customer_code = 'BENCH-' || :c AND group_code = 'DOM';
END;
