-- A sale in the making: what the salesperson expects to sell and when; it moves no exposure.
CREATE TABLE opportunity (
    number              varchar(30)    PRIMARY KEY,
    customer_code       varchar(20)    NOT NULL REFERENCES credit_account (customer_code),
    customer_name       varchar(60)    NOT NULL,
    currency            varchar(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    title               varchar(100)   NOT NULL CHECK (length(btrim(title)) > 0),
    expected_value      numeric(19, 4) NOT NULL CHECK (expected_value > 0),
    expected_close_date date,
    stage               varchar(10)    NOT NULL CHECK (stage IN ('OPEN', 'WON', 'LOST')),
    lost_reason         varchar(200),
    created_by          varchar(100)   NOT NULL,
    created_at          timestamptz    NOT NULL,
    version             bigint         NOT NULL
);
CREATE INDEX opportunity_customer ON opportunity (customer_code);
