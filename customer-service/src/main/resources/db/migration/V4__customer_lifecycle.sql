-- Manual hold, set and released by customer-service; who and when are kept so the next person can ask.
ALTER TABLE customer
    ADD COLUMN manual_hold_reason varchar(200) CHECK (length(btrim(manual_hold_reason)) BETWEEN 1 AND 200),
    ADD COLUMN manual_hold_by     varchar(100),
    ADD COLUMN manual_hold_at     timestamptz,
    -- A reason without who and when (or the reverse) would be a hold nobody can account for.
    ADD CONSTRAINT customer_manual_hold_complete CHECK (
        (manual_hold_reason IS NULL AND manual_hold_by IS NULL AND manual_hold_at IS NULL)
        OR (manual_hold_reason IS NOT NULL AND manual_hold_by IS NOT NULL AND manual_hold_at IS NOT NULL));

-- Every reason the customer is on hold for: MANUAL from here, CREDIT_LIMIT and PAST_DUE from ledger events.
CREATE TABLE customer_hold_reason (
    customer_code varchar(20) NOT NULL REFERENCES customer (code),
    reason        varchar(12) NOT NULL CHECK (reason IN ('MANUAL', 'CREDIT_LIMIT', 'PAST_DUE')),
    PRIMARY KEY (customer_code, reason)
);

-- Set from the sales events once the customer has any transaction; from then on it can no longer be
-- deleted, only deactivated. Deletion is soft: the row, and with it the history, stays readable.
ALTER TABLE customer
    ADD COLUMN has_transactions boolean NOT NULL DEFAULT false,
    ADD COLUMN deleted_at       timestamptz,
    ADD CONSTRAINT customer_deleted_without_transactions CHECK (deleted_at IS NULL OR NOT has_transactions);
