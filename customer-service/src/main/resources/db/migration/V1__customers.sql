CREATE SEQUENCE customer_code_seq;

CREATE TABLE customer (
    code         varchar(20)   PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{1,20}$'),
    name         varchar(60)   NOT NULL CHECK (length(btrim(name)) > 0),
    currency     varchar(3)    NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status       varchar(10)   NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE')),
    credit_limit numeric(19, 4) NOT NULL CHECK (credit_limit >= 0),
    version      bigint        NOT NULL,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL
);

CREATE TABLE customer_debtor_account_group (
    customer_code varchar(20) NOT NULL REFERENCES customer (code),
    position      integer     NOT NULL,
    group_code    varchar(20) NOT NULL,
    PRIMARY KEY (customer_code, position),
    UNIQUE (customer_code, group_code)
);
