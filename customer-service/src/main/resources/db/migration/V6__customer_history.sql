-- The audit trail of every customer (GET /api/v1/customers/{code}/history). Written by the domain in the
-- transaction of the change it records, so that no change is committed without its entry. Entries are
-- never updated nor deleted: a deleted customer keeps its row (soft delete), and with it its history.
CREATE TABLE customer_history (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_code varchar(20)  NOT NULL REFERENCES customer (code),
    -- The customer's version after the change: entries of one customer are ordered by it.
    version       bigint       NOT NULL,
    kind          varchar(30)  NOT NULL CHECK (kind IN ('CREATED', 'UPDATED', 'DEACTIVATED', 'ACTIVATED',
                      'HOLD_PLACED', 'HOLD_RELEASED', 'OWNER_CHANGED', 'DELETED',
                      'CREDIT_HOLD_APPLIED', 'CREDIT_HOLD_RELEASED')),
    changed_by    varchar(100) NOT NULL CHECK (length(btrim(changed_by)) > 0),
    changed_at    timestamptz  NOT NULL,
    -- [{"field": ..., "before": ..., "after": ...}], values in the JSON of the API.
    changes       jsonb        NOT NULL CHECK (jsonb_typeof(changes) = 'array')
);
CREATE INDEX customer_history_customer ON customer_history (customer_code, id DESC);
