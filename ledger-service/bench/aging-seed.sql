-- Aging at scale: :customers customers (AGEB-n, INR, group DOM) with :items open items each, invoices due over
-- the last 200 days, every 4th one half paid by a payment. Triggers are off while seeding (superuser): the
-- journal behind the items is not what aging reads, so the entries carry no lines.
SET session_replication_role = replica;

INSERT INTO debtor_account (id, customer_code, group_code, currency, name, opened_at, balance)
SELECT md5('ageb-' || c)::uuid, 'AGEB-' || c, 'DOM', 'INR', 'Aging bench ' || c, now(), 0
FROM generate_series(1, :customers) c;

INSERT INTO customer_ledger (customer_code, currency, credit_limit, posting_account_id)
SELECT 'AGEB-' || c, 'INR', 0, md5('ageb-' || c)::uuid FROM generate_series(1, :customers) c;

INSERT INTO journal_entry (id, customer_code, kind, source_document, currency, entry_date, posted_at)
SELECT md5('ageb-entry-' || c || '-' || i)::uuid, 'AGEB-' || c, 'INVOICE', 'AI-' || i, 'INR',
       current_date - (i * 20 + c % 20), now()
FROM generate_series(1, :customers) c, generate_series(1, :items) i;

INSERT INTO open_item (id, customer_code, debtor_account_id, kind, document, currency, document_date, due_date,
                       amount, outstanding, entry_id)
SELECT md5('ageb-item-' || c || '-' || i)::uuid, 'AGEB-' || c, md5('ageb-' || c)::uuid, 'INVOICE', 'AI-' || i, 'INR',
       current_date - (i * 20 + c % 20), current_date - (i * 20 + c % 20) + 30,
       100 + (c * i) % 900, CASE WHEN i % 4 = 0 THEN (100 + (c * i) % 900) / 2 ELSE 100 + (c * i) % 900 END,
       md5('ageb-entry-' || c || '-' || i)::uuid
FROM generate_series(1, :customers) c, generate_series(1, :items) i;

-- The payments that half-paid every 4th invoice, as credit items settled in full, five days after the invoice.
INSERT INTO journal_entry (id, customer_code, kind, source_document, currency, entry_date, posted_at)
SELECT md5('ageb-pay-' || c || '-' || i)::uuid, 'AGEB-' || c, 'PAYMENT', 'AP-' || i, 'INR',
       current_date - (i * 20 + c % 20) + 5, now()
FROM generate_series(1, :customers) c, generate_series(4, :items, 4) i;

INSERT INTO open_item (id, customer_code, debtor_account_id, kind, document, currency, document_date, due_date,
                       amount, outstanding, entry_id)
SELECT md5('ageb-payitem-' || c || '-' || i)::uuid, 'AGEB-' || c, md5('ageb-' || c)::uuid, 'PAYMENT', 'AP-' || i, 'INR',
       current_date - (i * 20 + c % 20) + 5, current_date - (i * 20 + c % 20) + 5,
       (100 + (c * i) % 900) / 2, 0, md5('ageb-pay-' || c || '-' || i)::uuid
FROM generate_series(1, :customers) c, generate_series(4, :items, 4) i;

INSERT INTO allocation (id, customer_code, currency, credit_item_id, debit_item_id, amount, allocated_on, allocated_at)
SELECT md5('ageb-alloc-' || c || '-' || i)::uuid, 'AGEB-' || c, 'INR', md5('ageb-payitem-' || c || '-' || i)::uuid,
       md5('ageb-item-' || c || '-' || i)::uuid, (100 + (c * i) % 900) / 2, current_date - (i * 20 + c % 20) + 5, now()
FROM generate_series(1, :customers) c, generate_series(4, :items, 4) i;

SET session_replication_role = DEFAULT;
ANALYZE;
