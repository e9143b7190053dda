CREATE TABLE quote (
    number            varchar(30)    PRIMARY KEY,
    customer_code     varchar(20)    NOT NULL REFERENCES credit_account (customer_code),
    customer_name     varchar(60)    NOT NULL,
    currency          varchar(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    document_date     date           NOT NULL,
    valid_until       date           NOT NULL CHECK (valid_until >= document_date),
    document_defaults jsonb          NOT NULL CHECK (jsonb_typeof(document_defaults) = 'object'),
    net               numeric(19, 4) NOT NULL CHECK (net >= 0),
    tax               numeric(19, 4) NOT NULL CHECK (tax >= 0),
    total             numeric(19, 4) NOT NULL CHECK (total = net + tax),
    -- EXPIRED is not stored: a SENT quote past valid_until is expired
    status            varchar(10)    NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'ACCEPTED', 'REJECTED')),
    sales_order       varchar(30)    UNIQUE REFERENCES sales_order (number),
    created_by        varchar(100)   NOT NULL,
    created_at        timestamptz    NOT NULL,
    version           bigint         NOT NULL
);
CREATE INDEX quote_customer ON quote (customer_code, document_date);

CREATE TABLE quote_line (
    quote_number     varchar(30)    NOT NULL REFERENCES quote (number),
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
    PRIMARY KEY (quote_number, line_no)
);

ALTER TABLE sales_order ADD COLUMN quote varchar(30);

-- Returns: authorised against an invoice, received, then credited by a credit note.
CREATE TABLE rma (
    number            varchar(30)    PRIMARY KEY,
    customer_code     varchar(20)    NOT NULL REFERENCES credit_account (customer_code),
    customer_name     varchar(60)    NOT NULL,
    currency          varchar(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    document_date     date           NOT NULL,
    invoice           varchar(30)    NOT NULL REFERENCES invoice (number),
    document_defaults jsonb          NOT NULL CHECK (jsonb_typeof(document_defaults) = 'object'),
    net               numeric(19, 4) NOT NULL CHECK (net >= 0),
    tax               numeric(19, 4) NOT NULL CHECK (tax >= 0),
    total             numeric(19, 4) NOT NULL CHECK (total = net + tax),
    status            varchar(10)    NOT NULL CHECK (status IN ('AUTHORISED', 'RECEIVED', 'CREDITED')),
    received_on       date,
    credit_note       varchar(30)    UNIQUE REFERENCES credit_note (number),
    created_by        varchar(100)   NOT NULL,
    created_at        timestamptz    NOT NULL,
    version           bigint         NOT NULL
);
CREATE INDEX rma_customer ON rma (customer_code, document_date);

CREATE TABLE rma_line (
    rma_number       varchar(30)    NOT NULL REFERENCES rma (number),
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
    PRIMARY KEY (rma_number, line_no)
);

ALTER TABLE credit_note ADD COLUMN rma varchar(30);

-- The customer's list of transactions shows quotes and returns too (valid_until as their due date).
CREATE OR REPLACE VIEW customer_transaction AS
    SELECT 'SALES_ORDER' AS document_type, number, customer_code, currency, order_date AS document_date,
           NULL::date AS due_date, total AS amount, NULL::numeric AS outstanding, status,
           false AS money_in, false AS money_out
    FROM sales_order
    UNION ALL
    SELECT 'INVOICE', number, customer_code, currency, invoice_date, due_date, total, total - credited - allocated,
           CASE WHEN total - credited - allocated > 0 THEN 'OPEN' ELSE 'SETTLED' END, false, false
    FROM invoice
    UNION ALL
    SELECT 'CREDIT_NOTE', number, customer_code, currency, document_date, NULL, total, NULL, 'ISSUED', false, false
    FROM credit_note
    UNION ALL
    SELECT 'CASH_SALE', number, customer_code, currency, document_date, NULL, total, NULL, 'PAID', true, false
    FROM cash_sale
    UNION ALL
    SELECT 'PAYMENT', number, customer_code, currency, document_date, NULL, amount, NULL, 'RECEIVED', true, false
    FROM payment
    UNION ALL
    SELECT 'REFUND', number, customer_code, currency, document_date, NULL, amount, NULL, 'PAID_OUT', false, true
    FROM refund
    UNION ALL
    SELECT 'QUOTE', number, customer_code, currency, document_date, valid_until, total, NULL,
           CASE WHEN status = 'SENT' AND valid_until < (now() AT TIME ZONE 'UTC')::date THEN 'EXPIRED' ELSE status END,
           false, false
    FROM quote
    UNION ALL
    SELECT 'RMA', number, customer_code, currency, document_date, NULL, total, NULL, status, false, false
    FROM rma;
