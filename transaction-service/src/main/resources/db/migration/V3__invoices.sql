CREATE TABLE invoice (
    number            varchar(30)    PRIMARY KEY,
    customer_code     varchar(20)    NOT NULL REFERENCES credit_account (customer_code),
    customer_name     varchar(60)    NOT NULL,
    currency          varchar(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    invoice_date      date           NOT NULL,
    due_date          date           NOT NULL CHECK (due_date >= invoice_date),
    sales_order       varchar(30)    REFERENCES sales_order (number),
    document_defaults jsonb          NOT NULL CHECK (jsonb_typeof(document_defaults) = 'object'),
    net               numeric(19, 4) NOT NULL CHECK (net >= 0),
    tax               numeric(19, 4) NOT NULL CHECK (tax >= 0),
    total             numeric(19, 4) NOT NULL CHECK (total = net + tax),
    -- credit notes against it and payments allocated to it; what is left is still owed
    credited          numeric(19, 4) NOT NULL DEFAULT 0 CHECK (credited >= 0 AND credited <= total),
    allocated         numeric(19, 4) NOT NULL DEFAULT 0 CHECK (allocated >= 0 AND allocated + credited <= total),
    created_by        varchar(100)   NOT NULL,
    created_at        timestamptz    NOT NULL,
    version           bigint         NOT NULL
);
CREATE INDEX invoice_customer ON invoice (customer_code, invoice_date);
CREATE INDEX invoice_sales_order ON invoice (sales_order);

CREATE TABLE invoice_line (
    invoice_number   varchar(30)    NOT NULL REFERENCES invoice (number),
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
    PRIMARY KEY (invoice_number, line_no)
);
