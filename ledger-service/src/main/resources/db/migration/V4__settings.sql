-- The company's ledger settings: one row (a deployment serves one company).
CREATE TABLE ledger_settings (
    id                     smallint       PRIMARY KEY CHECK (id = 1),
    auto_allocate_payments boolean        NOT NULL,
    version                integer        NOT NULL
);

INSERT INTO ledger_settings (id, auto_allocate_payments, version) VALUES (1, false, 0);
