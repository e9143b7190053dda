-- transaction-service's own copy of each customer for the credit check, built from customer events.
-- exposure is owned here (orders, invoices, payments change it); the other columns follow the customer master.
CREATE TABLE credit_account (
    customer_code    varchar(20)    PRIMARY KEY CHECK (customer_code ~ '^[A-Z0-9-]{1,20}$'),
    name             varchar(60)    NOT NULL CHECK (length(btrim(name)) > 0),
    currency         varchar(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status           varchar(10)    NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE')),
    credit_limit     numeric(19, 4) NOT NULL CHECK (credit_limit >= 0),
    exposure         numeric(19, 4) NOT NULL DEFAULT 0,
    -- the customer master's version of the copied facts: an older event never overwrites a newer copy
    customer_version bigint         NOT NULL CHECK (customer_version >= 0),
    updated_at       timestamptz    NOT NULL,
    -- this row's own optimistic-lock version, unrelated to customer_version
    version          bigint         NOT NULL
);
