-- Open items: what each posting leaves open on the customer's account until allocations settle it.
-- Debit items (invoices, refunds) are owed by the customer; credit items (credit notes, payments, write-offs)
-- are owed to it until allocated. The balance equals Σ outstanding debit items − Σ outstanding credit items.
CREATE TABLE open_item (
    id                uuid           PRIMARY KEY,
    customer_code     varchar(20)    COLLATE "C" NOT NULL REFERENCES customer_ledger (customer_code),
    debtor_account_id uuid           NOT NULL REFERENCES debtor_account (id),
    kind              varchar(20)    NOT NULL CHECK (kind IN ('INVOICE', 'REFUND', 'CREDIT_NOTE', 'PAYMENT', 'WRITE_OFF')),
    document          varchar(40)    NOT NULL,
    currency          varchar(3)     NOT NULL,
    document_date     date           NOT NULL,
    due_date          date           NOT NULL,
    amount            numeric(19, 4) NOT NULL CHECK (amount > 0),
    outstanding       numeric(19, 4) NOT NULL CHECK (outstanding >= 0 AND outstanding <= amount),
    entry_id          uuid           NOT NULL REFERENCES journal_entry (id),
    UNIQUE (customer_code, kind, document),
    -- The target of the allocation keys below: both sides of an allocation share customer and currency.
    UNIQUE (id, customer_code, currency)
);

CREATE INDEX open_item_customer ON open_item (customer_code, document_date, document);
CREATE INDEX open_item_open_by_due ON open_item (due_date) WHERE outstanding > 0;

-- Part of a credit item (payment, credit note, write-off) settling part of a debit item, on a business date.
CREATE TABLE allocation (
    id             uuid           PRIMARY KEY,
    customer_code  varchar(20)    COLLATE "C" NOT NULL,
    currency       varchar(3)     NOT NULL,
    credit_item_id uuid           NOT NULL,
    debit_item_id  uuid           NOT NULL,
    amount         numeric(19, 4) NOT NULL CHECK (amount > 0),
    allocated_on   date           NOT NULL,
    allocated_at   timestamptz    NOT NULL,
    FOREIGN KEY (credit_item_id, customer_code, currency) REFERENCES open_item (id, customer_code, currency),
    FOREIGN KEY (debit_item_id, customer_code, currency) REFERENCES open_item (id, customer_code, currency)
);

CREATE INDEX allocation_debit_item ON allocation (debit_item_id, allocated_on);
CREATE INDEX allocation_credit_item ON allocation (credit_item_id, allocated_on);
