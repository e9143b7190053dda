CREATE TABLE payment (
    number        varchar(30)    PRIMARY KEY,
    customer_code varchar(20)    NOT NULL REFERENCES credit_account (customer_code),
    customer_name varchar(60)    NOT NULL,
    currency      varchar(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    document_date date           NOT NULL,
    amount        numeric(19, 4) NOT NULL CHECK (amount > 0),
    method        varchar(20)    NOT NULL CHECK (method IN ('CASH', 'CHEQUE', 'BANK_TRANSFER', 'CARD', 'ONLINE')),
    reference     varchar(60),
    created_by    varchar(100)   NOT NULL,
    created_at    timestamptz    NOT NULL,
    version       bigint         NOT NULL
);
CREATE INDEX payment_customer ON payment (customer_code, document_date);

-- The payer's hints of which invoices a payment is for; the rest of the payment stays unallocated.
CREATE TABLE payment_allocation (
    payment_number varchar(30)    NOT NULL REFERENCES payment (number),
    invoice_number varchar(30)    NOT NULL REFERENCES invoice (number),
    amount         numeric(19, 4) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (payment_number, invoice_number)
);

CREATE TABLE refund (
    number        varchar(30)    PRIMARY KEY,
    customer_code varchar(20)    NOT NULL REFERENCES credit_account (customer_code),
    customer_name varchar(60)    NOT NULL,
    currency      varchar(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    document_date date           NOT NULL,
    amount        numeric(19, 4) NOT NULL CHECK (amount > 0),
    method        varchar(20)    NOT NULL CHECK (method IN ('CASH', 'CHEQUE', 'BANK_TRANSFER', 'CARD', 'ONLINE')),
    reference     varchar(60),
    created_by    varchar(100)   NOT NULL,
    created_at    timestamptz    NOT NULL,
    version       bigint         NOT NULL
);
CREATE INDEX refund_customer ON refund (customer_code, document_date);

CREATE TABLE cash_sale (
    number            varchar(30)    PRIMARY KEY,
    customer_code     varchar(20)    NOT NULL REFERENCES credit_account (customer_code),
    customer_name     varchar(60)    NOT NULL,
    currency          varchar(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    document_date     date           NOT NULL,
    document_defaults jsonb          NOT NULL CHECK (jsonb_typeof(document_defaults) = 'object'),
    net               numeric(19, 4) NOT NULL CHECK (net >= 0),
    tax               numeric(19, 4) NOT NULL CHECK (tax >= 0),
    total             numeric(19, 4) NOT NULL CHECK (total = net + tax),
    method            varchar(20)    NOT NULL CHECK (method IN ('CASH', 'CHEQUE', 'BANK_TRANSFER', 'CARD', 'ONLINE')),
    reference         varchar(60),
    created_by        varchar(100)   NOT NULL,
    created_at        timestamptz    NOT NULL,
    version           bigint         NOT NULL
);
CREATE INDEX cash_sale_customer ON cash_sale (customer_code, document_date);

CREATE TABLE credit_note (
    number            varchar(30)    PRIMARY KEY,
    customer_code     varchar(20)    NOT NULL REFERENCES credit_account (customer_code),
    customer_name     varchar(60)    NOT NULL,
    currency          varchar(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    document_date     date           NOT NULL,
    invoice           varchar(30)    REFERENCES invoice (number),
    document_defaults jsonb          NOT NULL CHECK (jsonb_typeof(document_defaults) = 'object'),
    net               numeric(19, 4) NOT NULL CHECK (net >= 0),
    tax               numeric(19, 4) NOT NULL CHECK (tax >= 0),
    total             numeric(19, 4) NOT NULL CHECK (total = net + tax),
    created_by        varchar(100)   NOT NULL,
    created_at        timestamptz    NOT NULL,
    version           bigint         NOT NULL
);
CREATE INDEX credit_note_customer ON credit_note (customer_code, document_date);
CREATE INDEX credit_note_invoice ON credit_note (invoice);

-- Lines like sales_order_line and invoice_line.
CREATE TABLE cash_sale_line (
    cash_sale_number varchar(30)    NOT NULL REFERENCES cash_sale (number),
    line_no          integer        NOT NULL CHECK (line_no >= 0),
    sku              varchar(40)    NOT NULL CHECK (length(btrim(sku)) > 0),
    description      varchar(200),
    quantity         numeric(15, 4) NOT NULL CHECK (quantity > 0),
    unit_price       numeric(19, 4) NOT NULL CHECK (unit_price >= 0),
    discount_percent numeric(5, 2)  NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
    tax_rate         numeric(5, 2)  NOT NULL CHECK (tax_rate BETWEEN 0 AND 100),
    net              numeric(19, 4) NOT NULL CHECK (net >= 0),
    tax              numeric(19, 4) NOT NULL CHECK (tax >= 0),
    total            numeric(19, 4) NOT NULL CHECK (total = net + tax),
    PRIMARY KEY (cash_sale_number, line_no)
);

CREATE TABLE credit_note_line (
    credit_note_number varchar(30)  NOT NULL REFERENCES credit_note (number),
    line_no          integer        NOT NULL CHECK (line_no >= 0),
    sku              varchar(40)    NOT NULL CHECK (length(btrim(sku)) > 0),
    description      varchar(200),
    quantity         numeric(15, 4) NOT NULL CHECK (quantity > 0),
    unit_price       numeric(19, 4) NOT NULL CHECK (unit_price >= 0),
    discount_percent numeric(5, 2)  NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
    tax_rate         numeric(5, 2)  NOT NULL CHECK (tax_rate BETWEEN 0 AND 100),
    net              numeric(19, 4) NOT NULL CHECK (net >= 0),
    tax              numeric(19, 4) NOT NULL CHECK (tax >= 0),
    total            numeric(19, 4) NOT NULL CHECK (total = net + tax),
    PRIMARY KEY (credit_note_number, line_no)
);
