-- What the customer owes, as ledger-service last told it (ledger.balance-changed.v1). Kept beside the
-- customer, not in it: a posting is not a change of the customer master, so it must not spend the
-- customer's version (and make a clerk's If-Match stale) nor fill its history.
CREATE TABLE customer_balance (
    customer_code  varchar(20)    PRIMARY KEY REFERENCES customer (code),
    currency       varchar(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    amount         numeric(19, 4) NOT NULL,
    amount_due     numeric(19, 4) NOT NULL,
    amount_overdue numeric(19, 4) NOT NULL CHECK (amount_overdue >= 0),
    -- The ledger's posting sequence of the figures kept: older figures arriving late are ignored.
    sequence       bigint         NOT NULL CHECK (sequence >= 1),
    updated_at     timestamptz    NOT NULL
);
