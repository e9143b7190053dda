-- Codes are identifiers, not words: COLLATE "C" orders them by character, the same on every server and in Java.

-- Debtor account groups: each group posts to its own control account in the general ledger.
CREATE TABLE account_group (
    code            varchar(20) COLLATE "C" PRIMARY KEY,
    name            varchar(80) NOT NULL,
    control_account varchar(20) NOT NULL
);

INSERT INTO account_group (code, name, control_account) VALUES
    ('DOM', 'Sundry Debtors — Domestic', '1100'),
    ('EXP', 'Sundry Debtors — Export', '1110');

-- One debtor account per customer and group, in the customer's currency (fixed at the customer's creation).
CREATE TABLE debtor_account (
    id            uuid        PRIMARY KEY,
    customer_code varchar(20) COLLATE "C" NOT NULL CHECK (customer_code ~ '^[A-Z0-9-]{1,20}$'),
    group_code    varchar(20) COLLATE "C" NOT NULL REFERENCES account_group (code),
    currency      varchar(3)  NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    name          varchar(80) NOT NULL CHECK (length(btrim(name)) > 0),
    opened_at     timestamptz NOT NULL,
    UNIQUE (customer_code, group_code)
);
