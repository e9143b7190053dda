-- Leads and prospects: people and businesses that may become customers. One table for both kinds: they
-- share every field and the lifecycle, and a customer's origin can then reference either with one key.
-- A converted lead stays (the source system keeps it on the customer master), linked to its customer.
CREATE TABLE lead (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          varchar(10)  NOT NULL CHECK (kind IN ('LEAD', 'PROSPECT')),
    status        varchar(10)  NOT NULL CHECK (status IN ('OPEN', 'QUALIFIED', 'CONVERTED', 'LOST')),
    name          varchar(60)  NOT NULL CHECK (length(btrim(name)) > 0),
    company       varchar(60),
    -- The main address and the contacts, in the shape the customer keeps them (carried over at conversion).
    address       jsonb        CHECK (jsonb_typeof(address) = 'object'),
    contacts      jsonb        NOT NULL CHECK (jsonb_typeof(contacts) = 'array'),
    email         varchar(44),
    phone         varchar(50),
    website       varchar(40),
    source        varchar(40),
    campaign      varchar(60),
    salesman      varchar(20),
    owner         varchar(100) NOT NULL,
    notes         varchar(2000),
    lost_reason   varchar(255),
    customer_code varchar(20)  UNIQUE REFERENCES customer (code),
    converted_by  varchar(100),
    converted_at  timestamptz,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL,
    CONSTRAINT lead_converted_has_customer CHECK ((status = 'CONVERTED') = (customer_code IS NOT NULL)),
    CONSTRAINT lead_lost_has_reason CHECK ((status = 'LOST') = (lost_reason IS NOT NULL))
);
CREATE INDEX lead_kind_status ON lead (kind, status, id DESC);

-- Where a customer came from when a lead or prospect was converted into it; null for every other source.
ALTER TABLE customer
    ADD COLUMN origin_kind varchar(10) CHECK (origin_kind IN ('LEAD', 'PROSPECT')),
    ADD COLUMN origin_id   bigint UNIQUE REFERENCES lead (id),
    ADD CONSTRAINT customer_origin_complete CHECK ((origin_kind IS NULL) = (origin_id IS NULL));

-- Notes on a customer: written once by the signed-in user, never changed (add another to correct one).
CREATE TABLE customer_note (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_code varchar(20)   NOT NULL REFERENCES customer (code),
    text          varchar(4000) NOT NULL CHECK (length(btrim(text)) > 0),
    author        varchar(100)  NOT NULL,
    created_at    timestamptz   NOT NULL
);
CREATE INDEX customer_note_newest ON customer_note (customer_code, id DESC);

-- Memos: a task for someone, or a scheduled event (a meeting, a call), on a customer.
CREATE TABLE customer_memo (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_code varchar(20)   NOT NULL REFERENCES customer (code),
    kind          varchar(10)   NOT NULL CHECK (kind IN ('TASK', 'EVENT')),
    subject       varchar(120)  NOT NULL CHECK (length(btrim(subject)) > 0),
    details       varchar(2000),
    assignee      varchar(100)  NOT NULL CHECK (length(btrim(assignee)) > 0),
    due_at        timestamptz   NOT NULL,
    status        varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    created_by    varchar(100)  NOT NULL,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    version       bigint        NOT NULL
);
CREATE INDEX customer_memo_due ON customer_memo (customer_code, due_at, id);

-- Classifications are a code list (CL) configured by sales-admin; a customer carries any number of them.
ALTER TABLE reference_code DROP CONSTRAINT reference_code_type_check;
ALTER TABLE reference_code ADD CONSTRAINT reference_code_type_check
    CHECK (type IN ('OD', 'BT', 'SR', 'PY', 'MOD', 'ST', 'AT', 'DAG', 'SM', 'CL'));

CREATE TABLE customer_classification (
    customer_code       varchar(20) NOT NULL REFERENCES customer (code),
    classification_type varchar(3)  NOT NULL GENERATED ALWAYS AS ('CL') STORED,
    classification      varchar(20) NOT NULL,
    PRIMARY KEY (customer_code, classification),
    CONSTRAINT customer_classification_known FOREIGN KEY (classification_type, classification)
        REFERENCES reference_code (type, code)
);
-- The search filter ?classification= looks customers up by their class.
CREATE INDEX customer_classification_by_class ON customer_classification (classification, customer_code);
